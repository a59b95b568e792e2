//! Which bytes of a text belong to words, 64 bytes at a time.
//!
//! Finding word starts one character at a time costs a mispredicted branch at almost
//! every word boundary, on every word of a long text. Here a text becomes one bit per
//! byte (set: the byte belongs to a word character), made from the check's byte classes
//! (ASCII letters and digits, bytes of other characters, their lead bytes) and, for the
//! lead bytes of the few scripts with punctuation, small tables; word starts and ends
//! are then bit operations. [`word_char`] says what a word character is.

use crate::detect::scan::{load8, Classes};

/// The characters past ASCII that do not continue a word: punctuation, symbols, emoji.
const NONWORD: &[(u32, u32)] = &[
    (0x80, 0xBF),
    (0xD7, 0xD7),
    (0xF7, 0xF7),
    (0x37E, 0x37E),
    (0x387, 0x387),
    (0x55A, 0x55F),
    (0x589, 0x589),
    (0x5BE, 0x5BE),
    (0x5C0, 0x5C0),
    (0x5C3, 0x5C3),
    (0x5F3, 0x5F3),
    (0x5F4, 0x5F4),
    (0x60C, 0x60C),
    (0x60D, 0x60D),
    (0x61B, 0x61B),
    (0x61F, 0x61F),
    (0x66A, 0x66D),
    (0x6D4, 0x6D4),
    (0x964, 0x964),
    (0x965, 0x965),
    (0x970, 0x970),
    (0xE4F, 0xE4F),
    (0xE5A, 0xE5A),
    (0xE5B, 0xE5B),
    (0x10FB, 0x10FB),
    (0x2000, 0x2BFF),
    (0x3000, 0x3003),
    (0x3008, 0x3020),
    (0xFE10, 0xFE6F),
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    // Four bytes: handled apart (F0 9F 80..=AB xx).
    (0x1F000, 0x1FAFF),
];

/// Whether `c` continues a word, for finding word starts quickly: ASCII letters and
/// digits, and every other character but punctuation, symbols and emoji ([`NONWORD`]),
/// by the same tables as the byte scan (a Unicode property lookup per character would
/// cost more than the rest of the scan).
#[inline]
pub(super) fn word_char(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        (c as u8).is_ascii_alphanumeric()
    } else if c < 0x800 {
        TWO[(c >> 6) as usize] >> (c & 63) & 1 == 0
    } else if c < 0x10000 {
        let row = THREE.0[((c >> 6) & 1023) as usize];
        THREE.1[usize::from(row)] >> (c & 63) & 1 == 0
    } else {
        !(0x1F000..=0x1FAFF).contains(&c)
    }
}

/// Two-byte characters that are no word characters: bit `b1 & 63` of `TWO[lead & 31]`.
static TWO: [u64; 32] = {
    let mut t = [0u64; 32];
    let mut r = 0;
    while r < NONWORD.len() {
        let (lo, hi) = NONWORD[r];
        let mut c = lo;
        while c <= hi && c < 0x800 {
            t[(c >> 6) as usize] |= 1 << (c & 63);
            c += 1;
        }
        r += 1;
    }
    t
};

/// Three-byte characters: the rows (lead, second byte) as they are stored.
const THREE_ROWS: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let mut r = 0;
    while r < NONWORD.len() {
        let (lo, hi) = NONWORD[r];
        let mut c = if lo < 0x800 { 0x800 } else { lo };
        while c <= hi && c < 0x10000 {
            t[((c >> 6) & 1023) as usize] |= 1 << (c & 63);
            c += 1;
        }
        r += 1;
    }
    t
};

/// The distinct rows of [`THREE_ROWS`] (at most 16; the first is empty) and each row's
/// index among them: bit `b2 & 63` of `THREE.1[THREE.0[(lead & 15) << 6 | b1 & 63]]`.
static THREE: ([u8; 1024], [u64; 16]) = {
    let mut index = [0u8; 1024];
    let mut rows = [0u64; 16];
    let mut n = 1;
    let mut i = 0;
    while i < 1024 {
        let row = THREE_ROWS[i];
        let mut k = 0;
        while k < n && rows[k] != row {
            k += 1;
        }
        if k == n {
            assert!(n < 16, "too many kinds of three-byte rows");
            rows[n] = row;
            n += 1;
        }
        index[i] = k as u8;
        i += 1;
    }
    (index, rows)
};

