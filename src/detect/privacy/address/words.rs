//! The word scan of `privacy.address`: its word table found at word starts, and the
//! byte-level character classes that make visiting every word of a long text cheap.
//!
//! The detector wakes only where a word of its table starts, but to know where words
//! start the scan must look at every byte. It does so on bytes: ASCII letters and digits
//! by a table, other characters by their UTF-8 lead byte (and, for the few lead bytes
//! whose characters include punctuation, one or two continuation bytes), never by
//! decoding a `char` or a Unicode property lookup. A word is looked up only when a
//! 32,768-bit filter over its length and first, second and last bytes lets it through
//! (about one word in thirty); only then is it hashed.

use crate::detect::chars::{alnum_after, is_unspaced_script, FnvBuild};
use std::collections::HashMap;
use std::ops::Range;

/// The longest entry of the address word table, in bytes (checked when it is loaded).
pub(super) const MAX_ENTRY: usize = 64;

/// Whether `c` continues a word, for finding word starts quickly: ASCII letters and
/// digits, and every other character but punctuation, symbols and emoji (a Unicode
/// property lookup per character would cost more than the rest of the scan).
/// [`wide_word_char`] is the same on UTF-8 bytes.
pub(super) fn word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c as u32,
        0x80..=0xBF | 0xD7 | 0xF7 | 0x37E | 0x387 | 0x55A..=0x55F | 0x589 | 0x5BE | 0x5C0
        | 0x5C3 | 0x5F3 | 0x5F4 | 0x60C | 0x60D | 0x61B | 0x61F | 0x66A..=0x66D | 0x6D4
        | 0x964 | 0x965 | 0x970 | 0xE4F | 0xE5A | 0xE5B | 0x10FB | 0x2000..=0x2BFF
        | 0x3000..=0x3003 | 0x3008..=0x3020 | 0xFE10..=0xFE6F | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x1F000..=0x1FAFF)
}

/// The leading run of word characters of `s`.
pub(super) fn first_word(s: &str) -> &str {
    &s[..run_end(s.as_bytes(), 0)]
}

/// ASCII letters and digits.
const ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// [`word_char`] of the character whose UTF-8 encoding starts at `b[i]` (not ASCII),
/// and its length in bytes. `b[i..]` holds one whole character (it is read from a `str`).
#[inline]
fn wide_word_char(b: &[u8], i: usize) -> (bool, usize) {
    let lead = b[i];
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match lead {
        // U+0080..U+00BF: Latin-1 punctuation and signs.
        0xC2 => (false, 2),
        // U+00D7 ×, U+00F7 ÷.
        0xC3 => (!matches!(at(1), 0x97 | 0xB7), 2),
        // U+037E Greek question mark, U+0387 ano teleia.
        0xCD => (at(1) != 0xBE, 2),
        0xCE => (at(1) != 0x87, 2),
        // Armenian punctuation U+055A..U+055F, U+0589; Hebrew U+05BE.
        0xD5 => (!matches!(at(1), 0x9A..=0x9F), 2),
        0xD6 => (!matches!(at(1), 0x89 | 0xBE), 2),
        // Hebrew U+05C0, U+05C3, U+05F3, U+05F4.
        0xD7 => (!matches!(at(1), 0x80 | 0x83 | 0xB3 | 0xB4), 2),
        // Arabic U+060C, U+060D, U+061B, U+061F; U+066A..U+066D; U+06D4.
        0xD8 => (!matches!(at(1), 0x8C | 0x8D | 0x9B | 0x9F), 2),
        0xD9 => (!matches!(at(1), 0xAA..=0xAD), 2),
        0xDB => (at(1) != 0x94, 2),
        0xC0..=0xDF => (true, 2),
        // Devanagari danda U+0964, U+0965, U+0970; Thai U+0E4F, U+0E5A, U+0E5B.
        0xE0 => (
            !matches!(
                (at(1), at(2)),
                (0xA5, 0xA4 | 0xA5 | 0xB0) | (0xB9, 0x8F | 0x9A | 0x9B)
            ),
            3,
        ),
        // Georgian paragraph separator U+10FB.
        0xE1 => (!(at(1) == 0x83 && at(2) == 0xBB), 3),
        // U+2000..U+2BFF: punctuation, symbols, arrows.
        0xE2 => (at(1) >= 0xB0, 3),
        // U+3000..U+3003, U+3008..U+3020: CJK punctuation.
        0xE3 => (
            !(at(1) == 0x80 && matches!(at(2), 0x80..=0x83 | 0x88..=0xA0)),
            3,
        ),
        // U+FE10..U+FE6F; full-width punctuation U+FF01..U+FF0F, U+FF1A..U+FF20,
        // U+FF3B..U+FF40, U+FF5B..U+FF65.
        0xEF => (
            !matches!(
                (at(1), at(2)),
                (0xB8, 0x90..=0xBF)
                    | (0xB9, 0x80..=0xAF)
                    | (0xBC, 0x81..=0x8F | 0x9A..=0xA0 | 0xBB..=0xBF)
                    | (0xBD, 0x80 | 0x9B..=0xA5)
            ),
            3,
        ),
        0xE4..=0xEE => (true, 3),
        // U+1F000..U+1FAFF: emoji and other pictographs.
        0xF0 => (!(at(1) == 0x9F && at(2) <= 0xAB), 4),
        _ => (true, 4),
    }
}

