//! `spam.gibberish` (info only): keyboard mashing and random letter strings.
//!
//! It reads words of Latin letters only, eight letters or more, and flags one when it has
//! five different letters or more and either no vowel (`xqzvbnwk`, `sdkfjhsdkf`; `y`
//! counts as one) or is mostly typed on the keyboard's home row with few vowels
//! (`asdfghjkl`, `jkdsahfjksd`). It leaves alone:
//! * other scripts, and words with digits, `_`, `.`, `@`, `/` or `:` next to them (code,
//!   hashes, links, addresses, handles);
//! * words that start with a capital (names: `Mxyzptlk`);
//! * interjections made of few letters: `hmmmmmmmm`, `brrrrrrr`, `kkkkkkkk`, `wkwkwkwk`,
//!   `rsrsrsrs`, `pffffffft`;
//! * anything inside a link.

use crate::detect::links::Link;
use crate::detect::{Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;

/// Shortest word read.
const MIN_LETTERS: usize = 8;
/// Fewest different letters in a flagged word.
const MIN_DISTINCT: u32 = 5;

/// Reports the gibberish words of `text` (its links already found).
pub(crate) fn detect(text: &Normalized<'_>, links: &[Link], out: &mut Sink<'_>) {
    let view = text.folded();
    let t = view.text();
    let b = t.as_bytes();
    let mut link = links.iter().peekable();
    // Runs of eight ASCII letters or more, from the check's bit set of them.
    super::each_run_of_eight(text.letters(), |run| {
        while link.next_if(|l| l.range.end <= run.start).is_some() {}
        if link.peek().is_some_and(|l| l.range.start < run.end) {
            return;
        }
        // A NUL (no neighbour) is not one.
        let before = run.start.checked_sub(1).map_or(0, |k| b[k]);
        let after = b.get(run.end).copied().unwrap_or(0);
        if CODE_NEIGHBOURS[usize::from(before)] | CODE_NEIGHBOURS[usize::from(after)] {
            return;
        }
        if !is_gibberish(&t[run.clone()]) {
            return;
        }
        let span = view.to_original(run.clone(), text.original());
        if text.original()[span.range()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        {
            return;
        }
        out.report(
            view,
            run,
            Hit::new(RuleId::SpamGibberish, 0.6).kind("mashing"),
        );
    });
}

/// [`is_code_neighbour`] of each byte.
static CODE_NEIGHBOURS: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = is_code_neighbour(c as u8);
        c += 1;
    }
    t
};

/// A byte next to a word that makes it part of code, a link, an address or a number.
const fn is_code_neighbour(c: u8) -> bool {
    c.is_ascii_digit()
        || c >= 0x80
        || matches!(
            c,
            b'_' | b'.'
                | b'@'
                | b'/'
                | b':'
                | b'\\'
                | b'#'
                | b'$'
                | b'='
                | b'-'
                | b'+'
                | b'%'
                | b'&'
        )
}

/// The test on one word of lower-case ASCII letters.
pub(crate) fn is_gibberish(word: &str) -> bool {
    let n = word.len();
    if n < MIN_LETTERS {
        return false;
    }
    let mut letters = 0u32;
    // Vowels, and letters off the home row: `y` counts as a vowel, `a` is both a vowel
    // and on the home row.
    let (mut vowels, mut off) = (0usize, 0usize);
    for c in word.bytes() {
        let i = c - b'a';
        letters |= 1 << i;
        vowels += usize::from(VOWELS >> i & 1 == 1);
        off += usize::from(HOME >> i & 1 == 0);
        // Most words settle it in a few letters: a vowel, and too many vowels or too
        // many letters off the home row for mashing (more than one in five).
        if vowels > 0 && (vowels * 4 >= n || off * 5 > n) {
            return false;
        }
    }
    if letters.count_ones() < MIN_DISTINCT {
        return false;
    }
    // No vowel at all ("strengths" has one).
    let no_vowels = vowels == 0;
    // Home-row mashing: eight in ten letters on the home row, under one in four vowels.
    let mashed = off * 5 <= n && vowels * 4 < n;
    no_vowels || mashed
}

/// The vowels and the home-row letters, as bits `c - b'a'`.
const VOWELS: u32 = bits(b"aeiouy");
const HOME: u32 = bits(b"asdfghjkl");

const fn bits(letters: &[u8]) -> u32 {
    let (mut m, mut k) = (0, 0);
    while k < letters.len() {
        m |= 1 << (letters[k] - b'a');
        k += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mashing_and_random_strings() {
        for w in [
            "asdfghjkl",
            "sdkfjhsdkf",
            "jkdsahfjksd",
            "xqzvbnwkt",
            "qwrtzpsdfg",
            "ghjkghjkdfs",
        ] {
            assert!(is_gibberish(w), "{w}");
        }
    }

    #[test]
    fn real_words_and_interjections() {
        for w in [
            "strength",
            "rhythms",
            "angstschwei",
            "szczebrzeszyn",
            "zmrzlina",
            "haggadah",
            "hmmmmmmmmm",
            "brrrrrrrrr",
            "kkkkkkkkkk",
            "wkwkwkwkwk",
            "rsrsrsrsrs",
            "pffffffffft",
            "hahahahaha",
            "jajajajaja",
            "shhhhhhhhh",
            "aaaaaaaaah",
            "whatsapp",
            "instagram",
            "constantinople",
            "strengths",
            "twelfths",
            "llwybrau",
            "crwths",
            "dysfunctional",
            "flashdance",
        ] {
            assert!(!is_gibberish(w), "{w}");
        }
    }
}
