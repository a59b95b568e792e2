//! Sorted word lists stored front-coded: each word is the count of leading bytes it
//! shares with the word before it (one byte, below 0x20) followed by the rest of its
//! bytes. build.rs writes them (`front_code`) from the lists in `src/data/`; for sorted
//! lists such as the BIP-39 words and the top-level domains this gzips a fifth to a
//! quarter smaller than the plain list, and decoding is one pass. Lists whose order
//! does not matter (the address words) are sorted by build.rs for it.

/// The words of a front-coded list, joined by line breaks. The text lives as long as
/// the program: each list is decoded once, into a static that keeps it.
pub(crate) fn decode(coded: &[u8]) -> &'static str {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    // Where the word before starts in `out`.
    let mut last = 0;
    let mut i = 0;
    while i < coded.len() {
        let b = coded[i];
        if b < 0x20 {
            if !out.is_empty() {
                out.push(b'\n');
            }
            let start = out.len();
            out.extend_from_within(last..last + usize::from(b));
            last = start;
            i += 1;
        } else {
            // The rest of the word, copied at once: a push per byte made decoding the
            // lists a large part of the first filter in the wasm.
            let end = coded[i..]
                .iter()
                .position(|&b| b < 0x20)
                .map_or(coded.len(), |n| i + n);
            out.extend_from_slice(&coded[i..end]);
            i = end;
        }
    }
    // (Not `expect`: that would bring the error's `Debug` into the wasm.)
    String::from_utf8(out)
        .unwrap_or_else(|_| panic!("build.rs writes whole UTF-8 words"))
        .leak()
}

/// Every word list of the generated tables, one after the other (build.rs, `pool_lists`).
const LISTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lists.txt"));

/// The list at `start..end` of [`LISTS`]; build.rs writes the calls, which are evaluated
/// at compile time (a bad range fails the build).
pub(crate) const fn part(start: usize, end: usize) -> &'static str {
    let (head, _) = LISTS.split_at(end);
    let (_, bytes) = head.split_at(start);
    match std::str::from_utf8(bytes) {
        Ok(list) => list,
        Err(_) => panic!("a list cut inside a character"),
    }
}

/// The words of a list joined by line breaks (how build.rs writes the word lists). One
/// copy, not inlined, serves every detector: the iterator a `split(..).collect()` builds
/// would otherwise be code at each of the thirty-odd places that read a list. An empty
/// text (a packed list the wasm was not given) has no words.
#[inline(never)]
pub(crate) fn lines(joined: &'static str) -> Vec<&'static str> {
    rows(joined).collect()
}

/// The lines of `joined`, none when it is empty.
pub(crate) fn rows(joined: &'static str) -> Rows {
    Rows {
        rest: joined,
        more: !joined.is_empty(),
    }
}

/// The lines of a list, as [`rows`] reads them: each line break is found by a plain loop
/// over the bytes. (`str::split` looks for it with `memchr`, whose set-up per call costs
/// more than a word of a list is long: splitting the lists was a sixth of building the
/// first filter's tables.)
pub(crate) struct Rows {
    rest: &'static str,
    /// Whether a line is left (the last one may be empty).
    more: bool,
}

impl Iterator for Rows {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        if !self.more {
            return None;
        }
        let b = self.rest.as_bytes();
        let mut i = 0;
        while i < b.len() && b[i] != b'\n' {
            i += 1;
        }
        // (A line break is a whole character: `i` is on a boundary.)
        let (row, rest) = self.rest.split_at(i);
        match rest.get(1..) {
            Some(rest) => self.rest = rest,
            None => self.more = false,
        }
        Some(row)
    }
}

// The data module. The phrase and word lists of the rules that read them through the
// shared phrase search or the link judge (`privacy.credentials`, `privacy.social_handle`,
// `privacy.request`, `spam.link`, `scam.*`), all of which a policy can turn off, are
// pooled apart, in `pack.txt` (build.rs). Natively
// the text is compiled in. The wasm leaves it out: the package's `createFilter` loads
// `rules.js` (the same text) when a filter's policy turns one of those rules on, and
// hands it to [`install_pack`]; the detectors that read it are built once it is there
// (src/detect/mod.rs, `ByPack`).
#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/pack_check.rs"));

#[cfg(not(target_arch = "wasm32"))]
const PACK: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.txt"));

#[cfg(target_arch = "wasm32")]
static PACK: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// The text of the data module, as build.rs wrote it (natively; `rules.js` prints it).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack_text() -> &'static str {
    PACK
}

