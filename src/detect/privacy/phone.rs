//! `privacy.phone`: phone numbers of any country, however they are written.
//!
//! One scan over the folded view, eight bytes at a time, finds the tokens: runs of ASCII
//! digits (the view has made every script's digits ASCII and dropped the keycap marks of
//! `9️⃣`) and spelled-out digits ("nine", "nueve", "nove", "neuf", "sembilan", "nau", "नौ",
//! "تسعة", "девять"; only a word whose first three bytes are a number word's is read to
//! its end, and looked up only when a 16-bit key of it is a number word's).
//! Tokens joined by short gaps (spaces, dashes, dots, slashes, parentheses, an emoji, a
//! single letter between single digits) make a run; a run needs 7 digits (5 after a `+`)
//! before anything else is looked at. Each run is judged once:
//!
//! * **international** (`+`, `00`, a `wa.me/` link, or a calling code as its own group
//!   before a mobile number, "91-9876543210"): the calling code must exist and
//!   the national significant number (NSN) after it must have one of that country's
//!   lengths and a possible first digit (`src/data/phone_codes.tsv`, derived from
//!   libphonenumber's metadata); for the countries of the national table, also a possible
//!   two-digit prefix, and a mobile prefix only at a mobile length. Enough on its own.
//! * **national** (no `+`): checked against `src/data/phone_national.tsv` (52 populous
//!   countries, and Hungary and Liechtenstein added by hand: trunk prefix; per NSN
//!   length, the two-digit prefixes of mobile numbers and the first digits of all
//!   numbers). Fires on its own for a trunk prefix plus a mobile prefix of the right
//!   length, even unformatted (`08123456789`, `03001234567`); for a number written in
//!   phone-like groups that matches a country (`(201) 555-0123`, `030 123456`, `131 2345
//!   6789`, `06 12 34 56 78`, Hungary's `06-1/234-5678`, an area code in parentheses
//!   with the trunk prefix left out, `(10) 339850`); for a calling code in parentheses
//!   without `+` before a valid number of that country (`(351) 963664491`); otherwise
//!   only with a phone word within a few words ("call", "número", "nomor", "नंबर", "رقم",
//!   "电话", "номер"). So a bare `9876543210` or `13812345678` is quiet unless someone
//!   says it is a number.
//! * **spelled**: spelled-out digits, words and digits mixed, or digits split one by one
//!   (spaces, dots, dashes, emoji, letters, keycaps), 7 to 15 digits. A run that counts
//!   (up from 0 or 1, or down from 10: "one two three ...", "10 9 8 ... 1") needs a
//!   phone word; so does a run with a single number word.
//! * **contact_share**: any of these with a messaging-app word near it (WhatsApp,
//!   Telegram, Viber, Signal, WeChat, LINE, imo, Zalo, ...) or in a `wa.me/` link.
//!
//! Left alone, deliberately: dates in any order and separator, times (a colon ends a
//! run), year ranges and lists of years, prices (a currency sign next to the number,
//! thousands grouping, a price word), decimals, versions, coordinates (dots mixed with
//! other separators), arithmetic ("(7193 - 350)"), numbers glued to letters or inside
//! URLs and ids (`/`, `#`, `=`, `_`, `-` right before them), the groups after an IBAN's
//! country code, runs of more than 17 digits, numbers of one or two repeated digits, the
//! id shapes 3-2-4 (US SSN) and 4-4-4 (Aadhaar) without a trunk prefix or phone word, and
//! any number after an order, tracking, account, card, code, PIN, price or id word
//! (`phone_words.tsv`, class `not`). Payment cards and ids that look like phones are left
//! to their detectors: the stronger finding wins the overlap.
//!
//! Not done: validating a number against the full numbering plan (the tables keep
//! lengths and leading digits, not libphonenumber's patterns, to stay small), so a
//! national number one digit short is often still a valid length in its country; numbers
//! read in pairs or tens ("zéro six, douze, trente-quatre"); local numbers of 5-6 digits.

mod words;

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use crate::detect::lexicon::{ceil_boundary, floor_boundary, Lexicon};
use crate::detect::scan::{window, Classes, Marks};
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;
use std::ops::Range;
use words::Numbers;

// The tables, parsed by build.rs (see `phone/table.rs`): `CODE_INDEX`, `CODES`,
// `REGIONS`, `NUMBER_WORDS` and `NUMBER_TAGS`, `CONTEXT_WORDS` and `CONTEXT_TAGS`.
include!(concat!(env!("OUT_DIR"), "/phone_tables.rs"));

/// Fewest digits of a number written without `+` (and of a spelled-out run).
const MIN_NATIONAL: usize = 7;
/// Fewest digits after `+` (code and NSN together; Niue's `+683 7290` has 7).
const MIN_INTERNATIONAL: usize = 5;
/// Most digits of any phone number (E.164 allows 15; a trunk prefix and "00" add some).
const MAX_DIGITS: usize = 17;
/// The most spelled-out digits a phone has.
const MAX_SPELLED: usize = 15;
/// Longest gap between two tokens of a run, in bytes.
const MAX_GAP: usize = 12;
/// How far phone words are looked for before and after a number, in bytes.
const BEFORE: usize = 48;
const AFTER: usize = 32;

/// What a word of `phone_words.tsv` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    Digit(u8),
    Times(u8),
    Phone,
    App,
    Not,
    /// Cancels the phone words before it without vetoing a phone-shaped number
    /// ("number of").
    Quiet,
}

/// A calling code's national significant numbers: `first[n]` has bit d set when an
/// n-digit NSN may start with digit d.
struct Code {
    first: [u16; MAX_DIGITS + 1],
}

/// A country of the national table.
struct Region {
    /// The calling code's digits.
    code: &'static [u8],
    trunk: &'static [u8],
    /// Per NSN length, the two-digit prefixes (bit 10 * a + b) of mobile numbers.
    mobile: &'static [(usize, u128)],
    /// Per NSN length, the first digits of every valid number.
    any: [u16; MAX_DIGITS + 1],
}

/// The phone number detector.
pub(crate) struct Phone {
    /// Calling code (1 to 3 digits) to its entry in `codes`.
    code_index: &'static [u8],
    codes: &'static [Code],
    regions: &'static [Region],
    /// Spelled-out digits and "double" / "triple", looked up word by word.
    numbers: Numbers,
    /// Bit [`word_key`] set for each number word: most words of a text are ruled out
    /// without hashing.
    starts: Vec<u64>,
    /// Bit [`trigram`] set for each number word: the scan reads almost no other word
    /// to its end.
    trigrams: Vec<u64>,
    /// Phone, app and veto words (windows around a candidate only).
    context: Lexicon<Tag>,
}

