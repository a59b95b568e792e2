//! `privacy.crypto_secret`: wallet recovery phrases and private keys.
//!
//! * Seed phrases: runs of BIP-39 English words (`src/data/bip39_english.txt`), allowed
//!   to be numbered (`1. abandon 2. ability`), comma-separated or one a line. A run of 12,
//!   15, 18, 21 or 24 words whose BIP-39 checksum holds is reported; a run of such a
//!   length whose checksum fails only next to a wallet word (a mistyped phrase).
//! * WIF private keys: base58check strings of 51-52 characters with the key version byte.
//! * Hex private keys: 64 hex digits next to the words "private key" (several languages).

use crate::detect::chars::{alnum_after, alnum_before, long_runs, mentions};
use crate::detect::checksum::sha256;
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;
use std::sync::OnceLock;

const PHRASE_LENGTHS: [usize; 5] = [24, 21, 18, 15, 12];
/// Runs up to this long are searched at every position; longer ones only at their ends.
const FULL_SEARCH: usize = 30;
/// Words that say a phrase or key belongs to a wallet, in the folded view.
const WALLET_WORDS: &[&str] = &[
    "seed",
    "phrase",
    "recovery",
    "mnemonic",
    "wallet",
    "words",
    "backup",
    "frase",
    "semilla",
    "semente",
    "palabras",
    "palavras",
    "phrase de récupération",
    "mots",
    "kelime",
    "kata",
    "фраза",
    "сид",
    "кошелек",
    "кошелёк",
    "वॉलेट",
];
const PRIVATE_KEY_WORDS: &[&str] = &[
    "private key",
    "privkey",
    "priv key",
    "secret key",
    "clave privada",
    "chave privada",
    "clé privée",
    "cle privee",
    "privater schlüssel",
    "özel anahtar",
    "kunci privat",
    "приватный ключ",
    "закрытый ключ",
    "निजी कुंजी",
    "المفتاح الخاص",
];
const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// The crypto secret detector.
pub(crate) struct CryptoSecret;

/// The BIP-39 English list, in its order (alphabetical): a word's 11-bit value is its
/// position, found by binary search. Built the first time a stretch of twelve candidate
/// words appears, not at start-up. `privacy.social_handle` reads it too: its 2048 common
/// English words are no one's handle ("snapchat? it's broken").
static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();

pub(crate) fn bip39_words() -> &'static [&'static str] {
    WORDS.get_or_init(|| {
        let coded: &[u8] = include!(concat!(env!("OUT_DIR"), "/bip39_english.rs"));
        let words: Vec<&str> = crate::detect::coded::lines(crate::detect::coded::decode(coded));
        assert!(
            words.len() == 2048,
            "bip39_english.txt must hold 2048 words"
        );
        words
    })
}

/// A BIP-39 word found in the view: its range and its index in the list.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    index: u16,
}

impl CryptoSecret {
    pub(crate) fn new() -> CryptoSecret {
        CryptoSecret
    }

    fn index(&self, word: &str) -> Option<u16> {
        // Every BIP-39 English word has 3 to 8 letters.
        if (3..=8).contains(&word.len()) {
            let i = bip39_words().binary_search(&word).ok()?;
            Some(i as u16)
        } else {
            None
        }
    }

    /// Reports the phrases in one run of consecutive list words.
    fn phrases(
        &self,
        view: &View<'_>,
        run: &[Word],
        wallet_word: &mut impl FnMut() -> bool,
        out: &mut Sink<'_>,
    ) {
        if run.len() < 12 {
            return;
        }
        // A run of phrase length is one phrase, right or mistyped: never a window of it
        // that passes the checksum by chance.
        if PHRASE_LENGTHS.contains(&run.len()) {
            let span = numbered_start(view.text(), run[0].start)..run[run.len() - 1].end;
            if checksum_holds(run) {
                out.report(
                    view,
                    span,
                    Hit::new(RuleId::PrivacyCryptoSecret, 0.99).kind("seed_phrase"),
                );
            } else if wallet_word() {
                out.report(
                    view,
                    span,
                    Hit::new(RuleId::PrivacyCryptoSecret, 0.7).kind("seed_phrase"),
                );
            }
            return;
        }
        self.valid_phrases(view, run, out);
    }

