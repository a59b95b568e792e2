//! Finding the bytes detectors wake at (digits, `@`, word starts) eight bytes at a time,
//! shared by the detectors and the word lists.
//!
//! Most of it is done once per check for every detector ([`Normalized`] keeps it): the
//! list of digit runs and `@`s ([`marks`], walked with [`Marks`]) and three bit sets of
//! byte classes, one bit per byte ([`Classes`]). A detector that wakes at digits walks
//! the list, and one that looks for word starts tests sixty-four bytes at a time with
//! bit operations, instead of each classifying every byte of a long text again.
//!
//! [`Normalized`]: crate::normalize::Normalized

use std::ops::Range;

/// The high bit of each byte of a word of eight.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW: u64 = 0x0101_0101_0101_0101;

/// Eight bytes of `b` from `at` as a little-endian word (byte `k` in bits `8k..8k+8`),
/// zeros past the end.
#[inline(always)]
pub(crate) fn load8(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().expect("eight bytes")),
        None => {
            let mut w = [0u8; 8];
            w[..b.len() - at].copy_from_slice(&b[at..]);
            u64::from_le_bytes(w)
        }
    }
}

/// The ASCII digits of `x`, as the high bit of each byte.
#[inline(always)]
fn digits(x: u64) -> u64 {
    let y = x & !HIGH;
    // 0x30..=0x39: y + 0x50 reaches 0x80, y + 0x46 does not.
    (y + 0x50 * LOW) & !(y + 0x46 * LOW) & !x & HIGH
}

/// The bytes of `x` equal to `c` (any byte), as the high bit of each byte.
#[inline(always)]
pub(crate) fn equal(x: u64, c: u8) -> u64 {
    let y = x ^ (u64::from(c) * LOW);
    // A zero byte: (y & 0x7f) + 0x7f leaves the high bit clear, and so does y itself.
    !(((y & !HIGH) + !HIGH) | y) & HIGH
}

/// Where the runs of ASCII digits of `b` start, and every `@`, in order: the places the
/// digit-driven detectors wake at. Found sixteen bytes at a time in one pass, one entry a
/// run (not a digit), once per check ([`Normalized::marks`](crate::normalize::Normalized::marks)):
/// the detectors walk the list ([`Marks`]) instead of each scanning the text again.
pub(crate) fn marks(b: &[u8]) -> Vec<usize> {
    // Bytes 0x30..=0x40 (digits, `:;<=>?@`): most blocks of sixteen bytes have none.
    let near = |x: u64| {
        let y = x & !HIGH;
        (y + 0x50 * LOW) & !(y + 0x3F * LOW) & !x & HIGH
    };
    let mut out = Vec::new();
    let mut carry = 0u64; // the byte before the block is a digit (as its top bit)
    each_sixteen(b, |at, x, y| {
        if near(x) | near(y) == 0 {
            carry = 0;
            return;
        }
        for (at, x) in [(at, x), (at + 8, y)] {
            let d = digits(x);
            let mut m = (d & !(d << 8 | carry)) | equal(x, b'@');
            carry = d >> 56;
            while m != 0 {
                out.push(at + (m.trailing_zeros() / 8) as usize);
                m &= m - 1;
            }
        }
    });
    out
}

/// Calls `f` with each block of sixteen bytes of `b` as `(offset, first eight, last
/// eight)`, each eight a little-endian word (byte `k` in bits `8k..8k+8`); the last block
/// is padded with zeros, which the scans that use this never look for.
#[inline(always)]
pub(crate) fn each_sixteen(b: &[u8], mut f: impl FnMut(usize, u64, u64)) {
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("eight bytes"));
    let mut at = 0;
    while at < b.len() {
        let (x, y) = match b.get(at..at + 16) {
            Some(c) => (word(&c[..8]), word(&c[8..])),
            None => {
                let mut pad = [0u8; 16];
                pad[..b.len() - at].copy_from_slice(&b[at..]);
                (word(&pad[..8]), word(&pad[8..]))
            }
        };
        f(at, x, y);
        at += 16;
    }
}

/// A walk over the [`marks`] of a text that finds the next digit from the list instead
/// of reading the text between the marks: past a byte that is not a digit, the next
/// digit starts the next run. Asked for places that only grow, it walks the list once;
/// asked for an earlier place, it searches the list again.
pub(crate) struct Marks<'a> {
    b: &'a [u8],
    marks: &'a [usize],
    /// The first mark not passed yet.
    k: usize,
}