impl Phone {
    pub(crate) fn new() -> Phone {
        let mut starts = vec![0u64; 1 << 10];
        let mut trigrams = vec![0u64; 1 << 10];
        let numbers: Vec<(&[u8], Tag)> = crate::detect::coded::rows(NUMBER_WORDS)
            .map(str::as_bytes)
            .zip(NUMBER_TAGS)
            .collect();
        for &(w, _) in &numbers {
            let key = word_key(w);
            starts[key >> 6] |= 1 << (key & 63);
            if w.len() >= 2 {
                let key = trigram(w);
                trigrams[key >> 6] |= 1 << (key & 63);
            }
        }
        Phone {
            code_index: &CODE_INDEX,
            codes: &CODES,
            regions: &REGIONS,
            numbers: Numbers::new(numbers),
            starts,
            trigrams,
            context: Lexicon::new(crate::detect::coded::rows(CONTEXT_WORDS).zip(CONTEXT_TAGS)),
        }
    }

    /// The next token at or after `i` that starts before `limit`: a run of ASCII digits
    /// (`None`) or a spelled-out digit (its tag), as `(start, end, tag)`. `i` is 0 or
    /// the end of a token or of a run of digits or word bytes (ASCII letters and non-ASCII
    /// bytes), never inside one.
    ///
    /// The first digit comes from the check's list of digit runs (`scan`); before it,
    /// sixty-four bytes at a time from the check's byte classes: a word (a run of word
    /// bytes after a byte of neither kind, not glued to digits) is read to its end only
    /// when its [`trigram`] is a number word's, and looked up only when its
    /// [`word_key`] is one too.
    fn next_token(
        &self,
        t: &[u8],
        i: usize,
        limit: usize,
        scan: &mut TokenScan<'_>,
    ) -> Option<(usize, usize, Option<Tag>)> {
        let digit = scan.digits.next(i).filter(|&d| d < limit);
        // No byte before `stop` is a digit: the letters are the ASCII letters and digits.
        let stop = digit.unwrap_or(limit);
        let mut q = i;
        // Whether the byte before `q` is neither a digit nor a word byte (so a word
        // starting at `q` starts there).
        let mut before = q == 0 || CLASS[usize::from(t[q - 1])] == 0;
        while q < stop {
            let n = (stop - q).min(64);
            let valid = u64::MAX >> (64 - n);
            let word = (window(&scan.classes.alnum, q) | window(&scan.classes.high, q)) & valid;
            let other = !word & valid;
            let mut starts = word & (other << 1 | u64::from(before));
            before = other >> (n - 1) & 1 != 0;
            while starts != 0 {
                let a = q + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let key = trigram_at(t, a);
                if self.trigrams[key >> 6] >> (key & 63) & 1 == 1 {
                    if let Some(token) = self.number_word(t, a) {
                        return Some(token);
                    }
                }
            }
            q += 64;
        }
        let a = digit?;
        let end = a + t[a..].iter().take_while(|b| b.is_ascii_digit()).count();
        Some((a, end, None))
    }

    /// The number word starting at `a` (a word start: the byte before is neither a digit
    /// nor a word byte), as a token.
    fn number_word(&self, t: &[u8], a: usize) -> Option<(usize, usize, Option<Tag>)> {
        let len = t[a..]
            .iter()
            .take(25)
            .take_while(|&&b| CLASS[usize::from(b)] == WORD)
            .count();
        let i = a + len;
        if !(2..=24).contains(&len) || t.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let key = word_key(&t[a..i]);
        if self.starts[key >> 6] >> (key & 63) & 1 == 0 {
            return None;
        }
        self.numbers.get(&t[a..i]).map(|tag| (a, i, Some(tag)))
    }

    /// Whether `nsn` is a possible national significant number of calling code `code`.
    fn nsn_fits(&self, code: usize, nsn: &[u8]) -> bool {
        let Some(&at) = self.code_index.get(code) else {
            return false;
        };
        let n = nsn.len();
        let fits = at != u8::MAX
            && n <= MAX_DIGITS
            && !nsn.is_empty()
            && self.codes[usize::from(at)].first[n] >> (nsn[0] - b'0') & 1 == 1;
        // Countries of the national table are checked on two leading digits.
        let mut rows = self
            .regions
            .iter()
            .filter(|r| number(r.code) == code)
            .peekable();
        fits && (rows.peek().is_none() || rows.any(|r| nsn_in(r, nsn).1))
    }

    /// Splits `digits` (after `+` or `00`) into a calling code and a valid NSN; returns the
    /// NSN's length when one fits. A trunk `0` written after the code ("+44 (0)20 ...")
    /// is skipped.
    pub(crate) fn international(&self, digits: &[u8]) -> Option<usize> {
        for len in 1..=3.min(digits.len()) {
            let code = number(&digits[..len]);
            if self.code_index.get(code).is_none_or(|&i| i == u8::MAX) {
                continue;
            }
            let nsn = &digits[len..];
            if self.nsn_fits(code, nsn) {
                return Some(nsn.len());
            }
            if nsn.first() == Some(&b'0') && self.nsn_fits(code, &nsn[1..]) {
                return Some(nsn.len() - 1);
            }
            return None; // calling codes are prefix-free: no other split exists
        }
        None
    }

    /// Whether `digits` are a calling code written without `+` (its own first group of
    /// `first` digits) and a mobile number of that country: "91-9876543210".
    fn code_and_mobile(&self, digits: &[u8], first: usize) -> bool {
        self.regions.iter().any(|r| {
            r.code.len() == first
                && digits.starts_with(r.code)
                && self.national_in(r, &digits[first..]) == National::Mobile
        })
    }

    /// How a number written without `+` matches the national table; `area_paren`: its
    /// first group is an area code in parentheses.
    fn national(&self, digits: &[u8], area_paren: bool) -> National {
        self.regions
            .iter()
            .map(|r| {
                let m = self.national_in(r, digits);
                // "(10) 339850": the trunk prefix left out before an area code in
                // parentheses, a valid number of the country after it.
                let any = area_paren && m == National::None && !r.trunk.is_empty();
                if any && nsn_in(r, digits).1 {
                    National::Plain
                } else {
                    m
                }
            })
            .max()
            .unwrap_or(National::None)
    }

