//! Character folds for the folded view: small steps, each looked up in a generated table.

use super::tables::{COMPAT, CONFUSABLE, DIGIT_ZEROS};

/// Which 256-code-point blocks of the first two planes (to U+1FFFF: the emoji, the
/// mathematical letters) a table touches: one bit each, so that most characters are
/// ruled out without a search.
const fn blocks(table: &[(u32, u32, u8, u8)], span: u32) -> [u64; 8] {
    let mut bits = [0u64; 8];
    let mut i = 0;
    while i < table.len() {
        let mut block = table[i].0 >> 8;
        let last = (table[i].1 + span) >> 8;
        while block <= last && block < 512 {
            bits[(block / 64) as usize] |= 1 << (block % 64);
            block += 1;
        }
        i += 1;
    }
    bits
}

/// Which 16-code-point chunks of the Basic Multilingual Plane hold a decimal digit: the
/// scripts whose letters share a block with their digits (Devanagari, Arabic, Thai, ...)
/// are ruled out without a search.
const fn digit_chunks() -> [u64; 64] {
    let mut bits = [0u64; 64];
    let mut i = 0;
    while i < DIGIT_ZEROS.len() {
        let mut cp = DIGIT_ZEROS[i];
        while cp <= DIGIT_ZEROS[i] + 9 && cp < 0x10000 {
            let chunk = cp >> 4;
            bits[(chunk / 64) as usize] |= 1 << (chunk % 64);
            cp += 1;
        }
        i += 1;
    }
    bits
}

/// Which 256-code-point blocks of the first two planes hold a decimal digit.
const fn digit_blocks() -> [u64; 8] {
    let mut bits = [0u64; 8];
    let mut i = 0;
    while i < DIGIT_ZEROS.len() {
        let mut block = DIGIT_ZEROS[i] >> 8;
        while block <= (DIGIT_ZEROS[i] + 9) >> 8 && block < 512 {
            bits[(block / 64) as usize] |= 1 << (block % 64);
            block += 1;
        }
        i += 1;
    }
    bits
}

static COMPAT_BLOCKS: [u64; 8] = blocks(COMPAT, 0);
static CONFUSABLE_BLOCKS: [u64; 8] = blocks(CONFUSABLE, 0);
static DIGIT_CHUNKS: [u64; 64] = digit_chunks();
static DIGIT_BLOCKS: [u64; 8] = digit_blocks();

/// False when no entry of the table can be in `c`'s block (characters past U+1FFFF are
/// searched).
fn maybe_in(blocks: &[u64; 8], c: char) -> bool {
    let block = c as u32 >> 8;
    block >= 512 || blocks[(block / 64) as usize] >> (block % 64) & 1 == 1
}

/// Looks `c` up in a table of `(first, last, target of first, step)` runs.
#[cfg(test)]
fn lookup(table: &[(u32, u32, u8, u8)], c: char) -> Option<char> {
    let cp = c as u32;
    let i = table.partition_point(|run| run.1 < cp);
    let &(first, _, target, step) = table.get(i).filter(|run| run.0 <= cp)?;
    Some(char::from(target + (cp - first) as u8 * step))
}

/// A table of runs as the wasm holds it: parallel lists (each run's last code point, its
/// length minus one, the target of its first and its step), which compress better than
/// the rows padded to twelve bytes (−1.2 KB gzipped for the two tables).
struct Runs<const N: usize> {
    last: [u32; N],
    span: [u8; N],
    target: [u8; N],
    step: [u8; N],
}

impl<const N: usize> Runs<N> {
    const fn new(table: &[(u32, u32, u8, u8)]) -> Runs<N> {
        let mut runs = Runs {
            last: [0; N],
            span: [0; N],
            target: [0; N],
            step: [0; N],
        };
        assert!(table.len() == N);
        let mut i = 0;
        while i < N {
            let (first, last, target, step) = table[i];
            assert!(last - first <= u8::MAX as u32);
            runs.last[i] = last;
            runs.span[i] = (last - first) as u8;
            runs.target[i] = target;
            runs.step[i] = step;
            i += 1;
        }
        runs
    }

    /// [`lookup`] in these runs.
    fn get(&self, c: char) -> Option<char> {
        let cp = c as u32;
        let i = self.last.partition_point(|&last| last < cp);
        let (&last, &span) = (self.last.get(i)?, self.span.get(i)?);
        let first = last - u32::from(span);
        if first > cp {
            return None;
        }
        let (&target, &step) = (self.target.get(i)?, self.step.get(i)?);
        Some(char::from(target + (cp - first) as u8 * step))
    }
}

static COMPAT_RUNS: Runs<{ COMPAT.len() }> = Runs::new(COMPAT);
static CONFUSABLE_RUNS: Runs<{ CONFUSABLE.len() }> = Runs::new(CONFUSABLE);

