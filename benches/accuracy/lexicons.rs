//! The lexicon rules (`abuse.*`, `sexual.*`, `violence.*`, `illegal.*`, `self_harm.*`,
//! issue #6), measured for an adult sender under the default preset:
//!
//! - set 3 of strangers' messages, tests/fixtures/lexicons/heldout_3.jsonl (a third
//!   writer, fourteen languages, held out), set 2, heldout_2.jsonl (a second writer,
//!   fourteen languages; held out until the eleventh session, read since), and set 1,
//!   heldout.jsonl (twelve languages; held out until the tenth session, read since): per
//!   rule, the share of its
//!   messages with a finding of the rule, and
//!   the innocent messages each rule flags; profanity per disguise, and all disguises
//!   together (the target: at least 0.95);
//! - the team's own cases, tests/data/<rule>.jsonl: marked lines found, unmarked lines
//!   flagged;
//! - the 20,000 most frequent words of nine languages (tests/fixtures/lexicons/wordfreq_*.txt),
//!   each alone as a message: the share flagged by any lexicon rule, words that are
//!   themselves profane excepted (tests/fixtures/lexicons/profane_words.tsv lists them, with
//!   why); target at most 1 in 1,000;
//! - the benchmark's chat lines (benches/workload, from chatterbot-corpus, many languages):
//!   the share with any lexicon finding; target at most 1 in 200.
//!
//! - the evasion corpus (`lexicon_evasions.rs`): every one-word profanity entry in every
//!   disguise the issue lists, per disguise and per language, and innocent words that hold
//!   an entry, disguised alike.
//!
//! A read set's misses print with ACCURACY_VERBOSE; set 3's only with
//! ACCURACY_HELDOUT_MISSES.

#[path = "lexicon_evasions.rs"]
mod lexicon_evasions;

use sendsafe::{CheckOptions, Filter, FilterOptions, Preset, RuleId};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The rule families the lexicons serve.
const FAMILIES: [&str; 5] = ["abuse", "sexual", "violence", "illegal", "self_harm"];

fn is_lexicon(rule: RuleId) -> bool {
    FAMILIES.contains(&rule.family())
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(root().join(path)).ok()
}

/// The lexicon rules that fire on `text`, by id.
fn fired(filter: &Filter, text: &str) -> BTreeSet<&'static str> {
    filter
        .check(text, &CheckOptions::default())
        .findings
        .iter()
        .filter(|f| is_lexicon(f.rule))
        .map(|f| f.rule.as_str())
        .collect()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Runs every lexicon measurement and adds its tables to `table` and `report`.
pub fn run(table: &mut String, report: &mut BTreeMap<String, Value>) {
    let filter = Filter::with_options(FilterOptions {
        preset: Some(Preset::Default),
        ..Default::default()
    })
    .unwrap();
    let verbose = std::env::var_os("ACCURACY_VERBOSE").is_some();
    let held_out = std::env::var_os("ACCURACY_HELDOUT_MISSES").is_some();
    heldout(&filter, 3, table, report, held_out);
    heldout(&filter, 2, table, report, verbose);
    heldout(&filter, 1, table, report, verbose);
    own_cases(&filter, table, report, verbose);
    frequent_words(&filter, table, report, verbose);
    chat_lines(&filter, table, report, verbose);
    evasions(&filter, table, report, verbose);
}

/// The evasion corpus ([`lexicon_evasions`]), made from the lexicon files and the
/// frequent-word fixtures.
fn evasions(
    filter: &Filter,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
    verbose: bool,
) {
    let mut lexicons = Vec::new();
    let Ok(dir) = std::fs::read_dir(root().join("src/data/lexicons")) else {
        return;
    };
    for entry in dir.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if let Ok(text) = std::fs::read_to_string(&path) {
            lexicons.push((lang, text));
        }
    }
    lexicons.sort();
    let wordfreq: Vec<(String, String)> = ["en", "es", "pt", "fr", "de", "id", "tr", "it", "nl"]
        .iter()
        .filter_map(|l| {
            Some((
                l.to_string(),
                read(&format!("tests/fixtures/lexicons/wordfreq_{l}.txt"))?,
            ))
        })
        .collect();
    lexicon_evasions::run(
        filter,
        &lexicons,
        &wordfreq,
        &profane_words(),
        table,
        report,
        verbose,
    );
}

