//! The phrases of the lexicons: words that decide together where single words decide
//! nothing (`{you_are} {insult}`, `{i_will} kill {pronoun_you}`, `{trade} {drug}`,
//! `{weapon} for sale`), and the quiet lines with slots that keep idioms quiet
//! (`{i_will} kill {pronoun_you} in {game}`, `{weapon} skin`).
//!
//! A phrase is a list of items: a word (whole, or a stem, `idiot*`), a slot (a set of
//! values, each a short list of words, of the phrase's own language) or a number
//! (`{n}`, `{age}`, maybe glued to a word: `{age}yo`). build.rs chose one item of each
//! phrase as its anchor, its rarest word or slot in ordinary text (`table.rs`): the
//! anchor words (a fixed word's, or the longest word of each value of an anchor slot)
//! go into the word scan's own tables, so a message costs the phrases nothing until
//! the scan meets one of them, which is one hash probe like any word. There the words
//! around it are read ([`Window`]; each word folded as the word scan folds it, with leet
//! read as letters too) and each phrase anchored there is matched outwards from it:
//! the items after the anchor forwards, those before it backwards, a slot trying its
//! values longest first. Words of a phrase follow each other with only a little space
//! or punctuation between them (no sentence end, no line break); one word of the
//! language's `gap` slot ("fucking", "really") may stand between two items.
//!
//! Cost: the words around an anchor are read once for all the anchors near each other
//! (the window moves on with the scan), and at most [`LOOKBACK`] bytes back when an
//! anchor is far from the last; each phrase tried costs a few comparisons of hashes, so
//! the time stays linear in the text. Nothing is allocated before the first anchor.

use super::{
    read_word, Entry, Key, LexiconRules, Scan, AT_STEM_VALUE, AT_STEM_WORD, AT_VALUE, AT_WORD,
    FNV_START,
};
use crate::detect::lexicon::floor_boundary;

/// Bytes read back from an anchor for the words before it, when the window does not
/// reach it: more than the longest phrase needs.
const LOOKBACK: usize = 400;

/// One item of a phrase or slot value.
#[derive(Clone, Copy, Debug)]
enum Item {
    /// A word (index into [`Phrases::words`]).
    Word(u32),
    /// A slot (index into [`Phrases::slots`]).
    Slot(u32),
    /// A number written in digits, at most `max` (0: any), glued to the word `suffix`
    /// when it has one (`{age}yo`).
    Num { max: u32, suffix: Option<u32> },
}

/// A word of a phrase or value: its collapsed key (in [`Phrases::bytes`]), which of its
/// letters are doubled, its hash, and whether it is a stem (a start of the word).
#[derive(Clone, Copy, Debug)]
struct Word {
    from: u32,
    to: u32,
    chars: u32,
    doubled: u64,
    hash: u64,
    stem: bool,
}

/// A value of a slot: its items, and which of them is its anchor word.
#[derive(Clone, Copy)]
struct Value {
    from: u32,
    to: u32,
    anchor: u32,
    slot: u32,
}

/// A slot: its values, longest first (a range of [`Phrases::order`]), and the phrases
/// anchored on it (a range of [`Phrases::members`]).
#[derive(Clone, Copy, Default)]
struct Slot {
    values: (u32, u32),
    anchored: (u32, u32),
    /// The most words a value has.
    longest: u32,
}

/// A phrase: its items, the index of its anchor among them, its rule, whether it is a
/// quiet line, and its language's `gap` slot.
#[derive(Clone, Copy)]
struct Phrase {
    from: u32,
    to: u32,
    anchor: u32,
    rule: u8,
    quiet: bool,
    gap: Option<u32>,
}

/// The phrases, built once from the pack's phrase section.
#[derive(Default)]
pub(super) struct Phrases {
    bytes: Vec<u8>,
    words: Vec<Word>,
    items: Vec<Item>,
    values: Vec<Value>,
    /// The values of each slot, longest first.
    order: Vec<u32>,
    slots: Vec<Slot>,
    phrases: Vec<Phrase>,
    /// Phrases by anchor: for an anchor word, a group `(from, to)` of `members`; for a
    /// slot, its `anchored` range.
    groups: Vec<(u32, u32)>,
    members: Vec<u32>,
    /// The most words a phrase spans (its slots' longest values, and gaps).
    span: usize,
}

