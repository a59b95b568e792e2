//! Copies the data tables the engine embeds (`src/data/`, the policy's messages and
//! presets) into `OUT_DIR` without their comment lines: the comments document the
//! tables for people and would otherwise ship in every wasm. The code embeds the copies
//! with the `data!` macro (src/lib.rs).
//!
//! Tables whose parsing would otherwise be code in every wasm are parsed here instead
//! and written out as Rust statics, which the detectors include: each detector's
//! `table.rs` is a module of this script (the parser lives next to the detector that
//! reads the result). Word lists are written as one text, the words joined by line
//! breaks, with a parallel array of what each word is: statics of `&str` would cost
//! eight bytes of pointer and length a word, which compress poorly. The sorted lists
//! (BIP-39 words, top-level domains), and the address words sorted in groups of what
//! they are, are front-coded (src/detect/coded.rs). The word lists of every detector
//! (and the front-coded BIP-39 list) then go into one text, `lists.txt`, each static a
//! part of it cut at compile time (`pool_lists`): together they gzip smaller than
//! scattered among the binary tables. The policy's presets are read here too (`presets`).

use std::path::Path;

#[path = "src/detect/privacy/address/table.rs"]
mod address_table;
#[path = "src/detect/privacy/bank_account/table.rs"]
mod bank_account_table;
#[path = "src/detect/privacy/email/table.rs"]
mod email_table;
#[path = "src/detect/lexicon_rules/skeleton.rs"]
#[allow(dead_code)]
mod lexicon_skeleton;
#[path = "src/detect/lexicon_rules/table.rs"]
mod lexicon_table;
#[path = "src/detect/spam/link/table.rs"]
mod link_table;
#[path = "src/detect/links/table.rs"]
mod links_table;
#[path = "src/detect/privacy/national_id/table.rs"]
mod national_id_table;
#[path = "src/detect/privacy/payment_card/table.rs"]
mod payment_card_table;
#[path = "src/detect/privacy/phone/table.rs"]
mod phone_table;
#[path = "src/detect/privacy/phrase_rules/table.rs"]
mod phrase_rules_table;
#[path = "src/detect/scam/table.rs"]
mod scam_table;

/// A data table of the crate, with its comment lines (the parsers skip them).
/// Whether a line of a message table is a message for incoming text (`<key>@incoming\t...`).
fn is_incoming(line: &str) -> bool {
    line.split('\t')
        .next()
        .is_some_and(|k| k.ends_with("@incoming"))
}

/// The lines of a message table that are messages for incoming text.
fn english_incoming(table: &str) -> String {
    table
        .lines()
        .filter(|l| is_incoming(l))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// `text` without its comment and blank lines.
fn uncommented(text: &str) -> String {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Words front-coded (see src/detect/coded.rs): for each word the count of leading
/// bytes it shares with the word before (one byte, below 0x20), then the rest of its
/// bytes. It pays for sorted lists, where neighbours share most.
fn front_code<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut last: &[u8] = b"";
    for w in words {
        let w = w.as_bytes();
        assert!(
            !w.is_empty() && w.iter().all(|&b| b >= 0x20),
            "an empty word or a control byte in a word list"
        );
        let shared = w
            .iter()
            .zip(last)
            .take(0x1F)
            .take_while(|(a, b)| a == b)
            .count();
        out.push(shared as u8);
        out.extend_from_slice(&w[shared..]);
        last = w;
    }
    out
}

/// The lines of a list that are words: not comments, not empty.
fn list_words(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Moves the word lists of a generated file (`static NAME: &str = "...";` lines) into
/// `text`, the one text that holds them all, and points each static at its part
/// (`crate::detect::coded::part`, evaluated at compile time). Kept together, the lists
/// gzip about 2 KB smaller than scattered among the binary tables, and a list that is
/// already in `text` (the same words in two detectors) is stored once.
fn pool_lists(source: &str, text: &mut String, packed: bool) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        let list = line
            .strip_prefix("static ")
            .and_then(|l| l.split_once(": &str = \""))
            .and_then(|(name, rest)| Some((name, rest.strip_suffix("\";")?)));
        match list {
            Some((name, literal)) => {
                let words = unescape(literal);
                let start = text.find(&words).unwrap_or_else(|| {
                    text.push_str(&words);
                    text.len() - words.len()
                });
                let end = start + words.len();
                if packed {
                    // Read at run time: in the wasm the text arrives with the package's
                    // `rules.js` (src/detect/coded.rs, `packed`).
                    out.push_str(&format!(
                        "#[allow(non_snake_case)]\nfn {name}() -> &'static str {{ crate::detect::coded::packed({start}, {end}) }}\n"
                    ));
                } else {
                    out.push_str(&format!(
                        "static {name}: &str = crate::detect::coded::part({start}, {end});\n"
                    ));
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The text of a string literal as `{:?}` writes it (without its quotes).
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(c @ ('\\' | '"' | '\'')) => out.push(c),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("a \\u{..} escape");
                out.push(char::from_u32(code).expect("a char"));
            }
            other => panic!("unexpected escape {other:?} in a generated list"),
        }
    }
    out
}

/// The built-in policies (`src/policy/presets/`) as Rust statics: for each rule its
/// guideline section and its adult and teen severities (`None`: the default of rules.md).
/// A rule id the engine does not know fails the build.
fn presets() -> String {
    let mut out = String::new();
    for preset in ["default", "imo", "calimero"] {
        let path = format!("src/policy/presets/{preset}.tsv");
        let mut rows = Vec::new();
        for line in read(&path).lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let id = cols.next().unwrap_or_default();
            let variant: String = id
                .split(['.', '_'])
                .map(|w| {
                    let mut c = w.chars();
                    let first = c.next().unwrap_or_else(|| panic!("{path}: bad rule {id}"));
                    first.to_ascii_uppercase().to_string() + c.as_str()
                })
                .collect();
            let guideline = match cols.next() {
                None | Some("") => "None".to_string(),
                Some(g) => format!("Some({g:?})"),
            };
            let mut severity = || match cols.next() {
                None | Some("") | Some("-") => "None".to_string(),
                Some(s @ ("off" | "info" | "warn" | "block")) => {
                    format!("Some(Severity::{}{})", s[..1].to_uppercase(), &s[1..])
                }
                Some(s) => panic!("{path}: bad severity {s}"),
            };
            let (adult, teen) = (severity(), severity());
            rows.push(format!("(RuleId::{variant}, {guideline}, {adult}, {teen})"));
        }
        out.push_str(&format!(
            "static PRESET_{}: &[PresetRow] = &[{}];\n",
            preset.to_uppercase(),
            rows.join(", ")
        ));
    }
    out
}

