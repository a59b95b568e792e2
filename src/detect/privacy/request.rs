//! `privacy.request`: asking someone else for their private details.
//!
//! Two kinds of phrase, from `src/data/request.tsv` (English, Spanish, Portuguese,
//! French, Indonesian, Hindi romanized, Arabic, Russian, Turkish):
//!
//! * requests that stand on their own ("where do you live", "which school do you go to",
//!   "send pics", "¿dónde vives?", "kirim foto dong", "tumhara ghar kahan hai",
//!   "где ты живёшь", "ما رقمك"), reported whole;
//! * someone else's detail ("your number", "tu dirección", "nomor kamu", "رقمك",
//!   "numaranı"), a request only next to an ask word in the same sentence: before it
//!   ("what's", "send me", "can I get", "dame", "qual é", "дай") or after it ("berapa",
//!   "batao", "verir misin", "please"), or alone as the whole message ("your number?").
//!   The ask word and the detail are reported together.
//!
//! Kinds: `phone`, `address`, `school`, `location`, `photo`, `password`, `contact` (a
//! handle on another app: "can I get your snap?").
//!
//! Deliberately quiet: the sender's own details ("my number is ..."), details of a place
//! or thing rather than of the person asked ("what's the number of the bus?", "send me
//! the address of the restaurant": only "your ..." is someone's private detail), longer
//! phrases that start like a request ("where do you live streams?", "your number one
//! fan"), and "your X" with no ask word ("your number is wrong", "I lost my phone").
//!
//! The rule is `off` for adults and `warn` in teen-safety mode (rules.md). The
//! `password` kind (asking for a password, PIN or one-time code) is the same request that
//! `scam.credential_request` will catch for everyone: when that rule lands, it can reuse
//! these phrases, and this kind can be left to it.

use crate::detect::lexicon::{ceil_boundary, floor_boundary};
use crate::detect::phrases::PhraseSet;
use crate::detect::{Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::ops::Range;

/// How far before a detail an ask word may end (bytes).
const BEFORE: usize = 32;
/// How far after a detail an ask word may start (bytes).
const AFTER: usize = 16;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Ask,
    Object,
    Block,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Before,
    After,
    /// Listed on both sides ("berapa nomor kamu", "nomor kamu berapa").
    Both,
}

// The table, parsed by build.rs (see `phrase_rules/table.rs`): `PHRASES` and
// `PHRASE_TAGS`, `ASK_WORDS` and `SIDES`.
include!(concat!(env!("OUT_DIR"), "/request_tables.rs"));

/// The request detector.
pub(crate) struct Request {
    phrases: Vec<(&'static str, (Class, &'static str))>,
    /// The ask words, searched in the few bytes around a detail, and their sides.
    ask_words: PhraseSet,
    sides: Vec<Side>,
}

impl Request {
    pub(crate) fn new() -> Request {
        Request {
            phrases: crate::detect::coded::rows(PHRASES())
                .zip(PHRASE_TAGS)
                .collect(),
            ask_words: PhraseSet::new(&[crate::detect::coded::lines(ASK_WORDS())]),
            sides: SIDES.to_vec(),
        }
    }

    /// The span of the request around the detail at `start..end`, if an ask word
    /// is next to it in the same sentence.
    fn asked(&self, t: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let lo = floor_boundary(t, start.saturating_sub(BEFORE));
        let hi = ceil_boundary(t, (end + AFTER).min(t.len()));
        let breaks = |a: usize, b: usize| t[a..b].contains(&['.', '!', '?', '\n', ';'][..]);
        let mut best = None;
        let found = self.ask_words.find(&t[lo..hi]);
        for (i, r) in found.iter().flat_map(|list| list.iter()) {
            let (side, s, e) = (self.sides[*i as usize], r.start + lo, r.end + lo);
            match side {
                Side::Before | Side::Both if e <= start && !breaks(e, start) => {
                    best = Some((s, end));
                }
                Side::After | Side::Both if s >= end && best.is_none() && !breaks(end, s) => {
                    return Some((start, e));
                }
                _ => {}
            }
        }
        best.or_else(|| {
            // Alone as the whole message: "your number?", "ur addy??"
            let alone = t[..start].trim().is_empty()
                && t[end..].trim_start().starts_with('?')
                && t[end..]
                    .trim_matches(|c: char| c == '?' || c.is_whitespace())
                    .is_empty();
            alone.then_some((start, end))
        })
    }
}

impl Request {
    /// The request phrases and details, folded, for the shared phrase pass; `hits`
    /// indexes this list.
    pub(crate) fn phrases(&self) -> Vec<&str> {
        self.phrases.iter().map(|(w, _)| *w).collect()
    }

    /// Reports the requests at `hits` (the folded view's matches of
    /// [`Request::phrases`]).
    pub(crate) fn scan(
        &self,
        text: &Normalized<'_>,
        hits: &[(u32, Range<usize>)],
        out: &mut Sink<'_>,
    ) {
        let view = text.folded();
        let t = view.text();
        let mut done = 0;
        for (i, r) in hits {
            let ((class, kind), r) = (self.phrases[*i as usize].1, r.clone());
            let span = match class {
                Class::Block => continue,
                Class::Ask => (r.start, r.end),
                Class::Object => match self.asked(t, r.start, r.end) {
                    Some(span) => span,
                    None => continue,
                },
            };
            if span.0 < done {
                continue;
            }
            out.report(
                view,
                span.0..span.1,
                Hit::new(RuleId::PrivacyRequest, 0.7).kind(kind),
            );
            done = span.1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses() {
        let d = Request::new();
        assert!(d.phrases.iter().any(|(w, _)| *w == "where do you live"));
        assert!(!d.ask_words.find("what's")[0].is_empty());
    }

    #[test]
    fn ask_words_on_either_side() {
        let d = Request::new();
        let t = "what's your number";
        assert_eq!(d.asked(t, 7, 18), Some((0, 18)));
        let t = "nomor kamu berapa";
        assert_eq!(d.asked(t, 0, 10), Some((0, 17)));
        let t = "what's up. your number is wrong";
        assert_eq!(d.asked(t, 11, 22), None);
        assert_eq!(d.asked("your number?", 0, 11), Some((0, 11)));
        assert_eq!(d.asked("your number? lol", 0, 11), None);
    }
    /// The table is used as written: its words must be as the folded view writes them.
    #[test]
    fn words_are_written_folded() {
        for line in include_str!("../../data/request.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let word = line.rsplit('\t').next().unwrap_or_default();
            assert_eq!(word, Normalized::new(word).folded().text(), "{word:?}");
        }
    }
}
