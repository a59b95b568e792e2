//! The word table of `privacy.email` (`email.tsv`), read by build.rs (this file is its
//! module) and written out as Rust statics, so the wasm holds it parsed instead of its
//! parser: `AT_WORDS` (longest first), `DOT_WORDS`, `PROVIDERS`, `CONTEXT` and `STOP`,
//! each the words joined by line breaks. Included by `email.rs`.

use std::fmt::Write;

/// The Rust source of the statics, from the table.
pub(super) fn generate(tsv: &str) -> String {
    const CLASSES: [&str; 5] = ["at", "dot", "provider", "context", "stop"];
    let mut classes: [Vec<&str>; 5] = Default::default();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let mut cells = line.split('\t');
        if let (Some(class), Some(word)) = (cells.next(), cells.next()) {
            if let Some(n) = CLASSES.iter().position(|c| *c == class) {
                classes[n].push(word);
            }
        }
    }
    classes[0].sort_by_key(|w| std::cmp::Reverse(w.len()));
    assert!(
        classes[0]
            .iter()
            .all(|w| matches!(w.as_bytes()[0], b'a' | 0xD1)),
        "email.tsv: an at-word starts with 'a' or a Cyrillic letter of lead byte 0xD1 \
         (Email::markers looks for those)"
    );
    let mut out = String::new();
    for (name, words) in ["AT_WORDS", "DOT_WORDS", "PROVIDERS", "CONTEXT", "STOP"]
        .iter()
        .zip(&classes)
    {
        assert!(words.iter().all(|w| !w.is_empty() && !w.contains('\n')));
        writeln!(out, "static {name}: &str = {:?};", words.join("\n")).unwrap();
    }
    out
}
