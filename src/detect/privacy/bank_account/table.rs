//! The tables of `privacy.bank_account`, read by build.rs (this file is its module) and
//! written out as Rust statics, so the wasm holds them parsed instead of their parser:
//! the words of `bank_words.tsv` by class, the codes of `bank_codes.tsv` packed and
//! sorted, the UPI handles (`upi_handles.txt`) and the IBAN registry (`iban.tsv`). The statics are included by
//! `bank_account/mod.rs` and `iban.rs`; a malformed line fails the build.

use std::fmt::Write;

/// The `class<TAB>value` rows of a data file.
fn rows<'a>(tsv: &'a str, file: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
    tsv.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(move |l| {
            l.split_once('\t')
                .unwrap_or_else(|| panic!("{file}: malformed line {l:?}"))
        })
}

/// Up to 4 bytes as one integer (`pack` of the detector).
fn pack(code: &[u8]) -> u32 {
    code.iter().take(4).fold(0, |v, &b| v << 8 | u32::from(b))
}

/// Writes `static {name}: &str`, the words joined by line breaks.
fn words(out: &mut String, name: &str, words: &[&str]) {
    assert!(words.iter().all(|w| !w.contains('\n')));
    writeln!(out, "static {name}: &str = {:?};", words.join("\n")).unwrap();
}

/// `WORDS` and `WORD_CLASSES` (the context words in table order, and each one's class
/// as its index in `CLASSES`, the tag of the detector's lexicon), `FILLERS`, `UNITS`,
/// `OTHERS`.
fn bank_words(tsv: &str, out: &mut String) {
    let mut words_ = Vec::new();
    let mut classes = Vec::new();
    let mut fillers = Vec::new();
    let mut units = Vec::new();
    let mut others = Vec::new();
    for (class, word) in rows(tsv, "bank_words.tsv") {
        let class = match class {
            "account" => "Account",
            "bank" => "Bank",
            "routing" => "Routing",
            "bik" => "Bik",
            "sort_code" => "SortCode",
            "ifsc" => "Ifsc",
            "swift" => "Swift",
            "clabe" => "Clabe",
            "cbu" => "Cbu",
            "pix" => "Pix",
            "money" => "Money",
            "filler" => {
                fillers.push(word);
                continue;
            }
            "unit" => {
                units.push(word);
                continue;
            }
            "other" => {
                others.push(word);
                continue;
            }
            _ => panic!("bank_words.tsv: unknown class {class:?}"),
        };
        // The BIC words' heads are their first three bytes (`heads.rs`).
        assert!(
            !matches!(class, "Bank" | "Swift") || word.len() >= 3,
            "bank_words.tsv: word {word:?} shorter than 3 bytes"
        );
        words_.push(word);
        classes.push(format!("Class::{class} as u32"));
    }
    words(out, "WORDS", &words_);
    writeln!(
        out,
        "static WORD_CLASSES: [u32; {}] = [{}];",
        classes.len(),
        classes.join(", ")
    )
    .unwrap();
    words(out, "FILLERS", &fillers);
    words(out, "UNITS", &units);
    words(out, "OTHERS", &others);
}

/// `IFSC_BANKS`, `CLABE_BANKS`: the codes packed, sorted, each once; `BIC_COUNTRIES`: a
/// set of two capital letters, one bit per pair (bit `b` of word `a` for the letters
/// `A + a`, `A + b`), smaller than the packed codes.
fn bank_codes(tsv: &str, out: &mut String) {
    let (mut bic_countries, mut ifsc_banks, mut clabe_banks) = (vec![], vec![], vec![]);
    let codes = rows(tsv, "bank_codes.tsv")
        .flat_map(|(class, codes)| codes.split(' ').map(move |code| (class, code)));
    for (class, code) in codes {
        let c = code.as_bytes();
        match (class, c.len()) {
            ("bic_country", 2) => bic_countries.push(c),
            ("ifsc_bank", 4) => ifsc_banks.push(pack(c)),
            ("clabe_bank", 3) => clabe_banks.push(pack(c)),
            _ => panic!("bank_codes.tsv: bad row {class}\t{code}"),
        };
    }
    let mut bits = [0u32; 26];
    for c in bic_countries {
        assert!(
            c.iter().all(u8::is_ascii_uppercase),
            "bank_codes.tsv: a country is two capital letters"
        );
        bits[usize::from(c[0] - b'A')] |= 1 << (c[1] - b'A');
    }
    writeln!(out, "static BIC_COUNTRIES: [u32; 26] = {bits:?};").unwrap();
    for (name, mut codes) in [("IFSC_BANKS", ifsc_banks), ("CLABE_BANKS", clabe_banks)] {
        codes.sort();
        codes.dedup();
        writeln!(out, "static {name}: [u32; {}] = {codes:?};", codes.len()).unwrap();
    }
}

/// `COUNTRIES` (the IBAN registry) and `BY_CODE` (for each pair of letters `A`-`Z`, one
/// more than the index of its country, or 0).
fn iban(tsv: &str, out: &mut String) {
    let mut by_code = vec![0u8; 26 * 26];
    let mut countries = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let mut cols = line.split('\t');
        let (Some(code), Some(length), Some(bban)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("iban.tsv: malformed line {line:?}");
        };
        let code = code.as_bytes();
        let mut parts = Vec::new();
        let mut count = 0;
        for b in bban.bytes() {
            match b {
                b'0'..=b'9' => count = count * 10 + usize::from(b - b'0'),
                b'!' => {}
                b'n' | b'a' | b'c' => {
                    parts.push(format!("({count}, b'{}')", char::from(b)));
                    count = 0;
                }
                _ => panic!("iban.tsv: bad structure {bban:?}"),
            }
        }
        let length: usize = length
            .parse()
            .unwrap_or_else(|_| panic!("iban.tsv: bad length in {line:?}"));
        assert!(code.len() == 2, "iban.tsv: malformed line {line:?}");
        countries.push(format!(
            "Country {{ length: {length}, bban: &[{}] }}",
            parts.join(", ")
        ));
        // The first row of a code wins.
        if code.iter().all(u8::is_ascii_uppercase) {
            let k = usize::from(code[0] - b'A') * 26 + usize::from(code[1] - b'A');
            if by_code[k] == 0 {
                by_code[k] = u8::try_from(countries.len()).expect("fewer than 255 countries");
            }
        }
    }
    writeln!(
        out,
        "static COUNTRIES: [Country; {}] = [{}];",
        countries.len(),
        countries.join(",\n")
    )
    .unwrap();
    writeln!(out, "static BY_CODE: [u8; 26 * 26] = {by_code:?};").unwrap();
}

/// The Rust source of the detector's statics, from the word and code tables and the
/// UPI handles (`UPI_HANDLES`, read by `upi.rs`).
pub(super) fn generate(words_tsv: &str, codes_tsv: &str, upi_txt: &str) -> String {
    let mut out = String::new();
    bank_words(words_tsv, &mut out);
    bank_codes(codes_tsv, &mut out);
    let handles: Vec<&str> = upi_txt
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    words(&mut out, "UPI_HANDLES", &handles);
    out
}

/// The Rust source of the IBAN registry's statics (included by `iban.rs`).
pub(super) fn generate_iban(iban_tsv: &str) -> String {
    let mut out = String::new();
    iban(iban_tsv, &mut out);
    out
}
