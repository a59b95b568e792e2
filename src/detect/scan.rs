//! Finding the bytes detectors wake at (digits, `@`, word starts) eight bytes at a time,
//! shared by the detectors and the word lists.

/// The high bit of each byte of a word of eight.
const HIGH: u64 = 0x8080_8080_8080_8080;
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

/// The bytes of `x` equal to `c` (ASCII), as the high bit of each byte.
#[inline(always)]
fn equal(x: u64, c: u8) -> u64 {
    let y = x ^ (u64::from(c) * LOW);
    // A zero byte: (y & 0x7f) + 0x7f leaves the high bit clear, and so does y itself.
    !(((y & !HIGH) + !HIGH) | y) & HIGH
}

/// The first ASCII digit at or after `from`, or with `at` also the first `@`.
pub(crate) fn next_digit(b: &[u8], from: usize, at: bool) -> Option<usize> {
    // Where digits are dense (a table, a list of numbers, spaced digits) the next one
    // is a byte or two away: look there before setting up the block search.
    let mut near = b.get(from..).unwrap_or_default().iter().take(4);
    if let Some(k) = near.position(|&c| c.is_ascii_digit() || (at && c == b'@')) {
        return Some(from + k);
    }
    let hits = |x: u64| digits(x) | if at { equal(x, b'@') } else { 0 };
    first(b, from + 4, hits)
}

/// The first byte at or after `from` that `hits` marks (as the high bit of each byte of
/// eight), sixteen bytes a round while no byte is near the end.
#[inline(always)]
fn first(b: &[u8], from: usize, hits: impl Fn(u64) -> u64) -> Option<usize> {
    let mut i = from;
    while i + 16 <= b.len() {
        let (x, y) = (hits(load8(b, i)), hits(load8(b, i + 8)));
        if x | y != 0 {
            let bit = if x != 0 {
                x.trailing_zeros()
            } else {
                64 + y.trailing_zeros()
            };
            return Some(i + (bit / 8) as usize);
        }
        i += 16;
    }
    while i < b.len() {
        let x = hits(load8(b, i));
        if x != 0 {
            let j = i + (x.trailing_zeros() / 8) as usize;
            return (j < b.len()).then_some(j);
        }
        i += 8;
    }
    None
}

/// The ASCII bytes of `v` from `lo` to `hi` (bytes with the high bit set are not
/// ASCII: the caller masks them out), as the high bit of each byte.
#[inline(always)]
fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
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
            let text: Vec<u8> = (0..(seed % 40))
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(seed >> 16) as usize % alphabet.len()]
                })
                .collect();
            for from in 0..=text.len() {
                let plain = |f: &dyn Fn(u8) -> bool| {
                    text[from..].iter().position(|&c| f(c)).map(|n| from + n)
                };
                assert_eq!(
                    next_digit(&text, from, false),
                    plain(&|c| c.is_ascii_digit())
                );
                assert_eq!(
                    next_digit(&text, from, true),
                    plain(&|c| c.is_ascii_digit() || c == b'@')
                );
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
