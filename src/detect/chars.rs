//! Character classes detectors share, and the hasher of their word tables.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: table keys are short words, so a simple byte hash beats SipHash and the
/// string compares of a binary search.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`Fnv`] hashers for `HashMap` and `HashSet`.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// Scripts written without spaces between words (Han, kana, Hangul, Thai, Lao,
/// Khmer, Myanmar): a Latin token glued to them ends where they start.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1100..=0x11FF | 0x1780..=0x17FF
        | 0x3040..=0x30FF | 0x3130..=0x318F | 0x31F0..=0x31FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F
        | 0x20000..=0x3FFFF)
}

/// A letter or digit that can be part of a domain label (ASCII or an IDN letter).
pub(crate) fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '-'
        || (!c.is_ascii() && c.is_alphanumeric() && !is_unspaced_script(c))
}

/// True when `text[..at]` ends in a letter or digit (so `at` is not a word start).
pub(crate) fn alnum_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// True when `text[at..]` starts with a letter or digit (so `at` is not a word end).
pub(crate) fn alnum_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// True when `text` holds one of `words` as a whole word (not inside a longer one).
pub(crate) fn mentions(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        text.match_indices(w)
            .any(|(at, _)| !alnum_before(text, at) && !alnum_after(text, at + w.len()))
    })
}
