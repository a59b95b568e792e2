//! Teen-safety mode (`teen.*` rules, issue #7), measured on whole conversations:
//!
//! - the held-out conversations of tests/fixtures/teen/heldout_3.jsonl (held out),
//!   heldout_2.jsonl and heldout.jsonl (read): three strangers' wording, thirteen, ten and
//!   six languages, both directions, each reported on its own: every message is checked in teen-safety mode as the
//!   teen's client would, `direction` by who sent it and `history` the same side's earlier
//!   messages, oldest first. Per rule: the messages labelled with it that get a finding of
//!   it (recall), and the messages it flags that are not labelled with it (precision).
//!   Per conversation (the verdict accuracy): a risky one is caught when a message labelled
//!   with a rule gets a finding of that rule, or, for a build-up, when some message up to
//!   the one the label names gets a `teen.grooming` finding; a benign one is quiet when no
//!   message gets any `teen.*` finding;
//! - the team's own cases, tests/data/teen.*.jsonl (by the rule each line names): marked
//!   lines found, unmarked flagged.
//!
//! Set 3's misses print only with ACCURACY_HELDOUT_MISSES; the read sets' and the own
//! cases' with ACCURACY_VERBOSE.

use sendsafe::{CheckOptions, Direction, Filter, FilterOptions, Preset, RuleId};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).ok()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The `teen.*` rules with a finding on `text`.
fn fired(filter: &Filter, text: &str, options: &CheckOptions) -> BTreeSet<&'static str> {
    filter
        .check(text, options)
        .findings
        .iter()
        .filter(|f| f.rule.family() == "teen")
        .map(|f| f.rule.as_str())
        .collect()
}

/// Runs the teen measurements and adds their tables to `table` and `report`.
pub fn run(table: &mut String, report: &mut BTreeMap<String, Value>) {
    let filter = Filter::with_options(FilterOptions {
        preset: Some(Preset::Calimero),
        teen: Some(true),
        ..Default::default()
    })
    .unwrap();
    heldout(
        &filter,
        "heldout_3.jsonl",
        "set 3, a third stranger's wording, thirteen languages, held out",
        "teen heldout 3",
        true,
        table,
        report,
    );
    heldout(
        &filter,
        "heldout_2.jsonl",
        "set 2, a second stranger's wording, ten languages, read from the eleventh session",
        "teen heldout 2",
        false,
        table,
        report,
    );
    heldout(
        &filter,
        "heldout.jsonl",
        "a stranger's wording, six languages, read from the tenth session",
        "teen heldout",
        false,
        table,
        report,
    );
    own_cases(&filter, table, report);
}

/// Per rule: (labelled messages found, labelled messages, other messages flagged).
type PerRule = BTreeMap<String, (usize, usize, usize)>;

