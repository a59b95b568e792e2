//! Two teen-safety findings that need more than one phrase:
//!
//! - `teen.grooming`, kind `pattern`: weak signals that add up over a conversation. Each is
//!   ordinary alone (an age question, a compliment, "are you alone?"); three kinds of them from
//!   the same person within their latest [`CONVERSATION`] messages, the one being checked
//!   among them (it must have one), are how grooming builds up. Only for received text (`direction:
//!   "incoming"`, where `history` is the other person's earlier messages). The finding is on
//!   the signal of the message being checked and names the earlier messages that
//!   contributed (`Hit::history`). Grooming phrases that are warnings on their own are
//!   rows of the scam table, searched by a detector of their own (src/detect/scam.rs,
//!   `TeenPhrases`), not here. Classes and words: src/data/teen_signals.tsv.
//! - `teen.age_disclosure`: a teen stating their age together with where they live or go to
//!   school, in one message or across their recent messages (`history`).
//!
//! Either alone is common and harmless ("I'm 13 lol", "I live in Leeds"); together they
//! let a stranger know that a child of that age can be found at that place. An age counts
//! only when the words around it make it the sender's own age: a first-person frame before
//! it ("I'm 13", "мне 13", "umurku 13"), a frame that needs a word for years after it
//! ("tengo 13 años", "aku 13 tahun"), or a word for years that says "I am" itself ("13
//! yaşındayım", "13 saal ka hoon"). Only ages 8 to 17 count, and a bare "I'm 15" followed
//! by a unit or a noun ("I'm 15 minutes away", "I'm 12 points behind") is no age. The place
//! is a `privacy.address` finding of the same message (a street, a school, a postcode, a map
//! pin) or a cue such as "I live in", "soy de", "sekolahku", "живу в". Earlier messages are
//! read for cues only: the latest [`HISTORY_READ`] of them.
//!
//! The words are data (src/data/teen_age.tsv), matched on the folded view word by word
//! (runs of letters, digits and marks; apostrophes dropped), so digits of every script and full-width forms
//! count. The detector runs only when the policy turns the rule on, which by default is
//! teen-safety mode alone.

use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::{is_word_char, Normalized, View};
use crate::RuleId;
use std::borrow::Cow;
use std::ops::Range;

// `TEEN_AGE()`: the word table of ages and places (src/data/teen_age.tsv), `<kind>\t<lang>\t<words>`
// lines; `TEEN_SIGNALS()`: the weak signals of grooming (src/data/teen_signals.tsv),
// `<class>\t<lang>\t<words>` lines. Both travel in the data module (`rules.js`, see
// src/detect/coded.rs); natively they are compiled in.
include!(concat!(env!("OUT_DIR"), "/teen_tables.rs"));

/// The classes of the signal table, in the order of their bits.
const CLASSES: [&str; 9] = [
    "age", "looks", "secret", "isolate", "gift", "photo", "alone", "move", "meet",
];

/// How many kinds of signal make a conversation's pattern.
const PATTERN_CLASSES: u32 = 3;

/// How many of the other person's latest messages, with the one being checked, make the
/// conversation read for a pattern.
pub(crate) const CONVERSATION: usize = 20;

/// How many of the sender's latest earlier messages are read for an age or a place.
pub(crate) const HISTORY_READ: usize = 50;

/// Most words a phrase of the table has.
const MAX_WORDS: usize = 6;

/// What a phrase of the table says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A first-person frame before the age.
    Frame,
    /// A first-person frame that needs a word for years after the age.
    FrameYears,
    /// A word for years (old).
    Years,
    /// A word for years that says "I am" too.
    YearsMe,
    /// Words after the years that make the age the sender's.
    MeAfter,
    /// A word that may stand between a frame and the age.
    Filler,
    /// A word after a bare age that still reads as an age.
    Follow,
    /// A word after the number that makes it no age.
    Unit,
    /// An age spelled out.
    Number(u8),
    /// Where the sender lives or goes to school.
    Place,
    /// A weak signal of grooming, by its bit in [`CLASSES`].
    Signal(u8),
}