    /// Reports the best checksum-valid window of `run`, then looks on both sides of it
    /// (a work list, not recursion: a pasted run can hold thousands of phrases).
    /// A 12-word checksum is only 4 bits, so a window of list words around a phrase
    /// ("seed phrase: ...") can pass by chance: longer windows win, then windows that
    /// end where the run ends, then windows that start where it starts.
    fn valid_phrases(&self, view: &View<'_>, run: &[Word], out: &mut Sink<'_>) {
        let mut todo = vec![(0, run.len())];
        // Checksums already computed, by first word and length (0: not yet, 1: fails,
        // 2: holds): the windows that start where a long run starts are asked again each
        // time a phrase is cut off its end. (A list, not a hash map: one map type fewer
        // in the wasm.)
        let mut known = vec![0u8; run.len() * PHRASE_LENGTHS.len()];
        let mut holds = |at: usize, n: usize| {
            let length = PHRASE_LENGTHS.iter().position(|&l| l == n).unwrap_or(0);
            let slot = &mut known[at * PHRASE_LENGTHS.len() + length];
            if *slot == 0 {
                *slot = 1 + u8::from(checksum_holds(&run[at..at + n]));
            }
            *slot == 2
        };
        while let Some((from, to)) = todo.pop() {
            let part = &run[from..to];
            let last = part.len();
            let mut best: Option<(usize, usize, (usize, bool, bool))> = None;
            for n in PHRASE_LENGTHS.into_iter().filter(|&n| n <= last) {
                // The window ending where the run ends first: it outranks the others.
                let starts: Vec<usize> = if last <= FULL_SEARCH {
                    std::iter::once(last - n).chain(0..last - n).collect()
                } else if last > n {
                    vec![last - n, 0]
                } else {
                    vec![0]
                };
                for pos in starts {
                    let rank = (n, pos + n == last, pos == 0);
                    if best.is_none_or(|(_, _, r)| rank > r) && holds(from + pos, n) {
                        best = Some((pos, n, rank));
                    }
                }
            }
            let Some((pos, n, _)) = best else { continue };
            out.report(
                view,
                numbered_start(view.text(), part[pos].start)..part[pos + n - 1].end,
                Hit::new(RuleId::PrivacyCryptoSecret, 0.99).kind("seed_phrase"),
            );
            todo.extend(
                [(from, from + pos), (from + pos + n, to)]
                    .into_iter()
                    .filter(|(a, b)| b - a >= 12),
            );
        }
    }
}

/// Where a phrase starts when its first word is numbered ("1. abandon", "(1) abandon",
/// "#1 abandon"): the number belongs to what is highlighted and masked.
fn numbered_start(t: &str, first_word: usize) -> usize {
    let b = t.as_bytes();
    let mut i = first_word;
    while i > 0 && i + 2 > first_word && b[i - 1] == b' ' {
        i -= 1;
    }
    if i > 0 && matches!(b[i - 1], b'.' | b')' | b':' | b'-') {
        i -= 1;
    }
    let digits_end = i;
    while i > 0 && digits_end - i < 2 && b[i - 1].is_ascii_digit() {
        i -= 1;
    }
    if i == digits_end || alnum_before(t, i) {
        return first_word; // no number, or part of something longer
    }
    if i > 0 && matches!(b[i - 1], b'(' | b'#') {
        i -= 1;
    }
    i
}

/// The BIP-39 checksum: the words' bits are entropy then its SHA-256's first bits.
fn checksum_holds(words: &[Word]) -> bool {
    let n = words.len();
    let checksum_bits = n / 3;
    let entropy_bytes = (n * 11 - checksum_bits) / 8;
    let mut bits = [0u8; 33];
    for (w, word) in words.iter().enumerate() {
        for b in 0..11 {
            if word.index >> (10 - b) & 1 == 1 {
                let at = w * 11 + b;
                bits[at / 8] |= 0x80 >> (at % 8);
            }
        }
    }
    let hash = sha256(&bits[..entropy_bytes]);
    (0..checksum_bits).all(|i| {
        let at = entropy_bytes * 8 + i;
        (bits[at / 8] >> (7 - at % 8) & 1) == (hash[0] >> (7 - i) & 1)
    })
}

/// True when the text between two words only separates or numbers them: spaces, line
/// breaks, commas, and numbering such as "2." or "(3)".
fn is_gap(gap: &str) -> bool {
    gap.len() <= 12
        && gap.bytes().all(|b| {
            b.is_ascii_whitespace()
                || b.is_ascii_digit()
                || matches!(b, b',' | b'.' | b';' | b':' | b')' | b'(' | b'#' | b'-')
        })
}

