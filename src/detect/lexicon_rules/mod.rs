//! The word lexicons of the `abuse.*`, `sexual.*`, `violence.*`, `illegal.*` and
//! `self_harm.*` rules (`src/data/lexicons/`, issue #6): single words and fixed
//! expressions, found through the disguises people use to slip them past a filter.
//!
//! It reads the folded view (lower case, look-alike letters, full-width forms, zero-width
//! and bidi characters already undone) and cuts it into words of letters and digits. Each
//! word is folded again by [`skeleton`] (accents stripped, the same function build.rs
//! applied to the entries) and its runs of one letter are collapsed, remembering which
//! letters were doubled: an entry's doubled letter must be doubled in the message too
//! ("ass" never matches "as"), and a longer run still matches ("fuuuuck"). The word is
//! then looked up whole (`term`), by its starts (`stem`) and by its inner parts
//! (`infix`); `allow` entries of a rule keep a word quiet for that rule. A word with leet
//! digits or symbols between its letters (`sh!t`, `b1tch`) is looked up a second time
//! with them read as letters; entries written with digits (`ak47`, Arabizi `3ars`) match
//! as written.
//!
//! Disguises that split a word: letters spaced out or dotted (`f u c k`, `f.u.c.k`,
//! `f-u-c-k`) are joined only when the joined letters are an entry, so ordinary spaced
//! text stays quiet; short tags inside a word (`f<b></b>uck`) are skipped. Entries of
//! several words match words in order with only spaces or punctuation between them.
//!
//! Cost: one hash probe per word, plus one per start of a stem's length where a word is
//! long enough, and a probe per inner position only at the first letters of infixes. The
//! folding goes into buffers reused for the whole check, so no word allocates. Every
//! look-ahead (joined letters, the next words of a fixed expression) is bounded by the
//! longest entry, so the time stays linear.

// Its rule and kind names and entry folding are build.rs's; the engine uses its letters.
#[allow(dead_code)]
mod skeleton;

use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// The rules, numbered as [`skeleton::RULES`] numbers them.
const RULES: [RuleId; 15] = [
    RuleId::AbuseProfanity,
    RuleId::AbuseHarassment,
    RuleId::AbuseHate,
    RuleId::AbuseThreat,
    RuleId::SexualExplicit,
    RuleId::SexualMinor,
    RuleId::SexualNonconsensual,
    RuleId::ViolenceExtremism,
    RuleId::ViolenceGore,
    RuleId::IllegalDrugs,
    RuleId::IllegalWeapons,
    RuleId::IllegalGambling,
    RuleId::IllegalCrime,
    RuleId::SelfHarmRisk,
    RuleId::SelfHarmEncouragement,
];

/// Kinds of entry, as numbered in the table; `CONT` marks the first words of a fixed
/// expression, whose next word is worth reading.
const TERM: u8 = 0;
const STEM: u8 = 1;
const INFIX: u8 = 2;
const ALLOW: u8 = 3;
const CONT: u8 = 4;

/// Most letters an entry's doubled-letter mask covers (beyond them, runs are not checked).
const MASK_BITS: usize = 64;

/// FNV-1a: the keys are short, so a simple byte hash beats the default SipHash.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// One entry under a collapsed key.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Which letters of the key (by char position) the entry has doubled.
    doubled: u64,
    /// Index into [`RULES`].
    rule: u8,
    /// `TERM`, `STEM`, `INFIX`, `ALLOW` or `CONT`.
    kind: u8,
}

/// A word (or words) folded: the collapsed key in a reused buffer, and which of its
/// letters were doubled or more.
#[derive(Default)]
struct Key {
    text: String,
    doubled: u64,
    /// Chars in `text`.
    chars: usize,
    last: char,
}

impl Key {
    fn clear(&mut self) {
        self.text.clear();
        self.doubled = 0;
        self.chars = 0;
        self.last = '\0';
    }

    /// Appends a char (already through [`skeleton::letter`]), collapsing runs.
    fn push(&mut self, c: char) {
        if c == self.last && c != ' ' {
            if self.chars <= MASK_BITS {
                self.doubled |= 1 << (self.chars - 1);
            }
            return;
        }
        self.last = c;
        self.text.push(c);
        self.chars += 1;
    }
}

