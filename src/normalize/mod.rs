//! Normalize once: the views of a message that detectors read, each with its map back.
//!
//! A [`Normalized`] is made once per check. Its views are built lazily, the first
//! time a detector asks, and shared by every detector after it:
//!
//! * [`Normalized::raw`]: the text as typed.
//! * [`Normalized::folded`]: lower-cased; full-width, mathematical and enclosed forms
//!   made ASCII; decimal digits of every script made ASCII; zero-width, bidi and other
//!   invisible characters dropped; every Unicode space made `' '`; look-alike letters of
//!   other scripts (Cyrillic `а`, Greek `ο`) made Latin inside words that also have
//!   ASCII letters. Accented letters and other scripts' letters are kept.
//!
//! Also made once per check for the detectors, from the folded view and only when one
//! asks: where its runs of digits and its `@`s are (`Normalized::marks`), and which of
//! its bytes are ASCII letters or digits, belong to other chars or start them
//! (`Normalized::classes`, `Normalized::letters`), so that no detector classifies every
//! byte of a long text again.

mod case;
mod fold;
mod tables;
mod view;

pub(crate) use case::lowercase;
pub(crate) use fold::{confusable, is_word_char};
pub use view::View;

pub(crate) use view::ViewBuilder;

use crate::detect::scan::Classes;
use std::cell::OnceCell;
use unicode_segmentation::UnicodeSegmentation;

/// The views of one message. Detectors read these and never transform text themselves.
pub struct Normalized<'t> {
    original: &'t str,
    raw: View<'t>,
    folded: OnceCell<View<'t>>,
    marks: OnceCell<Vec<usize>>,
    classes: OnceCell<Classes>,
    letters: OnceCell<Vec<u64>>,
}

impl<'t> Normalized<'t> {
    /// Prepares the views of `original`; nothing is computed until a detector asks.
    pub fn new(original: &'t str) -> Normalized<'t> {
        Normalized {
            original,
            raw: View::identity(original),
            folded: OnceCell::new(),
            marks: OnceCell::new(),
            classes: OnceCell::new(),
            letters: OnceCell::new(),
        }
    }

    /// The text exactly as typed.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// The identity view.
    pub fn raw(&self) -> &View<'t> {
        &self.raw
    }

    /// The folded view (see the module docs).
    pub fn folded(&self) -> &View<'t> {
        self.folded.get_or_init(|| fold_view(self.original))
    }

    /// Where the runs of ASCII digits of the folded view start, and its `@`s, in order:
    /// found once per check for every detector that wakes at digits (walk them with
    /// [`Marks`](crate::detect::scan::Marks)).
    pub(crate) fn marks(&self) -> &[usize] {
        self.marks
            .get_or_init(|| crate::detect::scan::marks(self.folded().text().as_bytes()))
    }

    /// Which bytes of the folded view are ASCII letters or digits, and which belong to
    /// other chars: found once per check for every detector that looks for word starts.
    pub(crate) fn classes(&self) -> &Classes {
        self.classes
            .get_or_init(|| crate::detect::scan::classes(self.folded().text().as_bytes()))
    }

    /// The ASCII letters of the folded view (all lower case there), one bit per byte as
    /// in [`Classes`]: its ASCII letters and digits less its digits.
    pub(crate) fn letters(&self) -> &[u64] {
        self.letters.get_or_init(|| {
            let b = self.folded().text().as_bytes();
            let digits = crate::detect::scan::digit_bits(b, self.marks());
            let alnum = &self.classes().alnum;
            alnum.iter().zip(&digits).map(|(a, d)| a & !d).collect()
        })
    }
}

/// Word-like segments of a view (UAX #29 word boundaries), as `(byte offset, word)`;
/// punctuation and spaces are left out.
pub fn words<'v>(view: &'v View<'_>) -> impl Iterator<Item = (usize, &'v str)> + 'v {
    view.text()
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
}

