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
    // (Most letters are below Thai: one compare for them.)
    c >= '\u{0E00}'
        && matches!(c as u32,
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

/// The maximal runs of bytes in `class` that are at least `min` long, left to right.
///
/// Looks at about one byte in `min` where runs are short (a skip search: a byte outside
/// the class at `j` rules out every run through `j`, so the next run to find ends at
/// `j + min` or later), and at every byte of a long run once more than a plain scan.
pub(crate) fn long_runs<'b>(
    b: &'b [u8],
    min: usize,
    class: impl Fn(u8) -> bool + 'b,
) -> impl Iterator<Item = std::ops::Range<usize>> + 'b {
    let min = min.max(1);
    let mut j = min - 1;
    std::iter::from_fn(move || {
        while j < b.len() {
            if !class(b[j]) {
                j += min;
                continue;
            }
            let mut start = j;
            while start > 0 && class(b[start - 1]) {
                start -= 1;
            }
            let mut end = j + 1;
            while end < b.len() && class(b[end]) {
                end += 1;
            }
            j = end + min;
            if end - start >= min {
                return Some(start..end);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_runs_equal_a_plain_scan() {
        let mut seed: u32 = 7;
        for _ in 0..2000 {
            let text: Vec<u8> = (0..(seed % 90))
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    if (seed >> 16) % 5 == 0 {
                        b' '
                    } else {
                        b'a'
                    }
                })
                .collect();
            for min in 1..12 {
                let mut want = Vec::new();
                let mut i = 0;
                while i < text.len() {
                    let s = i;
                    while i < text.len() && text[i] == b'a' {
                        i += 1;
                    }
                    if i - s >= min {
                        want.push(s..i);
                    }
                    i = i.max(s + 1);
                }
                let got: Vec<_> = long_runs(&text, min, |c| c == b'a').collect();
                assert_eq!(got, want, "{:?} min {min}", String::from_utf8_lossy(&text));
            }
            seed = seed.wrapping_add(1);
        }
    }
}
