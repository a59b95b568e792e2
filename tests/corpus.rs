//! Runs every `tests/data/*.jsonl` case against the native engine, under every preset
//! and with teen-safety mode off and on. Offsets are derived from the `⟦ ⟧` marks.

use sendsafe::{CheckOptions, Filter, FilterOptions, Preset, RuleId, Severity};
use serde_json::Value;
use std::path::Path;

const OPEN: char = '⟦';
const CLOSE: char = '⟧';

struct Case {
    file: String,
    line: usize,
    text: String,
    rule: RuleId,
    kind: Option<String>,
    teen: Option<bool>,
    preset: Option<Preset>,
    /// The sender's earlier messages (check option `history`).
    history: Option<Vec<String>>,
    /// The message was received (check option `direction: "incoming"`).
    incoming: bool,
    /// Expected byte spans in `text`.
    spans: Vec<(usize, usize)>,
}

/// Strips the marks, returning the text and the byte spans they wrapped.
fn strip_marks(marked: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            OPEN => open = Some(text.len()),
            CLOSE => spans.push((open.take().expect("⟧ without ⟦"), text.len())),
            _ => text.push(c),
        }
    }
    assert!(open.is_none(), "⟦ without ⟧ in {marked:?}");
    (text, spans)
}

fn load_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    files.sort();
    assert!(!files.is_empty(), "no test data in {}", dir.display());
    let mut cases = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for (i, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = format!("{file}:{}", i + 1);
            let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
            let field = |k: &str| v.get(k).and_then(Value::as_str);
            let rule = field("rule").unwrap_or_else(|| panic!("{at}: no rule"));
            let (text, spans) =
                strip_marks(field("text").unwrap_or_else(|| panic!("{at}: no text")));
            cases.push(Case {
                file: file.clone(),
                line: i + 1,
                text,
                rule: RuleId::parse(rule).unwrap_or_else(|| panic!("{at}: unknown rule {rule}")),
                kind: field("kind").map(str::to_string),
                teen: v.get("teen").and_then(Value::as_bool),
                preset: field("preset").map(|p| {
                    *Preset::ALL
                        .iter()
                        .find(|x| x.name() == p)
                        .unwrap_or_else(|| panic!("{at}: preset {p}"))
                }),
                history: v.get("history").map(|h| {
                    h.as_array()
                        .unwrap_or_else(|| panic!("{at}: history is a list"))
                        .iter()
                        .map(|m| {
                            m.as_str()
                                .unwrap_or_else(|| panic!("{at}: history"))
                                .to_string()
                        })
                        .collect()
                }),
                incoming: match field("direction") {
                    None | Some("outgoing") => false,
                    Some("incoming") => true,
                    Some(d) => panic!("{at}: direction {d}"),
                },
                spans,
            });
        }
    }
    cases
}

#[test]
fn every_case_under_every_preset_and_mode() {
    let cases = load_cases();
    let mut failures = Vec::new();
    let mut runs = 0;
    for preset in Preset::ALL {
        let filter = Filter::with_options(FilterOptions {
            preset: Some(preset),
            ..Default::default()
        })
        .unwrap();
        let policy = sendsafe::Policy::preset(preset);
        for teen in [false, true] {
            for c in cases.iter().filter(|c| {
                c.preset.is_none_or(|p| p == preset) && c.teen.is_none_or(|t| t == teen)
            }) {
                runs += 1;
                let severity = policy.rules[&c.rule]
                    .adult
                    .filter(|_| !teen)
                    .or(policy.rules[&c.rule].teen.filter(|_| teen));
                let off = severity.unwrap_or(c.rule.default_severity(teen)) == Severity::Off;
                let report = filter.check(
                    &c.text,
                    &CheckOptions {
                        teen: Some(teen),
                        history: c.history.clone(),
                        direction: c.incoming.then_some(sendsafe::Direction::Incoming),
                    },
                );
                let got: Vec<_> = report
                    .findings
                    .iter()
                    .filter(|f| f.rule == c.rule)
                    .collect();
                let want: &[(usize, usize)] = if off { &[] } else { &c.spans };
                let got_spans: Vec<(usize, usize)> =
                    got.iter().map(|f| (f.bytes.start, f.bytes.end)).collect();
                let mut problems = Vec::new();
                if got_spans != want {
                    let show = |s: &[(usize, usize)]| {
                        s.iter()
                            .map(|&(a, b)| c.text[a..b].to_string())
                            .collect::<Vec<_>>()
                    };
                    problems.push(format!(
                        "found {:?}, want {:?}",
                        show(&got_spans),
                        show(want)
                    ));
                }
                for f in &got {
                    let utf16 = |b: usize| c.text[..b].encode_utf16().count();
                    if (f.start, f.end) != (utf16(f.bytes.start), utf16(f.bytes.end)) {
                        problems.push(format!(
                            "UTF-16 {}..{} for bytes {:?}",
                            f.start, f.end, f.bytes
                        ));
                    }
                    if let Some(kind) = &c.kind {
                        if f.kind != Some(kind.as_str()) {
                            problems.push(format!("kind {:?}, want {kind}", f.kind));
                        }
                    }
                    if f.guideline.is_empty() || f.message.is_empty() {
                        problems.push("empty guideline or message".into());
                    }
                }
                if !problems.is_empty() {
                    failures.push(format!(
                        "{}:{} [{} teen={teen}] {:?}: {}",
                        c.file,
                        c.line,
                        preset.name(),
                        c.text,
                        problems.join("; ")
                    ));
                }
            }
        }
    }
    assert!(runs > 0);
    assert!(
        failures.is_empty(),
        "{} of {runs} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn marks_are_stripped_into_byte_spans() {
    let (text, spans) = strip_marks("😀 ⟦a@b.co⟧!");
    assert_eq!(text, "😀 a@b.co!");
    assert_eq!(spans, [(5, 11)]);
}