    /// How a number written without `+` matches region `r`.
    fn national_in(&self, r: &Region, digits: &[u8]) -> National {
        let (nsn, trunk) = match digits.strip_prefix(r.trunk) {
            Some(rest) if !r.trunk.is_empty() => (rest, true),
            _ => (digits, false),
        };
        let (mobile, any) = nsn_in(r, nsn);
        match (trunk, mobile, any) {
            // North America's 1 is not written compact ("1-800-...").
            (true, true, _) if r.trunk != b"1" => National::TrunkMobile,
            (true, _, true) => National::Trunk,
            (false, true, _) => National::Mobile,
            // Without a trunk prefix only countries that have none (or whose prefix is
            // optional, as North America's 1) write the number alone.
            (false, false, true) if r.trunk.is_empty() || r.trunk == b"1" => National::Plain,
            _ => National::None,
        }
    }
}

/// Whether `nsn` is a mobile number of region `r`, and whether it is any valid number.
/// A mobile prefix at a length no mobile number has is neither (a digit missing or extra).
fn nsn_in(r: &Region, nsn: &[u8]) -> (bool, bool) {
    let n = nsn.len();
    if !(2..=MAX_DIGITS).contains(&n) {
        return (false, false);
    }
    let prefix = usize::from(nsn[0] - b'0') * 10 + usize::from(nsn[1] - b'0');
    let mobile = r
        .mobile
        .iter()
        .any(|&(len, bits)| len == n && bits >> prefix & 1 == 1);
    let misdialled = !mobile
        && r.mobile
            .iter()
            .any(|&(len, bits)| len != n && bits >> prefix & 1 == 1);
    let any = mobile || (!misdialled && r.any[n] >> (nsn[0] - b'0') & 1 == 1);
    (mobile, any)
}

/// How strongly a number without `+` matches a country's plan (stronger is greater).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum National {
    None,
    /// A valid number of a country without a trunk prefix.
    Plain,
    /// A mobile number without its trunk prefix.
    Mobile,
    /// Trunk prefix and a valid number.
    Trunk,
    /// Trunk prefix and a mobile number.
    TrunkMobile,
}

fn number(d: &[u8]) -> usize {
    d.iter().fold(0, |n, &b| n * 10 + usize::from(b - b'0'))
}

/// Kinds of gap between two tokens of a run (bit flags).
const GAP_SPACE: u16 = 1;
const GAP_DASH: u16 = 2;
const GAP_DOT: u16 = 4;
const GAP_SLASH: u16 = 8;
const GAP_PAREN: u16 = 16;
/// Emoji, symbols, several separators, a letter: only evasions are written so.
const GAP_ODD: u16 = 32;
const GAP_COMMA: u16 = 64;
const GAP_LETTER: u16 = 128;

/// One token of a run: a group of ASCII digits or a spelled-out digit.
#[derive(Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    /// Digits it contributes.
    digits: u8,
    word: bool,
    /// Its value when small (for counting sequences); `u16::MAX` otherwise.
    value: u16,
}

/// Digit groups and spelled digits joined by short gaps.
#[derive(Default)]
struct Run {
    tokens: Vec<Token>,
    digits: Vec<u8>,
    gaps: u16,
    /// Each gap's kind, one per token after the first.
    gap_kinds: Vec<u16>,
    words: usize,
    /// More digits or tokens than any phone has.
    overflow: bool,
}

impl Run {
    fn clear(&mut self) {
        self.tokens.clear();
        self.digits.clear();
        self.gap_kinds.clear();
        self.gaps = 0;
        self.words = 0;
        self.overflow = false;
    }

    fn start(&self) -> usize {
        self.tokens[0].start
    }

    fn end(&self) -> usize {
        self.tokens[self.tokens.len() - 1].end
    }

    fn push(&mut self, tok: Token, digits: &[u8]) {
        if self.tokens.len() >= 40 || self.digits.len() + digits.len() > 24 {
            self.overflow = true;
            return;
        }
        self.tokens.push(tok);
        self.digits.extend_from_slice(digits);
        self.words += usize::from(tok.word);
    }

    /// Whether the tokens count: up by one from 0 or 1 ("1 2 3 4 5 6 7", "one two
    /// three ..."), or down by one from 10 or more ("10 9 8 7 6 5 4 3 2 1").
    fn counts(&self) -> bool {
        let values: Vec<u16> = self
            .tokens
            .iter()
            .filter(|t| t.digits > 0)
            .map(|t| t.value)
            .collect();
        let (Some(&first), true) = (values.first(), values.len() >= 4) else {
            return false;
        };
        let up = first <= 1 && values.windows(2).all(|w| w[1] == w[0].wrapping_add(1));
        // A countdown in digits ends at 1 ("... 3 2 1 happy new year"); "9 8 7 6 5 4 3
        // 2 1 0" is ten digits, and a phone written to dodge a filter, as is a run of
        // spelled-out digits.
        let digits = self.tokens.iter().all(|t| !t.word);
        let down = ((10..u16::MAX).contains(&first) || (digits && values.last() == Some(&1)))
            && values.windows(2).all(|w| w[1].wrapping_add(1) == w[0]);
        up || down
    }

    /// Whether the digits are split one by one (an evasion, not a format): mostly single
    /// digits, perhaps a longer chunk, but no two-digit token ("9 8 7 9 10 8 9" is a
    /// list of marks).
    fn split(&self) -> bool {
        let singles = self.tokens.iter().filter(|t| t.digits == 1).count();
        let n = self.tokens.len();
        n >= 5 && singles * 5 >= n * 3 && !self.tokens.iter().any(|t| t.digits == 2 && !t.word)
    }
}

/// Classifies the gap `g` between two tokens; `None` ends the run. `single` says both
/// neighbours are single digits (a letter may then split them).
fn gap_kind(g: &str, single: bool) -> Option<u16> {
    let b = g.as_bytes();
    if b.is_empty() {
        return None; // two words glued: not a whole-word match anyway
    }
    if b.len() > MAX_GAP || b.contains(&b'\n') {
        return None;
    }
    let mut kind = 0;
    let mut letters = 0;
    for c in g.chars() {
        kind |= match c {
            ' ' | '\t' => GAP_SPACE,
            '-' | '–' => GAP_DASH,
            '.' => GAP_DOT,
            '/' => GAP_SLASH,
            '(' | ')' => GAP_PAREN,
            ',' => GAP_COMMA,
            '_' | '|' | '~' | '\'' | '"' | '•' | '·' => GAP_ODD,
            c if c.is_ascii_alphabetic() => {
                letters += 1;
                GAP_LETTER
            }
            c if c.is_ascii() || c.is_alphanumeric() => return None,
            _ => GAP_ODD, // emoji and other symbols
        };
    }
    if kind & GAP_LETTER != 0
        && (!single || letters > 1 || g.bytes().all(|b| (b'a'..=b'f').contains(&b)))
    {
        return None; // words, or a hex string such as a commit hash
    }
    let format = GAP_SPACE | GAP_DASH | GAP_DOT | GAP_SLASH | GAP_PAREN;
    if kind & !format == 0 {
        // A format separator is short ("-", " - ", ") "); more is odd ("9   8").
        if b.len() > 3 || g.contains("  ") {
            kind |= GAP_ODD;
        }
    }
    Some(kind)
}

