//! The tables of `privacy.phone`, read by build.rs (this file is its module) and written
//! out as Rust statics, so the wasm holds them parsed instead of their parser: the
//! calling codes (`phone_codes.tsv`), the national table (`phone_national.tsv`) and the
//! words (`phone_words.tsv`). The statics are included by `phone.rs`; each line of the
//! tables is checked here, and a malformed one fails the build.

use std::fmt::Write;

/// Most digits of any phone number (`MAX_DIGITS` of `phone.rs`; the statics' arrays
/// have its length plus one, so a difference fails the build).
const MAX_DIGITS: usize = 17;

/// Fails the build on a malformed line.
fn bad(file: &str, line: &str) -> ! {
    panic!("{file}: malformed line {line:?}")
}

/// The number ASCII digits `d` write.
fn number(d: &[u8]) -> usize {
    d.iter().fold(0, |n, &b| n * 10 + usize::from(b - b'0'))
}

/// A number of at most four ASCII digits.
fn small_number(s: &str) -> Option<usize> {
    let ok = (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| number(s.as_bytes()))
}

/// The tab-separated columns of a table line, exactly `N` of them.
fn columns<'a, const N: usize>(line: &'a str, file: &str) -> [&'a str; N] {
    let mut cols = [""; N];
    let mut it = line.split('\t');
    for c in &mut cols {
        *c = it.next().unwrap_or_else(|| bad(file, line));
    }
    if it.next().is_some() {
        bad(file, line);
    }
    cols
}

