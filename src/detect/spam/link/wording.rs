//! The wording around a link, as cue classes (`src/data/link_words.tsv`).
//!
//! A stranger words a phishing message, an adult or betting offer or a paid group in
//! ways no list of phrases foresees, so the wording is read as classes of words, each a
//! list in nine languages: a phishing message names something of the reader's (an
//! account, a card, a parcel, a prize), puts pressure on it or makes a claim (suspended,
//! on hold, you won) and asks for an action (verify, pay, claim), often with haste
//! (today, within 24 hours) and addressed to "you". One word of a class is ordinary;
//! the classes together near a link are the message. A word ending in `*` is a stem
//! (the start of a word: `заблок*` for заблокирован, заблокируем), for languages that
//! inflect; an Arabic word is also tried without the article and the particles glued to
//! its front (`بالحساب` reads as `حساب`).
//!
//! Words that make talk of a topic ordinary (news, an article, a film, a ban, health
//! or education) cancel the adult and gambling classes, and news-like words the
//! phishing classes.
//!
//! The words are only read around a message's links, once per message.

use crate::detect::lexicon::{ceil_boundary, floor_boundary, Lexicon};
use crate::detect::links::Link;
use std::cell::OnceCell;
use std::ops::Range;

/// The classes, as bits, in the order of the table's classes (`link/table.rs`).
/// A phrase that is phishing on its own ("free gift card").
pub(super) const PHISHING: u32 = 1;
/// A free game currency or prize ("free robux"): phishing, unless it promotes an invite.
pub(super) const LURE: u32 = 1 << 1;
/// Something of the reader's: an account, a card, a parcel, a payment, a prize.
const SUBJECT: u32 = 1 << 2;
/// Pressure or a claim: suspended, on hold, unpaid, you won, selected.
const PRESSURE: u32 = 1 << 3;
/// What the reader is asked to do: verify, confirm, log in, pay, claim.
const ACTION: u32 = 1 << 4;
/// Haste: now, today, within 24 hours.
const URGENCY: u32 = 1 << 5;
/// The reader addressed: your, vous, anda, ваш.
const YOU: u32 = 1 << 6;
pub(super) const ADULT: u32 = 1 << 7;
/// Betting offered: words strong alone ("online casino", "free spins", "bahis sitesi").
pub(super) const GAMBLING: u32 = 1 << 8;
/// Betting words that are also talk ("casino", "poker", "bet"): betting with an offer.
const GAME: u32 = 1 << 9;
/// What a betting offer promises or asks: a bonus, a deposit, free, sign up.
const OFFER: u32 = 1 << 10;
/// Promotion around a group invite, strong alone: earnings offered, free followers.
const PROMO: u32 = 1 << 11;
/// News and reports: talk about a thing, not the thing.
const CALM: u32 = 1 << 12;
/// Topics that make adult or betting words talk: films, bans, laws, health, education.
const TOPIC: u32 = 1 << 13;
/// A night out, a party, a school, a raffle: betting words, promotion and prizes in
/// them are talk.
const EVENT: u32 = 1 << 14;
/// The writer's own things ("my account was locked, fixed now"): talk, not phishing.
const MINE: u32 = 1 << 15;
/// Hot, spicy, 18+, near you: adult next to a word of [`PEOPLE`].
const TEASE: u32 = 1 << 16;
/// Women, girls, singles, and their videos.
const PEOPLE: u32 = 1 << 17;
/// Words of promotion that are also talk ("vip tickets", "the investing club"): two
/// make an invite promoted.
const BAIT: u32 = 1 << 18;
/// Photos and pictures: betting words next to them are a night out.
const PHOTO: u32 = 1 << 19;

/// How far from a link its wording may be, in bytes of the folded view.
const WINDOW: usize = 200;
/// Messages up to this long are read whole for a link's wording.
const SHORT_MESSAGE: usize = 500;