/// Reads the words of `text` (one item of a phrase or value, spaces apart) into
/// `phrases`; slots by name from `slots`. `None` when a slot is unknown.
fn parse_items(
    lex: &LexiconRules,
    p: &mut Phrases,
    key: &mut Key,
    text: &'static str,
    slots: &[(&str, u32)],
) -> Option<()> {
    let base = text.as_ptr() as usize;
    for part in text.split(' ') {
        let at = part.as_ptr() as usize - base;
        if let Some(name) = part.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
            let item = match name {
                "n" => Item::Num {
                    max: 0,
                    suffix: None,
                },
                "age" => Item::Num {
                    max: 17,
                    suffix: None,
                },
                _ => Item::Slot(slots.iter().find(|s| s.0 == name)?.1),
            };
            p.items.push(item);
            continue;
        }
        // A number glued to what follows (`{age}yo`, `{n}k`, `{age}-year-old`).
        let (mut from, num) = match part {
            _ if part.starts_with("{age}") => (at + 5, Some(17)),
            _ if part.starts_with("{n}") => (at + 3, Some(0)),
            _ => (at, None),
        };
        let end = at + part.len();
        let mut glued = num.is_some_and(|_| {
            text[from..end]
                .chars()
                .next()
                .is_some_and(|c| lex.is_word(c))
        });
        if let Some(max) = num {
            p.items.push(Item::Num { max, suffix: None });
        }
        while from < end {
            key.clear();
            let Some(t) = read_word(lex, &text[..end], from, key, false) else {
                break;
            };
            from = t.end;
            let stem = text.as_bytes().get(t.end) == Some(&b'*');
            let w = Word {
                from: p.bytes.len() as u32,
                to: (p.bytes.len() + key.text.len()) as u32,
                chars: key.chars as u32,
                doubled: key.doubled,
                hash: key.hash,
                stem,
            };
            p.bytes.extend_from_slice(&key.text);
            p.words.push(w);
            let id = (p.words.len() - 1) as u32;
            if glued {
                glued = false;
                if let Some(Item::Num { suffix, .. }) = p.items.last_mut() {
                    *suffix = Some(id);
                }
            } else {
                p.items.push(Item::Word(id));
            }
        }
    }
    Some(())
}

/// The longest word item of `items` (the first of equal ones), as its index.
fn longest_word(p: &Phrases, from: usize, to: usize) -> Option<usize> {
    let mut best: Option<(u32, usize)> = None;
    for i in from..to {
        if let Item::Word(w) = p.items[i] {
            let chars = p.words[w as usize].chars;
            if best.is_none_or(|(c, _)| chars > c) {
                best = Some((chars, i));
            }
        }
    }
    best.map(|(_, i)| i)
}

