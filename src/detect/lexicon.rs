//! Word lists that detectors look for in the folded view.
//!
//! A [`Lexicon`] holds a detector's context words ("account", "cuenta", "खाता") or
//! phrases ("my password is"), written in folded form (lower case). It finds them as
//! whole words: a match inside a longer word ("classic" for "ass", "skonto" for "konto")
//! is skipped, except for words of scripts written without spaces (Han, kana, Hangul,
//! Thai), which have no word boundaries to check. A [`Matcher`] (in tests, the
//! reference the detectors' own trigger searches are checked against) finds byte
//! strings anywhere, word boundaries or not.
//!
//! Both are a [`Table`]: the entries sorted by their first two bytes, with a bit set of
//! those pairs. A search reads the bit set at the places a match may start and compares
//! the few entries of the pair only where it is on. An automaton (aho-corasick) walks
//! every byte of the text instead: in the wasm, without the SIMD prefilters it has
//! natively, that made word lists the largest single cost of a check (a quarter of
//! the time on long text, measured with a V8 profile), and building the automata was
//! most of the first `createFilter`.

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use crate::detect::scan::{window, Classes};
use std::ops::Range;

/// Bits in a pair set: one per pair of bytes.
const PAIRS: usize = 1 << 16;

/// Byte pair `(x, y)` as a key, `x` in the low bits.
#[inline(always)]
fn pair(x: u8, y: u8) -> u16 {
    u16::from(x) | u16::from(y) << 8
}

/// Entries grouped by their first two bytes, longest first in each group, with a bit
/// set of those pairs.
struct Table {
    /// The pairs an entry may start with: the first two bytes of the longer entries,
    /// and every pair that begins with a one-byte entry.
    pairs: Box<[u64; PAIRS / 64]>,
    /// For each word of `pairs`, how many bits the words before it have on: with the
    /// bits before a pair in its own word, the rank of its group.
    ranks: Box<[u32; PAIRS / 64]>,
    /// Where each pair's group starts in `entries`, by rank, and where the last one ends.
    groups: Vec<u32>,
    /// `(start in bytes, length, index in the order given)`: grouped by first two bytes
    /// in pair order, then longest first, then by index.
    entries: Vec<(u32, u32, u32)>,
    /// Every entry's bytes, one after another.
    bytes: Vec<u8>,
    /// The entries of one byte, as `(byte, index)`, and a bit set of those bytes.
    singles: Vec<(u8, u32)>,
    single_bits: [u64; 4],
}

impl Table {
    /// (The words come through `dyn Iterator`: one copy of this code in the wasm for every
    /// caller.)
    fn new(words: &mut dyn Iterator<Item = &[u8]>) -> Table {
        // (pair, start in bytes, length, index) of the entries of two bytes or more.
        let mut longer = Vec::new();
        let mut bytes = Vec::new();
        let mut singles = Vec::new();
        let mut single_bits = [0u64; 4];
        let mut pairs = Box::new([0u64; PAIRS / 64]);
        for (index, w) in words.enumerate() {
            match *w {
                [] => panic!("empty word list entry"),
                [x] => {
                    single_bits[usize::from(x / 64)] |= 1 << (x % 64);
                    singles.push((x, index as u32));
                    // Any pair it begins, so one bit tells where an entry may start:
                    // the 256 pairs that begin with `x` are four whole words.
                    let first = usize::from(x) / 64;
                    for word in pairs.iter_mut().skip(first).step_by(4) {
                        *word |= 1 << (x % 64);
                    }
                }
                [x, y, ..] => {
                    let k = pair(x, y);
                    pairs[usize::from(k) / 64] |= 1 << (k % 64);
                    longer.push((k, bytes.len() as u32, w.len() as u32, index as u32));
                    bytes.extend_from_slice(w);
                }
            }
        }
        let mut ranks = Box::new([0u32; PAIRS / 64]);
        let mut total = 0;
        for (rank, word) in ranks.iter_mut().zip(pairs.iter()) {
            *rank = total;
            total += word.count_ones();
        }
        let rank = |k: u16| {
            let k = usize::from(k);
            (ranks[k / 64] + (pairs[k / 64] & ((1 << (k % 64)) - 1)).count_ones()) as usize
        };
        // A group for every pair in the set, in pair order (empty for a pair that only
        // a one-byte entry put there): counted, then filled in the order given.
        let mut groups = vec![0u32; total as usize + 1];
        for &(k, ..) in &longer {
            groups[rank(k) + 1] += 1;
        }
        for g in 1..groups.len() {
            groups[g] += groups[g - 1];
        }
        let mut next = groups.clone();
        let mut entries = vec![(0, 0, 0); longer.len()];
        for &(k, start, len, index) in &longer {
            let slot = &mut next[rank(k)];
            entries[*slot as usize] = (start, len, index);
            *slot += 1;
        }
        // Longest first in each group; equal lengths keep the order given.
        for g in groups.windows(2) {
            let group = &mut entries[g[0] as usize..g[1] as usize];
            if group.len() > 16 {
                crate::sort::sort_by_key(group, |&(_, len, _)| std::cmp::Reverse(len));
            } else {
                // Most groups hold a few entries: moved into place one by one.
                for i in 1..group.len() {
                    let mut j = i;
                    while j > 0 && group[j - 1].1 < group[j].1 {
                        group.swap(j - 1, j);
                        j -= 1;
                    }
                }
            }
        }
        Table {
            pairs,
            ranks,
            groups,
            entries,
            bytes,
            singles,
            single_bits,
        }
    }

