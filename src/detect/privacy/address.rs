//! `privacy.address`: where the sender lives or goes to school.
//!
//! Kinds:
//! * `address`: a house number next to a street word (`src/data/address_words.tsv`, by
//!   language), in the word orders languages use: "12 Main St" and "772, rue de Gautier"
//!   (number first), "Calle Mayor 12", "Rua Augusta, 1500", "Jl. Veteran No. 5", "ул.
//!   Ленина, д. 5", "Atatürk Cad. No: 12" (number last), German, Dutch, Nordic and Korean
//!   compounds ("Hauptstraße 5", "Kaistraat 407", "언주9길 397"); a house or flat number on
//!   its own ("H.No. 34", "flat no 12", "मकान नंबर"); the place after "I live at", "my
//!   address is", "moro na", "vivo en", "j'habite au", "saya tinggal di", "я живу на", and
//!   before "... mein rehta hoon" (there a short "Ολύμπων 51" or "9157 जय भटनागर" needs no
//!   street word: names in a script without case after the number run to the end of the
//!   sentence, and never after a date-like number); a city marker, the city, a comma and
//!   "Name 74" ("ք. Գորիս, Սիսվանի 74"); Philippine block and lot numbers before a street
//!   ("B20 L83 Emerald Avenue"), also with the subdivision's name and a comma between
//!   ("Block 3 Lot 9 Villa Rosa 2, Jasmine Street"); a house number before a numbered alley
//!   ("7/34 Hẻm 95"); a house number written "S/N" (none: "Avenida Ramos, S/N") or as an
//!   alley's ("118/12/5 đường Bạch Đằng", never a date); a street named by one capital
//!   ("1200 G Street") or after a date ("9 აპრილის ქ. 14"); a building between a unit
//!   number or floor and the street ("Unit 5 Orchid Building, 12 Sampaguita Street", "2F
//!   Lim Apartments, 9 Rizal Street"); with no street word, a house number and names, a
//!   comma, more names and a postcode (four digits after an Australian state: "41 William
//!   End, Esparzaside, NSW, 2430"; "22/68 रोद्रिगुएस, अलांग 291611", "דולב 65, גיתית,
//!   6454625"; a name before the number needs a second comma, or in a script other than
//!   Latin the postcode right after the comma and a city after it, "Ερμού 12, 10563
//!   Αθήνα", so "Lakers 112, Celtics 10950" stays quiet). The span runs from the first part to the last one that is clearly
//!   the address: unit ("Apt. 271", "д. 2 к. 1"), then a following postcode (shapes by
//!   country in `src/data/postcodes.tsv`) and the city after it. A street word with its
//!   name, a comma and a postcode needs no house number ("Sítio Boa Vista, Ibiúna,
//!   18150-000"); a postal word before the postcode sets it off like a comma ("Κυργιά 94,
//!   ΤΚ 287 28"). With no street word and no phrase, where the form itself says it
//!   ([`named`]): a Greek or Armenian street name in the genitive or a family name before
//!   the house number ("Ολύμπων 51", "Καραμανλή 540", "Իսահակյան 8"), never a counter,
//!   year, score or a genitive owning what the number counts ("του Ολυμπιακού 3
//!   παίκτες"); US military mail ("PSC 8662, Box 2908, APO AP 06733"); a slashed Indian
//!   house number before names in an Indian script ("40/588 द्विवेदी"), never a date,
//!   cricket score or ratio.
//! * `postcode`: a postal code right after a postal-code word ("zip 10348", "CEP 01310-100",
//!   "ΤΚ 287 28" with the word that is part of it); three digits (Taiwan) only after a
//!   postal word that means nothing else ("postcode: 106", not "plz 322").
//! * `coordinates`: a latitude / longitude pair in range, in decimal degrees (one part with
//!   4+ decimals, or hemisphere letters, or a location word / maps-link marker before it;
//!   right after a location word one part may be a whole degree: "location: 48, -4.1";
//!   never followed by a unit: "5, 10.5 km") or in degrees, minutes and seconds with
//!   hemispheres.
//! * `address` in Han and kana: numbers with address counters after a street or district
//!   name ("杭州路5号", "高田馬場37丁目8番17号", "古亭街8段615號1樓"), a building letter
//!   after a street ("建国路A座"), with a postcode before (Taiwan: "10048 台北市...") or
//!   after ("... 100022").
//! * `what3words`: `///word.word.word`.
//! * `school`: the name after "I go to", "I'm in 7th grade at", "my school is", "estudo
//!   no", "voy al", "je suis au", "saya sekolah di", ... when it names a school ("Lincoln High
//!   School", "SMP Negeri 1"); "my school is" takes any name.
//!
//! Precision: a street word needs a house number in the right place and a name between
//! ("5 Street Fighter games", "Chapter 12 Road to Glory" and "route 66" have none); the
//! name must be capitalised (or in a script without case) unless a unit word, a postcode
//! or an address phrase vouches for it, so "2 bloody street fights" stays quiet; a number
//! followed by a measure ("5 days", "3 km") or after a counter ("chapter", "top", "level")
//! is no house number, nor is a time, price, decimal or date. Weak street words that are
//! also common nouns ("Point", "Park", "Mountain") need the street word capitalised too.
//! A number right after a capitalised word is a title's ("Mario Kart 8 Rainbow Road"),
//! a 4-digit number after "in" / "since" a year. A postcode vouches for a street only
//! behind a comma or a name ("strada 80 9748" is two numbers). "I live in Brazil", "I live
//! at home", "I go to school", "high school was fun", "I'm at Starbucks" stay quiet; bare
//! "address" / "dirección" / "adresse" need a street word or number after them, and
//! "IP address", "e-mail address" never count. Deliberately not flagged: a short list of famous, public or fictional
//! addresses (`famous` in the word table: "21 Jump Street" is a TV show, "10 Downing
//! Street" and "1600 Pennsylvania Avenue" are public offices), city or country names
//! alone, a street name without a number, and postcodes without a postal word or an
//! address before them. Known false positives: a capitalised name between a number and a
//! street word ("I have 12 Hills Road tickets"), pi and e written as a pair ("3.14159,
//! 2.71828"), a Greek or Armenian capitalised genitive with no article before a number
//! that ends the sentence ("νίκη Ολυμπιακού 2."). Not covered: Han or kana addresses without a house counter (号, 番) or in Han
//! numerals, street names without a street
//! word and without a postcode after them outside an address phrase (Hebrew "אגוז 29",
//! Hindi and Tamil "number name" with a plain house number, Vietnamese "621 Điện Biên
//! Phủ"), a street name without a number (Nepali "मानन्धर मार्ग": deliberately, as "Main
//! Street" alone), Faker-style fantasy localities.
//!
//! Cost: the word table is not a Lexicon: an unanchored automaton pass over the whole
//! text with ~1,000 entries ran at a third of the speed of this detector, and no
//! automaton is built at all (building one cost 1.3 ms per filter). The text becomes a
//! bit per byte (part of a word or not: [`mask`], eight bytes at a time), word starts
//! come from bit operations, and a word is looked up among the entries' first words only
//! when a filter over its length and bytes lets it through ([`Words`]). Digit runs are
//! found eight bytes at a time, and each of their readings (coordinates, compound
//! street, Han address, postcode) runs only after a byte test of what it needs. The text
//! is tokenized only around word hits, digit runs that end a compound street and
//! postcodes, and a token's case in the original is looked up only when a rule asks;
//! every rule reads a bounded number of tokens. About 400 MB/s on the medium workload
//! (release build), linear on adversarial input.

mod mask;
mod named;
mod words;

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script, FnvBuild};
use crate::detect::coded::grouped;
use crate::detect::lexicon::{ceil_boundary, floor_boundary};
use crate::detect::scan::Classes;
use crate::detect::{apart, Context, Detector, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;
use mask::word_char;
use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::ops::Range;
use words::Words;

// The tables, parsed by build.rs (see `address/table.rs`): `ENTRY_WORDS` and
// `ENTRY_RUNS`, `CLASS_WORDS` and `CLASS_RUNS` (read by `coded::grouped`), `SUFFIXES`,
// `FAMOUS`, `SHAPES`, `SHAPES_BY_RUN` and `SUFFIX_TAILS`.
include!(concat!(env!("OUT_DIR"), "/address_tables.rs"));

/// Street word orders (`flags` of `street` rows).
const NAME_BEFORE_NUM_LEFT: u8 = 1; // L: "12 Main St"
const NAME_BEFORE_NUM_RIGHT: u8 = 2; // R: "Berliner Str. 5"
const NAME_AFTER_NUM_LEFT: u8 = 4; // l: "12 rue X"
const NAME_AFTER_NUM_RIGHT: u8 = 8; // r: "Calle X 12"

const LIVE_IN: u8 = 1;
const LIVE_AT: u8 = 2;
const LIVE_PRE: u8 = 3;
const SCHOOL_GO: u8 = 1;
const SCHOOL_MY: u8 = 2;

/// Classes of single words (bits of `Address::classes`).
const UNIT: u16 = 1;
const SCHOOL_WORD: u16 = 2;
const PARTICLE: u16 = 4;
const STOP: u16 = 8;
const GENERIC: u16 = 16;
const MEASURE: u16 = 32;
const COUNTER: u16 = 64;
const NOT_ADDR: u16 = 128;
const YEAR_WORD: u16 = 256;
const REGION: u16 = 512;

/// What a lexicon entry is; one word can be several things (merged by build.rs).
#[derive(Clone, Copy, Default, Debug)]
struct Tag {
    order: u8,
    weak: bool,
    area: bool,
    house: bool,
    live: u8,
    school: u8,
    post: bool,
    /// A postal word written as part of the code ("ΤΚ 287 28"): the code's span holds it.
    code: bool,
    /// The house number follows a comma ("Lagoa de Barros, 519"): the street word is
    /// also a common noun, and the comma tells the address from a title ("Lagoa Azul 2").
    comma: bool,
    /// A city marker ("ք."): a city's name, a comma and its street follow.
    city: bool,
    geo: bool,
}

impl Tag {
    fn street(&self) -> bool {
        self.order != 0
    }
}

/// Separators seen before a token.
const G_SPACE: u16 = 1;
const G_COMMA: u16 = 2;
const G_STOP: u16 = 4;
const G_HASH: u16 = 8;
const G_COLON: u16 = 16;
const G_DOT: u16 = 32;
const G_DASH: u16 = 64;
const G_SLASH: u16 = 128;
const G_DEGREE: u16 = 256;
const G_CURRENCY: u16 = 512;
const G_PERCENT: u16 = 1024;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum K {
    /// Starts with a digit ("12", "12a", "22/68", "5th").
    Num,
    /// Starts with a letter.
    Word,
}

#[derive(Clone, Debug)]
struct Tok {
    s: usize,
    e: usize,
    k: K,
    /// Separators between the previous token and this one.
    gap: u16,
    /// Its case in the original, found when a rule first asks ([`Tok::cap`],
    /// [`Tok::upper`]): mapping a folded offset back to the original is a search, too
    /// dear for every token of every window.
    case: Cell<u8>,
    /// The lexicon hit starting here: its tag and end.
    hit: Option<(Tag, usize)>,
}

/// Bits of [`Tok::case`].
const CASE_KNOWN: u8 = 1;
const CASE_CAP: u8 = 2;
const CASE_UPPER: u8 = 4;

impl Tok {
    fn case(&self, cx: &Cx<'_, '_>) -> u8 {
        let mut case = self.case.get();
        if case == 0 {
            let c = cx.t[self.s..].chars().next().unwrap_or(' ');
            case = CASE_KNOWN;
            if capitalised(cx, self.s, c) {
                case |= CASE_CAP;
            }
            if upper_case(cx, self.s, c) {
                case |= CASE_UPPER;
            }
            self.case.set(case);
        }
        case
    }

    /// Capitalised in the original, or in a script without case.
    fn cap(&self, cx: &Cx<'_, '_>) -> bool {
        self.case(cx) & CASE_CAP != 0
    }

    /// Capitalised in the original.
    fn upper(&self, cx: &Cx<'_, '_>) -> bool {
        self.case(cx) & CASE_UPPER != 0
    }
}

/// A finding before overlaps are merged.
#[derive(Clone, Debug)]
struct Cand {
    r: Range<usize>,
    kind: &'static str,
    conf: f32,
}

/// The address detector.
pub(crate) struct Address {
    lex: Words<Tag>,
    suffixes: Vec<&'static str>,
    /// The last two bytes of every suffix, sorted.
    suffix_tails: &'static [[u8; 2]],
    /// The word classes of single words ([`UNIT`], [`STOP`], ...), as bits.
    classes: HashMap<&'static str, u16, FnvBuild>,
    famous: Vec<&'static str>,
    /// Postal code shapes, longest first.
    shapes: Vec<&'static str>,
    /// For each length of the run of digits a code starts with (the last entry for every
    /// longer run), the shapes that can match there: those starting with exactly that
    /// many digits, or fewer followed by an optional space.
    shapes_by_run: &'static [&'static [u8]],
}

/// What one check knows while it runs.
struct Cx<'a, 'v> {
    t: &'a str,
    view: &'a View<'v>,
    original: &'a str,
    hits: &'a [(Tag, Range<usize>)],
    /// Where the runs of digits (and the `@`s) of `t` start ([`Normalized::marks`]).
    marks: &'a [usize],
    /// No upper-case letter anywhere: the writer does not capitalise (computed when asked).
    all_lower: OnceCell<bool>,
}

