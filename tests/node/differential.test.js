// Native and wasm give the same report for the same text. Every text of tests/data, of the
// fixtures and of the benchmark workload is checked by the command-line tool (the Rust
// engine built natively, JSON output) and by the npm package, under each preset and in
// teen-safety mode, and the two reports must agree on everything a client reads: verdict,
// and each finding's rule, kind, severity, UTF-16 offsets, guideline and message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createFilter } from "sendsafe";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODES = [
  { preset: "default", teen: false },
  { preset: "imo", teen: false },
  { preset: "calimero", teen: false },
  { preset: "imo", teen: true },
];
// A lone surrogate cannot travel through UTF-8 to the native tool (the package checks it
// as U+FFFD; tests/node/offsets.test.js covers that case).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The JSON-lines files under `dir`, recursively. */
function jsonlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsonlFiles(path));
    else if (name.endsWith(".jsonl")) out.push(path);
  }
  return out;
}

/** Every distinct text: a line's `text` (marks stripped) and `value` fields. */
function texts() {
  const seen = new Set();
  const dirs = ["tests/data", "tests/fixtures", "benches/workload"].map((d) => join(ROOT, d));
  for (const file of dirs.flatMap(jsonlFiles)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const v = JSON.parse(line);
      for (const t of [v.text, v.value]) {
        if (typeof t !== "string") continue;
        const text = t.replace(/[\u27e6\u27e7]/g, "");
        if (text !== "" && !LONE_SURROGATE.test(text)) seen.add(text);
      }
    }
  }
  return [...seen];
}

/** The native command-line tool, built by cargo (a no-op when `cargo test` built it). */
function nativeTool() {
  execFileSync("cargo", ["build", "--quiet", "--bin", "sendsafe"], { cwd: ROOT, stdio: "inherit" });
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, "target");
  return join(target, "debug", process.platform === "win32" ? "sendsafe.exe" : "sendsafe");
}

/** What a client reads of a report, in one comparable form. */
function shape(report) {
  return {
    verdict: report.verdict,
    findings: report.findings.map((f) => [f.rule, f.kind ?? null, f.severity, f.start, f.end, f.guideline, f.message]),
  };
}

const all = texts();
const tool = nativeTool();
const dir = mkdtempSync(join(tmpdir(), "sendsafe-diff-"));
const input = join(dir, "texts.jsonl");
writeFileSync(input, all.map((text) => JSON.stringify({ text })).join("\n") + "\n");

test("the differential set is large", () => {
  assert.ok(all.length > 10_000, `${all.length} texts`);
});

for (const { preset, teen } of MODES) {
  test(`native and wasm agree on every text: preset ${preset}, teen ${teen}`, async (t) => {
    const args = ["check", "--json", "--preset", preset, ...(teen ? ["--teen"] : []), input];
    const out = execFileSync(tool, args, { maxBuffer: 1 << 30, encoding: "utf8" });
    const native = out.trimEnd().split("\n").map((l) => JSON.parse(l));
    assert.equal(native.length, all.length, "one native report per text");
    const filter = await createFilter({ preset, teen });
    const differ = [];
    let findings = 0;
    all.forEach((text, i) => {
      const a = shape(native[i]);
      const b = shape(filter.check(text));
      findings += b.findings.length;
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${JSON.stringify(text)}\n  native ${JSON.stringify(a)}\n  wasm   ${JSON.stringify(b)}`);
    });
    filter.free();
    t.diagnostic(`${all.length} texts, ${findings} findings`);
    assert.ok(findings > 1000, `only ${findings} findings: is the native tool reading the texts?`);
    assert.equal(differ.length, 0, `${differ.length} texts differ:\n${differ.slice(0, 10).join("\n")}`);
  });
}

test("clean up", () => rmSync(dir, { recursive: true, force: true }));