/// Whether the character at byte `i` of `b` (a char boundary) is a word character, and
/// its length.
#[inline]
fn word_char_at(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        (ALNUM[usize::from(c)], 1)
    } else {
        wide_word_char(b, i)
    }
}

/// The end of the run of word characters that starts at byte `j` of `b`.
#[inline]
fn run_end(b: &[u8], mut j: usize) -> usize {
    while j < b.len() {
        let c = b[j];
        if c < 0x80 {
            if !ALNUM[usize::from(c)] {
                break;
            }
            j += 1;
        } else {
            let (w, n) = wide_word_char(b, j);
            if !w {
                break;
            }
            j += n;
        }
    }
    j
}

/// The character at byte `i` of `t` is in a script written without spaces.
#[inline]
fn unspaced_at(t: &str, i: usize) -> bool {
    // Every such script is past U+0E00: three or four bytes.
    t.as_bytes()[i] >= 0xE0 && t[i..].chars().next().is_some_and(is_unspaced_script)
}

/// Bits of the word filter: 2^15.
const FILTER_BITS: u32 = 15;

/// The filter's bit for a word of `len` bytes starting `b0 b1` and ending `last`.
#[inline]
fn filter_bit(len: usize, b0: u8, b1: u8, last: u8) -> usize {
    let key = (len as u32) << 24 | u32::from(b0) << 16 | u32::from(b1) << 8 | u32::from(last);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize
}

/// The entries that start with one word.
#[derive(Clone, Copy)]
struct Group {
    /// Their indices in `Words::by_length`, longest first.
    at: u32,
    len: u32,
    /// The entry that is this one word, if any.
    single: Option<u32>,
}

/// The address words and phrases, found as whole words where a word starts: the text
/// is never searched by an automaton. At a word start the word (the run of word
/// characters there) is looked up among the entries' first words, and the entries that
/// start with it are compared longest first, which is the longest entry found at that
/// place: any other entry matching there would be one word that is a prefix of this
/// word, tried only when none of them matches. In scripts written without spaces an
/// entry is found only at the start of a run of letters, and may end inside it.
pub(super) struct Words<T: Copy> {
    entries: Vec<&'static str>,
    tags: Vec<T>,
    unspaced_end: Vec<bool>,
    /// Entry indices grouped by first word, each group longest first.
    by_length: Vec<u32>,
    /// The groups by the entries' first word ("i" for "i live at", "h" for "h.no").
    first_words: HashMap<&'static str, Group, FnvBuild>,
    /// The entries that start with a letter of a script without spaces, longest first.
    unspaced_start: Vec<u32>,
    /// The word filter: a word whose bit is clear is no entry's first word.
    filter: Vec<u64>,
}

