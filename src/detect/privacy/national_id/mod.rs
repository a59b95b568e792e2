//! `privacy.national_id`: national and government id numbers, table-driven.
//!
//! Each written form of an id is a row of `src/data/national_ids.tsv`: its kind, its
//! shape in a small pattern language (digits, letters, fixed letter sets, separators that
//! may be left out; described in `src/data/README.md`), a check by name (`checks.rs`:
//! check digits where the format has them, the issuer's structure rules otherwise) and
//! whether it needs an id word nearby. Adding a country is adding a row (and, for a new checksum,
//! one function). The id words are `src/data/national_id_words.tsv`, one [`Lexicon`](crate::detect::lexicon::Lexicon).
//!
//! What is caught:
//! * Formatted values with a check or a published structure fire alone: US SSN
//!   `123-45-6789` (area, group, serial rules) and ITIN, Brazilian CPF `000.000.000-00` and
//!   CNPJ `00.000.000/0000-00` (both check digits), Pakistani CNIC `00000-0000000-0`,
//!   Aadhaar in 4-4-4 groups (Verhoeff), South African and Chinese ids in groups, Thai
//!   ids `0-0000-00000-00-0` (mod 11), Malaysian MyKad `YYMMDD-PB-####` (date, birth place).
//! * Letter-and-digit patterns fire alone: Indian PAN (holder-type letter), Mexican CURP
//!   (date and check digit), UK National Insurance numbers (prefix rules), Spanish DNI and
//!   NIE (check letter), Italian codice fiscale (omocodia letters, check letter), and
//!   Chinese resident ids of 18 characters (province, date of birth, ISO 7064 MOD 11-2).
//! * Bare digit runs only next to an id word, and only when their check holds: a general
//!   word ("id number", "cédula", "kimlik", "هوية") or the kind's own word ("CPF",
//!   "Aadhaar", "आधार", "PESEL"). A bare SSN (no check digit) and a Canadian SIN in any form
//!   (3-3-3 is how Spanish mobiles are written) need their own word ("SSN", "SIN number"). Formats without a check digit (Nigerian NIN, Bangladeshi NID,
//!   Indonesian NIK, Egyptian id, passports) need their own word ("NIN", "KTP",
//!   "الرقم القومي", "passport", "pasaporte", "паспорт", "护照", ...).
//!
//! What is deliberately not caught, and why:
//! * A bare 9-16 digit run without an id word, even when a checksum holds: one in ten
//!   random numbers passes Luhn or Verhoeff, one in a hundred passes the CPF or TCKN
//!   digits, and chat is full of phone, order and account numbers of those lengths. The
//!   11-digit TCKN and NIN clash with phone numbers (Turkish and Nigerian mobiles have 11
//!   digits, Chinese ones too), the 16-digit NIK with card numbers, 13-digit CNIC and
//!   South African ids with EAN-13 barcodes: all need the word.
//! * An "id" of something else: "order id", "user id", "game id" ... are entries of the
//!   word table that hide the "id" inside them.
//! * Kinds are not told apart when a value fits two: the first row wins (a 12-digit
//!   Japanese My Number that passes Verhoeff in 4-4-4 groups is reported as an Aadhaar).
//! * A value glued to other text: letters or digits right before or after it, `#`, `+`,
//!   `@`, `/` before it (order numbers, phone numbers, URLs), another digit group after a
//!   space (a longer grouped number), or `-` `.` `/` and more characters after it.
//! * Passports without the word: passport numbers are a few letters and digits with no
//!   public check digit outside the machine-readable zone.
//!
//! The scan wakes at digit runs only (every row has digits), steps back at most
//! [`LOOKBACK`] bytes to where a value may start (a codice fiscale has six letters before
//! its first digit), and tries only the rows whose leading run of digits or letters fits
//! the run found there. Id words are looked for only when a candidate needs one, and only
//! in a window of about a hundred bytes around it, so every candidate costs a bounded
//! amount of work. Measured alone in a release build: about 750 MB/s on the long pastes
//! of the benchmark workload, 0.1 µs per short message.

pub(crate) mod checks;
#[cfg(test)]
mod table;

