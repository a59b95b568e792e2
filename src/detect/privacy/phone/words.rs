//! The word tables of `privacy.phone`, searched where they are: no automaton, no hash
//! map, nothing but two index arrays built from `phone_words.tsv`.
//!
//! * [`Numbers`]: spelled-out digits and "double" / "triple", looked up word by word
//!   (binary search over the words sorted by their bytes) when the token scan's filters
//!   let a word through.
//! * [`ContextWords`]: the phone, app, veto and quiet words, found in the short windows
//!   around a candidate number exactly as a leftmost-longest automaton followed by a
//!   whole-word check would find them: at every character of the window the longest
//!   word starting there (among the few that share its first two bytes), then the scan
//!   goes on after it; a match inside a longer word is dropped, but still skipped over.

use super::Tag;
use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use std::ops::Range;

/// The words of `phone_words.tsv` (folded; `_` stands for a space), with their tags.
pub(super) fn parse(tsv: &'static str) -> impl Iterator<Item = (Tag, &'static str)> {
    tsv.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|line| {
            let (class, words) = line
                .split_once('\t')
                .unwrap_or_else(|| super::bad("phone_words.tsv", line));
            let tag = match class {
                "phone" => Tag::Phone,
                "app" => Tag::App,
                "not" => Tag::Not,
                "quiet" => Tag::Quiet,
                "x2" => Tag::Times(2),
                "x3" => Tag::Times(3),
                d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                    Tag::Digit(d.as_bytes()[0] - b'0')
                }
                _ => super::bad("phone_words.tsv", line),
            };
            words
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(move |w| (tag, w))
        })
}