/// Builds the folded view in one pass. Runs of ASCII are copied and lower-cased
/// whole; other characters are looked up in the fold tables, most ruled out by a block
/// filter. Look-alike letters are made Latin only in words that also have ASCII letters
/// or digits ("pаypal" with a Cyrillic `а`), never in a word of Russian or Greek: such a
/// word is written as usual and, in the rare case, written again with them folded.
fn fold_view<'t>(original: &str) -> View<'t> {
    let bytes = original.as_bytes();
    let mut out = ViewBuilder::for_original(original);
    let mut word = Word::default();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            let (end, upper) = ascii_end(bytes, i);
            word.ascii_run(&mut out, original, i, end, upper);
            i = end;
            continue;
        }
        let plain_end = fold::plain_run_end(original, i);
        if plain_end > i {
            // Letters the view keeps as they are: copied whole, one word.
            word.enter(&out, i);
            word.has_other = true;
            out.copy(i, plain_end);
            i = plain_end;
            continue;
        }
        let c = original[i..].chars().next().expect("char boundary");
        let at = i;
        i += c.len_utf8();
        if fold::is_invisible(c) {
            continue;
        }
        let c = fold::compat(c).or_else(|| fold::digit(c)).unwrap_or(c);
        if c.is_ascii_alphanumeric() || !c.is_ascii() && fold::is_word_char(c) {
            word.enter(&out, at);
            word.has_ascii |= c.is_ascii();
            word.has_other |= !c.is_ascii();
        } else {
            word.leave(&mut out, original, at);
        }
        push_lower(&mut out, if fold::is_other_space(c) { ' ' } else { c }, at);
    }
    word.leave(&mut out, original, bytes.len());
    out.finish()
}

/// Where the run of ASCII bytes starting at `i` ends, and whether it may hold an
/// upper-case letter: eight bytes at a time.
fn ascii_end(bytes: &[u8], mut i: usize) -> (usize, bool) {
    let mut upper = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let high = word & 0x8080_8080_8080_8080;
        if high != 0 {
            // The bytes below the first non-ASCII one are ASCII and carry nothing up.
            upper |= view::upper_mask(word) & ((1 << high.trailing_zeros()) - 1);
            return (i + (high.trailing_zeros() / 8) as usize, upper != 0);
        }
        upper |= view::upper_mask(word);
        i += 8;
    }
    let rest = bytes[i..].iter().take_while(|b| b.is_ascii());
    let mut end = i;
    for b in rest {
        upper |= u64::from(b.is_ascii_uppercase());
        end += 1;
    }
    (end, upper != 0)
}

/// The word being folded: where it started, and what it holds.
#[derive(Default)]
struct Word {
    open: bool,
    view_start: usize,
    orig_start: usize,
    has_ascii: bool,
    has_other: bool,
}

impl Word {
    fn enter(&mut self, out: &ViewBuilder, at: usize) {
        if !self.open {
            *self = Word {
                open: true,
                view_start: out.len(),
                orig_start: at,
                ..Word::default()
            };
        }
    }

    /// Writes the ASCII run `original[start..end]`: its first letters may end the open
    /// word (which may then be written again), its last letters may begin the next one.
    /// `upper`: the run may hold upper-case letters.
    fn ascii_run(
        &mut self,
        out: &mut ViewBuilder,
        original: &str,
        start: usize,
        end: usize,
        upper: bool,
    ) {
        let run = &original.as_bytes()[start..end];
        let lead = run.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if lead == run.len() {
            self.enter(out, start);
            self.has_ascii = true;
            out.push_ascii_copy(start, end, upper);
            return;
        }
        if lead > 0 {
            self.enter(out, start);
            self.has_ascii = true;
        }
        // The word ends inside the run: written again, it takes the run's first letters
        // with it; else the run is written whole.
        let from = if self.leave(out, original, start + lead) {
            start + lead
        } else {
            start
        };
        out.push_ascii_copy(from, end, upper);
        let tail = run[lead..]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if tail > 0 {
            *self = Word {
                open: true,
                view_start: out.len() - tail,
                orig_start: end - tail,
                has_ascii: true,
                has_other: false,
            };
        }
    }