/// The ASCII digit for a decimal digit of any script (Arabic-Indic, Devanagari, full-width, ...).
pub(crate) fn digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let cp = c as u32;
    if cp < 0x660
        || cp < 0x10000 && DIGIT_CHUNKS[(cp >> 10) as usize] >> ((cp >> 4) % 64) & 1 == 0
        || !maybe_in(&DIGIT_BLOCKS, c)
    {
        return None;
    }
    let i = DIGIT_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then(|| char::from(b'0' + (cp - zero) as u8))
}

/// The ASCII character a compatibility form stands for: full-width `Ａ`, math `𝐚`, circled `ⓐ`.
pub(crate) fn compat(c: char) -> Option<char> {
    if maybe_in(&COMPAT_BLOCKS, c) {
        COMPAT_RUNS.get(c)
    } else {
        None
    }
}

/// The ASCII letter or digit a letter of another script looks like: Cyrillic `а`, Greek `ο`.
pub(crate) fn confusable(c: char) -> Option<char> {
    if maybe_in(&CONFUSABLE_BLOCKS, c) {
        CONFUSABLE_RUNS.get(c)
    } else {
        None
    }
}

/// Characters the folded view drops: zero-width and bidi controls, variation
/// selectors, tag characters, soft hyphens, enclosing marks (keycap `9️⃣`).
pub(crate) fn is_invisible(c: char) -> bool {
    in_blocks(&INVISIBLE_BLOCKS, c) && is_invisible_exact(c)
}

