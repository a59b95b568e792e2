//! Copies the data tables the engine embeds (`src/data/`, the policy's messages and
//! presets) into `OUT_DIR` without their comment lines: the comments document the
//! tables for people and would otherwise ship in every wasm. The code embeds the copies
//! with the `data!` macro (src/lib.rs).
//!
//! Tables whose parsing would otherwise be code in every wasm are parsed here instead
//! and written out as Rust statics, which the detectors include: each detector's
//! `table.rs` is a module of this script (the parser lives next to the detector that
//! reads the result).

use std::path::Path;

#[path = "src/detect/privacy/address/table.rs"]
mod address_table;
#[path = "src/detect/privacy/bank_account/table.rs"]
mod bank_account_table;
#[path = "src/detect/privacy/email/table.rs"]
mod email_table;
#[path = "src/detect/privacy/national_id/table.rs"]
mod national_id_table;
#[path = "src/detect/privacy/payment_card/table.rs"]
mod payment_card_table;
#[path = "src/detect/privacy/phone/table.rs"]
mod phone_table;
#[path = "src/detect/privacy/phrase_rules/table.rs"]
mod phrase_rules_table;

/// A data table of the crate, with its comment lines (the parsers skip them).
fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Writes the generated source `name` into `OUT_DIR`.
fn write(out: &str, name: &str, source: &str) {
    std::fs::write(Path::new(out).join(name), source).expect("OUT_DIR is writable");
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/detect/privacy/address/table.rs");
    write(
        &out,
        "address_tables.rs",
        &address_table::generate(
            &read("src/data/address_words.tsv"),
            &read("src/data/postcodes.tsv"),
        ),
    );
    println!("cargo:rerun-if-changed=src/detect/privacy/bank_account/table.rs");
    write(
        &out,
        "bank_account_tables.rs",
        &bank_account_table::generate(
            &read("src/data/bank_words.tsv"),
            &read("src/data/bank_codes.tsv"),
        ),
    );
    write(
        &out,
        "iban_tables.rs",
        &bank_account_table::generate_iban(&read("src/data/iban.tsv")),
    );
    println!("cargo:rerun-if-changed=src/detect/privacy/email/table.rs");
    write(
        &out,
        "email_tables.rs",
        &email_table::generate(&read("src/data/email.tsv")),
    );
    println!("cargo:rerun-if-changed=src/detect/privacy/national_id/table.rs");
    write(
        &out,
        "national_id_tables.rs",
        &national_id_table::generate(
            &read("src/data/national_ids.tsv"),
            &read("src/data/national_id_words.tsv"),
        ),
    );
    println!("cargo:rerun-if-changed=src/detect/privacy/payment_card/table.rs");
    write(
        &out,
        "payment_card_tables.rs",
        &payment_card_table::generate(&read("src/data/card_iin.tsv")),
    );
    println!("cargo:rerun-if-changed=src/detect/privacy/phrase_rules/table.rs");
    write(
        &out,
        "credentials_tables.rs",
        &phrase_rules_table::credentials(&read("src/data/credentials.tsv")),
    );
    write(
        &out,
        "social_handle_tables.rs",
        &phrase_rules_table::social_handle(&read("src/data/social_handle.tsv")),
    );
    write(
        &out,
        "request_tables.rs",
        &phrase_rules_table::request(&read("src/data/request.tsv")),
    );
    println!("cargo:rerun-if-changed=src/detect/privacy/phone/table.rs");
    write(
        &out,
        "phone_tables.rs",
        &phone_table::generate(
            &read("src/data/phone_codes.tsv"),
            &read("src/data/phone_national.tsv"),
            &read("src/data/phone_words.tsv"),
        ),
    );
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
            let kept: String = text
                .lines()
                .filter(|l| !l.starts_with('#'))
                .flat_map(|l| [l, "\n"])
                .collect();
            let target = Path::new(&out).join(&path);
            std::fs::create_dir_all(target.parent().expect("a parent"))
                .expect("OUT_DIR is writable");
            std::fs::write(&target, kept).expect("OUT_DIR is writable");
        }
    }
}