impl Phrases {
    /// Reads the phrase section of the pack (see `table.rs`) and puts the anchors into
    /// the word scan's tables (`lex`): one pass over the text, then the phrases grouped
    /// by anchor.
    pub(super) fn build(lex: &mut LexiconRules, text: &'static str) {
        let mut p = Phrases::default();
        let mut key = Key::default();
        // This language's slots, by name; its gap slot.
        let mut slots: Vec<(&str, u32)> = Vec::new();
        let mut gap = None;
        let (mut rule, mut quiet) = (0u8, false);
        // Phrases anchored by a word: (phrase, item of the anchor).
        let mut by_word: Vec<(u32, u32)> = Vec::new();
        // Per slot, the phrases anchored on it.
        let mut by_slot: Vec<(u32, u32)> = Vec::new();
        for line in text.lines() {
            let b = line.as_bytes();
            match b.first() {
                None => {}
                Some(b'#') => {
                    slots.clear();
                    gap = None;
                }
                Some(b'$') => {
                    let Some((name, values)) = line[1..].split_once(':') else {
                        continue;
                    };
                    let id = p.slots.len() as u32;
                    let base = values.as_ptr() as usize - text.as_ptr() as usize;
                    let first = p.order.len() as u32;
                    let mut longest = 0;
                    for v in values.split('|') {
                        let at = v.as_ptr() as usize - text.as_ptr() as usize;
                        let from = p.items.len();
                        if parse_items(lex, &mut p, &mut key, &text[at..at + v.len()], &[])
                            .is_none()
                            || p.items[from..].iter().any(|i| matches!(i, Item::Slot(_)))
                        {
                            p.items.truncate(from);
                            continue;
                        }
                        let to = p.items.len();
                        let Some(anchor) = longest_word(&p, from, to) else {
                            p.items.truncate(from);
                            continue;
                        };
                        longest = longest.max((to - from) as u32);
                        p.order.push(p.values.len() as u32);
                        p.values.push(Value {
                            from: from as u32,
                            to: to as u32,
                            anchor: anchor as u32,
                            slot: id,
                        });
                    }
                    let _ = base;
                    // Longest first: a value that another one starts is tried after it.
                    let values = &p.values;
                    p.order[first as usize..].sort_by_key(|&v| {
                        std::cmp::Reverse(values[v as usize].to - values[v as usize].from)
                    });
                    p.slots.push(Slot {
                        values: (first, p.order.len() as u32),
                        anchored: (0, 0),
                        longest,
                    });
                    if name == "gap" {
                        gap = Some(id);
                    }
                    slots.push((name, id));
                }
                Some(b'\t') => {
                    rule = b.get(1).map_or(0, |x| x.wrapping_sub(b'a'));
                    quiet = b.get(2) == Some(&b'q');
                }
                Some(&d) => {
                    let at = line.as_ptr() as usize - text.as_ptr() as usize;
                    let from = p.items.len();
                    if parse_items(
                        lex,
                        &mut p,
                        &mut key,
                        &text[at + 1..at + line.len()],
                        &slots,
                    )
                    .is_none()
                    {
                        p.items.truncate(from);
                        continue;
                    }
                    let to = p.items.len();
                    // The anchor: item `d` of the phrase's words as written, which may
                    // have become several items (`ak-47`): the longest word of them.
                    let nth = usize::from(d.wrapping_sub(b'0'));
                    let Some(element) = line[1..].split(' ').nth(nth) else {
                        p.items.truncate(from);
                        continue;
                    };
                    let before = line[1..].split(' ').take(nth).collect::<Vec<_>>().join(" ");
                    let Some(first) = item_count(lex, &before, &slots).map(|n| from + n) else {
                        p.items.truncate(from);
                        continue;
                    };
                    let last = first + item_count(lex, element, &slots).unwrap_or(1);
                    let anchor = match p.items.get(first) {
                        Some(Item::Slot(_)) => Some(first),
                        _ => longest_word(&p, first, last.min(to)),
                    };
                    let Some(anchor) = anchor else {
                        p.items.truncate(from);
                        continue;
                    };
                    let id = p.phrases.len() as u32;
                    p.phrases.push(Phrase {
                        from: from as u32,
                        to: to as u32,
                        anchor: anchor as u32,
                        rule,
                        quiet,
                        gap,
                    });
                    match p.items[anchor] {
                        Item::Slot(s) => by_slot.push((s, id)),
                        _ => by_word.push((id, anchor as u32)),
                    }
                }
            }
        }
        // The words a phrase spans at most.
        for ph in &p.phrases {
            let mut n = 0;
            for i in ph.from..ph.to {
                n += match p.items[i as usize] {
                    Item::Slot(s) => p.slots[s as usize].longest as usize,
                    _ => 1,
                } + usize::from(ph.gap.is_some());
            }
            p.span = p.span.max(n);
        }
        // Phrases by anchor word: grouped by the word's key.
        let word_of = |p: &Phrases, (ph, item): (u32, u32)| -> Word {
            let _ = ph;
            match p.items[item as usize] {
                Item::Word(w) => p.words[w as usize],
                _ => unreachable!("anchors are words or slots"),
            }
        };
        {
            let pr = &p;
            by_word.sort_by(|&a, &b| {
                let (x, y) = (word_of(pr, a), word_of(pr, b));
                (&pr.bytes[x.from as usize..x.to as usize], x.doubled, x.stem).cmp(&(
                    &pr.bytes[y.from as usize..y.to as usize],
                    y.doubled,
                    y.stem,
                ))
            });
        }
        let mut g = 0;
        while g < by_word.len() {
            let w = word_of(&p, by_word[g]);
            let key = &p.bytes[w.from as usize..w.to as usize];
            let mut end = g + 1;
            while end < by_word.len() && {
                let x = word_of(&p, by_word[end]);
                &p.bytes[x.from as usize..x.to as usize] == key
                    && x.doubled == w.doubled
                    && x.stem == w.stem
            } {
                end += 1;
            }
            let group = p.groups.len() as u32;
            let first = p.members.len() as u32;
            p.members.extend(by_word[g..end].iter().map(|&(ph, _)| ph));
            p.groups.push((first, p.members.len() as u32));
            let key = key.to_vec();
            anchor(lex, &key, w, AT_WORD, AT_STEM_WORD, group);
            g = end;
        }
        // Phrases by anchor slot, and each value of those slots as an anchor.
        by_slot.sort_unstable();
        let mut i = 0;
        while i < by_slot.len() {
            let s = by_slot[i].0;
            let first = p.members.len() as u32;
            while i < by_slot.len() && by_slot[i].0 == s {
                p.members.push(by_slot[i].1);
                i += 1;
            }
            p.slots[s as usize].anchored = (first, p.members.len() as u32);
            let (from, to) = p.slots[s as usize].values;
            for k in from..to {
                let v = p.order[k as usize];
                let value = p.values[v as usize];
                if let Item::Word(w) = p.items[value.anchor as usize] {
                    let w = p.words[w as usize];
                    let key = p.bytes[w.from as usize..w.to as usize].to_vec();
                    anchor(lex, &key, w, AT_VALUE, AT_STEM_VALUE, v);
                }
            }
        }
        lex.phrases = p;
    }
}