/// The detector of the lexicon rules.
pub(crate) struct LexiconRules {
    map: HashMap<Box<str>, Vec<Entry>, BuildHasherDefault<Fnv>>,
    /// Shortest and longest stem, in chars.
    stem_chars: (usize, usize),
    /// Longest term, in chars (its collapsed key).
    term_chars: usize,
    /// The infixes: collapsed key, doubled letters, rule.
    infixes: Vec<(Box<str>, u64, u8)>,
    /// The first chars of the infixes.
    infix_first: Vec<char>,
}

impl LexiconRules {
    pub(crate) fn new() -> LexiconRules {
        let mut map: HashMap<Box<str>, Vec<Entry>, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut stem_chars = (usize::MAX, 0);
        let mut term_chars = 0;
        let mut infixes = Vec::new();
        let mut infix_first = Vec::new();
        let (mut rule, mut kind) = (0u8, 0u8);
        let mut key = Key::default();
        for line in LEX_WORDS.lines() {
            if let Some(group) = line.strip_prefix('\t') {
                let b = group.as_bytes();
                rule = b[0] - b'a';
                kind = match b[1] {
                    b't' => TERM,
                    b's' => STEM,
                    b'i' => INFIX,
                    _ => ALLOW,
                };
                continue;
            }
            key.clear();
            for c in line.chars() {
                key.push(c);
                if c == ' ' && kind == TERM {
                    // The first words of an expression: worth reading on.
                    let cont = key.text.trim_end().into();
                    let list: &mut Vec<Entry> = map.entry(cont).or_default();
                    if !list.iter().any(|e| e.kind == CONT) {
                        list.push(Entry {
                            doubled: 0,
                            rule,
                            kind: CONT,
                        });
                    }
                }
            }
            let entry = Entry {
                doubled: key.doubled,
                rule,
                kind,
            };
            match kind {
                STEM => {
                    stem_chars.0 = stem_chars.0.min(key.chars);
                    stem_chars.1 = stem_chars.1.max(key.chars);
                }
                INFIX => {
                    infix_first.extend(key.text.chars().next());
                    infixes.push((key.text.as_str().into(), key.doubled, rule));
                    continue;
                }
                _ => term_chars = term_chars.max(key.chars),
            }
            map.entry(key.text.as_str().into()).or_default().push(entry);
        }
        infix_first.sort_unstable();
        infix_first.dedup();
        LexiconRules {
            map,
            stem_chars,
            term_chars,
            infixes,
            infix_first,
        }
    }
}

/// What a word char is for the tokenizer.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || !c.is_ascii() && crate::normalize::is_word_char(c) && !c.is_whitespace()
}

/// A symbol that stands for a letter inside a word (`sh!t`, `b@stard`, `a$$`).
fn is_leet_symbol(c: char) -> bool {
    matches!(c, '@' | '$' | '!' | '|')
}

/// The end of a short tag (`<b>`, `</i>`, `<br/>`) starting at `at`, if there is one.
fn tag_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = at + 1;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    let name = i;
    while i < b.len() && i - name < 8 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name {
        return None;
    }
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    (b.get(i) == Some(&b'>')).then_some(i + 1)
}

/// One word of the view: its range, and whether it has letters and leet chars.
#[derive(Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    letters: bool,
    leet: bool,
    /// Chars, tags left out.
    chars: usize,
}

/// The next word of `text` at or after `from`: word chars, with leet symbols and short
/// tags between them.
fn next_token(text: &str, from: usize) -> Option<Token> {
    let mut chars = text[from..].char_indices();
    let start = loop {
        let (i, c) = chars.next()?;
        if is_word(c) {
            break from + i;
        }
    };
    let mut t = Token {
        start,
        end: start,
        letters: false,
        leet: false,
        chars: 0,
    };
    let mut i = start;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if is_word(c) {
            t.letters |= c.is_alphabetic();
            t.leet |= skeleton::leet(c).is_some();
            t.chars += 1;
            i += c.len_utf8();
            t.end = i;
            continue;
        }
        // A symbol or tag continues the word only when a word char follows it.
        let skip = if is_leet_symbol(c) {
            Some(i + 1)
        } else if c == '<' {
            let mut j = i;
            while let Some(e) = tag_end(text, j) {
                j = e;
                if text.as_bytes().get(j) != Some(&b'<') {
                    break;
                }
            }
            (j > i).then_some(j)
        } else if c == '\'' {
            Some(i + 1)
        } else {
            None
        };
        match skip {
            Some(j) if text[j..].chars().next().is_some_and(is_word) => {
                if is_leet_symbol(c) {
                    t.leet = true;
                    t.chars += 1;
                } else if c == '\'' {
                    t.chars += 1;
                }
                i = j;
            }
            _ => break,
        }
    }
    Some(t)
}