/// One set of a stranger's messages: set 1 or 2 (read) or 3 (held out).
fn heldout(
    filter: &Filter,
    set: u8,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
    misses: bool,
) {
    let (file, about) = match set {
        1 => (
            "heldout.jsonl",
            "twelve languages, held out until the tenth session and read since",
        ),
        2 => (
            "heldout_2.jsonl",
            "a second writer, fourteen languages, held out until the eleventh session and read since",
        ),
        _ => (
            "heldout_3.jsonl",
            "a third writer, fourteen languages, held out",
        ),
    };
    let Some(data) = read(&format!("tests/fixtures/lexicons/{file}")) else {
        return;
    };
    // Per rule: (found, messages, innocent messages it flags).
    let mut rules: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    // Per disguise of a profanity line: (found, messages).
    let mut disguises: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut innocent, mut innocent_flagged) = (0, 0);
    for line in data.lines() {
        let row: Value = serde_json::from_str(line).unwrap();
        let text = row["text"].as_str().unwrap();
        let got = fired(filter, text);
        match row["rule"].as_str() {
            None => {
                innocent += 1;
                innocent_flagged += usize::from(!got.is_empty());
                for rule in &got {
                    rules.entry(rule.to_string()).or_default().2 += 1;
                }
                if misses && !got.is_empty() {
                    println!("  lexicons set {set}: innocent flagged {got:?}: {text:?}");
                }
            }
            Some(rule) => {
                let hit = got.contains(rule);
                let e = rules.entry(rule.to_string()).or_default();
                e.0 += usize::from(hit);
                e.1 += 1;
                if rule == "abuse.profanity" {
                    let kind = row["evasion"].as_str().unwrap_or("plain");
                    let d = disguises.entry(kind.to_string()).or_default();
                    d.0 += usize::from(hit);
                    d.1 += 1;
                }
                if misses && !hit {
                    println!("  lexicons set {set}: missed {rule} got {got:?}: {text:?}");
                }
            }
        }
    }
    let (found, total) = rules.values().fold((0, 0), |(f, t), r| (f + r.0, t + r.1));
    let disguised = disguises
        .iter()
        .filter(|(k, _)| k.as_str() != "plain")
        .fold((0, 0), |(f, t), (_, d)| (f + d.0, t + d.1));
    println!(
        "lexicons, set {set} ({file}): {found} of {total} found ({:.3}); profanity in disguise {} of {} ({:.3}); innocent messages flagged {innocent_flagged} of {innocent}",
        ratio(found, total),
        disguised.0,
        disguised.1,
        ratio(disguised.0, disguised.1)
    );
    table.push_str(&format!(
        "\nLexicon rules on set {set} of strangers' messages (tests/fixtures/lexicons/{file}: {about}; adult sender, default preset): {found} of {total} found ({:.3}); innocent messages with any lexicon finding: {innocent_flagged} of {innocent}.\n\n| rule | messages | found (recall) | innocent messages it flags |\n|---|---:|---:|---:|\n",
        ratio(found, total)
    ));
    for (rule, (f, t, o)) in &rules {
        println!(
            "  {rule:<28} {f:>3} of {t:>3}  recall {:.3}  innocent flagged {o}",
            ratio(*f, *t)
        );
        table.push_str(&format!(
            "| `{rule}` | {t} | {:.3} | {o} |\n",
            ratio(*f, *t)
        ));
    }
    table.push_str("\n| `abuse.profanity` spelling | messages | found |\n|---|---:|---:|\n");
    for (kind, (f, t)) in &disguises {
        println!("  profanity {kind:<10} {f} of {t}");
        table.push_str(&format!("| {kind} | {t} | {:.3} |\n", ratio(*f, *t)));
    }
    table.push_str(&format!(
        "| **all disguises** | {} | **{:.3}** |\n",
        disguised.1,
        ratio(disguised.0, disguised.1)
    ));
    report.insert(
        format!("lexicons {file}"),
        json!({
            "found": found, "messages": total,
            "rules": rules.iter().map(|(k, (f, t, o))| (k.clone(), json!({"found": f, "messages": t, "innocent_flagged": o}))).collect::<BTreeMap<_, _>>(),
            "profanity_disguised": {"found": disguised.0, "messages": disguised.1},
            "innocent": {"flagged": innocent_flagged, "messages": innocent},
        }),
    );
}

