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
//! * from `link_words.tsv`: the cue words, each once with its classes (bit `i` for the
//!   `i`-th of `CLASSES`, the bits of `link/wording.rs`): `WORDS_KEYS` (single words, made
//!   plain), `STEMS_KEYS` (stems, plain, without their `*`) and `PHRASES_KEYS` (as written),
//!   each sorted, with `WORDS_CLASSES`, ... (an index into `CLASS_MASKS` for each), and the
//!   accent map `ACCENTED` and `PLAIN`.

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
const CLASSES: [&str; 21] = [
    "phishing", "lure", "subject", "pressure", "action", "urgency", "you", "adult", "gambling",
    "game", "offer", "promo", "calm", "topic", "event", "mine", "tease", "people", "bait", "photo",
    "school",
];

/// Letters with accents, and the plain letters (in order) the wording is matched in:
/// "vérifiez" and "verifiez", "şifre" and "sifre" are one word. `link/wording.rs` reads the
/// message's words through the same map (written out as `ACCENTED` and `PLAIN`).
const ACCENTED: &str = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿşğё";
const PLAIN: &str = "aaaaaaceeeeiiiinooooouuuuyysgе";

/// `word` with the letters of [`ACCENTED`] made plain.
fn plain(word: &str) -> String {
    word.chars()
        .map(|c| {
            ACCENTED
                .chars()
                .position(|a| a == c)
                .and_then(|i| PLAIN.chars().nth(i))
                .unwrap_or(c)
        })
        .collect()
}

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
    // The cue words with the classes of each, merged: single words by their plain form
    // (stems apart), phrases as written.
    let mut tables: [std::collections::BTreeMap<String, u32>; 3] = Default::default();
    for cells in rows(wording) {
        let [class, word] = cells[..] else {
            panic!("link_words.tsv: malformed line {cells:?}");
        };
        let n = CLASSES
            .iter()
            .position(|c| *c == class)
            .unwrap_or_else(|| panic!("link_words.tsv: class {class}"));
        // A word with other signs than letters and digits ("18+", "don't click", a word
        // with a virama) is a phrase: the reading splits words at them.
        let bare = word.trim_end_matches('*');
        let (table, key) = if bare.chars().any(|c| !c.is_alphanumeric()) {
            assert!(bare == word, "link_words.tsv: a stem of a phrase: {word}");
            (2, word.to_string())
        } else if let Some(stem) = word.strip_suffix('*') {
            (1, plain(stem))
        } else {
            (0, plain(word))
        };
        *tables[table].entry(key).or_default() |= 1 << n;
    }
    let mut masks: Vec<u32> = Vec::new();
    for (table, name) in tables.iter().zip(["WORDS", "STEMS", "PHRASES"]) {
        let keys: Vec<&str> = table.keys().map(String::as_str).collect();
        words(&mut out, &format!("{name}_KEYS"), &keys);
        let classes: Vec<String> = table
            .values()
            .map(|m| {
                let i = masks.iter().position(|x| x == m).unwrap_or_else(|| {
                    masks.push(*m);
                    masks.len() - 1
                });
                i.to_string()
            })
            .collect();
        writeln!(
            out,
            "static {name}_CLASSES: [u8; {}] = [{}];",
            classes.len(),
            classes.join(", ")
        )
        .unwrap();
    }
    assert!(
        masks.len() <= 256,
        "link_words.tsv: too many sets of classes"
    );
    let masks: Vec<String> = masks.iter().map(u32::to_string).collect();
    writeln!(
        out,
        "static CLASS_MASKS: [u32; {}] = [{}];",
        masks.len(),
        masks.join(", ")
    )
    .unwrap();
    writeln!(out, "static ACCENTED: &str = {ACCENTED:?};").unwrap();
    writeln!(out, "static PLAIN: &str = {PLAIN:?};").unwrap();
    out
}
