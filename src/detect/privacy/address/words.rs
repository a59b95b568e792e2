//! The word scan of `privacy.address`: its word table found at word starts, and the
//! byte-level character classes that make visiting every word of a long text cheap.
//!
//! The detector wakes only where a word of its table starts, but to know where words
//! start the scan must look at every byte. It does so on bytes: ASCII letters and digits
//! by a table, other characters by their UTF-8 lead byte (and, for the few lead bytes
//! whose characters include punctuation, one or two continuation bytes), never by
//! decoding a `char` or a Unicode property lookup. A word is read to its end only when
//! a bit set of the entries' first three bytes (two for the shortest) holds its own,
//! and looked up only when a 32,768-bit filter over its first eight bytes, length and
//! last byte lets it through
//! (the words of the table's phrases, "i", "my", "je", "я", and few others); only then
//! are the first words in the filter bit's bucket compared with it. No hash map and no
//! sort: the constructor places the entries by bucket.

use super::mask;
use crate::detect::chars::{alnum_after, is_unspaced_script};
use crate::detect::scan::Classes;
use std::ops::Range;

/// The longest entry of the address word table, in bytes (checked when it is loaded).
pub(super) const MAX_ENTRY: usize = 64;

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

/// [`word_char`](super::mask::word_char) of the character that starts at byte `i` of
/// `b` (a char boundary), and its length.
#[inline]
fn word_char_at(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        return (ALNUM[usize::from(c)], 1);
    }
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    (mask::wide_word(c, at(1), at(2)), mask::wide_len(c))
}
/// The end of the run of word characters that starts at byte `j` of `b`.
fn run_end(b: &[u8], mut j: usize) -> usize {
    while j < b.len() {
        let (w, n) = word_char_at(b, j);
        if !w {
            break;
        }
        j += n;
    }
    j
}

/// The character at byte `i` of `b` (a char boundary of UTF-8) is in a script written
/// without spaces.
#[inline(always)]
fn unspaced_at(b: &[u8], i: usize) -> bool {
    // Every such script is past U+0E00: three or four bytes.
    let lead = b[i];
    if lead < 0xE0 {
        return false;
    }
    let at = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0) & 0x3F);
    let c = if lead < 0xF0 {
        u32::from(lead & 0x0F) << 12 | at(1) << 6 | at(2)
    } else {
        u32::from(lead & 0x07) << 18 | at(1) << 12 | at(2) << 6 | at(3)
    };
    unspaced_code(c)
}

/// [`is_unspaced_script`] of a code point, inlined (it runs at every word start of
/// those scripts).
#[inline(always)]
fn unspaced_code(c: u32) -> bool {
    matches!(c,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1100..=0x11FF | 0x1780..=0x17FF
        | 0x3040..=0x30FF | 0x3130..=0x318F | 0x31F0..=0x31FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F
        | 0x20000..=0x3FFFF)
}

