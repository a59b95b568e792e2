//! Masking private data: format-preserving, so the sender still recognises what was hidden.

use crate::report::Finding;
use crate::RuleId;

/// The character that replaces a hidden one.
pub const MASK: char = '•';

/// How many trailing letters or digits stay visible, so that the sender recognises
/// the account or card; everything else (e-mails, passwords, phrases, a card's security
/// code and expiry) is hidden whole.
fn keep_last(rule: RuleId, kind: Option<&str>) -> usize {
    match (rule, kind) {
        (RuleId::PrivacyPaymentCard, Some("cvv" | "expiry")) => 0,
        // A UPI id or Pix key is often a phone number or an e-mail address: hidden whole.
        (RuleId::PrivacyBankAccount, Some("upi" | "pix")) => 0,
        (RuleId::PrivacyBankAccount | RuleId::PrivacyPaymentCard, _) => 4,
        _ => 0,
    }
}

/// Whether account and card numbers keep their last characters.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Keep the tail, so the sender recognises the account.
    Tail,
    /// Mask everything.
    Nothing,
}

/// `text` with every finding of private data masked ([`RuleId::is_redacted`](crate::RuleId::is_redacted)). Separators (spaces, dashes) are kept.
pub(crate) fn redact(text: &str, findings: &[Finding], keep: Keep) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in findings.iter().filter(|f| f.rule.is_redacted()) {
        if f.bytes.start < pos {
            continue; // overlaps one already masked
        }
        out.push_str(&text[pos..f.bytes.start]);
        let tail = if keep == Keep::Tail {
            keep_last(f.rule, f.kind)
        } else {
            0
        };
        mask_into(&mut out, &text[f.bytes.range()], tail);
        pos = f.bytes.end;
    }
    out.push_str(&text[pos..]);
    out
}

fn mask_into(out: &mut String, part: &str, keep: usize) {
    let is_char = |g: &str| g.chars().any(char::is_alphanumeric);
    let total = symbols(part).filter(|g| is_char(g)).count();
    let mut seen = 0;
    for g in symbols(part) {
        if is_char(g) {
            seen += 1;
            if seen + keep > total {
                out.push_str(g);
            } else {
                out.push(MASK);
            }
        } else if keep == 0 && !g.chars().all(char::is_whitespace) {
            out.push(MASK); // "@" and "." of an address are hidden too
        } else {
            out.push_str(g);
        }
    }
}

/// Splits `text` into what a reader sees as one symbol: a character with the combining
/// marks, joiners, variation selectors and skin-tone modifiers after it, and flag pairs.
/// Close enough to grapheme clusters to mask one `•` per symbol, without their tables
/// (11.5 KB gzipped of wasm).
fn symbols(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        let mut end = first.len_utf8();
        let mut joined = false;
        let mut flag_half = is_regional(first);
        for (i, c) in chars {
            let belongs = joined || extends(c) || (flag_half && is_regional(c));
            if !belongs {
                break;
            }
            flag_half = false;
            joined = c == '\u{200D}';
            end = i + c.len_utf8();
        }
        let (symbol, tail) = rest.split_at(end);
        rest = tail;
        Some(symbol)
    })
}

/// Characters drawn as part of the symbol before them.
fn extends(c: char) -> bool {
    let cp = c as u32;
    // Indic scripts share one layout: signs, vowel signs and viramas at these offsets.
    let indic = (0x0900..=0x0DFF).contains(&cp)
        && matches!(cp & 0x7F, 0x00..=0x03 | 0x3A..=0x4F | 0x55..=0x57 | 0x62..=0x63);
    indic
        || matches!(cp,
            0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
            | 0x06D6..=0x06ED | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECE
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
            | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_hold_what_is_drawn_as_one() {
        fn split(s: &str) -> Vec<&str> {
            symbols(s).collect()
        }
        assert_eq!(split("ae\u{301}b"), ["a", "e\u{301}", "b"]);
        assert_eq!(
            split("👍🏽👨\u{200D}👩\u{200D}👧🇧🇷🇫🇷"),
            ["👍🏽", "👨\u{200D}👩\u{200D}👧", "🇧🇷", "🇫🇷"]
        );
        assert_eq!(split("9\u{FE0F}\u{20E3}x"), ["9\u{FE0F}\u{20E3}", "x"]);
        assert_eq!(split("हिन्दी"), ["हि", "न्", "दी"]);
        assert_eq!(split("مَرحَبا"), ["مَ", "ر", "حَ", "ب", "ا"]);
        assert_eq!(split(""), Vec::<&str>::new());
        let text = "a\u{301}\u{302}😀\r\n中";
        assert_eq!(
            symbols(text).collect::<String>(),
            text,
            "nothing lost or added"
        );
    }

    #[test]
    fn masks_keep_separators_and_tail() {
        let mut s = String::new();
        mask_into(&mut s, "DE89 3704 0044 0532 0130 00", 4);
        assert_eq!(s, "•••• •••• •••• •••• ••30 00");
        let mut s = String::new();
        mask_into(&mut s, "ana at gmail dot com", 0);
        assert_eq!(s, "••• •• ••••• ••• •••");
        let mut s = String::new();
        mask_into(&mut s, "ana@x.org", 0);
        assert_eq!(s, "•••••••••");
    }
}