/// One held-out set, tests/fixtures/teen/`file`: its table (headed with `about`) and its
/// entry `key` of the report. A conversation is benign when its `kind` starts with
/// "benign" (sets 2 and 3 name what kind of benign chat it is: `benign_parent_pickup`, ...).
/// The misses of a set still `held_out` print only with ACCURACY_HELDOUT_MISSES, a read
/// set's with ACCURACY_VERBOSE.
#[allow(clippy::too_many_arguments)]
fn heldout(
    filter: &Filter,
    file: &str,
    about: &str,
    key: &str,
    held_out: bool,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
) {
    let Some(data) = read(&format!("tests/fixtures/teen/{file}")) else {
        return;
    };
    let misses = std::env::var_os(if held_out {
        "ACCURACY_HELDOUT_MISSES"
    } else {
        "ACCURACY_VERBOSE"
    })
    .is_some();
    let mut rules: PerRule = RuleId::all()
        .filter(|r| r.family() == "teen")
        .map(|r| (r.as_str().to_string(), (0, 0, 0)))
        .collect();
    // (caught, risky conversations), (quiet, benign conversations).
    let (mut risky, mut benign) = ((0, 0), (0, 0));
    for line in data.lines() {
        let conv: Value = serde_json::from_str(line).unwrap();
        let id = conv["id"].as_str().unwrap_or_default();
        let messages = conv["messages"].as_array().cloned().unwrap_or_default();
        let build_up = conv["conversation"]["rule"].as_str().map(|rule| {
            (
                rule.to_string(),
                conv["conversation"]["by"].as_u64().unwrap_or(0) as usize,
            )
        });
        let (mut sent, mut received): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        let (mut caught, mut any) = (false, false);
        for (i, m) in messages.iter().enumerate() {
            let text = m["text"].as_str().unwrap_or_default();
            let incoming = m["dir"].as_str() == Some("in");
            let side = if incoming { &mut received } else { &mut sent };
            let options = CheckOptions {
                teen: Some(true),
                direction: Some(if incoming {
                    Direction::Incoming
                } else {
                    Direction::Outgoing
                }),
                history: Some(side.clone()),
            };
            let got = fired(filter, text, &options);
            side.push(text.to_string());
            let want: BTreeSet<&str> = m["rules"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            any |= !got.is_empty();
            for rule in &want {
                let e = rules.entry(rule.to_string()).or_default();
                e.1 += 1;
                let hit = got.contains(rule);
                e.0 += usize::from(hit);
                caught |= hit;
                if misses && !hit {
                    println!("  teen {file} {id}#{i}: missed {rule}, got {got:?}: {text:?}");
                }
            }
            for rule in got.iter().filter(|r| !want.contains(*r)) {
                rules.entry(rule.to_string()).or_default().2 += 1;
                if misses {
                    println!("  teen {file} {id}#{i}: {rule} on a message not labelled with it: {text:?}");
                }
            }
            if let Some((rule, by)) = &build_up {
                caught |= i <= *by && got.contains(rule.as_str());
            }
        }
        if conv["kind"]
            .as_str()
            .is_some_and(|k| k.starts_with("benign"))
        {
            benign.1 += 1;
            benign.0 += usize::from(!any);
        } else {
            risky.1 += 1;
            risky.0 += usize::from(caught);
            if misses && !caught {
                println!("  teen {file} {id}: risky conversation not caught");
            }
        }
    }
    println!(
        "teen, held-out conversations of {file}: risky caught {} of {}, benign quiet {} of {}",
        risky.0, risky.1, benign.0, benign.1
    );
    table.push_str(&format!(
        "\nTeen-safety mode on held-out conversations (tests/fixtures/teen/{file}: {about}; calimero preset, teen mode, each message checked with its direction and the same side's earlier messages as history): risky conversations caught {} of {} ({:.3}); benign conversations with no teen finding {} of {} ({:.3}).\n\n| rule | labelled messages | found (recall) | other messages flagged | precision |\n|---|---:|---:|---:|---:|\n",
        risky.0,
        risky.1,
        ratio(risky.0, risky.1),
        benign.0,
        benign.1,
        ratio(benign.0, benign.1)
    ));
    for (rule, (f, t, o)) in &rules {
        println!(
            "  {rule:<22} {f:>3} of {t:>3}  recall {:.3}  other messages flagged {o}",
            ratio(*f, *t)
        );
        table.push_str(&format!(
            "| `{rule}` | {t} | {:.3} | {o} | {:.3} |\n",
            ratio(*f, *t),
            ratio(*f, f + o)
        ));
    }
    report.insert(
        key.to_string(),
        json!({
            "risky": {"caught": risky.0, "conversations": risky.1},
            "benign": {"quiet": benign.0, "conversations": benign.1},
            "rules": rules.iter().map(|(k, (f, t, o))| (k.clone(), json!({"found": f, "messages": t, "other_flagged": o}))).collect::<BTreeMap<_, _>>(),
        }),
    );
}

/// The team's own cases: a marked line is found when a finding of its rule touches the
/// message, an unmarked one is flagged when any finding of its rule does (teen mode on).
fn own_cases(filter: &Filter, table: &mut String, report: &mut BTreeMap<String, Value>) {
    let verbose = std::env::var_os("ACCURACY_VERBOSE").is_some();
    // Every teen file (teen.grooming.jsonl, teen.conversation.jsonl, ...), read once.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("teen.") && n.ends_with(".jsonl"))
    });
    files.sort();
    let data: String = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n");
    let mut rows = Vec::new();
    for rule in RuleId::all().filter(|r| r.family() == "teen") {
        let (mut found, mut marked, mut flagged, mut unmarked) = (0, 0, 0, 0);
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let row: Value = serde_json::from_str(line).unwrap();
            if row["rule"].as_str() != Some(rule.as_str()) || row["teen"] == json!(false) {
                continue;
            }
            let raw = row["text"].as_str().unwrap();
            let text = raw.replace(['⟦', '⟧'], "");
            let options = CheckOptions {
                teen: Some(true),
                direction: Some(if row["direction"].as_str() == Some("incoming") {
                    Direction::Incoming
                } else {
                    Direction::Outgoing
                }),
                history: row["history"].as_array().map(|h| {
                    h.iter()
                        .filter_map(|m| m.as_str().map(str::to_string))
                        .collect()
                }),
            };
            let hit = fired(filter, &text, &options).contains(rule.as_str());
            if raw.contains('⟦') {
                marked += 1;
                found += usize::from(hit);
                if verbose && !hit {
                    println!("  teen own cases: missed {rule}: {text:?}");
                }
            } else {
                unmarked += 1;
                flagged += usize::from(hit);
                if verbose && hit {
                    println!("  teen own cases: flagged {rule}: {text:?}");
                }
            }
        }
        println!("  teen own cases {rule}: {found} of {marked} found, {flagged} of {unmarked} negatives flagged");
        rows.push((rule.as_str(), found, marked, flagged, unmarked));
    }
    table.push_str("\nTeen-safety rules on the team's own cases (tests/data/teen.*.jsonl, teen mode):\n\n| rule | cases | found | negatives | flagged |\n|---|---:|---:|---:|---:|\n");
    for (rule, f, m, fl, u) in &rows {
        table.push_str(&format!(
            "| `{rule}` | {m} | {:.3} | {u} | {fl} |\n",
            ratio(*f, *m)
        ));
    }
    report.insert(
        "teen own cases".to_string(),
        json!(rows
            .iter()
            .map(|(r, f, m, fl, u)| (
                r.to_string(),
                json!({"found": f, "cases": m, "flagged": fl, "negatives": u})
            ))
            .collect::<BTreeMap<_, _>>()),
    );
}
