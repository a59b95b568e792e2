//! Several detectors' phrase lists found in ONE cheap pass over the text.
//!
//! A [`Lexicon`](crate::detect::lexicon::Lexicon) of hundreds of phrases in many scripts
//! compiles to an automaton with no useful prefilter: every byte of every message walks
//! it, about 5 ms per MB on the development machine whatever the number of phrases, and
//! three such lists one after the other cost three times that. A [`PhraseSet`] holds the
//! lists of several detectors in one automaton and walks it only where a phrase can
//! start: at a letter or digit that does not continue an ASCII word, whose first two
//! bytes (phrases shorter than four bytes) or hashed first four bytes (longer phrases)
//! begin some phrase, two bit sets of 8 KB. There it runs an anchored search that reports
//! every phrase starting at that place (overlapping ones included, so one list's phrase
//! never hides another's), and hands each list the matches a lexicon of its own would
//! have found: whole words, leftmost, longest, not overlapping each other.
//!
//! Measured on the benchmark's chat lines (release build, development machine): three
//! lexicons 17 ms per MB, one shared unanchored pass 6.4, this 3.5. (A DFA is faster but
//! takes 6.8 MB for these lists; a first-word hash scan in Rust was slower than the
//! automaton on mixed-script text.)

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, Input, MatchKind};
use std::ops::Range;

/// The phrase lists of several detectors, searched together.
pub(crate) struct PhraseSet {
    /// Built directly, like [`Matcher`](crate::detect::lexicon::Matcher), so the wasm keeps
    /// one automaton kind.
    automaton: NFA,
    /// For each pattern: its list and its index in that list.
    ids: Vec<(u8, u32)>,
    /// Whether each pattern may start or end inside a run of letters (unspaced scripts).
    unspaced: Vec<(bool, bool)>,
    lists: usize,
    /// The first two bytes of every phrase shorter than four bytes (a phrase of one ASCII
    /// letter: that letter and any byte that is not a letter or digit), as a bit set over
    /// 2^16 byte pairs.
    pairs: Box<[u64]>,
    /// The first four bytes of every longer phrase, hashed to 16 bits, as a bit set.
    quads: Box<[u64]>,
}

/// The bit of a phrase's first four bytes.
#[inline(always)]
fn quad(b: &[u8], i: usize) -> usize {
    let q = match b.get(i..i + 4) {
        Some(&[w, x, y, z]) => u32::from_le_bytes([w, x, y, z]),
        _ => {
            let mut q = [0u8; 4];
            for (d, s) in q.iter_mut().zip(&b[i..]) {
                *d = *s;
            }
            u32::from_le_bytes(q)
        }
    };
    (q.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Whether bit `k` of `set` is on.
#[inline(always)]
fn has(set: &[u64], k: usize) -> bool {
    set[k / 64] & (1 << (k % 64)) != 0
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
                ids.push((l as u8, i as u32));
                unspaced.push((first, last));
            }
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(&words)
            .expect("phrases are plain strings");
        let mut pairs = vec![0u64; 1 << 10].into_boxed_slice();
        let mut quads = vec![0u64; 1 << 10].into_boxed_slice();
        for w in &words {
            let b = w.as_bytes();
            assert!(
                b[0] >= 0x80 || b[0].is_ascii_alphanumeric(),
                "a phrase starts with a letter or digit: {w:?}"
            );
            let mut set = |k: usize| pairs[k / 64] |= 1 << (k % 64);
            match b.len() {
                1 => (0..=255u8)
                    .filter(|c| !c.is_ascii_alphanumeric())
                    .for_each(|c| set(usize::from(b[0]) << 8 | usize::from(c))),
                2 | 3 => set(usize::from(b[0]) << 8 | usize::from(b[1])),
                _ => {
                    let k = quad(b, 0);
                    quads[k / 64] |= 1 << (k % 64);
                }
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

    /// For each list, its whole-word matches in `text` as `(index in the list, range)`:
    /// left to right, the longest at each start, none overlapping another of its list.
    pub(crate) fn find(&self, text: &str) -> Vec<Vec<(u32, Range<usize>)>> {
        let mut found: Vec<Vec<(u32, Range<usize>)>> = vec![Vec::new(); self.lists];
        let b = text.as_bytes();
        let n = b.len();
        for i in 0..n {
            let c = b[i];
            // Only where a char starts, a letter or digit, not inside an ASCII word.
            if (c & 0xC0 == 0x80)
                || (c < 0x80
                    && (!c.is_ascii_alphanumeric() || (i > 0 && b[i - 1].is_ascii_alphanumeric())))
            {
                continue;
            }
            let pair = usize::from(c) << 8 | usize::from(b.get(i + 1).copied().unwrap_or(0));
            if !has(&self.pairs, pair) && !has(&self.quads, quad(b, i)) {
                continue;
            }
            let input = Input::new(text).range(i..n).anchored(Anchored::Yes);
            let mut state = OverlappingState::start();
            let mut before = None;
            loop {
                if self
                    .automaton
                    .try_find_overlapping(&input, &mut state)
                    .is_err()
                {
                    break; // cannot happen: an NFA searches anchored and overlapping
                }
                let Some(m) = state.get_match() else { break };
                let id = m.pattern().as_usize();
                let (first, last) = self.unspaced[id];
                let starts_word = first || *before.get_or_insert_with(|| !alnum_before(text, i));
                if starts_word && (last || !alnum_after(text, m.end())) {
                    let (list, index) = self.ids[id];
                    found[list as usize].push((index, m.start()..m.end()));
                }
            }
        }
        for list in &mut found {
            // Overlapping matches come by end; a lexicon would take the leftmost, longest.
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
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::Lexicon;

    #[test]
    fn each_list_gets_what_its_own_lexicon_finds() {
        let a = [
            "my password is",
            "password",
            "密码",
            "пароль",
            "x",
            "2fa code",
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
        ] {
            let found = set.find(text);
            assert_eq!(found[0], lex_a.find(text).collect::<Vec<_>>(), "{text}");
            assert_eq!(found[1], lex_b.find(text).collect::<Vec<_>>(), "{text}");
        }
    }
}
