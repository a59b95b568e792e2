//! The wording around a link, as cue classes (`src/data/link_words.tsv`).
//!
//! A stranger words a phishing message, an adult or betting offer or a paid group in
//! ways no list of phrases foresees, so the wording is read as classes of words, each a
//! list in eleven languages. One word of a class is ordinary; the classes together near a
//! link are the message:
//!
//! * phishing: pressure or a claim (suspended, on hold, unpaid, you won, selected) with
//!   two more of a subject of the reader's (an account, a card, a parcel, a prize), an
//!   action asked for (verify, pay, claim), haste (today, within 24 hours) and the reader
//!   addressed ("your", "vous", "ваш"), one of them the subject or the action; or a
//!   phrase that is phishing alone ("verify your account");
//! * adult: a strong word ("nudes", "bokep", "порно"), or a teasing word (hot, 18+, near
//!   you) with people (girls, singles);
//! * gambling: a strong word or phrase ("online casino", "slot gacor", "bahis sitesi"), or
//!   a betting word that is also talk (casino, poker) with an offer (bonus, deposit, free);
//! * an invite promoted: a phrase of promotion ("make money", "free followers") or two
//!   words of bait (signals, vip, profit, free, daily).
//!
//! Words that make such wording talk cancel it: news, articles and warnings about scams
//! (every kind), the writer's own things ("my account was locked", phishing), events
//! such as a school raffle or a party (phishing, betting, invites), topics such as a
//! film, a ban, health or education (adult, betting) and photos (betting).
//!
//! Single words are matched without their accents ("vérifiez" and "verifiez" are one
//! word; the map comes from `link/table.rs`); a word ending in `*` in the table is a
//! stem (the start of a word: `заблок*` for заблокирован, заблокируем), for languages
//! that inflect; an Arabic word is also tried without the article and the particles
//! glued to its front (`بالحساب` reads as `حساب`), and a Turkish word ending in -iniz or
//! -unuz addresses the reader. Phrases of several words, or with signs ("18+"), are
//! matched as written.
//!
//! The words are read once per message, around its links (all of a short message),
//! never inside a link: a host's words are judged as a host.

use super::{
    ACCENTED, CLASS_MASKS, PHRASES_CLASSES, PHRASES_KEYS, PLAIN, STEMS_CLASSES, STEMS_KEYS,
    WORDS_CLASSES, WORDS_KEYS,
};
use crate::detect::lexicon::{ceil_boundary, floor_boundary, Lexicon};
use crate::detect::links::Link;
use crate::detect::scan::Classes;
use std::ops::Range;

// The classes, as bits, in the order of the table's classes (`link/table.rs`).

/// A phrase that is phishing on its own ("verify your account").
const PHISHING: u32 = 1;
/// A free game currency ("free robux"): phishing, unless it promotes an invite.
const LURE: u32 = 1 << 1;
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
/// Adult content offered, strong alone ("nudes", "bokep", "порно").
const ADULT: u32 = 1 << 7;
/// Betting offered: words strong alone ("online casino", "free spins", "bahis sitesi").
const GAMBLING: u32 = 1 << 8;
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
/// Words of a class at school ("students", "homework", "kelas 8B"): a group link posted to
/// a class by its teacher is no move off the platform for a teen to be warned about.
const SCHOOL: u32 = 1 << 20;

/// How far from a link its wording may be, in bytes of the folded view.
const WINDOW: usize = 200;
/// Messages up to this long are read whole for a link's wording.
const SHORT_MESSAGE: usize = 500;