impl<'a> Marks<'a> {
    /// A walk over `marks`, the [`marks`] of `b`.
    pub(crate) fn new(b: &'a [u8], marks: &'a [usize]) -> Marks<'a> {
        Marks { b, marks, k: 0 }
    }

    /// The first ASCII digit at or after `from`.
    #[inline]
    pub(crate) fn next(&mut self, from: usize) -> Option<usize> {
        if self.b.get(from)?.is_ascii_digit() {
            return Some(from);
        }
        if self.k > 0 && self.marks[self.k - 1] > from {
            self.k = self.marks.partition_point(|&m| m <= from);
        }
        while let Some(&m) = self.marks.get(self.k) {
            if m > from && self.b[m] != b'@' {
                return Some(m);
            }
            self.k += 1;
        }
        None
    }
}

/// Three classes of the bytes of a text, one bit per byte, sixty-four bytes to a word
/// (bit `k` of word `j` is byte `64 j + k`; bits past the end are clear): made once per
/// check ([`Normalized::classes`](crate::normalize::Normalized::classes)) for the
/// detectors that find word starts, which then test sixty-four bytes at a time instead
/// of each classifying every byte again.
pub(crate) struct Classes {
    /// ASCII letters (either case) and digits.
    pub(crate) alnum: Vec<u64>,
    /// The bytes of chars that are not ASCII.
    pub(crate) high: Vec<u64>,
    /// The first bytes of chars that are not ASCII.
    pub(crate) lead: Vec<u64>,
}

/// The high bits of the bytes of `m` (others clear) as eight bits.
#[inline(always)]
fn pack(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The [`Classes`] of `b`.
pub(crate) fn classes(b: &[u8]) -> Classes {
    let n = b.len().div_ceil(64);
    let mut c = Classes {
        alnum: Vec::with_capacity(n),
        high: Vec::with_capacity(n),
        lead: Vec::with_capacity(n),
    };
    let mut pad = [0u8; 64];
    for at in (0..b.len()).step_by(64) {
        // The last block is padded with zeros: no class has them.
        let sixty_four = match b.get(at..at + 64) {
            Some(block) => block,
            None => {
                pad[..b.len() - at].copy_from_slice(&b[at..]);
                &pad
            }
        };
        let (mut alnum, mut high, mut lead) = (0, 0, 0);
        for (q, eight) in sixty_four.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            let y = x & !HIGH;
            // 0x30..=0x39, and 0x41..=0x5A or 0x61..=0x7A (one range with bit 5 set).
            let z = y | (0x20 * LOW);
            let digit = (y + 0x50 * LOW) & !(y + 0x46 * LOW);
            let letter = (z + 0x1F * LOW) & !(z + 0x05 * LOW);
            // Bytes with the high bit set are cleared below, once for all eight words.
            alnum |= pack((digit | letter) & HIGH) << (8 * q);
            high |= pack(x & HIGH) << (8 * q);
            lead |= pack(x << 1 & HIGH) << (8 * q);
        }
        c.alnum.push(alnum & !high);
        c.high.push(high);
        c.lead.push(lead & high);
    }
    c
}

/// The sixty-four bits of `words` from bit `q` on (zeros past the end).
#[inline(always)]
pub(crate) fn window(words: &[u64], q: usize) -> u64 {
    let (j, k) = (q / 64, q % 64);
    let lo = words.get(j).map_or(0, |w| w >> k);
    let hi = match (k, words.get(j + 1)) {
        (1.., Some(w)) => w << (64 - k),
        _ => 0,
    };
    lo | hi
}

/// The ASCII digits of `b`, one bit per byte as in [`Classes`], from its [`marks`]: a
/// walk over the digits alone.
pub(crate) fn digit_bits(b: &[u8], marks: &[usize]) -> Vec<u64> {
    let mut bits = vec![0u64; b.len().div_ceil(64)];
    for &m in marks {
        for (i, _) in b
            .iter()
            .enumerate()
            .skip(m)
            .take_while(|(_, c)| c.is_ascii_digit())
        {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
}

/// The maximal runs of set bits of `bits` (one bit a byte, as in [`Classes`]) that are
/// at least `min` long (1 to 64), in order: a few operations per sixty-four bits, and a
/// look at each long run only.
pub(crate) fn long_bit_runs(bits: &[u64], min: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let min = min.clamp(1, 64);
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
        // Bit i of `long`: bits i to i + min - 1 are all set (the next word included).
        let mut long = u128::from(bits.get(j + 1).copied().unwrap_or(0)) << 64 | u128::from(w);
        let mut have = 1;
        while have < min {
            let k = (min - have).min(have);
            long &= long >> k;
            have += k;
        }
        pending = w & !(w << 1 | before) & long as u64;
        j += 1;
    })
}

/// The ASCII bytes of `v` from `lo` to `hi` (bytes with the high bit set are not
/// ASCII: the caller masks them out), as the high bit of each byte.
#[inline(always)]
pub(crate) fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let x = (v & !HIGH) | HIGH;
    let ge = x.wrapping_sub(LOW * u64::from(lo)) & HIGH;
    let gt = x.wrapping_sub(LOW * (u64::from(hi) + 1)) & HIGH;
    ge & !gt
}

