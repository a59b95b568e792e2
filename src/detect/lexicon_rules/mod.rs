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
//! text stays quiet; short tags inside a word (`f<b></b>uck`) are skipped. A word with
//! stars or leet digits in place of letters (`f*ck`, `f**k`, `f4ck`) is compared letter
//! for letter with the one-word terms and stems of its first letter.
//!
//! Entries of several words (terms and the `quiet` lines without slots) match words in
//! order with only a little punctuation or space between them. A quiet line silences
//! the findings of its rule that overlap it ("a chink in the armor", "magna cum laude").
//! Phrases with slots (`{you_are} {insult}`, `{trade} {drug}`) are matched around their
//! anchor word, which the word scan looks up like any other word ([`phrases`]).
//!
//! Cost: most words can match nothing, and are told quickly ([`quick`]): read once, a
//! char at a time with runs collapsed, into an FNV hash of the whole word and of its start
//! as long as the shortest stem, and a bit set of its chars, with no key written. Bit-set
//! filters over the hashes, the rarest letter and the chars of each infix, and for a
//! word that only starts expressions the hash joined with the next word's, decide
//! whether the word is read in full (into a buffer reused for the whole check; no word
//! allocates) and looked up in the table. Words of ASCII letters, digits, leet symbols
//! and apostrophes (e-mail addresses, `don't`, `b1tch`) are looked at quickly in both
//! readings, as written and with leet; a run of letters spaced out is read once, and
//! each join it starts is told from sums over the run. Other words with symbols, stars
//! or tags are read in full. The tables are built in one pass over the entries' text,
//! with no allocation per entry ([`keys`]), by small functions each loop calls (about
//! 13 million instructions natively, three quarters of them the phrases'; in the wasm V8
//! then optimizes only the small ones that run long, see [`LexiconRules::new`]). UTF-8
//! lead bytes of
//! scripts no entry is written in are passed by undecoded, and the code points below
//! U+1000 are told word chars or not by a table. Every look-ahead (joined letters, the
//! next words of an expression) is bounded by the longest entry, so the time stays
//! linear.

// Its rule and kind names and entry folding are build.rs's; the engine uses its letters.
#[allow(dead_code)]
mod skeleton;

pub(crate) mod custom;
mod keys;
mod phrases;

use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::Normalized;
use crate::{RuleId, Severity};
use keys::Keys;
use std::ops::Range;
use std::sync::OnceLock;

/// The entries, as build.rs folded them (`LEX_WORDS`). Natively they are compiled in; the
/// wasm leaves them out, and the npm package gives them at run time from its data module
/// `lexicons.js` ([`install`]), which `createFilter` loads only for a policy that turns one
/// of these rules on: the word data stays out of the wasm every page downloads.
#[cfg(not(target_arch = "wasm32"))]
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));
}

/// The entries given at run time (the wasm build).
#[cfg(target_arch = "wasm32")]
static INSTALLED: OnceLock<&'static str> = OnceLock::new();

/// Gives the engine the entries (the text of the npm package's `lexicons.js`, which is
/// [`pack`]'s with its line breaks written `~`, fewer bytes in a JSON string; read back
/// here). The first text given stays: it is the same for every filter of a build.
#[cfg(target_arch = "wasm32")]
pub(crate) fn install(text: String) {
    if INSTALLED.get().is_none() {
        let lines = crate::detect::apart_with(crate::detect::coded::line_breaks, text);
        let _ = INSTALLED.set(Box::leak(lines.into_boxed_str()));
    }
}

/// The entries as the npm package ships them: the text of `lexicons.js`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn pack() -> &'static str {
    compiled::LEX_WORDS
}

/// The entries, when the engine has them: compiled in, or installed.
fn entries() -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(compiled::LEX_WORDS);
    #[cfg(target_arch = "wasm32")]
    return INSTALLED.get().copied();
}

/// Whether `severity(rule, teen)` turns any of these rules on, in either mode.
pub(crate) fn wanted(severity: impl Fn(RuleId, bool) -> Severity) -> bool {
    RULES
        .iter()
        .any(|&r| severity(r, false) != Severity::Off || severity(r, true) != Severity::Off)
}

/// The tables, built from the entries once per process (or page).
static TABLES: OnceLock<LexiconRules> = OnceLock::new();

/// Builds the tables now if the entries are there: a filter whose policy wants these rules
/// calls it, so that making the filter, not its first check, pays for them.
pub(crate) fn prepare() {
    tables();
}

fn tables<'a>() -> Option<&'a LexiconRules> {
    if let Some(t) = TABLES.get() {
        return Some(t);
    }
    let entries = entries()?;
    Some(TABLES.get_or_init(|| LexiconRules::new(entries)))
}

/// The registered detector. Without the entries (the wasm, before [`install`]) it finds
/// nothing.
pub(crate) struct Lexicons;

impl Detector for Lexicons {
    fn rules(&self) -> &'static [RuleId] {
        &RULES
    }

    fn detect(&self, text: &Normalized<'_>, ctx: &Context<'_>, out: &mut Sink<'_>) {
        if let Some(t) = ctx.lexicons.or_else(tables) {
            t.detect(text, out);
        }
    }
}

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
const QUIET: u8 = 5;
/// The anchor of phrases ([`phrases`]): a word that anchors a group of phrases, or the
/// anchor word of a slot value; as a whole word or as a stem.
const AT_WORD: u8 = 6;
const AT_VALUE: u8 = 7;
const AT_STEM_WORD: u8 = 8;
const AT_STEM_VALUE: u8 = 9;
/// A word ordinary in plain spelling that is swearing when disguised (id `anjing` "dog",
/// ru `сука` "bitch" the animal): reported only when the word was spelled in leet,
/// starred, stretched beyond the entry's letters or spaced out.
const VEILED: u8 = 10;

/// The bit [`Scan::whole`] and [`Scan::parts`] set, beside the rules', when the key is
/// the anchor of phrases.
const ANCHOR_BIT: u16 = 1 << 15;

/// Most letters an entry's doubled-letter mask covers (beyond them, runs are not checked).
const MASK_BITS: usize = 64;

/// The FNV-1a hash a [`Key`] computes as it grows, for the filters; the map hashes its
/// keys with the crate's FNV hasher.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of it, a char at a time.
#[inline(always)]
fn fnv_char(h: u64, c: char) -> u64 {
    (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
}

/// A bit set over key hashes, one bit a hash, of `N` words of 64 bits (a power of two):
/// a key whose hash has its bit off is in no list, and costs no probe of the map.
struct Filter<const N: usize>(Box<[u64; N]>);

/// The filter of the whole keys, which every word is looked up in: large, so that few
/// ordinary words find their bit on (2^20 bits for some 4,000 keys).
type WordFilter = Filter<{ 1 << 14 }>;

/// The filter of the keys of entries (not only first words of expressions), looked up
/// for the words the first finds (2^18 bits).
type EntryFilter = Filter<{ 1 << 12 }>;

/// The filters of the stems, a few hundred (2^16 bits).
type SmallFilter = Filter<{ 1 << 10 }>;

impl<const N: usize> Filter<N> {
    fn new() -> Filter<N> {
        // Built on the heap (too big for a small stack); the length is right.
        Filter(
            vec![0; N]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
        )
    }
    /// The bit of a hash: top bits after a multiply, which every bit of the hash reaches
    /// (FNV's own middle bits hardly depend on the last char).
    #[inline(always)]
    fn bit(h: u64) -> usize {
        let m = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (m >> (64 - (N * 64).trailing_zeros())) as usize % (N * 64)
    }
    fn insert(&mut self, h: u64) {
        let i = Self::bit(h);
        self.0[i / 64] |= 1 << (i % 64);
    }
    #[inline(always)]
    fn has(&self, h: u64) -> bool {
        let i = Self::bit(h);
        self.0[i / 64] >> (i % 64) & 1 == 1
    }
}

/// One entry under a collapsed key.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Which letters of the key (by char position) the entry has doubled.
    doubled: u64,
    /// Index into [`RULES`].
    rule: u8,
    /// `TERM`, `STEM`, `INFIX`, `ALLOW`, `QUIET`, `CONT` or an anchor kind (`AT_WORD`...).
    kind: u8,
    /// For an anchor, its group of phrases or its slot value.
    index: u16,
}

/// A word (or words) folded: the collapsed key in a reused buffer, which of its letters
/// were doubled or more, and its hash; `stems` the hash of its start as long as the
/// shortest stem (0 when shorter), `infix` whether two bytes start like an infix.
#[derive(Default)]
struct Key {
    text: Vec<u8>,
    doubled: u64,
    /// Chars in `text`.
    chars: usize,
    last: char,
    hash: u64,
    stems: u64,
    infix: bool,
    /// The length of the current run of one char, and whether some run was three or
    /// more (`anjiiing`: stretched, a disguise).
    run: u8,
    stretched: bool,
}

impl Key {
    fn clear(&mut self) {
        self.text.clear();
        self.doubled = 0;
        self.chars = 0;
        self.last = '\0';
        self.hash = FNV_START;
        self.stems = 0;
        self.infix = false;
        self.run = 0;
        self.stretched = false;
    }