impl Kind {
    /// The kind as one bit, to ask for several kinds at once.
    fn bit(self) -> u16 {
        match self {
            Kind::Frame => FRAME,
            Kind::FrameYears => FRAME_YEARS,
            Kind::Years => YEARS,
            Kind::YearsMe => YEARS_ME,
            Kind::MeAfter => ME_AFTER,
            Kind::Filler => FILLER,
            Kind::Follow => FOLLOW,
            Kind::Unit => UNIT,
            Kind::Number(_) => NUMBER,
            Kind::Place => PLACE,
            Kind::Signal(_) => SIGNAL,
        }
    }
}

/// Bits of [`Kind::bit`].
const FRAME: u16 = 1;
const FRAME_YEARS: u16 = 1 << 1;
const YEARS: u16 = 1 << 2;
const YEARS_ME: u16 = 1 << 3;
const ME_AFTER: u16 = 1 << 4;
const FILLER: u16 = 1 << 5;
const FOLLOW: u16 = 1 << 6;
const UNIT: u16 = 1 << 7;
const NUMBER: u16 = 1 << 8;
const PLACE: u16 = 1 << 9;
const SIGNAL: u16 = 1 << 10;

/// One phrase: its words, and what it says.
struct Phrase {
    words: Vec<String>,
    kind: Kind,
}

/// The rules the detector reports.
pub(crate) const RULES: &[RuleId] = &[RuleId::TeenAgeDisclosure, RuleId::TeenGrooming];

/// The detector of `teen.age_disclosure` and of the grooming pattern, with the phrases of
/// both tables. The registry builds it at its first check (by default, the first check in
/// teen-safety mode), not with every filter.
pub(crate) struct Teen {
    /// Sorted by their first word.
    phrases: Vec<Phrase>,
    /// Single-word `years` entries, which may also end a number ("13yo", "13anos").
    suffixes: Vec<String>,
}

/// A word of the folded view.
struct Word<'v> {
    range: Range<usize>,
    key: Cow<'v, str>,
    /// Anything but spaces between it and the word before.
    after_break: bool,
}