impl Detector for CryptoSecret {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyCryptoSecret]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let mut wallet = None;
        let mut wallet_word = || *wallet.get_or_insert_with(|| mentions(t, WALLET_WORDS));
        // Words of 3-8 lower-case letters joined by gaps, gathered without looking them
        // up: only a stretch of 12 or more can hold a phrase ("a", "to", "is" and
        // punctuation break ordinary sentences into short stretches).
        let mut stretch: Vec<(usize, usize)> = Vec::new();
        // Twelve words of three letters or more and their gaps fill 47 bytes or more of
        // letters, digits, spaces and the gap punctuation: only such runs are read, and
        // only those where a walk over bit masks counts twelve words of 3-8 letters in a
        // row ([`phrase_regions`]).
        phrase_regions(
            t.as_bytes(),
            text.letters(),
            &text.classes().high,
            |region| {
                stretches(t, region, &mut stretch, |words| {
                    self.stretch(view, words, &mut wallet_word, out);
                });
            },
        );
        report_keys(text, out);
    }
}

/// A byte that can be part of a stretch of words and gaps.
fn is_stretch_byte(c: u8) -> bool {
    c.is_ascii_lowercase()
        || c.is_ascii_digit()
        || c.is_ascii_whitespace()
        || matches!(c, b',' | b'.' | b';' | b':' | b')' | b'(' | b'#' | b'-')
}

/// Calls `f` with each maximal run of [`is_stretch_byte`]s of 47 bytes or more (as
/// `long_runs` finds them, in order) that may hold a stretch of twelve candidate words.
///
/// A stretch of twelve is twelve runs of 3-8 lower-case letters with only gap bytes
/// between them: no other run of letters (shorter, longer) and no byte above ASCII. A
/// walk over 64-byte blocks of bit masks counts the runs of 3-8 letters since the last
/// such breaker (a block at a time with popcounts while it cannot reach twelve) and reads
/// the bytes around a word only where the count reaches twelve: ordinary sentences break
/// on "a", "to", "is" or a long word long before.
///
/// `lower` and `wide` are one bit per byte of `b` (sixty-four to a word): its ASCII
/// lower-case letters, and its bytes that are not ASCII.
fn phrase_regions(
    b: &[u8],
    lower: &[u64],
    wide: &[u64],
    mut f: impl FnMut(std::ops::Range<usize>),
) {
    let blocks = b.len().div_ceil(64);
    let masks = |j: usize| {
        (
            lower.get(j).copied().unwrap_or(0),
            wide.get(j).copied().unwrap_or(0),
        )
    };
    let (mut lower, mut wide) = masks(0);
    let mut carry = 0u64; // the last bit of the previous block's `lower`
    let mut count = 0u32; // words of 3-8 letters since the last breaker
    let mut resume = 0usize; // bytes before this are done
    for j in 0..blocks {
        let base = j * 64;
        let (next_lower, next_wide) = masks(j + 1);
        let both = u128::from(next_lower) << 64 | u128::from(lower);
        let starts = lower & !(lower << 1 | carry);
        let two = both & both >> 1;
        let four = two & two >> 2;
        let eight = four & four >> 4;
        let three = (two & both >> 2) as u64;
        let nine = (eight & both >> 8) as u64;
        let all_good = starts & three & !nine;
        let all_breakers = (starts & !all_good) | wide;
        while resume < base + 64 {
            let keep = !0u64 << resume.saturating_sub(base);
            let good = all_good & keep;
            let breakers = all_breakers & keep;
            if count + good.count_ones() < 12 {
                count = if breakers == 0 {
                    count + good.count_ones()
                } else {
                    (good >> (63 - breakers.leading_zeros())).count_ones()
                };
                break;
            }
            // Word by word: a breaker between two words starts the count again.
            let mut g = good;
            let mut from = 0;
            let mut flagged = None;
            while g != 0 {
                let k = g.trailing_zeros();
                g &= g - 1;
                if breakers & (!0u64 << from) & ((1u64 << k) - 1) != 0 {
                    count = 0;
                }
                count += 1;
                from = k + 1;
                if count >= 12 {
                    flagged = Some(base + k as usize);
                    break;
                }
            }
            let Some(at) = flagged else {
                if from < 64 && breakers >> from != 0 {
                    count = 0;
                }
                break;
            };
            let mut start = at;
            while start > 0 && is_stretch_byte(b[start - 1]) {
                start -= 1;
            }
            let mut end = at;
            while end < b.len() && is_stretch_byte(b[end]) {
                end += 1;
            }
            if end - start >= 47 {
                f(start..end);
            }
            count = 0;
            resume = end.max(at + 1);
        }
        carry = lower >> 63;
        (lower, wide) = (next_lower, next_wide);
    }
}

