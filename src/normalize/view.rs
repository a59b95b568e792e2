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
    /// The map back, piece by piece in view order; empty for the identity view, whose
    /// offsets are the original's. A piece runs to where the next one starts.
    segments: Vec<Segment>,
}

/// A piece of a view and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    /// The view byte where the piece starts.
    view: u32,
    /// The original byte it came from.
    orig: u32,
    /// `true`: the piece is the original's bytes from `orig` on, unchanged or ASCII
    /// lower-cased (same length), so offsets shift by a constant. `false`: the piece was
    /// made from the one original char at `orig` (a folded or lower-cased char), and all
    /// of its bytes map there.
    copy: bool,
}

impl<'t> View<'t> {
    /// The view that is the original text itself.
    pub(crate) fn identity(original: &'t str) -> View<'t> {
        View {
            text: Cow::Borrowed(original),
            segments: Vec::new(),
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
        if matches!(self.text, Cow::Borrowed(_)) {
            return Span::new(range.start, attached_end(original, range.end));
        }
        let start = self.source(range.start, original);
        let last = self.source(range.end - 1, original);
        let last_len = original[last..].chars().next().map_or(0, char::len_utf8);
        Span::new(start, attached_end(original, last + last_len))
    }

    /// The original byte offset of the char that view byte `at` came from.
    fn source(&self, at: usize, original: &str) -> usize {
        let at = at as u32;
        let i = self.segments.partition_point(|s| s.view <= at);
        let Some(seg) = i.checked_sub(1).map(|i| self.segments[i]) else {
            return 0;
        };
        if !seg.copy {
            return seg.orig as usize;
        }
        // Inside a copied multi-byte char: back to its first byte.
        let mut o = ((seg.orig + (at - seg.view)) as usize).min(original.len());
        while !original.is_char_boundary(o) {
            o -= 1;
        }
        o
    }
}

/// `end` moved past the marks that belong to the char before it and that views drop:
/// variation selectors and the keycap mark (`9️⃣` is `9`, U+FE0F, U+20E3). A span
/// that ends at the `9` would leave them behind, highlighted apart and never masked.
fn attached_end(original: &str, mut end: usize) -> usize {
    while let Some(c) = original[end..].chars().next() {
        if !matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{20E3}' | '\u{E0100}'..='\u{E01EF}') {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// Builds a view char by char, recording where each char came from.
pub(crate) struct ViewBuilder<'o> {
    text: String,
    segments: Vec<Segment>,
    /// `orig - view` of the last piece when it is a copy piece, so that bytes copied
    /// from `from` continue it exactly when `from - self.len()` equals it; [`NO_COPY`]
    /// after a folded char (or before any piece).
    copy_delta: i64,
    /// The original text, whose bytes `pending_start..pending_end` come next in the
    /// view: copies are written lazily, so that neighbouring ones are written at once.
    original: &'o str,
    pending_start: usize,
    pending_end: usize,
}

/// [`ViewBuilder::copy_delta`] when the last piece is not a copy piece.
const NO_COPY: i64 = i64::MIN;

impl<'o> ViewBuilder<'o> {
    #[cfg(test)]
    pub(crate) fn with_capacity(bytes: usize) -> ViewBuilder<'static> {
        ViewBuilder {
            text: String::with_capacity(bytes),
            segments: Vec::new(),
            copy_delta: NO_COPY,
            original: "",
            pending_start: 0,
            pending_end: 0,
        }
    }

    /// A builder for a view of `original`, which [`copy`](Self::copy) copies from.
    pub(crate) fn for_original(original: &'o str) -> ViewBuilder<'o> {
        ViewBuilder {
            text: String::with_capacity(original.len()),
            segments: Vec::new(),
            copy_delta: NO_COPY,
            original,
            pending_start: 0,
            pending_end: 0,
        }
    }

    /// Appends `original[from..to]` unchanged.
    #[inline]
    pub(crate) fn copy(&mut self, from: usize, to: usize) {
        self.copy_from(from);
        if from != self.pending_end {
            self.flush();
            self.pending_start = from;
        }
        self.pending_end = to;
    }

    /// Lower-cases the last `len` bytes of the view, ASCII copied from the original.
    /// Eight bytes at a time, only the capitals found are rewritten.
    pub(crate) fn lower_pending_tail(&mut self, len: usize) {
        self.flush();
        let end = self.text.len();
        let mut at = end - len;
        while end - at >= 8 {
            let chunk = &self.text.as_bytes()[at..at + 8];
            let mut upper = upper_mask(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
            while upper != 0 {
                let p = at + (upper.trailing_zeros() / 8) as usize;
                self.text[p..p + 1].make_ascii_lowercase();
                upper &= upper - 1;
            }
            at += 8;
        }
        self.text[at..].make_ascii_lowercase();
    }

    /// Writes out the pending copy.
    #[inline]
    fn flush(&mut self) {
        if self.pending_end != self.pending_start {
            self.text
                .push_str(&self.original[self.pending_start..self.pending_end]);
            self.pending_start = self.pending_end;
        }
    }

    /// Notes that bytes copied from original byte `from` are appended next: a new
    /// piece unless they continue the last copied one.
    #[inline]
    fn copy_from(&mut self, from: usize) {
        if from as i64 - self.len() as i64 != self.copy_delta {
            self.new_copy_piece(from);
        }
    }

    #[inline(never)]
    fn new_copy_piece(&mut self, from: usize) {
        let view = self.len();
        self.segments.push(Segment {
            view: view as u32,
            orig: from as u32,
            copy: true,
        });
        self.copy_delta = from as i64 - view as i64;
    }

    /// Appends the ASCII byte `b`, produced by the original char at byte `from`.
    pub(crate) fn push_ascii(&mut self, b: u8, from: usize) {
        debug_assert!(b.is_ascii());
        // One byte from one char: a copy piece maps it to `from` whatever that char was.
        self.copy_from(from);
        self.flush();
        self.text.push(char::from(b));
    }

    /// Appends the ASCII text `run`, lower-cased, which starts at original byte `from`.
    #[cfg(test)]
    pub(crate) fn push_ascii_run(&mut self, run: &str, from: usize) {
        debug_assert!(run.is_ascii());
        if run.is_empty() {
            return;
        }
        self.copy_from(from);
        self.flush();
        let start = self.text.len();
        self.text.push_str(run);
        self.text[start..].make_ascii_lowercase();
    }

    /// Appends `c`, produced by the original char at byte `from`.
    pub(crate) fn push(&mut self, c: char, from: usize) {
        if c.is_ascii() {
            return self.push_ascii(c as u8, from);
        }
        self.flush();
        self.segments.push(Segment {
            view: self.text.len() as u32,
            orig: from as u32,
            copy: false,
        });
        self.copy_delta = NO_COPY;
        self.text.push(c);
    }

    /// Current length of the view, in bytes.
    pub(crate) fn len(&self) -> usize {
        self.text.len() + (self.pending_end - self.pending_start)
    }

    /// Drops everything from view byte `len` on, to write it again.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.flush();
        self.text.truncate(len);
        while self.segments.last().is_some_and(|s| s.view as usize >= len) {
            self.segments.pop();
        }
        self.copy_delta = match self.segments.last() {
            Some(s) if s.copy => i64::from(s.orig) - i64::from(s.view),
            _ => NO_COPY,
        };
    }

    pub(crate) fn finish<'t>(mut self) -> View<'t> {
        self.flush();
        View {
            text: Cow::Owned(self.text),
            segments: self.segments,
        }
    }
}

/// The high bit of every byte of `word` (eight ASCII bytes) that is an upper-case letter.
pub(crate) fn upper_mask(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // ASCII bytes never carry into the next byte: b + 0x3F and b + 0x25 stay below 0x100.
    let at_least_a = word.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let above_z = word.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    at_least_a & !above_z & 0x8080_8080_8080_8080
}

#[cfg(test)]
impl View<'_> {
    /// For every view byte, the original offset of the char it came from (for tests).
    pub(crate) fn dense_map(&self, original: &str) -> Vec<u32> {
        (0..self.text.len())
            .map(|at| self.source(at, original) as u32)
            .collect()
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
    fn spans_keep_the_marks_of_their_last_char() {
        let original = "call 9\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3} now";
        let mut b = ViewBuilder::with_capacity(16);
        b.push_ascii_run("call ", 0);
        b.push('9', 5);
        b.push('8', 12);
        b.push_ascii_run(" now", 19);
        let v = b.finish();
        assert_eq!(v.text(), "call 98 now");
        let span = v.to_original(5..7, original);
        assert_eq!(
            &original[span.range()],
            "9\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3}"
        );
        let raw = View::identity(original);
        assert_eq!(raw.to_original(5..6, original), Span::new(5, 12));
    }

    #[test]
    fn identity_is_identity() {
        let v = View::identity("héllo");
        assert_eq!(v.to_original(1..3, "héllo"), Span::new(1, 3));
    }
}
