//! Invariants over generated messages built from the pieces detectors react to:
//! no panic, spans on char boundaries and in order, UTF-16 offsets consistent with
//! the bytes, verdict equal to the strongest severity, redaction stable.
//! A fixed-seed sweep, then proptest over the same pieces and over any text; the fuzz
//! targets (`tests/fuzz/`) check the same invariants on what libFuzzer makes.

#[path = "support/invariants.rs"]
mod support;

use proptest::prelude::*;
use sendsafe::detect::Direction;
use sendsafe::{CheckOptions, Filter, FilterOptions, Preset};
use support::check_invariants;

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

/// A filter for each preset, made once.
fn filters() -> &'static [Filter] {
    static FILTERS: std::sync::OnceLock<Vec<Filter>> = std::sync::OnceLock::new();
    FILTERS.get_or_init(|| {
        Preset::ALL
            .iter()
            .map(|&p| {
                Filter::with_options(FilterOptions {
                    preset: Some(p),
                    ..Default::default()
                })
                .unwrap()
            })
            .collect()
    })
}

#[test]
fn generated_messages_keep_the_invariants() {
    let filters = filters();
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
        check_invariants(filter, &text, &options);
    }
}

/// Check options from a few bits: teen mode, direction, and up to two messages of history.
fn options(bits: u8, history: &[String]) -> CheckOptions {
    CheckOptions {
        teen: Some(bits & 1 != 0),
        direction: Some(if bits & 2 != 0 {
            Direction::Incoming
        } else {
            Direction::Outgoing
        }),
        history: (bits & 4 != 0).then(|| history.to_vec()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// Messages made of the pieces detectors react to, with history and every mode.
    #[test]
    fn pieces_keep_the_invariants(
        pieces in prop::collection::vec(0..PIECES.len(), 0..48),
        history in prop::collection::vec(prop::collection::vec(0..PIECES.len(), 0..12), 0..3),
        preset in 0..3usize,
        bits in any::<u8>(),
    ) {
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        let history: Vec<String> = history
            .iter()
            .map(|h| h.iter().map(|&i| PIECES[i]).collect())
            .collect();
        check_invariants(&filters()[preset], &text, &options(bits, &history));
    }

    /// Any text at all (every Unicode scalar value, including controls and unassigned).
    #[test]
    fn any_text_keeps_the_invariants(text in any::<String>(), preset in 0..3usize, bits in any::<u8>()) {
        check_invariants(&filters()[preset], &text, &options(bits, std::slice::from_ref(&text)));
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