/// Appends the word `text[t.start..t.end]` to `key`: tags left out, leet read as letters
/// when `leet`.
fn fold_into(key: &mut Key, text: &str, t: Token, leet: bool) {
    let mut i = t.start;
    while i < t.end {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c == '<' {
            if let Some(e) = tag_end(text, i) {
                i = e;
                continue;
            }
        }
        i += c.len_utf8();
        let c = if leet {
            skeleton::leet(c).unwrap_or(c)
        } else {
            c
        };
        key.push(skeleton::letter(c));
    }
}

/// Per check: the buffers and the rules found so far in the word.
struct Scan<'a> {
    lex: &'a LexiconRules,
    key: Key,
}

impl Scan<'_> {
    /// Rules (bit per index) that `key` finds as a whole (`TERM`) and allows (`ALLOW`),
    /// and whether it starts an expression.
    fn whole(&self, key: &Key) -> (u16, u16, bool) {
        let (mut found, mut allowed, mut cont) = (0u16, 0u16, false);
        if key.chars > self.lex.term_chars {
            return (0, 0, false);
        }
        if let Some(list) = self.lex.map.get(key.text.as_str()) {
            for e in list {
                if e.doubled & !key.doubled != 0 {
                    continue;
                }
                match e.kind {
                    TERM => found |= 1 << e.rule,
                    ALLOW => allowed |= 1 << e.rule,
                    CONT => cont = true,
                    _ => {}
                }
            }
        }
        (found, allowed, cont)
    }

    /// Rules whose stems start `key`, or whose infixes are inside it.
    fn parts(&self, key: &Key) -> u16 {
        let mut found = 0u16;
        let (lo, hi) = self.lex.stem_chars;
        if key.chars >= lo {
            for (n, (at, c)) in key.text.char_indices().enumerate() {
                let n = n + 1;
                if n > hi {
                    break;
                }
                if n < lo {
                    continue;
                }
                let end = at + c.len_utf8();
                if let Some(list) = self.lex.map.get(&key.text[..end]) {
                    for e in list {
                        if e.kind == STEM && e.doubled & !key.doubled == 0 {
                            found |= 1 << e.rule;
                        }
                    }
                }
            }
        }
        for (n, (at, c)) in key.text.char_indices().enumerate() {
            if self.lex.infix_first.binary_search(&c).is_err() {
                continue;
            }
            for (infix, doubled, rule) in &self.lex.infixes {
                if key.text[at..].starts_with(&**infix)
                    && doubled.checked_shl(n as u32).unwrap_or(0) & !key.doubled == 0
                {
                    found |= 1 << rule;
                }
            }
        }
        found
    }
}

/// Reports `rules` (bits of [`RULES`]) at `range`.
fn report(out: &mut Sink<'_>, view: &View<'_>, range: std::ops::Range<usize>, rules: u16) {
    for (i, rule) in RULES.iter().enumerate() {
        if rules & 1 << i != 0 {
            out.report(view, range.clone(), Hit::new(*rule, 0.9).kind("lexicon"));
        }
    }
}

impl Detector for LexiconRules {
    fn rules(&self) -> &'static [RuleId] {
        &RULES
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let s = view.text();
        let mut scan = Scan {
            lex: self,
            key: Key::default(),
        };
        let mut at = 0;
        while let Some(t) = next_token(s, at) {
            at = t.end;
            if t.chars == 1 {
                if let Some(end) = spaced(&mut scan, s, t) {
                    let (found, allowed, _) = scan.whole(&scan.key);
                    let found = (found | scan.parts(&scan.key)) & !allowed;
                    if found != 0 {
                        report(out, view, t.start..end, found);
                        at = end;
                        continue;
                    }
                }
            }
            let mut found = 0u16;
            let mut allowed = 0u16;
            let mut cont = false;
            for leet in [false, true] {
                if leet && !(t.leet && t.letters) {
                    break;
                }
                scan.key.clear();
                fold_into(&mut scan.key, s, t, leet);
                let (f, a, c) = scan.whole(&scan.key);
                found |= f | scan.parts(&scan.key);
                allowed |= a;
                cont |= c;
            }
            found &= !allowed;
            if found != 0 {
                report(out, view, t.start..t.end, found);
            }
            if cont {
                expression(&mut scan, s, t, out, view);
            }
        }
    }
}