impl Cx<'_, '_> {
    fn all_lower(&self) -> bool {
        *self
            .all_lower
            .get_or_init(|| !self.original.chars().any(char::is_uppercase))
    }
}

impl Address {
    pub(crate) fn new() -> Address {
        // (The steps that run long, each by a function of its own in the wasm: see
        // `detect::apart`.)
        let classes = apart(|| {
            let mut classes = HashMap::with_capacity_and_hasher(1024, FnvBuild::default());
            classes.extend(grouped(&CLASS_WORDS, &CLASS_RUNS));
            classes
        });
        let entries = apart(|| grouped(&ENTRY_WORDS, &ENTRY_RUNS));
        Address {
            lex: Words::new(entries),
            suffixes: crate::detect::coded::lines(SUFFIXES),
            suffix_tails: &SUFFIX_TAILS,
            classes,
            famous: crate::detect::coded::lines(FAMOUS),
            shapes: crate::detect::coded::lines(SHAPES),
            shapes_by_run: &SHAPES_BY_RUN,
        }
    }
}

impl Detector for Address {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyAddress]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let hits = self.lex.find(t, text.classes());
        let marks = text.marks();
        let has_digit = marks.iter().any(|&m| t.as_bytes()[m] != b'@');
        let mut cands = Vec::new();
        self.cjk_buildings(t, text.classes(), &mut cands);
        if hits.is_empty() && !has_digit && cands.is_empty() && find_slashes(t, 0).is_none() {
            return;
        }
        let cx = Cx {
            t,
            view,
            original: text.original(),
            hits: &hits,
            marks,
            all_lower: OnceCell::new(),
        };
        let mut compounds = Vec::new();
        let mut postals = Vec::new();
        let mut named = Vec::new();
        if has_digit {
            self.digit_pass(&cx, &mut cands, &mut compounds, &mut postals, &mut named);
        }
        what3words(t, &mut cands);
        if !hits.is_empty() || !compounds.is_empty() || !postals.is_empty() || !named.is_empty() {
            // Tokens around every hit, made once; each rule reads a bounded number of them.
            let mut anchors: Vec<usize> = hits.iter().map(|h| h.1.start).collect();
            anchors.extend_from_slice(&compounds);
            anchors.extend(named.iter().map(|&(at, _)| at));
            for &(at, _) in &postals {
                // A postal address is read leftwards from its postcode.
                anchors.extend([at, at.saturating_sub(POSTAL_REACH)]);
            }
            crate::sort::sort_by_key(&mut anchors, |&a| a);
            let mut win = Vec::new();
            tokenize(&cx, &anchors, &mut win);
            self.at_hits(&cx, &win, &mut cands);
            for &ws in &compounds {
                if let Ok(k) = win.binary_search_by_key(&ws, |x| x.s) {
                    cands.extend(self.street(&cx, &win, k, Tag::default(), true));
                }
            }
            for &(at, end) in &postals {
                if let Ok(p) = win.binary_search_by_key(&at, |x| x.s) {
                    cands.extend(self.postal(&cx, &win, p, end));
                }
            }
            for &(at, form) in &named {
                if let Ok(k) = win.binary_search_by_key(&at, |x| x.s) {
                    cands.extend(self.named_at(&cx, &win, k, form));
                }
            }
        }
        report(view, cands, out);
    }
}

impl Address {
    /// Runs the rule of every lexicon hit.
    fn at_hits(&self, cx: &Cx<'_, '_>, win: &[Tok], cands: &mut Vec<Cand>) {
        let mut done = 0;
        for (tag, r) in cx.hits {
            if r.start < done {
                continue;
            }
            let Ok(k) = win.binary_search_by_key(&r.start, |x| x.s) else {
                continue;
            };
            // One word can play several parts ("i'm at": a place or a school).
            let found = None
                .or_else(|| (tag.live != 0).then(|| self.live(cx, win, k, *tag, r.end))?)
                .or_else(|| (tag.school != 0).then(|| self.school(cx, win, *tag, r.end))?)
                .or_else(|| {
                    tag.post
                        .then(|| self.postcode_after(cx, win, tag.code, r.clone()))?
                })
                .or_else(|| tag.house.then(|| self.house(cx, win, k, r.end))?)
                .or_else(|| tag.city.then(|| self.city(cx, win, k, r.end))?)
                .or_else(|| tag.street().then(|| self.street(cx, win, k, *tag, false))?);
            if let Some(c) = found {
                // A phrase's place may hold a street word: let it run too, and merge.
                if tag.live == 0 && tag.school == 0 {
                    done = c.r.end;
                }
                cands.push(c);
            }
        }
    }
}