/// The lexicon files (`src/data/lexicons/*.tsv`) as `(file name, text)`, by name.
fn lexicons() -> Vec<(String, String)> {
    let dir = "src/data/lexicons";
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("tsv"))
        .map(|p| {
            let name = p.display().to_string();
            let text = read(&name);
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// The ranks of the most frequent words of nine languages (the wordfreq fixtures of the
/// lexicon tests, most frequent first) and of the lexicon phrases' words in four more
/// (`src/data/lexicons/word_ranks.txt`), folded as the lexicons are: the lower rank of a
/// word in several lists. The lexicon phrases are anchored on their rarest word.
fn word_ranks() -> std::collections::HashMap<String, usize> {
    let mut ranks = std::collections::HashMap::new();
    for line in read("src/data/lexicons/word_ranks.txt").lines() {
        if let Some((rank, word)) = line.split_once('\t') {
            if let Ok(rank) = rank.parse::<usize>() {
                ranks.insert(lexicon_skeleton::entry(word), rank);
            }
        }
    }
    for lang in ["en", "es", "pt", "fr", "de", "id", "tr", "it", "nl"] {
        let text = read(&format!("tests/fixtures/lexicons/wordfreq_{lang}.txt"));
        for (rank, word) in text.lines().enumerate() {
            let word = lexicon_skeleton::entry(word.trim());
            let r = ranks.entry(word).or_insert(rank + 1);
            *r = (*r).min(rank + 1);
        }
    }
    ranks
}

/// Writes the generated file `name` into `OUT_DIR`.
fn write(out: &str, name: &str, source: impl AsRef<[u8]>) {
    std::fs::write(Path::new(out).join(name), source).expect("OUT_DIR is writable");
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for module in [
        "address",
        "bank_account",
        "email",
        "national_id",
        "payment_card",
        "phone",
        "phrase_rules",
    ] {
        println!("cargo:rerun-if-changed=src/detect/privacy/{module}/table.rs");
    }
    for module in ["links", "scam", "spam/link", "lexicon_rules"] {
        println!("cargo:rerun-if-changed=src/detect/{module}/table.rs");
    }
    println!("cargo:rerun-if-changed=src/detect/lexicon_rules/skeleton.rs");
    let generated = [
        (
            "address_tables.rs",
            address_table::generate(
                &read("src/data/address_words.tsv"),
                &read("src/data/postcodes.tsv"),
            ),
        ),
        (
            "bank_account_tables.rs",
            bank_account_table::generate(
                &read("src/data/bank_words.tsv"),
                &read("src/data/bank_codes.tsv"),
                &read("src/data/upi_handles.txt"),
            ),
        ),
        (
            "iban_tables.rs",
            bank_account_table::generate_iban(&read("src/data/iban.tsv")),
        ),
        (
            "email_tables.rs",
            email_table::generate(&read("src/data/email.tsv")),
        ),
        (
            "national_id_tables.rs",
            national_id_table::generate(
                &read("src/data/national_ids.tsv"),
                &read("src/data/national_id_words.tsv"),
            ),
        ),
        (
            "payment_card_tables.rs",
            payment_card_table::generate(&read("src/data/card_iin.tsv")),
        ),
        (
            "credentials_tables.rs",
            phrase_rules_table::credentials(&read("src/data/credentials.tsv")),
        ),
        (
            "social_handle_tables.rs",
            phrase_rules_table::social_handle(&read("src/data/social_handle.tsv")),
        ),
        (
            "request_tables.rs",
            phrase_rules_table::request(&read("src/data/request.tsv")),
        ),
        (
            // The English messages for incoming text (src/policy/settings.rs): every
            // filter reads the outgoing ones, only a check of received text these.
            "message_tables.rs",
            format!(
                "static EN_INCOMING: &str = {:?};\n",
                english_incoming(&read("src/policy/messages/en.tsv"))
            ),
        ),
        (
            // The teen rules' word tables (src/detect/teen.rs), without their comments.
            "teen_tables.rs",
            format!(
                "static TEEN_AGE: &str = {:?};\nstatic TEEN_SIGNALS: &str = {:?};\n",
                uncommented(&read("src/data/teen_age.tsv")),
                uncommented(&read("src/data/teen_signals.tsv"))
            ),
        ),
        (
            "phone_tables.rs",
            phone_table::generate(
                &read("src/data/phone_codes.tsv"),
                &read("src/data/phone_national.tsv"),
                &read("src/data/phone_words.tsv"),
            ),
        ),
        (
            "links_tables.rs",
            links_table::generate(&read("src/data/links.tsv")),
        ),
        (
            "link_tables.rs",
            link_table::generate(
                &read("src/data/link_hosts.tsv"),
                &read("src/data/link_words.tsv"),
            ),
        ),
        (
            "scam_tables.rs",
            scam_table::generate(&read("src/data/scam.tsv")),
        ),
        (
            "lexicon_tables.rs",
            lexicon_table::generate(&lexicons(), &word_ranks()),
        ),
    ];
    // The phrase and word lists of the rules that read them through one phrase search or
    // link judge (privacy.credentials, privacy.social_handle, privacy.request, spam.link,
    // scam.*, and the teen rules' tables), which a policy can turn off, ship beside the
    // wasm as a data module
    // (`rules.js`, written by examples/rule_pack.rs from `pack.txt`); the others are in the
    // wasm.
    let (mut text, mut pack) = (String::new(), String::new());
    for (name, source) in generated {
        let packed = matches!(
            name,
            "link_tables.rs"
                | "scam_tables.rs"
                | "credentials_tables.rs"
                | "social_handle_tables.rs"
                | "request_tables.rs"
                | "teen_tables.rs"
                | "message_tables.rs"
        );
        let pool = if packed { &mut pack } else { &mut text };
        write(&out, name, pool_lists(&source, pool, packed));
    }
    write(&out, "pack.txt", &pack);
    write(
        &out,
        "pack_check.rs",
        format!(
            "/// The length and hash (FNV-1a by words) of `pack.txt`: a data module of another build is refused.\nconst PACK_CHECK: (usize, u64) = ({}, {});\n",
            pack.len(),
            fnv(pack.as_bytes())
        ),
    );
    for list in ["bip39_english", "tlds"] {
        let coded = front_code(list_words(&read(&format!("src/data/{list}.txt"))));
        write(&out, &format!("{list}.coded"), &coded);
        if list == "bip39_english" {
            // Next to the other lists it gzips 400 bytes smaller than on its own. (Its
            // bytes are ASCII letters and counts below 0x20, so text; the top-level
            // domains are not: a count can cut a character.)
            let start = text.len();
            text.push_str(std::str::from_utf8(&coded).expect("ASCII words"));
            write(
                &out,
                &format!("{list}.rs"),
                format!(
                    "{{ const CODED: &str = crate::detect::coded::part({start}, {}); CODED.as_bytes() }}",
                    text.len()
                ),
            );
        }
    }
    write(&out, "lists.txt", text);
    write(&out, "presets.rs", presets());
    for dir in ["src/data", "src/policy/messages", "src/policy/presets"] {
        println!("cargo:rerun-if-changed={dir}");
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("tsv" | "txt")
            ) {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            // English messages for incoming text travel in the data module (see
            // `english_incoming`), not in the table the wasm embeds.
            let english = path.ends_with("src/policy/messages/en.tsv");
            let kept: String = text
                .lines()
                .filter(|l| !(l.starts_with('#') || english && is_incoming(l)))
                .flat_map(|l| [l, "\n"])
                .collect();
            let target = Path::new(&out).join(&path);
            std::fs::create_dir_all(target.parent().expect("a parent"))
                .expect("OUT_DIR is writable");
            std::fs::write(&target, kept).expect("OUT_DIR is writable");
        }
    }
}

/// The check of the data module (`pack_check.rs`), as the wasm computes it
/// (`coded::pack_hash`): FNV-1a's steps over `bytes` read eight at a time
/// (little-endian), then over the last few one by one.
fn fnv(bytes: &[u8]) -> u64 {
    let step = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0000_0100_0000_01b3);
    let words = bytes.chunks_exact(8);
    let last = words.remainder();
    let h = words.fold(0xcbf2_9ce4_8422_2325, |h, w| {
        step(h, u64::from_le_bytes(w.try_into().expect("eight bytes")))
    });
    last.iter().fold(h, |h, &b| step(h, u64::from(b)))
}
