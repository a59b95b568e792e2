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
//! Cost: the words around an anchor are read only as the match asks for them (most
//! phrases fail at the first word next to the anchor), forwards up to the first word
//! that does not follow closely and backwards only over gaps that join; a slot whose
//! values' first (last) words cannot be the next word is passed by on one bit set. Each
//! anchor costs a bounded amount (phrases are short), so the time stays linear in the
//! text. The word buffers are the check's own, reused: nothing is allocated once they
//! have grown. Building the tables reads the phrase text once (about 10 million
//! instructions natively for its 15,000 words, nearly all of them read by
//! [`read_plain`] straight into the table), a line at a time.
//!
//! Left out: letters spaced out, stars and other disguises of the word engine inside a
//! phrase (`you are a m o r o n`): a phrase word is read as written and with leet.

use super::{
    char_at, fold_char, read_word, Entry, Key, LexiconRules, Scan, AT_STEM_VALUE, AT_STEM_WORD,
    AT_VALUE, AT_WORD, FNV_START, MASK_BITS, TATWEEL,
};

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
    /// The hashes of its values' first and last words, as bits ([`edge_bit`]), or `None`
    /// when some value starts (ends) with a stem or a number: a word whose bit is off
    /// starts (ends) no value, and the values need not be tried.
    firsts: Option<[u64; 4]>,
    lasts: Option<[u64; 4]>,
}

