// The Node and headless-Chromium benchmark of the npm package, beside peer libraries.
//
//   make bench-node                  (installs pkg/ here with npm ci --install-links, then runs this)
//   node benches/node/bench.js [--quick] [--no-browser]
//
// Uses the package exactly as a client does (`import { createFilter } from "sendsafe"`),
// asserts every answer it times (a wrong answer exits non-zero), reports each budget as
// PASS/MISS without failing on a MISS, and writes benches/results/{node.json,README.md,chart.svg}.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import os from "node:os";
import { createFilter } from "sendsafe";
import { OPTIONS, PROBE, assertProbe, percentile, median, max, mean } from "./common.js";
import { messages, longPastes, adversarial, knownPrivate, is200, utf8 } from "./workload.js";
import { peers, CLEAN } from "./peers.js";
import { runBrowser } from "./browser.js";
import { writeReport, budgets, summary } from "./report.js";

const QUICK = process.argv.includes("--quick"); // a smoke run: fewer rounds, numbers not committed
const BROWSER = !process.argv.includes("--no-browser");
const ROUNDS = QUICK
  ? { fresh: 3, later: 10, short: 3, s200: 30, medium: 3, long: 3, adversarial: 1, peerShort: 2, peerMedium: 2, peerLong: 2 }
  : { fresh: 15, later: 100, short: 40, s200: 500, medium: 50, long: 30, adversarial: 3, peerShort: 15, peerMedium: 20, peerLong: 15 };

const PKG = new URL("node_modules/sendsafe/", import.meta.url);
const REPO_PKG = new URL("../../pkg/", import.meta.url);
const RESULTS = new URL("../results/", import.meta.url);
const us = (ms) => ms * 1000;
const log = (...a) => console.error(...a); // progress on stderr, the summary on stdout

// ---------------------------------------------------------------------------------------------
// The workload and the answers it must get

const short = messages("short");
const medium = messages("medium");
const long = longPastes(short);
const adv = adversarial();
const lines200 = short.filter(is200);
const knownShort = short.map(knownPrivate);
const expected = {
  shortLinesWithKnown: knownShort.filter((k) => k.length > 0).length,
  shortKnownOccurrences: knownShort.reduce((n, k) => n + k.length, 0),
  mediumKnownOccurrences: medium.reduce((n, m) => n + knownPrivate(m).length, 0),
  longKnownOccurrences: long.reduce((n, m) => n + knownPrivate(m).length, 0),
};
assert.ok(expected.shortLinesWithKnown > 100, "the short workload carries known e-mails and IBANs");
assert.ok(long.length >= 1 && long.every((p) => utf8(p) >= 102_400), "long pastes of at least 102,400 bytes");
assert.ok(lines200.length > 0, "some short lines have 150-200 characters");