    /// Ends the word at original byte `end`; a word mixing ASCII with look-alikes of
    /// other scripts is written again with the look-alikes made Latin, through `end`
    /// (then true: the word's bytes not yet written are written).
    #[inline]
    fn leave(&mut self, out: &mut ViewBuilder, original: &str, end: usize) -> bool {
        let mixed = self.open && self.has_ascii && self.has_other;
        self.open = false;
        mixed && self.write_latin(out, original, end)
    }

    /// Writes the word again with its look-alikes made Latin, if it has any.
    #[inline(never)]
    fn write_latin(&self, out: &mut ViewBuilder, original: &str, end: usize) -> bool {
        let word = &original[self.orig_start..end];
        if !word
            .chars()
            .any(|c| !c.is_ascii() && fold::confusable(c).is_some())
        {
            return false;
        }
        out.truncate(self.view_start);
        for (at, c) in word.char_indices() {
            if c.is_ascii() {
                out.push_ascii(c.to_ascii_lowercase() as u8, self.orig_start + at);
                continue;
            }
            if fold::is_invisible(c) {
                continue;
            }
            let c = fold::compat(c).or_else(|| fold::digit(c)).unwrap_or(c);
            push_lower(out, fold::confusable(c).unwrap_or(c), self.orig_start + at);
        }
        true
    }
}

impl ViewBuilder<'_> {
    /// Appends the ASCII run `original[from..to]`, lower-cased if it may hold upper case.
    fn push_ascii_copy(&mut self, from: usize, to: usize, upper: bool) {
        if from < to {
            self.copy(from, to);
            if upper {
                self.lower_pending_tail(to - from);
            }
        }
    }
}