    /// Whether an entry may start at byte `i` of `b`: the pair there is in the set (a
    /// byte at the end is paired with 0).
    #[inline(always)]
    fn may_start(&self, b: &[u8], i: usize) -> bool {
        let k = usize::from(pair(b[i], b.get(i + 1).copied().unwrap_or(0)));
        self.pairs[k / 64] >> (k % 64) & 1 != 0
    }

    /// The longest entry at byte `i` of `b` that `accept` takes (given its index and
    /// end), as `(index, end)`; of equal ones, the first given.
    #[inline(always)]
    fn at(
        &self,
        b: &[u8],
        i: usize,
        mut accept: impl FnMut(usize, usize) -> bool,
    ) -> Option<(usize, usize)> {
        let x = b[i];
        if let Some(&y) = b.get(i + 1) {
            let k = usize::from(pair(x, y));
            let word = self.pairs[k / 64];
            if word >> (k % 64) & 1 != 0 {
                let rank =
                    (self.ranks[k / 64] + (word & ((1 << (k % 64)) - 1)).count_ones()) as usize;
                let group = self.groups[rank] as usize..self.groups[rank + 1] as usize;
                for &(start, len, index) in &self.entries[group] {
                    let (start, len) = (start as usize, len as usize);
                    if b[i..].starts_with(&self.bytes[start..start + len])
                        && accept(index as usize, i + len)
                    {
                        return Some((index as usize, i + len));
                    }
                }
            }
        }
        if self.single_bits[usize::from(x / 64)] >> (x % 64) & 1 != 0 {
            for &(byte, index) in &self.singles {
                if byte == x && accept(index as usize, i + 1) {
                    return Some((index as usize, i + 1));
                }
            }
        }
        None
    }
}

/// A set of byte strings found left to right, longest first at each start, not
/// overlapping: no word boundaries (see [`Lexicon`] for those). The reference the
/// detectors' own trigger searches are tested against.
#[cfg(test)]
pub(crate) struct Matcher {
    table: Table,
}

#[cfg(test)]
impl Matcher {
    /// Builds the set of `patterns` (not empty strings).
    pub(crate) fn new<P: AsRef<[u8]>>(patterns: impl IntoIterator<Item = P>) -> Matcher {
        let patterns: Vec<P> = patterns.into_iter().collect();
        Matcher {
            table: Table::new(&mut patterns.iter().map(AsRef::as_ref)),
        }
    }

    /// Every match in `text`, as `(pattern index, byte range)`, left to right.
    pub(crate) fn find_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, Range<usize>)> + 'a {
        let b = text.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < b.len() {
                let at = i;
                i += 1;
                if b[at] & 0xC0 == 0x80 || !self.table.may_start(b, at) {
                    continue;
                }
                if let Some((index, end)) = self.table.at(b, at, |_, _| true) {
                    i = end;
                    return Some((index, at..end));
                }
            }
            None
        })
    }
}

/// The table of `words` and whether each may start or end inside a run of letters
/// (unspaced scripts): the part of [`Lexicon::new`] that does not depend on the tags, kept
/// out of its copies for each type of tag and of entries.
fn index(words: &[&str]) -> (Table, Vec<(bool, bool)>) {
    let unspaced = words
        .iter()
        .map(|w| {
            let first = w.chars().next().is_some_and(is_unspaced_script);
            let last = w.chars().next_back().is_some_and(is_unspaced_script);
            (first, last)
        })
        .collect();
    (
        Table::new(&mut words.iter().map(|w| w.as_bytes())),
        unspaced,
    )
}

/// A list of words or phrases, each with a tag the detector chooses (an index into its
/// own table, a kind, a language).
pub(crate) struct Lexicon<T: Copy + 'static> {
    table: Table,
    tags: Vec<T>,
    /// Whether each entry may start or end inside a run of letters (unspaced scripts).
    unspaced: Vec<(bool, bool)>,
}