impl<T: Copy> Words<T> {
    pub(super) fn new(entries: Vec<(&'static str, T)>) -> Words<T> {
        assert!(
            entries.iter().all(|(w, _)| w.len() <= MAX_ENTRY),
            "address word too long"
        );
        let mut order: Vec<u32> = (0..entries.len() as u32).collect();
        let first = |id: &u32| first_word(entries[*id as usize].0);
        order.sort_by(|a, b| {
            first(a)
                .cmp(first(b))
                .then(entries[*b as usize].0.len().cmp(&entries[*a as usize].0.len()))
        });
        let mut first_words: HashMap<&'static str, Group, FnvBuild> = HashMap::default();
        let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
        let mut k = 0;
        while k < order.len() {
            let w = first(&order[k]);
            let mut n = k;
            let mut single = None;
            while n < order.len() && first(&order[n]) == w {
                if entries[order[n] as usize].0 == w {
                    single = Some(order[n]);
                }
                n += 1;
            }
            if !w.is_empty() {
                first_words.insert(
                    w,
                    Group {
                        at: k as u32,
                        len: (n - k) as u32,
                        single,
                    },
                );
                let b = w.as_bytes();
                let bit = filter_bit(b.len(), b[0], *b.get(1).unwrap_or(&b[0]), b[b.len() - 1]);
                filter[bit >> 6] |= 1 << (bit & 63);
            }
            k = n;
        }
        let mut unspaced_start: Vec<u32> = order
            .iter()
            .copied()
            .filter(|&id| unspaced_at(entries[id as usize].0, 0))
            .collect();
        unspaced_start.sort_by_key(|&id| std::cmp::Reverse(entries[id as usize].0.len()));
        Words {
            unspaced_end: entries
                .iter()
                .map(|(w, _)| w.chars().next_back().is_some_and(is_unspaced_script))
                .collect(),
            tags: entries.iter().map(|(_, t)| *t).collect(),
            entries: entries.into_iter().map(|(w, _)| w).collect(),
            by_length: order,
            first_words,
            unspaced_start,
            filter,
        }
    }

    /// The longest of `ids` that `rest` starts with.
    fn longest(&self, ids: &[u32], rest: &[u8]) -> Option<u32> {
        ids.iter()
            .copied()
            .find(|&id| rest.starts_with(self.entries[id as usize].as_bytes()))
    }

    /// The longest entry at byte `i` of `t`, where the word `t[i..end]` starts.
    fn at_word(&self, t: &str, i: usize, end: usize) -> Option<u32> {
        let b = t.as_bytes();
        let rest = &b[i..];
        if unspaced_at(t, i) {
            // A word may run on after the entry ("ถนนมนทอง").
            return self.longest(&self.unspaced_start, rest);
        }
        let len = end - i;
        let bit = filter_bit(len, b[i], if len > 1 { b[i + 1] } else { b[i] }, b[end - 1]);
        if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 {
            return None;
        }
        let word = &t[i..end];
        let g = self.first_words.get(word)?;
        let group = &self.by_length[g.at as usize..(g.at + g.len) as usize];
        if let Some(id) = self.longest(group, rest) {
            return Some(id);
        }
        // One word that is a prefix of this one ("adres" in "adresse" would be, were the
        // rest not letters): rare, and its end is checked by the caller.
        word.char_indices()
            .rev()
            .filter(|&(p, _)| p > 0)
            .find_map(|(p, _)| self.first_words.get(&word[..p])?.single)
    }

    /// Every whole-word match, left to right, not overlapping.
    pub(super) fn find(&self, t: &str) -> Vec<(T, Range<usize>)> {
        let b = t.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            // Skip to the next word.
            let (word, n) = word_char_at(b, i);
            if !word {
                i += n;
                continue;
            }
            let end = run_end(b, i + n);
            if let Some(id) = self.at_word(t, i, end) {
                let m = i + self.entries[id as usize].len();
                if self.unspaced_end[id as usize] || !alnum_after(t, m) {
                    out.push((self.tags[id as usize], i..m));
                    i = m;
                    continue;
                }
            }
            i = end;
        }
        out
    }
}

/// The first ASCII digit in `b` at or after `from`.
#[inline]
pub(super) fn next_digit(b: &[u8], mut from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while from + 8 <= b.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[from..from + 8]);
        // Bytes 0x30..=0x39 become 0..=9: is any below 10? (exact as a whole)
        let x = u64::from_le_bytes(word) ^ (ONES * 0x30);
        if x.wrapping_sub(ONES * 10) & !x & HIGH != 0 {
            break;
        }
        from += 8;
    }
    b[from..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_on_bytes_equal_word_char() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            let b = s.as_bytes();
            assert_eq!(word_char_at(b, 0), (word_char(c), b.len()), "{c:?} {:X}", c as u32);
        }
    }

    #[test]
    fn next_digit_finds_the_first() {
        let text = b"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ/:;<=>?@ \xC3\xA9\xD9\xA3";
        assert_eq!(next_digit(text, 0), None);
        for at in 0..text.len() {
            let mut t = text.to_vec();
            t[at] = b'0' + (at % 10) as u8;
            for from in 0..t.len() {
                let want = t[from..].iter().position(u8::is_ascii_digit).map(|p| from + p);
                assert_eq!(next_digit(&t, from), want);
            }
        }
    }

    #[test]
    fn longest_entry_at_a_word() {
        let w = Words::new(vec![
            ("adres", 1),
            ("adresse", 2),
            ("i live at", 3),
            ("i live in", 4),
            ("ถนน", 5),
            ("h.no", 6),
        ]);
        let tags = |t: &str| w.find(t).into_iter().map(|(t, r)| (t, r)).collect::<Vec<_>>();
        assert_eq!(tags("my adresse is"), vec![(2, 3..10)]);
        assert_eq!(tags("adres: x"), vec![(1, 0..5)]);
        assert_eq!(tags("so i live in x, i live at y"), vec![(4, 3..12), (3, 16..25)]);
        assert_eq!(tags("i lived"), vec![]);
        assert_eq!(tags("ถนนมนทอง h.no 5"), vec![(5, 0..9), (6, 25..29)]);
        assert_eq!(tags("adresses"), vec![]);
    }
}
