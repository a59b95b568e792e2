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

/// Calls `f` with the maximal runs of set bits of the `n` words `word(0)`, `word(1)`, …
/// (one bit a byte, as in the check's byte classes) that `long` finds long enough, in
/// order: the runs of [`long_bit_runs`](crate::detect::scan::long_bit_runs), whose loop
/// of shifts by a variable amount the wasm's size-first build keeps; here the caller's
/// shifts are written out ([`eight`], [`nineteen`]). `long` maps 128 bits (a word and the
/// next) to those where a long enough run starts: bits i to i + min - 1 all set. The
/// words are made as they are read (`word` is called about once for each), so a set of
/// bits derived from others needs no vector of its own.
#[inline(always)]
fn each_long_run(
    n: usize,
    word: impl Fn(usize) -> u64,
    long: fn(u128) -> u128,
    mut f: impl FnMut(Range<usize>),
) {
    if n == 0 {
        return;
    }
    let (mut before, mut w) = (0, word(0));
    for j in 0..n {
        let next = if j + 1 < n { word(j + 1) } else { 0 };
        let mut starts =
            w & !(w << 1 | before) & long(u128::from(next) << 64 | u128::from(w)) as u64;
        while starts != 0 {
            let start = j * 64 + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            // The run's end: the first clear bit after its start.
            let (mut k, mut rest) = (j, !w >> (start % 64) << (start % 64));
            while rest == 0 && k + 1 < n {
                k += 1;
                rest = !word(k);
            }
            let end = if rest == 0 {
                n * 64
            } else {
                k * 64 + rest.trailing_zeros() as usize
            };
            f(start..end);
        }
        before = w >> 63;
        w = next;
    }
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

/// Calls `f` with the runs of eight set bits or more of `bits`.
pub(crate) fn each_run_of_eight(bits: &[u64], f: impl FnMut(Range<usize>)) {
    each_long_run(bits.len(), |j| bits[j], eight, f);
}

/// Calls `f` with the runs of nineteen set bits or more of the `n` words `word(j)`.
pub(crate) fn each_run_of_nineteen(
    n: usize,
    word: impl Fn(usize) -> u64,
    f: impl FnMut(Range<usize>),
) {
    each_long_run(n, word, nineteen, f);
}
