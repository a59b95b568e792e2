//! Character folds for the folded view: small steps, each looked up in a generated table.

use super::tables::{COMPAT, CONFUSABLE, DIGIT_ZEROS};

/// Looks `c` up in a table of `(first, last, target of first, step)` runs.
fn lookup(table: &[(u32, u32, u8, u8)], c: char) -> Option<char> {
    let cp = c as u32;
    let i = table.partition_point(|run| run.1 < cp);
    let &(first, _, target, step) = table.get(i).filter(|run| run.0 <= cp)?;
    Some(char::from(target + (cp - first) as u8 * step))
}

/// The ASCII digit for a decimal digit of any script (Arabic-Indic, Devanagari, full-width, ...).
pub(crate) fn digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    if (c as u32) < 0x660 {
        return None;
    }
    let cp = c as u32;
    let i = DIGIT_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then(|| char::from(b'0' + (cp - zero) as u8))
}

/// The ASCII character a compatibility form stands for: full-width `Ａ`, math `𝐚`, circled `ⓐ`.
pub(crate) fn compat(c: char) -> Option<char> {
    lookup(COMPAT, c)
}

/// The ASCII letter or digit a letter of another script looks like: Cyrillic `а`, Greek `ο`.
pub(crate) fn confusable(c: char) -> Option<char> {
    lookup(CONFUSABLE, c)
}

/// Characters the folded view drops: zero-width and bidi controls, variation
/// selectors, tag characters, soft hyphens, enclosing marks (keycap `9️⃣`).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0x20DD..=0x20E4 | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0
        | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// Unicode space separators other than U+0020, which the folded view writes as a plain space.
pub(crate) fn is_other_space(c: char) -> bool {
    matches!(
        c as u32,
        0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000
    )
}

/// Combining marks that belong to the letter before them.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20DC | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script() {
        for (c, d) in [
            ('٣', '3'),
            ('۷', '7'),
            ('७', '7'),
            ('৯', '9'),
            ('９', '9'),
            ('𝟠', '8'),
            ('5', '5'),
        ] {
            assert_eq!(digit(c), Some(d), "{c}");
        }
        for c in ['a', '½', '²', 'Ⅻ', '一'] {
            assert_eq!(digit(c), None, "{c}");
        }
    }

    #[test]
    fn compat_and_confusables() {
        assert_eq!(compat('Ａ'), Some('a'));
        assert_eq!(compat('＠'), Some('@'));
        assert_eq!(compat('𝐛'), Some('b'));
        assert_eq!(compat('ⓒ'), Some('c'));
        assert_eq!(
            compat('é'),
            None,
            "canonical forms keep their accents in the folded view"
        );
        assert_eq!(confusable('а'), Some('a')); // Cyrillic a
        assert_eq!(confusable('ο'), Some('o')); // Greek omicron
        assert_eq!(confusable('ж'), None);
        assert_eq!(confusable('a'), None);
    }
}