/// How many items the words of `text` become (as [`parse_items`] reads them).
fn item_count(lex: &LexiconRules, text: &str, slots: &[(&str, u32)]) -> Option<usize> {
    if text.is_empty() {
        return Some(0);
    }
    let mut n = 0;
    let mut key = Key::default();
    for part in text.split(' ') {
        if part.starts_with('{') && part.ends_with('}') {
            n += 1;
            continue;
        }
        let (mut from, num) = match part {
            _ if part.starts_with("{age}") => (5, true),
            _ if part.starts_with("{n}") => (3, true),
            _ => (0, false),
        };
        let glued = num && part[from..].chars().next().is_some_and(|c| lex.is_word(c));
        n += usize::from(num);
        let mut first = true;
        while from < part.len() {
            key.clear();
            let Some(t) = read_word(lex, part, from, &mut key, false) else {
                break;
            };
            from = t.end;
            if !(glued && first) {
                n += 1;
            }
            first = false;
        }
    }
    let _ = slots;
    Some(n)
}

/// Puts the anchor word `w` (key `key`) into the word scan's tables: a whole word as an
/// entry of kind `whole`, a stem (as long as the shortest stem, or longer) as one of
/// kind `stem`, with `index`.
fn anchor(lex: &mut LexiconRules, key: &[u8], w: Word, whole: u8, stem: u8, index: u32) {
    let Ok(index) = u16::try_from(index) else {
        return;
    };
    let (start, end) = lex.keys.add(key);
    let chars = w.chars as usize;
    if w.stem && chars >= lex.stem_chars.0 {
        lex.stem_filter.insert(w.hash);
        let text = String::from_utf8_lossy(key);
        let start_hash = text
            .chars()
            .take(lex.stem_chars.0)
            .fold(FNV_START, super::fnv_char);
        lex.stem_starts.insert(start_hash);
        lex.stem_chars.1 = lex.stem_chars.1.max(chars);
        let entry = Entry {
            doubled: w.doubled,
            rule: 0,
            kind: stem,
            index,
        };
        lex.keys.insert(start, end, w.hash, entry);
    } else {
        lex.words.insert(w.hash);
        lex.solo.insert(w.hash);
        lex.term_chars = lex.term_chars.max(chars);
        let entry = Entry {
            doubled: w.doubled,
            rule: 0,
            kind: whole,
            index,
        };
        lex.keys.insert(start, end, w.hash, entry);
    }
}

/// A word of the message in the window: its bytes, its key as written and, when it
/// has leet, as read with leet, and whether it follows the word before closely enough
/// for a phrase (one to three spaces or marks, no sentence end).
#[derive(Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    plain: KeyRef,
    leet: Option<KeyRef>,
    joined: bool,
}

/// A key in [`Window::arena`].
#[derive(Clone, Copy)]
struct KeyRef {
    from: u32,
    to: u32,
    hash: u64,
    doubled: u64,
}

