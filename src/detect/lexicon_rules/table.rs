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

use super::lexicon_skeleton as skeleton;
use std::collections::BTreeSet;

/// The Rust source of the statics, from the lexicon files as `(file name, text)`.
pub(super) fn generate(files: &[(String, String)]) -> String {
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
                // Quiet lines without slots; the rest waits for the phrase rules.
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
    format!("pub(super) static LEX_WORDS: &str = {out:?};\n")
}
