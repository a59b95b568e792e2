//! The first three bytes of a word list, to pass over a window holding none of them
//! without searching it for the words.

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

    /// Whether `w` holds the head of a word: a window that does not holds none of them.
    pub(crate) fn any_in(&self, w: &[u8]) -> bool {
        (0..w.len().saturating_sub(2)).any(|i| {
            let pair = usize::from(w[i]) | usize::from(w[i + 1]) << 8;
            self.pairs[pair / 64] >> (pair % 64) & 1 != 0 && {
                let head = pair as u32 | u32::from(w[i + 2]) << 16;
                self.heads.binary_search(&head).is_ok()
            }
        })
    }
}