/// The words that make a link suspicious near it, by class (the tables of
/// `link_words.tsv`, see `link/table.rs`).
pub(super) struct Cues {
    /// Phrases of several words, each with its classes.
    phrases: Lexicon<u32>,
    /// Single words and stems, plain (see [`plain`]), sorted, each with its classes.
    words: Vec<(&'static str, u32)>,
    stems: Vec<(&'static str, u32)>,
    /// The first two bytes of the words, and of the stems, as bit sets over byte pairs:
    /// most words of a message are passed over on one bit.
    word_pairs: Box<[u64; 1024]>,
    stem_pairs: Box<[u64; 1024]>,
}

/// Bit `key` of `set` (a byte pair).
fn has(set: &[u64; 1024], key: usize) -> bool {
    set[key >> 6] >> (key & 63) & 1 != 0
}

/// The first two bytes of `word` (two bytes or more: callers check) as a key of a pair
/// set.
fn pair(word: &str) -> usize {
    let b = word.as_bytes();
    usize::from(b[0]) | usize::from(b[1]) << 8
}

impl Cues {
    pub(super) fn new() -> Cues {
        let table = |keys: &'static str, classes: &[u8]| -> Vec<(&'static str, u32)> {
            crate::detect::coded::rows(keys)
                .zip(classes)
                .map(|(k, &c)| (k, CLASS_MASKS[usize::from(c)]))
                .collect()
        };
        let words = table(WORDS_KEYS(), &WORDS_CLASSES);
        let mut stems = table(STEMS_KEYS(), &STEMS_CLASSES);
        // (The stems are looked up by their first two bytes; the table has none shorter.)
        stems.retain(|(w, _)| w.len() >= 2);
        let pairs = |table: &[(&str, u32)]| {
            let mut set = Box::new([0u64; 1024]);
            for (w, _) in table.iter().filter(|(w, _)| w.len() >= 2) {
                let key = pair(w);
                set[key >> 6] |= 1 << (key & 63);
            }
            set
        };
        Cues {
            phrases: Lexicon::new(table(PHRASES_KEYS(), &PHRASES_CLASSES)),
            word_pairs: pairs(&words),
            stem_pairs: pairs(&stems),
            words,
            stems,
        }
    }

    /// The cue words of `t[lo..hi]` (`lo` and `hi` word boundaries), with their classes:
    /// the phrases, then the single words, each by where they start.
    fn read(&self, t: &str, classes: &Classes, lo: usize, hi: usize, found: &mut Found) {
        found[0].extend(
            self.phrases
                .find_in(t, lo, hi, classes)
                .map(|(m, r)| (m, lo + r.start..lo + r.end)),
        );
        let mut at = lo;
        let mut key = String::new();
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
            let key = if word.is_ascii() {
                &word[..word.len().min(WORD)]
            } else {
                key.clear();
                key.extend(word.chars().take(WORD).map(plain));
                key.as_str()
            };
            let mask = self.word_classes(key);
            if mask != 0 {
                found[1].push((mask, start..start + word.len().min(LONGEST)));
            }
        }
    }

    /// The classes of `word` (plain): of itself and the stems it begins with
    /// (for an Arabic word, also with the particles at its front left out), and of its
    /// ending.
    pub(super) fn word_classes(&self, word: &str) -> u32 {
        let mut mask = self.classes_of(word);
        // Turkish "your" is an ending: hesabınız, kargonuz, gönderiniz.
        if word.len() >= 7 && ["iniz", "unuz"].iter().any(|e| word.ends_with(e)) {
            mask |= YOU;
        }
        if word.starts_with(ARABIC_PARTICLES) {
            for p in ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"]
            {
                if let Some(rest) = word.strip_prefix(p).filter(|r| r.len() >= 2) {
                    mask |= self.classes_of(rest);
                }
            }
        }
        mask
    }

    /// The classes of `word` as a word of the table and of the stems it begins with.
    fn classes_of(&self, word: &str) -> u32 {
        if word.len() < 2 {
            return 0;
        }
        let key = pair(word);
        let mut mask = 0;
        if has(&self.word_pairs, key) {
            mask |= find(&self.words, word);
        }
        if has(&self.stem_pairs, key) {
            // The stems that begin with the word's first two bytes are together.
            let two = &word.as_bytes()[..2];
            let from = self
                .stems
                .partition_point(|(w, _)| &w.as_bytes()[..2] < two);
            for (stem, m) in self.stems[from..]
                .iter()
                .take_while(|(w, _)| &w.as_bytes()[..2] == two)
            {
                if word.starts_with(stem) {
                    mask |= m;
                }
            }
        }
        mask
    }
}

