//! [`Span`]: the only offset type inside the engine.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the ORIGINAL text passed to
/// [`Filter::check`](crate::Filter::check). Both ends lie on `char` boundaries.
///
/// Detectors never build spans themselves: they report ranges in a
/// [`View`](crate::normalize::View) and the view's map turns them into spans.
/// UTF-16 offsets for JavaScript are made from spans in exactly one place,
/// `report::utf16_offsets`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end}");
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span as a `Range`, for slicing the original text.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}
