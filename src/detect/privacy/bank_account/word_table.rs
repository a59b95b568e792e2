//! A short list of context words searched in place, for detectors that look for their
//! words only in small windows (the bank account and national id detectors).
//!
//! Finds what a [`Lexicon`](crate::detect::lexicon::Lexicon) of the same entries finds,
//! match for match: leftmost-longest (at the first position where an entry starts, the
//! longest one; the first listed on a tie), resuming after each match, then whole words
//! only (a word of a script written without spaces needs no boundary on its side). But
//! it builds no automaton: the entries are grouped by their first two bytes, and each
//! position of a window looks only at the few entries of its group. Building it is a
//! counting pass over the entries; a window of a hundred bytes costs about as much to
//! search as with the automaton.

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use crate::detect::lexicon::{ceil_boundary, floor_boundary};
use std::ops::Range;

/// How many groups the entries are spread over (a power of two).
const GROUPS: usize = 2048;

/// One entry: the word, its tag, and whether it may start or end inside a run of letters
/// (a script written without spaces).
struct Entry {
    word: &'static [u8],
    /// The first four bytes (fewer: zeros after) as a little-endian word, and which
    /// bytes of it are the word's.
    head: u32,
    mask: u32,
    tag: u32,
    first: bool,
    last: bool,
}

/// The group of an entry starting with the bytes `a`, `b`.
fn group(a: u8, b: u8) -> usize {
    (usize::from(a).wrapping_mul(37) ^ usize::from(b)) & (GROUPS - 1)
}

/// How many values [`triple`] takes (a power of two).
const TRIPLES: usize = 4096;

/// A hash of three bytes that start an entry.
fn triple(a: u8, b: u8, c: u8) -> usize {
    (group(a, b).wrapping_mul(37) ^ usize::from(c)) & (TRIPLES - 1)
}

/// The first four bytes of `b` (zeros past its end) as a little-endian word.
fn head(b: &[u8]) -> u32 {
    match b.get(..4) {
        Some(w) => u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
        None => b.iter().rev().fold(0, |v, &c| v << 8 | u32::from(c)),
    }
}

/// A word list (every entry at least two bytes) with a tag per entry.
pub(crate) struct WordTable {
    /// The entries by group, longest first within a group (on a tie, in list order).
    entries: Vec<Entry>,
    /// Where each group's entries start in `entries`, and the end.
    starts: Vec<u16>,
    /// The groups that have entries, as bits.
    used: [u64; GROUPS / 64],
    /// The groups that have an entry of two bytes, as bits.
    short: [u64; GROUPS / 64],
    /// The [`triple`]s of the first three bytes of the longer entries, as bits: a second
    /// sieve, much finer than the groups, for positions of ordinary text.
    triples: [u64; TRIPLES / 64],
}

