//! The lexicons of the `abuse.*`, `sexual.*`, `violence.*`, `illegal.*` and
//! `self_harm.*` rules (`src/data/lexicons/<lang>.tsv`), read by build.rs (this file is
//! its module) and written out as one Rust static, so the wasm holds them folded and
//! grouped instead of their parser and of lines that each repeat their rule and kind.
//! Included by `lexicon_rules/mod.rs`; a malformed line fails the build.
//!
//! * `LEX_WORDS`: the word entries (`term`, `stem`, `infix`, `allow`, and the `quiet`
//!   lines without slots; a term or quiet line may be several words), folded by
//!   `skeleton::entry` (the run-time folding), grouped by rule and kind: a group starts
//!   with a line of a tab, the rule's letter (`a` + its index in `skeleton::RULES`) and
//!   the kind's letter (`t`, `s`, `i`, `a`, `q`), then its entries, sorted, one a line. Every language's entries of a rule share one group:
//!   people mix languages, so every entry applies to every message.
//! * After a line of a form feed, the phrases (`phrase` lines, and the `quiet` lines with
//!   slots) and the slots they use, by language, for `lexicon_rules/phrases.rs`: a line
//!   `#` and the file's name starts a language (slots are the file's own); `$name:`
//!   and the slot's values separated by `|` defines a slot; a group line (a tab, the
//!   rule's letter, `p` for phrases or `q` for quiet lines) starts the phrases of a rule,
//!   one a line. Folded by `skeleton::entry` like the words. A `^` marks the anchor
//!   (below) of each phrase, and of each slot value of more than one word.
//!
//! Anchors: a phrase is looked for only where its anchor is, the word or slot of it that
//! is rarest in ordinary text (the word scan looks the anchor words up like any word), so
//! that most messages cost the phrases nothing. A word's rarity is its rank among the
//! most frequent words of its language: the wordfreq lists of the lexicon fixtures (nine
//! languages) and `word_ranks.txt` (the phrases' words among those of Russian, Arabic,
//! Hindi, Urdu, Persian). A word in none of them is rare, less so the more phrases of its
//! file use it (romanized Hindi "nahi", "kar"); a word of one letter is very common, of
//! two or three fairly common, whatever the lists say. A value is anchored by its
//! rarest word, and a slot is as common as its most common value. A fixed word wins a tie
//! (one look-up instead of one per value).

use super::lexicon_skeleton as skeleton;
use std::collections::{BTreeSet, HashMap};

/// Rank given to a word in no list.
const RARE: usize = 50_000;

/// How common a folded word is (lower is more common): see the module's note. `uses`
/// is how many phrases and slots of the word's file hold it.
fn rarity(word: &str, ranks: &HashMap<String, usize>, uses: &HashMap<String, usize>) -> usize {
    let rank = ranks
        .get(word)
        .copied()
        .unwrap_or_else(|| RARE / uses.get(word).copied().unwrap_or(1).max(1));
    match word.chars().count() {
        0 | 1 => rank.min(10),
        2 => rank.min(50),
        3 => rank.min(3_000),
        _ => rank,
    }
}

/// The words of a value or phrase word as the engine splits them (slot markers, glued
/// numbers and `*` left out).
fn parts(text: &str) -> impl Iterator<Item = &str> {
    text.split([' ', '-', '/', '.', ','])
        .map(|p| p.trim_end_matches('*'))
        .filter(|p| !p.is_empty() && !p.contains(['{', '}']))
}

/// The rarest word of `text` (the longest, then the first, of equal ones) and its rarity.
fn rarest<'a>(
    text: &'a str,
    ranks: &HashMap<String, usize>,
    uses: &HashMap<String, usize>,
) -> Option<(&'a str, usize)> {
    let mut best: Option<(&str, usize)> = None;
    for part in parts(text) {
        let r = rarity(part, ranks, uses);
        let better = best.is_none_or(|(b, br)| (r, part.chars().count()) > (br, b.chars().count()));
        if better {
            best = Some((part, r));
        }
    }
    best
}

/// `text` with a `^` before its word `word` (a part of it, by address).
fn mark(text: &str, word: &str) -> String {
    let at = word.as_ptr() as usize - text.as_ptr() as usize;
    format!("{}^{}", &text[..at], &text[at..])
}

/// The index of the anchor of a phrase's words (see the module's note): the rarest word
/// or slot, a fixed word on a tie; `None` when no word can anchor it.
fn anchor(
    words: &[&str],
    slots: &HashMap<&str, Vec<String>>,
    ranks: &HashMap<String, usize>,
    uses: &HashMap<String, usize>,
) -> Option<usize> {
    let mut best: Option<(usize, bool, usize)> = None; // (rarity, fixed, index)
    for (i, w) in words.iter().enumerate() {
        let (score, fixed) =
            if let Some(name) = w.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
                let Some(values) = slots.get(name) else {
                    continue;
                };
                let score = values
                    .iter()
                    .map(|v| rarest(v, ranks, uses).map_or(0, |a| a.1))
                    .min()
                    .unwrap_or(0);
                (score, false)
            } else {
                (rarest(w, ranks, uses).map_or(0, |a| a.1), true)
            };
        if score == 0 {
            continue;
        }
        if best.is_none_or(|(s, f, _)| (score, fixed) > (s, f)) {
            best = Some((score, fixed, i));
        }
    }
    best.map(|(_, _, i)| i)
}

