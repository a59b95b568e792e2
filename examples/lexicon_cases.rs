//! Runs test-case files (`tests/data/pending/*.jsonl`, or any JSON-lines file with
//! `text` and `rule`) through the engine and prints, per line, `OK` or `BAD`, the rule,
//! the marked text, what the rule found, and the findings of the other guideline rules:
//! what decides which pending cases move up to `tests/data/`.
//!
//!     cargo run --release --example lexicon_cases -- tests/data/pending/*.jsonl
use sendsafe::{CheckOptions, Filter, FilterOptions};
fn main() {
    let filter = Filter::with_options(FilterOptions::default()).unwrap();
    let opts = CheckOptions::default();
    let fams = ["abuse", "sexual", "violence", "illegal", "self_harm"];
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).unwrap();
        for l in src.lines() {
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let marked = v["text"].as_str().unwrap_or_default();
            let rule = v["rule"].as_str().unwrap_or("-");
            let mut text = String::new();
            let mut spans = vec![];
            let mut open = None;
            for c in marked.chars() {
                match c {
                    '⟦' => open = Some(text.len()),
                    '⟧' => spans.push((open.take().unwrap(), text.len())),
                    c => text.push(c),
                }
            }
            let r = filter.check(&text, &opts);
            let mut got: Vec<(usize, usize)> = vec![];
            let mut other = vec![];
            for f in &r.findings {
                if f.rule.as_str() == rule {
                    got.push((f.bytes.start, f.bytes.end));
                } else if fams.contains(&f.rule.family()) {
                    other.push(format!(
                        "{}:{}",
                        f.rule.as_str(),
                        &text[f.bytes.start..f.bytes.end]
                    ));
                }
            }
            got.sort();
            got.dedup();
            let ok = got == spans;
            println!(
                "{}\t{}\t{}\t{}\t{:?}",
                if ok { "OK" } else { "BAD" },
                rule,
                marked,
                got.iter()
                    .map(|(a, b)| &text[*a..*b])
                    .collect::<Vec<_>>()
                    .join("|"),
                other
            );
        }
    }
}
