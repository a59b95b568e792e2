//! `privacy.bank_account`: bank account numbers and the codes that route money to them.
//!
//! Caught on their own, because a check or a registry makes them distinctive:
//! * `iban`: IBANs of every registry country, length, BBAN structure and mod-97 checked
//!   ([`iban`]).
//! * `clabe`: Mexican CLABEs, 18 digits with a valid 3-7-1 check digit **and** a bank
//!   code of Banxico's catalogue (1 in 10 random 18-digit runs pass the check alone, so
//!   the bank code is required; next to the word "clabe" any bank code is accepted).
//!   Still 1 in 94 random 18-digit runs pass both (Discord ids, order numbers), so a
//!   CLABE written compact is reported surely next to a banking or paying word
//!   ("transferencia", "spei", "cuenta", "pay"...), and with no word only as a token on
//!   its own, not after an id, order or tracking word, `#`, or inside a URL or a mention
//!   (less surely; see `BankAccount::compact_clabe`); grouped `032 180 00011835971 9` it
//!   stands alone.
//! * `cbu`: Argentine CBU/CVU, 22 digits with two check digits.
//! * `upi`: Indian UPI ids, `name@handle` with a handle of `src/data/upi_handles.txt`
//!   (the e-mail detector wants a real top-level domain, so the two never both fire).
//! * `ifsc`: Indian IFSCs whose four letters are a known bank code (`SBIN0001234`);
//!   any four letters next to the word "ifsc".
//! * `sort_code`: a UK sort code with its 8-digit account, `12-34-56 12345678`.
//!
//! Caught only next to a word of `src/data/bank_words.tsv` ("next to": the value starts
//! within 40 bytes after the word, with at most three filler words such as "number",
//! "is", "nº", "de", "BCA" between, or after a colon; not anywhere in the message):
//! * `account`: 6 to 20 digits (8 to 20 after the weaker word "bank"), in groups joined
//!   by dashes or spaces (`0049-1500-0512-3456`, `5591 3617 1521 3350 58`,
//!   `19-2000145399/0800`), or a longer or lettered national account number (BBAN) in an
//!   IBAN country's structure (`AQNT78619896754300`), after "account", "acct", "a/c",
//!   "cuenta", "conta", "compte", "Konto", "rekening", "no rek", "खाता", "khata", "حساب",
//!   "счёт", "hesap", "numer konta", "銀行口座", "계좌", "账号" and 70 more. An 18-digit
//!   CLABE or 22-digit CBU there gets its own kind when its check digits hold; otherwise
//!   it is an `account` like any other number.
//! * `routing`: US ABA routing numbers (3-7-1 check, Federal Reserve prefix 00-12, 21-32,
//!   61-72, 80) after "routing", "ABA", "RTN", "ACH"; Russian bank identifiers (9 digits
//!   from 04) after "БИК".
//! * `sort_code`: a sort code alone (`12-34-56`, `123456`) after "sort code".
//! * `ifsc`: any four letters, 0, six letters or digits after "ifsc".
//! * `swift`: BICs (4 letters, a real ISO country, 2 + optional 3 letters or digits)
//!   after "swift" or "bic"; one of letters only ("Taylor Swift concerts" is shaped like
//!   one) needs a label ("swift:", "swift code", "bic is", "SWIFT" in capitals), the
//!   head-office branch `XXX` or to be written in capitals itself (so "Taylor Swift
//!   CONCERTS" is read as a BIC: `ER` is Eritrea); after the weaker "bank" only when written in capitals in a message that is
//!   not shouting, or with a digit in the location code.
//! * `clabe`, `cbu`: any bank code after "clabe" / "cbu" / "cvu", check digits required.
//! * `pix`: Brazilian Pix keys after "pix" / "chave pix": a CPF or CNPJ with valid
//!   check digits, a Brazilian phone number (area code, then a landline from 2-5 or a
//!   mobile from 9), an e-mail address or a random key (UUID).
//!
//! Deliberately not caught: a number whose word comes after it ("12345678 is my
//! account"); a number after a word that is no filler ("my account phone is ...": a
//! phone number, left to `privacy.phone`; "account id 123456789": a platform id;
//! "account balance 1500000"); amounts and counts ("account $5000", "transfer 5000 to my
//! account", "cuenta 1500000 habitantes", "konto 1 500 000 zł": a unit word after the
//! number, or thousands groups); "account 2 of 3", "account since 2019"; dates
//! (`2024-05-12`, `12/05/2024`, `20240512`), times, decimals; checksum-broken routing
//! numbers, CLABEs, CBUs, CPFs and CNPJs; capitalised words shaped like a BIC
//! ("BUILDING"; "DEUTSCHE" and "BRANCHES" after "bank" in a shout) unless a swift/bic
//! word says so; a sort code or BIC alone; a CLABE written compact after an id, order
//! or tracking word, in a URL or glued to other characters.
//!
//! Overlaps with other rules are settled by confidence in the report stage: Pix keys
//! (0.96) win over the e-mail, phone and national-id findings of the same text, since
//! "pix" says what the value is for; account numbers (0.8) lose to payment cards and to
//! phone numbers that their detectors are surer of.