/// The phrase section of the pack (see the module's note).
fn phrases(files: &[(String, String)], ranks: &HashMap<String, usize>) -> String {
    let mut out = String::from("\u{c}\n");
    for (name, tsv) in files {
        let lang = name
            .rsplit('/')
            .next()
            .unwrap_or(name)
            .trim_end_matches(".tsv");
        let lines: Vec<Vec<&str>> = tsv
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect();
        // How many phrases and slot values of the file use each word.
        let mut uses: HashMap<String, usize> = HashMap::new();
        for cells in &lines {
            if let [_, "slot" | "phrase" | "quiet", text] = cells[..] {
                let text = skeleton::entry(text);
                let words: BTreeSet<&str> = text
                    .split([' ', '|', '-', '/', '.', ',', ':'])
                    .map(|p| p.trim_end_matches('*'))
                    .collect();
                for w in words {
                    *uses.entry(w.to_string()).or_default() += 1;
                }
            }
        }
        let mut slots: HashMap<&str, Vec<String>> = HashMap::new();
        let mut slot_lines = Vec::new();
        for cells in &lines {
            if let [_, "slot", text] = cells[..] {
                let (slot, values) = text
                    .split_once(':')
                    .unwrap_or_else(|| panic!("{name}: bad slot {text:?}"));
                let values: Vec<String> = values
                    .split('|')
                    .map(|v| skeleton::entry(v.trim()))
                    .filter(|v| !v.is_empty())
                    .collect();
                let marked: Vec<String> = values
                    .iter()
                    .map(|v| match rarest(v, ranks, &uses) {
                        Some((w, _)) if parts(v).nth(1).is_some() => mark(v, w),
                        _ => v.clone(),
                    })
                    .collect();
                slot_lines.push(format!("${}:{}", slot.trim(), marked.join("|")));
                slots.insert(slot.trim(), values);
            }
        }
        // (rule, kind letter) -> lines, in the order of the rules.
        let mut groups: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 15 * 2];
        for cells in &lines {
            let [rule, kind, text] = cells[..] else {
                continue;
            };
            let k = match kind {
                "phrase" => 0,
                "quiet" if text.contains('{') => 1,
                _ => continue,
            };
            let r = skeleton::RULES
                .iter()
                .position(|x| *x == rule)
                .unwrap_or_else(|| panic!("{name}: unknown rule {rule}"));
            let text = skeleton::entry(text);
            let words: Vec<&str> = text.split(' ').collect();
            assert!(
                words.iter().all(|w| !w.is_empty()) && !text.contains('^'),
                "{name}: bad phrase {text:?}"
            );
            // A line with no word to look it up by (a number glued to a word: `{n}kms`)
            // is left out: the word scan reads such a token as one word.
            let Some(a) = anchor(&words, &slots, ranks, &uses) else {
                continue;
            };
            let w = words[a];
            let at = if w.starts_with('{') && w.ends_with('}') {
                w
            } else {
                rarest(w, ranks, &uses).map_or(w, |r| r.0)
            };
            groups[r * 2 + k].insert(mark(&text, at));
        }
        out.push('#');
        out.push_str(lang);
        out.push('\n');
        for l in slot_lines {
            out.push_str(&l);
            out.push('\n');
        }
        for (i, group) in groups.iter().enumerate() {
            if group.is_empty() {
                continue;
            }
            out.push('\t');
            out.push(char::from(b'a' + (i / 2) as u8));
            out.push(['p', 'q'][i % 2]);
            out.push('\n');
            for l in group {
                out.push_str(l);
                out.push('\n');
            }
        }
    }
    out
}

/// The Rust source of the statics, from the lexicon files as `(file name, text)` and the
/// ranks of frequent words (folded), for the phrases' anchors.
pub(super) fn generate(files: &[(String, String)], ranks: &HashMap<String, usize>) -> String {
    let mut groups: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 15 * 6];
    for (name, tsv) in files {
        for line in tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let cells: Vec<&str> = line.split('\t').collect();
            let [rule, kind, text] = cells[..] else {
                panic!("{name}: malformed line {line:?}");
            };
            let r = skeleton::RULES
                .iter()
                .position(|x| *x == rule)
                .unwrap_or_else(|| panic!("{name}: unknown rule {rule}"));
            let k = match skeleton::KINDS.iter().position(|x| *x == kind) {
                Some(k) => k,
                // Quiet lines without slots; the others are phrases (below).
                None if kind == "quiet" && !text.contains('{') => 4,
                None if kind == "veiled" => 5,
                None => {
                    assert!(
                        matches!(kind, "phrase" | "quiet" | "slot"),
                        "{name}: unknown kind {kind}"
                    );
                    continue;
                }
            };
            // A hyphen inside a term or quiet line parts its words, as in the messages
            // (`tue-toi`, `self-harm` also match "tue toi", "self harm").
            let text = match k {
                0 | 4 | 5 => skeleton::entry(&text.replace('-', " ")),
                _ => skeleton::entry(text),
            };
            assert!(
                !text.contains('-'),
                "{name}: a hyphen in a one-word entry never matches: {line:?}"
            );
            assert!(
                !text.is_empty() && !text.contains(['\t', '\n']) && !text.contains("  "),
                "{name}: bad entry {line:?}"
            );
            groups[r * 6 + k].insert(text);
        }
    }
    let mut out = String::new();
    for (i, group) in groups.iter().enumerate() {
        if group.is_empty() {
            continue;
        }
        out.push('\t');
        out.push(char::from(b'a' + (i / 6) as u8));
        out.push(['t', 's', 'i', 'a', 'q', 'v'][i % 6]);
        out.push('\n');
        for entry in group {
            out.push_str(entry);
            out.push('\n');
        }
    }
    out.push_str(&phrases(files, ranks));
    // The npm package writes the line breaks as `~` (examples/lexicon_pack.rs).
    assert!(!out.contains('~'), "a lexicon entry with `~`");
    format!("pub(super) static LEX_WORDS: &str = {out:?};\n")
}
