//! Word lists that detectors look for in the folded view, found in one pass each.
//!
//! A [`Lexicon`] holds a detector's context words ("account", "cuenta", "खाता") or
//! phrases ("my password is"), written in folded form (lower case). It finds them as
//! whole words: a match inside a longer word ("classic" for "ass", "skonto" for "konto")
//! is skipped, except for words of scripts written without spaces (Han, kana, Hangul,
//! Thai), which have no word boundaries to check.

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use aho_corasick::automaton::Automaton;
use aho_corasick::{Input, MatchKind};
use std::ops::Range;

/// A set of byte strings found left to right, longest first at each start: no word
/// boundaries (see [`Lexicon`] for those).
///
/// Compiled to aho-corasick's contiguous NFA directly, not through its `AhoCorasick`,
/// which keeps every automaton kind it might choose at run time in the wasm (15 KB
/// gzipped more, measured). A DFA would scan about 5% faster but needs tens of times
/// the memory and build time for the large phrase lists.
/// How deep from the start the automata keep dense transition tables: 1 instead of
/// aho-corasick's 2 builds the filter about 15% faster (natively 6.1 → 5.2 ms) and
/// scans as fast.
pub(crate) const DENSE: usize = 1;

pub(crate) struct Matcher {
    automaton: aho_corasick::nfa::contiguous::NFA,
}

impl Matcher {
    /// Compiles `patterns` (not empty strings).
    pub(crate) fn new<P: AsRef<[u8]>>(patterns: impl IntoIterator<Item = P>) -> Matcher {
        let automaton = aho_corasick::nfa::contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .dense_depth(DENSE)
            .build(patterns)
            .expect("word lists are small plain strings");
        Matcher { automaton }
    }

    /// Every match in `text`, as `(pattern index, byte range)`, left to right.
    pub(crate) fn find_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, Range<usize>)> + 'a {
        self.automaton
            .try_find_iter(Input::new(text))
            .expect("an unanchored leftmost search")
            .map(|m| (m.pattern().as_usize(), m.start()..m.end()))
    }
}

/// A list of words or phrases, each with a tag the detector chooses (an index into its
/// own table, a kind, a language).
pub(crate) struct Lexicon<T: Copy + 'static> {
    automaton: Matcher,
    tags: Vec<T>,
    /// Whether each entry may start or end inside a run of letters (unspaced scripts).
    unspaced: Vec<(bool, bool)>,
}

impl<T: Copy + 'static> Lexicon<T> {
    /// Builds a lexicon of `entries`, each a folded word or phrase and its tag. Longer
    /// entries win over shorter ones starting at the same place.
    pub(crate) fn new<'e>(entries: impl IntoIterator<Item = (&'e str, T)>) -> Lexicon<T> {
        let mut words = Vec::new();
        let mut tags = Vec::new();
        let mut unspaced = Vec::new();
        for (word, tag) in entries {
            debug_assert!(!word.is_empty(), "empty lexicon entry");
            let first = word.chars().next().is_some_and(is_unspaced_script);
            let last = word.chars().next_back().is_some_and(is_unspaced_script);
            words.push(word);
            tags.push(tag);
            unspaced.push((first, last));
        }
        let automaton = Matcher::new(&words);
        Lexicon {
            automaton,
            tags,
            unspaced,
        }
    }

    /// Every whole-word match in `text`, left to right, as `(tag, byte range)`.
    pub(crate) fn find<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (T, Range<usize>)> + 'a {
        self.automaton.find_iter(text).filter_map(move |(id, m)| {
            let (first, last) = self.unspaced[id];
            let whole =
                (first || !alnum_before(text, m.start)) && (last || !alnum_after(text, m.end));
            whole.then(|| (self.tags[id], m))
        })
    }

    /// Whether `text` holds any entry as a whole word.
    pub(crate) fn any(&self, text: &str) -> bool {
        self.find(text).next().is_some()
    }

    /// Whether an entry ends within `before` bytes before `at` or starts within `after`
    /// bytes after `end` (a word "next to" the range `at..end`).
    #[allow(dead_code)] // first used by the context-word detectors landing next
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
#[allow(dead_code)]
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i`.
#[allow(dead_code)]
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
}
