//! Several detectors' phrase lists found in ONE cheap pass over the text.
//!
//! A [`PhraseSet`] holds the phrase lists of several detectors (hundreds of phrases in
//! many scripts) and finds them where a phrase can start: at a letter or digit that does
//! not continue an ASCII word, or at the first byte of a char that is not ASCII, except
//! a char of two bytes right after an ASCII letter or digit or a Cyrillic letter, and
//! the scripts from Bengali to Malayalam, where no phrase starts (the places read
//! sixty-four bytes at a time from the check's byte classes, with no branch per byte).
//! There bit sets of 8 KB are read: the first two bytes of every phrase, and where
//! that bit is on, the first two bytes of every phrase shorter than four bytes (a
//! phrase of one ASCII letter: that letter and any byte that is not a letter or digit)
//! and the hashed first four bytes of every longer one. Only where one of those passes
//! are the phrases that start there looked up, in tables built in one pass over the
//! lists with no automaton and no sort: the short phrases by their first two bytes, the
//! others by their first four (shorter than eight) or eight, each key in a small hash
//! table pointing at the few phrases that begin so. Every phrase that starts at a place
//! is collected (overlapping ones included, so one list's phrase never hides another's),
//! and each list gets the matches a lexicon of its own would find: whole words,
//! leftmost, longest, not overlapping each other.
//!
//! Before, the same places fed an anchored walk of an aho-corasick automaton, whose
//! build was most of what making a filter cost (about 1 ms natively for these lists;
//! this set builds in about 0.02 ms), and the search tried about twice as many places.

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use crate::detect::scan::{classes, load8, Classes};
use std::ops::Range;

/// Bits in each of the two start filters.
const BITS: usize = 1 << 16;

/// A bit set over 2^16 keys.
type Bits = Box<[u64; BITS / 64]>;

/// One phrase: where its bytes are in [`PhraseSet::bytes`], its list, its index in that
/// list, and whether it may start or end inside a run of letters (unspaced scripts).
#[derive(Clone, Copy)]
struct Entry {
    at: u32,
    len: u16,
    list: u8,
    /// Bit 0: starts with a char of an unspaced script; bit 1: ends with one.
    unspaced: u8,
    index: u32,
}

/// A placeholder entry.
const EMPTY: Entry = Entry {
    at: 0,
    len: 0,
    list: 0,
    unspaced: 0,
    index: 0,
};

/// Keys (a phrase's first two, four or eight bytes) to the run of entries that begin so.
struct Table {
    /// Open addressing: a bucket's index plus one, 0 for an empty slot.
    slots: Vec<u16>,
    /// Each bucket's key and its entries' range.
    buckets: Vec<(u64, u16, u16)>,
}

impl Table {
    /// An empty table with room for `n` keys.
    fn with_room(n: usize) -> Table {
        Table {
            slots: vec![0; (n * 2).next_power_of_two().max(2)],
            buckets: Vec::new(),
        }
    }

    /// The bucket of `key`, made empty if it is new.
    fn bucket(&mut self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut h = slot(key, self.slots.len());
        while self.slots[h] != 0 {
            let n = usize::from(self.slots[h]) - 1;
            if self.buckets[n].0 == key {
                return n;
            }
            h = (h + 1) & mask;
        }
        self.buckets.push((key, 0, 0));
        self.slots[h] = self.buckets.len() as u16;
        self.buckets.len() - 1
    }

    /// The range of entries whose key is `key`.
    #[inline]
    fn get(&self, key: u64) -> Range<usize> {
        let mask = self.slots.len() - 1;
        let mut h = slot(key, self.slots.len());
        loop {
            let s = self.slots[h];
            if s == 0 {
                return 0..0;
            }
            let (k, start, end) = self.buckets[usize::from(s) - 1];
            if k == key {
                return usize::from(start)..usize::from(end);
            }
            h = (h + 1) & mask;
        }
    }
}

/// The slot of `key` in a table of `size` (a power of two) slots.
#[inline(always)]
fn slot(key: u64, size: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (size - 1)
}

/// The phrase lists of several detectors, searched together.
pub(crate) struct PhraseSet {
    /// Every phrase's bytes, one after the other.
    bytes: Vec<u8>,
    /// The phrases, grouped by key: those shorter than four bytes by their first two
    /// bytes (a phrase of one byte by that byte), those shorter than eight by their first
    /// four, the rest by their first eight.
    entries: Vec<Entry>,
    /// The groups of each kind.
    short: Table,
    mid: Table,
    long: Table,
    lists: usize,
    /// The first two bytes of every phrase shorter than four bytes (a phrase of one ASCII
    /// letter: that letter and any byte that is not a letter or digit), as a bit set over
    /// 2^16 byte pairs, the first byte in the low bits.
    pairs: Bits,
    /// The first four bytes of every longer phrase, hashed to 16 bits, as a bit set.
    quads: Bits,
    /// The first two bytes of every phrase ([`Self::pairs`] with those of the longer
    /// ones): read first at every place, the other two sets only where it is on.
    firsts: Bits,
}