/// A letter or digit right before `at`, other than one of a script written without
/// spaces ("电话13812345678" is a word and a number).
fn glued_before(s: &str, at: usize) -> bool {
    alnum_before(s, at) && !s[..at].chars().next_back().is_some_and(is_unspaced_script)
}

/// A letter or digit right at `at`, other than one of a script written without spaces.
fn glued_after(s: &str, at: usize) -> bool {
    alnum_after(s, at) && !s[at..].chars().next().is_some_and(is_unspaced_script)
}

/// A 16-bit key of a word from its first two bytes, last byte and length: a bitmap of
/// the number words' keys rules out almost every other word without hashing it.
fn word_key(w: &[u8]) -> usize {
    let k = u32::from(w[0])
        | u32::from(w[1]) << 8
        | u32::from(w[w.len() - 1]) << 16
        | (w.len() as u32) << 24;
    (k.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// A 16-bit key of the first three bytes of a word (of two when the third is no word
/// byte) at the start of `w`: a word's own key when `w` is the word, and when `w` is the
/// text from where the word starts on.
#[inline(always)]
fn trigram(w: &[u8]) -> usize {
    let third = match w.get(2) {
        Some(&b) if CLASS[usize::from(b)] == WORD => u32::from(b),
        _ => 0,
    };
    let k = u32::from(w[0]) | u32::from(*w.get(1).unwrap_or(&0)) << 8 | third << 16;
    (k.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// [`trigram`] of the text from byte `a` of `t` on, from one load of eight bytes.
#[inline(always)]
fn trigram_at(t: &[u8], a: usize) -> usize {
    // Zeros past the end: no word byte, as past the end of a slice.
    let x = crate::detect::scan::load8(t, a);
    let third = match (x >> 16) as u8 {
        b if CLASS[usize::from(b)] == WORD => u32::from(b),
        _ => 0,
    };
    let k = (x & 0xFFFF) as u32 | third << 16;
    (k.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Byte classes of the token scan: a digit, a word byte (an ASCII letter or part of a
/// non-ASCII character: the folded view has made other scripts' digits ASCII), or
/// neither (0).
const DIGIT: u8 = 1;
const WORD: u8 = 2;
static CLASS: [u8; 256] = {
    let mut c = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        c[b] = if x.is_ascii_digit() {
            DIGIT
        } else if x.is_ascii_alphabetic() || x >= 0x80 {
            WORD
        } else {
            0
        };
        b += 1;
    }
    c
};

/// Currency signs a price starts or ends with.
fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₽'
            | '₩'
            | '₺'
            | '฿'
            | '₫'
            | '₦'
            | '₱'
            | '₴'
            | '₸'
            | '¢'
            | '৳'
            | '₪'
            | '﷼'
            | '%'
    )
}

/// The verdict on a run.
struct Found {
    range: Range<usize>,
    kind: &'static str,
    confidence: f32,
    /// The number in canonical form: `+` and E.164 digits, or the digits as dialled.
    value: String,
}

/// Digits as a string (they are ASCII).
fn digit_string(d: &[u8]) -> String {
    d.iter().map(|&b| char::from(b)).collect()
}

/// What the token scan reads besides the text: the check's byte classes and a walk
/// over its digit runs.
struct TokenScan<'a> {
    classes: &'a Classes,
    digits: Marks<'a>,
}

impl<'a> TokenScan<'a> {
    fn new(text: &'a Normalized<'_>) -> TokenScan<'a> {
        TokenScan {
            classes: text.classes(),
            digits: Marks::new(text.folded().text().as_bytes(), text.marks()),
        }
    }
}

impl Detector for Phone {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyPhone]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let s = view.text();
        let t = s.as_bytes();
        // Whether the original holds a keycap mark at all: looked for once, when a run
        // first asks (most texts have no run that does).
        let keycaps = std::cell::OnceCell::new();
        let mut run = Run::default();
        let mut scan = TokenScan::new(text);
        let mut next = self.next_token(t, 0, t.len(), &mut scan);
        while let Some(first) = next {
            run.clear();
            let mut times = 1u8;
            let mut tok = first;
            let mut last_end;
            loop {
                let (a, b, tag) = tok;
                last_end = b;
                match tag {
                    Some(Tag::Digit(d)) => {
                        let digits = [b'0' + d; 3];
                        let token = Token {
                            start: a,
                            end: b,
                            digits: times,
                            word: true,
                            value: u16::from(d),
                        };
                        run.push(token, &digits[..usize::from(times)]);
                        times = 1;
                    }
                    Some(other) => {
                        // "double" / "triple": applies to the next digit.
                        times = if let Tag::Times(k) = other { k } else { 1 };
                        let token = Token {
                            start: a,
                            end: b,
                            digits: 0,
                            word: true,
                            value: u16::MAX,
                        };
                        run.push(token, &[]);
                    }
                    None => {
                        let value = if b - a <= 3 {
                            number(&t[a..b]) as u16
                        } else {
                            u16::MAX
                        };
                        let mut token = Token {
                            start: a,
                            end: b,
                            digits: (b - a).min(255) as u8,
                            word: false,
                            value,
                        };
                        if times > 1 && !run.overflow {
                            run.digits
                                .extend(std::iter::repeat_n(t[a], usize::from(times - 1)));
                            token.digits = token.digits.saturating_add(times - 1);
                            times = 1;
                        }
                        run.push(token, &t[a..b]);
                    }
                }
                // The next token, if it follows within a short gap.
                let limit = (b + MAX_GAP + 1).min(t.len());
                next = self.next_token(t, b, limit, &mut scan);
                let Some(n) = next else { break };
                let single = run.tokens.last().is_some_and(|t| t.digits == 1)
                    && (n.2.is_some() || n.1 - n.0 == 1);
                let Some(kind) = gap_kind(&s[b..n.0], single) else {
                    break;
                };
                run.gaps |= kind;
                run.gap_kinds.push(kind);
                tok = n;
            }
            if !run.overflow && !run.tokens.is_empty() {
                if let Some(f) = self.judge(view, &run, &keycaps, text) {
                    out.report(
                        view,
                        f.range,
                        Hit::new(RuleId::PrivacyPhone, f.confidence)
                            .kind(f.kind)
                            .value(f.value),
                    );
                }
            }
            // Go on from the token that ended the run (already read), or search on.
            if next.is_none() {
                next = self.next_token(t, last_end, t.len(), &mut scan);
            }
        }
    }
}