impl<T: Copy + 'static> Lexicon<T> {
    /// Builds a lexicon of `entries`, each a folded word or phrase and its tag. Longer
    /// entries win over shorter ones starting at the same place; of two equal entries,
    /// the first.
    pub(crate) fn new<'e>(entries: impl IntoIterator<Item = (&'e str, T)>) -> Lexicon<T> {
        let mut words = Vec::new();
        let mut tags = Vec::new();
        for (word, tag) in entries {
            words.push(word);
            tags.push(tag);
        }
        let (table, unspaced) = index(&words);
        Lexicon {
            table,
            tags,
            unspaced,
        }
    }

    /// The longest entry that is a whole word at byte `i` of `text`, as `(index, end)`.
    /// Only entries whose tag `keep` takes count.
    fn whole_at(&self, text: &str, i: usize, keep: &impl Fn(T) -> bool) -> Option<(usize, usize)> {
        let mut starts_word = None;
        self.table.at(text.as_bytes(), i, |index, end| {
            let (first, last) = self.unspaced[index];
            keep(self.tags[index])
                && (first || *starts_word.get_or_insert_with(|| !alnum_before(text, i)))
                && (last || !alnum_after(text, end))
        })
    }

    /// Every whole-word match in `text`, left to right, as `(tag, byte range)`: at each
    /// place the longest, none overlapping another.
    pub(crate) fn find<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (T, Range<usize>)> + 'a {
        // The places a word may start, eight bytes at a time (inside an ASCII word only
        // an entry of an unspaced script could start, and those do not start with
        // ASCII); at each, one bit of the pair set, and only where it is on, the entries.
        let b = text.as_bytes();
        let mut carry = 0u64;
        self.find_at(
            text,
            8,
            move |block| crate::detect::scan::word_start_mask(b, block, &mut carry, false),
            |_| true,
        )
    }

    /// [`Self::find`] in `text[lo..hi]` (ranges in it), where `classes` are the
    /// [`Classes`] of `text`: the places are read from them, sixty-four bytes at a time.
    pub(crate) fn find_in<'a>(
        &'a self,
        text: &'a str,
        lo: usize,
        hi: usize,
        classes: &'a Classes,
    ) -> impl Iterator<Item = (T, Range<usize>)> + 'a {
        self.find_in_where(text, lo, hi, classes, |_| true)
    }

    /// [`Self::find_in`] of only the entries whose tag `keep` takes, as if they were a
    /// lexicon of their own (one table can serve many small word lists).
    pub(crate) fn find_in_where<'a>(
        &'a self,
        text: &'a str,
        lo: usize,
        hi: usize,
        classes: &'a Classes,
        keep: impl Fn(T) -> bool + 'a,
    ) -> impl Iterator<Item = (T, Range<usize>)> + 'a {
        let len = hi - lo;
        let mut carry = 0u64; // whether the byte before the block is an ASCII letter or digit
        self.find_at(
            &text[lo..hi],
            64,
            move |block| {
                let at = lo + block;
                let (alnum, high) = (window(&classes.alnum, at), window(&classes.high, at));
                let lead = window(&classes.lead, at);
                // As `word_start_mask`: a char that is not ASCII, or an ASCII byte after no
                // ASCII letter or digit (of the range: none before its start).
                let starts = lead | !high & !(alnum << 1 | carry);
                carry = alnum >> 63;
                let n = (len - block).min(64);
                // One bit per byte, as the high bit of each byte of a block of eight would be.
                starts & u64::MAX >> (64 - n)
            },
            keep,
        )
    }

    /// The matches of [`Self::find`] at the places `starts(block)` gives for the `step`
    /// bytes from `block` on: a mask of one bit per byte when `step` is 64, of the high
    /// bit of each byte when it is 8.
    fn find_at<'a>(
        &'a self,
        text: &'a str,
        step: usize,
        mut starts_at: impl FnMut(usize) -> u64 + 'a,
        keep: impl Fn(T) -> bool + 'a,
    ) -> impl Iterator<Item = (T, Range<usize>)> + 'a {
        let b = text.as_bytes();
        let shift = if step == 8 { 3 } else { 0 };
        let (mut block, mut starts) = (0, 0u64);
        let mut done = 0; // matches may not start before this
        std::iter::from_fn(move || loop {
            while starts != 0 {
                let i = block - step + (starts.trailing_zeros() >> shift) as usize;
                starts &= starts - 1;
                if i >= done && self.table.may_start(b, i) {
                    if let Some((index, end)) = self.whole_at(text, i, &keep) {
                        done = end;
                        return Some((self.tags[index], i..end));
                    }
                }
            }
            if block >= b.len() {
                return None;
            }
            starts = starts_at(block);
            block += step;
        })
    }

    /// Whether `text` holds any entry as a whole word.
    pub(crate) fn any(&self, text: &str) -> bool {
        self.find(text).next().is_some()
    }

    /// Whether an entry ends within `before` bytes before `at` or starts within `after`
    /// bytes after `end` (a word "next to" the range `at..end`).
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
}

