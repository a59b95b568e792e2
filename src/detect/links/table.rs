//! The link finder's word table (`links.tsv`), read by build.rs (this file is its
//! module) and written out as Rust statics, so the wasm holds it parsed instead of its
//! parser: `FILE_TLDS`, `SPOKEN_TLDS`, `BARE_TLDS` and `STOP`, each the words in table
//! order joined by line breaks. Included by `links.rs`, which reads its dot and at words
//! from the e-mail detector's statics (`email_tables.rs`); a malformed line fails the
//! build.

use std::fmt::Write;

/// The Rust source of the statics, from the table.
pub(super) fn generate(tsv: &str) -> String {
    const CLASSES: [(&str, &str); 4] = [
        ("file_tld", "FILE_TLDS"),
        ("spoken_tld", "SPOKEN_TLDS"),
        ("bare_tld", "BARE_TLDS"),
        ("spoken_stop", "STOP"),
    ];
    let mut lists: [Vec<&str>; 4] = Default::default();
    for line in tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut cells = line.split('\t');
        let (Some(class), Some(word), None) = (cells.next(), cells.next(), cells.next()) else {
            panic!("links.tsv: malformed line {line:?}");
        };
        let n = CLASSES
            .iter()
            .position(|(c, _)| *c == class)
            .unwrap_or_else(|| panic!("links.tsv: class {class}"));
        lists[n].push(word);
    }
    let mut out = String::new();
    for ((_, name), words) in CLASSES.iter().zip(&lists) {
        assert!(words.iter().all(|w| !w.is_empty() && !w.contains('\n')));
        writeln!(out, "static {name}: &str = {:?};", words.join("\n")).unwrap();
    }
    out
}