impl WordTable {
    /// The table of `list`, each a folded word (two bytes or more) and its tag.
    #[inline(never)]
    pub(crate) fn new(list: &[(&'static str, u32)]) -> WordTable {
        let group_of = |w: &str| {
            let w = w.as_bytes();
            assert!(w.len() >= 2, "a context word of one byte");
            group(w[0], w[1])
        };
        let mut starts = vec![0u16; GROUPS + 1];
        for &(word, _) in list {
            starts[group_of(word) + 1] += 1;
        }
        let mut used = [0u64; GROUPS / 64];
        let mut short = [0u64; GROUPS / 64];
        let mut triples = [0u64; TRIPLES / 64];
        for &(word, _) in list {
            match *word.as_bytes() {
                [x, y] => {
                    let g = group(x, y);
                    short[g / 64] |= 1 << (g % 64);
                }
                [x, y, z, ..] => {
                    let k = triple(x, y, z);
                    triples[k / 64] |= 1 << (k % 64);
                }
                _ => {}
            }
        }
        for g in 0..GROUPS {
            if starts[g + 1] != 0 {
                used[g / 64] |= 1 << (g % 64);
            }
            starts[g + 1] += starts[g];
        }
        // Place each entry after the longer (or earlier, equally long) ones of its group.
        let mut order = vec![0usize; list.len()];
        let mut fill = starts.clone();
        for (k, &(word, _)) in list.iter().enumerate() {
            let g = group_of(word);
            let mut at = usize::from(fill[g]);
            fill[g] += 1;
            while at > usize::from(starts[g]) && list[order[at - 1]].0.len() < word.len() {
                order[at] = order[at - 1];
                at -= 1;
            }
            order[at] = k;
        }
        let entries = order
            .iter()
            .map(|&k| {
                let (word, tag) = list[k];
                let w = word.as_bytes();
                Entry {
                    word: w,
                    head: head(w),
                    mask: u32::MAX >> (32 - 8 * w.len().min(4)),
                    tag,
                    first: word.chars().next().is_some_and(is_unspaced_script),
                    last: word.chars().next_back().is_some_and(is_unspaced_script),
                }
            })
            .collect();
        WordTable {
            entries,
            starts,
            used,
            short,
            triples,
        }
    }

    /// Every whole-word match in `text`, left to right, as `(tag, byte range)`.
    pub(crate) fn find<'a>(&'a self, text: &'a str) -> Finds<'a> {
        Finds {
            table: self,
            text,
            pos: 0,
        }
    }

    /// Whether `text` holds any entry as a whole word.
    #[cfg(test)]
    pub(crate) fn any(&self, text: &str) -> bool {
        self.find(text).next().is_some()
    }

    /// Whether an entry ends within `before` bytes before `at` or starts within `after`
    /// bytes after `end` (a word "next to" the range `at..end`), as
    /// [`Lexicon::near`](crate::detect::lexicon::Lexicon::near).
    pub(crate) fn near(
        &self,
        text: &str,
        at: usize,
        end: usize,
        before: usize,
        after: usize,
    ) -> bool {
        let lo = floor_boundary(text, at.saturating_sub(before));
        let hi = ceil_boundary(text, (end + after).min(text.len()));
        self.find(&text[lo..hi]).any(|(_, r)| {
            let (s, e) = (r.start + lo, r.end + lo);
            e <= at || s >= end
        })
    }

    /// The longest entry starting at `p` of `b` (`p + 1 < b.len()`).
    #[inline(always)]
    fn longest_at(&self, b: &[u8], p: usize) -> Option<&Entry> {
        let g = group(b[p], b[p + 1]);
        if self.used[g / 64] >> (g % 64) & 1 == 0 {
            return None;
        }
        if self.short[g / 64] >> (g % 64) & 1 == 0 {
            let k = triple(b[p], b[p + 1], *b.get(p + 2)?);
            if self.triples[k / 64] >> (k % 64) & 1 == 0 {
                return None;
            }
        }
        let (s, e) = (usize::from(self.starts[g]), usize::from(self.starts[g + 1]));
        let h = head(&b[p..]);
        self.entries[s..e].iter().find(|entry| {
            h & entry.mask == entry.head
                && (entry.word.len() <= 4 || b[p..].starts_with(entry.word))
        })
    }
}

/// The matches of a [`WordTable`] in a text.
pub(crate) struct Finds<'a> {
    table: &'a WordTable,
    text: &'a str,
    pos: usize,
}

impl Iterator for Finds<'_> {
    type Item = (u32, Range<usize>);

    fn next(&mut self) -> Option<(u32, Range<usize>)> {
        let b = self.text.as_bytes();
        let mut p = self.pos;
        while p + 1 < b.len() {
            // No entry starts inside a char.
            let entry = match b[p] & 0xC0 {
                0x80 => None,
                _ => self.table.longest_at(b, p),
            };
            let Some(entry) = entry else {
                p += 1;
                continue;
            };
            let (start, end) = (p, p + entry.word.len());
            p = end;
            let whole = (entry.first || !alnum_before(self.text, start))
                && (entry.last || !alnum_after(self.text, end));
            if whole {
                self.pos = end;
                return Some((entry.tag, start..end));
            }
        }
        self.pos = p;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::Lexicon;

    /// The same matches as a lexicon of the same entries, on texts built to overlap.
    #[test]
    fn finds_what_the_lexicon_finds() {
        let words: Vec<(&'static str, u32)> = [
            "account",
            "account number",
            "acc",
            "no",
            "number",
            "konto",
            "口座",
            "口座番号",
            "账号",
            "счёт",
            "a/c",
            "cuenta",
            "cuenta bancaria",
            "ta",
            "ban",
            "bank",
            "bankası",
            "no",
        ]
        .iter()
        .enumerate()
        .map(|(i, w)| (*w, i as u32))
        .collect();
        let lex = Lexicon::new(words.iter().copied());
        let table = WordTable::new(&words);
        let texts = [
            "my account number is 12, account no: 5 skonto konto",
            "口座番号12345 账号9 cuenta bancaria cuentas a/c no",
            "bankası bank banks ban accountnumber account numbers acc",
            "счёт: 1 счёта nono no-no ta",
            "",
            "a",
            "no",
        ];
        for t in texts {
            let a: Vec<_> = lex.find(t).collect();
            let b: Vec<_> = table.find(t).collect();
            assert_eq!(a, b, "{t}");
            for lo in 0..t.len() {
                if t.is_char_boundary(lo) {
                    let a: Vec<_> = lex.find(&t[lo..]).collect();
                    let b: Vec<_> = table.find(&t[lo..]).collect();
                    assert_eq!(a, b, "{}", &t[lo..]);
                }
            }
        }
    }
}