/// The lines of a table that are not comments or empty.
fn rows(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Parses `len:prefixes len:prefixes ...`, calling `set(len, prefix)` for each prefix
/// (its digits); a prefix is digits, or digits and a last-digit range (`13-9` is 13 to 19).
fn parse_lengths(spec: &str, file: &str, mut set: impl FnMut(usize, &[u8])) {
    for part in spec.split(' ').filter(|p| !p.is_empty()) {
        let (len, prefixes) = part.split_once(':').unwrap_or_else(|| bad(file, spec));
        let len = small_number(len).unwrap_or_else(|| bad(file, spec));
        assert!(len <= MAX_DIGITS, "{file}: length {len} too long");
        for p in prefixes.split(',') {
            let (a, hi) = match p.split_once('-') {
                Some((a, b)) => (a.as_bytes(), b.as_bytes()[0]),
                None => (p.as_bytes(), p.as_bytes()[p.len() - 1]),
            };
            let mut prefix = [0u8; 8];
            let n = a.len();
            assert!((1..=8).contains(&n), "{file}: prefix {p}");
            prefix[..n].copy_from_slice(a);
            for d in a[n - 1]..=hi {
                prefix[n - 1] = d;
                set(len, &prefix[..n]);
            }
        }
    }
}

/// `CODE_INDEX` (calling code to its entry of `CODES`, `u8::MAX` for none: a byte, a
/// table half the size of `u16`s) and `CODES`
/// (per NSN length, the bit set of possible first digits).
fn codes(tsv: &str, out: &mut String) {
    let file = "phone_codes.tsv";
    let mut index = vec![u8::MAX; 1000];
    let mut codes = Vec::new();
    for line in rows(tsv) {
        let [code, _regions, lengths] = columns(line, file);
        let code = small_number(code)
            .filter(|&c| c < 1000)
            .unwrap_or_else(|| bad(file, line));
        let mut first = [0u16; MAX_DIGITS + 1];
        parse_lengths(lengths, file, |len, p| {
            first[len] |= 1 << (p[0] - b'0');
        });
        index[code] = u8::try_from(codes.len())
            .ok()
            .filter(|&i| i < u8::MAX)
            .expect("fewer than 255 codes");
        codes.push(first);
    }
    writeln!(out, "static CODE_INDEX: [u8; 1000] = {index:?};").unwrap();
    writeln!(out, "static CODES: [Code; {}] = [", codes.len()).unwrap();
    for first in codes {
        writeln!(out, "Code {{ first: {first:?} }},").unwrap();
    }
    out.push_str("];\n");
}

/// `REGIONS`: the national table.
fn national(tsv: &str, out: &mut String) {
    let file = "phone_national.tsv";
    let lines: Vec<&str> = rows(tsv).collect();
    writeln!(out, "static REGIONS: [Region; {}] = [", lines.len()).unwrap();
    for line in lines {
        let [_region, code, trunk, mobile_spec, any_spec] = columns(line, file);
        let trunk = if trunk == "-" { "" } else { trunk };
        let mut mobile: Vec<(usize, u128)> = Vec::new();
        parse_lengths(mobile_spec, file, |len, b| {
            let bits: u128 = match b.len() {
                1 => 0x3ff << (10 * u32::from(b[0] - b'0')),
                2 => 1 << (10 * u32::from(b[0] - b'0') + u32::from(b[1] - b'0')),
                _ => bad(file, line),
            };
            match mobile.iter_mut().find(|(l, _)| *l == len) {
                Some((_, m)) => *m |= bits,
                None => mobile.push((len, bits)),
            }
        });
        let mut any = [0u16; MAX_DIGITS + 1];
        parse_lengths(any_spec, file, |len, p| {
            any[len] |= 1 << (p[0] - b'0');
        });
        writeln!(
            out,
            "Region {{ code: b{code:?}, trunk: b{trunk:?}, mobile: &{mobile:?}, any: {any:?} }},"
        )
        .unwrap();
    }
    out.push_str("];\n");
}

/// `NUMBER_*`: the spelled-out digits and "double" / "triple" sorted by their bytes (as
/// `Numbers::get` searches them), and `CONTEXT_*`: the phone, app, veto and quiet words
/// in table order, `_` made a space.
fn words(tsv: &str, out: &mut String) {
    let file = "phone_words.tsv";
    let mut numbers = Vec::new();
    let mut context = Vec::new();
    for line in rows(tsv) {
        let (class, words) = line.split_once('\t').unwrap_or_else(|| bad(file, line));
        let tag = match class {
            "phone" => "Tag::Phone".to_string(),
            "app" => "Tag::App".to_string(),
            "not" => "Tag::Not".to_string(),
            "quiet" => "Tag::Quiet".to_string(),
            "x2" => "Tag::Times(2)".to_string(),
            "x3" => "Tag::Times(3)".to_string(),
            d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => format!("Tag::Digit({d})"),
            _ => bad(file, line),
        };
        for w in words.split(' ').filter(|w| !w.is_empty()) {
            if tag.starts_with("Tag::Digit") || tag.starts_with("Tag::Times") {
                numbers.push((w, tag.clone()));
            } else {
                context.push((w.replace('_', " "), tag.clone()));
            }
        }
    }
    numbers.sort_by_key(|e| e.0.as_bytes());
    list(out, "NUMBER", &numbers);
    list(out, "CONTEXT", &context);
}

/// A word list as `{NAME}_WORDS`, the words joined by line breaks (text, which
/// compresses as well as the table did), and `{NAME}_TAGS`, their tags.
fn list<W: AsRef<str>>(out: &mut String, name: &str, entries: &[(W, String)]) {
    let words: Vec<&str> = entries.iter().map(|e| e.0.as_ref()).collect();
    let tags: Vec<&str> = entries.iter().map(|e| e.1.as_str()).collect();
    writeln!(out, "static {name}_WORDS: &str = {:?};", words.join("\n")).unwrap();
    writeln!(
        out,
        "static {name}_TAGS: [Tag; {}] = [{}];",
        tags.len(),
        tags.join(", ")
    )
    .unwrap();
}

/// The Rust source of the statics, from the three tables.
pub fn generate(codes_tsv: &str, national_tsv: &str, words_tsv: &str) -> String {
    let mut out = String::new();
    codes(codes_tsv, &mut out);
    national(national_tsv, &mut out);
    words(words_tsv, &mut out);
    out
}