/// Spelled-out digits, sorted by their bytes.
pub(super) struct Numbers {
    words: Vec<(&'static [u8], Tag)>,
}

impl Numbers {
    pub(super) fn new(mut words: Vec<(&'static [u8], Tag)>) -> Numbers {
        // The engine's one small sort (the standard one would add its own copy).
        crate::sort::sort_by_key(&mut words, |e| e.0);
        Numbers { words }
    }

    pub(super) fn get(&self, w: &[u8]) -> Option<Tag> {
        let at = self.words.binary_search_by(|e| e.0.cmp(w)).ok()?;
        Some(self.words[at].1)
    }
}

/// Buckets of [`ContextWords`]: by a hash of a word's first two bytes.
const BUCKETS: usize = 256;

fn bucket(b0: u8, b1: u8) -> usize {
    usize::from(b0.wrapping_mul(31) ^ b1)
}

/// One context word: its bytes (`_` for a space), tag, and whether it may start or end
/// inside a run of letters (a script written without spaces).
struct Entry {
    word: &'static [u8],
    /// Holds `_` (a space in the text).
    spaced: bool,
    tag: Tag,
    free_start: bool,
    free_end: bool,
}

/// The phone, app, veto and quiet words.
pub(super) struct ContextWords {
    /// Grouped by [`bucket`]; each group in the table's order.
    entries: Vec<Entry>,
    /// Where each bucket's group starts in `entries` (and `BUCKETS + 1` ends).
    starts: Vec<u16>,
    /// Bit `b0 | b1 << 8` set for the first two bytes of every word.
    pairs: Vec<u64>,
}

impl ContextWords {
    pub(super) fn new(words: &[(&'static str, Tag)]) -> ContextWords {
        let mut counts = vec![0u16; BUCKETS + 1];
        for (w, _) in words {
            let b = w.as_bytes();
            assert!(b.len() >= 2, "phone_words.tsv: one-byte word {w}");
            counts[bucket(b[0], b[1]) + 1] += 1;
        }
        for k in 1..=BUCKETS {
            counts[k] += counts[k - 1];
        }
        let starts = counts.clone();
        let mut slots: Vec<Option<Entry>> = (0..words.len()).map(|_| None).collect();
        for &(w, tag) in words {
            let b = w.as_bytes();
            let k = bucket(b[0], b[1]);
            slots[usize::from(counts[k])] = Some(Entry {
                word: b,
                spaced: b.contains(&b'_'),
                tag,
                free_start: w.chars().next().is_some_and(is_unspaced_script),
                free_end: w.chars().next_back().is_some_and(is_unspaced_script),
            });
            counts[k] += 1;
        }
        let mut entries: Vec<Entry> = slots.into_iter().flatten().collect();
        // Each bucket longest first: the first word that matches is the longest.
        for k in 0..BUCKETS {
            let group = &mut entries[usize::from(starts[k])..usize::from(starts[k + 1])];
            for i in 1..group.len() {
                let mut j = i;
                while j > 0 && group[j - 1].word.len() < group[j].word.len() {
                    group.swap(j - 1, j);
                    j -= 1;
                }
            }
        }
        let mut pairs = vec![0u64; 1 << 10];
        for e in &entries {
            let k = usize::from(e.word[0]) | usize::from(e.word[1]) << 8;
            pairs[k >> 6] |= 1 << (k & 63);
        }
        ContextWords {
            entries,
            starts,
            pairs,
        }
    }

    /// The longest word at the start of `rest` (two bytes or more).
    fn longest(&self, rest: &[u8]) -> Option<&Entry> {
        let k = bucket(rest[0], rest[1]);
        let group = &self.entries[usize::from(self.starts[k])..usize::from(self.starts[k + 1])];
        group.iter().find(|e| {
            let w = e.word;
            w[..2] == rest[..2]
                && w.len() <= rest.len()
                && if e.spaced {
                    w.iter()
                        .zip(rest)
                        .all(|(&p, &c)| if p == b'_' { c == b' ' } else { p == c })
                } else {
                    rest[2..w.len()].iter().zip(&w[2..]).all(|(a, b)| a == b)
                }
        })
    }

    /// Every whole-word match in `text`, left to right, as `(tag, byte range)`, calling
    /// `f` for each.
    pub(super) fn find(&self, text: &str, mut f: impl FnMut(Tag, Range<usize>)) {
        let b = text.as_bytes();
        let mut i = 0;
        while i + 1 < b.len() {
            // Only character starts: words are whole characters.
            if b[i] & 0xC0 == 0x80 {
                i += 1;
                continue;
            }
            let k = usize::from(b[i]) | usize::from(b[i + 1]) << 8;
            if self.pairs[k >> 6] >> (k & 63) & 1 == 0 {
                i += 1;
                continue;
            }
            let Some(e) = self.longest(&b[i..]) else {
                i += 1;
                continue;
            };
            let end = i + e.word.len();
            if (e.free_start || !alnum_before(text, i)) && (e.free_end || !alnum_after(text, end)) {
                f(e.tag, i..end);
            }
            i = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::Lexicon;

    /// The same matches as a Lexicon (an aho-corasick automaton) of the same words.
    #[test]
    fn finds_what_a_lexicon_finds() {
        let words: Vec<(&'static str, Tag)> = parse(data!("src/data/phone_words.tsv"))
            .filter(|(t, _)| !matches!(t, Tag::Digit(_) | Tag::Times(_)))
            .map(|(t, w)| (w, t))
            .collect();
        let spaced: Vec<(String, Tag)> = words
            .iter()
            .map(|(w, t)| (w.replace('_', " "), *t))
            .collect();
        let lex = Lexicon::new(spaced.iter().map(|(w, t)| (w.as_str(), *t)));
        let ours = ContextWords::new(&words);
        let texts = [
            "call me on my mobile no 0123, not the order number of it",
            "hotel phone: plucky number 5, lucky number of the day",
            "mi número de pedido es 5, telefono, teléfonos, tel.",
            "电话号码13812345678 微信 郵便番号 우편번호 전화번호",
            "رقمي هو ٥ واتساب номер телефона вотсап",
            "whatsapp/wa tg: excell no, cell no, cellphone",
            "sđt điện thoại gọi tài khoản số",
            "mobile_no numbers_of a/c acct",
        ];
        for t in texts {
            let want: Vec<(Tag, Range<usize>)> = lex.find(t).collect();
            let mut got = Vec::new();
            ours.find(t, |tag, r| got.push((tag, r)));
            assert_eq!(got, want, "{t}");
        }
        // Every word alone and inside others.
        for (w, _) in &spaced {
            for t in [
                w.clone(),
                format!("x{w}"),
                format!("{w}x"),
                format!("a {w}, {w} {w}"),
            ] {
                let want: Vec<(Tag, Range<usize>)> = lex.find(&t).collect();
                let mut got = Vec::new();
                ours.find(&t, |tag, r| got.push((tag, r)));
                assert_eq!(got, want, "{t}");
            }
        }
    }
}
