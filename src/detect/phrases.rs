//! Several detectors' phrase lists found in ONE cheap pass over the text.
//!
//! A [`Lexicon`](crate::detect::lexicon::Lexicon) of hundreds of phrases in many scripts
//! compiles to an automaton with no useful prefilter: every byte of every message walks
//! it, about 5 ms per MB on the development machine whatever the number of phrases, and
//! three such lists one after the other cost three times that. A [`PhraseSet`] holds the
//! lists of several detectors in one automaton and walks it only where a phrase can
//! start: at a letter or digit that does not continue an ASCII word (found eight bytes at
//! a time, with no branch per byte), whose first two bytes (phrases shorter than four
//! bytes) or hashed first four bytes (longer phrases) begin some phrase, two bit sets of
//! 8 KB. There it walks the automaton anchored, byte by byte, collecting every phrase
//! that starts at that place (overlapping ones included, so one list's phrase never
//! hides another's), and hands each list the matches a lexicon of its own would have
//! found: whole words, leftmost, longest, not overlapping each other.
//!
//! Measured on the benchmark's chat lines (release build, development machine): three
//! lexicons 17 ms per MB, one shared unanchored pass 6.4, a test of every byte 3.5, this
//! (the places found eight bytes at a time) about 2. (A DFA is faster but
//! takes 6.8 MB for these lists; a first-word hash scan in Rust was slower than the
//! automaton on mixed-script text.)

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use std::ops::Range;

/// Bits in each of the two start filters.
const BITS: usize = 1 << 16;

/// A bit set over 2^16 keys.
type Bits = Box<[u64; BITS / 64]>;

/// The phrase lists of several detectors, searched together.
pub(crate) struct PhraseSet {
    /// Built directly, like [`Matcher`](crate::detect::lexicon::Matcher), so the wasm keeps
    /// one automaton kind.
    automaton: NFA,
    /// For each pattern: its list, its index in that list and its length in bytes.
    ids: Vec<(u8, u32, u32)>,
    /// Whether each pattern may start or end inside a run of letters (unspaced scripts).
    unspaced: Vec<(bool, bool)>,
    lists: usize,
    /// The first two bytes of every phrase shorter than four bytes (a phrase of one ASCII
    /// letter: that letter and any byte that is not a letter or digit), as a bit set over
    /// 2^16 byte pairs, the first byte in the low bits.
    pairs: Bits,
    /// The first four bytes of every longer phrase, hashed to 16 bits, as a bit set.
    quads: Bits,
}

