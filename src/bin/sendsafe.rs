//! `sendsafe`: the command line, for moderators trying a policy on exported chats
//! and for benchmarks. Never compiled into the wasm.
//!
//! ```text
//! sendsafe check [--preset P] [--teen] [--json] [--locale L] [--policy FILE] [FILE ...]
//! sendsafe policy [--preset P]
//! ```

use sendsafe::{CheckOptions, Filter, FilterOptions, Policy, Preset, Report};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  sendsafe check [--preset default|imo|calimero] [--teen] [--json] [--locale TAG] [--policy FILE] [FILE ...]
      Reads messages, one per line (plain text, or JSON lines with a \"text\" field),
      from the files or standard input, and prints one report per message.
  sendsafe policy [--preset default|imo|calimero]
      Prints the preset as a policy JSON document to start a platform's own from.";

struct Args {
    command: String,
    preset: Preset,
    teen: bool,
    json: bool,
    locale: Option<String>,
    policy: Option<String>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or("missing command")?;
    let mut a = Args {
        command,
        preset: Preset::Default,
        teen: false,
        json: false,
        locale: None,
        policy: None,
        files: vec![],
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--preset" => {
                let p = it.next().ok_or("--preset needs a value")?;
                a.preset = Preset::parse(&p).ok_or(format!("unknown preset `{p}`"))?;
            }
            "--teen" => a.teen = true,
            "--json" => a.json = true,
            "--locale" => a.locale = Some(it.next().ok_or("--locale needs a value")?),
            "--policy" => a.policy = Some(it.next().ok_or("--policy needs a file")?),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.files.push(arg),
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("sendsafe: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match args.command.as_str() {
        "check" => check(&args),
        "policy" => serde_json::to_string_pretty(&Policy::preset(args.preset))
            .map_err(|e| e.to_string())
            .map(|json| println!("{json}")),
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sendsafe: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check(args: &Args) -> Result<(), String> {
    let policy = match &args.policy {
        Some(path) => {
            let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            Some(Policy::from_json(&json).map_err(|e| format!("{path}: {e}"))?)
        }
        None => None,
    };
    let options = FilterOptions {
        preset: Some(args.preset),
        teen: Some(args.teen),
        locale: args.locale.clone(),
        policy,
    };
    let filter = Filter::with_options(options).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut n = 0;
    let mut each = |line: String| -> Result<(), String> {
        n += 1;
        let text = message_text(&line);
        let report = filter.check(&text, &CheckOptions::default());
        print_report(&mut out, n, &text, &report, args.json).map_err(|e| e.to_string())
    };
    if args.files.is_empty() {
        for line in io::stdin().lock().lines() {
            each(line.map_err(|e| e.to_string())?)?;
        }
    } else {
        for path in &args.files {
            let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
            for line in io::BufReader::new(file).lines() {
                each(line.map_err(|e| format!("{path}: {e}"))?)?;
            }
        }
    }
    Ok(())
}

/// A JSON line with a "text" field gives its text; any other line is the message itself.
fn message_text(line: &str) -> String {
    if line.trim_start().starts_with('{') {
        if let Ok(serde_json::Value::Object(obj)) = serde_json::from_str::<serde_json::Value>(line)
        {
            if let Some(serde_json::Value::String(text)) = obj.get("text") {
                return text.clone();
            }
        }
    }
    line.to_string()
}

fn print_report(
    out: &mut impl Write,
    n: usize,
    text: &str,
    report: &Report,
    json: bool,
) -> io::Result<()> {
    if json {
        let value = serde_json::json!({ "line": n, "verdict": report.verdict, "findings": report.findings });
        return writeln!(out, "{value}");
    }
    let verdict = serde_json::to_value(report.verdict)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    writeln!(out, "{n}: {verdict}")?;
    for f in &report.findings {
        let kind = f.kind.map(|k| format!(" [{k}]")).unwrap_or_default();
        writeln!(
            out,
            "    {} {}{kind} {:?}: {}",
            f.severity.as_str(),
            f.rule,
            &text[f.bytes.range()],
            f.message
        )?;
    }
    Ok(())
}