fn is_invisible_exact(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0x20DD..=0x20E4 | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0
        | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// The 256-code-point blocks of [`is_invisible_exact`]'s characters (a test checks it).
static INVISIBLE_BLOCKS: [u64; 8] = range_blocks(&[
    (0x00, 0x00),
    (0x03, 0x03),
    (0x06, 0x06),
    (0x11, 0x11),
    (0x17, 0x18),
    (0x20, 0x20),
    (0x31, 0x31),
    (0xFE, 0xFF),
]);

/// Bits for the 256-code-point blocks `first..=last` of the first two planes.
const fn range_blocks(ranges: &[(u32, u32)]) -> [u64; 8] {
    let mut bits = [0u64; 8];
    let mut i = 0;
    while i < ranges.len() {
        let mut block = ranges[i].0;
        while block <= ranges[i].1 {
            bits[(block / 64) as usize] |= 1 << (block % 64);
            block += 1;
        }
        i += 1;
    }
    bits
}

/// True when `c` is in a block of `blocks`, or past U+1FFFF.
fn in_blocks(blocks: &[u64; 8], c: char) -> bool {
    let block = c as u32 >> 8;
    block >= 512 || blocks[(block / 64) as usize] >> (block % 64) & 1 == 1
}

/// Unicode space separators other than U+0020, which the folded view writes as a plain space.
pub(crate) fn is_other_space(c: char) -> bool {
    matches!(
        c as u32,
        0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000
    )
}

/// True when `c` may have a lower-case form: only the cased scripts (Latin, Greek,
/// Coptic, Cyrillic, Armenian, Georgian, Cherokee, Glagolitic, Deseret, ...) and a few
/// symbol blocks do. Everything else skips the case tables.
pub(crate) fn may_have_case(c: char) -> bool {
    in_blocks(&CASED_BLOCKS, c) && may_have_case_exact(c)
}

fn may_have_case_exact(c: char) -> bool {
    matches!(c as u32,
        0x80..=0x05FF | 0x10A0..=0x10FF | 0x13A0..=0x13FF | 0x1C80..=0x1CBF | 0x1E00..=0x1FFF
        | 0x2100..=0x21FF | 0x24B6..=0x24E9 | 0x2C00..=0x2CFF | 0xA640..=0xA7FF | 0xAB70..=0xABBF
        | 0xFF21..=0xFF3A | 0x10400..=0x105FF | 0x10C80..=0x10DFF | 0x118A0..=0x118DF
        | 0x16E40..=0x16EFF | 0x1E900..=0x1E95F)
}

/// The 256-code-point blocks of [`may_have_case_exact`]'s characters (a test checks it).
static CASED_BLOCKS: [u64; 8] = range_blocks(&[
    (0x00, 0x05),
    (0x10, 0x10),
    (0x13, 0x13),
    (0x1C, 0x1C),
    (0x1E, 0x1F),
    (0x21, 0x21),
    (0x24, 0x24),
    (0x2C, 0x2C),
    (0xA6, 0xA7),
    (0xAB, 0xAB),
    (0xFF, 0xFF),
    (0x104, 0x105),
    (0x10C, 0x10D),
    (0x118, 0x118),
    (0x16E, 0x16E),
    (0x1E9, 0x1E9),
]);

/// True when a non-ASCII character is part of a word for the look-alike rule: anything
/// but spaces, punctuation and symbol blocks (general punctuation, arrows, maths,
/// shapes, CJK punctuation, emoji).
pub(crate) fn is_word_char(c: char) -> bool {
    !in_blocks(&NON_WORD_BLOCKS, c) || !is_non_word_exact(c)
}

fn is_non_word_exact(c: char) -> bool {
    matches!(c as u32,
        0x00A0..=0x00A9 | 0x00AB..=0x00B1 | 0x00B4 | 0x00B6..=0x00B8 | 0x00BB..=0x00BF | 0x00D7 | 0x00F7
        | 0x055A..=0x055F | 0x0589 | 0x060C | 0x061B | 0x061F | 0x066A..=0x066D | 0x06D4 | 0x0964 | 0x0965
        | 0x0E4F | 0x0E5A | 0x0E5B | 0x1680 | 0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x3004
        | 0x3008..=0x3020 | 0x3030 | 0xFE10..=0xFE1F | 0xFE30..=0xFE6F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x1F000..=0x1FAFF)
}

/// The 256-code-point blocks of [`is_non_word_exact`]'s characters (a test checks it).
static NON_WORD_BLOCKS: [u64; 8] = range_blocks(&[
    (0x00, 0x00),
    (0x05, 0x06),
    (0x09, 0x09),
    (0x0E, 0x0E),
    (0x16, 0x16),
    (0x20, 0x2B),
    (0x2E, 0x2E),
    (0x30, 0x30),
    (0xFE, 0xFF),
    (0x1F0, 0x1FA),
]);

/// True when the folded view writes `c` unchanged, as a word character: no fold, no
/// case change, not invisible, not a space or punctuation. Text made of such characters
/// (Han, Hangul, kana, Indic and Arabic letters, lower-case Cyrillic, ...) is copied whole.
/// [`PLAIN_CHUNKS`] is made from it.
#[cfg(test)]
fn is_plain(c: char) -> bool {
    !c.is_ascii()
        && !is_invisible(c)
        && !is_other_space(c)
        && is_word_char(c)
        && compat(c).is_none()
        && digit(c).is_none()
        && (!may_have_case(c) || super::case::lower(c) == super::case::Lower::One(c))
}

/// Which 16-code-point chunks of the Basic Multilingual Plane hold only plain characters.
/// Computing it takes about a millisecond (65,536 characters through the predicates
/// above), so it is kept here as a constant; a test recomputes it from [`is_plain`],
/// so the two cannot disagree (it prints the new table when a fold changes).
#[rustfmt::skip]
static PLAIN_CHUNKS: [u64; 64] = [
    0x086fb7e000004300, 0xefff5fbcfec00038, 0xbfbfbfbfbfbfffff, 0xfffbdfcfbfbfbfbf,
    0x03ffffffff9fe1ef, 0xb7fffeffffffffff, 0xf7dffcffdfeffffc, 0x00800000f183f0cf,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0xffffff00ffff0038,
    0xffffffffffbffff0, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0x4003fc8bffffffff, 0x7fffffdf5ffedfff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xfffbffffffffffff, 0xfb807f84ffffffff,
];

/// Which code points of two UTF-8 bytes (U+0080 to U+07FF) are plain, one by one: the
/// chunks there mix plain letters with capitals and signs (`ü`, `ş`, `ı`, Arabic `ے`).
/// A test recomputes it from [`is_plain`] too.
#[rustfmt::skip]
static PLAIN_TWO_BYTE: [u64; 32] = [
    0x0000000000000000, 0x0000000000000000, 0x00200000ffffffff, 0xff7fffff80000000,
    0x55aaaaaaaaaaaaaa, 0x54aaaaaaaaaaab55, 0xee512d2a4e243129, 0xaa29aaaab555524f,
    0x93faaaaaaaaaaaaa, 0xffffffffffffaa85, 0xfe72ffffffffffff, 0xfffffff1ffffffff,
    0xffffffffffffffff, 0x7fbaffffffff7fff, 0xfffff004000128bf, 0x196faaaaaaff7fff,
    0xffff000000000000, 0xaaaaaaaaffffffff, 0xaaaaaaaaaaaaabfe, 0xaaaaaaaaaaaad554,
    0x0001aaaaaaaaaaaa, 0xffffffff03800000, 0xfffffffffffffdff, 0xffffffffffffffff,
    0xffffffff67ffefff, 0xffffc000ffffffff, 0xffffffffffffffff, 0xfc00ffffffefffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xfffffffffffffc00,
];

fn plain_chunks() -> &'static [u64; 64] {
    &PLAIN_CHUNKS
}

