//! The table of the `scam.*` rules (`scam.tsv`), read by build.rs (this file is its
//! module) and written out as Rust statics, so the wasm holds it parsed instead of its
//! parser and of rows that each repeat their rule, kind and role. Included by
//! `scam.rs`; a malformed line fails the build.
//!
//! * `NOT`, `CALM`, `AFTER` and `SEND`: the words that say the opposite, that make a
//!   message ordinary, that make a claim a statement, and the words of sending, joined
//!   by line breaks.
//! * `KINDS`: each rule and kind once, as `(RuleId, kind)`.
//! * The rows of the scam rules and those of the teen rules, apart (the teen rules' are
//!   searched only by checks that have them on): `GROUPS`, `PHRASES` with `TAGS`, `COMBOS`,
//!   `RULE_CALM` with `RULE_CALM_MASKS` and `CALM_RULES`, and `RULES`, each twice, the teen
//!   rules' with the prefix `TEEN_`. A group's index is its place in its part's `GROUPS`.
//! * `GROUPS`: per group, `(kind index, window in bytes, ordered, anchor part, parts)`.
//! * `PHRASES`: the phrases that stand alone and the parts of the groups, in table order,
//!   joined by line breaks, with `TAGS` what each is: `0x80 | kind index` for a phrase
//!   alone, `group << 2 | part` for a part.
//! * `CUES`: the words of the cue classes, each once, joined by line breaks, with
//!   `CUE_RUNS` the classes of each run of them (see `cue_runs`; both text, so they ship
//!   in the data module, not in the wasm); a word ending in `*` is a stem, the start of a
//!   word; `CUE_CLASS_NAMES` the classes' names.
//! * `COMBOS`: per combination of cue classes, `(kind index, window in bytes, parts,
//!   [classes of each part as a bit set])`; its first part is its anchor.
//! * `RULE_CALM`: the words that make a message ordinary for one rule only (calm rows that
//!   name a rule), each once, joined by line breaks, with `RULE_CALM_MASKS` the rules of
//!   each as a bit set over `CALM_RULES`.

// `list` writes `static NAME: &str` of words joined by line breaks (a list the data module
// carries), `array` a `static NAME: [TY; N]` of Rust expressions: the phrase rules'
// generator has both.
use super::phrase_rules_table::{array, words as list};
use std::fmt::Write;

/// The Rust name of a rule id: `scam.credential_request` is `ScamCredentialRequest`.
fn rule_variant(rule: &str) -> String {
    rule.split(['.', '_'])
        .map(|w| {
            let mut c = w.chars();
            let first = c.next().expect("scam.tsv: an empty word in a rule id");
            first.to_ascii_uppercase().to_string() + c.as_str()
        })
        .collect()
}

/// The index of `(rule, kind)` in `kinds`, added when new.
fn kind_index<'a>(kinds: &mut Vec<(&'a str, &'a str)>, rule: &'a str, kind: &'a str) -> usize {
    assert!(
        rule.starts_with("scam.") || rule.starts_with("teen."),
        "scam.tsv: rule {rule}"
    );
    match kinds.iter().position(|k| *k == (rule, kind)) {
        Some(i) => i,
        None => {
            kinds.push((rule, kind));
            kinds.len() - 1
        }
    }
}

/// The rows of one part of the table: the scam rules' or the teen rules' (which a
/// detector of their own searches, built only for checks that have a teen rule on).
#[derive(Default)]
struct Part<'a> {
    phrases: Vec<&'a str>,
    tags: Vec<usize>,
    /// Per group, `(kind index, window, ordered, anchor, parts)`.
    groups: Vec<(usize, usize, bool, usize, usize)>,
    /// Per combination, `(kind index, window, parts, classes of each part)`.
    combos: Vec<(usize, usize, usize, [u64; 3])>,
    /// Calm words of one rule: (word, bit set over `calm_rules`).
    rule_calm: Vec<(&'a str, u8)>,
    calm_rules: Vec<&'a str>,
    /// The rules of the part, each once.
    rules: Vec<&'a str>,
}