/// The bit of four bytes read as a little-endian word.
#[inline(always)]
fn quad(w: u32) -> usize {
    (w.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The four bytes from `i`, as a little-endian word, zero past the end.
fn padded(b: &[u8], i: usize) -> u32 {
    let mut q = [0u8; 4];
    for (d, s) in q.iter_mut().zip(b.get(i..).unwrap_or_default()) {
        *d = *s;
    }
    u32::from_le_bytes(q)
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

impl PhraseSet {
    /// Builds the set of `lists`, each a list of folded words or phrases.
    pub(crate) fn new(lists: &[Vec<&str>]) -> PhraseSet {
        let mut words = Vec::new();
        let mut ids = Vec::new();
        let mut unspaced = Vec::new();
        for (l, list) in lists.iter().enumerate() {
            for (i, word) in list.iter().enumerate() {
                debug_assert!(!word.is_empty(), "empty phrase");
                let first = word.chars().next().is_some_and(is_unspaced_script);
                let last = word.chars().next_back().is_some_and(is_unspaced_script);
                words.push(*word);
                ids.push((l as u8, i as u32, word.len() as u32));
                unspaced.push((first, last));
            }
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .dense_depth(crate::detect::lexicon::DENSE)
            .build(&words)
            .expect("phrases are plain strings");
        let mut pairs = Box::new([0u64; BITS / 64]);
        let mut quads = Box::new([0u64; BITS / 64]);
        for w in &words {
            let b = w.as_bytes();
            assert!(
                b[0] >= 0x80 || b[0].is_ascii_alphanumeric(),
                "a phrase starts with a letter or digit: {w:?}"
            );
            let pair = |x: u8, y: u8| usize::from(x) | usize::from(y) << 8;
            match b.len() {
                1 => (0..=255u8)
                    .filter(|c| !c.is_ascii_alphanumeric())
                    .for_each(|c| set_bit(&mut pairs, pair(b[0], c))),
                2 | 3 => set_bit(&mut pairs, pair(b[0], b[1])),
                _ => set_bit(&mut quads, quad(padded(b, 0))),
            }
        }
        PhraseSet {
            automaton,
            ids,
            unspaced,
            lists: lists.len(),
            pairs,
            quads,
        }
    }

    /// Whether a phrase may start with the four bytes `w` (little-endian).
    #[inline(always)]
    fn may_start(&self, w: u32) -> bool {
        (bit(&self.quads, quad(w)) | bit(&self.pairs, (w & 0xFFFF) as usize)) != 0
    }

    /// For each list, its whole-word matches in `text` as `(index in the list, range)`:
    /// left to right, the longest at each start, none overlapping another of its list.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<(u32, Range<usize>)>> {
        let mut found: Vec<Vec<(u32, Range<usize>)>> = vec![Vec::new(); self.lists];
        let b = text.as_bytes();
        // Eight bytes at a time, the places where a phrase may start: a char that is not
        // ASCII (its first byte), or an ASCII letter or digit that follows none. Only
        // there are the two bit sets read, and only where they pass is the automaton run.
        const LOW: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        // Lanes of `x` (ASCII bytes with the top bit clear) from `lo` to `hi`: top bits.
        let range = |x: u64, lo: u8, hi: u8| {
            let ge = (x | HIGH).wrapping_sub(LOW * u64::from(lo)) & HIGH;
            let gt = (x | HIGH).wrapping_sub(LOW * (u64::from(hi) + 1)) & HIGH;
            ge & !gt
        };
        let mut carry = 0u64; // whether the byte before the block is an ASCII letter or digit
        let mut at = 0;
        for block in b.chunks(8) {
            let v = crate::detect::scan::load8(b, at);
            let ascii = !v & HIGH;
            let x = v & !HIGH;
            let alnum =
                ascii & (range(x, b'0', b'9') | range(x, b'a', b'z') | range(x, b'A', b'Z'));
            let lead = v & (v << 1) & HIGH;
            let after_alnum = alnum << 8 | carry;
            let mut starts = (lead | (alnum & !after_alnum)) & (u64::MAX >> (64 - 8 * block.len()));
            carry = alnum >> 56;
            while starts != 0 {
                let i = at + (starts.trailing_zeros() / 8) as usize;
                starts &= starts - 1;
                let w = match b.get(i..i + 4) {
                    Some(&[w, x, y, z]) => u32::from_le_bytes([w, x, y, z]),
                    _ => padded(b, i),
                };
                if self.may_start(w) {
                    self.matches_at(text, i, &mut found);
                }
            }
            at += block.len();
        }
        leftmost_longest(&mut found);
        found
    }

    /// Adds to `found` the whole-word phrases that start at byte `i` of `text`.
    #[inline(never)]
    fn matches_at(&self, text: &str, i: usize, found: &mut [Vec<(u32, Range<usize>)>]) {
        let b = text.as_bytes();
        let c = b[i];
        // Only where a char starts, a letter or digit, not inside an ASCII word.
        if (c & 0xC0 == 0x80)
            || (c < 0x80
                && (!c.is_ascii_alphanumeric() || (i > 0 && b[i - 1].is_ascii_alphanumeric())))
        {
            return;
        }
        let aut = &self.automaton;
        let Ok(mut sid) = aut.start_state(Anchored::Yes) else {
            return; // cannot happen: a contiguous NFA has an anchored start
        };
        let mut before = None;
        for (j, &byte) in b.iter().enumerate().skip(i) {
            sid = aut.next_state(Anchored::Yes, sid, byte);
            if !aut.is_special(sid) {
                continue;
            }
            if aut.is_dead(sid) {
                break;
            }
            let end = j + 1;
            for k in 0..aut.match_len(sid) {
                let id = aut.match_pattern(sid, k).as_usize();
                let (list, index, len) = self.ids[id];
                // A state also holds the phrases that end its path but start later:
                // those are found from their own start.
                if len as usize != end - i {
                    continue;
                }
                let (first, last) = self.unspaced[id];
                let starts_word = first || *before.get_or_insert_with(|| !alnum_before(text, i));
                if starts_word && (last || !alnum_after(text, end)) {
                    found[list as usize].push((index, i..end));
                }
            }
        }
    }
}

#[cfg(test)]
impl PhraseSet {
    /// [`PhraseSet::find`] with every start tried: what the filters must never change.
    pub(crate) fn find_everywhere(&self, text: &str) -> Vec<Vec<(u32, Range<usize>)>> {
        let mut found = vec![Vec::new(); self.lists];
        for i in 0..text.len() {
            self.matches_at(text, i, &mut found);
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
        let mut seed = 7u64;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
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