    /// Appends a char (already through [`skeleton::letter`]), collapsing runs; with
    /// `lex`, notes where stems may end and whether an infix may start.
    #[inline(always)]
    fn push(&mut self, c: char, lex: Option<&LexiconRules>) {
        if c == self.last && c != ' ' {
            if self.chars <= MASK_BITS {
                self.doubled |= 1 << (self.chars - 1);
            }
            self.run = self.run.saturating_add(1);
            self.stretched |= self.run >= 3;
            return;
        }
        self.run = 1;
        if let Some(lex) = lex {
            self.infix |= lex.infix_pair(self.last, c);
        }
        self.last = c;
        self.hash = fnv_char(self.hash, c);
        if c.is_ascii() {
            self.text.push(c as u8);
        } else {
            let mut buf = [0u8; 4];
            self.text
                .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        self.chars += 1;
        if let Some(lex) = lex {
            if self.chars == lex.stem_chars.0 {
                self.stems = self.hash;
            }
        }
    }
}

/// The bit of a pair of chars in the infix pair set.
#[inline(always)]
fn pair_bit(before: char, c: char) -> usize {
    ((before as u32 ^ (c as u32).rotate_left(16)).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The detector of the lexicon rules.
pub(crate) struct LexiconRules {
    /// The collapsed keys (terms, stems, allow and quiet lines, and the first words of
    /// expressions) and their entries.
    keys: Keys,
    /// Shortest and longest stem, in chars.
    stem_chars: (usize, usize),
    /// Longest term, in chars (its collapsed key).
    term_chars: usize,
    /// Longest term of one word, in chars: the letters [`spaced`] joins are one word.
    joined_chars: usize,
    /// The infixes: collapsed key, doubled letters, rule.
    infixes: Vec<(Box<[u8]>, u64, u8)>,
    /// The first two bytes of the infixes, as bits of pairs (`first << 8 | second`).
    infix_pairs: Box<[u64; 1024]>,
    /// For [`quick`]: the chars of each infix's key, as bits ([`seen_bit`]), and the
    /// fewest chars of an infix's key.
    infixes_chars: Vec<u64>,
    infix_chars: usize,
    /// The bit of each infix's rarest char (in most text): a word without any of them
    /// holds no infix.
    infix_rare: u64,
    /// [`LexiconRules::is_word`] of the code points below [`SMALL`], as bits.
    small_words: Box<[u64; SMALL / 64]>,
    /// The first bytes of UTF-8 chars none of which is a word char (U+2019 apart), as
    /// bits: [`quick`] passes them by without decoding them.
    dead_leads: [u64; 4],
    /// The blocks of 128 code points below U+10000 that some entry has a letter of (and
    /// the Latin blocks, whose accents are folded): letters of the other blocks are
    /// left out of words, and cost nothing.
    blocks: [u64; 8],
    /// The hashes of the whole keys, and of the stems.
    /// The hashes of the whole keys (terms, allow and quiet lines, and the first words
    /// of expressions), and of the former alone: [`quick`] looks at the next word of a
    /// word that is only the first word of expressions.
    words: WordFilter,
    solo: EntryFilter,
    stem_filter: SmallFilter,
    /// The hashes of the stems' starts as long as the shortest stem.
    stem_starts: SmallFilter,
    /// The one-word terms, stems and infixes as written (runs of two kept; an infix
    /// read as a stem), sorted by first char, for words with stars or leet digits in
    /// them: `(entry, rule, kind)`, the entry by where it is in the entries' text.
    wild: Vec<(Range<u32>, u8, u8)>,
    /// The first chars of [`LexiconRules::wild`], sorted, and where each one's entries
    /// start (a sorted list, not a hash map: the wasm holds one hash map type).
    wild_firsts: Vec<(char, usize)>,
    /// The phrases, found around their anchor words.
    phrases: phrases::Phrases,
    /// For [`cyrillic_word`]: the Cyrillic letter each ASCII char stands for, or `\0`.
    cyrillic: [char; 128],
}

/// `f`, called through a pointer that neither the compiler nor wasm-opt sees through, so
/// that it stays a function of its own in the wasm however few its callers (see
/// [`crate::detect::apart`]): the builders of the tables are kept apart, so that V8
/// optimizes only the small ones that run long.
#[inline(always)]
fn apart<F: Copy>(f: F) -> F {
    std::hint::black_box(f)
}

/// The chars of a key (made of whole chars: never short of one).
fn key_chars(key: &[u8]) -> std::str::Chars<'_> {
    std::str::from_utf8(key).unwrap_or_default().chars()
}

/// The state of the pass over the word entries that is not in the tables: the group
/// being read, the entry before, and the stems' keys.
struct Pass {
    rule: u8,
    kind: u8,
    /// The entry before in the group, as a range of the text.
    before: Range<usize>,
    stem_keys: Vec<(usize, usize)>,
}

impl LexiconRules {
    /// The tables of the entries (`LEX_WORDS`' text): one pass over it, folding each
    /// entry into its collapsed key and hash as a word of a message is, with no
    /// allocation per key.
    ///
    /// Called once. Its work is in functions of their own, each loop calling one, so that
    /// no large function of it runs long enough in the wasm for V8 to optimize it (see
    /// [`crate::detect::apart`]): its loops run a few thousand turns, and only the small
    /// functions that read a word or an entry are worth optimizing.
    #[inline(never)]
    fn new(pack: &str) -> LexiconRules {
        // The words, then the phrases (after a form feed).
        let (entries, phrase_text) = pack.split_once('\u{c}').unwrap_or((pack, ""));
        // About one key for every eight bytes (an entry and the first words of the
        // expressions).
        // (And about one anchor for every sixteen bytes of the phrases.)
        let keys = Keys::new(entries, entries.len() / 8 + phrase_text.len() / 16);
        let mut lex = LexiconRules {
            keys,
            stem_chars: (usize::MAX, 0),
            term_chars: 0,
            joined_chars: 0,
            infixes: Vec::new(),
            infix_pairs: Box::new([0u64; 1024]),
            // Latin-1, Latin Extended-A and -B: their accented letters are folded.
            blocks: [0b1_1111u64, 0, 0, 0, 0, 0, 0, 0],
            words: WordFilter::new(),
            solo: EntryFilter::new(),
            infixes_chars: Vec::new(),
            stem_filter: SmallFilter::new(),
            stem_starts: SmallFilter::new(),
            wild: Vec::new(),
            wild_firsts: Vec::new(),
            infix_chars: 0,
            infix_rare: 0,
            small_words: Box::new([0; SMALL / 64]),
            dead_leads: [0; 4],
            phrases: phrases::Phrases::default(),
            cyrillic: ['\0'; 128],
        };
        let mut pass = Pass {
            rule: 0,
            kind: 0,
            before: 0..0,
            stem_keys: Vec::new(),
        };
        let b = entries.as_bytes();
        let entry = apart(Self::entry as fn(&mut Self, &str, usize, &mut Pass) -> usize);
        let mut i = 0;
        while i < b.len() {
            i = if b[i] == b'\t' {
                pass.group(b, i)
            } else {
                entry(&mut lex, entries, i, &mut pass)
            };
        }
        apart(Self::parts as fn(&mut Self, &str, &[(usize, usize)]))(
            &mut lex,
            entries,
            &pass.stem_keys,
        );
        apart(Self::scripts as fn(&mut Self))(&mut lex);
        apart(phrases::Phrases::build as fn(&mut Self, &str))(&mut lex, phrase_text);
        lex
    }
}

impl Pass {
    /// Reads the line of a group at `i`: `\t`, the rule's letter, the kind's letter.
    /// Where the group's entries start.
    fn group(&mut self, b: &[u8], i: usize) -> usize {
        self.rule = b.get(i + 1).map_or(0, |x| x.wrapping_sub(b'a'));
        self.kind = match b.get(i + 2) {
            Some(b't') => TERM,
            Some(b's') => STEM,
            Some(b'i') => INFIX,
            Some(b'q') => QUIET,
            Some(b'v') => VEILED,
            _ => ALLOW,
        };
        self.before = 0..0;
        i + 4
    }
}

impl LexiconRules {
    /// Reads the entry at byte `i` of `entries` into the tables; where the next line
    /// starts.
    #[inline(never)]
    fn entry(&mut self, entries: &str, mut i: usize, pass: &mut Pass) -> usize {
        let b = entries.as_bytes();
        let (rule, kind) = (pass.rule, pass.kind);
        // An entry, folded as `Key::push` folds a word: runs collapsed (the doubled
        // letters noted) and its chars hashed. Its key is the text, up to its first
        // doubled letter; from there, it is written collapsed in the table.
        let line_start = i;
        let (mut hash, mut last, mut chars, mut doubled) = (FNV_START, 0u32, 0usize, 0u64);
        let (mut start, mut collapsed) = (line_start, false);
        // Collapsed, the text up to here is written.
        let mut copied = line_start;
        let mut spaced = false;
        // The bytes this entry starts with as the one before does: the first words of
        // an expression in them were seen with that one (the entries of a group are
        // sorted, so expressions that start alike follow each other).
        let same = if matches!(kind, TERM | QUIET) {
            b[pass.before.clone()]
                .iter()
                .zip(&b[i..])
                .take_while(|(x, y)| x == y)
                .count()
        } else {
            0
        };
        loop {
            // Most chars: lower-case ASCII letters, each unlike the last.
            let run = i;
            while let Some(&x) = b.get(i) {
                if x.wrapping_sub(b'a') >= 26 || u32::from(x) == last {
                    break;
                }
                last = u32::from(x);
                hash = (hash ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3);
                i += 1;
            }
            chars += i - run;
            let Some(&x) = b.get(i) else {
                break;
            };
            if x == b'\n' {
                break;
            }
            let (c, len) = if x < 0x80 {
                (u32::from(x), 1)
            } else if x < 0xE0 {
                // Two bytes (below U+0800: in the first 16 blocks).
                let y = b.get(i + 1).copied().unwrap_or(0);
                let c = u32::from(x & 0x1F) << 6 | u32::from(y & 0x3F);
                self.blocks[0] |= 1 << (c >> 7);
                (c, 2)
            } else {
                let c = char_at(entries, i);
                let block = c as usize >> 7;
                if block < 512 {
                    self.blocks[block / 64] |= 1 << (block % 64);
                }
                (c as u32, c.len_utf8())
            };
            if c == u32::from(b' ') {
                spaced = true;
                if matches!(kind, TERM | QUIET) && i - line_start >= same {
                    // The first words of an expression: worth reading on. (A key
                    // that other groups also start expressions with has one such
                    // entry for each: the look-up finds them all.)
                    let end = if collapsed {
                        self.keys.write(copied, i);
                        copied = i;
                        self.keys.written()
                    } else {
                        i
                    };
                    self.words.insert(hash);
                    let cont = Entry {
                        doubled: 0,
                        rule,
                        kind: CONT,
                        index: 0,
                    };
                    self.keys.insert(start, end, hash, cont);
                }
            } else if c == last {
                if chars <= MASK_BITS {
                    doubled |= 1 << (chars - 1);
                }
                if collapsed {
                    self.keys.write(copied, i);
                } else {
                    start = self.keys.collapse(line_start, i);
                    collapsed = true;
                }
                copied = i + len;
                i += len;
                continue;
            }
            last = c;
            hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
            chars += 1;
            i += len;
        }
        let end = if collapsed {
            self.keys.write(copied, i);
            self.keys.written()
        } else {
            i
        };
        let line = &entries[line_start..i];
        pass.before = line_start..i;
        if matches!(kind, TERM | STEM | INFIX | VEILED) && !spaced {
            self.wild.push((line_start as u32..i as u32, rule, kind));
        }
        if kind == INFIX {
            let mut cs = line.chars().map(skeleton::letter);
            let (first, second) = (cs.next().unwrap_or(' '), cs.next().unwrap_or(' '));
            let pair = pair_bit(first, second);
            self.infix_pairs[pair / 64] |= 1 << (pair % 64);
            // For `quick`: the chars of the key, as bits.
            let key = self.keys.bytes(start, end);
            self.infixes_chars
                .push(key_chars(key).fold(0u64, |m, c| m | seen_bit(c as u32)));
            self.infixes.push((key.into(), doubled, rule));
            return i + 1;
        }
        if kind == STEM {
            self.stem_filter.insert(hash);
            pass.stem_keys.push((start, end));
            self.stem_chars.0 = self.stem_chars.0.min(chars);
            self.stem_chars.1 = self.stem_chars.1.max(chars);
        } else {
            self.words.insert(hash);
            self.solo.insert(hash);
            self.term_chars = self.term_chars.max(chars);
            if matches!(kind, TERM | VEILED) && !spaced {
                self.joined_chars = self.joined_chars.max(chars);
            }
        }
        let entry = Entry {
            doubled,
            rule,
            kind,
            index: 0,
        };
        self.keys.insert(start, end, hash, entry);
        i + 1
    }

    /// After the entries: the stems' starts, the infixes' filters, and the one-word
    /// entries by first char.
    #[inline(never)]
    fn parts(&mut self, entries: &str, stem_keys: &[(usize, usize)]) {
        for &(start, end) in stem_keys {
            let start = key_chars(self.keys.bytes(start, end))
                .take(self.stem_chars.0)
                .fold(FNV_START, fnv_char);
            self.stem_starts.insert(start);
        }
        self.infix_chars = (self.infixes.iter())
            .map(|(k, _, _)| key_chars(k).count())
            .min()
            .unwrap_or(0);
        // The bits of the letters from the most to the least frequent in most text; a
        // bit no letter has is rarer still.
        let rank = |bit: u64| {
            "etaoinsrhldcumfpgwybvkxjqz"
                .chars()
                .position(|c| seen_bit(c as u32) == bit)
                .unwrap_or(99)
        };
        self.infix_rare = self.infixes.iter().fold(0u64, |bits, (k, _, _)| {
            let rare = key_chars(k)
                .map(|c| seen_bit(c as u32))
                .max_by_key(|&b| rank(b));
            bits | rare.unwrap_or(u64::MAX)
        });
        // By first char: sorted as numbers (first char, then place), which is quick.
        let wild = std::mem::take(&mut self.wild);
        let mut order: Vec<u64> = (wild.iter().enumerate())
            .map(|(at, w)| u64::from(char_at(entries, w.0.start as usize)) << 32 | at as u64)
            .collect();
        order.sort_unstable();
        self.wild = order
            .iter()
            .map(|&o| wild[o as u32 as usize].clone())
            .collect();
        for (at, o) in order.iter().enumerate() {
            let first = char::from_u32((o >> 32) as u32).unwrap_or(' ');
            if self.wild_firsts.last().is_none_or(|w| w.0 != first) {
                self.wild_firsts.push((first, at));
            }
        }
    }

    /// The tables of chars: the Cyrillic letters of ASCII look-alikes, which code points
    /// are word chars, and the lead bytes of none.
    #[inline(never)]
    fn scripts(&mut self) {
        // The look-alikes the folded view makes Latin, back, and digits and letters
        // people type for Russian letters.
        for c in 'а'..='я' {
            if let Some(l) = crate::normalize::confusable(c) {
                if l.is_ascii() && self.cyrillic[l as usize] == '\0' {
                    self.cyrillic[l as usize] = c;
                }
            }
        }
        for (l, c) in [
            ('0', 'о'),
            ('3', 'з'),
            ('4', 'ч'),
            ('6', 'б'),
            ('u', 'и'),
            ('n', 'п'),
            ('r', 'г'),
            ('@', 'а'),
        ] {
            if self.cyrillic[l as usize] == '\0' {
                self.cyrillic[l as usize] = c;
            }
        }
        for from in (0x80..SMALL).step_by(64) {
            // Only the blocks of the entries and the letters `is_word_far` knows at once
            // can be word chars.
            let block = from >> 7;
            if self.blocks[block / 64] >> (block % 64) & 1 == 0
                && !matches!(from, 0x400..=0x52F | 0x600..=0x64A | 0x900..=0x939)
            {
                continue;
            }
            let mut bits = 0u64;
            for (i, c) in (from as u32..from as u32 + 64).enumerate() {
                if char::from_u32(c).is_some_and(|c| self.is_word_far(c)) {
                    bits |= 1 << i;
                }
            }
            self.small_words[from / 64] = bits;
        }
        // Leads of two bytes cover 64 code points, of three bytes 4096; of four bytes,
        // code points no entry has (past the blocks).
        for lead in 0x80..=0xFFusize {
            let (from, len) = match lead {
                0xC2..=0xDF => ((lead & 0x1F) << 6, 64),
                0xE0..=0xEF => ((lead & 0x0F) << 12, 4096),
                _ => (0, 0),
            };
            let alive = (from..from + len).step_by(64).any(|cp| {
                if cp < SMALL {
                    self.small_words[cp / 64] != 0
                } else {
                    let block = cp >> 7;
                    block < 512 && self.blocks[block / 64] >> (block % 64) & 1 == 1
                }
            });
            if !alive && lead != 0xE2 {
                self.dead_leads[lead / 64] |= 1 << (lead % 64);
            }
        }
    }
}

impl LexiconRules {
    /// The entries of a key (made of chars, `hash` its [`fnv_char`] hash).
    #[inline]
    fn list<'a>(&'a self, key: &'a [u8], hash: u64) -> impl Iterator<Item = &'a Entry> + 'a {
        self.keys.entries(key, hash)
    }

    /// The phrase anchors of a word's key (`hash` its hash, `doubled` its doubled
    /// letters): as a whole word, and by its starts as stems; `f(kind, index)` for each.
    fn anchors(&self, key: &[u8], hash: u64, doubled: u64, mut f: impl FnMut(u8, u16)) {
        for e in self.list(key, hash) {
            if matches!(e.kind, AT_WORD | AT_VALUE) && e.doubled & !doubled == 0 {
                f(e.kind, e.index);
            }
        }
        let Ok(text) = std::str::from_utf8(key) else {
            return;
        };
        let (lo, hi) = self.stem_chars;
        let mut h = FNV_START;
        for (n, (at, c)) in text.char_indices().enumerate() {
            h = fnv_char(h, c);
            if n + 1 > hi {
                break;
            }
            if n + 1 < lo || !self.stem_filter.has(h) {
                continue;
            }
            for e in self.list(&key[..at + c.len_utf8()], h) {
                if matches!(e.kind, AT_STEM_WORD | AT_STEM_VALUE) && e.doubled & !doubled == 0 {
                    f(e.kind, e.index);
                }
            }
        }
    }
}

impl LexiconRules {
    /// Whether an infix may start with the chars `before` and `c` (a bit set over a
    /// hash of the pair).
    #[inline(always)]
    fn infix_pair(&self, before: char, c: char) -> bool {
        let pair = pair_bit(before, c);
        self.infix_pairs[pair / 64] >> (pair % 64) & 1 == 1
    }