const isLowSurrogate = (text, i) => i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
const VERDICTS = new Set(["allow", "warn", "block"]);
/** A report is well formed: a verdict, findings sorted, offsets inside the text on code points. */
function assertReport(text, report, what) {
  assert.ok(VERDICTS.has(report.verdict), `${what}: verdict ${report.verdict}`);
  let last = 0;
  for (const f of report.findings) {
    assert.ok(f.start >= last, `${what}: findings sorted`);
    assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${what}: offsets in range`);
    assert.ok(!isLowSurrogate(text, f.start) && !isLowSurrogate(text, f.end), `${what}: offsets on code points`);
    last = f.start;
  }
}
/** Every known e-mail and IBAN in `text` is a finding of its rule with exactly its offsets. */
function assertKnownFound(text, report, what, known = knownPrivate(text)) {
  for (const k of known) {
    const hit = report.findings.some((f) => f.rule === k.rule && f.start === k.start && f.end === k.end);
    assert.ok(hit, `${what}: missed ${k.rule} ${JSON.stringify(text.slice(k.start, k.end))} in ${JSON.stringify(text.slice(0, 120))}`);
  }
  return known.length;
}

// ---------------------------------------------------------------------------------------------
// Package, machine

const sha256 = (buf) => createHash("sha256").update(buf).digest("hex");
const gzip9 = (buf) => execFileSync("gzip", ["-9c"], { input: buf, maxBuffer: 1 << 26 }).length;
const git = (...args) => {
  try {
    return execFileSync("git", args, { cwd: new URL("../..", import.meta.url), encoding: "utf8" }).trim();
  } catch {
    return null;
  }
};

function packageInfo() {
  const wasm = readFileSync(new URL("sendsafe_wasm_bg.wasm", PKG));
  const repoWasm = existsSync(new URL("sendsafe_wasm_bg.wasm", REPO_PKG))
    ? readFileSync(new URL("sendsafe_wasm_bg.wasm", REPO_PKG))
    : null;
  const installedSame = repoWasm !== null && sha256(repoWasm) === sha256(wasm);
  if (!installedSame) log("warning: pkg/ changed since `npm ci` installed it here; measuring the installed copy");
  return {
    name: "sendsafe",
    version: JSON.parse(readFileSync(new URL("package.json", PKG), "utf8")).version,
    wasmSha256: sha256(wasm),
    installedMatchesPkg: installedSame,
    gitCommit: git("rev-parse", "--short=12", "HEAD"),
    // The engine sources may be mid-change in the work tree when the bench runs.
    gitDirtyEngine: git("status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock", "pkg-template") !== "",
    options: OPTIONS,
  };
}

function jsUnder(dir) {
  const root = new URL(dir, PKG);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => dir + f);
}

function sizes() {
  // The JS a client loads: the glue, the core and both entries, any wasm-bindgen snippets,
  // and the data modules a filter of the presets loads (rules.js: phrase and word lists;
  // lexicons.js: the guideline lexicons; the wasm leaves both out).
  const data = ["rules.js", "lexicons.js"].filter((f) => existsSync(new URL(f, PKG)));
  const JS = ["sendsafe_wasm.js", "core.js", "index.js", "node.js", ...jsUnder("snippets/"), ...data];
  const files = {};
  for (const name of ["sendsafe_wasm_bg.wasm", ...JS]) {
    const buf = readFileSync(new URL(name, PKG));
    files[name] = { raw: buf.length, gzip9: gzip9(buf) };
  }
  const js = {
    raw: JS.reduce((n, f) => n + files[f].raw, 0),
    gzip9: JS.reduce((n, f) => n + files[f].gzip9, 0), // each file gzipped, as each is served
  };
  const wasm = files["sendsafe_wasm_bg.wasm"];
  // Messages in the languages other than English: a filter loads one of them, only when
  // it asks for that language, so each adds to a page's download on its own.
  const messages = {};
  for (const name of jsUnder("messages/")) {
    const buf = readFileSync(new URL(name, PKG));
    messages[name] = { raw: buf.length, gzip9: gzip9(buf) };
  }
  return { files, wasm, js, total: { raw: wasm.raw + js.raw, gzip9: wasm.gzip9 + js.gzip9 }, messages };
}

function machine() {
  const osRelease = (() => {
    try {
      return readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1];
    } catch {
      return null;
    }
  })();
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism?.() ?? os.cpus().length,
    ramBytes: os.totalmem(),
    os: `${osRelease ?? os.type()} (${os.type()} ${os.release()} ${os.arch()})`,
    node: process.version,
    v8: process.versions.v8,
    chromium: null, // filled by the browser part
    date: new Date().toISOString(),
  };
}

/**
 * CPU ticks of the whole machine and of this process with its waited-for children (the fresh
 * Node processes, Chromium), from /proc: what other processes took during the run tells
 * whether its numbers are trustworthy on a shared 2-core machine. Null where there is no /proc.
 */
function cpuTicks() {
  try {
    const all = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = all[3] + (all[4] ?? 0);
    const total = all.reduce((a, b) => a + b, 0);
    // /proc/self/stat: fields after the ")" of the command; utime stime cutime cstime are 14-17.
    const self = readFileSync("/proc/self/stat", "utf8");
    const f = self.slice(self.lastIndexOf(")") + 2).split(" ").map(Number);
    const mine = f[11] + f[12] + f[13] + f[14];
    return { busy: total - idle, mine, at: performance.now() };
  } catch {
    return null;
  }
}

function otherLoad(start, end) {
  if (!start || !end) return null;
  const seconds = (end.at - start.at) / 1000;
  const ticksPerSecond = 100; // USER_HZ on Linux
  const otherCores = (end.busy - start.busy - (end.mine - start.mine)) / ticksPerSecond / seconds;
  return { otherCores: Math.max(0, otherCores), seconds, loadAvgEnd: os.loadavg()[0] };
}

// ---------------------------------------------------------------------------------------------
// Fresh processes: the first createFilter, its steps, memory

function child(mode, nodeFlags = []) {
  const out = execFileSync(process.execPath, [...nodeFlags, new URL("child.js", import.meta.url).pathname, mode], {
    cwd: new URL(".", import.meta.url),
    encoding: "utf8",
  });
  return JSON.parse(out);
}

function freshProcesses() {
  const first = [];
  const steps = [];
  const eager = []; // the same steps with V8 compiling every wasm function up front
  for (let i = 0; i < ROUNDS.fresh; i++) {
    first.push(child("first"));
    steps.push(child("breakdown"));
    if (i % 3 === 0) eager.push(child("breakdown", ["--no-wasm-lazy-compilation"]));
  }
  const pick = (rows, key) => rows.map((r) => r[key]);
  const summarize = (values) => ({ median: median(values), max: max(values), min: Math.min(...values), n: values.length });
  return {
    firstCreateMs: summarize(pick(first, "firstCreateMs")),
    importMs: summarize(pick(first, "importMs")),
    fetchGlobalsAfterMs: summarize(pick(first, "fetchGlobalsAfterMs")),
    steps: Object.fromEntries(["readMs", "compileMs", "instantiateMs", "importRulesMs", "importLexiconsMs", "newFilterMs", "secondFilterMs", "fetchGlobalsMs"].map((k) => [k, summarize(pick(steps, k))])),
    eagerSteps: Object.fromEntries(["compileMs", "newFilterMs"].map((k) => [k, summarize(pick(eager, k))])),
    memory: child("memory"),
  };
}

// ---------------------------------------------------------------------------------------------
// In this process

async function laterCreates() {
  const times = [];
  for (let i = 0; i < ROUNDS.later; i++) {
    const t0 = performance.now();
    const f = await createFilter(OPTIONS);
    times.push(performance.now() - t0);
    assertProbe(f.check(PROBE));
    f.free();
  }
  return { median: median(times), p90: percentile(times, 90), max: max(times), n: times.length };
}

/** Each check timed on its own: µs samples, and the findings count of one round (asserted equal every round). */
function perCheck(filter, texts, rounds) {
  const samples = new Float64Array(texts.length * rounds);
  let k = 0;
  let firstRound = -1;
  for (let r = 0; r < rounds; r++) {
    let findings = 0;
    for (let i = 0; i < texts.length; i++) {
      const t0 = performance.now();
      const report = filter.check(texts[i]);
      const t1 = performance.now();
      samples[k++] = us(t1 - t0);
      findings += report.findings.length;
    }
    if (firstRound === -1) firstRound = findings;
    assert.equal(findings, firstRound, "the same messages give the same findings every round");
  }
  return { samples, findings: firstRound };
}

/** Each message checked `repeat` times in a row, timed together: µs per check (as in the browser). */
function batchedPerMessage(filter, texts, rounds, repeat) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const t0 = performance.now();
      for (let j = 0; j < repeat; j++) filter.check(text);
      samples.push(us(performance.now() - t0) / repeat);
    }
  }
  return samples;
}

const dist = (samples) => ({
  p50: percentile(samples, 50),
  p90: percentile(samples, 90),
  p99: percentile(samples, 99),
  max: max(samples),
  mean: mean(samples),
  n: samples.length,
});

function verifyAnswers(filter) {
  // Every message once, untimed, checked in full; then the timed loops assert the same counts.
  const counts = {};
  let found = 0;
  short.forEach((text, i) => {
    const report = filter.check(text);
    assertReport(text, report, `short line ${i + 1}`);
    found += assertKnownFound(text, report, `short line ${i + 1}`, knownShort[i]);
  });
  assert.equal(found, expected.shortKnownOccurrences);
  counts.short = short.reduce((n, t) => n + filter.check(t).findings.length, 0);
  const linesWithPrivacy = short.filter((t) => filter.check(t).findings.some((f) => f.rule.startsWith("privacy."))).length;
  assert.ok(linesWithPrivacy >= expected.shortLinesWithKnown, "a privacy finding in every line with a known e-mail or IBAN");
  medium.forEach((text, i) => {
    const report = filter.check(text);
    assertReport(text, report, `medium message ${i + 1}`);
    assertKnownFound(text, report, `medium message ${i + 1}`);
  });
  counts.medium = medium.reduce((n, t) => n + filter.check(t).findings.length, 0);
  long.forEach((text, i) => {
    const report = filter.check(text);
    assertReport(text, report, `long paste ${i + 1}`);
    const n = assertKnownFound(text, report, `long paste ${i + 1}`);
    assert.ok(n > 0, "the long paste carries known private data");
  });
  counts.long = long.reduce((n, t) => n + filter.check(t).findings.length, 0);
  assert.deepEqual(filter.check(""), { verdict: "allow", findings: [] }, "empty text");
  const rules = new Set();
  for (const set of [short, medium, long]) for (const t of set) for (const f of filter.check(t).findings) rules.add(f.rule);
  return { counts, shortLinesWithPrivacyFinding: linesWithPrivacy, rulesFound: [...rules].sort() };
}

function latency(filter, answers) {
  // Warm up: every workload a few times, so the JIT and the wasm tiers have settled.
  for (let r = 0; r < 3; r++) for (const set of [short, medium, long]) for (const t of set) filter.check(t);
  const classes = {};
  const run = (name, texts, rounds, count) => {
    const { samples, findings } = perCheck(filter, texts, rounds);
    if (count !== undefined) assert.equal(findings, count, `${name}: findings count inside the timed loop`);
    classes[name] = { messages: texts.length, bytes: texts.reduce((n, t) => n + utf8(t), 0), ...dist(samples) };
    return samples;
  };
  const shortSamples = run("short", short, ROUNDS.short, answers.counts.short);
  run("200", lines200, ROUNDS.s200);
  run("medium", medium, ROUNDS.medium, answers.counts.medium);
  run("long", long, ROUNDS.long, answers.counts.long);

  // Where the time of a short line goes: split the samples by kind of line.
  const split = (pred) => {
    const out = [];
    for (let k = 0; k < shortSamples.length; k++) if (pred(k % short.length)) out.push(shortSamples[k]);
    return { lines: short.filter((_, i) => pred(i)).length, ...dist(out) };
  };
  const withFindings = new Set(short.map((t, i) => (filter.check(t).findings.length > 0 ? i : -1)).filter((i) => i >= 0));
  const ascii = (t) => /^[\x00-\x7f]*$/.test(t);
  const breakdown = {
    asciiLines: split((i) => ascii(short[i])),
    nonAsciiLines: split((i) => !ascii(short[i])),
    linesWithFindings: split((i) => withFindings.has(i)),
    linesWithoutFindings: split((i) => !withFindings.has(i)),
    emptyCheck: dist(perCheck(filter, Array(1000).fill(""), 10).samples),
    timerOverheadUs: timerOverhead(),
    // What string passing costs at least: UTF-8 encoding every message into a buffer.
    encodeUsPerMessage: Object.fromEntries(
      [["short", short], ["200", lines200], ["medium", medium], ["long", long]].map(([name, set]) => [name, encodeCost(set)]),
    ),
  };
  const batched = {
    repeat: 20,
    short: dist(batchedPerMessage(filter, short, 3, 20)),
    200: dist(batchedPerMessage(filter, lines200, 50, 20)),
  };
  return { classes, breakdown, batched };
}

function timerOverhead() {
  const d = [];
  for (let i = 0; i < 10_000; i++) {
    const a = performance.now();
    d.push(us(performance.now() - a));
  }
  return median(d);
}

function encodeCost(texts) {
  const enc = new TextEncoder();
  const buf = new Uint8Array(texts.reduce((n, t) => Math.max(n, t.length * 3), 0));
  const rounds = Math.max(3, Math.ceil(200_000 / texts.reduce((n, t) => n + t.length, 0)));
  let written = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) written += enc.encodeInto(t, buf).written;
  const t = performance.now() - t0;
  assert.equal(written, rounds * texts.reduce((n, x) => n + utf8(x), 0));
  return us(t) / (rounds * texts.length);
}

function throughput(filter, answers) {
  const bytes = long.reduce((n, t) => n + utf8(t), 0);
  const rates = [];
  for (let r = 0; r < ROUNDS.long; r++) {
    let findings = 0;
    const t0 = performance.now();
    for (const t of long) findings += filter.check(t).findings.length;
    const s = (performance.now() - t0) / 1000;
    assert.equal(findings, answers.counts.long, "long pastes: findings count inside the timed loop");
    rates.push(bytes / 1e6 / s);
  }
  return { bytes, pastes: long.length, mbPerS: median(rates), minMbPerS: Math.min(...rates), rounds: rates.length };
}

function adversarialTimes(filter) {
  return adv.map(({ name, unit, text }) => {
    const times = [];
    let findings = -1;
    for (let r = 0; r < ROUNDS.adversarial; r++) {
      const t0 = performance.now();
      const report = filter.check(text);
      times.push(performance.now() - t0);
      assertReport(text, report, `adversarial ${name}`);
      if (findings === -1) findings = report.findings.length;
      assert.equal(report.findings.length, findings, `adversarial ${name}: same answer every time`);
    }
    return { name, unit, bytes: utf8(text), findings, verdict: filter.check(text).verdict, medianMs: median(times), maxMs: max(times) };
  });
}

/** sendsafe and every peer on the same messages, interleaved round by round: mean µs per message. */
function peerComparison(filter, rulesFound) {
  const libs = [
    {
      name: "sendsafe",
      version: null,
      call: "filter.check(text)",
      checks: `every rule it ships, any language (preset imo); found here: ${rulesFound.join(", ")}`,
      run: (text) => filter.check(text).findings.length,
      flags: PROBE,
      info: false,
    },
    ...peers(),
  ];
  for (const lib of libs) {
    const flagged = lib.run(lib.flags);
    assert.ok(typeof flagged === "number" && flagged > 0, `${lib.name} flags ${JSON.stringify(lib.flags)}`);
    assert.equal(lib.run(CLEAN), 0, `${lib.name} leaves ${JSON.stringify(CLEAN)} alone`);
  }
  const workloads = { short, medium, long };
  const rounds = { short: ROUNDS.peerShort, medium: ROUNDS.peerMedium, long: ROUNDS.peerLong };
  const out = {};
  for (const [w, texts] of Object.entries(workloads)) {
    log(`  peers: ${w}`);
    const answer = libs.map((lib) => texts.reduce((n, t) => n + lib.run(t), 0)); // also the warm-up
    const means = libs.map(() => []);
    for (let r = 0; r < rounds[w]; r++) {
      for (let j = 0; j < libs.length; j++) {
        const i = (j + r) % libs.length; // rotate who goes first
        let n = 0;
        const t0 = performance.now();
        for (const t of texts) n += libs[i].run(t);
        const t1 = performance.now();
        assert.equal(n, answer[i], `${libs[i].name} on ${w}: same answer every round`);
        means[i].push(us(t1 - t0) / texts.length);
      }
    }
    out[w] = libs.map((lib, i) => ({ name: lib.name, meanUs: median(means[i]), found: answer[i] }));
    const self = out[w][0].meanUs;
    for (const row of out[w]) row.ratio = self / row.meanUs;
  }
  return {
    libraries: libs.map(({ name, version, call, checks, info }) => ({ name, version, call, checks, info })),
    workloads: out,
    messages: { short: short.length, medium: medium.length, long: long.length },
  };
}

/**
 * The native bench's latest numbers (benches/native.rs writes benches/results/native.json),
 * shown beside Node's to split wasm + JS boundary cost from engine cost. Read as found: it may
 * come from another build of the engine than the package measured here.
 */
function nativeResults() {
  const file = new URL("native.json", RESULTS);
  if (!existsSync(file)) return null;
  try {
    const n = JSON.parse(readFileSync(file, "utf8"));
    const lat = n.latency ?? {};
    const pick = (k) => (lat[k] ? { p50: lat[k].p50_us, p99: lat[k].p99_us } : null);
    return {
      file: "benches/results/native.json",
      modified: statSync(file).mtime.toISOString(),
      latency: { short: pick("short"), 200: pick("200 chars"), medium: pick("medium"), long: pick("long") },
      throughputMbPerS: n.throughput_mb_s ?? null,
      adversarialCheckMs: Object.fromEntries(Object.entries(n.adversarial ?? {}).map(([k, v]) => [k, v.check_ms])),
    };
  } catch (e) {
    log(`warning: could not read benches/results/native.json: ${e.message}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const ticks = cpuTicks();
  const loadAvgStart = os.loadavg()[0];
  const results = { quick: QUICK, package: packageInfo(), machine: machine() };
  results.workload = {
    short: { messages: short.length, bytes: short.reduce((n, t) => n + utf8(t), 0) },
    lines200: { messages: lines200.length, definition: "short lines of 150-200 characters (code points)" },
    medium: { messages: medium.length, bytes: medium.reduce((n, t) => n + utf8(t), 0) },
    long: { pastes: long.length, bytes: long.map(utf8), note: long.length < 3 ? `the short lines joined make ${short.reduce((n, t) => n + utf8(t) + 1, -1)} bytes: ${long.length} piece(s) of at least 102,400 bytes, not 3` : undefined },
    adversarial: { inputs: adv.length, bytes: adv.map((a) => utf8(a.text)) },
    expected,
  };
  log("sizes");
  results.sizes = sizes();
  log(`fresh processes (${ROUNDS.fresh} x first createFilter, ${ROUNDS.fresh} x its steps, memory)`);
  const fresh = freshProcesses();
  results.memory = fresh.memory;
  log("createFilter in this process");
  results.createFilter = {
    options: OPTIONS,
    first: fresh.firstCreateMs,
    importMs: fresh.importMs,
    // Whether the first createFilter loaded Node's fetch globals: touching them after it is then free.
    loadedFetchGlobals: fresh.fetchGlobalsAfterMs.median < 0.25 * fresh.steps.fetchGlobalsMs.median,
    firstSteps: fresh.steps,
    firstStepsEagerCompile: fresh.eagerSteps,
    later: await laterCreates(),
  };
  const filter = await createFilter(OPTIONS);
  assertProbe(filter.check(PROBE));
  log("answers");
  const answers = verifyAnswers(filter);
  results.answers = { ...answers, expected };
  log("latency");
  results.latency = latency(filter, answers);
  log("throughput");
  results.throughput = throughput(filter, answers);
  log("adversarial");
  results.adversarial = adversarialTimes(filter);
  log("peers");
  results.peers = peerComparison(filter, answers.rulesFound);
  filter.free();
  if (BROWSER) {
    log("chromium");
    results.chromium = await runBrowser({ pkgDir: PKG, short, lines200, knownShort, shortFindings: answers.counts.short, options: OPTIONS, probe: PROBE, quick: QUICK });
    results.machine.chromium = results.chromium.version;
  } else {
    results.chromium = null;
  }
  results.native = nativeResults();
  results.machine.otherProcesses = { ...otherLoad(ticks, cpuTicks()), loadAvgStart };
  if (results.machine.otherProcesses.otherCores > 0.25) {
    log(`warning: other processes used ${results.machine.otherProcesses.otherCores.toFixed(2)} cores on average during the run: the numbers are noisy; re-run on a quiet machine`);
  }
  results.budgets = budgets(results);
  results.runSeconds = (performance.now() - started) / 1000;

  console.log(summary(results));
  if (QUICK) {
    log("--quick: results not written");
    return;
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(new URL("node.json", RESULTS), JSON.stringify(results, null, 2) + "\n");
  writeReport(results, RESULTS);
  log(`wrote benches/results/node.json, README.md, chart.svg in ${results.runSeconds.toFixed(0)} s`);
}

await main();