/// The key of a phrase of one byte: that byte and this bit (no key of two bytes has it).
const ONE_BYTE: u64 = 1 << 32;

/// The bit of four bytes read as a little-endian word.
#[inline(always)]
fn quad(w: u32) -> usize {
    (w.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Whether bit `k` (below 2^16) of `set` is on, as 0 or 1.
#[inline(always)]
fn bit(set: &[u64; BITS / 64], k: usize) -> u64 {
    set[(k >> 6) & (BITS / 64 - 1)] >> (k & 63) & 1
}

/// Turns bit `k` of `set` on.
fn set_bit(set: &mut [u64; BITS / 64], k: usize) {
    set[k / 64] |= 1 << (k % 64);
}

/// The first `n` (at most eight) bytes of `b` as a little-endian word.
fn prefix(b: &[u8], n: usize) -> u64 {
    let mut q = [0u8; 8];
    q[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(q)
}

impl PhraseSet {
    /// Builds the set of `lists`, each a list of folded words or phrases.
    pub(crate) fn new(lists: &[Vec<&str>]) -> PhraseSet {
        let mut bytes = Vec::new();
        let total: usize = lists.iter().map(Vec::len).sum();
        assert!(total < usize::from(u16::MAX), "too many phrases");
        // The tables of short phrases, of phrases by four bytes and by eight.
        let mut tables = [0, 1, 2].map(|_| Table::with_room(total));
        // Each entry with its table and bucket; each bucket counts its entries.
        let mut placed = Vec::with_capacity(total);
        let mut pairs = Box::new([0u64; BITS / 64]);
        let mut quads = Box::new([0u64; BITS / 64]);
        let mut firsts = Box::new([0u64; BITS / 64]);
        for (l, list) in lists.iter().enumerate() {
            // (Each phrase by a function of its own in the wasm: see `detect::each`.)
            crate::detect::each(list.len(), &mut |i| {
                let word = list[i];
                let b = word.as_bytes();
                // (Checked by the tests, which build every list natively: the lists are
                // the crate's own, and the checks were work and code at every filter.)
                debug_assert!(
                    !b.is_empty() && (b[0] >= 0x80 || matches!(b[0], b'0'..=b'9' | b'a'..=b'z')),
                    "a phrase starts with a lower-case letter or digit"
                );
                debug_assert!(
                    !word
                        .chars()
                        .next()
                        .is_some_and(|c| ('\u{0980}'..='\u{0D7F}').contains(&c)),
                    "find skips the chars of U+0980..U+0D7F: no phrase may start with one"
                );
                let first = word.chars().next().is_some_and(is_unspaced_script);
                let last = word.chars().next_back().is_some_and(is_unspaced_script);
                let pair = |x: u8, y: u8| usize::from(x) | usize::from(y) << 8;
                let (group, key) = match b.len() {
                    1 => {
                        for c in (0..=255u8).filter(|c| !c.is_ascii_alphanumeric()) {
                            set_bit(&mut pairs, pair(b[0], c));
                        }
                        (0, ONE_BYTE | u64::from(b[0]))
                    }
                    2 | 3 => {
                        set_bit(&mut pairs, pair(b[0], b[1]));
                        (0, prefix(b, 2))
                    }
                    n => {
                        set_bit(&mut quads, quad(prefix(b, 4) as u32));
                        set_bit(&mut firsts, pair(b[0], b[1]));
                        if n < 8 {
                            (1, prefix(b, 4))
                        } else {
                            (2, prefix(b, 8))
                        }
                    }
                };
                let entry = Entry {
                    at: bytes.len() as u32,
                    len: u16::try_from(b.len()).expect("a short phrase"),
                    list: l as u8,
                    unspaced: u8::from(first) | u8::from(last) << 1,
                    index: i as u32,
                };
                bytes.extend_from_slice(b);
                let n = tables[group].bucket(key);
                tables[group].buckets[n].2 += 1;
                placed.push((group, n, entry));
            });
        }
        // Each bucket's entries one after the other, in the order of the lists.
        let mut start = 0;
        for bucket in tables.iter_mut().flat_map(|t| &mut t.buckets) {
            let count = bucket.2;
            (bucket.1, bucket.2) = (start, start);
            start += count;
        }
        let mut entries = vec![EMPTY; total];
        for (group, n, entry) in placed {
            let end = &mut tables[group].buckets[n].2;
            entries[usize::from(*end)] = entry;
            *end += 1;
        }
        let [short, mid, long] = tables;
        for (f, p) in firsts.iter_mut().zip(pairs.iter()) {
            *f |= p;
        }
        PhraseSet {
            bytes,
            entries,
            short,
            mid,
            long,
            lists: lists.len(),
            pairs,
            quads,
            firsts,
        }
    }

    /// For each list, its whole-word matches in `text` as `(index in the list, range)`:
    /// left to right, the longest at each start, none overlapping another of its list.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<(u32, Range<usize>)>> {
        self.find_in(text, &classes(text.as_bytes()))
    }

    /// [`Self::find`], given the [`Classes`] of `text` (those of the folded view are made
    /// once per check).
    pub(crate) fn find_in(&self, text: &str, classes: &Classes) -> Vec<Vec<(u32, Range<usize>)>> {
        let mut found: Vec<Vec<(u32, Range<usize>)>> = vec![Vec::new(); self.lists];
        let b = text.as_bytes();
        // Sixty-four bytes at a time, the places where a phrase may start: an ASCII letter
        // or digit that follows none (the folded view has no capitals, and a phrase starts
        // with none, so a capital is neither a start nor, for the filter, the letter
        // before one: matches_at sees it is), or the first byte of a char that is not
        // ASCII. Only there are the bit sets read, and only where they pass are phrases
        // looked up.
        let mut carry = 0u64; // whether the byte before the block is an ASCII letter or digit
        for (j, (&alnum, &lead)) in classes.alnum.iter().zip(&classes.lead).enumerate() {
            let after_alnum = alnum << 1 | carry;
            carry = alnum >> 63;
            let mut starts = alnum & !after_alnum | lead;
            while starts != 0 {
                let k = starts.trailing_zeros();
                starts &= starts - 1;
                let i = j * 64 + k as usize;
                let c = b[i];
                if (0xC0..=0xE0).contains(&c) && !self.may_start_wide(b, i, after_alnum >> k & 1) {
                    continue;
                }
                let w = load8(b, i);
                if bit(&self.firsts, (w & 0xFFFF) as usize) != 0
                    && (bit(&self.quads, quad(w as u32)) | bit(&self.pairs, (w & 0xFFFF) as usize))
                        != 0
                {
                    self.matches_at(text, i, w, &mut found);
                }
            }
        }
        leftmost_longest(&mut found);
        found
    }

    /// Whether a phrase may start at the char of two bytes, or of three with lead byte
    /// 0xE0, at byte `i` of `b` (`after_alnum`: 1 when an ASCII letter or digit is
    /// before it). A char of two bytes (no unspaced script has one) starts a phrase only
    /// after a char that is not a letter or digit: not after an ASCII one, nor after a
    /// Cyrillic one (lead byte 0xD0 or 0xD1, all letters). No phrase starts in the
    /// scripts from Bengali to Malayalam (0xE0 0xA6..=0xB5).
    #[inline(always)]
    fn may_start_wide(&self, b: &[u8], i: usize, after_alnum: u64) -> bool {
        if b[i] == 0xE0 {
            return !b.get(i + 1).is_some_and(|c| (0xA6..=0xB5).contains(c));
        }
        after_alnum == 0 && !(i >= 2 && b[i - 2] & 0xFE == 0xD0)
    }

    /// Adds to `found` the whole-word phrases that start at byte `i` of `text`, whose
    /// first eight bytes are `w` (zeros past the end).
    #[inline(never)]
    fn matches_at(&self, text: &str, i: usize, w: u64, found: &mut [Vec<(u32, Range<usize>)>]) {
        let b = text.as_bytes();
        let c = b[i];
        // Only where a char starts, a letter or digit, not inside an ASCII word.
        if (c & 0xC0 == 0x80)
            || (c < 0x80
                && (!c.is_ascii_alphanumeric() || (i > 0 && b[i - 1].is_ascii_alphanumeric())))
        {
            return;
        }
        let mut ranges = [0..0, 0..0, 0..0, 0..0];
        if bit(&self.pairs, (w & 0xFFFF) as usize) != 0 {
            ranges[0] = self.short.get(w & 0xFFFF);
            ranges[1] = self.short.get(ONE_BYTE | (w & 0xFF));
        }
        if bit(&self.quads, quad(w as u32)) != 0 {
            ranges[2] = self.mid.get(w & 0xFFFF_FFFF);
            ranges[3] = self.long.get(w);
        }
        let rest = &b[i..];
        let mut before = None;
        for e in ranges.into_iter().flat_map(|r| &self.entries[r]) {
            let (at, len) = (e.at as usize, usize::from(e.len));
            if !rest.starts_with(&self.bytes[at..at + len]) {
                continue;
            }
            let end = i + len;
            let starts_word =
                e.unspaced & 1 != 0 || *before.get_or_insert_with(|| !alnum_before(text, i));
            if starts_word && (e.unspaced & 2 != 0 || !alnum_after(text, end)) {
                found[usize::from(e.list)].push((e.index, i..end));
            }
        }
    }
}

#[cfg(test)]
impl PhraseSet {
    /// [`PhraseSet::find`] done naively: what the filters and tables must never change.
    pub(crate) fn find_everywhere(&self, text: &str) -> Vec<Vec<(u32, Range<usize>)>> {
        let mut found = vec![Vec::new(); self.lists];
        let b = text.as_bytes();
        for i in 0..text.len() {
            let c = b[i];
            if (c & 0xC0 == 0x80)
                || (c < 0x80
                    && (!c.is_ascii_alphanumeric() || (i > 0 && b[i - 1].is_ascii_alphanumeric())))
            {
                continue;
            }
            // Every phrase tried, with neither the bit sets nor the tables.
            for e in &self.entries {
                let (at, len) = (e.at as usize, usize::from(e.len));
                if !b[i..].starts_with(&self.bytes[at..at + len]) {
                    continue;
                }
                let end = i + len;
                if (e.unspaced & 1 != 0 || !alnum_before(text, i))
                    && (e.unspaced & 2 != 0 || !alnum_after(text, end))
                {
                    found[usize::from(e.list)].push((e.index, i..end));
                }
            }
        }
        leftmost_longest(&mut found);
        found
    }
}

/// Keeps in each list what a lexicon search would find: matches come by start, then by
/// end (some twice, some overlapping); the leftmost, longest one wins.
fn leftmost_longest(found: &mut [Vec<(u32, Range<usize>)>]) {
    for list in found {
        crate::sort::sort_by_key(list, |(_, r)| (r.start, std::cmp::Reverse(r.end)));
        let mut end = 0;
        list.retain(|(_, r)| {
            let keep = r.start >= end;
            if keep {
                end = r.end;
            }
            keep
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::Lexicon;

    #[test]
    fn filters_lose_no_phrase() {
        let lists = [
            vec![
                "x",
                "ig",
                "pin",
                "pass",
                "password",
                "pin code",
                "тг",
                "密码",
                "my password is",
                "wa",
            ],
            vec!["your number", "x-ray", "is", "kodu", "ab"],
        ];
        let set = PhraseSet::new(&lists);
        let alphabet = [
            "x",
            "i",
            "g",
            "ig",
            "pin",
            "pass",
            "тг",
            "密码",
            "码",
            " ",
            ".",
            "my password is",
            "your number",
            "x-ray",
            "is",
            "kodu",
            "a",
            "b",
            "password",
            "code",
            "wa",
            "😀",
            "é",
            "\n",
            "w",
        ];
        for text in crate::test_texts::random_texts(&alphabet, 4000, 9, 7) {
            assert_eq!(set.find(&text), set.find_everywhere(&text), "{text:?}");
        }
    }

    #[test]
    fn each_list_gets_what_its_own_lexicon_finds() {
        let a = [
            "my password is",
            "password",
            "密码",
            "пароль",
            "x",
            "2fa code",
            "this is",
        ];
        let b = ["your password", "x-ray", "is"];
        let set = PhraseSet::new(&[a.to_vec(), b.to_vec()]);
        let lex_a = Lexicon::new(a.iter().enumerate().map(|(i, w)| (*w, i as u32)));
        let lex_b = Lexicon::new(b.iter().enumerate().map(|(i, w)| (*w, i as u32)));
        for text in [
            "so my password is: x",
            "我的密码是abc, пароль123 пароль",
            "x-ray, x. box 2fa code",
            "passwords password, your password is x",
            "",
            "x",
            "this",
        ] {
            let found = set.find(text);
            assert_eq!(found[0], lex_a.find(text).collect::<Vec<_>>(), "{text}");
            assert_eq!(found[1], lex_b.find(text).collect::<Vec<_>>(), "{text}");
        }
    }
}