    /// Whether `c` is part of a word for the lexicons: ASCII letters and digits, and the
    /// letters of the blocks some entry is written in (a Bengali or Chinese word can
    /// match nothing, so it is skipped like punctuation).
    #[inline]
    fn is_word(&self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphanumeric();
        }
        if (c as usize) < SMALL {
            return self.small_words[c as usize / 64] >> (c as usize % 64) & 1 == 1;
        }
        self.is_word_far(c)
    }

    /// [`LexiconRules::is_word`] without the table of the first code points (which it
    /// makes).
    fn is_word_far(&self, c: char) -> bool {
        // Letters of the lexicons' main scripts, without the lookup: Cyrillic, Arabic,
        // Devanagari.
        if matches!(c, '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}' | '\u{621}'..='\u{64A}' | '\u{904}'..='\u{939}')
        {
            return true;
        }
        let block = c as usize >> 7;
        block < 512
            && self.blocks[block / 64] >> (block % 64) & 1 == 1
            && crate::normalize::is_word_char(c)
            && !c.is_whitespace()
    }
}

/// The code points [`LexiconRules::is_word`] answers from a table: Latin, Greek,
/// Cyrillic, Arabic, Devanagari and the other scripts written in two bytes and more.
const SMALL: usize = 0x1000;

/// The char at byte `i` of `text` (a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// The ASCII digits that leet reads as letters, as bits: 0 1 3 4 5 7.
const LEET_DIGITS: u128 = 1 << b'0' | 1 << b'1' | 1 << b'3' | 1 << b'4' | 1 << b'5' | 1 << b'7';

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
    /// It has `*` or `#` between letters (self-censoring), or leet digits.
    wild: bool,
    /// Chars, tags left out.
    chars: usize,
    /// Letters as a reader counts them: chars, combining marks (Devanagari vowel signs,
    /// Arabic harakat) left out; a syllable spaced out is one.
    units: usize,
    /// It has Cyrillic letters, and ASCII letters or digits: a Russian word with Latin
    /// look-alikes or digits in it (`xуйня`, `6лять`, `пи3дец`), read a third time
    /// ([`cyrillic_word`]).
    cyr: bool,
    ascii: bool,
}