fn push_lower(out: &mut ViewBuilder, c: char, at: usize) {
    if c.is_ascii() {
        out.push_ascii(c.to_ascii_lowercase() as u8, at);
    } else if !fold::may_have_case(c) {
        out.push(c, at);
    } else {
        match case::lower(c) {
            case::Lower::One(l) => out.push(l, at),
            case::Lower::Two(a, b) => {
                out.push(a, at);
                out.push(b, at);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        Normalized::new(s).folded().text().to_string()
    }

    #[test]
    fn folds() {
        assert_eq!(folded("ＡＮＡ＠Example．ORG"), "ana@example.org");
        assert_eq!(folded("٠٣٠١ ۷۸ ७७"), "0301 78 77");
        assert_eq!(folded("a\u{200B}b\u{202E}c\u{FE0F}"), "abc");
        assert_eq!(folded("9\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3}"), "98");
        assert_eq!(folded("x\u{00A0}y\u{3000}z"), "x y z");
        assert_eq!(folded("Pаypal"), "paypal"); // Cyrillic а inside a Latin word
        assert_eq!(folded("log in to pаypаl now"), "log in to paypal now");
        assert_eq!(folded("ok, рaypal.com"), "ok, paypal.com"); // the Cyrillic р starts the word
        assert_eq!(folded("xyz\u{200B}рaу"), "xyzpay"); // an invisible joins the word
        assert_eq!(folded("рау paу"), "рау pay"); // all-Cyrillic word kept, mixed one folded
        assert_eq!(folded("Привет мир"), "привет мир"); // Russian stays Russian
        assert_eq!(folded("Café İstanbul"), "café i\u{307}stanbul");
        assert_eq!(folded("مرحبا ١٢"), "مرحبا 12");
    }

    #[test]
    fn folded_spans_map_back_exactly() {
        let text = "😀 ＡＮＡ@x.org";
        let n = Normalized::new(text);
        let v = n.folded();
        let at = v.text().find("ana").unwrap();
        let span = v.to_original(at..at + 3, text);
        assert_eq!(&text[span.range()], "ＡＮＡ");
    }

    /// The folded view written the slow, obvious way: word by word.
    fn reference_fold(original: &str) -> (String, Vec<u32>) {
        let (mut text, mut src) = (String::new(), Vec::new());
        let mut word: Vec<(char, usize)> = Vec::new();
        let flush = |word: &mut Vec<(char, usize)>, text: &mut String, src: &mut Vec<u32>| {
            let latin = word.iter().any(|(c, _)| c.is_ascii());
            let mixed = latin && word.iter().any(|(c, _)| !c.is_ascii());
            for (c, at) in word.drain(..) {
                let c = if mixed {
                    fold::confusable(c).unwrap_or(c)
                } else {
                    c
                };
                for l in c.to_lowercase() {
                    text.push(l);
                    src.extend(std::iter::repeat_n(at as u32, l.len_utf8()));
                }
            }
        };
        for (at, c) in original.char_indices() {
            if fold::is_invisible(c) {
                continue;
            }
            let c = fold::compat(c).or_else(|| fold::digit(c)).unwrap_or(c);
            if c.is_ascii_alphanumeric() || !c.is_ascii() && fold::is_word_char(c) {
                word.push((c, at));
                continue;
            }
            flush(&mut word, &mut text, &mut src);
            let c = if fold::is_other_space(c) { ' ' } else { c };
            for l in c.to_lowercase() {
                text.push(l);
                src.extend(std::iter::repeat_n(at as u32, l.len_utf8()));
            }
        }
        flush(&mut word, &mut text, &mut src);
        (text, src)
    }

    #[test]
    fn fast_fold_equals_the_reference() {
        let pieces = [
            "a",
            "Pa",
            "y",
            " ",
            "-",
            "а",
            "р",
            "ο",
            "\u{200B}",
            "٣",
            "Ａ",
            "é",
            "中",
            "😀",
            "İ",
            "Σ",
            ".",
            "ß",
            "\u{301}",
            "7",
            "हिन्दी",
            "।",
            "عربي",
            "،",
            "한국",
            "かな",
            "Привет",
            "мир",
            "\u{3000}",
            "\u{FEFF}",
            "ॐ",
            "०",
        ];
        for text in crate::test_texts::random_texts(&pieces, 40_000, 12, 0x9e37_79b9_7f4a_7c15) {
            assert_folds_like_the_reference(&text);
        }
    }

    fn assert_folds_like_the_reference(text: &str) {
        let v = fold_view(text);
        let (want_text, want_src) = reference_fold(text);
        assert_eq!(
            (v.text(), v.dense_map(text)),
            (want_text.as_str(), want_src),
            "{text:?}"
        );
    }

    #[test]
    fn long_ascii_runs_fold_like_the_reference() {
        let pieces = [
            "Hello World, THIS is",
            "a long ASCII run: @Zz[`{",
            "x",
            "Z",
            "р",
            "é",
            "中文",
            "\u{200B}",
            "Ａ",
            " ",
            "0123456789abcdefXYZ",
        ];
        for text in crate::test_texts::random_texts(&pieces, 20_000, 9, 0x2545_f491_4f6c_dd1d) {
            assert_folds_like_the_reference(&text);
        }
    }

    #[test]
    fn ascii_end_sees_every_upper_case_letter() {
        for b in 0..=0x7Fu8 {
            for at in 0..12 {
                let mut text = vec![b'a'; 12];
                text[at] = b;
                text.extend_from_slice("é".as_bytes());
                assert_eq!(
                    ascii_end(&text, 0),
                    (12, b.is_ascii_uppercase()),
                    "{b:X} at {at}"
                );
                assert_eq!(ascii_end(&text[..12], 0), (12, b.is_ascii_uppercase()));
            }
        }
    }

    #[test]
    fn words_skip_punctuation() {
        let n = Normalized::new("Hi, Ana! 12 ok");
        let w: Vec<_> = words(n.folded()).map(|(_, w)| w).collect();
        assert_eq!(w, ["hi", "ana", "12", "ok"]);
    }
}