/// The bit of a word's hash in [`Slot::firsts`] and [`Slot::lasts`].
#[inline(always)]
fn edge_bit(hash: u64) -> usize {
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// Whether the bits `set` may hold the word `t` (as written or with leet).
#[inline(always)]
fn may_hold(set: &Option<[u64; 4]>, t: &Tok) -> bool {
    let Some(bits) = set else {
        return true;
    };
    let has = |k: &KeyRef| {
        let b = edge_bit(k.hash);
        bits[b / 64] >> (b % 64) & 1 == 1
    };
    has(&t.plain) || t.leet.as_ref().is_some_and(has)
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
    /// The phrases anchored on slots, each slot's an `anchored` range of it.
    members: Vec<u32>,
    /// For a phrase anchored by a word, the next phrase the same word anchors
    /// (`u32::MAX` after the last).
    next: Vec<u32>,
}

/// The pieces of `text` between the bytes `sep` (an ASCII byte): `str::split` with the
/// byte search written out, which costs a tenth as much on the phrases' text.
fn pieces(text: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Reads the words of `text` (a phrase or slot value, words spaces apart) into
/// `phrases`, slots by name from `slots`: the index of the item marked `^` (its anchor),
/// if one is. `None` when a slot is unknown.
fn parse_items(
    lex: &LexiconRules,
    p: &mut Phrases,
    key: &mut Key,
    text: &str,
    slots: &[(&str, u32)],
) -> Option<Option<usize>> {
    let mut marked = None;
    let base = text.as_ptr() as usize;
    // A function of its own however it is inlined (see `LexiconRules::new`): it runs
    // for every word.
    let plain = super::apart(
        read_plain as fn(&LexiconRules, &mut Phrases, &str, usize, usize) -> Option<(Word, usize)>,
    );
    for part in pieces(text, b' ') {
        let (part, anchor) = match part.strip_prefix('^') {
            Some(rest) => (rest, true),
            None => (part, false),
        };
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
            if anchor {
                marked = Some(p.items.len());
            }
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
        let mut glued = num.is_some()
            && text[from..end]
                .chars()
                .next()
                .is_some_and(|c| lex.is_word(c));
        if let Some(max) = num {
            p.items.push(Item::Num { max, suffix: None });
        }
        while from < end {
            // Most words are made of word chars alone: read here, straight into the
            // table's bytes; the others as the word scan reads them.
            let (w, start, t_end) = match plain(lex, p, text, from, end) {
                Some((w, t_end)) => (w, from, t_end),
                None => {
                    key.clear();
                    let Some(t) = read_word(lex, &text[..end], from, key, false) else {
                        break;
                    };
                    let w = Word {
                        from: p.bytes.len() as u32,
                        to: (p.bytes.len() + key.text.len()) as u32,
                        chars: key.chars as u32,
                        doubled: key.doubled,
                        hash: key.hash,
                        stem: false,
                    };
                    p.bytes.extend_from_slice(&key.text);
                    (w, t.start, t.end)
                }
            };
            let stem = text.as_bytes().get(t_end) == Some(&b'*');
            from = if t_end < end && stem { end } else { t_end };
            p.words.push(Word { stem, ..w });
            let id = (p.words.len() - 1) as u32;
            if glued {
                glued = false;
                if let Some(Item::Num { suffix, .. }) = p.items.last_mut() {
                    *suffix = Some(id);
                }
            } else {
                // The anchor: the word right after a `^`.
                if start > 0 && text.as_bytes()[start - 1] == b'^' {
                    marked = Some(p.items.len());
                }
                p.items.push(Item::Word(id));
            }
        }
    }
    Some(marked)
}

/// Reads the word at byte `from` of `text` (before `end`) into `p.bytes` as [`read_word`]
/// and [`Key::push`] would (runs collapsed, the doubled letters noted, hashed), when it
/// is made of word chars alone that folding leaves as they are, with apostrophes between
/// ASCII ones, and ends at `end` or at a char that ends any word: the word and where it
/// ends. `None` (nothing written) for another word, which `read_word` reads. Most words
/// of the phrases are such words (build.rs folded them), and this costs a fraction of
/// `read_word` and a key: the bytes are copied a run at a time, a doubled letter cut.
#[inline(never)]
fn read_plain(
    lex: &LexiconRules,
    p: &mut Phrases,
    text: &str,
    from: usize,
    end: usize,
) -> Option<(Word, usize)> {
    let b = &text.as_bytes()[..end];
    let at = p.bytes.len();
    let (mut hash, mut last, mut chars, mut doubled) = (FNV_START, 0u32, 0usize, 0u64);
    let mut i = from;
    // The bytes from here to `i` are the word's, still to be copied.
    let mut copied = from;
    loop {
        // Most chars: ASCII letters and digits.
        while let Some(&x) = b.get(i) {
            if !x.is_ascii_alphanumeric() {
                break;
            }
            if u32::from(x) == last {
                if chars <= MASK_BITS {
                    doubled |= 1 << (chars - 1);
                }
                p.bytes
                    .extend_from_slice(b.get(copied..i).unwrap_or_default());
                i += 1;
                copied = i;
                continue;
            }
            last = u32::from(x);
            hash = (hash ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3);
            chars += 1;
            i += 1;
        }
        let Some(&x) = b.get(i) else {
            break;
        };
        let (c, len) =
            if x == b'\'' && i > from && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
                (u32::from(x), 1)
            } else if x < 0x80 {
                // A char that may carry a word on (leet symbols, stars followed by more of
                // the word, tags) is `read_word`'s; trailing stars and the rest end it.
                let ends = match x {
                    b'*' => b[i..].iter().all(|&y| y == b'*'),
                    b'\'' | b'@' | b'$' | b'!' | b'|' | b'#' | b'<' => false,
                    _ => true,
                };
                if !ends || i == from {
                    p.bytes.truncate(at);
                    return None;
                }
                break;
            } else {
                let c = char_at(text, i);
                if c == TATWEEL || !lex.is_word(c) || fold_char(c, false) != c {
                    p.bytes.truncate(at);
                    return None;
                }
                (c as u32, c.len_utf8())
            };
        if c == last {
            if chars <= MASK_BITS {
                doubled |= 1 << (chars - 1);
            }
            p.bytes
                .extend_from_slice(b.get(copied..i).unwrap_or_default());
            i += len;
            copied = i;
            continue;
        }
        last = c;
        hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        chars += 1;
        i += len;
    }
    if i == from {
        return None;
    }
    p.bytes
        .extend_from_slice(b.get(copied..i).unwrap_or_default());
    let w = Word {
        from: at as u32,
        to: p.bytes.len() as u32,
        chars: chars as u32,
        doubled,
        hash,
        stem: false,
    };
    Some((w, i))
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

/// The state of the pass over the phrase section besides the tables.
struct Pass<'a> {
    /// A word read by [`read_word`].
    key: Key,
    /// This language's slots, by name; its gap slot.
    slots: Vec<(&'a str, u32)>,
    gap: Option<u32>,
    /// The group being read.
    rule: u8,
    quiet: bool,
    /// Phrases anchored by a word: (phrase, item of the anchor).
    by_word: Vec<(u32, u32)>,
    /// Per slot, the phrases anchored on it.
    by_slot: Vec<(u32, u32)>,
}

impl Phrases {
    /// Reads the phrase section of the pack (see `table.rs`) and puts the anchors into
    /// the word scan's tables (`lex`): one pass over the text, then the phrases grouped
    /// by anchor. Each line is read by a function of its own (see
    /// `LexiconRules::new`).
    pub(super) fn build(lex: &mut LexiconRules, text: &str) {
        let mut p = Phrases::default();
        // About one item and one word for every seven bytes of the text, and the words'
        // keys in less than three quarters of it: room for them all at once.
        p.items.reserve(text.len() / 7);
        p.words.reserve(text.len() / 7);
        p.bytes.reserve(text.len() / 4 * 3);
        let mut pass = Pass {
            key: Key::default(),
            slots: Vec::new(),
            gap: None,
            rule: 0,
            quiet: false,
            by_word: Vec::new(),
            by_slot: Vec::new(),
        };
        let read = super::apart(
            Phrases::line as for<'a> fn(&mut Self, &LexiconRules, &mut Pass<'a>, &'a str, &'a str),
        );
        for line in pieces(text, b'\n') {
            read(&mut p, lex, &mut pass, text, line);
        }
        super::apart(Phrases::anchors as fn(Self, &mut LexiconRules, Pass))(p, lex, pass);
    }

    /// Reads one line of the phrase section (`text`).
    #[inline(never)]
    fn line<'a>(&mut self, lex: &LexiconRules, pass: &mut Pass<'a>, text: &'a str, line: &'a str) {
        let p = self;
        let b = line.as_bytes();
        match b.first() {
            None => {}
            Some(b'#') => {
                pass.slots.clear();
                pass.gap = None;
            }
            Some(b'$') => {
                super::apart(
                    Phrases::slot as fn(&mut Self, &LexiconRules, &mut Pass<'a>, &'a str, &'a str),
                )(p, lex, pass, text, line);
            }
            Some(b'\t') => {
                pass.rule = b.get(1).map_or(0, |x| x.wrapping_sub(b'a'));
                pass.quiet = b.get(2) == Some(&b'q');
            }
            Some(_) => {
                let from = p.items.len();
                let marked = parse_items(lex, p, &mut pass.key, line, &pass.slots);
                let to = p.items.len();
                let Some(anchor) = marked.flatten().or_else(|| longest_word(p, from, to)) else {
                    p.items.truncate(from);
                    return;
                };
                let id = p.phrases.len() as u32;
                p.phrases.push(Phrase {
                    from: from as u32,
                    to: to as u32,
                    anchor: anchor as u32,
                    rule: pass.rule,
                    quiet: pass.quiet,
                    gap: pass.gap,
                });
                match p.items[anchor] {
                    Item::Slot(s) => pass.by_slot.push((s, id)),
                    _ => pass.by_word.push((id, anchor as u32)),
                }
            }
        }
    }

    /// Reads a line of a slot (`$name:` and its values).
    #[inline(never)]
    fn slot<'a>(&mut self, lex: &LexiconRules, pass: &mut Pass<'a>, text: &'a str, line: &'a str) {
        let p = self;
        let Some((name, values)) = line[1..].split_once(':') else {
            return;
        };
        let id = p.slots.len() as u32;
        let first = p.order.len() as u32;
        for v in pieces(values, b'|') {
            let at = v.as_ptr() as usize - text.as_ptr() as usize;
            let from = p.items.len();
            let marked = parse_items(lex, p, &mut pass.key, &text[at..at + v.len()], &[]);
            if marked.is_none() || p.items[from..].iter().any(|i| matches!(i, Item::Slot(_))) {
                p.items.truncate(from);
                continue;
            }
            let to = p.items.len();
            // A value without a word (`{age}yo`) anchors nothing, but is
            // matched next to the anchor of a phrase.
            let anchor = marked
                .flatten()
                .or_else(|| longest_word(p, from, to))
                .map_or(u32::MAX, |a| a as u32);
            p.order.push(p.values.len() as u32);
            p.values.push(Value {
                from: from as u32,
                to: to as u32,
                anchor,
                slot: id,
            });
        }
        // The first and last words of the values, as bits.
        let edge = |i: u32| match p.items[i as usize] {
            Item::Word(w) if !p.words[w as usize].stem => Some(edge_bit(p.words[w as usize].hash)),
            _ => None,
        };
        let (mut firsts, mut lasts) = (Some([0u64; 4]), Some([0u64; 4]));
        for &v in &p.order[first as usize..] {
            let v = p.values[v as usize];
            for (set, i) in [(&mut firsts, v.from), (&mut lasts, v.to - 1)] {
                match (set.as_mut(), edge(i)) {
                    (Some(bits), Some(b)) => bits[b / 64] |= 1 << (b % 64),
                    _ => *set = None,
                }
            }
        }
        // Longest first: a value that another one starts is tried after it.
        // (Values have a few words: placed by length, most first, in place.)
        let values = &p.values;
        let order = &mut p.order[first as usize..];
        let len = |v: u32| values[v as usize].to - values[v as usize].from;
        for i in 1..order.len() {
            let mut j = i;
            while j > 0 && len(order[j - 1]) < len(order[j]) {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
        p.slots.push(Slot {
            values: (first, p.order.len() as u32),
            anchored: (0, 0),
            firsts,
            lasts,
        });
        if name == "gap" {
            pass.gap = Some(id);
        }
        pass.slots.push((name, id));
    }

    /// After the lines: the anchors into the word scan's tables.
    #[inline(never)]
    fn anchors(mut self, lex: &mut LexiconRules, pass: Pass<'_>) {
        let p = &mut self;
        let (by_word, by_slot) = (pass.by_word, pass.by_slot);
        // Each anchor word, as an entry whose index is the first phrase it anchors; the
        // others follow in a chain (`next`).
        p.next = vec![u32::MAX; p.phrases.len()];
        for (ph, item) in by_word {
            let Item::Word(w) = p.items[item as usize] else {
                continue;
            };
            let w = p.words[w as usize];
            let key = &p.bytes[w.from as usize..w.to as usize];
            let kind = if w.stem && w.chars as usize >= lex.stem_chars.0 {
                AT_STEM_WORD
            } else {
                AT_WORD
            };
            let head = lex
                .keys
                .entries(key, w.hash)
                .find(|e| e.kind == kind && e.doubled == w.doubled)
                .map(|e| usize::from(e.index));
            match head {
                Some(h) => {
                    p.next[ph as usize] = p.next[h];
                    p.next[h] = ph;
                }
                None => anchor(lex, key, w, AT_WORD, AT_STEM_WORD, ph),
            }
        }
        // The phrases anchored on each slot, counted and then placed; and each value
        // of those slots as an anchor.
        let mut ends = vec![0u32; p.slots.len() + 1];
        for &(s, _) in &by_slot {
            ends[s as usize + 1] += 1;
        }
        for s in 1..ends.len() {
            ends[s] += ends[s - 1];
        }
        p.members = vec![0; by_slot.len()];
        let mut next = ends.clone();
        for &(s, ph) in &by_slot {
            p.members[next[s as usize] as usize] = ph;
            next[s as usize] += 1;
        }
        for s in 0..p.slots.len() {
            let (first, end) = (ends[s], ends[s + 1]);
            p.slots[s].anchored = (first, end);
            if first == end {
                continue;
            }
            let (from, to) = p.slots[s].values;
            for k in from..to {
                let v = p.order[k as usize];
                let value = p.values[v as usize];
                if let Some(&Item::Word(w)) = p.items.get(value.anchor as usize) {
                    let w = p.words[w as usize];
                    let key = &p.bytes[w.from as usize..w.to as usize];
                    anchor(lex, key, w, AT_VALUE, AT_STEM_VALUE, v);
                }
            }
        }
        lex.phrases = self;
    }
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
        let start_hash = super::key_chars(key)
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

/// A word of the message read around an anchor: its bytes, and its key as written and,
/// when it has leet, as read with leet.
#[derive(Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    plain: KeyRef,
    leet: Option<KeyRef>,
    /// After the anchor, whether it follows the word before it closely ([`joins`]);
    /// before the anchor, always (no other word is read there).
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

/// The words around an anchor, read as the match needs them: the anchor and the words
/// after it (`right`), the words before it, nearest first (`left`). Per check, reused:
/// nothing is allocated once the buffers have grown.
#[derive(Default)]
pub(super) struct Window {
    left: Vec<Tok>,
    right: Vec<Tok>,
    arena: Vec<u8>,
    key: Key,
    /// The anchor entries of the word being matched, and the phrases of one of them.
    hits: Vec<(u8, u16)>,
    chain: Vec<u32>,
    /// No word is left to read on that side that a phrase could reach.
    left_done: bool,
    right_done: bool,
}

/// Whether a byte may stand between two words of a phrase ([`joins`]).
fn joinable(x: u8) -> bool {
    matches!(
        x,
        b' ' | b',' | b'-' | b'\'' | b'"' | b'*' | b'~' | b'_' | b'/'
    )
}

/// Whether the text between two words lets them be words of one phrase: one to three
/// spaces or marks, no sentence end or line break.
fn joins(gap: &[u8]) -> bool {
    !gap.is_empty() && gap.len() <= 3 && gap.iter().all(|&b| joinable(b))
}

/// Where the word before `at` starts, when a gap [`joins`] accepts is between them:
/// read backwards over the gap and the word chars before it.
fn word_before(lex: &LexiconRules, s: &str, at: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut j = at;
    while j > 0 && at - j < 4 && joinable(b[j - 1]) {
        j -= 1;
    }
    if j == at || at - j > 3 || j == 0 {
        return None;
    }
    let end = j;
    let is_word = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii() && lex.is_word(c);
    while let Some(c) = s[..j].chars().next_back() {
        // Apostrophes and leet symbols inside a word (`don't`, `sh!t`).
        let inner = matches!(c, '\'' | '\u{2019}' | '@' | '$' | '!' | '|')
            && j < end
            && s[..j - c.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(is_word);
        if is_word(c) || inner {
            j -= c.len_utf8();
        } else {
            break;
        }
    }
    (j < end).then_some(j)
}

impl Window {
    /// Writes the key just read into the arena.
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

    /// Reads the word at or after `from` (as written, and with leet when it has leet).
    fn read(&mut self, lex: &LexiconRules, s: &str, from: usize) -> Option<Tok> {
        self.key.clear();
        let t = read_word(lex, s, from, &mut self.key, false)?;
        let plain = self.store();
        let leet = (t.leet && t.letters).then(|| {
            self.key.clear();
            read_word(lex, s, t.start, &mut self.key, true);
            self.store()
        });
        Some(Tok {
            start: t.start,
            end: t.end,
            plain,
            leet,
            joined: true,
        })
    }

    /// Starts again at the anchor word at `at`.
    fn start(&mut self, lex: &LexiconRules, s: &str, at: usize) -> Option<Tok> {
        self.left.clear();
        self.right.clear();
        self.arena.clear();
        self.left_done = false;
        self.right_done = false;
        let t = self.read(lex, s, at)?;
        self.right.push(t);
        Some(t)
    }
}

/// A match in progress around an anchor: word `0` is the anchor, `1`, `2`... the words
/// after it, `-1`, `-2`... those before it, read when first asked for.
struct Matcher<'a> {
    lex: &'a LexiconRules,
    p: &'a Phrases,
    s: &'a str,
    w: &'a mut Window,
}

impl Matcher<'_> {
    /// Word `i`, if the text has it close enough to the anchor to be read.
    #[inline]
    fn tok(&mut self, i: isize) -> Option<Tok> {
        if i >= 0 && (i as usize) < self.w.right.len() {
            return Some(self.w.right[i as usize]);
        }
        if i < 0 && ((-i - 1) as usize) < self.w.left.len() {
            return Some(self.w.left[(-i - 1) as usize]);
        }
        self.more(i)
    }

    /// [`Matcher::tok`] of a word not read yet.
    #[inline(never)]
    fn more(&mut self, i: isize) -> Option<Tok> {
        if i >= 0 {
            let i = i as usize;
            while self.w.right.len() <= i {
                if self.w.right_done {
                    return None;
                }
                let last = *self.w.right.last()?;
                match self.w.read(self.lex, self.s, last.end) {
                    Some(mut t) => {
                        // Past a word that does not follow closely, no phrase reaches.
                        t.joined = joins(&self.s.as_bytes()[last.end..t.start]);
                        self.w.right_done = !t.joined;
                        self.w.right.push(t);
                    }
                    None => self.w.right_done = true,
                }
            }
            return self.w.right.get(i).copied();
        }
        let i = (-i - 1) as usize;
        while self.w.left.len() <= i {
            if self.w.left_done {
                return None;
            }
            let after = self.w.left.last().or(self.w.right.first())?.start;
            let read = word_before(self.lex, self.s, after)
                .and_then(|at| self.w.read(self.lex, self.s, at))
                .filter(|t| t.end <= after && joins(&self.s.as_bytes()[t.end..after]));
            match read {
                Some(t) => self.w.left.push(t),
                None => self.w.left_done = true,
            }
        }
        self.w.left.get(i).copied()
    }

    /// Whether words `i - 1` and `i` are both there and follow each other closely (a
    /// word before the anchor is only read when it does).
    #[inline]
    fn joined(&mut self, i: isize) -> bool {
        if i > 0 {
            self.tok(i).is_some_and(|t| t.joined)
        } else {
            self.tok(i - 1).is_some()
        }
    }

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
    #[inline(never)]
    fn single(&self, item: Item, t: &Tok) -> bool {
        match item {
            Item::Word(w) => self.word(self.p.words[w as usize], t),
            Item::Num { max, suffix } => {
                let text = &self.s[t.start..t.end];
                let digits = text.bytes().take_while(u8::is_ascii_digit).count();
                if digits == 0 || digits > 9 {
                    return false;
                }
                let n = text
                    .bytes()
                    .take(digits)
                    .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
                if max != 0 && !(1..=max).contains(&n) {
                    return false;
                }
                match suffix {
                    None => digits == text.len(),
                    Some(w) => {
                        // The rest of the word's key (folded, runs collapsed) after its
                        // digits.
                        let w = self.p.words[w as usize];
                        let want = &self.p.bytes[w.from as usize..w.to as usize];
                        let key = &self.w.arena[t.plain.from as usize..t.plain.to as usize];
                        let rest = &key[key.iter().take_while(|d| d.is_ascii_digit()).count()..];
                        rest == want || w.stem && rest.starts_with(want)
                    }
                }
            }
            Item::Slot(_) => false,
        }
    }

    /// Whether word `i` is there and is the single-word item `item`. (Out of line: it
    /// is called from many places, and each inlined copy costs the wasm.)
    #[inline(never)]
    fn is(&mut self, item: Item, i: isize) -> bool {
        self.tok(i).is_some_and(|t| self.single(item, &t))
    }

    /// Whether word `i` is a word of the gap slot `gap`.
    fn is_gap(&mut self, gap: Option<u32>, i: isize) -> bool {
        let (Some(g), Some(t)) = (gap, self.tok(i)) else {
            return false;
        };
        let p = self.p;
        let slot = &p.slots[g as usize];
        if !may_hold(&slot.firsts, &t) {
            return false;
        }
        let (from, to) = slot.values;
        (from..to).any(|k| {
            let v = p.values[p.order[k as usize] as usize];
            v.to - v.from == 1 && self.single(p.items[v.from as usize], &t)
        })
    }

    /// The value `v`'s items from `first` to its end, matched forwards from word `i`
    /// (joined to the word before it): the end (exclusive).
    fn value_fwd(&mut self, v: Value, first: u32, mut i: isize) -> Option<isize> {
        let p = self.p;
        for k in first..v.to {
            if !self.joined(i) || !self.is(p.items[k as usize], i) {
                return None;
            }
            i += 1;
        }
        Some(i)
    }

    /// The value `v`'s items before `last` (exclusive), matched backwards from word `i`
    /// (exclusive: the first word after them, joined to them): where they start.
    fn value_bwd(&mut self, v: Value, last: u32, mut i: isize) -> Option<isize> {
        let p = self.p;
        for k in (v.from..last).rev() {
            if !self.joined(i) || !self.is(p.items[k as usize], i - 1) {
                return None;
            }
            i -= 1;
        }
        Some(i)
    }

    /// The items `items` matched from the boundary `i` outwards: forwards from word `i`
    /// (joined to the word before it), or with `back` backwards, the last item ending
    /// just before word `i` (joined to it); one gap word allowed between two items.
    /// Where the match ends (forwards) or starts (backwards). One function for both
    /// ways: each copy costs the wasm.
    fn walk(&mut self, items: &[Item], i: isize, gap: Option<u32>, back: bool) -> Option<isize> {
        let split = if back {
            items.split_last()
        } else {
            items.split_first()
        };
        let Some((&item, rest)) = split else {
            return Some(i);
        };
        let p = self.p;
        let step = if back { -1 } else { 1 };
        // The word on the far side of a boundary.
        let near = |at: isize| if back { at - 1 } else { at };
        for skip in [false, true] {
            let at = if skip {
                if !self.joined(i) || !self.is_gap(gap, near(i)) {
                    break;
                }
                i + step
            } else {
                i
            };
            match item {
                Item::Slot(s) => {
                    let slot = &p.slots[s as usize];
                    let edge = if back { &slot.lasts } else { &slot.firsts };
                    if !self.joined(at) || !self.tok(near(at)).is_some_and(|t| may_hold(edge, &t)) {
                        continue;
                    }
                    let (from, to) = slot.values;
                    for k in from..to {
                        let v = p.values[p.order[k as usize] as usize];
                        let next = if back {
                            self.value_bwd(v, v.to, at)
                        } else {
                            self.value_fwd(v, v.from, at)
                        };
                        if let Some(next) = next {
                            if let Some(end) = self.walk(rest, next, gap, back) {
                                return Some(end);
                            }
                        }
                    }
                }
                _ => {
                    if self.joined(at) && self.is(item, near(at)) {
                        if let Some(end) = self.walk(rest, at + step, gap, back) {
                            return Some(end);
                        }
                    }
                }
            }
        }
        None
    }

    /// The phrase `ph` with its anchor item matched on words `a..b`: its words, as a
    /// range of word numbers.
    fn phrase(&mut self, ph: &Phrase, a: isize, b: isize) -> Option<(isize, isize)> {
        let items = &self.p.items[ph.from as usize..ph.to as usize];
        let k = (ph.anchor - ph.from) as usize;
        let end = self.walk(&items[k + 1..], b, ph.gap, false)?;
        let start = self.walk(&items[..k], a, ph.gap, true)?;
        Some((start, end))
    }

    /// The byte range of the words `from..to` (read already).
    fn bytes(&mut self, from: isize, to: isize) -> Option<(usize, usize)> {
        Some((self.tok(from)?.start, self.tok(to - 1)?.end))
    }
}

impl Phrases {
    /// The phrases anchored at the word at byte `start` of the view `s` (the word scan
    /// found an anchor entry in it): findings and quiet ranges into `scan`.
    pub(super) fn find(scan: &mut Scan<'_>, s: &str, start: usize) {
        let lex = scan.lex;
        let p = &lex.phrases;
        let Some(t) = scan.window.start(lex, s, start) else {
            return;
        };
        // The anchor entries of the word, as written and with leet (those of the second
        // reading that the first had left out).
        let mut hits = std::mem::take(&mut scan.window.hits);
        hits.clear();
        for (n, k) in std::iter::once(t.plain).chain(t.leet).enumerate() {
            let key = &scan.window.arena[k.from as usize..k.to as usize];
            let first = hits.len();
            lex.anchors(key, k.hash, k.doubled, |kind, index| {
                if n == 0 || !hits[..first].contains(&(kind, index)) {
                    hits.push((kind, index));
                }
            });
        }
        let mut m = Matcher {
            lex,
            p,
            s,
            w: &mut scan.window,
        };
        let mut chain = std::mem::take(&mut m.w.chain);
        for &(kind, index) in &hits {
            let index = usize::from(index);
            let (members, a, b): (&[u32], isize, isize) = if matches!(kind, AT_WORD | AT_STEM_WORD)
            {
                chain.clear();
                let mut ph = index as u32;
                while let Some(&next) = p.next.get(ph as usize) {
                    chain.push(ph);
                    ph = next;
                }
                (&chain, 0, 1)
            } else {
                let v = p.values[index];
                // The value around the anchor word: its words before, then after.
                if !m.single(p.items[v.anchor as usize], &t) {
                    continue;
                }
                let Some(a) = m.value_bwd(v, v.anchor, 0) else {
                    continue;
                };
                let Some(b) = m.value_fwd(v, v.anchor + 1, 1) else {
                    continue;
                };
                let (from, to) = p.slots[v.slot as usize].anchored;
                (&p.members[from as usize..to as usize], a, b)
            };
            for &ph in members {
                let ph = &p.phrases[ph as usize];
                let Some((from, to)) = m.phrase(ph, a, b) else {
                    continue;
                };
                let Some((start, end)) = m.bytes(from, to) else {
                    continue;
                };
                let range = (start, end, 1u16 << ph.rule);
                if ph.quiet {
                    scan.quiet.push(range);
                } else {
                    scan.found.push(range);
                }
            }
        }
        scan.window.hits = hits;
        scan.window.chain = chain;
    }
}