/// A data module's text with its line breaks back: `rules.js` and `lexicons.js` write them
/// as `~` (which no list holds; the examples that print them check), since a JavaScript
/// string spells a line break with two bytes, and the modules are about 0.7 KB (each)
/// smaller gzipped with one. In place: one ASCII byte for another keeps the text UTF-8.
/// (Called through `detect::apart_with`: a loop over the whole module, inlined, would
/// have V8 optimize the constructor of the first filter.)
#[cfg(target_arch = "wasm32")]
pub(crate) fn line_breaks(text: String) -> String {
    let mut bytes = text.into_bytes();
    for x in &mut bytes {
        if *x == b'~' {
            *x = b'\n';
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// Keeps `text`, the data module (as `rules.js` writes it, see [`line_breaks`]), for every
/// filter made after; `Err` names why it is refused (another build's module). A second
/// call changes nothing.
#[cfg(target_arch = "wasm32")]
pub(crate) fn install_pack(text: String) -> Result<(), &'static str> {
    let text = crate::detect::apart_with(line_breaks, text);
    // (The hash, a loop of some thirty thousand turns, is a function of its own in the
    // wasm: inlined, it had V8 optimize the whole constructor of the first filter; see
    // `detect::apart`.)
    if (
        text.len(),
        crate::detect::apart_with(pack_hash, text.as_bytes()),
    ) != PACK_CHECK
    {
        return Err(
            "rules: this rules.js is not the one of this wasm (another version of the package?)",
        );
    }
    PACK.get_or_init(|| text.leak());
    Ok(())
}

/// The check of the data module, as build.rs computes it (`pack_hash`): FNV-1a's steps
/// over its bytes read eight at a time (little-endian), then over the last few one by
/// one. (A step per byte was a loop of a hundred thousand turns, run by the wasm's first,
/// unoptimized tier, and enough for V8 to optimize the whole function it was inlined in;
/// see `detect::apart`.)
#[cfg(target_arch = "wasm32")]
fn pack_hash(bytes: &[u8]) -> u64 {
    let step = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0000_0100_0000_01b3);
    let words = bytes.chunks_exact(8);
    let last = words.remainder();
    let h = words.fold(0xcbf2_9ce4_8422_2325, |h, w| {
        step(
            h,
            u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]),
        )
    });
    last.iter().fold(h, |h, &b| step(h, u64::from(b)))
}

/// Whether the data module is there (always, natively).
pub(crate) fn has_pack() -> bool {
    #[cfg(target_arch = "wasm32")]
    return PACK.get().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// The list at `start..end` of the data module; empty when the wasm has not been given it.
pub(crate) fn packed(start: usize, end: usize) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    let pack: &'static str = PACK.get().copied().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let pack = PACK;
    pack.get(start..end).unwrap_or_default()
}

/// The words of a list joined by line breaks, as a set (one copy, as [`lines`]).
#[inline(never)]
pub(crate) fn word_set(joined: &'static str) -> WordSet {
    // Sized for its words first: grown as they came, the table was hashed anew at each
    // doubling.
    let n = joined.bytes().filter(|&b| b == b'\n').count() + 1;
    let mut set = std::collections::HashMap::with_capacity_and_hasher(n, Default::default());
    set.extend(rows(joined).map(|w| (w, 0)));
    WordSet(set)
}

/// A set of words. It is a map (to nothing) of the type the address words use, not a
/// `HashSet`: the wasm then holds one copy of a hash table's code, not two.
pub(crate) struct WordSet(
    std::collections::HashMap<&'static str, u16, crate::detect::chars::FnvBuild>,
);

impl WordSet {
    /// Whether `word` is in the set.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }

    /// How many words the set holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        // Sized for the most words the iterator may give (a filtered list), so that the
        // table is not hashed anew as it grows.
        let words = words.into_iter();
        let (least, most) = words.size_hint();
        let mut set = std::collections::HashMap::with_capacity_and_hasher(
            most.unwrap_or(least),
            Default::default(),
        );
        set.extend(words.map(|w| (w, 0)));
        WordSet(set)
    }
}

/// A list of words grouped by what they are (build.rs writes them so): the words of
/// `coded` (front-coded) with `runs`, each group's size and its value.
pub(crate) fn grouped<T: Copy>(coded: &[u8], runs: &[(u16, T)]) -> Vec<(&'static str, T)> {
    let values = runs
        .iter()
        .flat_map(|&(n, value)| std::iter::repeat_n(value, usize::from(n)));
    rows(decode(coded)).zip(values).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_decode_to_the_tables() {
        for (coded, plain) in [
            (
                include_bytes!(concat!(env!("OUT_DIR"), "/bip39_english.coded")).as_slice(),
                data!("src/data/bip39_english.txt"),
            ),
            (
                include_bytes!(concat!(env!("OUT_DIR"), "/tlds.coded")).as_slice(),
                data!("src/data/tlds.txt"),
            ),
        ] {
            let words: Vec<&str> = plain.lines().filter(|l| !l.is_empty()).collect();
            assert_eq!(super::decode(coded), words.join("\n"));
        }
    }
}