impl Phone {
    /// Phone and app words near `range`: `(phone word, app word, veto)`. A veto word
    /// before the number ("order", "tracking", "account", "code") makes it something
    /// else and cancels the phone words ("order number 4021778312"); a quiet word
    /// ("number of") cancels the phone words before it.
    ///
    /// `classes` are those of `s`, the folded view ([`Normalized::classes`]).
    fn context(&self, s: &str, classes: &Classes, range: &Range<usize>) -> (bool, bool, bool) {
        let lo = floor_boundary(s, range.start.saturating_sub(BEFORE));
        let hi = ceil_boundary(s, (range.end + AFTER).min(s.len()));
        let (mut phone, mut app, mut veto) = (false, false, false);
        let mut after_veto = false;
        for (tag, r) in self.context.find_in(s, lo, hi, classes) {
            let (a, b) = (r.start + lo, r.end + lo);
            if b <= range.start {
                match tag {
                    Tag::Not => veto = true,
                    Tag::Quiet => (phone, app) = (false, false),
                    Tag::App => app = true,
                    _ => phone = true,
                }
            } else if a >= range.end && !after_veto {
                match tag {
                    Tag::Not | Tag::Quiet => after_veto = true,
                    Tag::App => app = true,
                    _ => phone = true,
                }
            }
        }
        if veto {
            (phone, app) = (false, false);
        }
        (phone || app, app, veto)
    }

    /// Decides whether a run is a phone number.
    fn judge(
        &self,
        view: &View<'_>,
        run: &Run,
        keycaps: &std::cell::OnceCell<bool>,
        text: &Normalized<'_>,
    ) -> Option<Found> {
        let s = view.text();
        let t = s.as_bytes();
        let n = run.digits.len();
        let start = run.start();
        // What is written right before the first token.
        let mut from = start;
        let paren = from > 0 && t[from - 1] == b'(';
        if paren {
            from -= 1;
        }
        // A WhatsApp click-to-chat link holds the number in international form, no '+'.
        let wa_link = s[..from].ends_with("wa.me/") && run.tokens.len() == 1;
        let plus = wa_link || (from > 0 && t[from - 1] == b'+' && !run.tokens[0].word);
        if plus && !wa_link {
            from -= 1;
            let closed = run.gap_kinds.first().is_some_and(|g| g & GAP_PAREN != 0);
            if from > 0 && t[from - 1] == b'(' && closed {
                from -= 1;
            }
        }
        if n < MIN_INTERNATIONAL || (!plus && n < MIN_NATIONAL) || n > MAX_DIGITS + 2 {
            return None;
        }
        if !wa_link && !self.edges_ok(s, from, run) {
            return None;
        }
        // "0-0-0-0-0-0-0", "1111111": no phone is one or two digits over and over.
        let mut seen = 0u16;
        for d in &run.digits {
            seen |= 1 << (d - b'0');
        }
        if seen.count_ones() < 3 {
            return None;
        }
        let end_of = |k: usize| run.tokens[k].end;
        let spelled = run.words > 0;
        // International: '+' or '00', a calling code and a valid NSN; the longest prefix of
        // whole groups that fits.
        let digit_only = !spelled && run.gaps & (GAP_ODD | GAP_COMMA | GAP_LETTER) == 0;
        if digit_only && (plus || (run.digits.starts_with(b"00") && run.tokens[0].digits >= 2)) {
            let skip = if plus { 0 } else { 2 };
            let mut count = 0;
            let mut best = None;
            for (k, tok) in run.tokens.iter().enumerate() {
                count += usize::from(tok.digits);
                if count - skip < MIN_INTERNATIONAL || (!plus && count - skip < MIN_NATIONAL) {
                    continue;
                }
                // The code must sit inside the first group.
                if let Some(nsn) = self.international(&run.digits[skip..count]) {
                    if self.code_in_first_group(
                        &run.digits[skip..],
                        usize::from(run.tokens[0].digits) - skip,
                    ) {
                        best = Some((k, count, nsn));
                    }
                }
            }
            if let Some((k, count, nsn)) = best {
                // E.164: the code and the NSN, without a trunk 0 written between them.
                let d = &run.digits[skip..count];
                let code = (1..=3)
                    .find(|&l| {
                        self.code_index
                            .get(number(&d[..l]))
                            .is_some_and(|&i| i != u8::MAX)
                    })
                    .unwrap_or(0);
                let mut value = String::from("+");
                value.push_str(&digit_string(&d[..code]));
                value.push_str(&digit_string(&d[d.len() - nsn..]));
                let end = self.extension(s, end_of(k));
                let (phone, app, _) = self.context(s, text.classes(), &(from..end));
                return Some(Found {
                    range: from..end,
                    kind: if app || wa_link {
                        "contact_share"
                    } else {
                        "international"
                    },
                    confidence: if phone { 0.95 } else { 0.9 },
                    value,
                });
            }
            // No national number starts with the international prefix 00.
            return None;
        }
        if n > MAX_DIGITS {
            return None;
        }
        let end = run.end();
        // Spelled out, or split digit by digit.
        let keycap = !spelled
            && run.tokens.len() <= 2
            && *keycaps.get_or_init(|| text.original().contains('\u{20E3}'))
            && text.original()[view.to_original(start..end, text.original()).range()]
                .contains('\u{20E3}');
        let odd = spelled || run.split() || keycap;
        // Shapes that are no phone whatever the words around them (looked at first: the
        // context words are the costlier test).
        if !odd && (run.gaps & (GAP_COMMA | GAP_LETTER) != 0 || self.not_a_phone(run)) {
            return None;
        }
        let (phone, app, veto) = self.context(s, text.classes(), &(start..end));
        if veto {
            return None;
        }
        let kind = |k: &'static str| if app { "contact_share" } else { k };
        if odd {
            let enough = (MIN_NATIONAL..=MAX_SPELLED).contains(&n);
            let shaped = run.words >= 2 || run.split() || keycap;
            let commas_ok = run.gaps & GAP_COMMA == 0 || run.words >= 3;
            if enough && commas_ok && (phone || (shaped && !run.counts())) {
                return Some(Found {
                    range: start..end,
                    kind: kind("spelled"),
                    confidence: if phone { 0.85 } else { 0.75 },
                    value: digit_string(&run.digits),
                });
            }
            return None;
        }
        // An area code in parentheses: "(201) 555-0123", "(11) 96123-4567".
        let paren = paren && run.gap_kinds.first().is_some_and(|g| g & GAP_PAREN != 0);
        let from = if paren { start - 1 } else { start };
        // "(7193 - 350)", "2403 / 779": arithmetic, unless a trunk prefix leads.
        let spaced_op = run.tokens.windows(2).any(|w| {
            let g = &s[w[0].end..w[1].start];
            g.len() == 3 && (g == " - " || g == " / ")
        });
        if spaced_op && run.digits[0] != b'0' && !phone {
            return None;
        }
        let end = self.extension(s, end);
        let mut m = self.national(&run.digits, false);
        if m == National::None && paren && run.gaps & GAP_ODD == 0 {
            // A calling code in parentheses, without `+`: "(351) 963664491".
            if let Some(mut found) = self.code_in_parens(run, from, end) {
                found.kind = kind("international");
                if phone {
                    found.confidence = 0.9;
                }
                return Some(found);
            }
            // An area code of two or three digits in parentheses may be written without
            // the trunk prefix, as after "+code" ("(10) 339850" for 010 339850), with at
            // least six digits after it ("(2024) 1234567" holds a year, "(351) 12345" too
            // few).
            let area = usize::from(run.tokens[0].digits);
            if (2..=3).contains(&area) && run.digits.len() - area >= 6 {
                m = self.national(&run.digits, true);
            }
        }
        let first = usize::from(run.tokens[0].digits);
        if run.tokens.len() == 2 && first <= 3 && self.code_and_mobile(&run.digits, first) {
            return Some(Found {
                range: from..end,
                kind: kind("international"),
                confidence: 0.85,
                value: String::from("+") + &digit_string(&run.digits),
            });
        }
        let groups = run.tokens.len();
        // Id shapes no phone plan writes without a trunk prefix: a US SSN (3-2-4) and an
        // Aadhaar number (4-4-4); those detectors judge them (and their checksums).
        let sizes: Vec<u8> = run.tokens.iter().map(|t| t.digits).collect();
        let id_shape = matches!(sizes[..], [3, 2, 4] | [4, 4, 4]);
        // A Brazilian CEP (postcode) is 5-3: "01310-100".
        let cep = sizes[..] == [5, 3] && run.gaps == GAP_DASH;
        let shaped = match m {
            _ if id_shape && !phone && matches!(m, National::Plain | National::Mobile) => false,
            _ if cep && !phone && m != National::TrunkMobile => false,
            National::TrunkMobile => true,
            National::Trunk | National::Mobile => groups >= 2 || paren,
            National::Plain => groups >= 3 || (paren && groups >= 2),
            National::None => false,
        };
        if shaped || (phone && run.counts_as_number()) {
            let odd = run.gaps & GAP_ODD != 0;
            return Some(Found {
                range: from..end,
                kind: kind(if odd { "spelled" } else { "national" }),
                // A phone word makes a shaped number surer.
                confidence: match (shaped, phone) {
                    (true, true) => 0.9,
                    (true, false) => 0.8,
                    _ => 0.7,
                },
                value: digit_string(&run.digits),
            });
        }
        None
    }