/// A combining mark that belongs to the letter before it: Devanagari vowel signs,
/// nukta, virama and anusvara, Arabic harakat.
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}' | '\u{951}'..='\u{957}' | '\u{962}' | '\u{963}' | '\u{64b}'..='\u{65f}' | '\u{670}')
}

/// The Arabic tatweel, which draws a word out (`كـــــس`) and is no letter: left out of
/// keys, like a zero-width char.
const TATWEEL: char = '\u{640}';

/// Folds `c` for the key: the lexicon's letter folding, and leet when `leet`.
#[inline]
fn fold_char(c: char, leet: bool) -> char {
    let c = if leet {
        skeleton::leet(c).unwrap_or(c)
    } else {
        c
    };
    // `letter` changes no other char of U+0400..U+0700 than `ё` and the Arabic alefs.
    if c < '\u{400}' || matches!(c, 'ё' | '\u{2019}' | 'آ' | 'أ' | 'إ') {
        skeleton::letter(c)
    } else {
        c
    }
}

/// Reads the next word of `text` at or after `from` (word chars, with leet symbols,
/// apostrophes and short tags between them) and appends it to `key`, folded, with leet
/// read as letters when `leet`. One pass: the word is folded as it is found.
fn read_word(
    lex: &LexiconRules,
    text: &str,
    from: usize,
    key: &mut Key,
    leet: bool,
) -> Option<Token> {
    let b = text.as_bytes();
    let mut i = from;
    let start = loop {
        let x = *b.get(i)?;
        if x < 0x80 {
            if x.is_ascii_alphanumeric() {
                break i;
            }
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if lex.is_word(c) {
            break i;
        }
        i += c.len_utf8();
    };
    let mut t = Token {
        start,
        end: start,
        letters: false,
        leet: false,
        wild: false,
        chars: 0,
        units: 0,
        cyr: false,
        ascii: false,
    };
    while i < b.len() {
        let x = b[i];
        if x.is_ascii_alphanumeric() {
            let digit = x.is_ascii_digit();
            t.letters |= !digit;
            if digit && LEET_DIGITS >> x & 1 == 1 {
                t.leet = true;
                t.wild = true;
                key.push(fold_char(char::from(x), leet), Some(lex));
            } else {
                key.push(char::from(x), Some(lex));
            }
            t.chars += 1;
            t.units += 1;
            t.ascii = true;
            i += 1;
            t.end = i;
            continue;
        }
        let c = char_at(text, i);
        if !c.is_ascii() && lex.is_word(c) {
            i += c.len_utf8();
            t.end = i;
            if c == TATWEEL {
                continue;
            }
            t.letters = true;
            t.cyr |= is_cyrillic(c);
            key.push(fold_char(c, false), Some(lex));
            t.chars += 1;
            t.units += usize::from(!is_mark(c));
            t.end = i;
            continue;
        }
        // A symbol, apostrophe or tag continues the word only when a word char follows.
        let skip = if is_leet_symbol(c) || matches!(c, '\'' | '\u{2019}') {
            Some(i + c.len_utf8())
        } else if c == '*' || c == '#' {
            // Self-censoring: up to three stars, each a letter.
            let run = b[i..]
                .iter()
                .take(4)
                .take_while(|&&x| x == b'*' || x == b'#')
                .count();
            (run <= 3).then_some(i + run)
        } else if c == '<' {
            let mut j = i;
            while let Some(e) = tag_end(text, j) {
                j = e;
                if b.get(j) != Some(&b'<') {
                    break;
                }
            }
            (j > i).then_some(j)
        } else {
            None
        };
        match skip {
            Some(j) if text[j..].chars().next().is_some_and(|c| lex.is_word(c)) => {
                if c == '*' || c == '#' {
                    t.wild = true;
                    for _ in i..j {
                        key.push('*', Some(lex));
                        t.chars += 1;
                        t.units += 1;
                    }
                } else if c != '<' {
                    t.leet |= is_leet_symbol(c);
                    key.push(fold_char(c, leet), Some(lex));
                    t.chars += 1;
                    t.units += 1;
                }
                i = j;
            }
            _ => break,
        }
    }
    Some(t)
}

/// What [`quick`] tells of the next word.
enum Quick {
    /// No word is left.
    End,
    /// The word ending here can match nothing: read on from here.
    Nothing(usize),
    /// The word starting here may match: read it in full.
    Read(usize),
}

/// What an ASCII byte is to [`glance`], as bits: a letter, a digit leet reads as a
/// letter, another digit; a symbol that may carry the word on (only [`read_word`]
/// follows it); the end of the word.
const LETTER: u8 = 1;
const LEET: u8 = 2;
const DIGIT: u8 = 4;
const GOES_ON: u8 = 8;
const ENDS: u8 = 16;
/// A Cyrillic letter, in [`Glance::kinds`] only.
const CYRILLIC: u8 = 32;

/// A Cyrillic letter (Russian and its neighbours).
#[inline(always)]
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52f}')
}

/// [`LETTER`] to [`ENDS`] for each ASCII byte.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [ENDS; 128];
    let mut x = 0;
    while x < 128 {
        let b = x as u8;
        t[x] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            if LEET_DIGITS >> b & 1 == 1 {
                LEET
            } else {
                DIGIT
            }
        } else if matches!(b, b'@' | b'$' | b'!' | b'|' | b'\'' | b'*' | b'#' | b'<') {
            GOES_ON
        } else {
            ENDS
        };
        x += 1;
    }
    t
};

/// The bit of a char in [`Glance::chars_seen`]: each lower-case ASCII letter has its
/// own (other chars share them).
#[inline(always)]
fn seen_bit(c: u32) -> u64 {
    1 << (c % 64)
}

/// A word as [`quick`] reads it: the hash of its key so far and what it may hold.
#[derive(Clone, Copy)]
struct Glance {
    hash: u64,
    last: u32,
    /// Chars of the key so far (runs collapsed).
    key_chars: usize,
    /// [`LETTER`], [`LEET`] and [`DIGIT`] when it has them (non-ASCII letters count as
    /// letters).
    kinds: u8,
    /// The chars of the key, as bits ([`seen_bit`]): an infix can be in the key only
    /// when its bits are all on.
    chars_seen: u64,
    /// The hash of the key's start as long as the shortest stem (0 when shorter).
    start: u64,
    /// With stems looked at, a start of the key may be a stem.
    stem: bool,
}

impl Glance {
    fn new(hash: u64, last: char, key_chars: usize) -> Glance {
        Glance {
            hash,
            last: u32::from(last),
            key_chars,
            kinds: 0,
            chars_seen: 0,
            start: 0,
            stem: false,
        }
    }
}

/// Reads the word of plain letters and digits that starts at `i` (a word char) into
/// `g`, hashing its chars as [`Key::push`] does for [`read_word`] without leet (with
/// `STEMS`, also each start of it as long as a stem); its end, or `None` at a char that
/// may carry the word on (a symbol, apostrophe, star or tag), which only `read_word`
/// follows.
#[inline(always)]
fn glance<const STEMS: bool>(
    lex: &LexiconRules,
    text: &str,
    mut i: usize,
    g: &mut Glance,
) -> Option<usize> {
    let b = text.as_bytes();
    let (lo, hi) = lex.stem_chars;
    // The fields of `g` in locals, written back at the end.
    let (mut hash, mut last, mut key_chars) = (g.hash, g.last, g.key_chars);
    let (mut kinds, mut seen, mut start, mut stem) = (g.kinds, g.chars_seen, g.start, g.stem);
    // Appends a char to the key, as `Key::push` does.
    macro_rules! push {
        ($c:expr) => {
            let c: u32 = $c;
            if c != last {
                last = c;
                hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
                seen |= seen_bit(c);
                key_chars += 1;
                if key_chars == lo {
                    start = hash;
                }
                if STEMS && key_chars >= lo && key_chars <= hi {
                    stem |= lex.stem_filter.has(hash);
                }
            }
        };
    }
    'word: loop {
        // A run of ASCII, in a loop of its own.
        while let Some(&x) = b.get(i) {
            if x >= 0x80 {
                break;
            }
            let class = ASCII_CLASS[usize::from(x)];
            if class >= GOES_ON {
                if class == GOES_ON {
                    return None;
                }
                break 'word;
            }
            kinds |= class;
            i += 1;
            push!(u32::from(x));
        }
        let Some(&x) = b.get(i) else {
            break;
        };
        if lex.dead_leads[usize::from(x) / 64] >> (x % 64) & 1 == 1 {
            break;
        }
        let (c, len) = if x < 0xE0 {
            // Two bytes, decoded here.
            let y = b.get(i + 1).copied().unwrap_or(0);
            let c = u32::from(x & 0x1F) << 6 | u32::from(y & 0x3F);
            (char::from_u32(c).unwrap_or(' '), 2)
        } else {
            let c = char_at(text, i);
            (c, c.len_utf8())
        };
        if c == '\u{2019}' {
            return None;
        }
        if !lex.is_word(c) {
            break;
        }
        if c == TATWEEL {
            i += len;
            continue;
        }
        // A Cyrillic letter is told apart from the others: among ASCII letters or digits
        // it makes the word one to read in full.
        kinds |= if is_cyrillic(c) { CYRILLIC } else { LETTER };
        i += len;
        push!(u32::from(fold_char(c, false)));
    }
    *g = Glance {
        hash,
        last,
        key_chars,
        kinds,
        chars_seen: seen,
        start,
        stem,
    };
    Some(i)
}

