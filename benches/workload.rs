//! The benchmark workload (benches/workload/README.md), built the same way as in Node.
//! Shared by benches/native.rs and tests/adversarial.rs.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/workload")
}

/// The texts of a `.jsonl` workload file (`short` or `medium`).
pub fn messages(name: &str) -> Vec<String> {
    let path = dir().join(format!("{name}.jsonl"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("workload line");
            v["text"].as_str().expect("text").to_string()
        })
        .collect()
}

/// The long pastes: the short lines in file order, over and over, joined with `\n`,
/// cut into pieces of at least 100 KiB ending at a line end; the first three.
pub fn long_pastes() -> Vec<String> {
    let mut pieces = Vec::new();
    let mut cur = String::new();
    for line in messages("short").iter().cycle() {
        if !cur.is_empty() {
            cur.push('\n');
        }
        cur.push_str(line);
        if cur.len() >= 102_400 {
            pieces.push(std::mem::take(&mut cur));
            if pieces.len() == 3 {
                break;
            }
        }
    }
    pieces
}

/// The adversarial inputs: `(name, text)`, each unit repeated to fill 1 MiB.
pub fn adversarial() -> Vec<(String, String)> {
    let path = dir().join("adversarial.json");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let bytes = v["bytes"].as_u64().unwrap() as usize;
    v["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let unit = i["unit"].as_str().unwrap();
            (
                i["name"].as_str().unwrap().to_string(),
                unit.repeat(bytes.div_ceil(unit.len())),
            )
        })
        .collect()
}