/// The words around the anchors, read once: per check, reused.
#[derive(Default)]
pub(super) struct Window {
    toks: Vec<Tok>,
    arena: Vec<u8>,
    key: Key,
    /// How far the text has been read (the end of the last word, or where no word is left).
    read_to: usize,
    /// The text is read to its end.
    done: bool,
}

/// Whether the text between two words lets them be words of one phrase.
fn joins(gap: &[u8]) -> bool {
    !gap.is_empty()
        && gap.len() <= 3
        && gap.iter().all(|b| {
            matches!(
                b,
                b' ' | b',' | b'-' | b'\'' | b'"' | b'*' | b'~' | b'_' | b'/'
            )
        })
}

impl Window {
    fn store(&mut self) -> KeyRef {
        let from = self.arena.len() as u32;
        self.arena.extend_from_slice(&self.key.text);
        KeyRef {
            from,
            to: self.arena.len() as u32,
            hash: self.key.hash,
            doubled: self.key.doubled,
        }
    }

    /// Reads the next word from `read_to`; false at the end of the text.
    fn next(&mut self, lex: &LexiconRules, s: &str) -> bool {
        if self.done {
            return false;
        }
        self.key.clear();
        let Some(t) = read_word(lex, s, self.read_to, &mut self.key, false) else {
            self.done = true;
            self.read_to = s.len();
            return false;
        };
        let plain = self.store();
        let leet = (t.leet && t.letters).then(|| {
            self.key.clear();
            read_word(lex, s, t.start, &mut self.key, true);
            self.store()
        });
        let joined = self
            .toks
            .last()
            .is_some_and(|p| p.end <= t.start && joins(&s.as_bytes()[p.end..t.start]));
        self.toks.push(Tok {
            start: t.start,
            end: t.end,
            plain,
            leet,
            joined,
        });
        self.read_to = t.end;
        true
    }

    /// Makes the window hold the word starting at `at` (where the word scan found an
    /// anchor), `before` words before it and `after` after it (those there are); its
    /// index.
    fn around(
        &mut self,
        lex: &LexiconRules,
        s: &str,
        at: usize,
        before: usize,
        after: usize,
    ) -> Option<usize> {
        let found = |w: &Window| w.toks.iter().rposition(|t| t.start == at);
        let mut a = found(self);
        if a.is_none() {
            let near = self.read_to <= at && at - self.read_to <= LOOKBACK && !self.toks.is_empty();
            if !near {
                // Start again, a little before.
                self.toks.clear();
                self.arena.clear();
                self.done = false;
                let from = floor_boundary(s, at.saturating_sub(LOOKBACK));
                self.read_to = from;
                // A word cut by the start is left out.
                if from > 0 {
                    let prev = s[..from].chars().next_back().unwrap_or(' ');
                    if lex.is_word(prev) || prev.is_ascii_alphanumeric() {
                        self.next(lex, s);
                        self.toks.clear();
                        self.arena.clear();
                    }
                }
            }
            while self.read_to <= at && self.next(lex, s) {
                if self.toks.last().is_some_and(|t| t.start >= at) {
                    break;
                }
            }
            a = found(self);
        }
        let mut a = a?;
        // Keep the window short: words long before the anchor are dropped.
        if a > before + 64 {
            let cut = a - before;
            let shift = self.toks[cut].plain.from;
            self.toks.drain(..cut);
            self.arena.drain(..shift as usize);
            for t in &mut self.toks {
                t.plain.from -= shift;
                t.plain.to -= shift;
                if let Some(l) = &mut t.leet {
                    l.from -= shift;
                    l.to -= shift;
                }
            }
            a -= cut;
        }
        while self.toks.len() <= a + after && self.next(lex, s) {}
        Some(a)
    }
}

/// A match in progress: the phrases, the window and the text.
struct Matcher<'a> {
    p: &'a Phrases,
    w: &'a Window,
    s: &'a str,
}