/// [`glance`] for the most common words: lower-case ASCII letters up to a byte that
/// ends a word (neither a word char nor one that may carry the word on). `Err` with
/// where it stopped when the word goes on otherwise (`g` is then to be started again).
#[inline(always)]
fn letters(lex: &LexiconRules, b: &[u8], mut i: usize, g: &mut Glance) -> Result<usize, usize> {
    let lo = lex.stem_chars.0;
    let (mut hash, mut last, mut key_chars, mut seen, mut start) = (g.hash, 0u32, 0, 0u64, 0);
    loop {
        let x = b.get(i).copied().unwrap_or(b' ');
        if x.wrapping_sub(b'a') >= 26 {
            if x >= 0x80 || ASCII_CLASS[usize::from(x)] != ENDS {
                return Err(i);
            }
            break;
        }
        i += 1;
        let c = u32::from(x);
        if c != last {
            last = c;
            hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
            seen |= seen_bit(c);
            key_chars += 1;
            if key_chars == lo {
                start = hash;
            }
        }
    }
    *g = Glance {
        hash,
        last,
        key_chars,
        kinds: LETTER,
        chars_seen: seen,
        start,
        stem: false,
    };
    Ok(i)
}

/// The next word of `text` at or after `from`, looked at quickly ([`glance`]) instead of
/// read in full: most words are ordinary. It can match nothing when it is made of
/// letters, or of digits, and neither its whole key nor a start of it as long as a stem
/// is in a filter, the chars of no infix are all in it, and, when it is only the first
/// word of expressions, the next word carries none of them on. Words with leet digits
/// among letters, symbols, apostrophes, stars or tags, and single letters that may be
/// spaced out (`f u c k`), are read in full.
#[inline]
fn quick(lex: &LexiconRules, text: &str, from: usize, run: &mut SpacedRun) -> Quick {
    let b = text.as_bytes();
    let mut i = from;
    // The word's start, as `read_word` finds it.
    let start = loop {
        let Some(&x) = b.get(i) else {
            return Quick::End;
        };
        if x < 0x80 {
            if ASCII_CLASS[usize::from(x)] < GOES_ON {
                break i;
            }
            i += 1;
            continue;
        }
        if lex.dead_leads[usize::from(x) / 64] >> (x % 64) & 1 == 1 {
            // Not decoded: the length of the char is in its first byte.
            i += 2 + usize::from(x >= 0xE0) + usize::from(x >= 0xF0);
            continue;
        }
        let c = char_at(text, i);
        if lex.is_word(c) {
            break i;
        }
        i += c.len_utf8();
    };
    let mut g = Glance::new(FNV_START, '\0', 0);
    let end = match letters(lex, b, start, &mut g) {
        Ok(end) => end,
        Err(stop) => {
            // Leet symbols and apostrophes (e-mail addresses, `don't`) in a look of their
            // own, as words of letters and leet digits; other words (and those it cannot
            // tell) as before.
            if matches!(b[stop], b'@' | b'$' | b'!' | b'|' | b'\'') {
                return leet_word(lex, b, start).map_or(Quick::Read(start), Quick::Nothing);
            }
            g = Glance::new(FNV_START, '\0', 0);
            let Some(end) = glance::<false>(lex, text, start, &mut g) else {
                return leet_word(lex, b, start).map_or(Quick::Read(start), Quick::Nothing);
            };
            end
        }
    };
    if g.kinds & CYRILLIC != 0 && g.kinds & (LETTER | LEET | DIGIT) != 0 {
        return Quick::Read(start);
    }
    if g.kinds & (LETTER | LEET) == LETTER | LEET {
        return leet_word(lex, b, start).map_or(Quick::Read(start), Quick::Nothing);
    }
    if g.key_chars >= lex.infix_chars
        && g.chars_seen & lex.infix_rare != 0
        && lex.infixes_chars.iter().any(|&m| m & !g.chars_seen == 0)
    {
        return Quick::Read(start);
    }
    if g.start != 0 && lex.stem_starts.has(g.start) {
        let mut again = Glance::new(FNV_START, '\0', 0);
        glance::<true>(lex, text, start, &mut again);
        if again.stem {
            return Quick::Read(start);
        }
    }
    // Letters spaced out, the first check of `spaced`: one char (its length is in its
    // first byte), or one letter of Arabic or Devanagari with its marks, then the same
    // separator after the next letter.
    let sep = b.get(end).copied().unwrap_or(0);
    if matches!(sep, b' ' | b'.' | b'-' | b'_' | b'/')
        && (g.key_chars == 1 || g.key_chars <= 4 && b[start] >= 0xD8)
    {
        let one = if g.key_chars == 1 {
            end - start
                == 1 + usize::from(b[start] >= 0xC0)
                    + usize::from(b[start] >= 0xE0)
                    + usize::from(b[start] >= 0xF0)
        } else {
            unit_end(lex, text, start) == Some(end)
        };
        if one {
            if let Some(e) = unit_end(lex, text, end + 1) {
                if b.get(e) == Some(&sep) && run.may(lex, b, start, sep) {
                    return Quick::Read(start);
                }
            }
        }
    }
    if g.key_chars <= lex.term_chars
        && lex.words.has(g.hash)
        && (lex.solo.has(g.hash) || goes_on(lex, text, end, g))
    {
        return Quick::Read(start);
    }
    Quick::Nothing(end)
}

/// A key as [`Key::push`] computes it without writing it: its hash, last char, chars,
/// start hash (as long as the shortest stem), and its chars as bits ([`seen_bit`]).
#[derive(Clone, Copy)]
struct Reading {
    hash: u64,
    last: char,
    chars: usize,
    start: u64,
    seen: u64,
}

impl Reading {
    fn new() -> Reading {
        Reading {
            hash: FNV_START,
            last: '\0',
            chars: 0,
            start: 0,
            seen: 0,
        }
    }

    #[inline(always)]
    fn push(&mut self, lex: &LexiconRules, c: char) {
        if c == self.last {
            return;
        }
        self.last = c;
        self.hash = fnv_char(self.hash, c);
        self.seen |= seen_bit(c as u32);
        self.chars += 1;
        if self.chars == lex.stem_chars.0 {
            self.start = self.hash;
        }
    }

    /// Whether [`Scan::whole`] or [`Scan::parts`] may find something in the key (an
    /// infix only in a key that has all its chars, as [`quick`] tells).
    #[inline(always)]
    fn may(&self, lex: &LexiconRules) -> bool {
        self.chars <= lex.term_chars && lex.words.has(self.hash)
            || self.start != 0 && lex.stem_starts.has(self.start)
            || self.chars >= lex.infix_chars
                && self.seen & lex.infix_rare != 0
                && lex.infixes_chars.iter().any(|&m| m & !self.seen == 0)
    }
}

/// For [`quick`]: the end of the word of ASCII letters, digits, leet symbols (`@ $ ! |`)
/// and apostrophes at `start` when the full reading ([`read_word`] as written and with
/// leet, then [`wild`]) can find nothing in it, as in most e-mail addresses and words
/// such as `don't`; `None` when it may, or at any other char (which `read_word` reads).
#[inline(never)]
fn leet_word(lex: &LexiconRules, b: &[u8], start: usize) -> Option<usize> {
    // The word's end, and what it has.
    let (mut i, mut digits, mut letters, mut leets) = (start, 0, false, false);
    while let Some(&x) = b.get(i) {
        if x.is_ascii_alphanumeric() {
            if x.is_ascii_digit() {
                digits += 1;
                leets |= LEET_DIGITS >> x & 1 == 1;
            } else {
                letters = true;
            }
        } else if matches!(x, b'@' | b'$' | b'!' | b'|' | b'\'') {
            // It carries the word on when a word char follows.
            match b.get(i + 1) {
                Some(&y) if y >= 0x80 => return None,
                Some(&y) if y.is_ascii_alphanumeric() => {}
                _ => break,
            }
            leets |= x != b'\'';
        } else if x >= 0x80 || ASCII_CLASS[usize::from(x)] == GOES_ON {
            return None;
        } else {
            break;
        }
        i += 1;
    }
    let word = &b[start..i];
    let chars = word.len();
    let mut plain = Reading::new();
    for &x in word {
        plain.push(lex, char::from(x));
    }
    let leet_may = letters && leets && {
        let mut leet = Reading::new();
        for &x in word {
            // `skeleton::leet` of ASCII.
            leet.push(
                lex,
                match x {
                    b'4' | b'@' => 'a',
                    b'3' => 'e',
                    b'1' | b'!' | b'|' => 'i',
                    b'0' => 'o',
                    b'5' | b'$' => 's',
                    b'7' => 't',
                    x => char::from(x),
                },
            );
        }
        leet.may(lex)
    };
    // `wild` finds nothing in a word of digits and letters (no stars) unless it has one
    // digit and four chars or more; one char may be spaced out.
    let wild = digits == 1 && chars >= 4;
    let nothing = chars > 1 && !wild && !plain.may(lex) && !leet_may;
    nothing.then_some(i)
}

