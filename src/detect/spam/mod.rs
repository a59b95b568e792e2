//! Detectors of the `spam.*` rules: links (`link.rs`), floods (`flood.rs`) and
//! gibberish (`gibberish.rs`), run together by [`Spam`] so that the links of a message
//! are found once for all three.

pub(crate) mod flood;
pub(crate) mod gibberish;
pub(crate) mod link;

use crate::detect::links;
use crate::detect::{Context, Detector, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::ops::Range;

/// The spam rules' detector.
pub(crate) struct Spam {
    link: link::SpamLink,
}

impl Spam {
    pub(crate) fn new() -> Spam {
        Spam {
            link: link::SpamLink::new(),
        }
    }
}

impl Detector for Spam {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::SpamLink,
            RuleId::SpamFlood,
            RuleId::SpamGibberish,
            RuleId::TeenOffPlatform,
        ]
    }

    fn detect(&self, text: &Normalized<'_>, ctx: &Context<'_>, out: &mut Sink<'_>) {
        let found = links::find(text.folded().text(), self.link.words(), text.classes());
        self.link.detect(text, &found, ctx, out);
        flood::detect(text, &found, self.link.words(), ctx, out);
        gibberish::detect(text, &found, out);
    }
}

/// The maximal runs of set bits of `bits` (one bit a byte, as in the check's byte
/// classes) that `long` finds long enough, in order: the runs of
/// [`long_bit_runs`](crate::detect::scan::long_bit_runs), whose loop of shifts by a
/// variable amount the wasm's size-first build keeps; here the caller's shifts are
/// written out ([`eight`], [`nineteen`]). `long` maps 128 bits (a word and the next) to
/// those where a long enough run starts: bits i to i + min - 1 all set.
fn long_runs(bits: &[u64], long: fn(u128) -> u128) -> impl Iterator<Item = Range<usize>> + '_ {
    let (mut j, mut pending) = (0, 0u64);
    std::iter::from_fn(move || loop {
        if pending != 0 {
            let start = (j - 1) * 64 + pending.trailing_zeros() as usize;
            pending &= pending - 1;
            // The run's end: the first clear bit after its start.
            let (mut k, mut rest) = (
                start / 64,
                !bits[start / 64] >> (start % 64) << (start % 64),
            );
            while rest == 0 && k + 1 < bits.len() {
                k += 1;
                rest = !bits[k];
            }
            let end = if rest == 0 {
                bits.len() * 64
            } else {
                k * 64 + rest.trailing_zeros() as usize
            };
            return Some(start..end);
        }
        let w = *bits.get(j)?;
        let before = if j > 0 { bits[j - 1] >> 63 } else { 0 };
        let next = bits.get(j + 1).copied().unwrap_or(0);
        pending = w & !(w << 1 | before) & long(u128::from(next) << 64 | u128::from(w)) as u64;
        j += 1;
    })
}

/// Where eight set bits in a row start.
fn eight(x: u128) -> u128 {
    let x = x & x >> 1;
    let x = x & x >> 2;
    x & x >> 4
}

/// Where nineteen set bits in a row start.
fn nineteen(x: u128) -> u128 {
    let x = eight(x);
    let x = x & x >> 8;
    x & x >> 3
}

/// The runs of eight set bits or more.
pub(crate) fn runs_of_eight(bits: &[u64]) -> impl Iterator<Item = Range<usize>> + '_ {
    long_runs(bits, eight)
}

/// The runs of nineteen set bits or more.
pub(crate) fn runs_of_nineteen(bits: &[u64]) -> impl Iterator<Item = Range<usize>> + '_ {
    long_runs(bits, nineteen)
}