impl Matcher<'_> {
    /// Whether the word `w` of a phrase is the message's word `t`.
    fn word(&self, w: Word, t: &Tok) -> bool {
        let key = &self.p.bytes[w.from as usize..w.to as usize];
        let is = |k: &KeyRef| {
            let text = &self.w.arena[k.from as usize..k.to as usize];
            w.doubled & !k.doubled == 0
                && if w.stem {
                    text.starts_with(key)
                } else {
                    k.hash == w.hash && text == key
                }
        };
        is(&t.plain) || t.leet.as_ref().is_some_and(is)
    }

    /// Whether the single-word item `item` (not a slot) is the message's word `t`.
    fn single(&self, item: Item, t: &Tok) -> bool {
        match item {
            Item::Word(w) => self.word(self.p.words[w as usize], t),
            Item::Num { max, suffix } => {
                let text = &self.s[t.start..t.end];
                let digits = text.bytes().take_while(u8::is_ascii_digit).count();
                if digits == 0 || digits > 9 {
                    return false;
                }
                let n: u32 = text[..digits].parse().unwrap_or(0);
                if max != 0 && !(1..=max).contains(&n) {
                    return false;
                }
                match suffix {
                    None => digits == text.len(),
                    Some(w) => {
                        // The rest, folded and its runs collapsed as a key is.
                        let w = self.p.words[w as usize];
                        let want = &self.p.bytes[w.from as usize..w.to as usize];
                        let mut got = Vec::new();
                        let mut last = '\0';
                        for c in text[digits..].chars() {
                            let c = super::fold_char(c, false);
                            if c != last {
                                let mut buf = [0u8; 4];
                                got.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                                last = c;
                            }
                        }
                        if w.stem {
                            got.starts_with(want)
                        } else {
                            got == want
                        }
                    }
                }
            }
            Item::Slot(_) => false,
        }
    }

    /// Whether the message's word `i` follows word `i - 1` closely.
    fn joined(&self, i: usize) -> bool {
        self.w.toks.get(i).is_some_and(|t| t.joined)
    }

    /// Whether word `i` is a word of the gap slot `gap`.
    fn is_gap(&self, gap: Option<u32>, i: usize) -> bool {
        let (Some(g), Some(t)) = (gap, self.w.toks.get(i)) else {
            return false;
        };
        let (from, to) = self.p.slots[g as usize].values;
        (from..to).any(|k| {
            let v = self.p.values[self.p.order[k as usize] as usize];
            v.to - v.from == 1 && self.single(self.p.items[v.from as usize], t)
        })
    }

    /// The value `v`'s items from `first` to its end, matched forwards from word `i`
    /// (joined to the word before it when `join`): the end.
    fn value_fwd(&self, v: Value, first: u32, mut i: usize, mut join: bool) -> Option<usize> {
        for k in first..v.to {
            let t = self.w.toks.get(i)?;
            if join && !t.joined || !self.single(self.p.items[k as usize], t) {
                return None;
            }
            join = true;
            i += 1;
        }
        Some(i)
    }

    /// The value `v`'s items before `last` (exclusive), matched backwards from word `i`
    /// (exclusive: the first word after them, joined to them): where they start.
    fn value_bwd(&self, v: Value, last: u32, mut i: usize) -> Option<usize> {
        for k in (v.from..last).rev() {
            if i == 0 || !self.joined(i) {
                return None;
            }
            i -= 1;
            if !self.single(self.p.items[k as usize], &self.w.toks[i]) {
                return None;
            }
        }
        Some(i)
    }

    /// The items `items` matched forwards from word `i` (joined to the word before it),
    /// one gap word allowed before each: the end.
    fn fwd(&self, items: &[Item], i: usize, gap: Option<u32>) -> Option<usize> {
        let Some((&item, rest)) = items.split_first() else {
            return Some(i);
        };
        for skip in [false, true] {
            let at = if skip {
                if !self.joined(i) || !self.is_gap(gap, i) {
                    break;
                }
                i + 1
            } else {
                i
            };
            match item {
                Item::Slot(s) => {
                    let (from, to) = self.p.slots[s as usize].values;
                    for k in from..to {
                        let v = self.p.values[self.p.order[k as usize] as usize];
                        if let Some(end) = self.value_fwd(v, v.from, at, true) {
                            if let Some(end) = self.fwd(rest, end, gap) {
                                return Some(end);
                            }
                        }
                    }
                }
                _ => {
                    if self.joined(at) && self.single(item, &self.w.toks[at]) {
                        if let Some(end) = self.fwd(rest, at + 1, gap) {
                            return Some(end);
                        }
                    }
                }
            }
        }
        None
    }

    /// The items `items` matched backwards, ending just before word `i` (to which the
    /// last is joined), one gap word allowed after each: where they start.
    fn bwd(&self, items: &[Item], i: usize, gap: Option<u32>) -> Option<usize> {
        let Some((&item, rest)) = items.split_last() else {
            return Some(i);
        };
        for skip in [false, true] {
            let at = if skip {
                if i < 2 || !self.joined(i) || !self.is_gap(gap, i - 1) {
                    break;
                }
                i - 1
            } else {
                i
            };
            match item {
                Item::Slot(s) => {
                    let (from, to) = self.p.slots[s as usize].values;
                    for k in from..to {
                        let v = self.p.values[self.p.order[k as usize] as usize];
                        if let Some(start) = self.value_bwd(v, v.to, at) {
                            if let Some(start) = self.bwd(rest, start, gap) {
                                return Some(start);
                            }
                        }
                    }
                }
                _ => {
                    if at > 0 && self.joined(at) && self.single(item, &self.w.toks[at - 1]) {
                        if let Some(start) = self.bwd(rest, at - 1, gap) {
                            return Some(start);
                        }
                    }
                }
            }
        }
        None
    }

    /// The phrase `ph` with its anchor item matched on words `a..b`: its words, as a
    /// range of the window.
    fn phrase(&self, ph: &Phrase, a: usize, b: usize) -> Option<(usize, usize)> {
        let items = &self.p.items[ph.from as usize..ph.to as usize];
        let k = (ph.anchor - ph.from) as usize;
        let end = self.fwd(&items[k + 1..], b, ph.gap)?;
        let start = self.bwd(&items[..k], a, ph.gap)?;
        Some((start, end))
    }
}

