//! What each detector costs on long text: `cargo run --release --example detector_costs`.
//!
//! Builds the benchmark's 100 KB paste (short chat lines of 28 languages, from
//! benches/workload/short.jsonl), then times: the folded view alone; a check with every
//! rule on (teen mode, so every privacy rule runs); and, for each rule it lists, a check
//! with only that rule on (the folded view and the report included; with no rule on a
//! check does nothing). A detector costs about its line minus the folded view's. Best
//! of several rounds, natively.
//!
//! Timings on a shared machine swing by ±30 µs; instruction counts do not. With
//! `-- --checks RULE N` (RULE a rule id, `fold` or `all`) it only runs N checks of the
//! paste with that rule on, for callgrind, whose count of 6 checks minus that of 3,
//! divided by 3, is one check's instructions:
//!
//! ```text
//! cargo build --release --example detector_costs
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/detector_costs --checks privacy.phone 3
//! ```

use sendsafe::normalize::Normalized;
use sendsafe::{CheckOptions, Filter, FilterOptions, Policy, RuleId};
use std::time::Instant;

/// The rules measured one by one besides the lexicon rules, which [`rules`] adds.
const RULES: &[&str] = &[
    "privacy.phone",
    "privacy.email",
    "privacy.payment_card",
    "privacy.bank_account",
    "privacy.national_id",
    "privacy.address",
    "privacy.credentials",
    "privacy.crypto_secret",
    "privacy.ip_address",
    "privacy.social_handle",
    "privacy.request",
    "spam.link",
    "spam.flood",
    "spam.gibberish",
    "scam.financial",
];

/// Every rule measured: [`RULES`], then each rule of the guideline lexicons.
fn rules() -> Vec<&'static str> {
    const LEXICON: [&str; 5] = ["abuse", "sexual", "violence", "illegal", "self_harm"];
    let lexicon = RuleId::all().filter(|r| LEXICON.contains(&r.family()));
    RULES
        .iter()
        .copied()
        .chain(lexicon.map(RuleId::as_str))
        .collect()
}

/// The text to check: the file named by `DETECTOR_COSTS_TEXT` (to look at one input,
/// say an adversarial one), or the benchmark paste.
fn paste() -> String {
    if let Ok(path) = std::env::var("DETECTOR_COSTS_TEXT") {
        return std::fs::read_to_string(path).expect("DETECTOR_COSTS_TEXT: a readable file");
    }
    let src = std::fs::read_to_string("benches/workload/short.jsonl").expect("run from the repo");
    let lines: Vec<String> = src
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("workload line");
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    let mut long = String::new();
    let mut i = 0;
    while long.len() < 100_000 {
        long.push_str(&lines[i % lines.len()]);
        long.push('\n');
        i += 1;
    }
    long
}

/// Microseconds per call of `f`, best of 7 rounds of `n` calls.
fn best(n: usize, mut f: impl FnMut()) -> f64 {
    f();
    (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed().as_secs_f64() / n as f64 * 1e6
        })
        .fold(f64::MAX, f64::min)
}

/// A filter with only `on` (a list of rule ids) switched on.
fn only(on: &[&str]) -> Filter {
    let mut rules = serde_json::Map::new();
    for r in RuleId::all()
        .map(|r| r.as_str())
        .filter(|r| !on.contains(r))
    {
        rules.insert(
            r.to_string(),
            serde_json::json!({"adult": "off", "teen": "off"}),
        );
    }
    let policy = Policy::from_json(&serde_json::json!({ "rules": rules }).to_string())
        .expect("a valid policy");
    Filter::with_options(FilterOptions {
        policy: Some(policy),
        teen: Some(true),
        ..Default::default()
    })
    .expect("a valid filter")
}

fn main() {
    let long = paste();
    let opts = CheckOptions::default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, rule, n] = &args[..] {
        assert_eq!(flag, "--checks", "usage: detector_costs [--checks RULE N]");
        let n: usize = n.parse().expect("N: a number of checks");
        let f = match rule.as_str() {
            "all" => only(&rules()),
            "fold" => only(&[]),
            r => only(&[r]),
        };
        for _ in 0..n {
            if rule == "fold" {
                std::hint::black_box(Normalized::new(&long).folded().text().len());
            } else {
                std::hint::black_box(f.check(&long, &opts));
            }
        }
        return;
    }
    let n = 20;
    let fold = best(n, || {
        std::hint::black_box(Normalized::new(&long).folded().text().len());
    });
    let all = only(&rules());
    let every = best(n, || {
        std::hint::black_box(all.check(&long, &opts));
    });
    println!(
        "{} bytes of chat in 28 languages; µs per check, natively",
        long.len()
    );
    println!("{:<24} {:>8.0}", "folded view alone", fold);
    for rule in rules() {
        let f = only(&[rule]);
        let t = best(n, || {
            std::hint::black_box(f.check(&long, &opts));
        });
        println!("{rule:<24} {t:>8.0}   (+{:.0})", t - fold);
    }
    println!(
        "{:<24} {:>8.0}   {:.1} MB/s",
        "every rule",
        every,
        long.len() as f64 / every
    );
}