/// The Rust source of the statics, from the table.
pub(super) fn generate(tsv: &str) -> String {
    let (mut not, mut send) = (vec![], vec![]);
    let (mut calm, mut after) = (vec![], vec![]);
    let (mut cues, mut cue_classes, mut classes) = (vec![], vec![], Vec::<&str>::new());
    let mut kinds: Vec<(&str, &str)> = Vec::new();
    let (mut scam, mut teen) = (Part::default(), Part::default());
    for line in tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cells: Vec<&str> = line.split('\t').collect();
        let [rule, kind, role, phrase, ref rest @ ..] = cells[..] else {
            panic!("scam.tsv: malformed line {line:?}");
        };
        let part = if rule.starts_with("teen.") {
            &mut teen
        } else {
            &mut scam
        };
        if rule.contains('.') && !part.rules.contains(&rule) {
            part.rules.push(rule);
        }
        match role {
            "not" => not.push(phrase),
            "calm" if rule == "-" => calm.push(phrase),
            "calm" => {
                let at = part
                    .calm_rules
                    .iter()
                    .position(|r| *r == rule)
                    .unwrap_or_else(|| {
                        assert!(rule.contains('.'), "scam.tsv: calm words of rule {rule}");
                        part.calm_rules.push(rule);
                        part.calm_rules.len() - 1
                    });
                assert!(at < 8, "scam.tsv: calm words of more than 8 rules");
                match part.rule_calm.iter_mut().find(|(w, _)| *w == phrase) {
                    Some((_, mask)) => *mask |= 1 << at,
                    None => part.rule_calm.push((phrase, 1 << at)),
                }
            }
            "after" => after.push(phrase),
            "cue" => {
                let class = classes.iter().position(|c| *c == kind).unwrap_or_else(|| {
                    classes.push(kind);
                    classes.len() - 1
                });
                assert!(class < 64, "scam.tsv: more than 64 cue classes");
                cues.push(phrase);
                cue_classes.push(class);
            }
            "combo" => {
                let window: usize = phrase.parse().expect("scam.tsv: a window in bytes");
                let parts: Vec<&str> = rest
                    .first()
                    .expect("scam.tsv: a combination's classes")
                    .split(' ')
                    .collect();
                assert!(
                    (2..=3).contains(&parts.len()),
                    "scam.tsv: parts of {line:?}"
                );
                let mut masks = [0u64; 3];
                for (mask, part) in masks.iter_mut().zip(&parts) {
                    for name in part.split('|') {
                        let class = classes
                            .iter()
                            .position(|c| *c == name)
                            .unwrap_or_else(|| panic!("scam.tsv: no cue class {name}"));
                        *mask |= 1 << class;
                    }
                }
                // The anchor is searched for with the other phrases: whole words only.
                for (cue, &class) in cues.iter().zip(&cue_classes) {
                    assert!(
                        masks[0] & 1 << class == 0 || !cue.ends_with('*'),
                        "scam.tsv: a stem in an anchor class ({cue})"
                    );
                }
                part.combos.push((
                    kind_index(&mut kinds, rule, kind),
                    window,
                    parts.len(),
                    masks,
                ));
            }
            "send" => send.push(phrase),
            "window" | "ordered" => {
                let anchor = rest
                    .first()
                    .map_or(0, |a| usize::from(a.as_bytes()[0] - b'a'));
                assert!(anchor < 3, "scam.tsv: anchor of {line:?}");
                let window: usize = phrase.parse().expect("scam.tsv: a window in bytes");
                assert!(
                    window <= usize::from(u16::MAX),
                    "scam.tsv: a window too wide"
                );
                part.groups.push((
                    kind_index(&mut kinds, rule, kind),
                    window,
                    role == "ordered",
                    anchor,
                    0,
                ));
            }
            "alone" => {
                part.phrases.push(phrase);
                part.tags.push(0x80 | kind_index(&mut kinds, rule, kind));
            }
            "a" | "b" | "c" => {
                let k = usize::from(role.as_bytes()[0] - b'a');
                let g = part
                    .groups
                    .len()
                    .checked_sub(1)
                    .expect("scam.tsv: a part before its group");
                assert!(
                    kinds[part.groups[g].0] == (rule, kind),
                    "scam.tsv: a part of {rule} {kind} under another group"
                );
                assert!(g < 32, "scam.tsv: more than 32 groups");
                part.groups[g].4 = part.groups[g].4.max(k + 1);
                part.phrases.push(phrase);
                part.tags.push(g << 2 | k);
            }
            _ => panic!("scam.tsv: role {role}"),
        }
    }
    assert!(kinds.len() < 0x80, "scam.tsv: too many kinds");
    assert!(
        scam.combos.len() <= 64 && teen.combos.len() <= 64,
        "scam.tsv: more than 64 combinations in a part"
    );
    let (cues, cue_runs) = cue_runs(&cues, &cue_classes);
    let mut out = String::new();
    for (name, words) in [
        ("NOT", &not),
        ("CALM", &calm),
        ("AFTER", &after),
        ("SEND", &send),
        ("CUES", &cues),
    ] {
        list(&mut out, name, words);
    }
    writeln!(out, "static CUE_RUNS: &str = {cue_runs:?};").unwrap();
    let kinds: Vec<String> = kinds
        .iter()
        .map(|(rule, kind)| format!("(RuleId::{}, {kind:?})", rule_variant(rule)))
        .collect();
    let class_names: Vec<String> = classes.iter().map(|c| format!("{c:?}")).collect();
    array(&mut out, "KINDS", "(RuleId, &str)", &kinds);
    array(&mut out, "CUE_CLASS_NAMES", "&str", &class_names);
    for (prefix, part) in [("", &scam), ("TEEN_", &teen)] {
        write_part(&mut out, prefix, part);
    }
    out
}

