//! What every report must satisfy, whatever the text: shared by `tests/invariants.rs`
//! (generated and proptest messages) and the fuzz targets (`tests/fuzz/`), which include
//! this file by path.

use sendsafe::{CheckOptions, Filter, Report, Severity, Verdict};

/// Checks `text` with `options` and asserts the report's invariants: spans inside the
/// text, on char boundaries, non-empty and sorted; UTF-16 offsets that match the bytes;
/// no `off` finding; the verdict is the strongest severity; the same report again for the
/// same input; redaction stable, and leaving no privacy finding. Returns the report.
pub fn check_invariants(filter: &Filter, text: &str, options: &CheckOptions) -> Report {
    let report = filter.check(text, options);
    let mut last = 0;
    for f in &report.findings {
        let (s, e) = (f.bytes.start, f.bytes.end);
        assert!(s < e && e <= text.len(), "span {s}..{e} in {text:?}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{text:?}"
        );
        assert!(f.start < f.end, "{text:?}");
        assert!(f.start >= last, "unsorted in {text:?}");
        last = f.start;
        assert_eq!(f.start, text[..s].encode_utf16().count(), "{text:?}");
        assert_eq!(f.end, text[..e].encode_utf16().count(), "{text:?}");
        assert_ne!(f.severity, Severity::Off, "{text:?}");
        assert!(!f.message.is_empty() && !f.guideline.is_empty(), "{text:?}");
    }
    let expect = match report.findings.iter().map(|f| f.severity).max() {
        Some(Severity::Block) => Verdict::Block,
        Some(Severity::Warn) => Verdict::Warn,
        _ => Verdict::Allow,
    };
    assert_eq!(report.verdict, expect, "{text:?}");
    let again = filter.check(text, options);
    assert!(again == report, "not deterministic: {text:?}");
    let red = filter.redact(text);
    assert_eq!(
        filter.redact(&red),
        red,
        "redact is not idempotent for {text:?}"
    );
    let after = filter.check(&red, &CheckOptions::default());
    assert!(
        after.findings.iter().all(|f| !f.rule.is_redacted()),
        "{text:?} -> {red:?}"
    );
    report
}