/// The team's own cases in tests/data: a marked line is found when a finding of its rule
/// touches the message, an unmarked one is flagged when any finding of its rule does.
fn own_cases(
    filter: &Filter,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
    verbose: bool,
) {
    let mut rows: Vec<(String, usize, usize, usize, usize)> = Vec::new();
    for rule in RuleId::all().filter(|r| is_lexicon(*r)) {
        let Some(data) = read(&format!("tests/data/{}.jsonl", rule.as_str())) else {
            continue;
        };
        let (mut found, mut marked, mut flagged, mut unmarked) = (0, 0, 0, 0);
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let row: Value = serde_json::from_str(line).unwrap();
            if row["rule"].as_str() != Some(rule.as_str()) {
                continue;
            }
            let raw = row["text"].as_str().unwrap();
            let text = raw.replace(['⟦', '⟧'], "");
            let hit = fired(filter, &text).contains(rule.as_str());
            if raw.contains('⟦') {
                marked += 1;
                found += usize::from(hit);
                if verbose && !hit {
                    println!("  lexicons own cases: missed {rule}: {text:?}");
                }
            } else {
                unmarked += 1;
                flagged += usize::from(hit);
                if verbose && hit {
                    println!("  lexicons own cases: flagged {rule}: {text:?}");
                }
            }
        }
        rows.push((rule.as_str().to_string(), found, marked, flagged, unmarked));
    }
    if rows.is_empty() {
        return;
    }
    table.push_str("\nLexicon rules on the team's own cases (tests/data; read while the rules were written):\n\n| rule | marked lines | found | unmarked lines | flagged |\n|---|---:|---:|---:|---:|\n");
    for (rule, f, m, fl, u) in &rows {
        println!("lexicons own cases {rule:<28} found {f} of {m}, unmarked flagged {fl} of {u}");
        table.push_str(&format!(
            "| `{rule}` | {m} | {:.3} | {u} | {fl} |\n",
            ratio(*f, *m)
        ));
    }
    let by_rule: BTreeMap<_, _> = rows
        .iter()
        .map(|(r, f, m, fl, u)| {
            (
                r.clone(),
                json!({"found": f, "marked": m, "flagged": fl, "unmarked": u}),
            )
        })
        .collect();
    report.insert("lexicons own cases".to_string(), json!(by_rule));
}

/// The frequent words that are themselves profane: (language, word).
fn profane_words() -> BTreeSet<(String, String)> {
    read("tests/fixtures/lexicons/profane_words.tsv")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?.to_string(), cols.next()?.to_string()))
        })
        .collect()
}

/// The most frequent words, each alone.
fn frequent_words(
    filter: &Filter,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
    verbose: bool,
) {
    let excepted = profane_words();
    let mut lines = String::from("\nThe 20,000 most frequent words of each language (wordfreq 3.1.1), each alone as a message, flagged by any lexicon rule; words that are themselves profane are excepted and listed in tests/fixtures/lexicons/profane_words.tsv:\n\n| language | words | profane, excepted | others flagged | rate |\n|---|---:|---:|---:|---:|\n");
    let mut json_rows = BTreeMap::new();
    let (mut all_words, mut all_flagged) = (0, 0);
    for lang in ["en", "es", "pt", "fr", "de", "id", "tr", "it", "nl"] {
        let Some(data) = read(&format!("tests/fixtures/lexicons/wordfreq_{lang}.txt")) else {
            continue;
        };
        let (mut words, mut profane, mut flagged) = (0, 0, Vec::new());
        for word in data.lines() {
            if excepted.contains(&(lang.to_string(), word.to_string())) {
                profane += 1;
                continue;
            }
            words += 1;
            let got = fired(filter, word);
            if !got.is_empty() {
                flagged.push(format!("{word} {got:?}"));
            }
        }
        let rate = ratio(flagged.len(), words);
        println!(
            "lexicons, frequent {lang} words: {} of {words} flagged ({rate:.5}), {profane} profane excepted",
            flagged.len()
        );
        if verbose {
            for f in &flagged {
                println!("  {lang}: {f}");
            }
        }
        lines.push_str(&format!(
            "| {lang} | {words} | {profane} | {} | {:.4} |\n",
            flagged.len(),
            rate
        ));
        json_rows.insert(
            lang.to_string(),
            json!({"words": words, "profane_excepted": profane, "flagged": flagged.len()}),
        );
        all_words += words;
        all_flagged += flagged.len();
    }
    if json_rows.is_empty() {
        return;
    }
    lines.push_str(&format!(
        "| **all** | {all_words} | | {all_flagged} | **{:.4}** |\n",
        ratio(all_flagged, all_words)
    ));
    table.push_str(&lines);
    report.insert("lexicons frequent words".to_string(), json!(json_rows));
}

/// The benchmark's chat lines.
fn chat_lines(
    filter: &Filter,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
    verbose: bool,
) {
    let (mut lines, mut flagged) = (0, 0);
    for file in [
        "benches/workload/short.jsonl",
        "benches/workload/medium.jsonl",
    ] {
        let Some(data) = read(file) else { continue };
        for line in data.lines() {
            let row: Value = serde_json::from_str(line).unwrap();
            let text = row["text"].as_str().unwrap();
            lines += 1;
            let got = fired(filter, text);
            if !got.is_empty() {
                flagged += 1;
                if verbose {
                    println!("  lexicons, chat line flagged {got:?}: {text:?}");
                }
            }
        }
    }
    println!("lexicons, benchmark chat lines flagged: {flagged} of {lines}");
    table.push_str(&format!(
        "\nThe benchmark's chat lines (benches/workload, chatterbot-corpus, many languages) with any lexicon finding: {flagged} of {lines} ({:.4}; target at most 0.005).\n",
        ratio(flagged, lines)
    ));
    report.insert(
        "lexicons chat lines".to_string(),
        json!({"flagged": flagged, "lines": lines}),
    );
}