/// Letters spaced out by one repeated separator (`f u c k`, `f.u.c.k`) from `first` on,
/// joined into `scan.key`; the end of the last letter, when there are at least three.
fn spaced(scan: &mut Scan<'_>, s: &str, first: Token) -> Option<usize> {
    let b = s.as_bytes();
    let sep = *b.get(first.end)?;
    if !matches!(sep, b' ' | b'.' | b'-' | b'_' | b'*' | b'/') {
        return None;
    }
    scan.key.clear();
    fold_into(&mut scan.key, s, first, false);
    let (mut end, mut count) = (first.end, 1);
    while count < scan.lex.term_chars && b.get(end) == Some(&sep) {
        let Some(t) = next_token(s, end + 1) else {
            break;
        };
        if t.start != end + 1 || t.chars != 1 {
            break;
        }
        fold_into(&mut scan.key, s, t, true);
        end = t.end;
        count += 1;
    }
    (count >= 3).then_some(end)
}

/// The fixed expressions that start with the word `first`: its next words are read,
/// up to the longest entry, and the longest expression found is reported.
fn expression(scan: &mut Scan<'_>, s: &str, first: Token, out: &mut Sink<'_>, view: &View<'_>) {
    scan.key.clear();
    fold_into(&mut scan.key, s, first, false);
    let mut end = first.end;
    let mut best = None;
    while scan.key.chars < scan.lex.term_chars {
        let Some(t) = next_token(s, end) else {
            break;
        };
        // Only spaces or punctuation between the words, and not much of it.
        if t.start - end > 3 {
            break;
        }
        scan.key.push(' ');
        fold_into(&mut scan.key, s, t, false);
        end = t.end;
        let (found, allowed, cont) = scan.whole(&scan.key);
        if found & !allowed != 0 {
            best = Some((end, found & !allowed));
        }
        if !cont {
            break;
        }
    }
    if let Some((end, rules)) = best {
        report(out, view, first.start..end, rules);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, &'static str)> {
        let lex = LexiconRules::new();
        let n = Normalized::new(text);
        let ctx = Context {
            teen: false,
            direction: Default::default(),
            history: &[],
            blocked_domains: &[],
        };
        let mut sink = Sink::new(text);
        lex.detect(&n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .map(|c| {
                (
                    text[c.span.start..c.span.end].to_string(),
                    c.hit.rule.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn table_numbers_rules_as_the_engine() {
        for (id, rule) in skeleton::RULES.iter().zip(RULES) {
            assert_eq!(*id, rule.as_str());
        }
        assert_eq!(skeleton::entry("Fuuuck"), "Fuuck");
        assert_eq!(skeleton::entry("ёбаный"), "ебаный");
    }

    #[test]
    fn words_and_disguises() {
        assert_eq!(find("what the fuck"), [("fuck".into(), "abuse.profanity")]);
        assert_eq!(find("FUUUUCK"), [("FUUUUCK".into(), "abuse.profanity")]);
        assert_eq!(find("sh!t happens")[0].0, "sh!t");
        assert_eq!(find("f u c k this")[0].0, "f u c k");
        assert_eq!(find("f.u.c.k")[0].0, "f.u.c.k");
        assert_eq!(find("f<b></b>uck")[0].0, "f<b></b>uck");
        assert_eq!(find("motherfucker")[0].0, "motherfucker");
    }

    #[test]
    fn innocent_words() {
        for text in [
            "Scunthorpe",
            "classic",
            "assassin",
            "Penistone",
            "grapes",
            "as I said",
            "a b c d",
            "I am in Nigeria",
            "Kung-Fu",
        ] {
            assert_eq!(find(text), [], "{text}");
        }
    }
}
