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

mod fold;
mod tables;
mod view;

pub use view::View;
pub(crate) use view::ViewBuilder;

use std::cell::OnceCell;
use unicode_segmentation::UnicodeSegmentation;

/// The views of one message. Detectors read these and never transform text themselves.
pub struct Normalized<'t> {
    original: &'t str,
    raw: View<'t>,
    folded: OnceCell<View<'t>>,
}

impl<'t> Normalized<'t> {
    /// Prepares the views of `original`; nothing is computed until a detector asks.
    pub fn new(original: &'t str) -> Normalized<'t> {
        Normalized {
            original,
            raw: View::identity(original),
            folded: OnceCell::new(),
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
}

/// Word-like segments of a view (UAX #29 word boundaries), as `(byte offset, word)`;
/// punctuation and spaces are left out.
pub fn words<'v>(view: &'v View<'_>) -> impl Iterator<Item = (usize, &'v str)> + 'v {
    view.text()
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
}

/// One original char on its way into the folded view.
#[derive(Clone, Copy)]
struct Pending {
    c: char,
    at: usize,
}

/// Builds the folded view in one pass. Letters are held back one word at a time so
/// that look-alike letters are made Latin only in words that also have ASCII letters
/// ("pаypal" with a Cyrillic `а`), never in a word of Russian or Greek.
fn fold_view<'t>(original: &str) -> View<'t> {
    let mut out = ViewBuilder::with_capacity(original.len());
    let mut word: Vec<Pending> = Vec::new();
    let mut word_has_ascii = false;
    for (at, c) in original.char_indices() {
        if fold::is_invisible(c) {
            continue;
        }
        let c = fold::compat(c).or_else(|| fold::digit(c)).unwrap_or(c);
        if c.is_alphanumeric() || fold::is_mark(c) {
            word_has_ascii |= c.is_ascii_alphanumeric();
            word.push(Pending { c, at });
            continue;
        }
        flush_word(&mut out, &mut word, word_has_ascii);
        word_has_ascii = false;
        let c = if fold::is_other_space(c) { ' ' } else { c };
        push_lower(&mut out, c, at);
    }
    flush_word(&mut out, &mut word, word_has_ascii);
    out.finish()
}

fn flush_word(out: &mut ViewBuilder, word: &mut Vec<Pending>, latin: bool) {
    for p in word.drain(..) {
        let c = if latin {
            fold::confusable(p.c).unwrap_or(p.c)
        } else {
            p.c
        };
        push_lower(out, c, p.at);
    }
}

fn push_lower(out: &mut ViewBuilder, c: char, at: usize) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase(), at);
    } else {
        for l in c.to_lowercase() {
            out.push(l, at);
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

    #[test]
    fn words_skip_punctuation() {
        let n = Normalized::new("Hi, Ana! 12 ok");
        let w: Vec<_> = words(n.folded()).map(|(_, w)| w).collect();
        assert_eq!(w, ["hi", "ana", "12", "ok"]);
    }
}
