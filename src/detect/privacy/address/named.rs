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
//! All are found from the digit pass after a byte test ([`note`]), so text without them
//! pays a few comparisons per digit run.

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

/// What a digit run found by the byte tests of [`note`] may be.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// After a Greek or Armenian word.
    Named,
    /// A military ZIP code.
    Military,
    /// A slashed house number before an Indian script.
    Slashed,
}

/// Notes in `named` what the digit run at `i..run` of `b` may be, by the bytes around
/// it: after a space and a letter of Greek or Armenian (UTF-8 lead bytes CE-CF, D4-D6),
/// maybe "Ολύμπων 51"; five digits after "apo " / "fpo " / "dpo " and a region ("aa ",
/// "ae ", "ap ") in the folded text, military mail; a slashed number ("40/588") before a
/// space and a letter of an Indian script (U+0900-U+0DFF: E0 A4-B7). Kept out of line and
/// cold so the digit pass stays tight.
#[cold]
#[inline(never)]
pub(super) fn note(b: &[u8], i: usize, run: usize, named: &mut Vec<(usize, Form)>) {
    let before = &b[i.saturating_sub(8)..i];
    let n = before.len();
    let form = if n >= 3
        && before[n - 1] == b' '
        && (0x80..=0xBF).contains(&before[n - 2])
        && matches!(before[n - 3], 0xCE | 0xCF | 0xD4..=0xD6)
    {
        Form::Named
    } else if run - i == 5
        && n >= 7
        && matches!(
            &before[n - 7..],
            [
                b'a' | b'f' | b'd',
                b'p',
                b'o',
                b' ',
                b'a',
                b'a' | b'e' | b'p',
                b' '
            ]
        )
        && (n == 7 || !before[0].is_ascii_alphanumeric())
    {
        Form::Military
    } else {
        let after = &b[run..b.len().min(run + 8)];
        let digits = after
            .iter()
            .skip(1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(run - i <= 4
            && after.first() == Some(&b'/')
            && (2..=4).contains(&digits)
            && after.get(digits + 1..digits + 3) == Some(&b" \xE0"[..])
            && after
                .get(digits + 3)
                .is_some_and(|c| (0xA4..=0xB7).contains(c)))
        {
            return;
        }
        Form::Slashed
    };
    named.push((i, form));
}

impl Address {
    /// The reading of the digit run noted as `form` at token `k`.
    #[inline(never)]
    pub(super) fn named_at(
        &self,
        cx: &Cx<'_, '_>,
        win: &[Tok],
        k: usize,
        form: Form,
    ) -> Option<Cand> {
        match form {
            Form::Named => self.named(cx, win, k),
            Form::Military => self.military(cx, win, k),
            Form::Slashed => self.slashed(cx, win, k),
        }
    }

    /// A Greek or Armenian street name with no street word before the house number at
    /// token `j`.
    fn named(&self, cx: &Cx<'_, '_>, win: &[Tok], j: usize) -> Option<Cand> {
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
        // Ερμού", for η οδός). "κατά": "according to" ("κατά Ματθαίου 5", a gospel).
        if first > 0
            && win[first].gap == G_SPACE
            && (win[first - 1].k == K::Num
                || matches!(self.word(cx, &win[first - 1]), "του" | "των" | "κατά"))
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
    fn slashed(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Cand> {
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
    fn military(&self, cx: &Cx<'_, '_>, win: &[Tok], k: usize) -> Option<Cand> {
        if k < 4 || win[k].gap != G_SPACE || win[k - 1].gap != G_SPACE {
            return None;
        }
        let set_off = win[k - 2].gap & !(G_SPACE | G_COMMA) == 0 && win[k - 2].gap != 0;
        if !set_off {
            return None;
        }
        // "PSC 8662, Box 2908", "Unit 7898 Box 8018": unit words and their numbers.
        let mut first = self.extend_left(cx, win, k - 2);
        if first == k - 2 {
            // A ship: "USS Vance", "USNS Brown", "USCGC Hope".
            let ship = |m: usize| {
                win[m].upper(cx) && matches!(self.word(cx, &win[m]), "uss" | "usns" | "uscgc")
            };
            let mut m = k - 3;
            while m > 0 && k - 3 - m < 3 && win[m].gap == G_SPACE && !ship(m) {
                m -= 1;
            }
            if m == k - 3 || !ship(m) {
                return None;
            }
            first = m;
        }
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