/// The first 8 bytes of `b` as a little-endian number, zeros past its end.
#[inline]
fn head8(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

/// Bits of the word filter: 2^15.
const FILTER_BITS: u32 = 15;

/// The filter's bit for a word of `len` bytes starting `b0 b1` and ending `last`.
#[inline]
fn filter_bit(len: usize, b0: u8, b1: u8, last: u8) -> usize {
    let key = (len as u32) << 24 | u32::from(b0) << 16 | u32::from(b1) << 8 | u32::from(last);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize
}

/// Buckets of the groups: the low bits of a first word's filter bit.
const BUCKET_BITS: u32 = 10;

/// The filter bit of a first word: of its first eight bytes (all of it when shorter),
/// its length and its last byte. Eight bytes tell apart words of scripts whose first
/// two bytes are the same for most words (Bengali, Devanagari, Hebrew).
#[inline]
fn word_bit(w: &[u8]) -> usize {
    mix(head8(w), w.len(), w[w.len() - 1])
}

/// [`word_bit`] of the word `b[i..end]`.
#[inline(always)]
fn word_bit_at(b: &[u8], i: usize, end: usize) -> usize {
    let head = match b.get(i..i + 8) {
        Some(h) => u64::from_le_bytes(h.try_into().expect("eight bytes")),
        None => head8(&b[i..]),
    };
    mix(head, end - i, b[end - 1])
}

#[inline(always)]
fn mix(head: u64, len: usize, last: u8) -> usize {
    let h = if len >= 8 {
        head
    } else {
        head & ((1u64 << (8 * len)) - 1)
    };
    let k = h ^ ((len as u64) << 8 | u64::from(last)).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// The entries that start with one word.
#[derive(Clone, Copy)]
struct Group {
    /// The word.
    word: &'static str,
    /// Their indices in `Words::by_length`, longest first.
    at: u32,
    len: u32,
    /// The entry that is this one word, if any.
    single: Option<u32>,
    /// Some shorter entry of one word is a prefix of this word ("adres" of "adresse").
    prefixed: bool,
}

/// An entry, with its first 8 bytes as a number to compare in one step.
struct Entry {
    text: &'static str,
    head: u64,
    mask: u64,
}

/// The address words and phrases, found as whole words where a word starts: the text
/// is never searched by an automaton. At a word start the word (the run of word
/// characters there) is looked up among the entries' first words, and the entries that
/// start with it are compared longest first, which is the longest entry found at that
/// place: any other entry matching there would be one word that is a prefix of this
/// word, tried only when none of them matches. In scripts written without spaces an
/// entry is found only at the start of a run of letters, and may end inside it.
pub(super) struct Words<T: Copy> {
    entries: Vec<Entry>,
    tags: Vec<T>,
    unspaced_end: Vec<bool>,
    /// Entry indices grouped by first word, each group longest first.
    by_length: Vec<u32>,
    /// The groups by the entries' first word ("i" for "i live at", "h" for "h.no"),
    /// in the order of their buckets (the low bits of the word's filter bit).
    groups: Vec<Group>,
    /// Where each bucket's groups start in `groups` (and end: one more).
    buckets: Vec<u16>,
    /// The entries that start with a letter of a script without spaces, longest first.
    unspaced_start: Vec<u32>,
    /// The word filter: a word whose bit is clear is no entry's first word.
    filter: Vec<u64>,
    /// The first two bytes of every entry shorter than three bytes (of an entry of one
    /// byte, that byte and any other), as a bit set over byte pairs, the first byte in
    /// the low bits, and the first three bytes of every longer one, hashed ([`head3`]):
    /// where neither bit is on no entry starts, and the word there is passed over
    /// without its end being found.
    heads: Vec<u64>,
    heads3: Vec<u64>,
}

/// The bit of the first three bytes of `x` (the low ones) in [`Words::heads3`].
#[inline(always)]
fn head3(x: u64) -> usize {
    ((x as u32 & 0xFF_FFFF).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl<T: Copy> Words<T> {
    pub(super) fn new(entries: Vec<(&'static str, T)>) -> Words<T> {
        assert!(
            entries.iter().all(|(w, _)| w.len() <= MAX_ENTRY),
            "address word too long"
        );
        // Entries grouped by first word with no sort of the whole table: placed by
        // bucket, each bucket (a few entries) ordered by first word and longest first.
        let nb = 1usize << BUCKET_BITS;
        // (The loops over every entry, each turn by a function of its own in the wasm:
        // see `detect::each`.)
        let mut firsts: Vec<&'static str> = Vec::with_capacity(entries.len());
        // The bucket of each entry's first word; `nb` for an entry that starts with no
        // word character, which is never found at a word start.
        let mut bucket_of: Vec<usize> = Vec::with_capacity(entries.len());
        let mut at = vec![0u32; nb + 1];
        crate::detect::each(entries.len(), &mut |id| {
            let w = first_word(entries[id].0);
            firsts.push(w);
            let k = if w.is_empty() {
                nb
            } else {
                word_bit(w.as_bytes()) & (nb - 1)
            };
            bucket_of.push(k);
            if k < nb {
                at[k + 1] += 1;
            }
        });
        for k in 0..nb {
            at[k + 1] += at[k];
        }
        let mut order = vec![0u32; at[nb] as usize];
        let mut fill = at.clone();
        crate::detect::each(entries.len(), &mut |id| {
            let k = bucket_of[id];
            if k < nb {
                order[fill[k] as usize] = id as u32;
                fill[k] += 1;
            }
        });
        let key = |id: u32| {
            (
                firsts[id as usize],
                std::cmp::Reverse(entries[id as usize].0.len()),
            )
        };
        let mut groups: Vec<Group> = Vec::with_capacity(order.len());
        let mut buckets = vec![0u16; nb + 1];
        let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
        let mut singles = vec![0u64; 1 << (FILTER_BITS - 6)];
        // (Each bucket by a function of its own in the wasm: see `detect::each`.)
        crate::detect::each(nb, &mut |k| {
            buckets[k] = groups.len() as u16;
            let (lo, hi) = (at[k] as usize, at[k + 1] as usize);
            let bucket = &mut order[lo..hi];
            for i in 1..bucket.len() {
                let mut j = i;
                while j > 0 && key(bucket[j]) < key(bucket[j - 1]) {
                    bucket.swap(j - 1, j);
                    j -= 1;
                }
            }
            let mut n = lo;
            while n < hi {
                let w = firsts[order[n] as usize];
                let mut g = Group {
                    word: w,
                    at: n as u32,
                    len: 0,
                    single: None,
                    prefixed: false,
                };
                while n < hi && firsts[order[n] as usize] == w {
                    if entries[order[n] as usize].0 == w {
                        g.single = Some(order[n]);
                    }
                    g.len += 1;
                    n += 1;
                }
                let bit = word_bit(w.as_bytes());
                filter[bit >> 6] |= 1 << (bit & 63);
                if g.single.is_some() {
                    let b = w.as_bytes();
                    let bit = filter_bit(b.len(), b[0], 0, b[b.len() - 1]);
                    singles[bit >> 6] |= 1 << (bit & 63);
                }
                groups.push(g);
            }
        });
        assert!(
            groups.len() < usize::from(u16::MAX),
            "too many address words"
        );
        buckets[nb] = groups.len() as u16;
        let mut words = Words {
            entries: Vec::new(),
            tags: Vec::new(),
            unspaced_end: Vec::new(),
            by_length: Vec::new(),
            groups,
            buckets,
            unspaced_start: Vec::new(),
            filter,
            heads: vec![0; 1 << 10],
            heads3: vec![0; 1 << 10],
        };
        crate::detect::each(entries.len(), &mut |id| {
            let pairs = match *entries[id].0.as_bytes() {
                [] => 0..0,
                [b0] => usize::from(b0)..usize::from(b0) + 0x10000,
                [b0, b1] => {
                    let pair = usize::from(b0) | usize::from(b1) << 8;
                    pair..pair + 1
                }
                [b0, b1, b2, ..] => {
                    let bit = head3(u64::from_le_bytes([b0, b1, b2, 0, 0, 0, 0, 0]));
                    words.heads3[bit >> 6] |= 1 << (bit & 63);
                    0..0
                }
            };
            for pair in pairs.step_by(0x100) {
                words.heads[pair >> 6] |= 1 << (pair & 63);
            }
        });
        // A first word that starts with a one-word entry ("adres" of "adresse").
        crate::detect::each(words.groups.len(), &mut |n| {
            let key = words.groups[n].word;
            let b = key.as_bytes();
            words.groups[n].prefixed = key.char_indices().skip(1).any(|(p, _)| {
                let bit = filter_bit(p, b[0], 0, b[p - 1]);
                singles[bit >> 6] >> (bit & 63) & 1 == 1
                    && words.group(&key[..p]).is_some_and(|g| g.single.is_some())
            });
        });
        let mut unspaced_start: Vec<u32> = Vec::new();
        crate::detect::each(entries.len(), &mut |id| {
            if unspaced_at(entries[id].0.as_bytes(), 0) {
                unspaced_start.push(id as u32);
            }
        });
        crate::sort::sort_by_key(&mut unspaced_start, |&id| {
            std::cmp::Reverse(entries[id as usize].0.len())
        });
        // An entry in a script without spaces may end inside a run of letters, and so may
        // its abbreviation ("ถ." in "ถ.สุขุมวิท").
        let n = entries.len();
        (words.unspaced_end, words.tags, words.entries) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        crate::detect::each(n, &mut |id| {
            let (w, tag) = entries[id];
            let text = w.strip_suffix('.').unwrap_or(w);
            words
                .unspaced_end
                .push(text.chars().next_back().is_some_and(is_unspaced_script));
            words.tags.push(tag);
            let n = w.len().min(8);
            words.entries.push(Entry {
                text: w,
                head: head8(w.as_bytes()),
                mask: if n == 8 { u64::MAX } else { (1 << (8 * n)) - 1 },
            });
        });
        words.by_length = order;
        words.unspaced_start = unspaced_start;
        words
    }

    /// The group of first word `w` (not empty).
    fn group(&self, w: &str) -> Option<&Group> {
        self.group_at(w, word_bit(w.as_bytes()))
    }

    /// [`Self::group`], given the word's filter bit.
    fn group_at(&self, w: &str, bit: usize) -> Option<&Group> {
        let k = bit & ((1 << BUCKET_BITS) - 1);
        let (lo, hi) = (self.buckets[k], self.buckets[k + 1]);
        self.groups[usize::from(lo)..usize::from(hi)]
            .iter()
            .find(|g| g.word == w)
    }

    /// The longest of `ids` that `rest` starts with.
    fn longest(&self, ids: &[u32], rest: &[u8]) -> Option<u32> {
        let head = head8(rest);
        ids.iter().copied().find(|&id| {
            let e = &self.entries[id as usize];
            let b = e.text.as_bytes();
            head & e.mask == e.head
                && b.len() <= rest.len()
                && (b.len() <= 8 || rest[8..b.len()] == b[8..])
        })
    }

    /// The longest entry at byte `i` of `t`, where the word `t[i..end]` starts.
    #[inline(always)]
    fn at_word(&self, t: &str, i: usize, end: usize) -> Option<u32> {
        let b = t.as_bytes();
        if unspaced_at(b, i) {
            // A word may run on after the entry ("ถนนมนทอง").
            return self.longest(&self.unspaced_start, &b[i..]);
        }
        let bit = word_bit_at(b, i, end);
        if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 {
            return None;
        }
        self.at_first_word(t, i, end, bit)
    }

    /// [`Self::at_word`] once the word passed the filter.
    #[inline(never)]
    fn at_first_word(&self, t: &str, i: usize, end: usize, bit: usize) -> Option<u32> {
        let rest = &t.as_bytes()[i..];
        let word = &t[i..end];
        let g = self.group_at(word, bit)?;
        let group = &self.by_length[g.at as usize..(g.at + g.len) as usize];
        if let Some(id) = self.longest(group, rest) {
            return Some(id);
        }
        if !g.prefixed {
            return None;
        }
        // One word that is a prefix of this one ("adres" in "adresse" would be, were the
        // rest not letters): rare, and its end is checked by the caller.
        word.char_indices()
            .rev()
            .filter(|&(p, _)| p > 0)
            .find_map(|(p, _)| self.group(&word[..p])?.single)
    }

    /// The entry found where the word `t[i..end]` starts, and its end, if it ends a
    /// word there.
    #[inline]
    fn hit_at(&self, t: &str, i: usize, end: usize) -> Option<(u32, usize)> {
        let id = self.at_word(t, i, end)?;
        let m = i + self.entries[id as usize].text.len();
        (self.unspaced_end[id as usize] || !alnum_after(t, m)).then_some((id, m))
    }

    /// Every whole-word match, left to right, not overlapping: at every start of a run
    /// of word characters, and where a match ends on a word character.
    /// `classes` are those of `t` ([`Classes`]).
    pub(super) fn find(&self, t: &str, classes: &Classes) -> Vec<(T, Range<usize>)> {
        let masks = mask::word_masks(t.as_bytes(), classes);
        let mut out = Vec::new();
        // Where the scan is: nothing before is looked at again.
        let mut i = 0;
        let mut carry = 0;
        for (j, &w) in masks.iter().enumerate() {
            let mut starts = w & !(w << 1 | carry);
            carry = w >> 63;
            while starts != 0 {
                let start = j * 64 + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                if start < i {
                    continue;
                }
                let mut at = start;
                let mut end = 0;
                loop {
                    // No entry starts here: `hit_at` would find none.
                    let x = crate::detect::scan::load8(t.as_bytes(), at);
                    let (pair, bit) = ((x & 0xFFFF) as usize, head3(x));
                    if (self.heads[pair >> 6] >> (pair & 63) | self.heads3[bit >> 6] >> (bit & 63))
                        & 1
                        == 0
                    {
                        break;
                    }
                    // A match that ends inside a run ("ถนน" in "ถนนมนทอง") leaves the
                    // run's end where it was: not searched again (linear on one long run
                    // of such matches).
                    if at >= end {
                        end = mask::run_end(&masks, at);
                    }
                    let Some((id, m)) = self.hit_at(t, at, end) else {
                        i = end;
                        break;
                    };
                    out.push((self.tags[id as usize], at..m));
                    i = m;
                    if !mask::bit(&masks, m) {
                        break;
                    }
                    at = m;
                }
            }
        }
        out
    }
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
            let want = (mask::word_char(c), b.len());
            assert_eq!(word_char_at(b, 0), want, "{c:?} {:X}", c as u32);
        }
    }

    #[test]
    fn unspaced_code_is_is_unspaced_script() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                unspaced_code(c as u32),
                is_unspaced_script(c),
                "{:X}",
                c as u32
            );
        }
    }

    #[test]
    fn heads_lose_no_entry() {
        let entries = vec![
            ("ab", 9),
            ("adres", 1),
            ("adresse", 2),
            ("i live at", 3),
            ("ถนน", 4),
            ("h.no", 5),
            ("n", 6),
            ("通り", 7),
            ("улица", 8),
        ];
        let with = Words::new(entries.clone());
        let mut without = Words::new(entries);
        without.heads.fill(!0);
        without.heads3.fill(!0);
        let pieces = [
            "adres",
            "se",
            "i",
            " live",
            " at",
            "ถนน",
            "มน",
            "h.no",
            "n",
            "通り",
            "通",
            "улица",
            "ул",
            " ",
            ".",
            "5",
            "é",
        ];
        for text in crate::test_texts::random_texts(&pieces, 3000, 12, 5) {
            let classes = crate::detect::scan::classes(text.as_bytes());
            assert_eq!(
                with.find(&text, &classes),
                without.find(&text, &classes),
                "{text:?}"
            );
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
        let tags = |t: &str| w.find(t, &crate::detect::scan::classes(t.as_bytes()));
        assert_eq!(tags("my adresse is"), vec![(2, 3..10)]);
        assert_eq!(tags("adres: x"), vec![(1, 0..5)]);
        assert_eq!(
            tags("so i live in x, i live at y"),
            vec![(4, 3..12), (3, 16..25)]
        );
        assert_eq!(tags("i lived"), vec![]);
        assert_eq!(tags("ถนนมนทอง h.no 5"), vec![(5, 0..9), (6, 25..29)]);
        assert_eq!(tags("adresses"), vec![]);
        // One long run of matches stays linear.
        let long = "ถนน".repeat(1 << 18);
        let t = std::time::Instant::now();
        assert_eq!(tags(&long).len(), 1 << 18);
        assert!(t.elapsed() < std::time::Duration::from_secs(5));
    }
}
