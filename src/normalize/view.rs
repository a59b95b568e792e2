//! [`View`]: a rewritten copy of the text that carries the ONE map back to the original.

use crate::Span;
use std::borrow::Cow;
use std::ops::Range;

/// A view of the message as detectors read it, e.g. case-folded with every
/// script's digits made ASCII. Detectors find ranges in `text()` and hand them
/// to [`Sink::report`](crate::detect::Sink::report); the view maps them back to the
/// original text. Nothing else in the engine maps offsets.
#[derive(Debug)]
pub struct View<'t> {
    text: Cow<'t, str>,
    /// For every byte of `text`, the byte offset in the original of the char it came from.
    /// Empty for the identity view, whose offsets are the original's.
    pub(super) src: Vec<u32>,
}

impl<'t> View<'t> {
    /// The view that is the original text itself.
    pub(crate) fn identity(original: &'t str) -> View<'t> {
        View {
            text: Cow::Borrowed(original),
            src: Vec::new(),
        }
    }

    /// The rewritten text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Maps a range of `text()` (on char boundaries, not empty) to the span of the
    /// original text it came from. The span covers every original character that
    /// produced a byte of the range, plus anything the view dropped between them
    /// (a zero-width space inside an e-mail address is part of the highlight).
    pub(crate) fn to_original(&self, range: Range<usize>, original: &str) -> Span {
        debug_assert!(range.start < range.end && range.end <= self.text.len());
        debug_assert!(
            self.text.is_char_boundary(range.start) && self.text.is_char_boundary(range.end)
        );
        if self.src.is_empty() {
            return Span::new(range.start, range.end);
        }
        let start = self.src[range.start] as usize;
        let last = self.src[range.end - 1] as usize;
        let last_len = original[last..].chars().next().map_or(0, char::len_utf8);
        Span::new(start, last + last_len)
    }
}

/// Builds a view char by char, recording where each char came from.
pub(crate) struct ViewBuilder {
    text: String,
    src: Vec<u32>,
}

impl ViewBuilder {
    pub(crate) fn with_capacity(bytes: usize) -> ViewBuilder {
        ViewBuilder {
            text: String::with_capacity(bytes),
            src: Vec::with_capacity(bytes),
        }
    }

    /// Appends the ASCII byte `b`, produced by the original char at byte `from`.
    pub(crate) fn push_ascii(&mut self, b: u8, from: usize) {
        debug_assert!(b.is_ascii());
        self.text.push(char::from(b));
        self.src.push(from as u32);
    }

    /// Appends the ASCII text `run`, lower-cased, which starts at original byte `from`.
    pub(crate) fn push_ascii_run(&mut self, run: &str, from: usize) {
        debug_assert!(run.is_ascii());
        let start = self.text.len();
        self.text.push_str(run);
        self.text[start..].make_ascii_lowercase();
        self.src.extend((from..from + run.len()).map(|i| i as u32));
    }

    /// Appends `run` unchanged, which starts at original byte `from`: every byte maps
    /// to the start of its own character.
    pub(crate) fn push_run(&mut self, run: &str, from: usize) {
        self.text.push_str(run);
        let mut start = from;
        self.src.extend(run.bytes().enumerate().map(|(i, b)| {
            if b & 0xC0 != 0x80 {
                start = from + i;
            }
            start as u32
        }));
    }

    /// Appends `c`, produced by the original char at byte `from`.
    pub(crate) fn push(&mut self, c: char, from: usize) {
        self.text.push(c);
        self.src
            .extend(std::iter::repeat_n(from as u32, c.len_utf8()));
    }

    /// Current length of the view, in bytes.
    pub(crate) fn len(&self) -> usize {
        self.text.len()
    }

    /// Drops everything from view byte `len` on, to write it again.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        self.src.truncate(len);
    }

    pub(crate) fn finish<'t>(self) -> View<'t> {
        View {
            text: Cow::Owned(self.text),
            src: self.src,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_multi_byte_and_dropped_chars_back() {
        // original: "a\u{200B}é" ; view drops the zero-width space and writes "ae"
        let original = "a\u{200B}é";
        let mut b = ViewBuilder::with_capacity(4);
        b.push('a', 0);
        b.push('e', 4);
        let v = b.finish();
        assert_eq!(v.text(), "ae");
        assert_eq!(v.to_original(0..2, original), Span::new(0, original.len()));
        assert_eq!(v.to_original(1..2, original), Span::new(4, 6));
    }

    #[test]
    fn identity_is_identity() {
        let v = View::identity("héllo");
        assert_eq!(v.to_original(1..3, "héllo"), Span::new(1, 3));
    }
}
