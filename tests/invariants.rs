//! Invariants over generated messages built from the pieces detectors react to:
//! no panic, spans on char boundaries and in order, UTF-16 offsets consistent with
//! the bytes, verdict equal to the strongest severity, redaction stable.
//! (Fuzzing and proptest arrive with the reliability work; this is a fixed-seed sweep.)

use sendsafe::{CheckOptions, Filter, FilterOptions, Preset, Severity, Verdict};

const PIECES: &[&str] = &[
    "@",
    ".",
    " ",
    "  ",
    "a",
    "ana",
    "at",
    " at ",
    "dot",
    " dot ",
    "[at]",
    "(.)",
    "gmail",
    "com",
    "org",
    "DE",
    "89",
    "3704",
    "0044",
    "٣",
    "７",
    "＠",
    "\u{200B}",
    "\u{202E}",
    "\u{FE0F}",
    "\u{20E3}",
    "😀",
    "👨‍👩‍👧",
    "é",
    "e\u{301}",
    "中",
    "ש",
    "\r\n",
    "-",
    "_",
    "+",
    "://",
    "[",
    "]",
    "xn--p1ai",
    "рф",
    "а",
    "İ",
    "ß",
    "\u{10FFFF}",
    "\t",
    "⟦",
    "DE89370400440532013000",
    "+44 ",
    "7911 123456",
    "08123456789",
    "(201) ",
    "nine ",
    "8 ",
    "whatsapp ",
    "9\u{FE0F}\u{20E3}",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn generated_messages_keep_the_invariants() {
    let filters: Vec<Filter> = Preset::ALL
        .iter()
        .map(|&p| {
            Filter::with_options(FilterOptions {
                preset: Some(p),
                ..Default::default()
            })
            .unwrap()
        })
        .collect();
    let mut rng = Rng(0x5eed_5afe);
    for i in 0..4000 {
        let len = (rng.next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
            .collect();
        let filter = &filters[i % filters.len()];
        let options = CheckOptions {
            teen: Some(i % 2 == 0),
            ..Default::default()
        };
        let report = filter.check(&text, &options);
        let mut last = 0;
        for f in &report.findings {
            assert!(
                text.is_char_boundary(f.bytes.start) && text.is_char_boundary(f.bytes.end),
                "{text:?}"
            );
            assert!(f.bytes.start < f.bytes.end && f.start < f.end, "{text:?}");
            assert!(f.start >= last, "unsorted in {text:?}");
            last = f.start;
            assert_eq!(
                f.start,
                text[..f.bytes.start].encode_utf16().count(),
                "{text:?}"
            );
            assert_eq!(
                f.end,
                text[..f.bytes.end].encode_utf16().count(),
                "{text:?}"
            );
            assert_ne!(f.severity, Severity::Off);
        }
        let strongest = report.findings.iter().map(|f| f.severity).max();
        let expect = match strongest {
            Some(Severity::Block) => Verdict::Block,
            Some(Severity::Warn) => Verdict::Warn,
            _ => Verdict::Allow,
        };
        assert_eq!(report.verdict, expect, "{text:?}");
        let red = filter.redact(&text);
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
    }
}

/// Every message of the privacy test data (tests/data/privacy.*.jsonl, marks removed):
/// redaction hides every privacy finding and is stable.
#[test]
fn redacting_the_privacy_test_data_leaves_nothing_to_find() {
    let filter = Filter::with_options(FilterOptions {
        preset: Some(Preset::Default),
        teen: Some(true),
        ..Default::default()
    })
    .unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("privacy.") && n.ends_with(".jsonl"))
        })
        .collect();
    files.sort();
    for path in files {
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap().replace(['⟦', '⟧'], "");
            let red = filter.redact(&text);
            assert_eq!(filter.redact(&red), red, "{}: {text:?}", path.display());
            let after = filter.check(&red, &CheckOptions::default());
            assert!(
                after.findings.iter().all(|f| !f.rule.is_redacted()),
                "{}: {text:?} -> {red:?}: {:?}",
                path.display(),
                after.findings
            );
        }
    }
}
