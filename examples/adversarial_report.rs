//! Times `Filter::check` on the 1 MiB adversarial inputs that find the most:
//! `cargo run --release --example adversarial_report`. Median of 5, preset "imo", locale "en"
//! (as benches/node/bench.js runs them).

use sendsafe::{CheckOptions, Filter, FilterOptions, Preset};
use std::time::Instant;

fn main() {
    let options = FilterOptions {
        preset: Some(Preset::Imo),
        teen: None,
        locale: Some("en".into()),
        policy: None,
    };
    let filter = Filter::with_options(options).expect("options");
    let units = [
        ("glued e-mails", "ab@cd."),
        ("seed phrases", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about "),
        ("e-mails", "a@b.co "),
        ("glued valid", "a@b.co."),
        ("spaced digits", "1 2 3 4 "),
    ];
    let only = std::env::args().nth(1);
    for (name, unit) in units {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let text = unit.repeat((1usize << 20).div_ceil(unit.len()));
        let mut times = Vec::new();
        let mut n = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let r = filter.check(&text, &CheckOptions::default());
            times.push(t.elapsed().as_secs_f64() * 1e3);
            n = r.findings.len();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{name:14} {n:7} findings  median {:7.1} ms  best {:7.1} ms",
            times[2], times[0]
        );
    }
}