/// The run of letters spaced out that [`quick`] last looked at (per check): for each of
/// its one-char words, whether [`spaced`] may find something from there. In a long run
/// (`1 2 3 4 1 2 3 4 ...`), every word starts a join as long as the longest entry, which
/// `spaced` reads a word at a time; here the run is read once, and each join is told by
/// sums over the run: how many chars its key has once runs are collapsed, whether an
/// infix may start in it, and, for a short key or a stem, the hashes `Key::push` would
/// compute. Only ASCII letters and digits are taken in; a join that would reach any
/// other word, or a char that may carry a word on, is left to `spaced`.
#[derive(Default)]
struct SpacedRun {
    /// Where its first word is, and its separator.
    start: usize,
    sep: u8,
    /// Per word (at `start + 2 * q`): whether `spaced` may find something from there.
    may: Vec<bool>,
    /// Reused per run: the words' letters (read with leet), where the next different
    /// letter is, and sums of the letters unlike the one before and of the infix pairs.
    letters: Vec<char>,
    next: Vec<u32>,
    changes: Vec<u32>,
    pairs: Vec<u32>,
}

/// Most words a run is read ahead at once (then read again from where it stopped).
const RUN_WORDS: usize = 4096;

impl SpacedRun {
    /// Whether `spaced` may find something from the one-char word at `start`, followed
    /// by the separator `sep` (the first check of `spaced` passed).
    #[inline(never)]
    fn may(&mut self, lex: &LexiconRules, b: &[u8], start: usize, sep: u8) -> bool {
        let covered = sep == self.sep
            && start >= self.start
            && (start - self.start) % 2 == 0
            && (start - self.start) / 2 < self.may.len();
        if !covered {
            self.read(lex, b, start, sep);
        }
        match (start - self.start) / 2 {
            q if q < self.may.len() => self.may[q],
            _ => true,
        }
    }

    /// Reads the run from the word at `start`, and tells `may` for its words.
    fn read(&mut self, lex: &LexiconRules, b: &[u8], start: usize, sep: u8) {
        (self.start, self.sep) = (start, sep);
        self.may.clear();
        self.letters.clear();
        // The words, as `spaced` reads them; `sure` when the run ends at a word that is
        // not one letter or digit (not at one this does not read).
        let mut sure = true;
        let mut at = start;
        while let Some(&x) = b.get(at) {
            if x >= 0x80 {
                sure = false;
                break;
            }
            if !x.is_ascii_alphanumeric() {
                break;
            }
            match b.get(at + 1) {
                Some(&y) if y >= 0x80 || ASCII_CLASS[usize::from(y)] == GOES_ON => {
                    sure = false;
                    break;
                }
                Some(&y) if ASCII_CLASS[usize::from(y)] != ENDS => break,
                _ => {}
            }
            self.letters.push(match x {
                b'0' => 'o',
                b'1' => 'i',
                b'3' => 'e',
                b'4' => 'a',
                b'5' => 's',
                b'7' => 't',
                x => char::from(x),
            });
            if self.letters.len() == RUN_WORDS {
                sure = false;
                break;
            }
            if b.get(at + 1) != Some(&sep) {
                break;
            }
            at += 2;
        }
        let n = self.letters.len();
        let letters = &self.letters;
        // Sums from the start: letters unlike the one before, and those whose pair with
        // the one before may start an infix.
        self.changes.clear();
        self.pairs.clear();
        let (mut changes, mut pairs) = (0u32, 0u32);
        for i in 0..n {
            if i > 0 && letters[i] != letters[i - 1] {
                changes += 1;
                pairs += u32::from(lex.infix_pair(letters[i - 1], letters[i]));
            }
            self.changes.push(changes);
            self.pairs.push(pairs);
        }
        self.next.clear();
        self.next.resize(n, n as u32);
        for i in (0..n.saturating_sub(1)).rev() {
            self.next[i] = if letters[i + 1] != letters[i] {
                i as u32 + 1
            } else {
                self.next[i + 1]
            };
        }
        let w = lex.term_chars;
        let (lo, _) = lex.stem_chars;
        for q in 0..n {
            let end = n.min(q + w);
            if !sure && q + w > n {
                // The join reaches a word this does not read.
                break;
            }
            let count = end - q;
            // Chars of the key: the first letter and each one unlike the one before.
            let chars = 1 + (self.changes[end - 1] - self.changes[q]) as usize;
            let infix = lex.infix_pair('\0', letters[q]) || self.pairs[end - 1] != self.pairs[q];
            let hash_of = |k: usize| {
                let (mut h, mut i) = (fnv_char(FNV_START, letters[q]), q);
                for _ in 1..k {
                    i = self.next[i] as usize;
                    h = fnv_char(h, letters[i]);
                }
                h
            };
            let whole = chars <= lex.joined_chars && lex.words.has(hash_of(chars));
            let stem = chars >= lo && lo > 0 && lex.stem_starts.has(hash_of(lo));
            self.may.push(count >= 3 && (whole || stem || infix));
        }
    }
}

/// Whether the word after the one `g` ends at `end` may carry on an expression that the
/// word starts, as [`expression`] reads it: after one to three spaces or punctuation, a
/// word whose key joined to `g`'s (with a space) is in a filter, or a word that only
/// [`read_word`] can read.
fn goes_on(lex: &LexiconRules, text: &str, end: usize, g: Glance) -> bool {
    if g.key_chars >= lex.term_chars {
        return false;
    }
    let b = text.as_bytes();
    let gap = b[end..]
        .iter()
        .take(4)
        .take_while(|b| !b.is_ascii_alphanumeric() && **b < 0x80)
        .count();
    if gap == 0 || gap > 3 {
        return false;
    }
    let at = end + gap;
    let starts = match b.get(at) {
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
        Some(_) => lex.is_word(char_at(text, at)),
        None => false,
    };
    if !starts {
        return false;
    }
    let mut next = Glance::new(fnv_char(g.hash, ' '), ' ', g.key_chars + 1);
    match glance::<false>(lex, text, at, &mut next) {
        None => true,
        Some(_) => next.key_chars <= lex.term_chars && lex.words.has(next.hash),
    }
}

/// Per check: the key buffer, the findings as `(start, end, rules)` and the ranges that
/// quiet lines keep quiet for their rules.
struct Scan<'a> {
    lex: &'a LexiconRules,
    key: Key,
    found: Vec<(usize, usize, u16)>,
    quiet: Vec<(usize, usize, u16)>,
    /// The words around phrase anchors.
    window: phrases::Window,
    /// The key being looked up is a disguised reading (leet, spaced letters): `VEILED`
    /// entries count.
    disguised: bool,
    /// The rules of `VEILED` entries the last key matched without a disguise of its
    /// own (the caller looks at the word as typed: [`veiled_disguise`]).
    veiled: u16,
}

impl Scan<'_> {
    /// Rules (bit per index) that the key finds as a whole (`TERM`), allows (`ALLOW`)
    /// and keeps quiet (`QUIET`), and whether it starts an expression.
    fn whole(&mut self) -> (u16, u16, u16, bool) {
        let key = &self.key;
        let (mut found, mut allowed, mut quiet, mut cont) = (0u16, 0u16, 0u16, false);
        if key.chars > self.lex.term_chars || !self.lex.words.has(key.hash) {
            return (0, 0, 0, false);
        }
        for e in self.lex.list(&key.text, key.hash) {
            if e.doubled & !key.doubled != 0 {
                continue;
            }
            match e.kind {
                TERM => found |= 1 << e.rule,
                // Disguised: read with leet, spaced out, or a letter stretched.
                VEILED if self.disguised || key.stretched => found |= 1 << e.rule,
                VEILED => self.veiled |= 1 << e.rule,
                ALLOW => allowed |= 1 << e.rule,
                QUIET => quiet |= 1 << e.rule,
                CONT => cont = true,
                AT_WORD | AT_VALUE => found |= ANCHOR_BIT,
                _ => {}
            }
        }
        (found, allowed, quiet, cont)
    }

    /// Rules whose stems start the key, or whose infixes are inside it.
    fn parts(&self) -> u16 {
        let key = &self.key;
        let mut found = 0u16;
        let stems = key.stems != 0 && self.lex.stem_starts.has(key.stems);
        if !stems && !key.infix {
            return 0;
        }
        let bytes = key.text.as_slice();
        // The key is made of chars; never fails.
        let Ok(text) = std::str::from_utf8(bytes) else {
            return 0;
        };
        let (lo, hi) = self.lex.stem_chars;
        if stems {
            let mut h = FNV_START;
            for (n, (at, c)) in text.char_indices().enumerate() {
                let n = n + 1;
                h = fnv_char(h, c);
                if n > hi {
                    break;
                }
                if n < lo || !self.lex.stem_filter.has(h) {
                    continue;
                }
                let end = at + c.len_utf8();
                for e in self.lex.list(&bytes[..end], h) {
                    if e.doubled & !key.doubled != 0 {
                        continue;
                    }
                    match e.kind {
                        STEM => found |= 1 << e.rule,
                        AT_STEM_WORD | AT_STEM_VALUE => found |= ANCHOR_BIT,
                        _ => {}
                    }
                }
            }
        }
        if !key.infix {
            return found;
        }
        let mut starts = text.char_indices().enumerate().peekable();
        while let Some((n, (at, c))) = starts.next() {
            let next = starts.peek().map_or(' ', |(_, (_, c))| *c);
            if !self.lex.infix_pair(c, next) {
                continue;
            }
            let rest = &bytes[at..];
            for (infix, doubled, rule) in &self.lex.infixes {
                if rest.starts_with(infix)
                    && doubled.checked_shl(n as u32).unwrap_or(0) & !key.doubled == 0
                {
                    found |= 1 << rule;
                }
            }
        }
        found
    }
}