/// The words that make a link suspicious near it, by class.
pub(super) struct Cues {
    /// Whole words and phrases, each with its classes.
    words: Lexicon<u32>,
    /// Stems, sorted, each with its classes.
    stems: Vec<(&'static str, u32)>,
    /// The first bytes of the stems, as a bit set.
    firsts: [u64; 4],
}

impl Cues {
    pub(super) fn new(table: &'static str, counts: &[usize]) -> Cues {
        let mut lines = table.split('\n');
        let mut entries: Vec<(&'static str, u32)> = Vec::new();
        for (class, &n) in counts.iter().enumerate() {
            entries.extend(lines.by_ref().take(n).map(|w| (w, 1 << class)));
        }
        // A word of several classes once, with all of them.
        crate::sort::sort_by_key(&mut entries, |&(w, _)| w);
        let mut merged: Vec<(&'static str, u32)> = Vec::with_capacity(entries.len());
        for (w, m) in entries {
            match merged.last_mut() {
                Some((last, mask)) if *last == w => *mask |= m,
                _ => merged.push((w, m)),
            }
        }
        let (stems, words): (Vec<_>, Vec<_>) =
            merged.into_iter().partition(|(w, _)| w.ends_with('*'));
        let stems: Vec<(&'static str, u32)> = stems
            .into_iter()
            .map(|(w, m)| (&w[..w.len() - 1], m))
            .collect();
        let mut firsts = [0u64; 4];
        for (w, _) in &stems {
            let b = w.as_bytes()[0];
            firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        Cues {
            words: Lexicon::new(words),
            stems,
            firsts,
        }
    }

    /// Appends the cue words of `t[lo..hi]` (`lo` and `hi` word boundaries) to `found`,
    /// with their classes.
    fn read(&self, t: &str, lo: usize, hi: usize, found: &mut Vec<(u32, Range<usize>)>) {
        found.extend(
            self.words
                .find(&t[lo..hi])
                .map(|(m, r)| (m, lo + r.start..lo + r.end)),
        );
        let mut at = lo;
        for word in t[lo..hi].split(|c: char| !word_char(c)) {
            let start = at;
            at += word.len()
                + t[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if word.len() < 2 {
                continue;
            }
            let mask = self.stem_classes(word);
            if mask != 0 {
                found.push((mask, start..start + word.len().min(LONGEST)));
            }
        }
    }

    /// The classes of the stems `word` (not empty) begins with (for an Arabic word, also
    /// with the particles at its front left out), and of its ending.
    fn stem_classes(&self, word: &str) -> u32 {
        let first = word.as_bytes()[0];
        let mut mask = if self.firsts[usize::from(first >> 6)] >> (first & 63) & 1 != 0 {
            self.prefixes(word)
        } else {
            0
        };
        // Turkish "your" is an ending: hesabınız, kargonuz, gönderiniz.
        if word.len() >= 7 && ["iniz", "unuz", "ünüz"].iter().any(|e| word.ends_with(e)) {
            mask |= YOU;
        }
        if word.starts_with(ARABIC_PARTICLES) {
            for p in ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"]
            {
                if let Some(rest) = word.strip_prefix(p) {
                    mask |= self.prefixes(rest);
                }
            }
        }
        mask
    }

    /// The classes of the stems that `word` begins with.
    fn prefixes(&self, word: &str) -> u32 {
        let mut mask = 0;
        for (end, _) in word.char_indices().skip(2).take_while(|&(i, _)| i <= WORD) {
            mask |= self.stem(&word[..end]);
        }
        mask | self.stem(word)
    }

    /// The classes of `stem`, if it is one.
    fn stem(&self, stem: &str) -> u32 {
        let i = self.stems.partition_point(|(w, _)| *w < stem);
        self.stems
            .get(i)
            .filter(|(w, _)| *w == stem)
            .map_or(0, |&(_, m)| m)
    }
}

/// The first letters of the particles an Arabic word may begin with (wa-, fa-, bi-, li-,
/// al-).
const ARABIC_PARTICLES: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ا'];

/// A char of a word: a letter or digit, or a vowel sign of an Indic script or Arabic.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{900}'..='\u{DFF}' | '\u{610}'..='\u{65F}')
}

/// The cue words of a message, read around its links when a link first needs them.
pub(super) struct Wording<'a> {
    cues: &'a Cues,
    text: &'a str,
    links: &'a [Link],
    found: OnceCell<Vec<(u32, Range<usize>)>>,
}

impl<'a> Wording<'a> {
    pub(super) fn new(cues: &'a Cues, text: &'a str, links: &'a [Link]) -> Wording<'a> {
        Wording {
            cues,
            text,
            links,
            found: OnceCell::new(),
        }
    }

    /// The cue words around every link (the whole of a short message), each stretch
    /// read once.
    fn read(&self) -> Vec<(u32, Range<usize>)> {
        let t = self.text;
        let mut found = Vec::new();
        let (mut lo, mut hi) = (0, 0);
        let windows = self
            .links
            .iter()
            .map(|l| (l.range.start.saturating_sub(WINDOW), l.range.end + WINDOW));
        let whole = [(0, t.len())];
        let windows: Box<dyn Iterator<Item = (usize, usize)>> = if t.len() <= SHORT_MESSAGE {
            Box::new(whole.into_iter())
        } else {
            Box::new(windows)
        };
        for (a, b) in windows.chain([(usize::MAX, usize::MAX)]) {
            if a > hi {
                if hi > lo {
                    let lo = word_start(t, floor_boundary(t, lo));
                    let hi = word_end(t, ceil_boundary(t, hi.min(t.len())));
                    self.cues.read(t, lo, hi, &mut found);
                }
                lo = a;
            }
            hi = hi.max(b);
        }
        crate::sort::sort_by_key(&mut found, |(_, r)| r.start);
        // The links' own words ("casino-hotel.com", "bank-update.net") are their hosts,
        // judged as such, not wording.
        let mut links = self.links.iter().peekable();
        found.retain(|(_, r)| {
            while links.next_if(|l| l.range.end <= r.start).is_some() {}
            links.peek().is_none_or(|l| r.end <= l.range.start)
        });
        found
    }

    /// The classes of the words near `link` (anywhere in a short message).
    pub(super) fn near(&self, link: Range<usize>) -> Near {
        let found = self.found.get_or_init(|| self.read());
        let near: &[(u32, Range<usize>)] = if self.text.len() <= SHORT_MESSAGE {
            found
        } else {
            // The words are by where they start; none is longer than `LONGEST`.
            let first = found.partition_point(|(_, r)| r.start + WINDOW + LONGEST < link.start);
            let last = found.partition_point(|(_, r)| r.start <= link.end + WINDOW);
            &found[first..last.max(first)]
        };
        near.iter()
            .filter(|(_, r)| r.end + WINDOW >= link.start)
            .fold(Near(0, 0), |n, (c, _)| {
                Near(n.0 | c, n.1.saturating_add(u8::from(c & BAIT != 0)))
            })
    }
}

/// The classes of the words near a link, and how many words of [`BAIT`] there are.
#[derive(Clone, Copy)]
pub(super) struct Near(u32, u8);

impl Near {
    /// Phishing: a phrase that is one alone, or pressure with two more of the subject,
    /// the action, haste and the reader addressed, one of them the subject or the
    /// action, or all four of those ("verify your account now"), with no news, event or
    /// the writer's own things around.
    pub(super) fn phishing(self, lures: bool) -> bool {
        let m = self.0;
        let others = (m & (SUBJECT | ACTION | URGENCY | YOU)).count_ones();
        m & PHISHING != 0
            || lures && m & LURE != 0
            || m & (CALM | MINE | EVENT) == 0
                && m & PRESSURE != 0
                && m & (SUBJECT | ACTION) != 0
                && others >= 2
    }

    /// Adult content offered: a word of it, or a teasing word with people ("hot girls
    /// near you"), with no topic or news that makes it talk.
    pub(super) fn adult(self) -> bool {
        let m = self.0;
        (m & ADULT != 0 || m & TEASE != 0 && m & PEOPLE != 0) && m & (CALM | TOPIC) == 0
    }

    /// Betting offered: a strong word, or a betting word with an offer, with no topic or
    /// news that makes it talk.
    pub(super) fn gambling(self) -> bool {
        let m = self.0;
        (m & GAMBLING != 0 || m & GAME != 0 && m & OFFER != 0)
            && m & (CALM | TOPIC | EVENT | PHOTO) == 0
    }

    /// Whether promotion is near (a phrase of it, or two words of bait), and no school,
    /// concert or news that makes it talk.
    pub(super) fn promotes(self) -> bool {
        (self.0 & (PROMO | LURE) != 0 || self.1 >= 2) && self.0 & (CALM | EVENT) == 0
    }
}

/// Where the word that goes on at `at` of `t` started (at most [`WORD`] bytes back: a
/// longer run of letters is no word of the tables).
fn word_start(t: &str, at: usize) -> usize {
    t[..at]
        .char_indices()
        .rev()
        .take_while(|&(i, c)| word_char(c) && at - i <= WORD)
        .last()
        .map_or(at, |(i, _)| i)
}

/// Where the word that goes on at `at` of `t` ends (at most [`WORD`] bytes on).
fn word_end(t: &str, at: usize) -> usize {
    t[at..]
        .char_indices()
        .find(|&(i, c)| !word_char(c) || i >= WORD)
        .map_or(t.len(), |(i, _)| at + i)
}

/// The most bytes of a cue word or phrase found (a stem's word is cut at [`WORD`]).
const LONGEST: usize = 128;

/// The most bytes a window is widened by to take in a whole word.
const WORD: usize = 64;