/// The cue words, each once with all its classes, and their runs: the words in runs of
/// the same classes, and `CUE_RUNS`, each run's number of words and its classes, all in
/// decimal, separated by commas, the runs by spaces ("120,3 4,3,17"). The words that are
/// not stems come first, in runs by their classes (a run of one class's words by their
/// bytes gzips about as small as the table's class by class, and a word of several
/// classes is written once), then the stems by their bytes (the order `Scam::new` looks
/// them up in), in runs of neighbours of the same classes. So making the filter merges,
/// sorts and counts nothing.
fn cue_runs<'a>(words: &[&'a str], classes: &[usize]) -> (Vec<&'a str>, String) {
    let mut merged: std::collections::BTreeMap<&str, u64> = Default::default();
    for (w, &class) in words.iter().zip(classes) {
        *merged.entry(w).or_default() |= 1 << class;
    }
    // By their classes, lowest first (a word of one class in the place of its class), then
    // by their bytes; the stems last, by their bytes.
    let mut order: Vec<(bool, u64, u64, &str)> = merged
        .iter()
        .map(|(w, &m)| {
            let stem = w.ends_with('*');
            let key = if stem { 0 } else { m };
            (stem, u64::from(key.trailing_zeros()), key, *w)
        })
        .collect();
    order.sort();
    let mut runs: Vec<(usize, u64)> = Vec::new();
    for &(_, _, _, w) in &order {
        let m = merged[w];
        match runs.last_mut() {
            Some((n, last)) if *last == m => *n += 1,
            _ => runs.push((1, m)),
        }
    }
    let runs: Vec<String> = runs
        .iter()
        .map(|&(n, m)| {
            let mut run = n.to_string();
            for class in (0..64).filter(|c| m >> c & 1 != 0) {
                write!(run, ",{class}").unwrap();
            }
            run
        })
        .collect();
    (order.into_iter().map(|o| o.3).collect(), runs.join(" "))
}

/// Writes the statics of one part, each name with `prefix`: `PHRASES`, `TAGS`, `GROUPS`,
/// `COMBOS`, `RULE_CALM`, `RULE_CALM_MASKS`, `CALM_RULES` and `RULES`.
fn write_part(out: &mut String, prefix: &str, part: &Part<'_>) {
    let (rule_calm, rule_calm_masks): (Vec<&str>, Vec<u8>) = part.rule_calm.iter().copied().unzip();
    list(out, &format!("{prefix}PHRASES"), &part.phrases);
    list(out, &format!("{prefix}RULE_CALM"), &rule_calm);
    let groups: Vec<String> = part
        .groups
        .iter()
        .map(|(k, w, o, a, s)| format!("({k}, {w}, {o}, {a}, {s})"))
        .collect();
    let tags: Vec<String> = part.tags.iter().map(|t| t.to_string()).collect();
    let combos: Vec<String> = part
        .combos
        .iter()
        .map(|(k, w, n, m)| format!("({k}, {w}, {n}, {m:?})"))
        .collect();
    let rule_calm_masks: Vec<String> = rule_calm_masks.iter().map(|m| m.to_string()).collect();
    let variants = |rules: &[&str]| -> Vec<String> {
        rules
            .iter()
            .map(|rule| format!("RuleId::{}", rule_variant(rule)))
            .collect()
    };
    for (name, ty, items) in [
        ("GROUPS", "(u8, u16, bool, u8, u8)", &groups),
        ("TAGS", "u8", &tags),
        ("COMBOS", "(u8, u16, u8, [u64; 3])", &combos),
        ("RULE_CALM_MASKS", "u8", &rule_calm_masks),
        ("CALM_RULES", "RuleId", &variants(&part.calm_rules)),
    ] {
        array(out, &format!("{prefix}{name}"), ty, items);
    }
    // (The scam rules' are listed by the detector that searches them, and read here by
    // a test only.)
    out.push_str("#[cfg_attr(not(test), allow(dead_code))]\n");
    array(
        out,
        &format!("{prefix}RULES"),
        "RuleId",
        &variants(&part.rules),
    );
}