impl Phrases {
    /// The phrases anchored at the word `t` of the view `s` (the word scan found an
    /// anchor entry in it): findings and quiet ranges into `scan`.
    pub(super) fn find(scan: &mut Scan<'_>, s: &str, start: usize) {
        let lex = scan.lex;
        let p = &lex.phrases;
        let span = p.span;
        let Some(a) = scan.window.around(lex, s, start, span, span) else {
            return;
        };
        let w = &scan.window;
        let m = Matcher { p, w, s };
        let t = w.toks[a];
        // The anchor entries of the word, as written and with leet.
        let mut hits: [(u8, u16); 16] = [(0, 0); 16];
        let mut n = 0;
        for k in std::iter::once(t.plain).chain(t.leet) {
            let key = &w.arena[k.from as usize..k.to as usize];
            lex.anchors(key, k.hash, k.doubled, |kind, index| {
                if n < hits.len() && !hits[..n].contains(&(kind, index)) {
                    hits[n] = (kind, index);
                    n += 1;
                }
            });
        }
        for &(kind, index) in &hits[..n] {
            let index = u32::from(index);
            if matches!(kind, AT_WORD | AT_STEM_WORD) {
                let (from, to) = p.groups[index as usize];
                for &ph in &p.members[from as usize..to as usize] {
                    let ph = &p.phrases[ph as usize];
                    if let Some(r) = m.phrase(ph, a, a + 1) {
                        record(&mut scan.found, &mut scan.quiet, w, ph, r);
                    }
                }
            } else {
                let v = p.values[index as usize];
                // The value around the anchor word: its words before, then after.
                if !m.single(p.items[v.anchor as usize], &t) {
                    continue;
                }
                let Some(vs) = m.value_bwd(v, v.anchor, a) else {
                    continue;
                };
                let Some(ve) = m.value_fwd(v, v.anchor + 1, a + 1, true) else {
                    continue;
                };
                let (from, to) = p.slots[v.slot as usize].anchored;
                for &ph in &p.members[from as usize..to as usize] {
                    let ph = &p.phrases[ph as usize];
                    if let Some(r) = m.phrase(ph, vs, ve) {
                        record(&mut scan.found, &mut scan.quiet, w, ph, r);
                    }
                }
            }
        }
    }
}

/// Notes a phrase found on the words `r` of the window: a finding of its rule, or a
/// range its quiet line keeps quiet.
fn record(
    found: &mut Vec<(usize, usize, u16)>,
    quiet: &mut Vec<(usize, usize, u16)>,
    w: &Window,
    ph: &Phrase,
    (from, to): (usize, usize),
) {
    let range = (w.toks[from].start, w.toks[to - 1].end, 1u16 << ph.rule);
    if ph.quiet {
        quiet.push(range);
    } else {
        found.push(range);
    }
}