use crate::detect::chars::is_unspaced_script;
use crate::detect::lexicon::{ceil_boundary, floor_boundary, Lexicon};
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use checks::Check;

// The tables, parsed by build.rs (see `national_id/table.rs`): `ROWS`, `WORDS` and
// `WORD_TAGS`, `BY_RUN`, `BY_FIRST` and `BY_DIGITS`.
include!(concat!(env!("OUT_DIR"), "/national_id_tables.rs"));

/// How far before a digit run a value may start.
const LOOKBACK: usize = 16;
/// The longest value, in letters and digits.
const MAX_LEN: usize = 24;
/// The most repeats of one token (`{m,n}`).
const MAX_REPEAT: usize = 9;
/// How far (bytes of the folded view) an id word may end before a value.
const WORD_BEFORE: usize = 48;
/// How far after a value an id word may start ("12345678909 is my CPF").
const WORD_AFTER: usize = 32;
/// How far the id-word window is widened to take in whole words.
const WORD_WIDEN: usize = 32;
/// The tag bit of general id words.
const GENERAL: u32 = 1 << 31;

/// Bits of the classes a shape token accepts: 0-9 digits, 10-35 letters (the build's
/// `table.rs` names those sets), then separators.
const SPACE: u64 = 1 << 36;
const DASH: u64 = 1 << 37;
const DOT: u64 = 1 << 38;
const SLASH: u64 = 1 << 39;
const SEPARATORS: u64 = SPACE | DASH | DOT | SLASH;

/// One token of a shape: a set of classes, repeated `min..=max` times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Token {
    set: u64,
    min: u8,
    max: u8,
}

/// What a row needs around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    /// Nothing: fires alone.
    Nothing,
    /// A general id word or one of its kind.
    AnyWord,
    /// A word of its kind.
    OwnWord,
}

/// One written form of an id.
struct Row {
    kind: &'static str,
    shape: &'static [Token],
    check: Check,
    needs: Needs,
    /// This kind's bit in the word tags.
    bit: u32,
}

/// The national id detector.
pub(crate) struct NationalId {
    rows: &'static [Row],
    /// Id words, tagged with kind bits ([`GENERAL`] for general words, 0 for phrases
    /// that are not id words).
    words: Lexicon<u32>,
    /// The rows a start may match, as bits (row `k` is bit `k`), found before any
    /// matching: by the length of the run of digits (`[0]`), letters (`[1]`) or both
    /// (`[2]`) at the start (rows whose leading run of that class may be that long), and
    /// by the class of the
    /// first character.
    by_run: [[u128; MAX_LEN + 2]; 3],
    by_first: [u128; 40],
    /// By the digits in the run of digits and separators at a digit start: the rows that
    /// take letters, and the rows of digits and separators that need no more digits.
    by_digits: [u128; MAX_LEN + 2],
}

impl NationalId {
    pub(crate) fn new() -> NationalId {
        NationalId {
            rows: &ROWS,
            words: Lexicon::new(crate::detect::coded::rows(WORDS).zip(WORD_TAGS.iter().copied())),
            by_run: BY_RUN,
            by_first: BY_FIRST,
            by_digits: BY_DIGITS,
        }
    }
}

/// The class bit of a digit or letter (either case) in a shape's `[..]`.
fn class_bit(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        _ => None,
    }
}

