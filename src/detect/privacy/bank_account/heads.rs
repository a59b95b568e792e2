//! The first three bytes of a word list, to pass over a window holding none of them
//! without searching it for the words.

use crate::detect::scan::{window, Classes};

/// The heads (first three bytes) of a list of words, each at least three bytes long.
pub(crate) struct Heads {
    /// The first two bytes of every head, as a bit set of byte pairs.
    pairs: Box<[u64; 1024]>,
    /// The heads, packed little-end first, sorted.
    heads: Vec<u32>,
}

impl Heads {
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Heads {
        let mut pairs = Box::new([0u64; 1024]);
        let mut heads = Vec::new();
        for w in words {
            let w = w.as_bytes();
            // (build.rs checks the table; no `{:?}` of the word here, which would bring
            // the `Debug` of byte slices into the wasm.)
            assert!(w.len() >= 3, "bank_words.tsv: a word shorter than 3 bytes");
            let pair = usize::from(w[0]) | usize::from(w[1]) << 8;
            pairs[pair / 64] |= 1 << (pair % 64);
            heads.push(pair as u32 | u32::from(w[2]) << 16);
        }
        crate::sort::sort_by_key(&mut heads, |&h| h);
        heads.dedup();
        Heads { pairs, heads }
    }

    /// Whether a head of a word starts in `t[lo..hi]` at a place where a word of that
    /// range may start, as [`Lexicon::find`](crate::detect::lexicon::Lexicon::find) on
    /// the range looks for one: a char that is not ASCII, or an ASCII byte after no ASCII
    /// letter or digit of the range. A range where none does holds none of the words.
    /// The places are read from the check's byte `classes` of `t`, sixty-four bytes at a
    /// time, instead of trying every byte.
    pub(crate) fn any_at_starts(&self, t: &[u8], lo: usize, hi: usize, classes: &Classes) -> bool {
        let w = &t[lo..hi];
        let mut carry = 0u64; // whether the byte before the block is an ASCII letter or digit
        let mut block = 0;
        while block < w.len() {
            let at = lo + block;
            let (alnum, high) = (window(&classes.alnum, at), window(&classes.high, at));
            let n = (w.len() - block).min(64);
            let mut starts =
                (window(&classes.lead, at) | !high & !(alnum << 1 | carry)) & u64::MAX >> (64 - n);
            carry = alnum >> 63;
            while starts != 0 {
                let i = block + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                if i + 2 < w.len() && self.head_at(w, i) {
                    return true;
                }
            }
            block += 64;
        }
        false
    }

    /// Whether a head starts at byte `i` of `w` (which has two bytes after it).
    #[inline(always)]
    fn head_at(&self, w: &[u8], i: usize) -> bool {
        let pair = usize::from(w[i]) | usize::from(w[i + 1]) << 8;
        self.pairs[pair / 64] >> (pair % 64) & 1 != 0 && {
            let head = pair as u32 | u32::from(w[i + 2]) << 16;
            self.heads.binary_search(&head).is_ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::Lexicon;

    /// Wherever the words' lexicon finds a word in a range, a head starts at one of the
    /// places looked at.
    #[test]
    fn a_range_with_a_word_has_a_head_at_a_start() {
        let words = ["swift", "bic", "банк", "銀行", "#ab", "iban"];
        let heads = Heads::new(words);
        let lex = Lexicon::new(words.iter().map(|w| (*w, ())));
        let pieces = [
            "swift", "bic", "sw", "банк", "б", "銀行", "行", "#ab", "#", "ab", " ", "x", "é", "1",
            "iban", "-", "\n",
        ];
        for text in crate::test_texts::random_texts(&pieces, 3000, 40, 3) {
            let b = text.as_bytes();
            let classes = crate::detect::scan::classes(b);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (n, &lo) in bounds.iter().enumerate().step_by(3) {
                for &hi in bounds[n..].iter().step_by(5) {
                    if lex.find(&text[lo..hi]).next().is_some() {
                        assert!(
                            heads.any_at_starts(b, lo, hi, &classes),
                            "{text:?} {lo}..{hi}"
                        );
                    }
                }
            }
        }
    }
}