    /// A calling code written in parentheses without `+`, then a valid national number
    /// of that country: "(351) 963664491", "(44) 7911 123456". The group must be the
    /// whole code (no leading 0) and the number at least 7 digits with one of the
    /// country's lengths and leading digits (and its two-digit prefixes where the
    /// national table has the country), as after `+`.
    fn code_in_parens(&self, run: &Run, from: usize, end: usize) -> Option<Found> {
        let first = usize::from(run.tokens[0].digits);
        let (code, nsn) = run.digits.split_at(first);
        let known = self
            .code_index
            .get(number(code))
            .is_some_and(|&i| i != u8::MAX);
        let fits = (1..=3).contains(&first)
            && code[0] != b'0'
            && known
            && nsn.len() >= MIN_NATIONAL
            && self.nsn_fits(number(code), nsn);
        fits.then(|| Found {
            range: from..end,
            kind: "international",
            confidence: 0.8,
            value: String::from("+") + &digit_string(&run.digits),
        })
    }

    /// Whether the calling code (1-3 digits, prefix-free) ends inside the first group.
    fn code_in_first_group(&self, digits: &[u8], first: usize) -> bool {
        (1..=3.min(digits.len())).any(|len| {
            len <= first
                && self
                    .code_index
                    .get(number(&digits[..len]))
                    .is_some_and(|&i| i != u8::MAX)
        })
    }