impl LexiconRules {
    fn detect(&self, text: &Normalized<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let s = view.text();
        let mut scan = Scan {
            lex: self,
            key: Key::default(),
            found: Vec::new(),
            quiet: Vec::new(),
            window: phrases::Window::default(),
            disguised: false,
            veiled: 0,
        };
        let mut run = SpacedRun::default();
        let mut at = 0;
        loop {
            // Most words are ordinary: a quick look, without building the key, tells the
            // words that can match nothing, and only the others are read in full.
            match quick(self, s, at, &mut run) {
                Quick::End => break,
                Quick::Nothing(end) => {
                    at = end;
                    continue;
                }
                Quick::Read(start) => at = start,
            }
            scan.key.clear();
            let Some(t) = read_word(self, s, at, &mut scan.key, false) else {
                break;
            };
            at = t.end;
            scan.veiled = 0;
            let (mut found, mut allowed, quiet, cont) = scan.whole();
            if scan.veiled != 0 && veiled_disguise(view, text.original(), t) {
                found |= scan.veiled;
            }
            found |= scan.parts();
            if t.leet && t.letters {
                scan.key.clear();
                read_word(self, s, t.start, &mut scan.key, true);
                scan.disguised = true;
                let (f, a, _, _) = scan.whole();
                scan.disguised = false;
                found |= f | scan.parts();
                allowed |= a;
            }
            if t.cyr && t.ascii {
                cyrillic_word(self, s, t, &mut scan.key);
                scan.disguised = true;
                let (f, a, _, _) = scan.whole();
                scan.disguised = false;
                found |= f | scan.parts();
                allowed |= a;
            }
            if found & ANCHOR_BIT != 0 {
                found &= !ANCHOR_BIT;
                phrases::Phrases::find(&mut scan, s, t.start);
            }
            if t.units == 1 {
                // Spaced letters, read with leet and, when digits are among them (Arabizi
                // `3 a r s`), as written.
                for leet in [true, false] {
                    let Some(end) = spaced(&mut scan, s, t, leet) else {
                        break;
                    };
                    scan.disguised = true;
                    let (f, a, _, _) = scan.whole();
                    scan.disguised = false;
                    let f = (f | scan.parts()) & !a & !ANCHOR_BIT;
                    if f != 0 {
                        scan.found.push((t.start, end, f));
                        at = end;
                        break;
                    }
                    if !s[t.start..end]
                        .bytes()
                        .any(|x| x < 128 && LEET_DIGITS >> x & 1 == 1)
                    {
                        break;
                    }
                }
                if at > t.end {
                    continue;
                }
            }
            if t.wild && found == 0 && t.letters {
                found = wild(self, s, t);
            }
            found &= !allowed;
            if found != 0 {
                scan.found.push((t.start, t.end, found));
            }
            if quiet != 0 {
                scan.quiet.push((t.start, t.end, quiet));
            }
            if cont {
                expression(&mut scan, s, t);
            }
        }
        for &(start, end, mut rules) in &scan.found {
            for &(a, b, quiet) in &scan.quiet {
                if a < end && start < b {
                    rules &= !quiet;
                }
            }
            for (i, rule) in RULES.iter().enumerate() {
                if rules & 1 << i != 0 {
                    out.report(view, start..end, Hit::new(*rule, 0.9).kind("lexicon"));
                }
            }
        }
    }
}

/// Whether the word `t` of the folded view was typed in a disguise that the view undid or
/// that leaves its letters as they are: look-alike letters, full-width forms, zero-width
/// or bidi marks (the original differs from the view by more than case), accents, or a
/// tag inside it. Asked only for words that are `VEILED` entries.
fn veiled_disguise(view: &crate::normalize::View<'_>, original: &str, t: Token) -> bool {
    let word = &view.text()[t.start..t.end];
    if word.contains('<') || word.chars().any(|c| skeleton::letter(c) != c) {
        return true;
    }
    let span = view.to_original(t.start..t.end, original);
    original
        .get(span.start..span.end)
        .is_none_or(|typed| !typed.eq_ignore_ascii_case(word))
}

/// Reads the word `t` again into `key` as Russian: its ASCII letters and digits as the
/// Cyrillic letters they stand for (the look-alikes the folded view made Latin, and
/// `0` о, `3` з, `4` ч, `6` б, `u` и, `n` п, `r` г, `@` а), other chars as they are.
fn cyrillic_word(lex: &LexiconRules, s: &str, t: Token, key: &mut Key) {
    key.clear();
    for c in s[t.start..t.end].chars() {
        let c = if c.is_ascii() {
            match lex.cyrillic[usize::from(c as u8 & 0x7f)] {
                '\0' => c,
                r => r,
            }
        } else {
            c
        };
        if c != TATWEEL && (lex.is_word(c) || c == '*') {
            key.push(fold_char(c, false), Some(lex));
        }
    }
}

/// Rules whose one-word terms or stems the word `t` spells with stars or leet digits in
/// place of letters (`f*ck`, `f**k`, `f4ck`): each star or digit stands for one letter,
/// the other letters must match, and at most half of the word is stars. Rare words
/// only (the tokenizer marks them), so the word is folded again into a small buffer.
fn wild(lex: &LexiconRules, s: &str, t: Token) -> u16 {
    let mut word: Vec<char> = Vec::with_capacity(t.chars);
    let mut i = t.start;
    while i < t.end {
        let c = char_at(s, i);
        if c == '<' {
            if let Some(e) = tag_end(s, i) {
                i = e;
                continue;
            }
        }
        i += c.len_utf8();
        word.push(match c {
            '*' | '#' => '*',
            c if c.is_ascii_digit() => '*',
            c => fold_char(c, true),
        });
    }
    let stars = word.iter().filter(|&&c| c == '*').count();
    let digits_only = !s[t.start..t.end].contains(['*', '#']);
    if stars == 0
        || stars * 2 > word.len()
        || word.len() < 3
        || digits_only && (word.len() < 4 || stars > 1)
    {
        return 0;
    }
    let Some(g) = word
        .first()
        .and_then(|c| lex.wild_firsts.binary_search_by_key(c, |w| w.0).ok())
    else {
        return 0;
    };
    let end = lex.wild_firsts.get(g + 1).map_or(lex.wild.len(), |w| w.1);
    let mut found = 0;
    for (at, rule, kind) in &lex.wild[lex.wild_firsts[g].1..end] {
        let entry = lex.keys.bytes(at.start as usize, at.end as usize);
        let entry = std::str::from_utf8(entry).unwrap_or_default();
        let len = entry.chars().count();
        let fits = if matches!(*kind, TERM | VEILED) {
            len == word.len()
        } else {
            word.len() >= len
        };
        if fits
            && entry
                .chars()
                .zip(&word)
                .all(|(e, w)| *w == '*' || skeleton::letter(e) == *w)
        {
            found |= 1 << rule;
        }
    }
    found
}

/// The end of the letter at `at` with the combining marks after it (a Devanagari
/// syllable, an Arabic letter with harakat), if a word char is there.
fn unit_end(lex: &LexiconRules, text: &str, at: usize) -> Option<usize> {
    let mut cs = text.get(at..)?.chars();
    let c = cs.next()?;
    if !lex.is_word(c) || is_mark(c) {
        return None;
    }
    let mut end = at + c.len_utf8();
    for m in cs.take(4) {
        if !is_mark(m) {
            break;
        }
        end += m.len_utf8();
    }
    Some(end)
}

/// The start and letter of a word of one letter (marks after it allowed) that ends at
/// `at`, if there is one.
fn unit_before(lex: &LexiconRules, s: &str, at: usize) -> Option<(usize, char)> {
    let mut cs = s.get(..at)?.char_indices().rev();
    let (mut start, mut c) = cs.next()?;
    for _ in 0..4 {
        if !is_mark(c) {
            break;
        }
        (start, c) = cs.next()?;
    }
    if is_mark(c) || !lex.is_word(c) {
        return None;
    }
    match cs.next() {
        Some((_, p)) if lex.is_word(p) || is_mark(p) => None,
        _ => Some((start, c)),
    }
}

/// Letters spaced out by one repeated separator (`f u c k`, `f.u.c.k`, Devanagari
/// syllables `भे न चो द`) from `first` on, joined into `scan.key` (digits read as leet
/// letters when `leet`); the end of the last letter, when there are at least three
/// letters (or two syllables of four chars). A join covers a whole run of spaced
/// letters, from its first letter or, after a word of one letter ("a", "y", "и"),
/// its second: "c l a s s" is "class", never "ass", and "m a r s c h" is the allowed
/// "marsch", never "arsch".
fn spaced(scan: &mut Scan<'_>, s: &str, first: Token, leet: bool) -> Option<usize> {
    let b = s.as_bytes();
    let sep = *b.get(first.end)?;
    if !matches!(sep, b' ' | b'.' | b'-' | b'_' | b'/') {
        return None;
    }
    // Cheaply first: the next letter is followed by the same separator (or has marks).
    let next = unit_end(scan.lex, s, first.end + 1)?;
    if b.get(next) != Some(&sep) && next - first.end <= 2 && first.end - first.start <= 2 {
        return None;
    }
    // Inside a run: only its second letter, after a word of one letter.
    if first.start > 0 && b[first.start - 1] == sep {
        if let Some((p, c)) = unit_before(scan.lex, s, first.start - 1) {
            let lone = matches!(
                c,
                'a' | 'e' | 'i' | 'o' | 'y' | 'а' | 'в' | 'и' | 'к' | 'о' | 'с' | 'у' | 'я'
            );
            if !lone || p > 0 && b[p - 1] == sep && unit_before(scan.lex, s, p - 1).is_some() {
                return None;
            }
        }
    }
    scan.key.clear();
    read_word(scan.lex, s, first.start, &mut scan.key, leet);
    let (mut end, mut count) = (first.end, 1);
    while b.get(end) == Some(&sep) {
        if count >= scan.lex.term_chars {
            // The run goes on past the longest entry.
            return None;
        }
        // A word of one char right after the separator, or the end.
        let len = scan.key.text.len();
        let (chars, doubled, last, hash, stems, infix) = (
            scan.key.chars,
            scan.key.doubled,
            scan.key.last,
            scan.key.hash,
            scan.key.stems,
            scan.key.infix,
        );
        let t = read_word(scan.lex, s, end + 1, &mut scan.key, leet);
        match t {
            Some(t) if t.start == end + 1 && t.units == 1 => {
                end = t.end;
                count += 1;
            }
            _ => {
                scan.key.text.truncate(len);
                (
                    scan.key.chars,
                    scan.key.doubled,
                    scan.key.last,
                    scan.key.hash,
                    scan.key.stems,
                    scan.key.infix,
                ) = (chars, doubled, last, hash, stems, infix);
                break;
            }
        }
    }
    (count >= 3 || count == 2 && scan.key.chars >= 4).then_some(end)
}

