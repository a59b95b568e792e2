//! Linear time, guarded: every adversarial 1 MiB input of the benchmark workload
//! (benches/workload/adversarial.json) is checked and redacted within a generous
//! bound. A quadratic regression on 1 MiB takes minutes, so the bound catches it
//! without flaking on a busy machine. The measured times are in `make bench`.

#[path = "../benches/workload.rs"]
mod workload;

use sendsafe::{CheckOptions, Filter, FilterOptions, Preset};
use std::time::{Duration, Instant};

/// Far above the measured cost even in an unoptimized test build (README: Performance).
const BOUND: Duration = Duration::from_secs(10);

#[test]
fn adversarial_inputs_stay_linear() {
    let filter = Filter::with_options(FilterOptions {
        preset: Some(Preset::Default),
        teen: Some(true),
        ..Default::default()
    })
    .unwrap();
    let mut slow = Vec::new();
    for (name, text) in workload::adversarial() {
        assert!(text.len() >= 1 << 20, "{name}");
        let t = Instant::now();
        let report = filter.check(&text, &CheckOptions::default());
        let checked = t.elapsed();
        let t = Instant::now();
        let redacted = filter.redact(&text);
        let redact = t.elapsed();
        eprintln!(
            "{name:<20} check {checked:>10.1?} redact {redact:>10.1?} findings {}",
            report.findings.len()
        );
        assert!(report.findings.iter().all(|f| f.bytes.end <= text.len()));
        assert!(!redacted.is_empty());
        if checked > BOUND || redact > BOUND {
            slow.push(format!("{name}: check {checked:?}, redact {redact:?}"));
        }
    }
    assert!(slow.is_empty(), "slower than {BOUND:?} on 1 MiB: {slow:?}");
}