mod codes;
mod heads;
mod iban;
mod numbers;
mod pix;
mod upi;

use crate::detect::chars::{alnum_before, is_unspaced_script};
use crate::detect::lexicon::{ceil_boundary, floor_boundary, Lexicon};
use crate::detect::scan::{long_bit_runs, Classes};
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;
use heads::Heads;
use numbers::{read_digits, Digits};
use std::ops::Range;

// The tables, parsed by build.rs (see `bank_account/table.rs`): `WORDS` and
// `WORD_CLASSES`, `FILLERS`, `OTHERS`, `UNITS`, `BIC_COUNTRIES`, `IFSC_BANKS`, `CLABE_BANKS` and
// `UPI_HANDLES`.
include!(concat!(env!("OUT_DIR"), "/bank_account_tables.rs"));

/// How far after its word a value may start, in bytes of the folded view.
const WINDOW: usize = 40;
/// How far around a BIC its message is looked at to tell capitals from shouting, in bytes.
const CAPS_WINDOW: usize = 80;
/// How far before a value its context word is looked for: the window, plus the
/// longest word, in bytes.
const WORD_BACK: usize = WINDOW + 32;
/// The longest filler word, in chars.
const MAX_FILLER_CHARS: usize = 16;
/// How many filler words may stand between a word and its value.
const MAX_FILLERS: usize = 3;

/// What a context word announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
enum Class {
    Account,
    Bank,
    Routing,
    /// A Russian bank identifier (БИК).
    Bik,
    SortCode,
    Ifsc,
    Swift,
    Clabe,
    Cbu,
    Pix,
    /// A word of paying: no value follows it, but it makes a compact CLABE count.
    Money,
}

/// Every class, by its tag in the word table.
const CLASSES: [Class; 11] = [
    Class::Account,
    Class::Bank,
    Class::Routing,
    Class::Bik,
    Class::SortCode,
    Class::Ifsc,
    Class::Swift,
    Class::Clabe,
    Class::Cbu,
    Class::Pix,
    Class::Money,
];

/// The bank account detector.
pub(crate) struct BankAccount {
    iban: iban::Iban,
    upi: upi::Upi,
    /// The context words, tagged with their [`Class`] (as its index in [`CLASSES`]).
    words: Lexicon<u32>,
    /// The words a BIC of letters only may follow ("swift", "bic", "bank"): a few, so
    /// the whole text is searched for them fast (their class is looked up in `words`).
    bic_words: Lexicon<()>,
    /// The heads of `bic_words`: a window holding none is not searched.
    bic_heads: Heads,
    fillers: crate::detect::coded::WordSet,
    /// Words that make a number an id, an order or a tracking number (`other`).
    others: Lexicon<()>,
    units: crate::detect::coded::WordSet,
    bic_countries: Countries,
    ifsc_banks: Codes,
    clabe_banks: Codes,
}

