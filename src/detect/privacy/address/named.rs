//! Addresses that carry no street word but whose form says what they are:
//!
//! * Greek and Armenian streets named in the genitive or after a family name ("Ολύμπων
//!   51", "Κρύας Βρύσης 932-124", "Καραμανλή 540", "Բեյրութի 745", "Իսահակյան 8"): both
//!   languages drop the street word in everyday writing ("οδός Ερμού" is written "Ερμού
//!   12"), and their street names are the genitive of a person or place ("of Hermes") or,
//!   in Armenian, a family name in -յան. A capitalised word of that form right before a
//!   house number is an address; a capitalised word in the nominative ("Κεφάλαιο 5",
//!   "Ολυμπιακός 2") is not, nor a counter in the genitive ("Κεφαλαίου 5", `counter` in
//!   the word table), a year, a score ("Ολυμπιακού 2 - 1"), or a number glued to a case
//!   ending ("Մայիսի 5-ին").
//! * US military mail: a unit or Post Service Center and a box, or a ship, before
//!   "APO" / "FPO" / "DPO", the region ("AA", "AE", "AP") and the ZIP code ("PSC 8662,
//!   Box 2908, APO AP 06733", "Unit 7898 Box 8018, DPO AE 04633", "USNS Vance, FPO AE
//!   49128"). The routing line alone names a region, as a ZIP code does, and stays quiet.
//!
//! * An Indian house number written with a slash ("40/588", "69/22") before names in an
//!   Indian script ("40/588 द्विवेदी", "80/59 யோகமலர்"): the flat or plot and the house,
//!   as India numbers them. The pair must be no date ("12/05"), month and year
//!   ("05/2024"), season ("2023/24"), cricket score ("245/6": ten wickets at most), ratio
//!   or fraction ("16/9", "50/50"), and a measure or count after it ("85/100 अंक") ends it.
//!
//! All are found from the digit pass after a byte test ([`named_before`],
//! [`military_before`], [`slashed_before`]), so text without them pays a few comparisons
//! per digit run.

use super::{Address, Cand, Cx, Tok, COUNTER, G_COLON, G_COMMA, G_DASH, G_SLASH, G_SPACE, K};
use super::{MEASURE, STOP, UNIT};

/// The script of a street name read here.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Greek,
    Armenian,
}

fn script(w: &str) -> Option<Script> {
    match w.chars().next()? {
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Some(Script::Greek),
        '\u{0531}'..='\u{058F}' => Some(Script::Armenian),
        _ => None,
    }
}

/// Greek genitive endings (folded, accents kept): masculine and neuter "-ου", plural
/// "-ων", masculine "-η" (of "-ης": "Καραμανλή"), feminine "-ας" / "-ης" ("Κρύας
/// Βρύσης").
const GREEK_GENITIVE: &[&str] = &["ου", "ού", "ων", "ών", "η", "ή", "ης", "ής", "ας", "άς"];

/// Armenian: the genitive "-ի" / "-ու" ("Բեյրութի", "Երևանցու") and family names in
/// "-յան" / "-յանց" ("Իսահակյան").
const ARMENIAN_NAME: &[&str] = &["ի", "ու", "յան", "յանց"];

/// What a digit run found by the byte tests may be.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// After a Greek or Armenian word ([`named_before`]).
    Named,
    /// A military ZIP code ([`military_before`]).
    Military,
    /// A slashed house number before an Indian script ([`slashed_before`]).
    Slashed,
}

/// Notes in `named` what the digit run at `i..run` of `b` may be, by the bytes around
/// it; kept out of line and cold so the digit pass stays tight.
#[cold]
#[inline(never)]
pub(super) fn note(b: &[u8], i: usize, run: usize, named: &mut Vec<(usize, Form)>) {
    let form = if named_before(b, i) {
        Form::Named
    } else if military_before(b, i, run - i) {
        Form::Military
    } else if slashed_before(b, i, run) {
        Form::Slashed
    } else {
        return;
    };
    named.push((i, form));
}

