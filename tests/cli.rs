//! The `sendsafe` command line: plain and JSON-lines input, JSON output, policies, errors.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sendsafe"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn one_report_per_line() {
    let (code, out, _) = run(
        &["check", "--preset", "imo"],
        "hello\nmail ana at gmail dot com\n",
    );
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "1: allow");
    assert_eq!(lines[1], "2: warn");
    assert!(
        lines[2].contains("privacy.email [obfuscated] \"ana at gmail dot com\""),
        "{out}"
    );
}

#[test]
fn json_lines_in_and_out() {
    let input = "{\"text\":\"😀 IBAN DE89 3704 0044 0532 0130 00\"}\n";
    let (code, out, _) = run(&["check", "--json", "--teen"], input);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["verdict"], "block");
    let f = &v["findings"][0];
    assert_eq!(
        (f["rule"].as_str(), f["kind"].as_str()),
        (Some("privacy.bank_account"), Some("iban"))
    );
    assert_eq!(
        (f["start"].as_u64(), f["end"].as_u64()),
        (Some(8), Some(35))
    );
    assert_eq!(
        (f["bytes"]["start"].as_u64(), f["bytes"]["end"].as_u64()),
        (Some(10), Some(37))
    );
}

#[test]
fn policy_file_and_its_errors() {
    let dir = std::env::temp_dir().join(format!("sendsafe-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::write(&good, r#"{"allow":{"domains":["example.org"]}}"#).unwrap();
    let (code, out, _) = run(
        &["check", "--policy", good.to_str().unwrap()],
        "ana@example.org\n",
    );
    assert_eq!((code, out.trim()), (0, "1: allow"));
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"rules":{"privacy.emial":{}}}"#).unwrap();
    let (code, _, err) = run(&["check", "--policy", bad.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("policy.rules.privacy.emial"), "{err}");
    // Terms added to a lexicon rule, and one given to a rule that takes none.
    let terms = dir.join("terms.json");
    std::fs::write(
        &terms,
        r#"{"rules":{"abuse.profanity":{"terms":["frak"],"allow":["crap"]}}}"#,
    )
    .unwrap();
    let (code, out, _) = run(
        &["check", "--policy", terms.to_str().unwrap()],
        "f r a k\ncrap\n",
    );
    assert_eq!(code, 0);
    assert!(
        out.contains(r#"abuse.profanity [lexicon] "f r a k""#),
        "{out}"
    );
    assert!(out.trim_end().ends_with("2: allow"), "{out}");
    std::fs::write(&bad, r#"{"rules":{"privacy.email":{"terms":["frak"]}}}"#).unwrap();
    let (code, _, err) = run(&["check", "--policy", bad.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("policy.rules.privacy.email.terms"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn preset_as_policy_and_usage_errors() {
    let (code, out, _) = run(&["policy", "--preset", "calimero"], "");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["rules"]["abuse.threat"]["guideline"], "No Threats");
    let (code, _, err) = run(&["check", "--preset", "nope"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown preset `nope`"), "{err}");
}