/// Gathers the stretches of candidate words in `region` of the view (words of 3-8
/// lower-case letters joined by gaps) and passes on each of twelve words or more.
fn stretches(
    t: &str,
    region: std::ops::Range<usize>,
    stretch: &mut Vec<(usize, usize)>,
    mut each: impl FnMut(&[(usize, usize)]),
) {
    let b = &t.as_bytes()[..region.end];
    let mut i = region.start;
    stretch.clear();
    while i < b.len() {
        if !b[i].is_ascii_lowercase() || alnum_before(t, i) {
            i += 1;
            continue;
        }
        let end = i + b[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        let candidate = (3..=8).contains(&(end - i)) && !alnum_after(t, end);
        let joined = stretch
            .last()
            .is_none_or(|&(_, last_end)| is_gap(&t[last_end..i]));
        if !candidate || !joined {
            if stretch.len() >= 12 {
                each(stretch);
            }
            stretch.clear();
        }
        if candidate {
            stretch.push((i, end));
        }
        i = end;
    }
    if stretch.len() >= 12 {
        each(stretch);
    }
}

impl CryptoSecret {
    /// Looks the words of a long enough stretch up and passes on each run of list words.
    fn stretch(
        &self,
        view: &View<'_>,
        stretch: &[(usize, usize)],
        wallet_word: &mut impl FnMut() -> bool,
        out: &mut Sink<'_>,
    ) {
        if stretch.len() < 12 {
            return;
        }
        let t = view.text();
        let mut run: Vec<Word> = Vec::new();
        for &(start, end) in stretch {
            match self.index(&t[start..end]) {
                Some(index) => run.push(Word { start, end, index }),
                None => {
                    self.phrases(view, &run, wallet_word, out);
                    run.clear();
                }
            }
        }
        self.phrases(view, &run, wallet_word, out);
    }
}

/// WIF keys (base58check, read from the text as typed: base58 is case-sensitive) and hex
/// keys next to "private key".
fn report_keys(text: &Normalized<'_>, out: &mut Sink<'_>) {
    let raw = text.raw();
    let s = raw.text();
    let b = s.as_bytes();
    let mut key_word = None;
    for run in long_runs(b, 51, |c| c.is_ascii_alphanumeric()) {
        let (i, end) = (run.start, run.end);
        // Only WIF (51-52) and hex keys (64, or 66 with "0x") are wanted: length first.
        if matches!(end - i, 51 | 52 | 64 | 66) && !alnum_before(s, i) && !alnum_after(s, end) {
            let token = &b[i..end];
            if matches!(token.len(), 51 | 52) && is_wif(token) {
                out.report(
                    raw,
                    i..end,
                    Hit::new(RuleId::PrivacyCryptoSecret, 0.97).kind("wif"),
                );
            } else {
                let hex = token.strip_prefix(b"0x").unwrap_or(token);
                if hex.len() == 64
                    && hex.iter().all(u8::is_ascii_hexdigit)
                    && *key_word
                        .get_or_insert_with(|| mentions(text.folded().text(), PRIVATE_KEY_WORDS))
                {
                    out.report(
                        raw,
                        i..end,
                        Hit::new(RuleId::PrivacyCryptoSecret, 0.9).kind("private_key"),
                    );
                }
            }
        }
    }
}

/// A base58check string whose payload is a private key: version 0x80 (or 0xEF, testnet),
/// 32 key bytes, an optional 0x01 compression flag, and a valid double-SHA-256 checksum.
fn is_wif(token: &[u8]) -> bool {
    let mut bytes = [0u8; 40];
    for &c in token {
        let Some(mut carry) = BASE58.iter().position(|&a| a == c).map(|v| v as u32) else {
            return false;
        };
        for byte in bytes.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = carry as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    let len = if token.len() == 51 { 37 } else { 38 };
    if bytes[..40 - len].iter().any(|&x| x != 0) {
        return false;
    }
    let decoded = &bytes[40 - len..];
    let (payload, check) = decoded.split_at(len - 4);
    let version_ok = matches!(payload[0], 0x80 | 0xEF) && (len == 37 || payload[33] == 0x01);
    version_ok && sha256(&sha256(payload))[..4] == *check
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bip39_list_is_in_order() {
        let words = bip39_words();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(CryptoSecret::new().index("abandon"), Some(0));
        assert_eq!(CryptoSecret::new().index("zoo"), Some(2047));
        assert_eq!(CryptoSecret::new().index("zzz"), None);
    }

    fn words(d: &CryptoSecret, phrase: &str) -> Vec<Word> {
        phrase
            .split(' ')
            .map(|w| Word {
                start: 0,
                end: 0,
                index: d.index(w).unwrap(),
            })
            .collect()
    }

    #[test]
    fn bip39_checksums_from_the_reference_vectors() {
        let d = CryptoSecret::new();
        assert!(checksum_holds(&words(&d, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")));
        assert!(checksum_holds(&words(
            &d,
            "legal winner thank year wave sausage worth useful legal winner thank yellow"
        )));
        assert!(checksum_holds(&words(&d, "abandon amount liar amount expire adjust cage candy arch gather drum bullet absurd math era live bid rhythm alien crouch range attend journey unaware")));
        assert!(!checksum_holds(&words(&d, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")));
    }

    #[test]
    fn wif_keys() {
        // The private key 1 and a well-known compressed example, checked with their checksums.
        assert!(is_wif(
            b"5HpHagT65TZzG1PH3CSu63k8DbpvD8s5ip4nEB3kEsreAnchuDf"
        ));
        assert!(is_wif(
            b"KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"
        ));
        assert!(!is_wif(
            b"5HpHagT65TZzG1PH3CSu63k8DbpvD8s5ip4nEB3kEsreAnchuDg"
        ));
        assert!(!is_wif(
            b"0HpHagT65TZzG1PH3CSu63k8DbpvD8s5ip4nEB3kEsreAnchuDf"
        ));
    }

    type Stretch = Vec<(usize, usize)>;

    /// The stretches of twelve or more the detector reads, by the bit-mask walk and by
    /// reading every long run of stretch bytes as before it.
    /// The text is folded first, as the detector reads it.
    fn both_ways(t: &str) -> (Vec<Stretch>, Vec<Stretch>) {
        let n = Normalized::new(t);
        let t = n.folded().text();
        let mut stretch = Vec::new();
        let (mut fast, mut plain) = (Vec::new(), Vec::new());
        phrase_regions(t.as_bytes(), n.letters(), &n.classes().high, |r| {
            stretches(t, r, &mut stretch, |s| fast.push(s.to_vec()));
        });
        for r in long_runs(t.as_bytes(), 47, is_stretch_byte) {
            stretches(t, r, &mut stretch, |s| plain.push(s.to_vec()));
        }
        (fast, plain)
    }

    #[test]
    fn mask_walk_finds_every_stretch() {
        let words = [
            "abandon", "zoo", "ability", "wallet", "xyz", "legal", "winner",
        ];
        let odd = [
            "a",
            "to",
            "abcdefghi",
            "9",
            "é",
            "!",
            "'",
            "A",
            "—",
            "ab",
            "q",
            "x1",
            "2ab",
            "mnemonic",
        ];
        let gaps = [
            " ", " ", " ", ", ", "\n", " 1. ", " (2) ", " #3 ", "-", "      ", "\t",
        ];
        let mut seed: u32 = 5;
        let mut found = 0;
        for round in 0..3000 {
            let mut t = String::new();
            let n = 5 + round % 60;
            let mut next = |m: usize| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (seed >> 16) as usize % m
            };
            for _ in 0..n {
                if next(12) == 0 {
                    t.push_str(odd[next(odd.len())]);
                } else {
                    t.push_str(words[next(words.len())]);
                }
                if next(3) == 0 {
                    t.push_str(gaps[next(gaps.len())]);
                } else {
                    t.push(' ');
                }
            }
            let (fast, plain) = both_ways(&t);
            assert_eq!(fast, plain, "{t:?}");
            found += plain.len();
        }
        assert!(found > 500, "{found} stretches");
        let long = "abandon ".repeat(5000) + "a " + &"zoo, ".repeat(3000);
        let (fast, plain) = both_ways(&long);
        assert_eq!(fast, plain);
        assert_eq!(fast.len(), 2);
    }

    #[test]
    fn gaps() {
        for g in [" ", ", ", "\n", " 2. ", "\n(3) ", " #4 - "] {
            assert!(is_gap(g), "{g:?}");
        }
        for g in [" and ", "! ", " é "] {
            assert!(!is_gap(g), "{g:?}");
        }
    }
}