/// The end of the run of plain characters of the Basic Multilingual Plane starting at
/// byte `start` of `text` (which must be a char boundary). The UTF-8 is decoded by
/// hand: plain characters take two or three bytes, and `text` is valid. Two-byte code
/// points are looked up one by one, three-byte ones by their chunk.
pub(crate) fn plain_run_end(text: &str, start: usize) -> usize {
    let chunks = plain_chunks();
    let bytes = text.as_bytes();
    let mut rest = &bytes[start..];
    loop {
        match *rest {
            [lead @ 0xC0..=0xDF, second, ref tail @ ..] => {
                let cp = u32::from(lead & 0x1F) << 6 | u32::from(second & 0x3F);
                if PLAIN_TWO_BYTE[(cp >> 6) as usize] >> (cp % 64) & 1 == 0 {
                    break;
                }
                rest = tail;
            }
            [lead @ 0xE0..=0xEF, second, third, ref tail @ ..] => {
                let cp = u32::from(lead & 0x0F) << 12
                    | u32::from(second & 0x3F) << 6
                    | u32::from(third & 0x3F);
                if chunks[(cp >> 10) as usize] >> ((cp >> 4) % 64) & 1 == 0 {
                    break;
                }
                rest = tail;
            }
            _ => break,
        }
    }
    bytes.len() - rest.len()
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
        for c in ['a', '½', '²', 'Ⅻ', '一', 'ж', '\u{10FFFF}'] {
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
        assert_eq!(compat('中'), None);
    }

    /// Fails, printing the table as it should be, when a committed table is stale.
    fn assert_table_is_current(name: &str, computed: &[u64], committed: &[u64]) {
        let rows: Vec<String> = computed.iter().map(|b| format!("0x{b:016x},")).collect();
        assert_eq!(
            computed,
            committed,
            "{name} is stale; the current table:\n{}",
            rows.join(" ")
        );
    }

    #[test]
    fn plain_chunk_table_is_current() {
        let mut bits = [0u64; 64];
        for chunk in 0..4096u32 {
            let all_plain =
                (chunk * 16..chunk * 16 + 16).all(|cp| char::from_u32(cp).is_some_and(is_plain));
            if all_plain {
                bits[(chunk / 64) as usize] |= 1 << (chunk % 64);
            }
        }
        assert_table_is_current("PLAIN_CHUNKS", &bits, &PLAIN_CHUNKS);
    }

    #[test]
    fn plain_two_byte_table_is_current() {
        let mut bits = [0u64; 32];
        for cp in 0x80..0x800u32 {
            if char::from_u32(cp).is_some_and(is_plain) {
                bits[(cp / 64) as usize] |= 1 << (cp % 64);
            }
        }
        assert_table_is_current("PLAIN_TWO_BYTE", &bits, &PLAIN_TWO_BYTE);
    }

    #[test]
    fn plain_runs_hold_only_plain_characters() {
        let text = "中文한국어かなहिन्दीعربيпривет. Привет ١٢ ok";
        let end = plain_run_end(text, 0);
        assert_eq!(&text[..end], "中文한국어かなहिन्दीعربيпривет");
        assert!(text[..end].chars().all(is_plain));
        assert_eq!(
            plain_run_end(text, text.find('П').unwrap()),
            text.find('П').unwrap(),
            "upper case is not plain"
        );
        for cp in 0x80..0x10000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0; 4];
            if plain_run_end(c.encode_utf8(&mut buf), 0) > 0 {
                assert!(is_plain(c), "{cp:X}");
            }
        }
    }

    #[test]
    fn block_filters_miss_no_character() {
        for cp in 0..0x11_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert!(
                !is_invisible_exact(c) || in_blocks(&INVISIBLE_BLOCKS, c),
                "{cp:X}"
            );
            assert!(
                !may_have_case_exact(c) || in_blocks(&CASED_BLOCKS, c),
                "{cp:X}"
            );
            assert!(
                !is_non_word_exact(c) || in_blocks(&NON_WORD_BLOCKS, c),
                "{cp:X}"
            );
        }
    }

    #[test]
    fn digit_filter_misses_no_digit() {
        for cp in 0x80..0x11_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let slow = DIGIT_ZEROS
                .iter()
                .find(|&&z| z <= cp && cp - z < 10)
                .map(|&z| char::from(b'0' + (cp - z) as u8));
            assert_eq!(digit(c), slow, "{cp:X}");
        }
    }

    #[test]
    fn case_gate_misses_no_lower_case_form() {
        for cp in 0x80..0x11_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if !may_have_case(c) {
                assert!(c.to_lowercase().eq([c]), "{cp:X} has a lower-case form");
            }
        }
    }

    #[test]
    fn block_filters_agree_with_the_tables() {
        for cp in 0x80..0x11_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(compat(c), lookup(COMPAT, c), "{cp:X}");
            assert_eq!(confusable(c), lookup(CONFUSABLE, c), "{cp:X}");
        }
    }
}
