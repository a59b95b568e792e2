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
//!   one a line, each the digit of its anchor word (below) and its text. Folded by
//!   `skeleton::entry` like the words.
//!
//! Anchors: a phrase is looked for only where its anchor word is, the word of it the
//! word scan already hashes and that is rarest in ordinary text, so that most messages
//! cost the phrases nothing. Rarity comes from the wordfreq lists of the lexicon
//! fixtures (the rank of the word among the 20,000 most frequent of nine languages; a
//! word in none of them is rare, a word of one or two letters common); a slot is as
//! common as its most common value, and a value as its longest word (the one the engine
//! looks it up by). A fixed word wins a tie (one look-up instead of one per value).

use super::lexicon_skeleton as skeleton;
use std::collections::{BTreeSet, HashMap};

/// How common a folded word is: its rank among the most frequent words (`ranks`, lower is
/// more common), and rare (`RARE`) when in none of the lists; words of one or two letters
/// count as common, and of three as fairly common, whatever the lists say.
fn rarity(word: &str, ranks: &HashMap<String, usize>) -> usize {
    const RARE: usize = 50_000;
    let rank = ranks.get(word).copied().unwrap_or(RARE);
    match word.chars().count() {
        0..=2 => rank.min(50),
        3 => rank.min(3_000),
        _ => rank,
    }
}

/// The word of a slot value or phrase word the engine anchors it by: its longest part
/// (split where the engine splits words; slot markers and `*` left out), the first of
/// equal ones; `None` when it has none (`{age}`).
fn anchor_word(text: &str) -> Option<&str> {
    let mut best: Option<&str> = None;
    for part in text.split([' ', '-', '/', '.', ',']) {
        let part = part.trim_end_matches('*');
        if part.is_empty() || part.contains(['{', '}']) {
            continue;
        }
        if best.is_none_or(|b| part.chars().count() > b.chars().count()) {
            best = Some(part);
        }
    }
    best
}

/// The index of the anchor of a phrase's words (see the module's note): the rarest word
/// or slot, a fixed word on a tie; `None` when no word can anchor it.
fn anchor(
    words: &[&str],
    slots: &HashMap<&str, Vec<String>>,
    ranks: &HashMap<String, usize>,
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
                    .map(|v| anchor_word(v).map_or(0, |a| rarity(a, ranks)))
                    .min()
                    .unwrap_or(0);
                (score, false)
            } else {
                (anchor_word(w).map_or(0, |a| rarity(a, ranks)), true)
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
        let mut slots: HashMap<&str, Vec<String>> = HashMap::new();
        let mut slot_lines = Vec::new();
        // (rule, kind letter) -> lines, in the order of the rules.
        let mut groups: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 15 * 2];
        let lines = tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#'));
        for line in lines.clone() {
            let cells: Vec<&str> = line.split('\t').collect();
            if let [_, "slot", text] = cells[..] {
                let (slot, values) = text
                    .split_once(':')
                    .unwrap_or_else(|| panic!("{name}: bad slot {line:?}"));
                let values: Vec<String> = values
                    .split('|')
                    .map(|v| skeleton::entry(v.trim()))
                    .filter(|v| !v.is_empty())
                    .collect();
                slot_lines.push(format!("${}:{}", slot.trim(), values.join("|")));
                slots.insert(slot.trim(), values);
            }
        }
        for line in lines {
            let cells: Vec<&str> = line.split('\t').collect();
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
                words.iter().all(|w| !w.is_empty()) && words.len() <= 16,
                "{name}: bad phrase {line:?}"
            );
            // A line with no word to look it up by (a number glued to a word: `{n}kms`)
            // is left out: the word scan reads such a token as one word.
            let Some(a) = anchor(&words, &slots, ranks) else {
                continue;
            };
            assert!(a < 10, "{name}: anchor past the tenth word: {line:?}");
            groups[r * 2 + k].insert(format!("{a}{text}"));
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
    let mut groups: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 15 * 5];
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
                None => {
                    assert!(
                        matches!(kind, "phrase" | "quiet" | "slot"),
                        "{name}: unknown kind {kind}"
                    );
                    continue;
                }
            };
            let text = skeleton::entry(text);
            assert!(
                !text.is_empty() && !text.contains(['\t', '\n']) && !text.contains("  "),
                "{name}: bad entry {line:?}"
            );
            groups[r * 5 + k].insert(text);
        }
    }
    let mut out = String::new();
    for (i, group) in groups.iter().enumerate() {
        if group.is_empty() {
            continue;
        }
        out.push('\t');
        out.push(char::from(b'a' + (i / 5) as u8));
        out.push(['t', 's', 'i', 'a', 'q'][i % 5]);
        out.push('\n');
        for entry in group {
            out.push_str(entry);
            out.push('\n');
        }
    }
    out.push_str(&phrases(files, ranks));
    format!("pub(super) static LEX_WORDS: &str = {out:?};\n")
}