/// The digit run at `i..run` of `b` is a slashed number ("40/588") followed by a space and
/// a letter of an Indian script (U+0900-U+0DFF: E0 A4-B7 in UTF-8).
fn slashed_before(b: &[u8], i: usize, run: usize) -> bool {
    if run - i > 4 || b.get(run) != Some(&b'/') {
        return false;
    }
    let e = run
        + 1
        + b[run + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
    (2..=4).contains(&(e - run - 1))
        && b.get(e) == Some(&b' ')
        && b.get(e + 1) == Some(&0xE0)
        && b.get(e + 2).is_some_and(|c| (0xA4..=0xB7).contains(c))
}

/// The digit run at `i` of `b` follows a space and a letter of Greek or Armenian (their
/// UTF-8 lead bytes CE-CF and D4-D6): maybe "Ολύμπων 51".
fn named_before(b: &[u8], i: usize) -> bool {
    i >= 3
        && b[i - 1] == b' '
        && (0x80..=0xBF).contains(&b[i - 2])
        && matches!(b[i - 3], 0xCE | 0xCF | 0xD4..=0xD6)
}

/// The digit run at `i` of `b` (five digits) follows "apo ", "fpo " or "dpo " and a
/// military region ("aa ", "ae ", "ap "), in the folded text.
fn military_before(b: &[u8], i: usize, run: usize) -> bool {
    run == 5
        && i >= 7
        && b[i - 1] == b' '
        && b[i - 4] == b' '
        && matches!(&b[i - 3..i - 1], b"aa" | b"ae" | b"ap")
        && matches!(&b[i - 7..i - 4], b"apo" | b"fpo" | b"dpo")
        && (i == 7 || !b[i - 8].is_ascii_alphanumeric())
}

impl Address {
    /// A Greek or Armenian street name with no street word before the house number at
    /// token `j`.
    #[inline(never)]
    pub(super) fn named(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> Option<Cand> {
        let x = &win[j];
        if j == 0 || x.gap != G_SPACE || !self.house_number(cx, win, j) {
            return None;
        }
        let w = self.word(cx, x).as_bytes();
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 4 || digits == 4 && (w.starts_with(b"19") || w.starts_with(b"20")) {
            return None;
        }
        if score(w) {
            return None;
        }
        let p = &win[j - 1];
        let name = self.word(cx, p);
        let script = script(name)?;
        if let Some(n) = win.get(j + 1) {
            // "Մայիսի 5-ին", "2:1", "2 - 1": a case ending, a time or a score.
            let glued = n.gap & G_SPACE == 0 && n.gap & (G_DASH | G_COLON | G_SLASH) != 0;
            let score = n.k == K::Num && n.gap & (G_DASH | G_COLON) != 0;
            // "του Ολυμπιακού 3 παίκτες", "Հայաստանի 3 քաղաքները": a genitive owns the
            // things the number counts, written next in the same script and in lower case.
            let counted = n.k == K::Word
                && n.gap == G_SPACE
                && self::script(self.word(cx, n)) == Some(script)
                && !n.upper(cx)
                && !self.in_set(cx, n, STOP);
            // "Αγίου Νικολάου 6 Δεκεμβρίου": a day and its month.
            let date = self.in_set(cx, n, COUNTER);
            if glued || score || counted || date {
                return None;
            }
        }
        let endings = match script {
            Script::Greek => GREEK_GENITIVE,
            Script::Armenian => ARMENIAN_NAME,
        };
        if !self.name_word(cx, p, script) || !endings.iter().any(|e| name.ends_with(e)) {
            return None;
        }
        // One or two more capitalised names before it ("Μεγάλης Βρύσης", "Սիմեոն
        // Երևանցու"), in the same script.
        let mut first = j - 1;
        while first > 0
            && j - 1 - first < 2
            && win[first].gap == G_SPACE
            && self.name_word(cx, &win[first - 1], script)
        {
            first -= 1;
        }
        // A number right before the name: a date or a score ("5 Μαΐου 12", "ΑΕΚ 1
        // Ολυμπιακού 2"). A masculine or plural article: a team or a person owns what
        // the number says ("η νίκη του Ολυμπιακού 2"); a street is feminine ("της
        // Ερμού", for η οδός).
        if first > 0
            && win[first].gap == G_SPACE
            && (win[first - 1].k == K::Num
                || matches!(self.word(cx, &win[first - 1]), "του" | "των"))
        {
            return None;
        }
        let (last, _) = self.extend_right(cx, win, j);
        Some(Cand {
            r: win[first].s..win[last].e,
            kind: "address",
            conf: 0.75,
        })
    }

    /// "40/588 द्विवेदी": a slashed house number at token `k` and 1-3 names in an Indian
    /// script after it.
    #[inline(never)]
    pub(super) fn slashed(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Cand> {
        if !self.house_number(cx, win, k) {
            return None;
        }
        let w = self.word(cx, &win[k]).as_bytes();
        let mut parts = w.split(|&c| c == b'/');
        let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        let num = |p: &[u8]| -> Option<u32> {
            (!p.is_empty() && p.len() <= 4 && p.iter().all(u8::is_ascii_digit))
                .then(|| p.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
        };
        let (x, y) = (num(a)?, num(b)?);
        let year = |p: &[u8]| p.len() == 4 && (p.starts_with(b"19") || p.starts_with(b"20"));
        let date = (1..=31).contains(&x) && (1..=12).contains(&y)
            || (1..=12).contains(&x) && (1..=31).contains(&y);
        if b.len() < 2 || y <= 10 || x == y || date || year(a) || year(b) {
            return None;
        }
        let mut last = k;
        while last + 1 < win.len() && last - k < 3 {
            let n = &win[last + 1];
            let indic = self
                .word(cx, n)
                .chars()
                .next()
                .is_some_and(|c| ('\u{0900}'..='\u{0DFF}').contains(&c));
            if n.gap != G_SPACE
                || n.k != K::Word
                || !indic
                || self.in_set(cx, n, STOP | COUNTER | MEASURE | UNIT)
            {
                break;
            }
            last += 1;
        }
        (last > k).then(|| Cand {
            r: win[k].s..win[last].e,
            kind: "address",
            conf: 0.75,
        })
    }

    /// A capitalised word of `script` that can name a street: no stop, counter, measure
    /// or unit word.
    fn name_word(&self, cx: &Cx<'_, '_>, x: &Tok, script: Script) -> bool {
        x.k == K::Word
            && self::script(self.word(cx, x)) == Some(script)
            && x.hit.is_none()
            && x.upper(cx)
            && !self.in_set(cx, x, STOP | COUNTER | MEASURE | UNIT)
    }

    /// US military mail ending with the ZIP code at token `k`: "PSC 8662, Box 2908, APO
    /// AP 06733", "Unit 7898 Box 8018, DPO AE 04633", "USS Vance, FPO AE 49128".
    #[inline(never)]
    pub(super) fn military(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Cand> {
        if k < 4 || win[k].gap != G_SPACE || win[k - 1].gap != G_SPACE {
            return None;
        }
        let set_off = win[k - 2].gap & !(G_SPACE | G_COMMA) == 0 && win[k - 2].gap != 0;
        if !set_off {
            return None;
        }
        let is = |i: usize, words: &[&str]| {
            win[i].k == K::Word && words.contains(&self.word(cx, &win[i]))
        };
        let numbered = |i: usize, words: &[&str]| {
            i >= 1
                && win[i].k == K::Num
                && win[i].gap & !(G_SPACE | G_HASH_OR_DOT) == 0
                && win[i].gap & G_SPACE != 0
                && is(i - 1, words)
        };
        let mut first = None;
        // "Box 2908", then "PSC 8662" / "Unit 7898" / "CMR 402" before it.
        if numbered(k - 3, &["box"]) {
            let b = k - 4;
            first = Some(b);
            if b >= 2
                && win[b].gap & !(G_SPACE | G_COMMA) == 0
                && numbered(b - 1, &["psc", "unit", "cmr"])
            {
                first = Some(b - 2);
            }
        } else {
            // A ship: "USS Vance", "USNS Brown", "USCGC Hope".
            let mut m = k - 3;
            let mut names = 0;
            while names < 3
                && m > 0
                && win[m].k == K::Word
                && win[m].upper(cx)
                && !is(m, &["uss", "usns", "uscgc"])
            {
                if win[m].gap != G_SPACE {
                    return None;
                }
                names += 1;
                m -= 1;
            }
            if names > 0 && is(m, &["uss", "usns", "uscgc"]) && win[m].upper(cx) {
                first = Some(m);
            }
        }
        let first = first?;
        Some(Cand {
            r: win[first].s..win[k].e,
            kind: "address",
            conf: 0.85,
        })
    }
}

/// A score written as a house number's range: two one-digit numbers ("2-1"), or two
/// two-digit ones the first not below the second ("85-78"); a range of house numbers
/// runs upwards ("51-66") or has longer parts ("932-124").
fn score(w: &[u8]) -> bool {
    let mut parts = w.split(|&b| b == b'-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let digits = |p: &[u8]| !p.is_empty() && p.iter().all(u8::is_ascii_digit);
    if !(digits(a) && digits(b)) {
        return false;
    }
    (a.len() == 1 && b.len() == 1) || (a.len() == 2 && b.len() == 2 && a >= b)
}

/// Separators a unit's number may follow ("Box #12", "Unit. 5").
const G_HASH_OR_DOT: u16 = super::G_HASH | super::G_DOT;