    /// Extends `end` over an extension written right after the number ("x846", "ext. 12").
    fn extension(&self, s: &str, end: usize) -> usize {
        let t = s.as_bytes();
        let rest = &t[end..];
        let skip = if rest.starts_with(b"x") {
            1
        } else if rest.starts_with(b" ext. ") {
            6
        } else if rest.starts_with(b" ext ") || rest.starts_with(b" ext.") {
            5
        } else {
            return end;
        };
        let digits = rest[skip..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if (1..=5).contains(&digits) && !alnum_after(s, end + skip + digits) {
            end + skip + digits
        } else {
            end
        }
    }

    /// Checks what the run is glued to: letters, URLs, ids, prices, decimals, times.
    fn edges_ok(&self, s: &str, from: usize, run: &Run) -> bool {
        let t = s.as_bytes();
        if run.tokens[0].word && run.tokens[run.tokens.len() - 1].word {
            return true; // whole-word matches: nothing glued
        }
        if glued_before(s, from) {
            return false;
        }
        if from > 0 {
            let prev = t[from - 1];
            if matches!(
                prev,
                b'/' | b'='
                    | b'?'
                    | b'&'
                    | b'#'
                    | b'_'
                    | b'@'
                    | b'.'
                    | b','
                    | b'-'
                    | b'\\'
                    | b'*'
                    | b'^'
                    | b'~'
                    | b'+'
                    | b'<'
            ) {
                return false;
            }
            if prev == b':' && !(from >= 2 && t[from - 2].is_ascii_alphabetic()) {
                return false;
            }
        }
        // A currency sign just before (one space allowed): a price.
        let before = s[..from].trim_end_matches(' ');
        if from - before.len() <= 1 && before.chars().next_back().is_some_and(is_currency) {
            return false;
        }
        // Inside a URL or a path.
        let lo = floor_boundary(s, from.saturating_sub(256));
        let token = &t[lo..from];
        let token = match token
            .iter()
            .rposition(|&b| matches!(b, b' ' | b'\n' | b'\t'))
        {
            Some(p) => &token[p + 1..],
            None => token,
        };
        // "://" holds a '/'.
        if token.contains(&b'/') || token.windows(4).any(|w| w == b"www.") {
            return false;
        }
        // The groups of an IBAN after its country and check digits ("NO93 8601 ...").
        let prev_word = before.rsplit(' ').next().unwrap_or("").as_bytes();
        if prev_word.len() >= 4
            && prev_word[..2].iter().all(u8::is_ascii_alphabetic)
            && prev_word[2..4].iter().all(u8::is_ascii_digit)
        {
            return false;
        }
        let end = run.end();
        if run.tokens[run.tokens.len() - 1].word {
            return true;
        }
        let next = t.get(end).copied();
        match next {
            Some(b'x') if self.extension(s, end) > end => {}
            _ if glued_after(s, end) => return false,
            Some(b'.' | b',' | b':') if t.get(end + 1).is_some_and(u8::is_ascii_digit) => {
                return false;
            }
            Some(b'@' | b'%' | b'/' | b'_') => return false,
            _ => {}
        }
        // A currency sign or word right after: a price.
        let after = s[end..].trim_start_matches(' ');
        if after.chars().next().is_some_and(is_currency) {
            return false;
        }
        true
    }

    /// Shapes of numbers that are not phones: dates, year ranges, thousands grouping,
    /// coordinates and decimals.
    fn not_a_phone(&self, run: &Run) -> bool {
        let g: Vec<usize> = run.tokens.iter().map(|t| usize::from(t.digits)).collect();
        let vals: Vec<u16> = run.tokens.iter().map(|t| t.value).collect();
        let dotted = run.gaps & GAP_DOT != 0;
        let slashed = run.gaps & GAP_SLASH != 0;
        // Dots mixed with other separators: coordinates, decimals, versions.
        if dotted && run.gaps & !(GAP_DOT) & (GAP_SPACE | GAP_DASH | GAP_SLASH) != 0 {
            return true;
        }
        // Dotted phones have no one-digit group ("06.12.34.56.78", "555.123.4567");
        // "1.2.3.4567" is a version, "0.0012345678" a decimal.
        if dotted && g.contains(&1) {
            return true;
        }
        // A one-digit group is a trunk prefix ("1-800-...", "8 (912) ...", "0 812 ...")
        // or nothing a phone has ("5 12 23 34 45 6"), unless an area code in parentheses
        // says phone ("8 (71234) 5 67 89"), or it is a one-digit area code right after a
        // trunk prefix of two digits (Hungary's 06 and Budapest's 1: "06 1 234 5678",
        // "06-1/234-5678").
        let area_after_trunk = g.len() >= 3
            && g[1] == 1
            && !g[2..].contains(&1)
            && self
                .regions
                .iter()
                .any(|r| r.trunk.len() == 2 && run.digits.starts_with(r.trunk) && g[0] == 2);
        let in_middle = g[1..].contains(&1) && run.gaps & GAP_PAREN == 0 && !area_after_trunk;
        if in_middle || (g[0] == 1 && !matches!(run.digits[0], b'0' | b'1' | b'8')) {
            return true;
        }
        // A sorted list of small numbers ("8 28 36 37 39 41", lottery picks): phones
        // written in one- and two-digit groups start with a 0 ("06 12 34 56 78").
        if g.len() >= 5
            && g.iter().all(|&x| x <= 2)
            && run.digits[0] != b'0'
            && vals.windows(2).all(|w| w[0] < w[1])
        {
            return true;
        }
        // A range of 24-hour times: "0930 - 1145".
        let hhmm = |v: &[u8]| number(&v[..2]) < 24 && number(&v[2..]) < 60;
        if g == [4, 4]
            && run.gaps & GAP_DASH != 0
            && hhmm(&run.digits[..4])
            && hhmm(&run.digits[4..])
        {
            return true;
        }
        // Dates: d/m/y, y-m-d, d.m.y (with a 2- or 4-digit year), also with a time.
        if g.len() >= 3 {
            let day_month = |a: u16, b: u16| (1..=31).contains(&a) && (1..=31).contains(&b);
            let dmy =
                g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2) && day_month(vals[0], vals[1]);
            let ymd = g[0] == 4 && g[1] <= 2 && g[2] <= 2 && day_month(vals[1], vals[2]);
            if (dmy && (g.len() == 3 || g[2] == 4)) || (ymd && g.len() == 3) {
                return true;
            }
        }
        let year =
            |t: &Token, d: &[u8]| t.digits == 4 && (d.starts_with(b"19") || d.starts_with(b"20"));
        // Year ranges and lists of years ("1990-2024", "2019 2020 2021").
        let mut at = 0;
        let mut years = 0;
        for tok in &run.tokens {
            if year(tok, &run.digits[at..]) {
                years += 1;
            }
            at += usize::from(tok.digits);
        }
        if years == run.tokens.len() && years >= 2 {
            return true;
        }
        // Thousands grouping: "1.299.000", "1 234 567", "150 000 000" (a phone in groups
        // of three, "512 345 678", rarely ends in 000).
        if g.len() >= 2
            && g[0] <= 3
            && g[1..].iter().all(|&x| x == 3)
            && (dotted || g[0] == 1 || run.digits.ends_with(b"000"))
        {
            return true;
        }
        // Slashes alone: dates and fractions ("2403/779"); a phone with a slash has a
        // trunk prefix ("0212/1234567") or more separators ("030/123 45 67").
        if slashed
            && run.gaps & !GAP_SLASH & (GAP_SPACE | GAP_DASH) == 0
            && (g.len() > 2 || run.digits[0] != b'0')
        {
            return true;
        }
        false
    }
}