/// The places in the eight bytes of `b` from `block` where a word may start, as the
/// high bit of each byte: the first byte of every char that is not ASCII, and every
/// ASCII byte that does not follow an ASCII letter or digit (only ASCII letters and
/// digits with `alnum_only`). `carry` says whether the byte before the block is an
/// ASCII letter or digit, and is updated for the next block. Whether a non-ASCII char
/// before a place is a letter is left to the caller.
#[inline(always)]
pub(crate) fn word_start_mask(b: &[u8], block: usize, carry: &mut u64, alnum_only: bool) -> u64 {
    let v = load8(b, block);
    let ascii = !v & HIGH;
    let alnum =
        ascii & (in_range(v, b'0', b'9') | in_range(v, b'a', b'z') | in_range(v, b'A', b'Z'));
    let lead = v & (v << 1) & HIGH;
    let after_alnum = alnum << 8 | *carry;
    let first = if alnum_only { alnum } else { ascii };
    let len = (b.len() - block).min(8);
    *carry = alnum >> 56;
    (lead | (first & !after_alnum)) & (u64::MAX >> (64 - 8 * len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_plain_scan_finds() {
        let mut seed: u32 = 11;
        let alphabet = b"a09@/:\x80\xff \x7f\x00\xc0\xbf9";
        for _ in 0..3000 {
            let text: Vec<u8> = (0..(seed % 40) * (1 + seed % 5))
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(seed >> 16) as usize % alphabet.len()]
                })
                .collect();
            let starts: Vec<usize> = (0..text.len())
                .filter(|&i| {
                    text[i] == b'@'
                        || text[i].is_ascii_digit() && (i == 0 || !text[i - 1].is_ascii_digit())
                })
                .collect();
            let found = marks(&text);
            assert_eq!(found, starts, "{text:?}");
            // Forwards, then backwards and forwards again with one walk.
            let mut walk = Marks::new(&text, &found);
            let forth = 0..=text.len() + 1;
            for from in forth
                .clone()
                .chain(forth.clone().rev())
                .chain(forth.step_by(3))
            {
                let plain = text
                    .get(from..)
                    .and_then(|r| r.iter().position(u8::is_ascii_digit));
                assert_eq!(walk.next(from), plain.map(|n| from + n), "{text:?}");
            }
            let c = classes(&text);
            let bit = |v: &[u64], i: usize| v[i / 64] >> (i % 64) & 1 == 1;
            assert_eq!(c.alnum.len(), text.len().div_ceil(64));
            let digits = digit_bits(&text, &found);
            for (i, &x) in text.iter().enumerate() {
                assert_eq!(bit(&digits, i), x.is_ascii_digit(), "{text:?}");
                assert_eq!(bit(&c.alnum, i), x.is_ascii_alphanumeric(), "{text:?}");
                assert_eq!(bit(&c.high, i), x >= 0x80, "{text:?}");
                assert_eq!(bit(&c.lead, i), x >= 0xC0, "{text:?}");
            }
            for q in 0..text.len() + 70 {
                let plain = (0..64)
                    .filter(|&k| q + k < text.len() && bit(&c.high, q + k))
                    .fold(0u64, |w, k| w | 1 << k);
                assert_eq!(window(&c.high, q), plain, "{text:?} {q}");
            }
            let is_digit: Vec<bool> = text.iter().map(u8::is_ascii_digit).collect();
            for min in 1..12 {
                let mut want = Vec::new();
                let mut i = 0;
                while i < text.len() {
                    let s = i;
                    while i < text.len() && is_digit[i] {
                        i += 1;
                    }
                    if i - s >= min {
                        want.push(s..i);
                    }
                    i = i.max(s + 1);
                }
                let got: Vec<_> = long_bit_runs(&digits, min).collect();
                assert_eq!(got, want, "{text:?} min {min}");
            }
            for alnum_only in [false, true] {
                let plain: Vec<usize> = (0..text.len())
                    .filter(|&i| {
                        let c = text[i];
                        let after = i > 0 && text[i - 1].is_ascii_alphanumeric();
                        c >= 0xC0
                            || c < 0x80 && !after && (!alnum_only || c.is_ascii_alphanumeric())
                    })
                    .collect();
                let mut fast = Vec::new();
                let mut carry = 0;
                for block in (0..text.len()).step_by(8) {
                    let mut m = word_start_mask(&text, block, &mut carry, alnum_only);
                    while m != 0 {
                        fast.push(block + (m.trailing_zeros() / 8) as usize);
                        m &= m - 1;
                    }
                }
                assert_eq!(fast, plain, "{text:?}");
            }
            seed = seed.wrapping_add(1);
        }
    }
}
