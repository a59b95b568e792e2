//! The tables of `spam.link` (`link_hosts.tsv`, `link_words.tsv`), read by build.rs
//! (this file is its module) and written out as Rust statics, so the wasm holds them
//! parsed instead of their parser. Included by `link.rs`; a malformed line fails the
//! build. Each list is one text, its words in table order joined by line breaks:
//!
//! * from `link_hosts.tsv`: `SHORTENERS`, `ABUSED_TLDS`, `DOWNLOADS`, `ADULT_PARTS`,
//!   `ADULT_WORDS`, `GAMBLING_PARTS`, `GAMBLING_WORDS`, `NAME_WORDS`, `NEAR_WORDS`,
//!   `SECURE_WORDS`; `BRANDS` with `BRAND_WORD`
//!   (whether each is also an ordinary word) and `OFFICIAL` (each brand's domains, joined
//!   by spaces); `INVITE_HOSTS` with `INVITE_PATHS` (`-` for the whole host);
//! * from `link_words.tsv`: `WORDING`, the cue words of each class in the order of
//!   `CLASSES` (see `link/wording.rs`), with `WORDING_LISTS`, the number of words of each.

use std::fmt::Write;

/// The lines of a table that are not comments or empty, as their cells.
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// Writes `static {name}: &str`, the words joined by line breaks.
fn words(out: &mut String, name: &str, words: &[&str]) {
    assert!(
        words.iter().all(|w| !w.is_empty() && !w.contains('\n')),
        "{name}: an empty word"
    );
    writeln!(out, "static {name}: &str = {:?};", words.join("\n")).unwrap();
}

/// The classes of `link_words.tsv`, in the order of their bits in `link/wording.rs`.
const CLASSES: [&str; 20] = [
    "phishing", "lure", "subject", "pressure", "action", "urgency", "you", "adult", "gambling",
    "game", "offer", "promo", "calm", "topic", "event", "mine", "tease", "people", "bait", "photo",
];

/// The Rust source of the statics, from the two tables.
pub(super) fn generate(hosts: &str, wording: &str) -> String {
    const LISTS: [(&str, &str); 10] = [
        ("shortener", "SHORTENERS"),
        ("abused_tld", "ABUSED_TLDS"),
        ("download", "DOWNLOADS"),
        ("adult_part", "ADULT_PARTS"),
        ("adult_word", "ADULT_WORDS"),
        ("gambling_part", "GAMBLING_PARTS"),
        ("gambling_word", "GAMBLING_WORDS"),
        ("name_word", "NAME_WORDS"),
        ("near_word", "NEAR_WORDS"),
        ("secure_word", "SECURE_WORDS"),
    ];
    let mut lists: [Vec<&str>; 10] = Default::default();
    let (mut brands, mut brand_word, mut official) = (vec![], vec![], vec![]);
    let (mut invite_hosts, mut invite_paths) = (vec![], vec![]);
    for cells in rows(hosts) {
        match cells[..] {
            [class @ ("brand" | "brand_word"), name, domains] => {
                brands.push(name);
                brand_word.push((class == "brand_word").to_string());
                official.push(domains);
            }
            ["invite", host, path] => {
                invite_hosts.push(host);
                invite_paths.push(path);
            }
            [class, value] => {
                let n = LISTS
                    .iter()
                    .position(|(c, _)| *c == class)
                    .unwrap_or_else(|| panic!("link_hosts.tsv: class {class}"));
                lists[n].push(value);
            }
            _ => panic!("link_hosts.tsv: malformed line {cells:?}"),
        }
    }
    let mut out = String::new();
    for ((_, name), list) in LISTS.iter().zip(&lists) {
        words(&mut out, name, list);
    }
    words(&mut out, "BRANDS", &brands);
    words(&mut out, "OFFICIAL", &official);
    words(&mut out, "INVITE_HOSTS", &invite_hosts);
    words(&mut out, "INVITE_PATHS", &invite_paths);
    writeln!(
        out,
        "static BRAND_WORD: [bool; {}] = [{}];",
        brand_word.len(),
        brand_word.join(", ")
    )
    .unwrap();
    // The cue words, class by class in the order of `link/wording.rs`'s bits.
    let mut phrases: [Vec<&str>; CLASSES.len()] = Default::default();
    for cells in rows(wording) {
        let [class, phrase] = cells[..] else {
            panic!("link_words.tsv: malformed line {cells:?}");
        };
        let n = CLASSES
            .iter()
            .position(|c| *c == class)
            .unwrap_or_else(|| panic!("link_words.tsv: class {class}"));
        phrases[n].push(phrase);
    }
    words(&mut out, "WORDING", &phrases.concat());
    let counts: Vec<String> = phrases.iter().map(|p| p.len().to_string()).collect();
    writeln!(
        out,
        "static WORDING_LISTS: [usize; {}] = [{}];",
        CLASSES.len(),
        counts.join(", ")
    )
    .unwrap();
    out
}