/// Merges overlapping candidates (an address found twice becomes their union) and
/// reports them.
fn report(view: &View<'_>, mut cands: Vec<Cand>, out: &mut Sink<'_>) {
    crate::sort::sort_by_key(&mut cands, |c| (c.r.start, std::cmp::Reverse(c.r.end)));
    let mut kept: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands {
        if let Some(last) = kept.last_mut() {
            if c.r.start < last.r.end {
                if c.kind == last.kind {
                    last.r.end = last.r.end.max(c.r.end);
                    last.conf = last.conf.max(c.conf);
                } else if c.r.end - c.r.start > last.r.end - last.r.start && c.kind == "address" {
                    *last = c;
                }
                continue;
            }
        }
        kept.push(c);
    }
    for c in kept {
        if c.r.start < c.r.end {
            out.report(
                view,
                c.r,
                Hit::new(RuleId::PrivacyAddress, c.conf).kind(c.kind),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Tokens

fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₺'
            | '₽'
            | '₩'
            | '₱'
            | '₦'
            | '₫'
            | '฿'
            | '৳'
            | '₴'
            | '₪'
    )
}

/// How far left of a postcode its address is read, in bytes.
const POSTAL_REACH: usize = 160;

/// Bytes tokenized before and after an anchor (hit or compound street).
const BEFORE: usize = 96;
const AFTER: usize = 224;

/// Tokenizes the text around every anchor (sorted), the windows merged where they meet.
fn tokenize(cx: &Cx<'_, '_>, anchors: &[usize], win: &mut Vec<Tok>) {
    let t = cx.t;
    let mut n = 0;
    while n < anchors.len() {
        let lo = floor_boundary(t, anchors[n].saturating_sub(BEFORE));
        let mut hi = anchors[n] + AFTER;
        while n < anchors.len() && anchors[n].saturating_sub(BEFORE) <= hi {
            hi = anchors[n] + AFTER;
            n += 1;
        }
        let mut lo = lo.max(win.last().map_or(0, |x: &Tok| x.e));
        // Start at a word start, end at a word end.
        while lo < t.len() && alnum_before(t, lo) {
            lo += t[lo..].chars().next().map_or(1, char::len_utf8);
        }
        let mut hi = ceil_boundary(t, hi.min(t.len()));
        while hi < t.len() && alnum_after(t, hi) {
            hi += t[hi..].chars().next().map_or(1, char::len_utf8);
        }
        if lo < hi {
            tokenize_range(cx, lo, hi, win);
        }
    }
}

/// Splits `t[lo..hi]` into tokens: words and numbers, with the separators before each.
/// The first token of a range is cut from whatever came before it.
fn tokenize_range(cx: &Cx<'_, '_>, lo: usize, hi: usize, win: &mut Vec<Tok>) {
    let t = cx.t;
    let seg = &t[lo..hi];
    let first = win.len();
    let mut next_hit = cx.hits.partition_point(|h| h.1.start < lo);
    let mut gap = 0u16;
    let mut gap_len = 0usize;
    let mut it = seg.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !word_char(c) {
            gap |= match c {
                ' ' | '\t' => G_SPACE,
                ',' | '،' | '、' => G_COMMA,
                '#' | '№' => G_HASH,
                ':' => G_COLON,
                '.' => G_DOT,
                '-' | '–' => G_DASH,
                '/' => G_SLASH,
                '°' => G_DEGREE,
                '%' => G_PERCENT,
                '\'' | '’' => G_SPACE,
                c if is_currency(c) => G_CURRENCY,
                _ => G_STOP,
            };
            gap_len += c.len_utf8();
            if gap_len > 6 {
                gap |= G_STOP;
            }
            continue;
        }
        let start = lo + i;
        // "S/N" (sin número, sem número): a house number that is not there, written where
        // the number goes ("Avenida Ramos, S/N").
        if c == 's' && seg[i + 1..].starts_with("/n") && !alnum_after(seg, i + 3) {
            it.next();
            it.next();
            win.push(Tok {
                s: start,
                e: start + 3,
                k: K::Num,
                gap: if win.len() == first && lo > 0 {
                    gap | G_STOP
                } else {
                    gap
                },
                case: Cell::new(0),
                hit: None,
            });
            gap = 0;
            gap_len = 0;
            continue;
        }
        let digit = c.is_ascii_digit();
        let mut end = start + c.len_utf8();
        let mut prev = c;
        while let Some(&(j, d)) = it.peek() {
            let join = if word_char(d) {
                true
            } else {
                // A joiner between two letters ("gina-mude-platz", "h.no", "d’alia") or
                // two digits ("22/68", "91-51").
                let next = seg[j + d.len_utf8()..].chars().next();
                match (d, next) {
                    ('-' | '.' | '\'' | '’', Some(n))
                        if prev.is_alphabetic() && n.is_alphabetic() && !digit =>
                    {
                        true
                    }
                    ('/' | '-', Some(n)) if prev.is_ascii_digit() && n.is_ascii_digit() => true,
                    // A house number's letter after a dash ("2193-A Ruby Extension"): one
                    // letter alone, so "5-a-side" and "12-year" stay apart.
                    ('-', Some(n))
                        if digit
                            && prev.is_ascii_digit()
                            && n.is_ascii_alphabetic()
                            && !seg[j + 2..]
                                .chars()
                                .next()
                                .is_some_and(|c| word_char(c) || c == '-') =>
                    {
                        true
                    }
                    // Hebrew acronyms ("תרצ"ו", "רמב״ם").
                    ('"' | '״', Some(n)) if hebrew(prev) && hebrew(n) => true,
                    _ => false,
                }
            };
            if !join {
                break;
            }
            prev = d;
            end = lo + j + d.len_utf8();
            it.next();
        }
        while next_hit < cx.hits.len() && cx.hits[next_hit].1.start < start {
            next_hit += 1;
        }
        let hit = cx
            .hits
            .get(next_hit)
            .filter(|h| h.1.start == start)
            .map(|h| (h.0, h.1.end));
        win.push(Tok {
            s: start,
            e: end,
            k: if digit { K::Num } else { K::Word },
            gap: if win.len() == first && lo > 0 {
                gap | G_STOP
            } else {
                gap
            },
            case: Cell::new(0),
            hit,
        });
        gap = 0;
        gap_len = 0;
    }
}

/// A house number in an alley off an alley ("2/94/525", Vietnam and India): three
/// numbers between slashes that cannot be a date (day, month, and a 2- or 4-digit year).
fn alley_number(w: &[u8]) -> bool {
    let mut parts = w.split(|&b| b == b'/');
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let num = |p: &[u8]| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.iter().all(u8::is_ascii_digit))
            .then(|| p.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    let (Some(a), Some(b), Some(_)) = (num(a), num(b), num(c)) else {
        return false;
    };
    let day_month = (1..=31).contains(&a) && (1..=12).contains(&b)
        || (1..=12).contains(&a) && (1..=31).contains(&b);
    !(day_month && matches!(c.len(), 2 | 4))
}

/// A Hebrew letter.
fn hebrew(c: char) -> bool {
    ('\u{05D0}'..='\u{05EA}').contains(&c)
}

/// Whether the character at `at` (folded `c`) was an upper-case letter in the original.
fn upper_case(cx: &Cx<'_, '_>, at: usize, c: char) -> bool {
    if !c.is_alphabetic() || !c.is_lowercase() {
        return c.is_uppercase();
    }
    let span = cx.view.to_original(at..at + c.len_utf8(), cx.original);
    cx.original[span.start..]
        .chars()
        .next()
        .is_some_and(|o| o.is_uppercase())
}

/// Whether the character at `at` (folded `c`) was capitalised in the original, or has
/// no case at all (Arabic, Devanagari, Han, ...).
fn capitalised(cx: &Cx<'_, '_>, at: usize, c: char) -> bool {
    if !c.is_alphabetic() {
        return false;
    }
    if !c.is_lowercase() || ('\u{10D0}'..='\u{10FF}').contains(&c) {
        // Upper case, no case, or Georgian (whose capitals are not used in writing).
        return true;
    }
    let span = cx.view.to_original(at..at + c.len_utf8(), cx.original);
    cx.original[span.start..]
        .chars()
        .next()
        .is_some_and(|o| o.is_uppercase())
}

impl Address {
    fn word<'a>(&self, cx: &Cx<'a, '_>, x: &Tok) -> &'a str {
        &cx.t[x.s..x.e]
    }

    /// Whether token `x` is a word of class `bit` ([`UNIT`], [`STOP`], ...).
    fn in_set(&self, cx: &Cx<'_, '_>, x: &Tok, bit: u16) -> bool {
        x.k == K::Word
            && self
                .classes
                .get(self.word(cx, x))
                .is_some_and(|&c| c & bit != 0)
    }

    fn is_stop(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        self.in_set(cx, x, STOP)
    }

    fn is_particle(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        self.in_set(cx, x, PARTICLE)
    }

    fn is_unit(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        self.in_set(cx, x, UNIT)
    }

    /// A street or area word of the lexicon starts here.
    fn is_street(x: &Tok) -> bool {
        x.hit.is_some_and(|(tag, _)| tag.street())
    }

    /// An ordinal such as "46th", "1st", "3rd" (a street name, not a house number).
    fn is_ordinal(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        let w = self.word(cx, x);
        let letters = w.trim_start_matches(|c: char| c.is_ascii_digit());
        x.k == K::Num && matches!(letters, "st" | "nd" | "rd" | "th" | "º" | "ª" | "er" | "e")
    }

    /// Whether token `j` can be a house number: 1-6 digits, at most one letter after
    /// them, at most one `/` or `-` inside; not a time, decimal, price, count or rank.
    fn house_number(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> bool {
        self.house_number_after(cx, win, j, false)
    }

    /// [`Self::house_number`]; `after_unit`: the word before is a unit ("No. 5"), not a
    /// counter ("top 5").
    fn house_number_after(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize, after_unit: bool) -> bool {
        let x = &win[j];
        if x.k != K::Num || x.gap & G_CURRENCY != 0 || (x.gap & G_DEGREE != 0 && !after_unit) {
            return false;
        }
        let w = self.word(cx, x).as_bytes();
        if w == b"s/n" {
            return true;
        }
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        let seps = w.iter().filter(|&&b| b == b'/' || b == b'-').count();
        let letters = w
            .iter()
            .filter(|b| !b.is_ascii_digit() && **b != b'/' && **b != b'-');
        if !(1..=6).contains(&digits)
            || seps > 2
            || seps == 2 && !alley_number(w)
            || letters.count() > 1
        {
            return false;
        }
        if let Some(n) = win.get(j + 1) {
            let glued = n.gap & G_SPACE == 0;
            // "2 a 1", "3 x 0": a score.
            let score = n.gap == G_SPACE
                && n.e - n.s <= 2
                && matches!(self.word(cx, n), "a" | "x" | "vs")
                && win
                    .get(j + 2)
                    .is_some_and(|m| m.k == K::Num && m.gap == G_SPACE);
            if n.gap & G_PERCENT != 0
                || score
                || (glued && n.k == K::Num && n.gap & (G_COLON | G_DOT | G_COMMA) != 0)
                || (n.gap & !G_SPACE == 0
                    && self.in_set(cx, n, MEASURE)
                    && !self.street_letter(cx, win, j + 1))
            {
                return false;
            }
        }
        if j > 0 {
            let p = &win[j - 1];
            if !after_unit
                && x.gap & !(G_SPACE | G_COLON | G_HASH | G_DOT) == 0
                && self.in_set(cx, p, COUNTER)
            {
                return false;
            }
            // "in 2019 Main Street was closed": a year.
            if digits == 4
                && (w.starts_with(b"19") || w.starts_with(b"20"))
                && self.in_set(cx, p, YEAR_WORD)
            {
                return false;
            }
            // "1.5", "10:30", "1,299" seen from the right.
            if p.k == K::Num && x.gap & G_SPACE == 0 && x.gap & (G_DOT | G_COLON | G_COMMA) != 0 {
                return false;
            }
        }
        true
    }

    /// A street named by one capital letter ("1200 G Street", "7075 G 9th Street"): the
    /// letter at `j` is then no unit of measure (grams, metres).
    fn street_letter(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> bool {
        let x = &win[j];
        x.e - x.s == 1
            && x.upper(cx)
            && win
                .get(j + 1)
                .is_some_and(|n| n.gap == G_SPACE && (Self::is_street(n) || self.is_ordinal(cx, n)))
    }

    /// The number at `j` ends a title ("Mario Kart 8 Rainbow Road", "Auto 5"): a
    /// capitalised word right before it that is not a unit and does not start the sentence.
    fn titled(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> bool {
        if j < 2 || win[j].gap != G_SPACE {
            return false;
        }
        let p = &win[j - 1];
        p.k == K::Word
            && p.upper(cx)
            && p.hit.is_none()
            && !self.is_unit(cx, p)
            && p.gap & (G_STOP | G_DOT | G_COLON) == 0
            && win[j - 2].hit.is_none_or(|(t, _)| t.live == 0)
    }

    /// A token that can be part of a street's name.
    fn name_like(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        (x.k == K::Word && (!self.is_stop(cx, x) || self.is_particle(cx, x)))
            || self.is_ordinal(cx, x)
    }

    /// Whether a name token counts as a proper name.
    fn proper(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        x.cap(cx) || self.is_particle(cx, x) || x.k == K::Num
    }

    /// A unit word at `j` followed by a number: returns the number's index.
    fn unit_number(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> Option<usize> {
        let x = win.get(j)?;
        let n = win.get(j + 1)?;
        let unit = self.is_unit(cx, x) || x.hit.is_some_and(|(tag, _)| tag.house);
        (unit
            && n.gap & G_STOP == 0
            && n.k == K::Num
            && self.house_number_after(cx, win, j + 1, true))
        .then_some(j + 1)
    }

    /// A number at `j` written after `#` or `n°`: returns its index.
    fn hashed_number(&self, win: &[Tok], j: usize) -> Option<usize> {
        let x = win.get(j)?;
        (x.k == K::Num && x.gap & G_HASH != 0 && x.gap & G_STOP == 0).then_some(j)
    }
}

// ---------------------------------------------------------------------------------------
// Streets

/// A street match before its span is extended.
struct Street {
    first: usize,
    last: usize,
    proper: bool,
    unit: bool,
}

impl Address {
    /// A house number next to the street word at token `k` (or a compound street token).
    fn street(
        &self,
        cx: &Cx<'_, '_>,
        win: &[Tok],
        k: usize,
        tag: Tag,
        compound: bool,
    ) -> Option<Cand> {
        let anchor = &win[k];
        let mut best: Option<Street> = None;
        let mut consider = |s: Street| {
            if best
                .as_ref()
                .is_none_or(|b| (s.proper || s.unit) && !(b.proper || b.unit))
            {
                best = Some(s);
            }
        };
        if compound {
            if let Some(s) = self.name_before_number_right(cx, win, k, true) {
                consider(s);
            }
        } else {
            if tag.order & NAME_BEFORE_NUM_LEFT != 0 {
                if let Some(s) = self.name_before_number_left(cx, win, k) {
                    consider(s);
                }
            }
            if tag.order & NAME_AFTER_NUM_LEFT != 0 {
                if let Some(s) = self.name_after_number_left(cx, win, k) {
                    consider(s);
                }
            }
            if tag.order & NAME_AFTER_NUM_RIGHT != 0 {
                if let Some(s) = self.name_after_number_right(cx, win, k, tag.comma) {
                    consider(s);
                }
            }
            if tag.order & NAME_BEFORE_NUM_RIGHT != 0 {
                if let Some(s) = self.name_before_number_right(cx, win, k, false) {
                    consider(s);
                }
            }
        }
        let s = best?;
        let mut first = self.extend_left(cx, win, s.first);
        // "7/34 Hẻm 95": a house number before a street word that has its own number.
        if first == k
            && s.first == k
            && win.get(k + 1).is_some_and(|n| n.k == K::Num)
            && k > 0
            && anchor.gap == G_SPACE
            && anchor.cap(cx)
            && self.house_number(cx, win, k - 1)
            && !self.titled(cx, win, k - 1)
        {
            first = k - 1;
        }
        let (last, postcode) = self.extend_right(cx, win, s.last);
        let context = self.context_before(cx, win[first].s);
        // "Số 269 đường 40", "Flat 3 12 Baker St": a unit number before it vouches too.
        let unit = s.unit || first < s.first;
        let weak = tag.weak || tag.area;
        let ok = if weak {
            (s.proper && (anchor.cap(cx) || unit)) || context || postcode
        } else {
            s.proper || unit || context || postcode
        };
        if !ok || self.is_famous(cx, win[s.first].s, win[s.last].e) {
            return None;
        }
        Some(Cand {
            r: win[first].s..win[last].e,
            kind: "address",
            conf: if s.proper { 0.85 } else { 0.75 },
        })
    }

    /// "12 Main St": a number, 1-4 names, the street word.
    fn name_before_number_left(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Street> {
        let mut j = k;
        let mut names = 0;
        let mut proper = true;
        let mut solid = 0;
        while j > 0 && names <= 4 {
            let gap = win[j].gap;
            if gap & G_STOP != 0 {
                return None;
            }
            let p = j - 1;
            if names > 0 && gap & !G_SPACE == 0 {
                if let Some(b) = self.block_lot(cx, win, p) {
                    return Some(Street {
                        first: b,
                        last: k,
                        proper,
                        unit: true,
                    });
                }
            }
            if names > 0 && self.house_number(cx, win, p) && !self.is_ordinal(cx, &win[p]) {
                if gap & !(G_SPACE | G_COMMA) != 0 || solid == 0 || self.titled(cx, win, p) {
                    // "Romero Homes 7, Diamond Street": a subdivision's phase.
                    let b = (gap & G_COMMA != 0 && gap & !(G_SPACE | G_COMMA) == 0 && proper)
                        .then(|| self.subdivision(cx, win, p))
                        .flatten();
                    return b.map(|b| Street {
                        first: b,
                        last: k,
                        proper,
                        unit: true,
                    });
                }
                return Some(Street {
                    first: p,
                    last: k,
                    proper,
                    unit: false,
                });
            }
            if gap & !(G_SPACE | G_DOT) != 0 && j != k {
                // "Block 11 Lot 04 Romero Homes 7, Diamond Street": a subdivision's block
                // and lot, its name, a comma and the street.
                if names > 0 && proper && gap & !(G_SPACE | G_COMMA) == 0 {
                    if let Some(b) = self.subdivision(cx, win, p) {
                        return Some(Street {
                            first: b,
                            last: k,
                            proper,
                            unit: true,
                        });
                    }
                }
                return None;
            }
            if !self.name_like(cx, &win[p]) || Self::is_street(&win[p]) && names > 0 {
                return None;
            }
            names += 1;
            if !self.is_particle(cx, &win[p]) {
                solid += 1;
            }
            proper &= self.proper(cx, &win[p]);
            j = p;
        }
        None
    }

    /// "B20 L83": a Philippine block and lot number ending at token `p` (the lot): the
    /// block's index.
    fn block_lot(&self, cx: &Cx<'_, '_>, win: &[Tok], p: usize) -> Option<usize> {
        let coded = |x: &Tok, letter: u8| {
            let w = self.word(cx, x).as_bytes();
            x.k == K::Word
                && w.len() >= 2
                && w.len() <= 5
                && w[0] == letter
                && w[1..].iter().all(u8::is_ascii_digit)
        };
        (p > 0
            && win[p].gap == G_SPACE
            && coded(&win[p], b'l')
            && coded(&win[p - 1], b'b')
            && win[p - 1].gap & G_STOP == 0)
            .then(|| p - 1)
    }

    /// A Philippine subdivision ending at token `p`: a block and a lot number ("Block 11
    /// Lot 04", "B20 L83"), 1-4 capitalised names and maybe a phase number ("Romero Homes
    /// 7"): the block's index.
    fn subdivision(&self, cx: &Cx<'_, '_>, win: &[Tok], mut p: usize) -> Option<usize> {
        if win[p].k == K::Num && win[p].gap == G_SPACE {
            p = p.checked_sub(1)?;
        }
        let mut names = 0;
        while names < 4
            && win[p].k == K::Word
            && win[p].upper(cx)
            && !self.is_unit(cx, &win[p])
            && !self.word(cx, &win[p]).bytes().any(|b| b.is_ascii_digit())
        {
            if win[p].gap != G_SPACE {
                return None;
            }
            names += 1;
            p = p.checked_sub(1)?;
        }
        if names == 0 {
            return None;
        }
        if let Some(b) = self.block_lot(cx, win, p) {
            return Some(b);
        }
        let pair = |i: usize, units: &[&str]| {
            i >= 1
                && win[i].k == K::Num
                && win[i].gap & !(G_SPACE | G_DOT | G_HASH) == 0
                && units.contains(&self.word(cx, &win[i - 1]))
        };
        (p >= 3
            && pair(p, &["lot"])
            && pair(p - 2, &["block", "blk"])
            && win[p - 1].gap & !(G_SPACE | G_COMMA) == 0)
            .then(|| p - 3)
    }

    /// "772, rue de Gautier": a number, the street word, 1-5 names.
    fn name_after_number_left(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Street> {
        if k == 0
            || win[k].gap & !(G_SPACE | G_COMMA) != 0
            || !self.house_number(cx, win, k - 1)
            || self.titled(cx, win, k - 1)
        {
            return None;
        }
        let anchor = &win[k];
        let glued = anchor.hit.is_some_and(|(_, end)| end < anchor.e);
        let (mut last, mut solid, mut proper) = (k, usize::from(glued), true);
        // A name glued to the street word ("ถนนมนทอง") is the whole name.
        let mut j = if glued { win.len() } else { k + 1 };
        while j < win.len() && j <= k + 5 {
            let x = &win[j];
            if x.gap & !(G_SPACE | G_DASH | G_DOT) != 0 || !self.name_like(cx, x) {
                break;
            }
            // A capitalised name ends at the first ordinary lower-case word ("... gracias"),
            // and any name at a unit and its number ("... پلاک ۴").
            if solid > 0
                && (proper && !self.proper(cx, x) || self.unit_number(cx, win, j).is_some())
            {
                break;
            }
            if !self.is_particle(cx, x) {
                solid += 1;
                last = j;
                proper &= self.proper(cx, x);
            }
            j += 1;
        }
        (solid > 0).then_some(Street {
            first: k - 1,
            last,
            proper,
            unit: false,
        })
    }

    /// "Calle Mayor 12", "Rua Augusta, 1500", "Jl. Veteran No. 5", "Carrera 21 # 11C-8";
    /// `comma`: a bare house number must follow a comma.
    fn name_after_number_right(
        &self,
        cx: &Cx<'_, '_>,
        win: &[Tok],
        k: usize,
        comma_needed: bool,
    ) -> Option<Street> {
        let mut names = 0;
        let mut proper = true;
        let mut j = k + 1;
        let mut comma = false;
        while j < win.len() && j <= k + 8 {
            let x = &win[j];
            if x.gap & G_STOP != 0 {
                return None;
            }
            if x.gap & G_COMMA != 0 {
                if comma {
                    return None;
                }
                comma = true;
            }
            if let Some(n) = self
                .unit_number(cx, win, j)
                .or_else(|| self.hashed_number(win, j))
            {
                // "gali no. 5" needs no name: the unit word says it is an address.
                return Some(Street {
                    first: k,
                    last: n,
                    proper: proper && names > 0,
                    unit: true,
                });
            }
            if x.k == K::Num && self.house_number(cx, win, j) {
                // A number followed by a unit or '#' number is the street's name.
                let later = (j + 1..(j + 4).min(win.len())).any(|m| {
                    self.unit_number(cx, win, m).is_some() || self.hashed_number(win, m).is_some()
                });
                if !later {
                    if !(proper && names > 0 || self.free_after(cx, win, j))
                        || comma_needed && x.gap & G_COMMA == 0
                    {
                        return None;
                    }
                    // "Sector 15", "Calle 8": with no name, only context vouches for it.
                    return Some(Street {
                        first: k,
                        last: j,
                        proper: proper && names > 0,
                        unit: false,
                    });
                }
                names += 1;
                j += 1;
                continue;
            }
            if comma || !(self.name_like(cx, x) || x.k == K::Num) {
                return None;
            }
            names += usize::from(!self.is_particle(cx, x));
            proper &= self.proper(cx, x);
            j += 1;
        }
        None
    }

    /// "Berliner Str. 5", "Atatürk Cad. No: 12", "Hauptstraße 5" (compound: the name is
    /// inside the token).
    fn name_before_number_right(
        &self,
        cx: &Cx<'_, '_>,
        win: &[Tok],
        k: usize,
        compound: bool,
    ) -> Option<Street> {
        let mut first = k;
        // A street word written in lower case after a capitalised name, in a script other
        // than Latin ("Աբովյան փողոց 12"), leaves the name to say it is proper.
        let lower_ok = !compound
            && cx.t[win[k].s..]
                .chars()
                .next()
                .is_some_and(|c| c > '\u{24F}');
        let mut proper = win[k].cap(cx) || cx.all_lower() && compound || lower_ok;
        let mut names = usize::from(compound);
        while first > 0 && names < 3 + usize::from(compound) {
            let p = &win[first - 1];
            if win[first].gap & !(G_SPACE | G_DOT) != 0
                || !self.name_like(cx, p)
                || !p.cap(cx)
                || Self::is_street(p)
            {
                break;
            }
            names += 1;
            proper &= p.cap(cx);
            first -= 1;
        }
        if names == 0 {
            return None;
        }
        if !compound && first == k {
            return None;
        }
        // A street named after a date ("8 მარტის ქ. 20", "9 Мая ул. 5"): the day is part of
        // its name.
        if !compound && first > 0 && win[first].gap == G_SPACE {
            let d = &win[first - 1];
            let w = self.word(cx, d).as_bytes();
            if d.k == K::Num
                && w.len() <= 2
                && w.iter().all(u8::is_ascii_digit)
                && (1..=31).contains(&w.iter().fold(0, |n, &b| n * 10 + u32::from(b - b'0')))
                && win[first].k == K::Word
            {
                first -= 1;
            }
        }
        let j = k + 1;
        if j >= win.len() || win[j].gap & !(G_SPACE | G_COMMA | G_DOT | G_COLON) != 0 {
            return None;
        }
        if let Some(n) = self
            .unit_number(cx, win, j)
            .or_else(|| self.hashed_number(win, j))
        {
            return Some(Street {
                first,
                last: n,
                proper,
                unit: true,
            });
        }
        (self.house_number(cx, win, j) && (proper || self.free_after(cx, win, j))).then_some(
            Street {
                first,
                last: j,
                proper,
                unit: false,
            },
        )
    }

    /// A house number written last is followed by the end, punctuation, a unit, a
    /// capitalised word, a number or another street word ("Hẻm 16 phố 35"), never by an
    /// ordinary lower-case word ("via DHL 3 pics").
    fn free_after(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> bool {
        let Some(n) = win.get(j + 1) else {
            return true;
        };
        n.gap & !G_SPACE != 0
            || n.k == K::Num
            || n.cap(cx)
            || self.is_unit(cx, n)
            || self.is_particle(cx, n)
            || Self::is_street(n)
    }

    /// Units before a house number: "Flat 34 9 Jacqueline Highway", "Block 03 Lot 72 ...".
    fn extend_left(&self, cx: &Cx<'_, '_>, win: &[Tok], mut first: usize) -> usize {
        if first >= 1
            && win[first].k == K::Num
            && win[first].gap & !(G_SPACE | G_DOT | G_HASH) == 0
            && self.is_unit(cx, &win[first - 1])
        {
            first -= 1;
        }
        let unit_pair = |i: usize| {
            let (n, u) = (&win[i - 1], &win[i - 2]);
            n.k == K::Num
                && n.gap & !(G_SPACE | G_DOT | G_HASH) == 0
                && (self.is_unit(cx, u) || u.hit.is_some_and(|(tag, _)| tag.house))
        };
        for _ in 0..3 {
            if first < 2 || win[first].gap & !(G_SPACE | G_COMMA) != 0 {
                break;
            }
            if unit_pair(first) {
                first -= 2;
                continue;
            }
            // "Room 2140 Barber Residences Tower 4, ...": a building's name between a unit
            // number and the next unit.
            if !self.is_unit(cx, &win[first]) {
                break;
            }
            let mut b = first;
            while b > 0
                && first - b < 3
                && win[b].gap == G_SPACE
                && win[b - 1].k == K::Word
                && win[b - 1].upper(cx)
                && !self.is_unit(cx, &win[b - 1])
            {
                b -= 1;
            }
            if b < first && b >= 2 && win[b].gap == G_SPACE && unit_pair(b) {
                first = b - 2;
            } else {
                break;
            }
        }
        // "Unit 2718 Mars Building, 7028 Neptune Highway", "2F Newman Apartments, 8244 ...":
        // a building (capitalised names and a building word) between a unit number or a
        // floor and the street, set off by a comma.
        if first >= 3
            && win[first].gap & G_COMMA != 0
            && win[first].gap & !(G_SPACE | G_COMMA) == 0
            && win[first - 1].gap == G_SPACE
            && self.is_unit(cx, &win[first - 1])
        {
            let mut b = first - 1;
            while b > 0
                && first - 1 - b < 3
                && win[b].gap == G_SPACE
                && win[b - 1].k == K::Word
                && win[b - 1].upper(cx)
                && !self.is_unit(cx, &win[b - 1])
            {
                b -= 1;
            }
            if b < first - 1 && win[b].gap == G_SPACE {
                if b >= 2 && unit_pair(b) {
                    first = b - 2;
                } else if b >= 1 && self.floor(cx, &win[b - 1]) {
                    first = b - 1;
                }
            }
        }
        // "99/1 หมู่ 5 ต.บางพลี": the house number before the first unit.
        if first >= 1
            && win[first].k == K::Word
            && win[first].gap == G_SPACE
            && self.is_unit(cx, &win[first])
            && self.house_number(cx, win, first - 1)
            && !self.titled(cx, win, first - 1)
        {
            first -= 1;
        }
        first
    }

    /// A floor written as a number and "F" ("2F", "12F"), as Philippine and East Asian
    /// buildings write it.
    fn floor(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        let w = self.word(cx, x).as_bytes();
        x.k == K::Num
            && (2..=3).contains(&w.len())
            && w.ends_with(b"f")
            && w[..w.len() - 1].iter().all(u8::is_ascii_digit)
    }

    /// Units, then a postcode (and the city after it) that follows within a few names:
    /// returns the last token and whether a postcode was reached.
    fn extend_right(&self, cx: &Cx<'_, '_>, win: &[Tok], mut last: usize) -> (usize, bool) {
        for _ in 0..4 {
            let j = last + 1;
            let Some(x) = win.get(j) else { break };
            if x.gap & G_STOP != 0 {
                break;
            }
            if let Some(n) = self
                .unit_number(cx, win, j)
                .or_else(|| self.hashed_number(win, j))
            {
                last = n;
                continue;
            }
            if x.k == K::Num && x.gap & !(G_DASH | G_SLASH) == 0 && x.gap != 0 {
                last = j;
                continue;
            }
            break;
        }
        // A postcode within a few capitalised names: "..., Milesmouth, PR 43024".
        // It vouches for the street only behind a comma or a capitalised name ("strada 80
        // 9748" is two numbers).
        let mut j = last + 1;
        let mut steps = 0;
        let mut set_off = false;
        while j < win.len() && steps < 6 {
            let x = &win[j];
            if x.gap & !(G_SPACE | G_COMMA | G_DASH | G_SLASH) != 0 {
                break;
            }
            set_off |= x.gap & G_COMMA != 0;
            if let Some(end) = self.postcode_at(cx.t, x.s) {
                let mut m = j;
                while m + 1 < win.len() && win[m + 1].s < end {
                    m += 1;
                }
                if win[m].e != end {
                    break;
                }
                // The city after the postcode: capitalised names up to punctuation.
                let mut city = m;
                while city + 1 < win.len()
                    && city < m + 3
                    && win[city + 1].gap & !(G_SPACE | G_DASH) == 0
                    && win[city + 1].k == K::Word
                    && win[city + 1].cap(cx)
                {
                    city += 1;
                }
                return (city, set_off);
            }
            if !(x.k == K::Word && (x.cap(cx) || self.is_particle(cx, x))) {
                break;
            }
            set_off |= x.cap(cx);
            j += 1;
            steps += 1;
        }
        (last, false)
    }

    /// A postal code at byte `at` of `t` (not glued to letters or digits): its end.
    fn postcode_at(&self, t: &str, at: usize) -> Option<usize> {
        let b = t.as_bytes();
        if at > 0 && b[at - 1].is_ascii_alphanumeric() {
            return None;
        }
        let mut best = None;
        // A shape that starts with k digits needs a run of exactly k digits here, or a
        // longer one where an optional space follows them.
        let run = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        let fitting = &self.shapes_by_run[run.min(self.shapes_by_run.len() - 1)];
        for shape in fitting.iter().map(|&n| self.shapes[usize::from(n)]) {
            let mut i = at;
            let mut ok = true;
            for s in shape.bytes() {
                match s {
                    b'9' | b'A' => {
                        let want = if s == b'9' {
                            b.get(i).is_some_and(u8::is_ascii_digit)
                        } else {
                            b.get(i).is_some_and(u8::is_ascii_alphabetic)
                        };
                        if !want {
                            ok = false;
                            break;
                        }
                        i += 1;
                    }
                    b' ' => {
                        if b.get(i) == Some(&b' ') {
                            i += 1;
                        }
                    }
                    _ => {
                        if b.get(i) != Some(&s) {
                            ok = false;
                            break;
                        }
                        i += 1;
                    }
                }
            }
            if ok
                && !t[i..].chars().next().is_some_and(char::is_alphanumeric)
                && !(matches!(b.get(i), Some(b'.' | b'-' | b'/' | b',' | b':'))
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
                && best.is_none_or(|e| i > e)
            {
                best = Some(i);
            }
        }
        best
    }

    /// An address phrase ("I live at", "my address is") ends shortly before `at`.
    fn context_before(&self, cx: &Cx<'_, '_>, at: usize) -> bool {
        let n = cx.hits.partition_point(|h| h.1.start < at);
        cx.hits[..n]
            .iter()
            .rev()
            .take(3)
            .any(|(tag, r)| (tag.live == LIVE_AT || tag.live == LIVE_IN) && r.end + 40 >= at)
    }

    /// A famous, public or fictional address ("21 Jump Street").
    fn is_famous(&self, cx: &Cx<'_, '_>, s: usize, e: usize) -> bool {
        let mut words = String::new();
        for w in cx.t[s..e]
            .split(|c: char| !word_char(c))
            .filter(|w| !w.is_empty())
        {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(w);
        }
        self.famous.iter().any(|f| {
            words.starts_with(f) && (words.len() == f.len() || words.as_bytes()[f.len()] == b' ')
        })
    }

    /// "22/68 रोद्रिगुएस, अलांग 291611", "דולב 65, גיתית, 6454625": a house number with
    /// names, a comma, more names, then the postcode at token `p` (ending at `end`): an
    /// address without a street word. Every word must be capitalised or caseless.
    fn postal(&self, cx: &Cx<'_, '_>, win: &[Tok], p: usize, end: usize) -> Option<Cand> {
        let mut q = p;
        while q + 1 < win.len() && win[q + 1].s < end {
            q += 1;
        }
        if win[q].e != end {
            return None;
        }
        // Four digits follow a state's abbreviation, written in capitals ("NSW, 2430", not
        // "sa 2430").
        if end - win[p].s == 4 && !(p > 0 && win[p - 1].upper(cx)) {
            return None;
        }
        // A postal word right before the code sets it off like a comma ("Κυργιά 94, ΤΚ
        // 287 28").
        let post_word = p > 0 && win[p - 1].hit.is_some_and(|(t, _)| t.post);
        let (mut j, mut commas, mut house, mut street) = (p, usize::from(post_word), None, None);
        while j > 0 && p - j < 10 {
            let gap = win[j].gap;
            if gap & !(G_SPACE | G_COMMA | G_DASH) != 0 {
                break;
            }
            commas += usize::from(gap & G_COMMA != 0);
            let x = &win[j - 1];
            if x.k == K::Num {
                let unit = j >= 2 && self.is_unit(cx, &win[j - 2]);
                if commas > 0 && self.house_number_after(cx, win, j - 1, unit) {
                    house = Some(j - 1);
                }
                break;
            }
            // "SA" (South Australia) is also a stop word ("sa", Tagalog).
            if !(x.cap(cx) || self.is_unit(cx, x))
                || self.is_stop(cx, x) && !(x.upper(cx) && self.in_set(cx, x, REGION))
            {
                break;
            }
            if Self::is_street(x) && commas > 0 {
                street = Some(j - 1);
            }
            j -= 1;
        }
        // "Sítio Ribeiro, Milionario, 69880363": a street with its name, a comma, then the
        // postcode, and no house number at all.
        if house.is_none() {
            // The postcode set off by a comma or a postal word: "شارع الحمرا، سعره 50000"
            // is a price.
            if win[p].gap & G_COMMA == 0 && !post_word {
                return None;
            }
            let s = street?;
            let named = (s.saturating_sub(2)..p)
                .any(|n| n != s && win[n].k == K::Word && !Self::is_street(&win[n]));
            if !named || self.followed_by_measure(cx, win, q) {
                return None;
            }
            let order = win[s].hit.map_or(0, |(t, _)| t.order);
            let from = if order & (NAME_AFTER_NUM_LEFT | NAME_AFTER_NUM_RIGHT) != 0 {
                s
            } else {
                j.max(s.saturating_sub(3))
            };
            let first = (from..=s).find(|&n| win[n].k == K::Word)?;
            return Some(Cand {
                r: win[first].s..win[self.city_after(cx, win, q)].e,
                kind: "address",
                conf: 0.7,
            });
        }
        let h = house?;
        // A postcode with a space or dash inside ("179 60", "01310-100") is no score: it
        // sets the address off like a second comma.
        let set_off = commas + usize::from(cx.t[win[p].s..end].contains(&[' ', '-'][..])) >= 2;
        // "22/68 रोद्रिगुएस," (names after the number) or "דולב 65," (names before it).
        let named_after = h + 1 < p && win[h + 1].gap & G_COMMA == 0 && win[h + 1].k == K::Word;
        let mut first = h;
        let before_unit = self.street_before_unit(cx, win, p, h, set_off);
        if let Some(b) = before_unit {
            first = b;
        } else if !named_after {
            // "Παπαδοπούλου 7, 62752 Αργοστόλι": in a script other than Latin, the
            // postcode right after the comma and a capitalised city after it set the
            // address off too (Latin titles write "FIFA 23, 10000 Coins").
            let city_first = win[p].gap & G_COMMA != 0
                && win
                    .get(q + 1)
                    .is_some_and(|c| c.gap == G_SPACE && c.k == K::Word && c.upper(cx))
                && cx.t[win[h.saturating_sub(1)].s..]
                    .chars()
                    .next()
                    .is_some_and(|c| c > '\u{24F}');
            while first > 0
                && h - first < 3
                && win[first].gap & !(G_SPACE | G_DASH) == 0
                && win[first - 1].k == K::Word
                && win[first - 1].cap(cx)
                && !self.is_stop(cx, &win[first - 1])
                && (set_off || city_first || !self.titled(cx, win, h))
            {
                first -= 1;
            }
            // "Lakers 112, Celtics 10950" is a score: a name before the number needs a
            // second comma, or a script without case.
            if first == h || (!set_off && !city_first && win[first].upper(cx)) {
                return None;
            }
        }
        if self.followed_by_measure(cx, win, q) {
            return None;
        }
        let first = self.extend_left(cx, win, first);
        let last = self.city_after(cx, win, q);
        if self.is_famous(cx, win[first].s, win[last].e) {
            return None;
        }
        Some(Cand {
            r: win[first].s..win[last].e,
            kind: "address",
            conf: 0.75,
        })
    }

    /// "6772 Spence Route Apt. 697, Ramirezport, KY 34899": a house number and
    /// capitalised names (a street of a type the table lacks) before the unit whose number
    /// is at `h`, when the postcode at `p` is set off by a second comma or follows a US
    /// state's abbreviation: the house number's index.
    fn street_before_unit(
        &self,
        cx: &Cx<'_, '_>,
        win: &[Tok],
        p: usize,
        h: usize,
        set_off: bool,
    ) -> Option<usize> {
        // A US state's abbreviation before the code ("KY 34899", "MA 01970").
        let state = || {
            let Some(x) = p.checked_sub(1).map(|i| &win[i]) else {
                return false;
            };
            let w = self.word(cx, x).as_bytes();
            x.k == K::Word
                && w.len() == 2
                && w.iter().all(u8::is_ascii_alphabetic)
                && upper_case(cx, x.s, char::from(w[0]))
                && upper_case(cx, x.s + 1, char::from(w[1]))
        };
        // The postcode set off by a second comma or a state.
        (h >= 3
            && win[h].gap & !(G_SPACE | G_DOT | G_HASH) == 0
            && win[h - 1].gap == G_SPACE
            && self.is_unit(cx, &win[h - 1])
            && (set_off || state()))
        .then(|| {
            let mut b = h - 1;
            while b > 1
                && h - 1 - b < 3
                && win[b].gap == G_SPACE
                && win[b - 1].k == K::Word
                && win[b - 1].upper(cx)
                && !self.is_unit(cx, &win[b - 1])
                && !self.is_stop(cx, &win[b - 1])
            {
                b -= 1;
            }
            (b < h - 1
                && win[b].gap == G_SPACE
                && self.house_number(cx, win, b - 1)
                && !self.titled(cx, win, b - 1))
            .then(|| b - 1)
        })
        .flatten()
    }

    /// "... 10950 fans": the number at `q` is a quantity, not a postcode.
    fn followed_by_measure(&self, cx: &Cx<'_, '_>, win: &[Tok], q: usize) -> bool {
        win.get(q + 1)
            .is_some_and(|n| n.gap == G_SPACE && self.in_set(cx, n, MEASURE))
    }

    /// The city after a postcode ending at token `q`: up to three capitalised names.
    fn city_after(&self, cx: &Cx<'_, '_>, win: &[Tok], q: usize) -> usize {
        let mut last = q;
        while last + 1 < win.len()
            && last < q + 3
            && win[last + 1].gap & !(G_SPACE | G_DASH) == 0
            && win[last + 1].k == K::Word
            && win[last + 1].cap(cx)
        {
            last += 1;
        }
        last
    }

    /// "ք. Գորիս, Սիսվանի 74", "ք. Նոր Հաճն, 3403, Սեբաստիայի 969": a city marker at
    /// token `k` (ending at `end`), the city's name, a comma, maybe a postcode and
    /// another comma, then a street without a street word: names and a house number, in
    /// either order. A city's name alone is not enough.
    fn city(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize, end: usize) -> Option<Cand> {
        let name = |x: &Tok| x.k == K::Word && x.cap(cx) && !self.is_stop(cx, x);
        let mut j = Self::after(win, end);
        let start = j;
        while j < win.len() && j < start + 3 && name(&win[j]) && win[j].gap & G_STOP == 0 {
            if j > start && win[j].gap & !(G_SPACE | G_DASH) != 0 {
                break;
            }
            j += 1;
        }
        if j == start || win.get(j)?.gap & G_COMMA == 0 {
            return None;
        }
        // A region and its postcode between commas ("գ. Այգաբաց, Կոտայքի մարզ, 3109, ..."):
        // a capitalised name, a few words, a comma, a number and a comma.
        if name(&win[j]) {
            let mut r = j + 1;
            while r < win.len() && r < j + 3 && win[r].gap == G_SPACE && win[r].k == K::Word {
                r += 1;
            }
            if win
                .get(r)
                .is_some_and(|x| x.k == K::Num && x.gap & G_COMMA != 0)
                && win.get(r + 1).is_some_and(|x| x.gap & G_COMMA != 0)
            {
                j = r;
            }
        }
        // A postcode between commas.
        if win[j].k == K::Num && win.get(j + 1).is_some_and(|x| x.gap & G_COMMA != 0) {
            j += 1;
        }
        let s = j;
        let num = |n: usize| win[n].k == K::Num && self.house_number(cx, win, n);
        let mut names = 0;
        while j < win.len() && names < 3 && name(&win[j]) {
            if j > s && win[j].gap & !G_SPACE != 0 {
                return None;
            }
            names += 1;
            j += 1;
        }
        let last = if names > 0 {
            // "Սիսվանի 74"
            (j < win.len() && win[j].gap & !(G_SPACE | G_COMMA) == 0 && num(j)).then_some(j)?
        } else {
            // "74 Սիսվանի"
            if !num(s) {
                return None;
            }
            let mut l = s;
            while l + 1 < win.len() && l < s + 3 && win[l + 1].gap == G_SPACE && name(&win[l + 1]) {
                l += 1;
            }
            (l > s).then_some(l)?
        };
        let (last, _) = self.extend_right(cx, win, last);
        Some(Cand {
            r: win[k].s..win[last].e,
            kind: "address",
            conf: 0.75,
        })
    }

    /// "H.No. 34", "flat no 12": a house number word and its number.
    fn house(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize, end: usize) -> Option<Cand> {
        let mut j = k;
        while j < win.len() && win[j].s < end {
            j += 1;
        }
        // "house number is 12", "house no: 12".
        if win
            .get(j)
            .is_some_and(|x| matches!(self.word(cx, x), "is" | "es" | "é" | "ist" | "adalah"))
        {
            j += 1;
        }
        let x = win.get(j)?;
        if x.gap & G_STOP != 0 || !self.house_number_after(cx, win, j, true) {
            return None;
        }
        let first = self.extend_left(cx, win, k);
        let (mut last, _) = self.extend_right(cx, win, j);
        // The street after it: "H.No. 858, Bera Nagar" (names then a street or area word).
        let mut m = last + 1;
        while m < win.len() && m <= last + 4 {
            let y = &win[m];
            if y.gap & !(G_SPACE | G_COMMA) != 0 || !(y.cap(cx) || Self::is_street(y)) {
                break;
            }
            if Self::is_street(y) {
                // A street needs its name ("Bera Nagar") or its number ("Sector 15").
                let mut l = m;
                if win
                    .get(m + 1)
                    .is_some_and(|n| n.k == K::Num && n.gap & !G_SPACE == 0)
                    && self.house_number(cx, win, m + 1)
                {
                    l = m + 1;
                } else if m == last + 1 {
                    break;
                }
                last = self.extend_right(cx, win, l).0;
                break;
            }
            m += 1;
        }
        let (l3, _) = self.extend_right(cx, win, last);
        Some(Cand {
            r: win[first].s..win[l3].e,
            kind: "address",
            conf: 0.85,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Phrases: "I live at ...", "my school is ...", "zip code ..."

impl Address {
    /// The first token at or after byte `end`.
    fn after(win: &[Tok], end: usize) -> usize {
        win.partition_point(|x| x.s < end)
    }

    /// Words that introduce the place after a phrase ("at", "the", "na", "di").
    fn lead(&self, cx: &Cx<'_, '_>, x: &Tok) -> bool {
        matches!(
            self.word(cx, x),
            "at" | "on"
                | "in"
                | "the"
                | "en"
                | "na"
                | "no"
                | "em"
                | "di"
                | "à"
                | "a"
                | "au"
                | "la"
                | "le"
                | "el"
                | "der"
                | "die"
                | "dem"
                | "am"
                | "an"
                | "im"
                | "в"
                | "на"
                | "في"
                | "is"
                | "es"
                | "é"
                | "est"
                | "ist"
                | "adalah"
                | "hai"
                | "the_"
        )
    }

    fn live(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize, tag: Tag, end: usize) -> Option<Cand> {
        let phrase = self.word(cx, &win[k]);
        if k > 0 && self.in_set(cx, &win[k - 1], NOT_ADDR) {
            return None;
        }
        let j0 = Self::after(win, end);
        if win.get(j0).is_some_and(|x| self.in_set(cx, x, NOT_ADDR)) {
            return None;
        }
        let _ = phrase;
        if tag.live == LIVE_PRE {
            return self.live_before(cx, win, k);
        }
        let mut j = j0;
        let mut skipped = 0;
        while j < win.len() && skipped < 2 && self.lead(cx, &win[j]) && win[j].gap & G_STOP == 0 {
            j += 1;
            skipped += 1;
        }
        let (mut first, mut last) = (None, None);
        let (mut num, mut street, mut cap) = (false, false, false);
        // Names in a script without case: before a street word ("महर्जन रोड"), or after
        // the house number ("9157 जय भटनागर"; `trailing` of them, after token `core`).
        let (mut named, mut trailing, mut core) = (false, 0, 0);
        // Right after "my address is" a number like "4/6" is the house number, not a date.
        let house_first = tag.live == LIVE_AT && win.get(j).is_some_and(|x| x.k == K::Num);
        let mut m = j;
        while m < win.len() && m < j + 10 {
            let x = &win[m];
            if (m > j0 && x.gap & !(G_SPACE | G_COMMA | G_DOT | G_HASH | G_DASH | G_SLASH) != 0)
                || (m == j0 && x.gap & G_STOP != 0)
            {
                break;
            }
            // "12 Main Street, Springfield": the city after a comma is left to the
            // postcode rule.
            if x.gap & G_COMMA != 0 && num && (street || cap) {
                break;
            }
            // A full stop ends the place, unless it ends an abbreviation ("St. Mary").
            if m > j
                && x.gap & G_DOT != 0
                && x.gap & G_SPACE != 0
                && !(Self::is_street(&win[m - 1])
                    || self.is_unit(cx, &win[m - 1])
                    || win[m - 1].e - win[m - 1].s <= 2)
            {
                break;
            }
            let after_unit = m > 0
                && (self.is_unit(cx, &win[m - 1]) || win[m - 1].hit.is_some_and(|(t, _)| t.house));
            let good = if x.k == K::Num {
                let ordinal = self.is_ordinal(cx, x);
                let h = self.house_number_after(cx, win, m, after_unit) && !ordinal;
                num |= h;
                // "5th Avenue": an ordinal is a street's name.
                cap |= ordinal;
                h || ordinal
            } else if Self::is_street(x)
                || self.is_unit(cx, x) && win.get(m + 1).is_some_and(|n| n.k == K::Num)
            {
                street = true;
                true
            } else if self.is_particle(cx, x) {
                first.is_some()
            } else if self.is_stop(cx, x) {
                false
            } else if x.upper(cx) {
                cap = true;
                true
            } else {
                // A lower-case (or caseless) word is part of the place only before a
                // street word or a house number, or (caseless) after the house number.
                let before = (m + 1..(m + 4).min(win.len())).any(|n| {
                    Self::is_street(&win[n])
                        || win[n].k == K::Num && self.house_number_after(cx, win, n, true)
                });
                let caseless = x.cap(cx);
                named |= before && caseless;
                if !before
                    && caseless
                    && num
                    && trailing < 3
                    && (house_first || !self.date_like(cx, win, m))
                {
                    trailing += 1;
                    true
                } else {
                    before
                }
            };
            if !good {
                break;
            }
            if first.is_none() {
                first = Some(m);
            }
            if !self.is_particle(cx, x) || x.cap(cx) {
                last = Some(m);
                if trailing == 0 {
                    core = m;
                }
            }
            m += 1;
        }
        let (first, mut last) = (first?, last?);
        // Caseless names after the number run to the end of the sentence: punctuation,
        // the end, a word in another script or a copula ("... चतुर्वेदी है").
        if trailing > 0 && last > core && !self.sentence_ends(cx, win, last) {
            last = core;
        }
        let words = (first..=last).any(|n| win[n].k == K::Word);
        let ok = (num && words) || (cap && (tag.live == LIVE_AT || street)) || (named && street);
        if !ok {
            return None;
        }
        let (last, _) = self.extend_right(cx, win, last);
        if self.is_famous(cx, win[first].s, win[last].e) {
            return None;
        }
        Some(Cand {
            r: win[first].s..win[last].e,
            kind: "address",
            conf: 0.75,
        })
    }

    /// Whether the place ends with token `last`: the text ends or punctuation follows,
    /// or a word in another script or a copula ("है", "hai", "ہے").
    fn sentence_ends(&self, cx: &Cx<'_, '_>, win: &[Tok], last: usize) -> bool {
        let rest = cx.t[win[last].e..].trim_start_matches(&[' ', '\t'][..]);
        match rest.chars().next() {
            None => true,
            Some(c) if !word_char(c) => true,
            Some(c) if c.is_ascii_alphabetic() => true,
            _ => win.get(last + 1).is_some_and(|n| {
                n.gap == G_SPACE && matches!(self.word(cx, n), "है" | "हैं" | "ہے" | "ہیں")
            }),
        }
    }

    /// A name after a number that reads as a date ("12/05"): the number before token
    /// `m` is two parts that could be a day and a month.
    fn date_like(&self, cx: &Cx<'_, '_>, win: &[Tok], m: usize) -> bool {
        let Some(n) = (0..m).rev().find(|&n| win[n].k == K::Num) else {
            return false;
        };
        let w = self.word(cx, &win[n]);
        let Some((a, b)) = w.split_once(&['/', '-'][..]) else {
            return false;
        };
        let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
            return false;
        };
        (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12)
    }

    /// "main Lajpat Nagar mein rehta hoon": the place before the phrase.
    fn live_before(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Cand> {
        let mut first = k;
        let (mut street, mut num, mut cap) = (false, false, false);
        while first > 0 && first + 6 > k {
            let p = &win[first - 1];
            if win[first].gap & !(G_SPACE | G_COMMA) != 0 || self.is_stop(cx, p) {
                break;
            }
            let is_street = Self::is_street(p);
            let unit = first >= 2 && self.is_unit(cx, &win[first - 2]);
            let is_num = self.house_number_after(cx, win, first - 1, unit);
            if !(is_street || is_num || p.cap(cx) || cx.all_lower())
                || matches!(self.word(cx, p), "mai" | "hum" | "ham" | "me")
            {
                break;
            }
            street |= is_street;
            num |= is_num;
            cap |= p.cap(cx) && !is_street;
            first -= 1;
        }
        if first == k || !(street || num) || !(cap || cx.all_lower() || num) {
            return None;
        }
        Some(Cand {
            r: win[first].s..win[k - 1].e,
            kind: "address",
            conf: 0.7,
        })
    }

    fn school(&self, cx: &Cx<'_, '_>, win: &[Tok], tag: Tag, end: usize) -> Option<Cand> {
        let j0 = Self::after(win, end);
        let mut j = j0;
        let mut skipped = 0;
        while j + 1 < win.len()
            && skipped < 2
            && matches!(
                self.word(cx, &win[j]),
                "the"
                    | "a"
                    | "el"
                    | "la"
                    | "o"
                    | "le"
                    | "l"
                    | "die"
                    | "der"
                    | "das"
                    | "at"
                    | "in"
                    | "di"
                    | "no"
                    | "na"
                    | "em"
                    | "en"
                    | "au"
                    | "à"
                    | "is"
                    | "es"
                    | "é"
                    | "est"
                    | "ist"
                    | "adalah"
                    | "это"
                    | "в"
                    | "hai"
            )
        {
            j += 1;
            skipped += 1;
        }
        let (mut first, mut last) = (None, None);
        let (mut school, mut name, mut lower_name) = (false, false, false);
        let mut prev_school = false;
        let mut m = j;
        while m < win.len() && m < j + 7 {
            let x = &win[m];
            let gap_ok = if m == j0 {
                x.gap & G_STOP == 0
            } else {
                x.gap & !(G_SPACE | G_DOT | G_DASH | G_HASH) == 0
            };
            if !gap_ok {
                break;
            }
            let is_school = self.in_set(cx, x, SCHOOL_WORD);
            let good = if is_school {
                school = true;
                true
            } else if x.k == K::Num {
                // "SMP Negeri 1", "PS 118".
                if prev_school || first.is_some() {
                    name |= prev_school;
                    true
                } else {
                    false
                }
            } else if self.is_stop(cx, x) {
                false
            } else if x.cap(cx) {
                name = true;
                true
            } else if self.is_particle(cx, x) {
                first.is_some()
            } else if cx.all_lower() && !self.in_set(cx, x, GENERIC) {
                lower_name = true;
                true
            } else {
                false
            };
            if !good {
                break;
            }
            prev_school = is_school;
            if first.is_none() {
                first = Some(m);
            }
            if !self.is_particle(cx, x) || x.cap(cx) {
                last = Some(m);
            }
            m += 1;
        }
        let (first, last) = (first?, last?);
        let ok = (name && (school || tag.school == SCHOOL_MY)) || (lower_name && school);
        ok.then(|| Cand {
            r: win[first].s..win[last].e,
            kind: "school",
            conf: 0.75,
        })
    }

    /// "zip code: 10348", "CEP 01310-100"; `word`: where a postal word written as part
    /// of the code starts ("ΤΚ 287 28").
    fn postcode_after(
        &self,
        cx: &Cx<'_, '_>,
        win: &[Tok],
        code: bool,
        word: Range<usize>,
    ) -> Option<Cand> {
        let end = word.end;
        let mut j = Self::after(win, end);
        if win.get(j).is_some_and(|x| {
            matches!(
                self.word(cx, x),
                "is" | "es" | "é" | "est" | "ist" | "adalah" | "no" | "code" | "hai"
            )
        }) {
            j += 1;
        }
        let x = win.get(j)?;
        if x.gap & !(G_SPACE | G_COLON | G_DASH | G_DOT | G_HASH) != 0 {
            return None;
        }
        // Three digits (Taiwan, Iceland, Guinea) only after a postal word that says nothing
        // else: not "plz" (please), "cap", "pin" or "cp".
        let short = || {
            let next = win.get(j + 1);
            (x.e - x.s == 3
                && self.word(cx, x).bytes().all(|b| b.is_ascii_digit())
                && word.len() >= 7
                && next.is_none_or(|n| n.gap & G_SPACE != 0 || n.k == K::Word))
            .then_some(x.e)
        };
        let mut e = self.postcode_at(cx.t, x.s).or_else(short)?;
        // Letters after a space belong to the code only in capitals ("1234 AB"), not a
        // word of the sentence ("kode pos 8296 ya").
        if let Some(n) = win.get(j + 1) {
            if n.s < e && n.k == K::Word && n.gap & G_SPACE != 0 && !n.upper(cx) {
                let digits = x.e - x.s;
                let alone = self.word(cx, x).bytes().all(|b| b.is_ascii_digit())
                    && self
                        .shapes
                        .iter()
                        .any(|s| s.len() == digits && s.bytes().all(|b| b == b'9'));
                if !alone {
                    return None;
                }
                e = x.e;
            }
        }
        Some(Cand {
            r: if code { word.start } else { x.s }..e,
            kind: "postcode",
            conf: 0.8,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Digit runs: compound streets and coordinates

impl Address {
    /// Coordinates at digit runs, and where a compound street ends right before one, a
    /// Greek or Armenian name, a military routing line or a slashed Indian house number
    /// ([`named`]).
    fn digit_pass(
        &self,
        cx: &Cx<'_, '_>,
        cands: &mut Vec<Cand>,
        compounds: &mut Vec<usize>,
        postals: &mut Vec<(usize, usize)>,
        named: &mut Vec<(usize, named::Form)>,
    ) {
        let t = cx.t;
        let b = t.as_bytes();
        let mut i = 0;
        let mut done = 0;
        // Every run of digits (the byte before a found one is never a digit), with cheap
        // byte tests first that rule out what each reading needs.
        let mut digits = crate::detect::scan::Marks::new(b, cx.marks);
        while let Some(d) = digits.next(i) {
            i = d;
            let run_end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if i >= done {
                // Degrees: 1-3 digits, then decimals or a degree sign (C2 B0), or a whole
                // degree before a comma and decimals ("48, -4.1").
                if run_end - i <= 3
                    && (matches!(b.get(run_end), Some(b'.' | 0xC2)) || whole_degree(b, run_end))
                {
                    if let Some(c) = self.coordinates_at(cx, i) {
                        done = c.r.end;
                        cands.push(c);
                        i = run_end;
                        continue;
                    }
                }
                if let Some(ws) = self.compound_before(cx, i) {
                    compounds.push(ws);
                }
                // A Greek or Armenian street name before it, US military mail or a
                // slashed Indian house number: a space and a letter of another script (or
                // five digits) before it, or a slash after it, first.
                let after_word =
                    i >= 3 && b[i - 1] == b' ' && (b[i - 2] >= 0x80 || run_end - i == 5);
                if after_word || b.get(run_end) == Some(&b'/') {
                    named::note(b, i, run_end, named);
                }
                // Han and kana: a letter of those scripts right before.
                if i > 0 && b[i - 1] >= 0x80 {
                    if let Some(c) = cjk_address(t, i).map(|c| self.cjk_postcodes(t, c)) {
                        done = c.r.end;
                        cands.push(c);
                        i = run_end;
                        continue;
                    }
                }
                // A postcode of 5 or more characters after a word: maybe the end of an
                // address without a street word. Fewer than 5 digits reach 5 characters
                // only with a space or dash after them ("179 60", "54-519"), or four with
                // letters ("4830GA").
                let long = run_end - i >= 5
                    || matches!(b.get(run_end), Some(b' ' | b'-'))
                    || run_end - i == 4 && b.get(run_end).is_some_and(u8::is_ascii_alphabetic);
                // Four digits after a state's abbreviation ("..., NSW, 2430", "NT 0800"),
                // never a year ("Perth, WA 2024").
                let state = run_end - i == 4
                    && !(b[i..].starts_with(b"19") || b[i..].starts_with(b"20"))
                    && !b.get(run_end).is_some_and(u8::is_ascii_alphanumeric)
                    && self.region_before(t, i);
                if let Some(e) = (long || state).then(|| self.postcode_at(t, i)).flatten() {
                    if (e - i >= 5 || state)
                        && t[..i]
                            .trim_end_matches(&[' ', '-'][..])
                            .ends_with(|c: char| word_char(c) || c == ',')
                    {
                        postals.push((i, e));
                    }
                }
            }
            i = run_end;
        }
    }

    /// A state's abbreviation (`region` in the word table: "NSW", "VIC") ends right before
    /// `at`, after a space or comma.
    fn region_before(&self, t: &str, at: usize) -> bool {
        let before = t[..at].trim_end_matches(&[' ', ','][..]).as_bytes();
        let n = before
            .iter()
            .rev()
            .take(4)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        (2..=3).contains(&n)
            && before.len() > n
            && matches!(before[before.len() - n - 1], b' ' | b',')
            && self
                .classes
                .get(&t[before.len() - n..before.len()])
                .is_some_and(|&c| c & REGION != 0)
    }

    /// The start of a compound street word ("Hauptstraße", "Gina-Mude-Platz",
    /// "서초대609로") right before the number at `at`.
    fn compound_before(&self, cx: &Cx<'_, '_>, at: usize) -> Option<usize> {
        let t = cx.t;
        if alnum_before(t, at) {
            return None;
        }
        let before = t[..at].trim_end_matches(&[' ', ',', '.'][..]);
        if at - before.len() > 3 || before.is_empty() {
            return None;
        }
        // The word must end as a suffix does: its last two bytes first.
        let tail = before.as_bytes();
        if tail.len() < 2
            || self
                .suffix_tails
                .binary_search(&[tail[tail.len() - 2], tail[tail.len() - 1]])
                .is_err()
        {
            return None;
        }
        let mut ws = before.len();
        for (n, (i, c)) in before.char_indices().rev().enumerate() {
            if n > 40 {
                return None;
            }
            if word_char(c) || c == '-' {
                ws = i;
            } else {
                break;
            }
        }
        let word = &before[ws..];
        if word.is_empty() || word.starts_with('-') {
            return None;
        }
        let suffix = self.suffixes.iter().find(|s| {
            word.len() >= s.len() + 2
                && word.ends_with(*s)
                && word[..word.len() - s.len()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '-')
        })?;
        let first = word.chars().next()?;
        let hangul = suffix
            .chars()
            .next()
            .is_some_and(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c));
        if hangul {
            // Korean road names: "언주9길", or after a city / district ("구리시 영동대길").
            let prev_admin = t[..ws]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '구' | '군' | '시' | '동' | '읍' | '면'));
            if !(word.bytes().any(|c| c.is_ascii_digit()) || prev_admin) {
                return None;
            }
        } else if word.bytes().any(|c| c.is_ascii_digit()) {
            return None;
        } else if *suffix == "ring"
            && word[..word.len() - 4]
                .chars()
                .next_back()
                .is_some_and(|c| "aeiouytbp".contains(c))
        {
            // English words in -ring ("during", "string", "spring", "offering").
            return None;
        } else {
            let strong = matches!(
                *suffix,
                "straße" | "strasse" | "straat" | "gatan" | "vägen" | "platz" | "allee" | "gasse"
            );
            if !(capitalised(cx, ws, first) || (cx.all_lower() && strong)) {
                return None;
            }
        }
        Some(ws)
    }

    /// A latitude / longitude pair starting with the digit run at `at` (a sign before it
    /// belongs to it).
    fn coordinates_at(&self, cx: &Cx<'_, '_>, at: usize) -> Option<Cand> {
        let t = cx.t;
        let b = t.as_bytes();
        let mut start = at;
        if at > 0 && matches!(b[at - 1], b'-' | b'+') {
            start = at - 1;
        }
        if start > 0
            && (b[start - 1].is_ascii_alphanumeric()
                || matches!(b[start - 1], b'.' | b'-' | b'/' | b'_'))
        {
            return None;
        }
        if t[..start].chars().next_back().is_some_and(is_currency) {
            return None;
        }
        // Part of a list: "1.23456, 2.34567, 3.45678" (the first is checked on its own).
        let head = t[..start].trim_end_matches(&[' ', ',', ';'][..]);
        if head.len() < start && head.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let lat = degree(b, start)?;
        let mut i = lat.end;
        let sep_start = i;
        while i < b.len() && i < sep_start + 3 && matches!(b[i], b' ' | b',' | b';') {
            i += 1;
        }
        if i == sep_start {
            return None;
        }
        let lng = degree(b, i)?;
        let end = lng.end;
        let hemi = lat.hemi != 0 || lng.hemi != 0;
        if hemi && !(matches!(lat.hemi, b'n' | b's') && matches!(lng.hemi, b'e' | b'w')) {
            return None;
        }
        if lat.above(90) || lng.above(180) {
            return None;
        }
        // One part may be a whole degree ("48, -4.1") after a location word.
        let whole = lat.bare || lng.bare;
        if lat.bare && lng.bare {
            return None;
        }
        if lat.dms != lng.dms {
            return None;
        }
        // Not followed by more numbers of a list, except a maps zoom ("@lat,lng,15z").
        let rest = &b[end..];
        let more = rest
            .iter()
            .position(|c| !matches!(c, b' ' | b',' | b';'))
            .filter(|&p| p > 0 && rest[..p].iter().any(|c| matches!(c, b',' | b';')))
            .is_some_and(|p| rest[p].is_ascii_digit() || rest[p] == b'-');
        if more {
            let zoom = rest.get(1..).is_some_and(|r| {
                let d = r
                    .iter()
                    .take_while(|c| c.is_ascii_digit() || **c == b'.')
                    .count();
                d > 0 && r.get(d) == Some(&b'z')
            });
            if !zoom {
                return None;
            }
        }
        let precise = lat.decimals.max(lng.decimals) >= 4;
        let marker = start > 0 && matches!(b[start - 1], b'@' | b'=' | b'(');
        let context = marker || {
            let n = cx.hits.partition_point(|h| h.1.start < start);
            cx.hits[..n]
                .iter()
                .rev()
                .take(3)
                .any(|(tag, r)| (tag.geo || tag.live != 0) && r.end + 40 >= start)
        };
        if !(hemi || lat.dms || precise || context) {
            return None;
        }
        // A whole degree needs the location word right before the pair ("location: 48,
        // -4.1", not "the map has 12, 3.5 and 7 pins").
        if whole {
            let n = cx.hits.partition_point(|h| h.1.start < start);
            let right_before = n > 0 && {
                let (tag, r) = &cx.hits[n - 1];
                let between = t[r.end.min(start)..start].trim_matches(&[' ', ':', '='][..]);
                tag.geo && (between.is_empty() || between == "is")
            };
            if !right_before {
                return None;
            }
        }
        // "5, 10.5 km": distances, not a place.
        if !hemi && !precise {
            let rest = t[end..].strip_prefix(' ').unwrap_or("");
            let unit = &rest[..rest
                .bytes()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len())];
            if self.classes.get(unit).is_some_and(|&c| c & MEASURE != 0) {
                return None;
            }
        }
        Some(Cand {
            r: start..end,
            kind: "coordinates",
            conf: 0.9,
        })
    }
}

/// A comma at `i`, maybe a space and a sign, then digits with decimals: the longitude
/// after a whole degree ("48, -4.1").
fn whole_degree(b: &[u8], mut i: usize) -> bool {
    if b.get(i) != Some(&b',') {
        return false;
    }
    i += 1;
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    if matches!(b.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let d = b[i.min(b.len())..]
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=3).contains(&d) && b.get(i + d) == Some(&b'.')
}

/// Characters that follow a number in a Chinese or Japanese address: house (号 號 番 番地),
/// block (丁目), section, lane, alley, floor, building (座).
const CJK_COUNTERS: &[&str] = &[
    "丁目", "番地", "番", "号", "號", "段", "巷", "弄", "樓", "楼", "室", "栋", "棟", "座", "之",
];
/// Characters that end a street or district name before the numbers.
const CJK_PLACES: &[char] = &[
    '街', '路', '巷', '道', '弄', '町', '目', '区', '區', '市', '村', '里',
];
/// Characters that end a street's name (Beijing's hutongs end in 胡同).
const CJK_STREETS: &[char] = &['街', '路', '巷', '道', '弄', '同'];
/// Buildings named by a letter or number after a street: "建国路A座", "杭州街j座".
const CJK_BUILDINGS: &[char] = &['座', '栋', '棟'];

impl Address {
    /// A Chinese address's postcodes: one written before it, as in Taiwan ("10048
    /// 台北市..."), three, five or six digits; one after it ("... 705914").
    fn cjk_postcodes(&self, t: &str, mut c: Cand) -> Cand {
        let head = t[..c.r.start].trim_end_matches(' ');
        let b = head.as_bytes();
        let d = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        if matches!(d, 3 | 5 | 6) && !alnum_before(head, b.len() - d) {
            let p = b.len() - d;
            if !(p > 0 && matches!(b[p - 1], b'.' | b'/' | b'-' | b',' | b':' | b'+' | b'#')) {
                c.r.start = p;
            }
        }
        let rest = &t[c.r.end..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if gap > 0 && gap <= 2 {
            if let Some(e) = self.postcode_at(t, c.r.end + gap) {
                if e - (c.r.end + gap) >= 5 {
                    c.r.end = e;
                }
            }
        }
        c
    }

    /// "建国路A座", "杭州街j座": a building letter after a street (a number is read with
    /// the digits: "路8座"). Found from the byte classes: one ASCII letter between two
    /// characters that are not ASCII (a rare place), then `座` (or `栋`, `棟`).
    fn cjk_buildings(&self, t: &str, classes: &Classes, cands: &mut Vec<Cand>) {
        let b = t.as_bytes();
        let (alnum, high) = (&classes.alnum, &classes.high);
        let mut prev = 0u64;
        for (j, (&a, &h)) in alnum.iter().zip(high).enumerate() {
            // An ASCII letter or digit after a byte that is not ASCII (rare outside
            // scripts with accents, checked first), and before one.
            let mut at = a & (h << 1 | prev >> 63);
            prev = h;
            if at == 0 {
                continue;
            }
            at &= h >> 1 | high.get(j + 1).map_or(0, |n| n << 63);
            while at != 0 {
                let i = j * 64 + at.trailing_zeros() as usize;
                at &= at - 1;
                // Three-byte characters on both sides (Han is E4-E9 lead bytes).
                if i >= 3
                    && (0xE4..=0xE9).contains(&b[i - 3])
                    && b[i].is_ascii_alphabetic()
                    && t[i + 1..].starts_with(CJK_BUILDINGS)
                {
                    self.cjk_building(t, i, cands);
                }
            }
        }
    }

    /// [`Self::cjk_buildings`] at the letter `t[i]`, `座` after it.
    fn cjk_building(&self, t: &str, i: usize, cands: &mut Vec<Cand>) {
        let street = &t[..i];
        if !street
            .chars()
            .next_back()
            .is_some_and(|c| CJK_STREETS.contains(&c))
            || (street.ends_with('同') && !street.ends_with("胡同"))
        {
            return;
        }
        let Some(c) = cjk_place(t, i, i + 1 + '座'.len_utf8()) else {
            return;
        };
        // One character is no name ("路A座" alone).
        if t[c.r.start..i].chars().count() >= 2 {
            cands.push(self.cjk_postcodes(t, c));
        }
    }
}

/// "高田馬場37丁目8番17号", "古亭街8段615號1樓", "杭州路5号": numbers with address
/// counters after a street or district name written in Han characters.
fn cjk_address(t: &str, at: usize) -> Option<Cand> {
    let head = &t[..at];
    let place = head
        .chars()
        .next_back()
        .is_some_and(|c| CJK_PLACES.contains(&c))
        || head.ends_with("胡同");
    if !place && !head.chars().next_back().is_some_and(is_unspaced_script) {
        return None;
    }
    // Numbers and counters: "37丁目8番17号", at least one house counter.
    let b = t.as_bytes();
    let (mut i, mut end, mut house, mut parts) = (at, at, false, 0);
    while parts < 6 {
        let d = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 5 {
            break;
        }
        let Some(counter) = CJK_COUNTERS.iter().find(|c| t[i + d..].starts_with(**c)) else {
            break;
        };
        // A building after a street ("建国路8座") will do as a house.
        house |= matches!(*counter, "番" | "番地" | "号" | "號")
            || (place && parts == 0 && matches!(*counter, "座" | "栋" | "棟"));
        i += d + counter.len();
        end = i;
        parts += 1;
    }
    // After a street name one number will do ("杭州路5号"); otherwise a chain of them
    // ("37丁目8番17号").
    if !house || (!place && parts < 2) {
        return None;
    }
    cjk_place(t, at, end)
}

/// The address ending at `end` whose place name ends at `at`: up to 12 Han characters
/// before, not the words that introduce it ("我家在", "住所は").
fn cjk_place(t: &str, at: usize, end: usize) -> Option<Cand> {
    let start = t[..at]
        .char_indices()
        .rev()
        .take(12)
        .take_while(|&(_, c)| {
            is_unspaced_script(c) && !"在住是的到我你他她家はがをにでのへ".contains(c)
        })
        .last()
        .map_or(at, |(p, _)| p);
    Some(Cand {
        r: start..end,
        kind: "address",
        conf: 0.8,
    })
}

/// One coordinate read at `i`: its end, absolute value (whole degrees, and whether a
/// decimal digit after them is not 0), decimals, DMS form, hemisphere.
struct Degree {
    end: usize,
    int: u16,
    frac: bool,
    decimals: usize,
    dms: bool,
    hemi: u8,
    /// A whole number without a degree sign ("48"): a degree only next to decimals.
    bare: bool,
}

/// Reads "-122.2608", "40.4461° n" or "40°26'46\"n" at `i`.
fn degree(b: &[u8], i: usize) -> Option<Degree> {
    let mut p = i;
    if matches!(b.get(p), Some(b'-' | b'+')) {
        p += 1;
    }
    let int_start = p;
    while p < b.len() && b[p].is_ascii_digit() && p - int_start < 4 {
        p += 1;
    }
    let int_len = p - int_start;
    if int_len == 0 || int_len > 3 {
        return None;
    }
    // Integer arithmetic on the digits: no float parser in the wasm.
    let int = b[int_start..p]
        .iter()
        .fold(0u16, |n, &d| n * 10 + u16::from(d - b'0'));
    let mut frac = false;
    let mut decimals = 0;
    let mut dms = false;
    if b.get(p) == Some(&b'.') && b.get(p + 1).is_some_and(u8::is_ascii_digit) {
        let f = p + 1;
        p = f;
        while p < b.len() && b[p].is_ascii_digit() {
            p += 1;
        }
        decimals = p - f;
        if decimals > 10 {
            return None;
        }
        frac = b[f..p].iter().any(|&d| d != b'0');
    }
    // '°' is C2 B0 in UTF-8.
    let degree_sign = b.get(p..p + 2) == Some(&[0xC2, 0xB0]);
    if degree_sign {
        p += 2;
        if decimals == 0 {
            // Minutes and seconds: 26'46" (ASCII or prime marks).
            let q = p + usize::from(b.get(p) == Some(&b' '));
            let m = b[q..].iter().take_while(|c| c.is_ascii_digit()).count();
            if (1..=2).contains(&m) {
                let mut r = q + m;
                r += prime(&b[r..])?;
                let r2 = r + usize::from(b.get(r) == Some(&b' '));
                let s = b[r2..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit() || **c == b'.')
                    .count();
                if s > 0 {
                    if let Some(n) = second_mark(&b[r2 + s..]) {
                        r = r2 + s + n;
                    }
                }
                p = r;
                dms = true;
            }
        }
    }
    let mut hemi = 0;
    let q = p + usize::from(b.get(p) == Some(&b' '));
    if let Some(&h) = b.get(q) {
        if matches!(h, b'n' | b's' | b'e' | b'w')
            && !b.get(q + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            hemi = h;
            p = q + 1;
        }
    }
    if dms && hemi == 0 {
        return None;
    }
    Some(Degree {
        end: p,
        int,
        frac,
        decimals,
        dms,
        hemi,
        bare: !dms && !degree_sign && decimals == 0,
    })
}

impl Degree {
    /// Whether the value is above `limit` whole degrees.
    fn above(&self, limit: u16) -> bool {
        self.int > limit || (self.int == limit && self.frac)
    }
}

/// The length of a minutes mark (`'`, `′`, `’`) at the start of `b`.
fn prime(b: &[u8]) -> Option<usize> {
    if b.first() == Some(&b'\'') {
        Some(1)
    } else if b.starts_with("′".as_bytes()) || b.starts_with("’".as_bytes()) {
        Some(3)
    } else {
        None
    }
}

/// The length of a seconds mark (`"`, `″`, `”`, `''`) at the start of `b`.
fn second_mark(b: &[u8]) -> Option<usize> {
    if b.starts_with(b"''") {
        Some(2)
    } else if b.first() == Some(&b'"') {
        Some(1)
    } else if b.starts_with("″".as_bytes()) || b.starts_with("”".as_bytes()) {
        Some(3)
    } else {
        None
    }
}

/// The first `///` in `t` at or after `from` (a byte search for `/`: fast where a
/// substring search is not).
fn find_slashes(t: &str, mut from: usize) -> Option<usize> {
    let b = t.as_bytes();
    loop {
        let at = from + t[from..].find('/')?;
        if b.get(at + 1) == Some(&b'/') && b.get(at + 2) == Some(&b'/') {
            return Some(at);
        }
        from = at + 1;
    }
}

/// `///word.word.word`.
fn what3words(t: &str, cands: &mut Vec<Cand>) {
    let mut from = 0;
    while let Some(at) = find_slashes(t, from) {
        from = at + 3;
        if t[..at].ends_with(':') || t[..at].ends_with('/') {
            continue;
        }
        let mut i = at + 3;
        let mut ok = true;
        for n in 0..3 {
            let len: usize = t[i..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .map(char::len_utf8)
                .sum();
            if len == 0 {
                ok = false;
                break;
            }
            i += len;
            if n < 2 {
                if t.as_bytes().get(i) != Some(&b'.') {
                    ok = false;
                    break;
                }
                i += 1;
            }
        }
        let glued = t[i..].chars().next().is_some_and(char::is_alphanumeric)
            || (t[i..].starts_with('.')
                && t[i + 1..].chars().next().is_some_and(char::is_alphabetic));
        if ok && !glued {
            cands.push(Cand {
                r: at..i,
                kind: "what3words",
                conf: 0.95,
            });
            from = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(text: &str) -> Vec<(String, &'static str)> {
        let d = Address::new();
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        let ctx = Context::plain(false);
        d.detect(&n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .map(|c| (text[c.span.range()].to_string(), c.hit.kind.unwrap_or("")))
            .collect()
    }

    #[test]
    fn tables_parse() {
        let d = Address::new();
        assert!(d.suffixes.contains(&"straße"));
        assert!(d.classes.get("apt").is_some_and(|c| c & UNIT != 0));
        assert!(d.shapes.contains(&"A9A 9A9"));
        assert!(d.famous.contains(&"21 jump"));
        assert!(d.classes.get("since").is_some_and(|c| c & YEAR_WORD != 0));
    }

    #[test]
    fn postcode_shapes() {
        let d = Address::new();
        assert_eq!(d.postcode_at("sk2 4fg", 0), Some(7));
        assert_eq!(d.postcode_at("10001-1234 x", 0), Some(10));
        assert_eq!(d.postcode_at("1234 ab,", 0), Some(7));
        assert_eq!(d.postcode_at("01310-100", 0), Some(9));
        assert_eq!(d.postcode_at("12.5", 0), None);
    }

    #[test]
    fn coordinates_forms() {
        assert_eq!(
            finds("at 38.17492, -122.2608 now")[0].0,
            "38.17492, -122.2608"
        );
        assert_eq!(
            finds("40°26'46\"N 79°58'56\"W")[0].0,
            "40°26'46\"N 79°58'56\"W"
        );
        assert!(finds("costs 1.299, 2.499").is_empty());
        assert!(finds("1.5, 2.5").is_empty());
        assert!(finds("98.12345, 200.12345").is_empty());
        assert_eq!(finds("location: 48.25, 16.4")[0].0, "48.25, 16.4");
        // The range ends: 90 and 180 are in, anything past them is not.
        assert_eq!(finds("at 90.0000, 180.00 x")[0].0, "90.0000, 180.00");
        assert!(finds("at 90.0001, 10.12345 x").is_empty());
        assert!(finds("at 10.12345, 180.0000000001 x").is_empty());
    }

    #[test]
    fn streets_in_both_orders() {
        for (text, want) in [
            ("I live at 12 Main Street ok", "12 Main Street"),
            ("Calle Mayor 12", "Calle Mayor 12"),
            ("Rua Augusta, 1500", "Rua Augusta, 1500"),
            ("Hauptstraße 5", "Hauptstraße 5"),
            ("772, rue de Gautier", "772, rue de Gautier"),
        ] {
            let f = finds(text);
            assert_eq!(f.first().map(|x| x.0.as_str()), Some(want), "{text}");
        }
    }

    #[test]
    fn quiet_on_lookalikes() {
        for text in [
            "5 Street Fighter games",
            "I live at home",
            "meet at 5",
            "3 main ideas",
            "Chapter 12 Road to Glory",
            "route 66",
            "21 Jump Street",
            "Windows 10",
            "I go to school",
            "high school was fun",
        ] {
            assert!(finds(text).is_empty(), "{text}: {:?}", finds(text));
        }
    }

    #[test]
    fn adversarial_units_stay_linear() {
        let d = Address::new();
        for unit in [
            "12 Main Street ",
            "street ",
            "1 ",
            "i live at ",
            "///a.b.c",
            "40.1234, ",
            "Calle ",
            "no. 5 ",
            "Hauptstraße 5 ",
            "h.no 1 ",
            "I go to Lincoln High School ",
            "ab@cd.",
            "1 Ab, Cd 12345, ",
            "12345 ",
            "路5号",
            "高田37丁目",
            "杭州路A座",
            "ք. Ա, Բ 5 ",
            "B1 L2 Ab St ",
            "Room 1 Ab Tower 2, ",
            "7/34 Hẻm 95 ",
            "my address is 5 जय ",
            "Sítio Ab, Cd, 18150-000 ",
            "ΤΚ 287 28 ",
            "Κρύας Βρύσης 9 ",
            "Ա 1 ",
            "PSC 1, Box 2, APO AE 12345 ",
            "APO AE 12345 ",
            "40/588 द्विवेदी ",
            "2193-A ",
        ] {
            let text = unit.repeat((1 << 20) / unit.len());
            let n = Normalized::new(&text);
            let mut sink = Sink::new(&text);
            let ctx = Context::plain(false);
            let t = std::time::Instant::now();
            d.detect(&n, &ctx, &mut sink);
            let took = t.elapsed();
            eprintln!("{unit:?}: {took:?}, {} found", sink.into_candidates().len());
            assert!(
                took < std::time::Duration::from_secs(8),
                "{unit:?}: {took:?}"
            );
        }
    }

    /// `cargo test --release --lib address::tests::throughput -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn throughput() {
        let t = std::time::Instant::now();
        let d = Address::new();
        eprintln!("built in {:?}", t.elapsed());
        let medium = include_str!("../../../benches/workload/medium.jsonl");
        let mut text = String::new();
        while text.len() < 4 << 20 {
            for line in medium.lines() {
                text.push_str(line);
                text.push('\n');
            }
        }
        let n = Normalized::new(&text);
        let ctx = Context::plain(false);
        let (mut words, mut all) = (f64::MAX, f64::MAX);
        for _ in 0..5 {
            let t = std::time::Instant::now();
            std::hint::black_box(d.lex.find(n.folded().text(), n.classes()).len());
            words = words.min(t.elapsed().as_secs_f64());
            let t = std::time::Instant::now();
            let mut sink = Sink::new(&text);
            d.detect(&n, &ctx, &mut sink);
            all = all.min(t.elapsed().as_secs_f64());
        }
        let tsv = data!("src/data/address_words.tsv");
        let entries: Vec<&str> = tsv
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| {
                [
                    "street", "area", "house", "live", "school", "postword", "geoword",
                ]
                .iter()
                .any(|c| l.starts_with(&format!("{c}\t")))
            })
            .flat_map(|l| l.split('\t').nth(3).unwrap().split('|'))
            .collect();
        let lex = crate::detect::lexicon::Lexicon::new(entries.iter().map(|w| (*w, ())));
        let mut lexicon = f64::MAX;
        let mut plain = f64::MAX;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            std::hint::black_box(lex.find(n.folded().text()).count());
            lexicon = lexicon.min(t.elapsed().as_secs_f64());
            let t = std::time::Instant::now();
            std::hint::black_box(
                n.folded()
                    .text()
                    .bytes()
                    .filter(|b| b.is_ascii_alphanumeric())
                    .count(),
            );
            plain = plain.min(t.elapsed().as_secs_f64());
        }
        let mb = text.len() as f64 / 1e6;
        eprintln!(
            "a Lexicon of the same words {:.0} MB/s, counting letters {:.0} MB/s",
            mb / lexicon,
            mb / plain
        );
        eprintln!("words {:.0} MB/s, detect {:.0} MB/s", mb / words, mb / all);
    }
}
