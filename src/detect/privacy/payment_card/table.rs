//! The issuer table of `privacy.payment_card` (`card_iin.tsv`), read by build.rs (this
//! file is its module) and written out as a Rust static, `ISSUERS`, so the wasm holds it
//! parsed instead of its parser. Included by `payment_card.rs`; a malformed line fails
//! the build.

use std::fmt::Write;

/// The Rust source of `ISSUERS`, from the table.
pub(super) fn generate(tsv: &str) -> String {
    let mut rows = Vec::new();
    for line in tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (network, prefix, lengths, grouped_only) = match cols[..] {
            [n, p, l] => (n, p, l, false),
            [n, p, l, "grouped"] => (n, p, l, true),
            _ => panic!("card_iin.tsv: malformed line {line:?}"),
        };
        let (first, last) = prefix.split_once('-').unwrap_or((prefix, prefix));
        assert_eq!(
            first.len(),
            last.len(),
            "card_iin.tsv: prefixes of different widths in {line:?}"
        );
        let num = |s: &str| {
            s.parse::<u32>()
                .unwrap_or_else(|_| panic!("card_iin.tsv: bad number in {line:?}"))
        };
        let mut bits = 0u32;
        for part in lengths.split(',') {
            let (a, b) = part.split_once('-').unwrap_or((part, part));
            for n in num(a)..=num(b) {
                bits |= 1 << n;
            }
        }
        rows.push(format!(
            "Issuer {{ network: {network:?}, first: {}, last: {}, width: {}, lengths: {bits}, grouped_only: {grouped_only} }}",
            num(first),
            num(last),
            first.len()
        ));
    }
    let mut out = String::new();
    writeln!(
        out,
        "static ISSUERS: [Issuer; {}] = [{}];",
        rows.len(),
        rows.join(",\n")
    )
    .unwrap();
    out
}