/// Every lead byte's non-word characters in one table, for a check with no branch:
/// bit `sel & 63` of `WIDE.1[WIDE.0[(lead & 63) << 6 | b1 & 63]]`, where `sel` is `b1`
/// for a two-byte character and `b2` for a longer one ([`wide_word`] as tables).
static WIDE: ([u8; 4096], [u64; 64]) = {
    let mut index = [0u8; 4096];
    let mut rows = [0u64; 64];
    let mut n = 1;
    let mut i = 0;
    while i < 4096 {
        let lead = 0xC0 | (i >> 6);
        let b1 = i & 63;
        let row = if lead < 0xE0 {
            TWO[lead & 31]
        } else if lead < 0xF0 {
            THREE.1[THREE.0[(lead & 15) << 6 | b1] as usize]
        } else if lead == 0xF0 && b1 == 0x1F {
            // F0 9F 80..=AB: emoji and symbols.
            (1u64 << 0x2C) - 1
        } else {
            0
        };
        let mut k = 0;
        while k < n && rows[k] != row {
            k += 1;
        }
        if k == n {
            assert!(n < 64, "too many kinds of rows");
            rows[n] = row;
            n += 1;
        }
        index[i] = k as u8;
        i += 1;
    }
    (index, rows)
};

/// The lead bytes whose every character is a word character (Cyrillic, CJK, Hangul, ...):
/// bit `lead & 63`; such a lead needs no lookup of the bytes after it.
static ALWAYS_WORD: u64 = {
    let mut bits = 0u64;
    let mut lead = 0;
    while lead < 64 {
        let mut any = false;
        let mut b1 = 0;
        while b1 < 64 {
            any |= WIDE.0[lead << 6 | b1] != 0;
            b1 += 1;
        }
        if !any {
            bits |= 1 << lead;
        }
        lead += 1;
    }
    bits
};

/// [`wide_word`] without a branch (`b1` and `b2` are continuation bytes or 0).
#[inline(always)]
fn wide_nonword(lead: u8, b1: u8, b2: u8) -> u64 {
    let row = WIDE.0[usize::from(lead & 63) << 6 | usize::from(b1 & 63)];
    let sel = if lead < 0xE0 { b1 } else { b2 };
    WIDE.1[usize::from(row)] >> (sel & 63) & 1
}

/// Whether the character whose UTF-8 encoding starts with `lead` (not ASCII), `b1` and
/// `b2` (0 past the text) is a word character.
#[inline(always)]
pub(super) fn wide_word(lead: u8, b1: u8, b2: u8) -> bool {
    if lead < 0xE0 {
        TWO[usize::from(lead & 31)] >> (b1 & 63) & 1 == 0
    } else if lead < 0xF0 {
        let row = THREE.0[usize::from(lead & 15) << 6 | usize::from(b1 & 63)];
        THREE.1[usize::from(row)] >> (b2 & 63) & 1 == 0
    } else {
        !(lead == 0xF0 && b1 == 0x9F && b2 <= 0xAB)
    }
}

/// The length of the UTF-8 character that starts with `lead` (not ASCII).
#[inline(always)]
pub(super) fn wide_len(lead: u8) -> usize {
    if lead < 0xE0 {
        2
    } else if lead < 0xF0 {
        3
    } else {
        4
    }
}

/// Bit `k` of mask `j` is set when byte `64 j + k` of `b` belongs to a word character
/// ([`word_char`]); bits past the end are clear. Made from the check's [`Classes`] of
/// `b`: ASCII letters and digits as they are, the first bytes of other characters less
/// those one table lookup each says are no word characters, and continuation bytes
/// with the character they continue.
pub(super) fn word_masks(b: &[u8], classes: &Classes) -> Vec<u64> {
    let mut out = Vec::with_capacity(classes.alnum.len());
    let mut carry = 0u64;
    let blocks = classes.alnum.iter().zip(&classes.high).zip(&classes.lead);
    for (j, ((&alnum, &high), &lead)) in blocks.enumerate() {
        let mut wide = lead;
        let mut leads = lead;
        while leads != 0 {
            let k = leads.trailing_zeros();
            leads &= leads - 1;
            // The lead byte and the two after it (zeros past the text).
            let x = load8(b, j * 64 + k as usize);
            if ALWAYS_WORD >> (x & 63) & 1 == 0 {
                wide &= !(wide_nonword(x as u8, (x >> 8) as u8, (x >> 16) as u8) << k);
            }
        }
        // Continuation bytes (up to three) take the state of the lead before them.
        let cont = high & !lead;
        let mut w = alnum | wide;
        for _ in 0..3 {
            w |= (w << 1 | carry) & cont;
        }
        carry = w >> 63;
        out.push(w);
    }
    out
}

/// Whether byte `p` belongs to a word character.
#[inline(always)]
pub(super) fn bit(masks: &[u64], p: usize) -> bool {
    masks.get(p / 64).is_some_and(|w| w >> (p % 64) & 1 != 0)
}

/// The end of the run of word bytes through byte `p`: the first clear bit at or after it.
#[inline]
pub(super) fn run_end(masks: &[u64], p: usize) -> usize {
    let (mut j, k) = (p / 64, p % 64);
    let mut rest = !masks[j] >> k << k;
    loop {
        if rest != 0 {
            return j * 64 + rest.trailing_zeros() as usize;
        }
        j += 1;
        match masks.get(j) {
            Some(w) => rest = !w,
            None => return j * 64,
        }
    }
}