/// The class bit and byte length of the character at `p` of the view.
fn class_at(b: &[u8], p: usize) -> Option<(u32, usize)> {
    let c = *b.get(p)?;
    match c {
        b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => Some((class_bit(c)?, 1)),
        b' ' => Some((36, 1)),
        b'-' => Some((37, 1)),
        b'.' => Some((38, 1)),
        b'/' => Some((39, 1)),
        // U+2010..U+2015 (hyphens and dashes) and U+2212 (minus): a dash.
        0xE2 => match (b.get(p + 1), b.get(p + 2)) {
            (Some(0x80), Some(0x90..=0x95)) | (Some(0x88), Some(0x92)) => Some((37, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// The letters and digits of a value being matched, lower case.
struct Compact {
    bytes: [u8; MAX_LEN],
    len: usize,
}

/// Matches `tokens` at `pos`, then the end rule; returns the value's end. Backtracks
/// over repeat counts (greedy first); shapes are short and at most a few tokens vary.
fn match_tokens(tokens: &[Token], t: &str, pos: usize, value: &mut Compact) -> Option<usize> {
    let b = t.as_bytes();
    let mut pos = pos;
    let mut rest = tokens;
    // Tokens taken exactly once need no backtracking: walk them in a loop.
    while let Some((tok, after)) = rest.split_first() {
        if tok.min != 1 || tok.max != 1 {
            break;
        }
        let (bit, len) = class_at(b, pos)?;
        if tok.set >> bit & 1 == 0 {
            return None;
        }
        if bit < 36 {
            if value.len == MAX_LEN {
                return None;
            }
            value.bytes[value.len] = b[pos].to_ascii_lowercase();
            value.len += 1;
        }
        pos += len;
        rest = after;
    }
    let Some((tok, rest)) = rest.split_first() else {
        return ends_cleanly(t, pos).then_some(pos);
    };
    let alnum = tok.set & SEPARATORS == 0;
    let start_len = value.len;
    let mut ends = [0usize; MAX_REPEAT + 1];
    ends[0] = pos;
    let mut k = 0;
    let mut p = pos;
    while k < usize::from(tok.max) {
        match class_at(b, p) {
            Some((bit, len)) if tok.set >> bit & 1 == 1 => {
                if alnum {
                    if value.len == MAX_LEN {
                        break;
                    }
                    value.bytes[value.len] = b[p].to_ascii_lowercase();
                    value.len += 1;
                }
                p += len;
                k += 1;
                ends[k] = p;
            }
            _ => break,
        }
    }
    let min = usize::from(tok.min);
    if k >= min {
        for j in (min..=k).rev() {
            value.len = start_len + if alnum { j } else { 0 };
            if let Some(end) = match_tokens(rest, t, ends[j], value) {
                return Some(end);
            }
        }
    }
    value.len = start_len;
    None
}

/// A letter or digit that glues to a value: not one of a script written without spaces
/// ("身份证号230307..." is a word and then a number).
fn word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() && !is_unspaced_script(c))
}

/// Whether a value may start at `s`: a letter or digit not glued to what comes before
/// (a word, `#`, `+`, `@`, a path, a longer grouped number).
fn starts_cleanly(t: &str, s: usize) -> bool {
    let b = t.as_bytes();
    if !b[s].is_ascii_alphanumeric() || s == 0 {
        return s == 0 && b[s].is_ascii_alphanumeric();
    }
    let prev = b[s - 1];
    let before = s.checked_sub(2).map(|i| b[i]);
    if prev.is_ascii_alphanumeric() || (!prev.is_ascii() && word_char(t[..s].chars().next_back())) {
        return false;
    }
    match prev {
        b'#' | b'+' | b'@' | b'_' | b'/' | b'\\' | b'=' | b'&' | b'$' | b'%' | b'*' => false,
        b'-' | b'.' | b',' => !before.is_some_and(|c| c.is_ascii_alphanumeric()),
        b' ' => !before.is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

/// Whether a value may end at `e`: not followed by a letter or digit, by a separator and
/// more of the same run, or by another digit group.
fn ends_cleanly(t: &str, e: usize) -> bool {
    let b = t.as_bytes();
    let Some(&next) = b.get(e) else {
        return true;
    };
    let then = b.get(e + 1).copied();
    if next.is_ascii_alphanumeric() || (!next.is_ascii() && word_char(t[e..].chars().next())) {
        return false;
    }
    match next {
        b'-' | b'.' | b'/' | b'_' | b'@' | b',' | b':' | b'+' => {
            !then.is_some_and(|c| c.is_ascii_alphanumeric())
        }
        b' ' => !then.is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

impl Detector for NationalId {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyNationalId]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let b = t.as_bytes();
        let mut tried = 0; // starts below this were tried already
        let mut i = 0;
        let mut digits = crate::detect::scan::Marks::new(b, text.marks());
        while let Some(d) = digits.next(i) {
            i = d;
            // A digit run starts at i: values may start up to LOOKBACK bytes before it.
            let mut found = None;
            for s in i.saturating_sub(LOOKBACK).max(tried)..=i {
                if !starts_cleanly(t, s) {
                    continue;
                }
                if let Some(hit) = self.match_at(t, s) {
                    found = Some((s, hit));
                    break;
                }
            }
            tried = i + 1;
            if let Some((s, (end, row, value))) = found {
                let confidence = match (row.needs, row.check.has_check_digit()) {
                    (Needs::Nothing, true) => 0.95,
                    (Needs::Nothing, false) | (_, true) => 0.9,
                    (_, false) => 0.8,
                };
                let hit = Hit::new(RuleId::PrivacyNationalId, confidence)
                    .kind(row.kind)
                    .value(value);
                out.report(view, s..end, hit);
                i = end;
                tried = end;
                continue;
            }
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
}

impl NationalId {
    /// The first row that matches at `s` with its check and context: the value's end,
    /// the row and the value in canonical form (upper case, no separators).
    fn match_at(&self, t: &str, s: usize) -> Option<(usize, &Row, String)> {
        let b = t.as_bytes();
        let first = class_at(b, s)?.0;
        let digit = b[s].is_ascii_digit();
        let same = |c: &u8| {
            if digit {
                c.is_ascii_digit()
            } else {
                c.is_ascii_alphabetic()
            }
        };
        let run = b[s..]
            .iter()
            .take(MAX_LEN + 1)
            .take_while(|c| same(c))
            .count();
        let mut value = Compact {
            bytes: [0; MAX_LEN],
            len: 0,
        };
        let alnum = b[s..]
            .iter()
            .take(MAX_LEN + 1)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let mut rows = self.by_run[usize::from(!digit)][run]
            & self.by_run[2][alnum]
            & self.by_first[first as usize];
        if digit && rows != 0 {
            // Rows of digits and separators only read the run of them that starts here.
            let (mut p, mut digits) = (s, 0);
            while digits <= MAX_LEN {
                match class_at(b, p) {
                    Some((bit, len)) if !(10..36).contains(&bit) => {
                        digits += usize::from(bit < 10);
                        p += len;
                    }
                    _ => break,
                }
            }
            rows &= self.by_digits[digits];
        }
        while rows != 0 {
            let row = &self.rows[rows.trailing_zeros() as usize];
            rows &= rows - 1;
            value.len = 0;
            let Some(end) = match_tokens(row.shape, t, s, &mut value) else {
                continue;
            };
            let compact = &value.bytes[..value.len];
            if !row.check.passes(compact) {
                continue;
            }
            let need = match row.needs {
                Needs::Nothing => 0,
                Needs::AnyWord => row.bit | GENERAL,
                Needs::OwnWord => row.bit,
            };
            if need != 0 && !self.word_near(t, need, s, end) {
                continue;
            }
            let value = compact
                .iter()
                .map(|&c| char::from(c.to_ascii_uppercase()))
                .collect();
            return Some((end, row, value));
        }
        None
    }
}

impl NationalId {
    /// Whether an id word with one of the `need` tags ends at most [`WORD_BEFORE`] bytes
    /// before `start` or starts at most [`WORD_AFTER`] bytes after `end`. Only that window
    /// is searched (widened to whole words, and one word more before it, so that the "id"
    /// of "order id" is not read alone): a candidate costs a bounded amount of work.
    fn word_near(&self, t: &str, need: u32, start: usize, end: usize) -> bool {
        let b = t.as_bytes();
        let mut lo = floor_boundary(t, start.saturating_sub(WORD_BEFORE));
        let floor = lo.saturating_sub(WORD_WIDEN);
        for _ in 0..2 {
            while lo > floor && !b[lo - 1].is_ascii_whitespace() {
                lo -= 1;
            }
            while lo > floor && b[lo - 1].is_ascii_whitespace() {
                lo -= 1;
            }
        }
        let lo = ceil_boundary(t, lo);
        let mut hi = ceil_boundary(t, (end + WORD_AFTER).min(t.len()));
        let ceiling = (hi + WORD_WIDEN).min(t.len());
        while hi < ceiling && !b[hi].is_ascii_whitespace() {
            hi += 1;
        }
        let hi = floor_boundary(t, hi);
        self.words.find(&t[lo..hi]).any(|(tags, r)| {
            let (ws, we) = (r.start + lo, r.end + lo);
            tags & need != 0
                && ((we <= start && start - we <= WORD_BEFORE)
                    || (ws >= end && ws - end <= WORD_AFTER))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, &'static str)> {
        let d = NationalId::new();
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        let ctx = Context::plain(false);
        d.detect(&n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .map(|c| (text[c.span.range()].to_string(), c.hit.kind.unwrap_or("")))
            .collect()
    }

    fn one(text: &str) -> (String, &'static str) {
        let f = find(text);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn tables_parse() {
        let d = NationalId::new();
        assert!(d.rows.len() >= 30);
        for kind in [
            "ssn",
            "aadhaar",
            "pan",
            "cnic",
            "cpf",
            "cnpj",
            "curp",
            "nino",
            "dni",
            "nie",
            "codice_fiscale",
            "cn_resident_id",
            "nik",
            "nin",
            "bd_nid",
            "za_id",
            "tckn",
            "eg_id",
            "sa_id",
            "passport",
            "sin",
            "pesel",
            "thai_id",
            "my_nric",
        ] {
            assert!(d.rows.iter().any(|r| r.kind == kind), "{kind}");
        }
    }

    #[test]
    fn tables_are_the_build_scripts() {
        // build.rs parses the tables with `table.rs`, which has its own copy of the
        // constants the statics are written with.
        assert_eq!(
            (table::SEPARATORS, table::SPACE, table::DASH),
            (SEPARATORS, SPACE, DASH)
        );
        assert_eq!((table::DOT, table::SLASH), (DOT, SLASH));
        assert_eq!((table::MAX_LEN, table::GENERAL), (MAX_LEN, GENERAL));
        let source = table::generate(
            include_str!("../../../data/national_ids.tsv"),
            include_str!("../../../data/national_id_words.tsv"),
        );
        assert!(source.contains("static ROWS"));
        // What the build cannot check: the words are written folded, each once.
        let words: Vec<&str> = WORDS.split('\n').collect();
        assert_eq!(words.len(), WORD_TAGS.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(crate::normalize::lowercase(w), *w, "{w:?} is not folded");
            assert!(!words[..i].contains(w), "{w:?} twice");
        }
    }

    #[test]
    fn shape_language() {
        use table::{lead_range, parse_shape, DIGITS, LETTERS};
        let t = parse_shape("[2-9]99~?A{1,3}").unwrap();
        assert_eq!(t.len(), 5);
        assert_eq!(t[0].set, 0b1111111100);
        assert_eq!((t[3].set, t[3].min, t[3].max), (SPACE | DASH, 0, 1));
        assert_eq!((t[4].min, t[4].max), (1, 3));
        for bad in ["", "-9", "9?", "[2-9", "9{3", "9{0}", "Q", "[9-2]", "9{10}"] {
            assert!(parse_shape(bad).is_err(), "{bad}");
        }
        let lead = |s: &str, class| lead_range(&parse_shape(s).unwrap(), class);
        assert_eq!(lead("999-99-9999", DIGITS), (3, 3));
        assert_eq!(lead("999~?99~?9999", DIGITS), (3, usize::MAX));
        assert_eq!(lead("99999999-?A", DIGITS), (8, 8));
        assert_eq!(lead("99999999999999999[0-9X]", DIGITS), (17, usize::MAX));
        assert_eq!(lead("AA~?99~?99~?99~?[A-D]", LETTERS), (2, 2));
        assert_eq!(lead("AAAAAA[0-9LM]{2}", LETTERS), (6, usize::MAX));
        assert_eq!(lead("A{1,2}9{6,8}", LETTERS), (1, 2));
        assert_eq!(lead("X{8,9}", DIGITS), (0, usize::MAX));
    }

    #[test]
    fn formatted_values_fire_alone() {
        assert_eq!(one("my ssn 246-95-3917 ok"), ("246-95-3917".into(), "ssn"));
        assert_eq!(one("971-95-7985"), ("971-95-7985".into(), "itin"));
        assert_eq!(one("cpf 281.843.244-80."), ("281.843.244-80".into(), "cpf"));
        assert_eq!(
            one("13.983.025/0001-02"),
            ("13.983.025/0001-02".into(), "cnpj")
        );
        assert_eq!(one("30252-0562790-9"), ("30252-0562790-9".into(), "cnic"));
        assert_eq!(one("6023 5239 1968"), ("6023 5239 1968".into(), "aadhaar"));
        assert_eq!(one("BCOPC0956Y"), ("BCOPC0956Y".into(), "pan"));
        assert_eq!(
            one("YALT590730HMSMRV08"),
            ("YALT590730HMSMRV08".into(), "curp")
        );
        assert_eq!(one("ni: LG 07 40 64 D!"), ("LG 07 40 64 D".into(), "nino"));
        assert_eq!(one("65850901S"), ("65850901S".into(), "dni"));
        assert_eq!(one("X7843458K"), ("X7843458K".into(), "nie"));
        assert_eq!(
            one("GNVDIA32L30G671B"),
            ("GNVDIA32L30G671B".into(), "codice_fiscale")
        );
        assert_eq!(
            one("11010519491231002X"),
            ("11010519491231002X".into(), "cn_resident_id")
        );
        assert_eq!(
            one("400918 0693 08 4"),
            ("400918 0693 08 4".into(), "za_id")
        );
        assert_eq!(one("٢٤٦-٩٥-٣٩١٧").1, "ssn");
        assert_eq!(one("246‑95‑3917").1, "ssn");
    }

    #[test]
    fn bare_runs_need_a_word() {
        assert!(find("246953917").is_empty());
        assert_eq!(one("ssn: 246953917").1, "ssn");
        assert!(find("28184324480").is_empty());
        assert_eq!(one("meu CPF é 28184324480").1, "cpf");
        assert_eq!(one("28184324480 is my id").1, "cpf");
        assert_eq!(one("kimlik no 15120003114").1, "tckn");
        assert_eq!(one("my NIN is 12345678901").1, "nin");
        assert!(find("my id is 12345678901").is_empty()); // NIN needs "NIN"
        assert_eq!(one("NIK saya 3304094603827061").1, "nik");
        assert!(find("id 3304094603827061").is_empty());
        assert_eq!(one("الرقم القومي 29001011234567").1, "eg_id");
        assert_eq!(one("iqama 1000000008").1, "sa_id");
        assert_eq!(one("passport no. X3653292").1, "passport");
        assert_eq!(one("паспорт 9955 619660").1, "passport");
        assert_eq!(one("护照号码：E12345678").1, "passport");
        assert_eq!(one("aadhaar 602352391968").1, "aadhaar");
    }

    #[test]
    fn other_ids_are_not_id_words() {
        assert!(find("order id 28184324480").is_empty());
        assert!(find("my free fire id 1000000008").is_empty());
        assert!(find("user id: 15120003114").is_empty());
    }

    #[test]
    fn near_misses_stay_quiet() {
        for text in [
            "666-76-9337",
            "301-00-0827",
            "281.843.244-83",
            "111.111.111-11",
            "13.983.025/0001-01",
            "6023 5239 1961",
            "BCOZC0956Y",
            "YALT590730HMSMRV04",
            "ZZ 212517 T",
            "LG 07 40 64 M",
            "65850901I",
            "X7843458C",
            "GNVDIA32L30G671U",
            "230307198307040002",
            "kimlik 15120003119",
            "cpf 28184324483",
            "passport 2027",
            "1234 5678 9012 3456",
            "order #246-95-3917",
            "+246-95-3917",
            "https://x.com/u/246-95-3917",
            "246-95-3917-12",
            "2024-05-12 12/05/2024 05.10.1986 10:30-11:45 $1,299.99",
            "Scunthorpe classic v2.10.3 score 3-1 1 + 2 = 3",
            "978-3-16-148410-0 4006381333931",
        ] {
            assert!(find(text).is_empty(), "{text:?}: {:?}", find(text));
        }
    }

    #[test]
    fn linear_on_adversarial_input() {
        for unit in ["1", "1 ", "a1", "ab 12 ", "passport 1 ", "id 12345678909 "] {
            let text = unit.repeat(200_000 / unit.len());
            let _ = find(&text);
        }
    }
}