impl Run {
    /// With a phone word nearby, any 7-15 digit run counts (not a year, date or price,
    /// checked before).
    fn counts_as_number(&self) -> bool {
        (MIN_NATIONAL..=15).contains(&self.digits.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        let p = Phone::new();
        assert!(p.codes.len() > 200, "{}", p.codes.len());
        assert!(p.regions.len() >= 30);
    }

    #[test]
    fn international_numbers_by_code_and_length() {
        let p = Phone::new();
        for (digits, nsn) in [
            ("14155552671", 10),
            ("4930123456", 8),
            ("447911123456", 10),
            ("4402079460958", 10),
            ("918123456789", 10),
            ("6837290", 4),
            ("8613123456789", 11),
        ] {
            assert_eq!(p.international(digits.as_bytes()), Some(nsn), "{digits}");
        }
        for digits in ["1415555267", "4412", "99912345678", "0123456789"] {
            assert_eq!(p.international(digits.as_bytes()), None, "{digits}");
        }
    }

    #[test]
    fn national_matches() {
        let p = Phone::new();
        assert_eq!(p.national(b"08123456789", false), National::TrunkMobile);
        assert_eq!(p.national(b"03001234567", false), National::TrunkMobile);
        assert_eq!(p.national(b"2015550123", false), National::Mobile);
        assert_eq!(p.national(b"030123456", false), National::Trunk);
    }

    /// The token scan's classes and digit runs of `t`.
    fn scan_of(t: &[u8]) -> (Classes, Vec<usize>) {
        (
            crate::detect::scan::classes(t),
            crate::detect::scan::marks(t),
        )
    }

    fn tokens(p: &Phone, text: &str) -> Vec<(String, Option<Tag>)> {
        let t = text.as_bytes();
        let (classes, marks) = scan_of(t);
        let mut scan = TokenScan {
            classes: &classes,
            digits: Marks::new(t, &marks),
        };
        let mut out = Vec::new();
        let mut i = 0;
        while let Some((a, b, tag)) = p.next_token(t, i, t.len(), &mut scan) {
            out.push((text[a..b].to_string(), tag));
            i = b;
        }
        out
    }

    #[test]
    fn tokens_are_digit_runs_and_whole_number_words() {
        let p = Phone::new();
        let got = tokens(&p, "nine 8 someone one8 uno, नौ 🔥 double");
        let want = [
            ("nine", Some(Tag::Digit(9))),
            ("8", None),
            ("8", None),
            ("uno", Some(Tag::Digit(1))),
            ("नौ", Some(Tag::Digit(9))),
            ("double", Some(Tag::Times(2))),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((g, gt), (w, wt)) in got.iter().zip(want) {
            assert_eq!((g.as_str(), *gt), (w, wt));
        }
    }

    /// The token scan as a plain byte loop (the scan before it read eight bytes at a time).
    fn next_token_plain(
        p: &Phone,
        t: &[u8],
        mut i: usize,
        limit: usize,
    ) -> Option<(usize, usize, Option<Tag>)> {
        while i < limit {
            i += t[i..limit]
                .iter()
                .position(|&b| CLASS[usize::from(b)] != 0)?;
            let a = i;
            let class = CLASS[usize::from(t[a])];
            i += t[a..]
                .iter()
                .position(|&b| CLASS[usize::from(b)] != class)
                .unwrap_or(t.len() - a);
            if class == DIGIT {
                return Some((a, i, None));
            }
            let glued =
                (a > 0 && t[a - 1].is_ascii_digit()) || t.get(i).is_some_and(u8::is_ascii_digit);
            if (2..=24).contains(&(i - a)) && !glued {
                if let Some(tag) = p.numbers.get(&t[a..i]) {
                    return Some((a, i, Some(tag)));
                }
            }
        }
        None
    }

    #[test]
    fn token_scan_equals_a_plain_scan() {
        let p = Phone::new();
        let pieces = [
            "nine", "un", "do", "neuf", "नौ", "один", "double", "x", "🔥", "uno", "dos", "the",
            "7", "12", "345", " ", " ", "-", ".", "(", ")", "+", "\n", "é", "a1", "ek",
        ];
        let mut seed: u32 = 5;
        for round in 0..6000 {
            let mut text = String::new();
            // Short texts, and longer ones over several 64-byte blocks.
            let pieces_n = if round < 3000 { seed % 17 } else { seed % 61 };
            for _ in 0..pieces_n {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let t = text.as_bytes();
            // From every token end (and 0), with a short limit and with none.
            let mut from = vec![0];
            let mut i = 0;
            while let Some((_, b, _)) = next_token_plain(&p, t, i, t.len()) {
                from.push(b);
                i = b;
            }
            let (classes, marks) = scan_of(t);
            let mut scan = TokenScan {
                classes: &classes,
                digits: Marks::new(t, &marks),
            };
            for &i in &from {
                for limit in [(i + MAX_GAP + 1).min(t.len()), t.len()] {
                    assert_eq!(
                        p.next_token(t, i, limit, &mut scan),
                        next_token_plain(&p, t, i, limit),
                        "{text:?} from {i} to {limit}"
                    );
                }
            }
            seed = seed.wrapping_add(1);
        }
    }

    #[test]
    fn trigram_at_is_the_trigram_of_the_rest() {
        let t = "नौ a9 uno, dos é 7x".as_bytes();
        for a in 0..t.len() {
            assert_eq!(
                trigram_at(t, a),
                trigram(&t[a..(a + 3).min(t.len())]),
                "{a}"
            );
        }
    }

    #[test]
    fn counting_runs() {
        let run = |values: &[u16]| Run {
            tokens: values
                .iter()
                .map(|&v| Token {
                    start: 0,
                    end: 1,
                    digits: 1,
                    word: false,
                    value: v,
                })
                .collect(),
            ..Run::default()
        };
        assert!(run(&[1, 2, 3, 4, 5, 6, 7]).counts());
        assert!(run(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).counts());
        assert!(run(&[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]).counts());
        assert!(run(&[9, 8, 7, 6, 5, 4, 3, 2, 1]).counts(), "a countdown");
        assert!(
            !run(&[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]).counts(),
            "a phone-like countdown"
        );
        assert!(!run(&[9, 8, 1, 2, 5, 4, 7]).counts());
        assert!(!run(&[3, 4, 5]).counts(), "too short to tell");
    }

    #[test]
    fn allow_listed_numbers_match_in_any_format() {
        use crate::{CheckOptions, Filter, FilterOptions, Policy};
        let policy = Policy::from_json(r#"{"allow":{"terms":["+14155552671"]}}"#).unwrap();
        let filter = Filter::with_options(FilterOptions {
            policy: Some(policy),
            ..Default::default()
        })
        .unwrap();
        let opts = CheckOptions::default();
        for text in [
            "call +1 (415) 555-2671",
            "+44 (0)20 7946 0958 or +14155552671",
        ] {
            let phones: Vec<_> = filter
                .check(text, &opts)
                .findings
                .into_iter()
                .filter(|f| f.rule == RuleId::PrivacyPhone)
                .map(|f| &text[f.bytes.range()])
                .collect();
            let want: &[&str] = if text.starts_with("call") {
                &[]
            } else {
                &["+44 (0)20 7946 0958"]
            };
            assert_eq!(phones, want, "{text}");
        }
    }

    #[test]
    fn gaps() {
        assert_eq!(gap_kind("-", false), Some(GAP_DASH));
        assert_eq!(gap_kind(") ", false), Some(GAP_PAREN | GAP_SPACE));
        assert_eq!(gap_kind("x", true), Some(GAP_LETTER));
        assert_eq!(gap_kind("x", false), None);
        assert_eq!(gap_kind("a", true), None, "hex");
        assert_eq!(gap_kind(" and ", true), None);
        assert!(gap_kind("🔥", true).is_some_and(|k| k & GAP_ODD != 0));
        assert_eq!(gap_kind(":", true), None);
    }
}