/// The starts of the runs of word bytes, ascending.
#[cfg(test)]
pub(super) fn run_starts(masks: &[u64]) -> impl Iterator<Item = usize> + '_ {
    let mut carry = 0u64;
    masks.iter().enumerate().flat_map(move |(j, &w)| {
        let mut starts = w & !(w << 1 | carry);
        carry = w >> 63;
        std::iter::from_fn(move || {
            (starts != 0).then(|| {
                let k = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                j * 64 + k
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::scan::classes;

    /// The masks by a plain walk over the chars.
    fn plain(t: &str) -> Vec<bool> {
        let mut bits = Vec::new();
        for c in t.chars() {
            bits.extend(std::iter::repeat_n(word_char(c), c.len_utf8()));
        }
        bits
    }

    /// The definition, as it was written before the tables.
    fn reference(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphanumeric();
        }
        !matches!(c as u32,
            0x80..=0xBF | 0xD7 | 0xF7 | 0x37E | 0x387 | 0x55A..=0x55F | 0x589 | 0x5BE | 0x5C0
            | 0x5C3 | 0x5F3 | 0x5F4 | 0x60C | 0x60D | 0x61B | 0x61F | 0x66A..=0x66D | 0x6D4
            | 0x964 | 0x965 | 0x970 | 0xE4F | 0xE5A | 0xE5B | 0x10FB | 0x2000..=0x2BFF
            | 0x3000..=0x3003 | 0x3008..=0x3020 | 0xFE10..=0xFE6F | 0xFF01..=0xFF0F
            | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x1F000..=0x1FAFF)
    }

    #[test]
    fn word_char_equals_the_reference() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(word_char(c), reference(c), "{:X}", c as u32);
        }
    }

    #[test]
    fn wide_word_equals_word_char() {
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let b = c.encode_utf8(&mut buf).as_bytes();
            let at = |i: usize| b.get(i).copied().unwrap_or(0);
            assert_eq!(
                wide_word(b[0], at(1), at(2)),
                word_char(c),
                "{:X}",
                c as u32
            );
            assert_eq!(wide_len(b[0]), b.len());
        }
    }

    #[test]
    fn always_word_leads_start_only_word_chars() {
        let mut buf = [0u8; 4];
        let mut leads = 0u64;
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            if ALWAYS_WORD >> (lead & 63) & 1 == 1 {
                assert!(word_char(c), "{:X}", c as u32);
                leads |= 1 << (lead & 63);
            }
        }
        // Cyrillic, CJK and Hangul among them.
        let some = 1 << (0xD0 & 63) | 1 << (0xE4 & 63) | 1 << (0xEA & 63);
        assert_eq!(leads & some, some);
    }

    #[test]
    fn wide_nonword_is_not_wide_word() {
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let b = c.encode_utf8(&mut buf).as_bytes();
            let at = |i: usize| b.get(i).copied().unwrap_or(0);
            // Also cut short (the bytes past the text read as 0).
            for cut in 1..=b.len() {
                let at = |i: usize| if i < cut { at(i) } else { 0 };
                assert_eq!(
                    wide_nonword(b[0], at(1), at(2)) == 1,
                    !wide_word(b[0], at(1), at(2)),
                    "{:X} cut {cut}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn masks_equal_a_walk_over_chars() {
        let pieces = [
            "a",
            "Z",
            "9",
            " ",
            ".",
            "é",
            "×",
            "’",
            "…",
            "🙂",
            "ถนน",
            "।",
            "、",
            "，",
            "字",
            "ქ",
            "\u{FE0F}",
            "\u{301}",
            "д",
            "،",
            "-",
            "\n",
            "x1",
            "¿",
            "ℹ",
            "𠀀",
        ];
        let mut seed: u32 = 1;
        for len in 0..300 {
            let mut t = String::new();
            for _ in 0..len {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                t.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let masks = word_masks(t.as_bytes(), &classes(t.as_bytes()));
            let want = plain(&t);
            let got: Vec<bool> = (0..t.len()).map(|p| bit(&masks, p)).collect();
            assert_eq!(got, want, "{t:?}");
            // Runs: starts and ends.
            let mut runs = Vec::new();
            let mut p = 0;
            while p < t.len() {
                if want[p] && (p == 0 || !want[p - 1]) {
                    let mut e = p;
                    while e < t.len() && want[e] {
                        e += 1;
                    }
                    runs.push((p, e));
                }
                p += 1;
            }
            let got: Vec<(usize, usize)> = run_starts(&masks)
                .map(|s| (s, run_end(&masks, s)))
                .collect();
            assert_eq!(got, runs, "{t:?}");
        }
    }
}