/// The nearest char boundary at or before `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i`.
pub(crate) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        let lex = Lexicon::new([("konto", 1u8), ("account", 2), ("my password is", 3)]);
        let found: Vec<_> = lex.find("skonto, konto: my password is x").collect();
        assert_eq!(found, vec![(1, 8..13), (3, 15..29)]);
        assert!(!lex.any("accounting"));
        assert!(lex.any("account."));
    }

    #[test]
    fn unspaced_scripts_need_no_boundary() {
        let lex = Lexicon::new([("电话", ()), ("번호", ())]);
        assert!(lex.any("我的电话是"));
        assert!(lex.any("전화번호는"));
    }

    #[test]
    fn near_looks_on_both_sides_within_the_window() {
        let text = "my account: 12345678 thanks";
        let lex = Lexicon::new([("account", ()), ("thanks", ())]);
        assert!(lex.near(text, 12, 20, 12, 0));
        assert!(!lex.near(text, 12, 20, 3, 0));
        assert!(lex.near(text, 12, 20, 0, 8));
        // A window edge inside a multi-byte char is moved to a boundary.
        let text = "счёт 12345678";
        let lex = Lexicon::new([("счёт", ())]);
        assert!(lex.near(text, 9, 17, 8, 0));
    }

    #[test]
    fn longest_whole_word_wins_and_single_bytes_count() {
        let lex = Lexicon::new([("a", 1u8), ("a/c", 2), ("acc", 3), ("#", 4), ("ac", 5)]);
        let found: Vec<_> = lex.find("a/c acct ac # x# #1").collect();
        // "acct" holds "acc" and "ac" but neither as a whole word; nor is "#" in "x#", "#1".
        assert_eq!(found, vec![(2, 0..3), (5, 9..11), (4, 12..13)]);
        let m = Matcher::new(["@", " at ", "[at]", "at"]);
        let found: Vec<_> = m.find_iter("a@b at c[at]d cat").collect();
        assert_eq!(found, vec![(0, 1..2), (1, 3..7), (2, 8..12), (3, 15..17)]);
    }

    /// The definition, written the slow way: at every char start, the longest entry
    /// (the first given of equal ones) that is a whole word; then on after it.
    fn reference(words: &[&str], text: &str) -> Vec<(usize, Range<usize>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let best = words
                .iter()
                .enumerate()
                .filter(|(_, w)| text[i..].starts_with(**w))
                .filter(|(_, w)| {
                    let first = w.chars().next().is_some_and(is_unspaced_script);
                    let last = w.chars().next_back().is_some_and(is_unspaced_script);
                    (first || !alnum_before(text, i)) && (last || !alnum_after(text, i + w.len()))
                })
                .min_by_key(|(k, w)| (std::cmp::Reverse(w.len()), *k));
            match best {
                Some((k, w)) => {
                    out.push((k, i..i + w.len()));
                    i += w.len();
                }
                None => i += text[i..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    #[test]
    fn lexicon_equals_the_reference() {
        let words = [
            "ab", "abc", "b", "ab cd", "cd", "é", "éa", "电话", "电", "话号", "c-d", "#", "a b",
            "ab",
        ];
        let pieces = [
            "a", "b", "c", "d", " ", "-", "é", "电", "话", "号", "#", "1", "x", "ж",
        ];
        let lex = Lexicon::new(words.iter().enumerate().map(|(k, w)| (*w, k)));
        for text in crate::test_texts::random_texts(&pieces, 30_000, 24, 0x2545_f491_4f6c_dd1d) {
            let got: Vec<_> = lex.find(&text).collect();
            assert_eq!(got, reference(&words, &text), "{text:?}");
        }
    }

    #[test]
    fn find_in_equals_find_on_the_range() {
        let pieces = [
            "ab", "c", "d", " ", "-", "é", "电话", "号", "#", "1", "x", "ж", "ab cd ", "c-d",
        ];
        let lex = Lexicon::new([
            ("ab", 1),
            ("cd", 2),
            ("c-d", 3),
            ("电话", 4),
            ("#", 5),
            ("é", 6),
        ]);
        for text in crate::test_texts::random_texts(&pieces, 2000, 60, 9) {
            let classes = crate::detect::scan::classes(text.as_bytes());
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (n, &lo) in bounds.iter().enumerate().step_by(7) {
                for &hi in bounds[n..].iter().step_by(11) {
                    let got: Vec<_> = lex.find_in(&text, lo, hi, &classes).collect();
                    let want: Vec<_> = lex.find(&text[lo..hi]).collect();
                    assert_eq!(got, want, "{text:?} {lo}..{hi}");
                }
            }
        }
    }
}