impl Teen {
    pub(crate) fn new() -> Teen {
        let mut phrases = Vec::new();
        let mut suffixes = Vec::new();
        for line in TEEN_AGE().lines().chain(TEEN_SIGNALS().lines()) {
            let mut cols = line.split('\t');
            let (Some(kind), Some(_lang), Some(words)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            // The entries are folded as the text is ("yaşındayım" reads "yaşindayim").
            let folded = Normalized::new(words);
            let mut words: Vec<String> = split(folded.folded().text())
                .into_iter()
                .map(|w| w.key.into_owned())
                .collect();
            let kind = match kind {
                "self" => Kind::Frame,
                "self_y" => Kind::FrameYears,
                "years" => Kind::Years,
                "years_me" => Kind::YearsMe,
                "me_after" => Kind::MeAfter,
                "filler" => Kind::Filler,
                "follow" => Kind::Follow,
                "unit" => Kind::Unit,
                "place" => Kind::Place,
                "number" => match words.pop().and_then(|v| v.parse().ok()) {
                    Some(v) => Kind::Number(v),
                    None => continue,
                },
                class => match CLASSES.iter().position(|c| *c == class) {
                    Some(bit) => Kind::Signal(bit as u8),
                    None => continue,
                },
            };
            if words.is_empty() || words.len() > MAX_WORDS {
                continue;
            }
            if kind.bit() & (YEARS | YEARS_ME) != 0 && words.len() == 1 {
                suffixes.push(words[0].clone());
            }
            phrases.push(Phrase { words, kind });
        }
        crate::sort::sort_by_key(&mut phrases, |p| p.words[0].clone());
        Teen { phrases, suffixes }
    }

    /// The longest phrase of the kinds `want` (bits of [`Kind::bit`]) that starts at word
    /// `i`: its length in words and kind.
    fn starting(&self, words: &[Word<'_>], i: usize, want: u16) -> Option<(usize, Kind)> {
        let key = words.get(i)?.key.as_ref();
        let from = self.phrases.partition_point(|p| p.words[0].as_str() < key);
        self.phrases[from..]
            .iter()
            .take_while(|p| p.words[0] == key)
            .filter(|p| {
                p.kind.bit() & want != 0
                    && p.words.len() <= words.len() - i
                    && p.words[1..]
                        .iter()
                        .zip(&words[i + 1..])
                        .all(|(a, w)| a == w.key.as_ref())
            })
            .map(|p| (p.words.len(), p.kind))
            .max_by_key(|&(n, _)| n)
    }

    /// A phrase of the kinds `want` that ends just before word `end`: its first word and kind.
    fn ending(&self, words: &[Word<'_>], end: usize, want: u16) -> Option<(usize, Kind)> {
        (1..=MAX_WORDS.min(end)).rev().find_map(|n| {
            let start = end - n;
            self.starting(words, start, want)
                .filter(|&(len, _)| len == n)
                .map(|(_, kind)| (start, kind))
        })
    }

    /// The age (8 to 17) that word `i` starts, its words, and whether it carries a word for years.
    fn number(&self, words: &[Word<'_>], i: usize) -> Option<(u8, usize, bool)> {
        let key = words[i].key.as_ref();
        let digits = key.bytes().take_while(u8::is_ascii_digit).count();
        let (value, len, years) = if digits > 0 {
            let (n, rest) = key.split_at(digits);
            if digits > 2 || !(rest.is_empty() || self.suffixes.iter().any(|s| s == rest)) {
                return None;
            }
            (n.parse().ok()?, 1, !rest.is_empty())
        } else {
            match self.starting(words, i, NUMBER)? {
                (len, Kind::Number(v)) => (v, len, false),
                _ => return None,
            }
        };
        (8..=17).contains(&value).then_some((value, len, years))
    }

    /// Whether a place cue starts at word `at`, or after one word that goes on after an
    /// age ("y", "and").
    fn place_follows(&self, words: &[Word<'_>], at: usize) -> bool {
        let at = self.starting(words, at, FOLLOW).map_or(at, |(n, _)| at + n);
        self.starting(words, at, PLACE).is_some()
    }

    /// The byte range of the sender's age statement starting around word `i`, if it is one.
    fn age_at(&self, words: &[Word<'_>], i: usize) -> Option<Range<usize>> {
        let (_, len, mut years) = self.number(words, i)?;
        let frame = FRAME | FRAME_YEARS;
        let before = self.ending(words, i, frame).or_else(|| {
            let (f, _) = self.ending(words, i, FILLER)?;
            self.ending(words, f, frame)
        });
        let mut after = i + len;
        let mut me = false;
        if !years {
            if let Some((n, kind)) = self.starting(words, after, YEARS | YEARS_ME) {
                years = true;
                me = kind == Kind::YearsMe;
                after += n;
            }
        }
        // "13 saal ka hoon", and "main 13 ki hu" with no word for years.
        if !me {
            if let Some((n, _)) = self.starting(words, after, ME_AFTER) {
                me = true;
                after += n;
            }
        }
        let bare_age_ends = || {
            words.get(after).is_none_or(|w| {
                w.after_break || self.starting(words, after, FOLLOW | PLACE).is_some()
            })
        };
        let is_unit = !years && self.starting(words, after, UNIT).is_some();
        let own = match before {
            Some((_, Kind::Frame)) => years || (!is_unit && bare_age_ends()),
            // "tengo 14 y vivo en ...": a bare age after such a frame counts only when a
            // place cue follows it (after "and" or the like).
            Some((_, Kind::FrameYears)) => {
                years || me || (!is_unit && self.place_follows(words, after))
            }
            _ => me,
        };
        if !own {
            return None;
        }
        let start = before.map_or(i, |(b, _)| b);
        Some(words[start].range.start..words[after - 1].range.end)
    }

    /// The first age statement and the first place cue of a folded view.
    fn read(&self, view: &View<'_>) -> (Option<Range<usize>>, Option<Range<usize>>) {
        let words = split(view.text());
        let (mut age, mut place) = (None, None);
        for i in 0..words.len() {
            if age.is_none() {
                age = self.age_at(&words, i);
                // "13 from Texas": a place right after the age.
                if let Some(a) = &age {
                    let next = words.iter().position(|w| w.range.start >= a.end);
                    if let Some(n) = next.filter(|&n| words[n].key == "from" && n + 1 < words.len())
                    {
                        place.get_or_insert(words[n].range.start..words[n + 1].range.end);
                    }
                }
            }
            if place.is_none() {
                if let Some((n, _)) = self.starting(&words, i, PLACE) {
                    place = Some(words[i].range.start..words[i + n - 1].range.end);
                }
            }
            if age.is_some() && place.is_some() {
                break;
            }
        }
        (age, place)
    }
}

impl Teen {
    /// The classes of grooming signal in a folded view, as bits of [`CLASSES`], and the
    /// range of the first one.
    fn signals(&self, view: &View<'_>) -> (u32, Option<Range<usize>>) {
        let words = split(view.text());
        let (mut classes, mut first) = (0u32, None);
        let mut i = 0;
        while i < words.len() {
            match self.starting(&words, i, SIGNAL) {
                Some((n, Kind::Signal(c))) => {
                    classes |= 1 << c;
                    first.get_or_insert(words[i].range.start..words[i + n - 1].range.end);
                    i += n;
                }
                _ => i += 1,
            }
        }
        (classes, first)
    }

    /// `teen.grooming` of kind `pattern`: the signals of this received message and of the
    /// other person's latest earlier ones.
    fn pattern(&self, view: &View<'_>, ctx: &Context<'_>, out: &mut Sink<'_>) {
        let (here, at) = self.signals(view);
        let Some(at) = at else {
            return;
        };
        let from = ctx.history.len().saturating_sub(CONVERSATION - 1);
        let (mut all, mut earlier) = (here, Vec::new());
        for (i, message) in ctx.history.iter().enumerate().skip(from) {
            let n = Normalized::new(message);
            let (classes, _) = self.signals(n.folded());
            if classes != 0 {
                all |= classes;
                earlier.push(i as u32);
            }
        }
        if all.count_ones() >= PATTERN_CLASSES {
            let hit = Hit::new(RuleId::TeenGrooming, 0.9)
                .kind("pattern")
                .history(earlier);
            out.report(view, at, hit);
        }
    }
}

/// The words of `text`: runs of letters, digits and marks (an apostrophe between two of
/// them joins them and is dropped: "i'm" is "im"), each with whether anything but spaces
/// (punctuation, a line break, an emoji) comes before it.
fn split(text: &str) -> Vec<Word<'_>> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && is_word_char(c));
    let is_apostrophe = |c: char| matches!(c, '\'' | '’' | 'ʼ');
    let mut words: Vec<Word<'_>> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut last_end = 0;
    while let Some((at, c)) = chars.next() {
        if !is_word(c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        let mut apostrophe = false;
        while let Some(&(i, d)) = chars.peek() {
            if is_word(d) {
                end = i + d.len_utf8();
                chars.next();
            } else if is_apostrophe(d)
                && text[i + d.len_utf8()..].chars().next().is_some_and(is_word)
            {
                apostrophe = true;
                chars.next();
            } else {
                break;
            }
        }
        let w = &text[at..end];
        let key = if apostrophe {
            Cow::Owned(w.chars().filter(|&c| !is_apostrophe(c)).collect())
        } else {
            Cow::Borrowed(w)
        };
        words.push(Word {
            range: at..end,
            key,
            after_break: !text[last_end..at].chars().all(char::is_whitespace),
        });
        last_end = end;
    }
    words
}

impl Detector for Teen {
    fn rules(&self) -> &'static [RuleId] {
        RULES
    }

    fn detect(&self, text: &Normalized<'_>, ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = self;
        if ctx.direction == crate::detect::Direction::Incoming {
            t.pattern(view, ctx, out);
        }
        let (age, place) = t.read(view);
        // A place the address detector found in this message counts as well.
        let address = out.first_of(RuleId::PrivacyAddress);
        if age.is_none() && place.is_none() && address.is_none() {
            return;
        }
        let here_place = place.is_some() || address.is_some();
        let (mut then_age, mut then_place) = (false, false);
        if age.is_none() || !here_place {
            let from = ctx.history.len().saturating_sub(HISTORY_READ);
            for earlier in &ctx.history[from..] {
                let n = Normalized::new(earlier);
                let (a, p) = t.read(n.folded());
                then_age |= a.is_some();
                then_place |= p.is_some();
            }
        }
        let hit = || Hit::new(RuleId::TeenAgeDisclosure, 0.8);
        match (age, place) {
            (Some(a), _) if here_place || then_place => out.report(view, a, hit()),
            (None, Some(p)) if then_age => out.report(view, p, hit()),
            (None, None) if then_age => {
                if let Some(span) = address {
                    out.report_span(span, hit());
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ages(text: &str) -> Option<String> {
        let t = Teen::new();
        let n = Normalized::new(text);
        let view = n.folded();
        t.read(view).0.map(|r| view.text()[r].to_string())
    }

    #[test]
    fn the_senders_own_age() {
        for (text, want) in [
            ("hey im 13 lol", "im 13"),
            ("I'm only 14 and i live in Leeds", "i'm only 14"),
            ("i am 12 years old", "i am 12 years old"),
            ("tengo 15 años jaja", "tengo 15 años"),
            ("eu tenho 13 anos", "eu tenho 13 anos"),
            ("j'ai 14 ans", "j'ai 14 ans"),
            ("main 13 saal ka hoon", "main 13 saal ka hoon"),
            ("aku 14 tahun", "aku 14 tahun"),
            ("umurku 16", "umurku 16"),
            ("عمري ١٤ سنة", "عمري 14 سنة"),
            ("13 yaşındayım", "13 yaşindayim"),
            ("мне 15 лет", "мне 15 лет"),
            ("i'm thirteen", "i'm thirteen"),
            ("my age is 11.", "my age is 11"),
            ("I'M １５ AND", "i'm 15"),
            ("tengo 14 y vivo en guadalajara", "tengo 14"),
            ("tengo 13, vivo en Lima", "tengo 13"),
            ("main 13 ki hu", "main 13 ki hu"),
            ("aku umur 12, sekolah di bekasi", "aku umur 12"),
        ] {
            assert_eq!(ages(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn every_table_line_is_read() {
        for line in TEEN_AGE().lines().chain(TEEN_SIGNALS().lines()) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line:?}");
            let known = [
                "self", "self_y", "years", "years_me", "me_after", "filler", "follow", "unit",
                "number", "place",
            ];
            assert!(
                known.contains(&cols[0]) || CLASSES.contains(&cols[0]),
                "{line:?}"
            );
            let words = cols[2].split(' ').count() - usize::from(cols[0] == "number");
            assert!((1..=MAX_WORDS).contains(&words), "{line:?}");
        }
    }

    #[test]
    fn signals_add_up_over_a_conversation() {
        let t = Teen::new();
        let classes = |m: &str| t.signals(Normalized::new(m).folded()).0;
        assert_eq!(
            classes("how old r u? ur so cute. dont tell anyone").count_ones(),
            3
        );
        assert_eq!(classes("you can tell me anything"), 1 << 3);
        assert_eq!(classes("see you at practice, bring water"), 0);
    }

    #[test]
    fn numbers_that_are_not_the_senders_age() {
        for text in [
            "im 15 minutes away",
            "i'm 12 points behind",
            "tengo 15 perros",
            "my sister is 13 years old",
            "I'm 30 and live in Leeds",
            "i am 7",
            "im 13 in the leaderboard",
            "age 2024",
            "13 años de casados",
            "she is 14",
            "aku 14 kali coba",
            "the score is 13",
            "im 16th in line",
            "tengo 14 y medio kilos de harina",
            "tengo 15 y no sé qué hacer",
            "aku 13 dan 14 kali",
            "main 10 min me aa rahi hu",
        ] {
            assert_eq!(ages(text), None, "{text}");
        }
    }
}
