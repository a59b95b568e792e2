//! What making the first filter costs, for callgrind: `init_cost lexicons` makes a filter
//! whose policy turns every lexicon rule on (warn), so the lexicon tables are built, and
//! `init_cost` one whose policy, of the same length, turns them off. The difference of
//! their counts is the lexicon tables' share:
//!
//! ```text
//! cargo build --release --example init_cost
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/init_cost lexicons
//! ```

use sendsafe::{Filter, FilterOptions, Policy, RuleId};

fn main() {
    let lexicons = std::env::args().nth(1).as_deref() == Some("lexicons");
    let severity = if lexicons { "warn" } else { "off" };
    let mut rules = serde_json::Map::new();
    for r in RuleId::all().map(|r| r.as_str()).filter(|r| {
        ["abuse.", "sexual.", "violence.", "illegal.", "self_harm."]
            .iter()
            .any(|p| r.starts_with(p))
    }) {
        rules.insert(
            r.to_string(),
            serde_json::json!({"adult": severity, "teen": severity}),
        );
    }
    let policy = Some(
        Policy::from_json(&serde_json::json!({ "rules": rules }).to_string())
            .expect("a valid policy"),
    );
    let f = Filter::with_options(FilterOptions {
        policy,
        ..Default::default()
    })
    .expect("a valid filter");
    std::hint::black_box(&f);
}