/// The fixed expressions and quiet lines that start with the word `first`: its next
/// words are read, up to the longest entry; the longest expression found is kept, and
/// every quiet line found.
fn expression(scan: &mut Scan<'_>, s: &str, first: Token) {
    scan.key.clear();
    read_word(scan.lex, s, first.start, &mut scan.key, false);
    let mut end = first.end;
    let mut best = None;
    while scan.key.chars < scan.lex.term_chars {
        // Only spaces or punctuation between the words, and not much of it.
        let gap = s.as_bytes()[end..]
            .iter()
            .take(4)
            .take_while(|b| !b.is_ascii_alphanumeric() && **b < 0x80)
            .count();
        if gap == 0 || gap > 3 {
            break;
        }
        scan.key.push(' ', None);
        let Some(t) = read_word(scan.lex, s, end, &mut scan.key, false) else {
            break;
        };
        if t.start != end + gap {
            break;
        }
        end = t.end;
        let (found, allowed, quiet, cont) = scan.whole();
        let found = found & !ANCHOR_BIT;
        if found & !allowed != 0 {
            best = Some((end, found & !allowed));
        }
        if quiet != 0 {
            scan.quiet.push((first.start, end, quiet));
        }
        if !cont {
            break;
        }
    }
    if let Some((end, rules)) = best {
        scan.found.push((first.start, end, rules));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, &'static str)> {
        let lex = LexiconRules::new(compiled::LEX_WORDS);
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        lex.detect(&n, &mut sink);
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
        assert_eq!(find("f*ck off")[0].0, "f*ck");
        assert_eq!(find("what the f**k")[0].0, "f**k");
        assert_eq!(find("f4ck this")[0].0, "f4ck");
        assert_eq!(find("f\u{200b}uck")[0].0, "f\u{200b}uck");
        assert_eq!(find("ｆｕｃｋ")[0].0, "ｆｕｃｋ");
        assert_eq!(find("fúck")[0].0, "fúck");
        assert_eq!(find("это пиздец")[0].0, "пиздец");
        assert_eq!(find("ебанутый")[0].0, "ебанутый");
        assert_eq!(find("qué m1erda")[0].0, "m1erda");
        assert_eq!(find("a chink in the armor"), []);
        assert_eq!(find("chinks"), [("chinks".into(), "abuse.hate")]);
        // Spaced letters join as a whole run (or from its second letter after a word of
        // one letter), never from its middle.
        assert_eq!(find("c l a s s"), []);
        assert_eq!(find("m a r s c h"), []);
        assert_eq!(find("a f u c k i n g idiot")[0].0, "a f u c k i n g");
        assert_eq!(find("a c u n t")[0].0, "c u n t");
        assert_eq!(find("भे न चो द")[0].0, "भे न चो द");
        assert_eq!(find("كـــــسمك")[0].0, "كـــــسمك");
        assert_eq!(find("что за xуйня")[0].0, "xуйня");
        assert_eq!(find("6лять")[0].0, "6лять");
        // Veiled: swearing only in disguise.
        assert_eq!(find("anjing saya lucu"), []);
        assert_eq!(find("ANJING"), []);
        assert_eq!(find("4nj1ng")[0].0, "4nj1ng");
        assert_eq!(find("anjiiiing")[0].0, "anjiiiing");
        assert_eq!(find("аnjing")[0].0, "аnjing");
        assert_eq!(find("a n j i n g")[0].0, "a n j i n g");
    }

    /// Every word [`quick`] passes by is one the full reading finds nothing in: over
    /// every entry of the lexicons (as written, in leet, and spaced out), and ordinary
    /// text of several scripts, e-mail addresses and spaced letters and digits.
    #[test]
    fn quick_passes_by_only_words_that_match_nothing() {
        let lex = LexiconRules::new(compiled::LEX_WORDS);
        let mut text = String::from(
            "what is a chatterbox, l'intelligenza artificiale; это пиздец? 2024 m1erda \
             a b c you are so kind, de la casa de mi madre. 東京 फ़िल्म राम Müller ß \
             don't it's a@b.co john1408@uni.edu ab@cd.ab@cd. b@stard sh!t f u c k \
             1 4 8 8 1 2 3 4 1 2 3 4 a a a a s h i t x y z 2 4 6 8 a-b-c-d-e p.o.r.n",
        );
        for line in compiled::LEX_WORDS.lines().filter(|l| !l.starts_with('\t')) {
            text.push_str(" . ");
            text.push_str(line);
            text.push_str(" x ");
            let leet: String = line
                .chars()
                .map(|c| match c {
                    'a' => '@',
                    'e' => '3',
                    'i' => '1',
                    'o' => '0',
                    's' => '$',
                    't' => '7',
                    c => c,
                })
                .collect();
            text.push_str(&leet);
            text.push_str(" y ");
            if !line.contains(' ') && line.chars().count() <= 12 {
                for c in line.chars() {
                    text.push(c);
                    text.push(' ');
                }
                text.push_str("zz");
            }
        }
        let n = Normalized::new(&text);
        let s = n.folded().text();
        let (mut at, mut passed) = (0, 0);
        let mut run = SpacedRun::default();
        loop {
            let mut scan = Scan {
                lex: &lex,
                key: Key::default(),
                found: Vec::new(),
                quiet: Vec::new(),
                window: phrases::Window::default(),
                disguised: false,
                veiled: 0,
            };
            scan.key.clear();
            match quick(&lex, s, at, &mut run) {
                Quick::End => break,
                Quick::Read(start) => {
                    at = read_word(&lex, s, start, &mut scan.key, false).map_or(s.len(), |t| t.end);
                }
                Quick::Nothing(end) => {
                    let t = read_word(&lex, s, at, &mut scan.key, false).expect("a word");
                    assert_eq!(t.end, end, "{:?}", &s[t.start..t.end]);
                    let word = &s[t.start..t.end];
                    let (found, _, quiet, cont) = scan.whole();
                    assert_eq!((found, quiet, scan.parts()), (0, 0, 0), "{word:?}");
                    if cont {
                        expression(&mut scan, s, t);
                        assert!(scan.found.is_empty() && scan.quiet.is_empty(), "{word:?}");
                    }
                    if t.leet && t.letters {
                        scan.key.clear();
                        read_word(&lex, s, t.start, &mut scan.key, true);
                        let (found, _, _, _) = scan.whole();
                        assert_eq!((found, scan.parts()), (0, 0), "{word:?}");
                    }
                    if t.wild && t.letters {
                        assert_eq!(wild(&lex, s, t), 0, "{word:?}");
                    }
                    if t.units == 1 && spaced(&mut scan, s, t, true).is_some() {
                        let (found, allowed, _, _) = scan.whole();
                        assert_eq!((found | scan.parts()) & !allowed, 0, "{word:?}");
                    }
                    at = end;
                    passed += 1;
                }
            }
        }
        assert!(passed > 20, "{passed}");
    }

    #[test]
    fn phrases_with_slots_gaps_and_leet() {
        let rules = |text: &str| find(text).into_iter().map(|f| f.1).collect::<Vec<_>>();
        assert_eq!(
            find("i will fucking kill you"),
            [
                ("fucking".into(), "abuse.profanity"),
                ("i will fucking kill you".into(), "abuse.threat")
            ]
        );
        assert_eq!(find("ima k1ll u")[0].0, "ima k1ll u");
        assert_eq!(
            find("you idiots")[0],
            ("you idiots".into(), "abuse.harassment")
        );
        assert_eq!(rules("I'll kill you in fortnite"), Vec::<&str>::new());
        assert_eq!(rules("i will\nkill you"), Vec::<&str>::new());
        assert_eq!(rules("what will i kill? you decide"), Vec::<&str>::new());
    }

    /// A text made of anchors (every word starts phrases) is read in time linear in its
    /// length: each anchor costs a bounded number of words read and phrases tried.
    #[test]
    fn texts_full_of_anchors_stay_linear() {
        let lex = LexiconRules::new(compiled::LEX_WORDS);
        for piece in [
            "kill ",
            "you idiot ",
            "i will kill you ",
            "the kk ",
            "12yo ",
            "a b c d ",
            "भे न ",
            "xу 6л ",
            "anjiiing ",
        ] {
            let text = piece.repeat((1 << 17) / piece.len());
            let n = Normalized::new(&text);
            let start = std::time::Instant::now();
            let mut sink = Sink::new(&text);
            lex.detect(&n, &mut sink);
            assert!(start.elapsed().as_secs_f64() < 10.0, "{piece:?}");
        }
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