impl BankAccount {
    pub(crate) fn new() -> BankAccount {
        // The BIC words: a few, searched for in the whole text.
        let bic_words = || {
            crate::detect::coded::rows(WORDS)
                .zip(WORD_CLASSES)
                .filter(|&(_, c)| matches!(CLASSES[c as usize], Class::Swift | Class::Bank))
                .map(|(w, _)| w)
        };
        BankAccount {
            bic_heads: Heads::new(bic_words()),
            iban: iban::Iban::new(),
            upi: upi::Upi::new(),
            bic_words: Lexicon::new(bic_words().map(|w| (w, ()))),
            words: Lexicon::new(
                crate::detect::coded::rows(WORDS).zip(WORD_CLASSES.iter().copied()),
            ),
            fillers: crate::detect::coded::word_set(FILLERS),
            others: Lexicon::new(crate::detect::coded::rows(OTHERS).map(|w| (w, ()))),
            units: crate::detect::coded::word_set(UNITS),
            bic_countries: Countries(&BIC_COUNTRIES),
            ifsc_banks: Codes(&IFSC_BANKS),
            clabe_banks: Codes(&CLABE_BANKS),
        }
    }
}

/// A table of short codes (2 to 4 bytes), packed into sorted integers.
struct Codes(&'static [u32]);

impl Codes {
    fn contains(&self, code: &[u8]) -> bool {
        self.0.binary_search(&pack(code)).is_ok()
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// A set of countries (two capital letters), one bit per pair.
struct Countries(&'static [u32; 26]);

impl Countries {
    fn contains(&self, code: &[u8; 2]) -> bool {
        let [a, b] = *code;
        a.is_ascii_uppercase()
            && b.is_ascii_uppercase()
            && self.0[usize::from(a - b'A')] >> (b - b'A') & 1 == 1
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// Up to 4 bytes as one integer.
fn pack(code: &[u8]) -> u32 {
    code.iter().take(4).fold(0, |v, &b| v << 8 | u32::from(b))
}

/// A value found: where, what kind, how sure.
type Found = (Range<usize>, &'static str, f32);

impl Detector for BankAccount {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyBankAccount]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let report = |out: &mut Sink<'_>, (range, kind, confidence): Found| {
            out.report(
                view,
                range,
                Hit::new(RuleId::PrivacyBankAccount, confidence).kind(kind),
            );
        };
        let marks = text.marks();
        self.iban.find(t, marks, |range, compact| {
            let hit = Hit::new(RuleId::PrivacyBankAccount, 0.97)
                .kind("iban")
                .value(compact);
            out.report(view, range, hit);
        });
        self.upi
            .find(t, marks, |range| report(out, (range, "upi", 0.95)));
        // Numbers distinctive alone (CLABE, CBU, sort code with account, IFSC codes), and
        // the windows before anything that may be a value, where its word would be.
        let windows = self.alone(t, marks, |found| report(out, found));
        // BICs of letters only ("DEUTDEFF") after "swift", "bic", "bank". A BIC is a run
        // of eight or more ASCII letters, and a value is read at most WINDOW bytes after
        // its word: the words are looked for only before such runs (found in the check's
        // bit set of ASCII letters, sixty-four bytes at a time), not in the whole text.
        let b = t.as_bytes();
        // Only a run that is a whole BIC of letters can be the value (8 or 11 letters, a
        // real country, no digit glued after): the words are looked for before it alone.
        let bic_like = |run: &Range<usize>| {
            matches!(run.len(), 8 | 11)
                && !b.get(run.end).is_some_and(u8::is_ascii_digit)
                && self.bic_countries.contains(&[
                    b[run.start + 4].to_ascii_uppercase(),
                    b[run.start + 5].to_ascii_uppercase(),
                ])
        };
        let mut seen = 0; // words that start before this were tried
        for run in long_bit_runs(text.letters(), 8).filter(bic_like) {
            let lo = floor_boundary(t, run.start.saturating_sub(WORD_BACK).max(seen));
            if !self.bic_heads.any_in(&b[lo..run.start]) {
                continue;
            }
            for ((), word) in self.bic_words.find(&t[lo..run.start]) {
                let word = word.start + lo..word.end + lo;
                // A window's first word may be the end of a longer one.
                if word.start == lo && alnum_before(t, lo) {
                    continue;
                }
                seen = word.end;
                // The word's class, from the table of all words (the word is one of its entries).
                let class = self
                    .words
                    .find(&t[word.clone()])
                    .next()
                    .map(|(tag, _)| CLASSES[tag as usize]);
                let Some(class) = class else { continue };
                let bic = |at: usize, label: bool| {
                    let letters = !codes::token(b, at).iter().any(u8::is_ascii_digit);
                    let found = b[at].is_ascii_alphabetic() && letters;
                    found
                        .then(|| self.value(text, view, class, at, label))
                        .flatten()
                };
                // Only a BIC of letters after "swift"/"bic" asks whether the word is a label.
                let label = class == Class::Swift && is_label(text, view, word.clone());
                if let Some(found) = self.after_word(t, word.end, &|at, l| bic(at, l || label)) {
                    report(out, found);
                }
            }
        }
        // Values after a context word: the words are looked for in those windows only,
        // so text without digits costs no pass of the large lexicon.
        let mut done = 0;
        for &(lo, hi) in &windows {
            for (class, word) in self.words_in(t, text.classes(), lo, hi) {
                if word.end < done || class == Class::Money {
                    continue;
                }
                let label = class == Class::Swift && is_label(text, view, word.clone());
                if let Some(found) = self.after_word(t, word.end, &|at, l| {
                    self.value(text, view, class, at, l || label)
                }) {
                    done = found.0.end;
                    report(out, found);
                }
            }
        }
    }
}

impl BankAccount {
    /// Finds the value after a context word ending at `from`: skips separators and up
    /// to [`MAX_FILLERS`] filler words, trying `value` at each token start within
    /// [`WINDOW`] bytes (with whether a colon or filler came before it).
    fn after_word(
        &self,
        t: &str,
        from: usize,
        value: &dyn Fn(usize, bool) -> Option<Found>,
    ) -> Option<Found> {
        let b = t.as_bytes();
        let limit = (from + WINDOW).min(b.len());
        let mut i = from;
        let mut fillers = 0;
        loop {
            let gap = i;
            while i < limit
                && matches!(
                    b[i],
                    b' ' | b':'
                        | b'-'
                        | b'.'
                        | b'#'
                        | b'='
                        | b'('
                        | b')'
                        | b','
                        | b'"'
                        | b'\''
                        | b'*'
                        | b'>'
                        | b'\t'
                        | b'\r'
                        | b'\n'
                )
            {
                i += 1;
            }
            if i >= limit {
                return None;
            }
            // Labelled: a colon or a filler word between the word and the value.
            let labelled = fillers > 0 || b[gap..i].contains(&b':');
            if let Some(found) = value(i, labelled) {
                return Some(found);
            }
            // A filler word: letters only, a whole word (or of an unspaced script).
            // Fillers are short: a longer word (or a run of unspaced script) is none.
            let word_end = word_end(t, i);
            if t[i..word_end].chars().nth(MAX_FILLER_CHARS).is_some() {
                return None;
            }
            if word_end == i || fillers == MAX_FILLERS || !self.fillers.contains(&t[i..word_end]) {
                return None;
            }
            let last = t[i..word_end].chars().next_back();
            if b.get(word_end).is_some_and(u8::is_ascii_digit)
                && !last.is_some_and(is_unspaced_script)
            {
                return None; // "de89...": a filler glued to digits is no filler
            }
            fillers += 1;
            i = word_end;
        }
    }

    /// The value of `class` starting at `at`, if there is one; `labelled` when a colon or
    /// a filler stands between the word and it, or the word is a label ([`is_label`]).
    fn value(
        &self,
        text: &Normalized<'_>,
        view: &View<'_>,
        class: Class,
        at: usize,
        labelled: bool,
    ) -> Option<Found> {
        let t = view.text();
        let b = t.as_bytes();
        if at > 0
            && b[at - 1].is_ascii_alphanumeric()
            && !t[..at].chars().next_back().is_some_and(is_unspaced_script)
        {
            // Only fillers end right before a value glued to them ("no12345678").
            if !b[at].is_ascii_digit() {
                return None;
            }
        }
        let c = b[at];
        if class == Class::Pix {
            let start = if at > 0 && b[at - 1] == b'(' {
                at - 1
            } else {
                at
            };
            return pix::key_at(b, at).map(|end| (start..end, "pix", 0.96));
        }
        if c.is_ascii_digit() {
            let d = read_digits(b, at, false);
            let found = d
                .clean()
                .then(|| self.digits_value(t, class, &d, at))
                .flatten();
            // Letters right after the digits: a BBAN such as "73600752062337563745571xs".
            let tok = codes::token(b, at);
            let account = matches!(class, Class::Account | Class::Bank);
            let bban =
                account && tok.len() > d.n && !glued_at(t, at + tok.len()) && self.is_bban(tok);
            let found = found.or_else(|| bban.then_some((at..at + tok.len(), "account", 0.8)));
            return found.or_else(|| {
                // A check-digit number grouped with a short last group.
                let loose = read_digits(b, at, true);
                let checked = matches!(
                    class,
                    Class::Account | Class::Bank | Class::Clabe | Class::Cbu
                );
                (checked && loose.clean() && loose.n != d.n)
                    .then(|| self.check_digit_value(&loose, at, None))
                    .flatten()
            });
        }
        if !c.is_ascii_alphabetic() {
            return None;
        }
        let tok = codes::token(b, at);
        let end = at + tok.len();
        if glued_at(t, end) {
            return None;
        }
        if matches!(class, Class::Account | Class::Bank) && self.is_bban(tok) {
            return Some((at..end, "account", 0.8));
        }
        let bic = codes::bic_shape(tok, |cc| self.bic_countries.contains(&cc));
        let ifsc = codes::ifsc_shape(tok);
        match class {
            // "Taylor Swift concerts": a BIC of letters only needs a label ("swift:",
            // "swift code", "bic is", "SWIFT"), the head office's branch code "xxx", or
            // to be written in capitals.
            Class::Swift
                if bic
                    && (labelled
                        || tok[6..].iter().any(u8::is_ascii_digit)
                        || tok.ends_with(b"xxx")
                        || self.written_in_capitals(text, view, at..end)) =>
            {
                Some((at..end, "swift", 0.9))
            }
            Class::Ifsc if ifsc => Some((at..end, "ifsc", 0.9)),
            Class::Bank | Class::Account
                if ifsc && self.ifsc_banks.contains(&codes::upper4(tok)) =>
            {
                Some((at..end, "ifsc", 0.9))
            }
            Class::Bank
                if bic
                    && (tok[6..].iter().any(u8::is_ascii_digit)
                        || self.written_in_capitals(text, view, at..end)) =>
            {
                Some((at..end, "swift", 0.85))
            }
            _ => None,
        }
    }

    /// The digit value of `class` read at `at`.
    fn digits_value(&self, t: &str, class: Class, d: &Digits, at: usize) -> Option<Found> {
        if d.bank_code && !matches!(class, Class::Account | Class::Bank) {
            return None; // only accounts end in "/0800"
        }
        let digits = d.digits();
        let range = at..d.end;
        if let Some(end) = self.sort_code_account(d) {
            return Some((at..end, "sort_code", 0.9));
        }
        match class {
            Class::Routing => numbers::aba_valid(digits).then_some((range, "routing", 0.9)),
            // 04, a region code, a branch number: no check digit.
            Class::Bik => {
                (d.shaped(&[9]) && digits.starts_with(b"04")).then_some((range, "routing", 0.85))
            }
            Class::SortCode => {
                let six = d.shaped(&[2, 2, 2]) || d.shaped(&[6]);
                six.then_some((range, "sort_code", 0.9))
            }
            Class::Clabe | Class::Cbu => self.check_digit_value(d, at, None),
            Class::Account | Class::Bank => {
                let min = if class == Class::Bank { 8 } else { 6 };
                self.check_digit_value(d, at, None).or_else(|| {
                    // Longer than 20 digits: only a registry country's BBAN.
                    let plain = digits.len() >= min
                        && digits.len() <= 20
                        && !d.is_date()
                        && !d.is_thousands();
                    let long = self.is_bban(digits) || self.is_nrb(digits);
                    let account = (plain || long) && !self.unit_after(t, d.end);
                    account.then_some((range, "account", 0.8))
                })
            }
            Class::Ifsc | Class::Swift | Class::Pix | Class::Money => None,
        }
    }

    /// Whether the word after `end` makes the number a count or an amount
    /// ("1500000 habitantes", "1 500 000 zł").
    fn unit_after(&self, t: &str, end: usize) -> bool {
        let from = end + usize::from(t.as_bytes().get(end) == Some(&b' '));
        if t.as_bytes().get(from) == Some(&b'$') {
            return true;
        }
        let word_end = word_end(t, from);
        word_end > from && self.units.contains(&t[from..word_end])
    }

    /// Whether `tok` is a national account number (BBAN) of an IBAN country with letters
    /// or more than 20 digits, such as `AQNT78619896754300` (UK) or 23 digits (France):
    /// at least 10 characters, 6 of them digits, in a registry country's structure.
    fn is_bban(&self, tok: &[u8]) -> bool {
        (10..=30).contains(&tok.len())
            && tok.iter().filter(|c| c.is_ascii_digit()).count() >= 6
            && self.iban.is_bban(tok)
    }

    /// A Polish account number (NRB): 26 digits, the IBAN without its "PL".
    fn is_nrb(&self, digits: &[u8]) -> bool {
        let mut iban = [0u8; 28];
        if digits.len() != 26 {
            return false;
        }
        iban[..2].copy_from_slice(b"PL");
        iban[2..].copy_from_slice(digits);
        self.iban.check(&iban) == iban::IbanCheck::Valid
    }

    /// A CLABE or CBU read at `at` (any bank code, or one of `clabe_banks` when given).
    fn check_digit_value(
        &self,
        d: &Digits,
        at: usize,
        clabe_banks: Option<&Codes>,
    ) -> Option<Found> {
        if d.bank_code {
            return None;
        }
        let digits = d.digits();
        if numbers::clabe_valid(digits)
            && clabe_banks.is_none_or(|banks| banks.contains(&digits[..3]))
        {
            Some((at..d.end, "clabe", 0.9))
        } else if numbers::cbu_valid(digits) {
            Some((at..d.end, "cbu", 0.9))
        } else {
            None
        }
    }

    /// A sort code and account written together, `12-34-56 12345678`: the end.
    fn sort_code_account(&self, d: &Digits) -> Option<usize> {
        if d.bank_code {
            return None;
        }
        (d.shaped(&[2, 2, 2, 8]) && d.groups[1].1 == b'-' && d.groups[2].1 == b'-').then_some(d.end)
    }

    /// Whether the original text of `range` is in capitals while the message is not
    /// shouting (a BIC is written "DEUTDEFF"; "BANK BUILDING" is a shout).
    fn written_in_capitals(
        &self,
        text: &Normalized<'_>,
        view: &View<'_>,
        range: Range<usize>,
    ) -> bool {
        let original = text.original();
        let span = view.to_original(range, original);
        let value = &original[span.range()];
        let upper = |s: &str| count(s, u8::is_ascii_uppercase);
        let lower = |s: &str| count(s, u8::is_ascii_lowercase);
        if upper(value) != count(value, u8::is_ascii_alphabetic) {
            return false;
        }
        // The message around it, within a bounded window (linear time on long text).
        let from = floor_boundary(original, span.start.saturating_sub(CAPS_WINDOW));
        let to = ceil_boundary(original, (span.end + CAPS_WINDOW).min(original.len()));
        let (before, after) = (&original[from..span.start], &original[span.end..to]);
        // The words right before and after it are not in capitals either ("BANK
        // BRANCHES CLOSE").
        let shout = |w: Option<&str>| w.is_some_and(|w| upper(w) >= 2 && lower(w) == 0);
        let (prev, next) = (
            before.split_whitespace().next_back(),
            after.split_whitespace().next(),
        );
        lower(before) + lower(after) > upper(before) + upper(after) && !shout(prev) && !shout(next)
    }

    /// Numbers and codes distinctive without a word next to them: CLABE (check digit and
    /// a known bank code; written compact, only with a banking or paying word near it),
    /// CBU (two check digits), sort code with account, IFSC of a known bank.
    ///
    /// Wakes only at digits and `@` (every value but an all-letter BIC has one), found
    /// eight bytes at a time. Returns the windows (merged, in order) where a context word
    /// for a value starting there would be.
    fn alone(&self, t: &str, marks: &[usize], mut found: impl FnMut(Found)) -> Vec<(usize, usize)> {
        let b = t.as_bytes();
        let mut windows: Vec<(usize, usize)> = Vec::new();
        let mut anchor = |at: usize, back: usize| {
            let lo = floor_boundary(t, at.saturating_sub(back));
            match windows.last_mut() {
                Some(w) if lo <= w.1 => w.1 = w.1.max(at),
                last => {
                    let lo = last.map_or(lo, |w| lo.max(w.1));
                    windows.push((lo, at));
                }
            }
        };
        // A word start: after ASCII punctuation, or after a char that is no letter.
        let word_start = |i: usize| {
            i == 0
                || if b[i - 1] < 0x80 {
                    !b[i - 1].is_ascii_alphanumeric()
                } else {
                    !alnum_before(t, i)
                }
        };
        let mut i = 0;
        for &j in marks {
            if j < i {
                continue;
            }
            if b[j] == b'@' {
                // A Pix e-mail key: its name part comes first.
                anchor(j, WORD_BACK + 64);
                i = j + 1;
                continue;
            }
            // Letters glued before the digit: a lettered token (BBAN, IFSC, UUID, BIC).
            let mut s = j;
            while s > i && j - s < 32 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            if s < j {
                let tok = codes::token(b, s);
                if word_start(s) {
                    anchor(s, WORD_BACK);
                    if codes::ifsc_shape(tok)
                        && !glued_at(t, s + tok.len())
                        && self.ifsc_banks.contains(&codes::upper4(tok))
                    {
                        found((s..s + tok.len(), "ifsc", 0.85));
                    }
                }
                i = s + tok.len();
                continue;
            }
            anchor(j, WORD_BACK);
            // Not inside a word, an id ("#", "id=..."), a URL, a decimal or a phone.
            let starts = word_start(j)
                && !(j > 0
                    && matches!(
                        b[j - 1],
                        b'#' | b'/' | b'=' | b'+' | b'.' | b',' | b'-' | b'_' | b'@' | b':'
                    ));
            if !starts {
                i = j;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                continue;
            }
            // A short number that cannot go on (no dash, no group of three after a
            // space, no bank code after a slash) is no CLABE, CBU or sort code with
            // account (14 digits or more): its digits need no reading ("1 2 3 4 ...").
            let e = j + b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
            let goes_on = match b.get(e) {
                Some(b'-') => b.get(e + 1).is_some_and(u8::is_ascii_digit),
                Some(b' ') => b
                    .get(e + 1..e + 4)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit)),
                Some(b'/') => true,
                _ => false,
            };
            if e - j < 14 && !goes_on {
                i = e;
                continue;
            }
            let d = read_digits(b, j, false);
            if d.clean() {
                let checked = self
                    .check_digit_value(&d, j, Some(&self.clabe_banks))
                    .or_else(|| {
                        // A short last group ("130 387 86669316133 2") only when it helps:
                        // after most of a CLABE or CBU (not after "1 2 3 4 ...", which
                        // would read 35 digits again at every digit).
                        let more = d.n >= 14
                            && b.get(d.end) == Some(&b' ')
                            && b.get(d.end + 1).is_some_and(u8::is_ascii_digit);
                        let loose = more.then(|| read_digits(b, j, true))?;
                        (loose.clean() && loose.n != d.n)
                            .then(|| self.check_digit_value(&loose, j, Some(&self.clabe_banks)))
                            .flatten()
                    });
                // A compact CLABE is 1 in 100 random 18-digit runs: see `compact_clabe`.
                let checked = checked.and_then(|h| {
                    if h.1 == "clabe" && d.n_groups == 1 {
                        self.compact_clabe(t, h)
                    } else {
                        Some(h)
                    }
                });
                if let Some(hit) = checked {
                    found(hit);
                } else if let Some(end) = self.sort_code_account(&d) {
                    found((j..end, "sort_code", 0.85));
                }
            }
            // Skip the rest of the run (read_digits stops after MAX_DIGITS + 1).
            i = d.end.max(j + 1);
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        windows
    }

    /// A CLABE written as 18 digits in one run (its check digit and bank code hold), when
    /// it can be reported: with a banking or paying word of the table next to it (before
    /// or after), surely; with no word at all, when it stands alone, less surely.
    ///
    /// Why a bare one at all: a CLABE is how money is sent to someone in Mexico, and it
    /// is pasted as it is ("aquí está: 032180000118359719"). What else is 18 digits in a
    /// chat: Discord and Twitter/X snowflake ids (17 to 19 digits), SSCC shipping labels,
    /// some order and tracking numbers. Of random 18-digit runs, 106 bank codes of 1000
    /// times 1 check digit of 10 pass: about 1 in 94. So a bare run counts only where an
    /// id would not be written: not after a word that makes it an id, an order, a
    /// tracking or ticket number (`other` words of `bank_words.tsv`, before or after it,
    /// in many languages), not inside a URL or a mention (`/`, `=`, `@`, `#`, `:` glued
    /// before it are ruled out by the caller; a glued `/`, `?`, `&` or letter after it
    /// here), not after `#` or `№` with a space, and only as a whole token: spaces, or
    /// brackets, quotes and sentence punctuation, around it.
    fn compact_clabe(&self, t: &str, hit: Found) -> Option<Found> {
        let (at, end) = (hit.0.start, hit.0.end);
        if self.words.near(t, at, end, WORD_BACK, WORD_BACK) {
            return Some(hit);
        }
        if self.others.near(t, at, end, WORD_BACK, WORD_BACK) {
            return None;
        }
        let before = t[..at].trim_end_matches(&['(', '"', '\'', '«', '“'][..]);
        let after =
            t[end..].trim_start_matches(&[')', '"', '\'', '»', '”', '.', ',', '!', '?', ';'][..]);
        let alone = before.chars().next_back().is_none_or(char::is_whitespace)
            && after.chars().next().is_none_or(char::is_whitespace)
            && !before.trim_end().ends_with(&['#', '№'][..]);
        alone.then_some((hit.0, "clabe", 0.75))
    }

    /// The context words in `t[lo..hi]`, as whole words of `t` (a window edge is no word
    /// boundary), with ranges in `t`. `classes` are those of `t`, the folded view
    /// ([`Normalized::classes`]).
    fn words_in<'a>(
        &'a self,
        t: &'a str,
        classes: &'a Classes,
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = (Class, Range<usize>)> + 'a {
        self.words
            .find_in(t, lo, hi, classes)
            .filter_map(move |(tag, r)| {
                let class = CLASSES[tag as usize];
                let (s, e) = (r.start + lo, r.end + lo);
                let spaced = |c: Option<char>| !c.is_some_and(is_unspaced_script);
                let cut_start = s == lo && spaced(t[s..].chars().next()) && alnum_before(t, s);
                let cut_end = e == hi && spaced(t[..e].chars().next_back()) && glued_at(t, e);
                (!cut_start && !cut_end).then_some((class, s..e))
            })
    }
}

/// How many bytes of `s` are `class` (ASCII classes: a byte is one only as a whole char).
fn count(s: &str, class: fn(&u8) -> bool) -> usize {
    s.bytes().filter(class).count()
}

/// Whether the context word at `range` reads as a label: a phrase ("swift code",
/// "swift/bic") or written in capitals ("SWIFT", "BIC"), unlike "Taylor Swift".
fn is_label(text: &Normalized<'_>, view: &View<'_>, range: Range<usize>) -> bool {
    if view.text()[range.clone()].contains(&[' ', '/'][..]) {
        return true;
    }
    let original = text.original();
    let word = &original[view.to_original(range, original).range()];
    count(word, u8::is_ascii_alphabetic) >= 3 && !word.chars().any(char::is_lowercase)
}

/// Where the word of [`is_word_char`] chars starting at `from` ends; the end of `t` when
/// none of its first `MAX_FILLER_CHARS + 1` chars ends it.
fn word_end(t: &str, from: usize) -> usize {
    t[from..]
        .char_indices()
        .take(MAX_FILLER_CHARS + 1)
        .find(|&(_, c)| !is_word_char(c))
        .map_or(t.len(), |(n, _)| from + n)
}

/// A char of a filler word: a letter, or a mark or sign of a non-Latin script
/// (Devanagari vowel signs and viramas are not "alphabetic").
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic()
        || !(c.is_whitespace()
            || c == crate::redact::MASK
            || matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '،' | '؛' | '«' | '»'))
}

/// True when a letter or digit is glued at `end` (so the token before it is not whole).
fn glued_at(t: &str, end: usize) -> bool {
    crate::detect::chars::alnum_after(t, end)
}

#[cfg(test)]
mod tests;