/// The classes of `key` in the sorted `table`, 0 when it is not there.
fn find(table: &[(&str, u32)], key: &str) -> u32 {
    let i = table.partition_point(|(w, _)| *w < key);
    table
        .get(i)
        .filter(|(w, _)| *w == key)
        .map_or(0, |&(_, m)| m)
}

/// `c` without its accent, as the table's single words are written ([`ACCENTED`] and
/// [`PLAIN`], from `link/table.rs`).
pub(super) fn plain(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    ACCENTED()
        .chars()
        .zip(PLAIN().chars())
        .find(|&(a, _)| a == c)
        .map_or(c, |(_, p)| p)
}

/// Cue words found: phrases, and single words, each by where they start.
type Found = [Vec<(u32, Range<usize>)>; 2];

/// The first letters of the particles an Arabic word may begin with (wa-, fa-, bi-, li-,
/// al-).
const ARABIC_PARTICLES: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ا'];

/// A char of a word: a letter or digit, or a vowel sign of an Indic script or Arabic.
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || matches!(c, '\u{900}'..='\u{DFF}' | '\u{610}'..='\u{65F}')
}

/// The cue words of a message around its links.
pub(super) struct Wording {
    short: bool,
    found: Found,
}

impl Wording {
    /// Reads the cue words of `t` (the folded view, with its `classes`) around `links`
    /// (all of a short message): the stretches between the links, each once, so that the
    /// links' own words ("casino-hotel.com", "bank-update.net"), judged as hosts, are no
    /// wording.
    pub(super) fn new(cues: &Cues, t: &str, classes: &Classes, links: &[Link]) -> Wording {
        let short = t.len() <= SHORT_MESSAGE;
        let mut found = Found::default();
        let mut read = |lo: usize, hi: usize, widen: (bool, bool)| {
            if lo < hi {
                let a = if widen.0 {
                    word_start(t, floor_boundary(t, lo))
                } else {
                    lo
                };
                let b = if widen.1 {
                    word_end(t, ceil_boundary(t, hi))
                } else {
                    hi
                };
                cues.read(t, classes, a, b, &mut found);
            }
        };
        let mut at = 0;
        for (i, l) in links.iter().enumerate() {
            let (start, end) = (l.range.start.max(at), l.range.end.max(at));
            // Before the link: the stretch after the link before it, unless they are far
            // apart, when each gets its window.
            let near_before = at + 2 * WINDOW >= start;
            if short || near_before {
                read(at, start, (false, false));
            } else {
                if i > 0 {
                    read(at, at + WINDOW, (false, true));
                }
                read(start - WINDOW, start, (true, false));
            }
            at = end;
        }
        let tail = if short {
            t.len()
        } else {
            (at + WINDOW).min(t.len())
        };
        read(at, tail, (false, true));
        Wording { short, found }
    }

    /// The classes of the words near `link` (anywhere in a short message).
    pub(super) fn near(&self, link: Range<usize>) -> Near {
        let mut near = Near(0, 0);
        for list in &self.found {
            // The words are by where they start; none is longer than `LONGEST`.
            let (first, last) = if self.short {
                (0, list.len())
            } else {
                (
                    list.partition_point(|(_, r)| r.start + WINDOW + LONGEST < link.start),
                    list.partition_point(|(_, r)| r.start <= link.end + WINDOW),
                )
            };
            for (c, r) in &list[first..last.max(first)] {
                if self.short || r.end + WINDOW >= link.start {
                    near = Near(near.0 | c, near.1.saturating_add(u8::from(c & BAIT != 0)));
                }
            }
        }
        near
    }
}

/// The classes of the words near a link, and how many words of [`BAIT`] there are.
#[derive(Clone, Copy)]
pub(super) struct Near(u32, u8);

impl Near {
    /// Phishing: a phrase that is one alone, a free game currency (`lures`: unless it
    /// promotes an invite), or pressure with two more of the subject, the action, haste
    /// and the reader addressed, one of them the subject or the action, with no news, event
    /// or the writer's own things around.
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
    /// A class at school is addressed near the link.
    pub(super) fn school(self) -> bool {
        self.0 & SCHOOL != 0
    }

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
