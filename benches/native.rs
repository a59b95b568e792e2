//! The native engine's benchmark: `cargo bench --bench native` (part of `make bench`).
//! Same workload as the Node benchmark; writes benches/results/native.json.

#[path = "workload.rs"]
mod workload;

use sendsafe::{CheckOptions, Filter, FilterOptions, Preset};
use std::hint::black_box;
use std::time::Instant;

fn filter() -> Filter {
    Filter::with_options(FilterOptions {
        preset: Some(Preset::Imo),
        ..Default::default()
    })
    .unwrap()
}

/// Microseconds per call of `f`, one sample per call.
fn samples(n: usize, mut f: impl FnMut(usize)) -> Vec<f64> {
    let mut out: Vec<f64> = (0..n)
        .map(|i| {
            let t = Instant::now();
            f(i);
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    out.sort_by(f64::total_cmp);
    out
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let opts = CheckOptions::default();
    let mut json = serde_json::Map::new();

    let init = samples(200, |_| drop(black_box(filter())));
    println!(
        "Filter::with_options           median {:8.1} µs",
        pct(&init, 0.5)
    );
    json.insert("filter_new_us_median".into(), pct(&init, 0.5).into());

    let f = filter();
    let short = workload::messages("short");
    let line200: Vec<&String> = short
        .iter()
        .filter(|s| (150..=200).contains(&s.chars().count()))
        .collect();
    let medium = workload::messages("medium");
    let long = workload::long_pastes();

    // Benchmarks assert their answer: the private lines of the workload are found.
    let found = short
        .iter()
        .filter(|s| !f.check(s, &opts).findings.is_empty())
        .count();
    let private = short
        .iter()
        .filter(|s| {
            s.contains("@example.")
                || s.contains("DE89")
                || s.contains("GB82")
                || s.contains("SA03")
        })
        .count();
    assert!(
        found >= private && private > 100,
        "found findings in {found} lines, expected at least {private}"
    );

    let mut latency = serde_json::Map::new();
    let classes: [(&str, Vec<&String>, usize); 4] = [
        ("short", short.iter().collect(), 5),
        ("200 chars", line200, 40),
        ("medium", medium.iter().collect(), 20),
        ("long", long.iter().collect(), 10),
    ];
    for (name, msgs, rounds) in classes {
        for m in &msgs {
            black_box(f.check(m, &opts)); // warm up
        }
        let n = msgs.len() * rounds;
        let s = samples(n, |i| drop(black_box(f.check(msgs[i % msgs.len()], &opts))));
        println!(
            "check {name:<10} ({:>4} msgs)  p50 {:8.2} µs  p99 {:8.2} µs",
            msgs.len(),
            pct(&s, 0.5),
            pct(&s, 0.99)
        );
        latency.insert(name.into(), serde_json::json!({ "messages": msgs.len(), "p50_us": pct(&s, 0.5), "p99_us": pct(&s, 0.99) }));
    }
    json.insert("latency".into(), latency.into());

    let bytes: usize = long.iter().map(String::len).sum();
    let t = Instant::now();
    let rounds = 20;
    for _ in 0..rounds {
        for m in &long {
            black_box(f.check(m, &opts));
        }
    }
    let mbps = (bytes * rounds) as f64 / t.elapsed().as_secs_f64() / 1e6;
    println!("throughput on long pastes      {mbps:8.1} MB/s");
    json.insert("throughput_mb_s".into(), mbps.into());

    let mut adversarial = serde_json::Map::new();
    for (name, text) in workload::adversarial() {
        let s = samples(5, |_| drop(black_box(f.check(&text, &opts))));
        let r = samples(2, |_| drop(black_box(f.redact(&text))));
        println!(
            "adversarial {name:<20} check {:7.2} ms  redact {:7.2} ms",
            pct(&s, 0.5) / 1e3,
            pct(&r, 0.5) / 1e3
        );
        adversarial.insert(
            name,
            serde_json::json!({ "check_ms": pct(&s, 0.5) / 1e3, "redact_ms": pct(&r, 0.5) / 1e3 }),
        );
    }
    json.insert("adversarial".into(), adversarial.into());

    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/results/native.json");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    std::fs::write(&out, serde_json::to_string_pretty(&json).unwrap() + "\n").unwrap();
    println!("wrote {}", out.display());
}
