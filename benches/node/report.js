// Budgets, the printed summary, and benches/results/{README.md,chart.svg} from the results
// object that bench.js builds. `node benches/node/report.js` rewrites README.md and chart.svg
// from a committed node.json without measuring again.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const KB = 1000; // budgets in decimal units: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes

// ---------------------------------------------------------------------------------------------
// Budgets: PASS/MISS with the margin. A MISS is reported, never a failed run.

const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : String(v));
/** A ratio with two significant digits below 0.1 (0.0046×), two decimals otherwise. */
const ratioText = (v) => (v < 0.1 ? Number(v.toPrecision(2)).toString() : v.toFixed(2)) + "×";
const withUnit = (v, unit, digits) => `${fmt(v, digits)}${unit === "×" ? "" : " "}${unit}`;
const atMost = (value, limit, unit, digits = 1) => ({
  value,
  limit,
  pass: value <= limit,
  measured: withUnit(value, unit, digits),
  margin: `${withUnit(Math.abs(limit - value), unit, digits)} ${value <= limit ? "under" : "over"} (${fmt((100 * Math.abs(limit - value)) / limit, 0)}%)`,
});
const atLeast = (value, limit, unit, digits = 1) => ({
  value,
  limit,
  pass: value >= limit,
  measured: withUnit(value, unit, digits),
  margin: `${withUnit(Math.abs(value - limit), unit, digits)} ${value >= limit ? "above" : "short"} (${fmt((100 * Math.abs(value - limit)) / limit, 0)}%)`,
});

export function budgets(r) {
  const out = [];
  const add = (name, limitText, check) => out.push({ name, limitText, ...check });
  add("gzipped .wasm + JS glue (gzip -9, each file)", "≤ 150 KB", { ...atMost(r.sizes.total.gzip9 / KB, 150, "KB"), exact: true });
  add(`first createFilter in a fresh Node process (median of ${r.createFilter.first.n}; max ${fmt(r.createFilter.first.max)} ms)`, "≤ 30 ms", atMost(r.createFilter.first.median, 30, "ms", 2));
  add(`later createFilter in the same process (median of ${r.createFilter.later.n})`, "≤ 10 ms", atMost(r.createFilter.later.median, 10, "ms", 2));
  const c200 = r.latency.classes["200"];
  add(`200-character chat line, Node p50 (${c200.messages} lines of 150-200 chars)`, "≤ 10 µs", atMost(c200.p50, 10, "µs"));
  add("200-character chat line, Node p99", "≤ 50 µs", atMost(c200.p99, 50, "µs"));
  add("long text through the npm API (median of rounds)", "≥ 50 MB/s", atLeast(r.throughput.mbPerS, 50, "MB/s", 2));
  const worst = r.adversarial.reduce((a, b) => (b.maxMs > a.maxMs ? b : a));
  add(`every adversarial 1 MiB input (slowest: ${worst.name}, max of runs)`, "≤ 100 ms", atMost(worst.maxMs, 100, "ms"));
  for (const [peer, limit] of [["obscenity", 1], ["linkify-it", 2], ["libphonenumber-js", 2]]) {
    const ratios = Object.entries(r.peers.workloads).map(([w, rows]) => [w, rows.find((x) => x.name === peer).ratio]);
    const [worstW, worstRatio] = ratios.reduce((a, b) => (b[1] > a[1] ? b : a));
    const words = limit === 1 ? "at least as fast as" : `within ${limit}× of`;
    add(
      `${words} ${peer}: sendsafe time / ${peer} time (${ratios.map(([w, x]) => `${w} ${ratioText(x)}`).join(", ")})`,
      `≤ ${limit}× on each`,
      { ...atMost(worstRatio, limit, "×", 2), measured: `${fmt(worstRatio, 2)}× (${worstW})` },
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables, shared by the printed summary and README.md

function tables(r) {
  const t = {};
  t.budgets = {
    head: ["budget", "limit", "measured", "result", "margin"],
    // A time within 10% of its limit: run-to-run noise on a small VM can flip the result.
    rows: r.budgets.map((b) => [b.name, b.limitText, b.measured, (b.pass ? "PASS" : "**MISS**") + (!b.exact && Math.abs(b.value - b.limit) < 0.1 * b.limit ? " (borderline)" : ""), b.margin]),
  };
  const lat = r.latency.classes;
  const names = { short: "all short lines (10-200 chars)", 200: "200-char lines (150-200 chars)", medium: "medium (1-2 KB)", long: "long paste (100 KB)" };
  t.latency = {
    head: ["class", "messages", "avg bytes", "p50 µs", "p90 µs", "p99 µs", "max µs", "mean µs"],
    rows: ["short", "200", "medium", "long"].map((c) => [
      names[c], lat[c].messages, fmt(lat[c].bytes / lat[c].messages, 0), fmt(lat[c].p50), fmt(lat[c].p90), fmt(lat[c].p99), fmt(lat[c].max), fmt(lat[c].mean),
    ]),
  };
  const b = r.latency.batched;
  const ch = r.chromium && !r.chromium.skipped ? r.chromium : null;
  t.chromium = {
    head: ["class", "Node p50 µs", "Node p99 µs", `Node p50 µs, ×${b.repeat} batches`, `Node p99 µs, ×${b.repeat} batches`, ch ? `Chromium p50 µs, ×${ch.repeat} batches` : "Chromium", ch ? `Chromium p99 µs, ×${ch.repeat} batches` : ""],
    rows: ["short", "200"].map((c) => [
      names[c], fmt(lat[c].p50), fmt(lat[c].p99), fmt(b[c].p50), fmt(b[c].p99), ch ? fmt(ch[c].p50) : "not run", ch ? fmt(ch[c].p99) : "",
    ]),
  };
  if (r.native) {
    const n = r.native.latency;
    const cell = (c, k) => (n[c] ? fmt(n[c][k], 1) : "-");
    const ratio = (c) => (n[c] ? `${fmt(lat[c].p50 / n[c].p50, 1)}×` : "-");
    t.native = {
      head: ["class", "native p50 µs", "Node p50 µs", "Node ÷ native (p50)", "native p99 µs", "Node p99 µs"],
      rows: [
        ...["short", "200", "medium", "long"].map((c) => [names[c], cell(c, "p50"), fmt(lat[c].p50), ratio(c), cell(c, "p99"), fmt(lat[c].p99)]),
        ["throughput, long pastes (MB/s)", fmt(r.native.throughputMbPerS), fmt(r.throughput.mbPerS), r.native.throughputMbPerS ? `${fmt(r.native.throughputMbPerS / r.throughput.mbPerS, 1)}× slower` : "-", "", ""],
      ],
    };
  }
  const d = r.latency.breakdown;
  t.breakdown = {
    head: ["short lines", "lines", "p50 µs", "p99 µs", "mean µs"],
    rows: [
      ["ASCII only", d.asciiLines], ["with non-ASCII characters", d.nonAsciiLines],
      ["with findings", d.linesWithFindings], ["without findings", d.linesWithoutFindings],
      ["`check(\"\")` (fixed cost of a call)", { lines: "-", ...d.emptyCheck }],
    ].map(([n, x]) => [n, x.lines, fmt(x.p50, 2), fmt(x.p99, 2), fmt(x.mean, 2)]),
  };
  t.throughput = {
    head: ["input", "bytes", "MB/s (median)", "MB/s (slowest round)", "rounds"],
    rows: [[`${r.throughput.pastes} long paste(s)`, r.throughput.bytes, fmt(r.throughput.mbPerS), fmt(r.throughput.minMbPerS), r.throughput.rounds]],
  };
  const cf = r.createFilter;
  const s = cf.firstSteps;
  t.createFilter = {
    head: ["what", "median ms", "max ms", "n"],
    rows: [
      ["first `createFilter` in a fresh process (after `import`)", fmt(cf.first.median, 2), fmt(cf.first.max, 2), cf.first.n],
      ["`import(\"sendsafe\")` before it", fmt(cf.importMs.median, 2), fmt(cf.importMs.max, 2), cf.importMs.n],
      ["  its steps: read the .wasm file", fmt(s.readMs.median, 2), fmt(s.readMs.max, 2), s.readMs.n],
      ["  its steps: `WebAssembly.compile`", fmt(s.compileMs.median, 2), fmt(s.compileMs.max, 2), s.compileMs.n],
      ["  its steps: instantiate (glue `initSync`)", fmt(s.instantiateMs.median, 2), fmt(s.instantiateMs.max, 2), s.instantiateMs.n],
      ["  its steps: import the data module `rules.js`", fmt(s.importRulesMs.median, 2), fmt(s.importRulesMs.max, 2), s.importRulesMs.n],
      ["  its steps: import the data module `lexicons.js`", fmt(s.importLexiconsMs.median, 2), fmt(s.importLexiconsMs.max, 2), s.importLexiconsMs.n],
      ["  its steps: first `new WasmFilter(options)` (lazy wasm compilation, policy, automata, the lexicons' tables)", fmt(s.newFilterMs.median, 2), fmt(s.newFilterMs.max, 2), s.newFilterMs.n],
      ["  then a second `new WasmFilter(options)`", fmt(s.secondFilterMs.median, 2), fmt(s.secondFilterMs.max, 2), s.secondFilterMs.n],
      [`  first touch of \`Request\`/\`Response\` in Node (the glue's async \`init\` does it; ${cf.loadedFetchGlobals ? "included" : "not included"} in the first createFilter)`, fmt(s.fetchGlobalsMs.median, 2), fmt(s.fetchGlobalsMs.max, 2), s.fetchGlobalsMs.n],
      ["later `createFilter` in the same process (each freed)", fmt(cf.later.median, 3), fmt(cf.later.max, 3), cf.later.n],
    ],
  };
  if (ch) t.createFilter.rows.push(["first `createFilter` in a Chromium page (fetch + compile + instantiate)", fmt(ch.firstCreateMs, 2), "", 1]);
  const nativeAdv = r.native?.adversarialCheckMs ?? {};
  t.adversarial = {
    head: ["input", "unit", "bytes", "findings", "verdict", "median ms", "max ms", "≤ 100 ms", "native ms"],
    rows: r.adversarial.map((a) => [
      a.name, "`" + JSON.stringify(a.unit).slice(1, -1) + "`", a.bytes, a.findings, a.verdict, fmt(a.medianMs), fmt(a.maxMs),
      a.maxMs <= 100 ? "PASS" : "**MISS**", nativeAdv[a.name] !== undefined ? fmt(nativeAdv[a.name]) : "-",
    ]),
  };
  const m = r.memory;
  const mib = (x) => `${x} (${fmt(x / 1048576, 2)} MiB)`;
  t.memory = {
    head: ["after", "wasm linear memory, bytes"],
    rows: [
      ["init (instantiate)", mib(m.afterInit)], ["`new WasmFilter` (preset imo)", mib(m.afterCreateFilter)],
      ["checking the long paste(s)", mib(m.afterLong)],
      ...adversarialGrowth(m).map(([name, bytes]) => [`  then the adversarial input \`${name}\` (grew it)`, mib(bytes)]),
      ["checking every adversarial 1 MiB input", mib(m.afterAdversarial)],
      ["`free()` (wasm memory never shrinks)", mib(m.afterFree)],
    ],
  };
  const sz = r.sizes;
  t.sizes = {
    head: ["file", "raw bytes", "gzip -9 bytes"],
    rows: [
      ...Object.entries(sz.files).map(([f, x]) => [f, x.raw, x.gzip9]),
      [`JS glue (the ${Object.keys(sz.files).length - 1} JS files above)`, sz.js.raw, sz.js.gzip9], ["**.wasm + JS glue**", sz.total.raw, sz.total.gzip9],
      ...Object.entries(sz.messages ?? {}).map(([f, x]) => [`${f} (loaded only by a filter in that language)`, x.raw, x.gzip9]),
    ],
  };
  const libs = r.peers.libraries;
  const w = r.peers.workloads;
  t.peers = {
    head: ["library", `short µs/msg (${r.peers.messages.short})`, "sendsafe ÷ it", `medium µs/msg (${r.peers.messages.medium})`, "sendsafe ÷ it", `long µs/paste (${r.peers.messages.long})`, "sendsafe ÷ it"],
    rows: libs.map((lib, i) => [
      lib.name === "sendsafe" ? "**sendsafe**" : lib.name,
      fmt(w.short[i].meanUs, 2), ratioText(w.short[i].ratio),
      fmt(w.medium[i].meanUs, 2), ratioText(w.medium[i].ratio),
      fmt(w.long[i].meanUs, 0), ratioText(w.long[i].ratio),
    ]),
  };
  t.peerJobs = {
    head: ["library", "version", "what it checks", "call timed", "found in short / medium / long"],
    rows: libs.map((lib, i) => [lib.name, lib.version ?? r.package.version, lib.checks, "`" + lib.call + "`", `${w.short[i].found} / ${w.medium[i].found} / ${w.long[i].found}`]),
  };
  const mc = r.machine;
  t.machine = {
    head: ["", ""],
    rows: [
      ["CPU", `${mc.cpu}, ${mc.cores} cores`], ["RAM", `${fmt(mc.ramBytes / 2 ** 30, 1)} GiB`], ["OS", mc.os],
      ["Node", `${mc.node} (V8 ${mc.v8})`], ["Chromium", mc.chromium ?? "not run"], ["date", mc.date],
      ["sendsafe", `${r.package.version}, wasm sha256 ${r.package.wasmSha256.slice(0, 16)}…, git ${r.package.gitCommit}${r.package.gitDirtyEngine ? " + uncommitted engine changes in the work tree" : ""}`],
      ["run time", `${fmt(r.runSeconds, 0)} s`],
      ...(mc.otherProcesses?.otherCores !== undefined
        ? [["other processes during the run", `${fmt(mc.otherProcesses.otherCores, 2)} cores on average (from /proc/stat; 1-min load ${fmt(mc.otherProcesses.loadAvgStart, 2)} at the start)${mc.otherProcesses.otherCores > 0.25 ? " — **a busy machine: noisy numbers**" : ""}`]]
        : []),
    ],
  };
  return t;
}

/** The adversarial inputs after which the memory had grown, in the order they were checked. */
function adversarialGrowth(m) {
  let last = m.afterLong;
  const out = [];
  for (const [name, bytes] of Object.entries(m.afterEachAdversarial ?? {})) {
    if (bytes > last) out.push([name, bytes]);
    last = bytes;
  }
  return out;
}

function markdown({ head, rows }) {
  const esc = (c) => String(c).replaceAll("|", "\\|");
  const numeric = (col) => rows.some((row) => String(row[col]) !== "") &&
    rows.every((row) => /^[-\d.,×]*$|^\*?\*?[\d.]+/.test(String(row[col])));
  const align = head.map((_, i) => (i > 0 && numeric(i) ? "---:" : "---"));
  return [`| ${head.map(esc).join(" | ")} |`, `|${align.join("|")}|`, ...rows.map((row) => `| ${row.map(esc).join(" | ")} |`)].join("\n");
}

function plain({ head, rows }) {
  const cells = [head, ...rows].map((row) => row.map((c) => String(c).replaceAll("**", "").replaceAll("`", "")));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row, k) => row.map((c, i) => (i === 0 || k === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd()).join("\n");
}

export function summary(r) {
  const t = tables(r);
  const section = (title, table) => `\n${title}\n${plain(table)}`;
  const busy = r.machine.otherProcesses?.otherCores > 0.25
    ? `\nWARNING: other processes used ${fmt(r.machine.otherProcesses.otherCores, 2)} cores on average during the run: noisy numbers.`
    : "";
  return [
    `sendsafe ${r.package.version} — Node ${r.machine.node}${r.machine.chromium ? `, Chromium ${r.machine.chromium}` : ""} — ${r.machine.cpu}, ${r.machine.cores} cores${busy}`,
    section("BUDGETS", t.budgets),
    section("PER-CHECK LATENCY (Node, each check timed alone)", t.latency),
    section(`NODE vs CHROMIUM${r.chromium?.timerResolutionUs !== undefined ? ` (Chromium: crossOriginIsolated ${r.chromium.crossOriginIsolated}, performance.now() step ${fmt(r.chromium.timerResolutionUs, 1)} µs, short mean ${fmt(r.chromium.shortMeanUs, 2)} µs)` : ""}`, t.chromium),
    section("WHERE THE TIME OF A SHORT LINE GOES", t.breakdown),
    ...(t.native ? [section(`NATIVE (${r.native.file}, written ${r.native.modified}) vs NODE`, t.native)] : []),
    section("THROUGHPUT", t.throughput),
    section("createFilter", t.createFilter),
    section("ADVERSARIAL 1 MiB INPUTS", t.adversarial),
    section("WASM MEMORY", t.memory),
    section("SIZES", t.sizes),
    section("PEERS: mean µs per message on the same messages (ratio = sendsafe time / peer time)", t.peers),
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// README.md

function readme(r) {
  const t = tables(r);
  const passed = r.budgets.filter((b) => b.pass).length;
  const d = r.latency.breakdown;
  const enc = d.encodeUsPerMessage;
  const ch = r.chromium && !r.chromium.skipped ? r.chromium : null;
  return `# Node and Chromium benchmark results

Written by \`make bench-node\` (\`benches/node/bench.js\`); do not edit by hand, re-run it.
sendsafe ${r.package.version} installed from \`pkg/\` as a client installs it (\`npm ci --install-links\`),
used through its npm API: \`const filter = await createFilter(${JSON.stringify(r.package.options)}); filter.check(text)\`.
The workload is [\`benches/workload/\`](../workload/README.md). Every answer the bench times is asserted
(every known e-mail and IBAN of the workload found at its offsets, the same findings count every round,
peers flag a known message and leave a clean one alone); a wrong answer fails the run, a missed budget does not.

${r.machine.otherProcesses?.otherCores > 0.25 ? `> **Measured on a busy machine**: other processes used ${fmt(r.machine.otherProcesses.otherCores, 2)} of its ${r.machine.cores} cores on average during the run; the numbers are noisy.\n\n` : ""}**Budgets: ${passed} of ${r.budgets.length} pass.** "Borderline": within 10% of the limit, where run-to-run noise on this
2-core VM can flip the result (re-run \`make bench-node\` to see).

${markdown(t.budgets)}

![mean µs per message, sendsafe and peers, log scale](chart.svg)

## Per-check latency in Node

Each \`filter.check(text)\` timed on its own with \`performance.now()\` (timer overhead ${fmt(d.timerOverheadUs * 1000, 0)} ns, not subtracted),
after a warm-up, over all messages of the class repeated for several rounds; nearest-rank percentiles.

${markdown(t.latency)}

## Node and headless Chromium

${ch ? `Chromium: the package served from 127.0.0.1 with COOP/COEP (\`crossOriginIsolated\`: ${ch.crossOriginIsolated}); \`performance.now()\` steps by ${fmt(ch.timerResolutionUs, 1)} µs there,
so ${ch.repeat > 1 ? `each message is checked ${ch.repeat} times in a row and the batch time divided by ${ch.repeat}` : "each check is timed alone"}. The Node columns
"×${r.latency.batched.repeat} batches" time Node the same way, for a like-for-like comparison; batching smooths the tail (p99) and
repeats a message while it is hot in the caches. Mean over all short lines, timed as one batch: ${fmt(ch.shortMeanUs, 2)} µs in Chromium,
${fmt(r.peers.workloads.short[0].meanUs, 2)} µs in Node.` : "Chromium was not run."}

${markdown(t.chromium)}

## Where the time goes

${timeNarrative(r)}

The short lines' samples of the latency table, split by kind of line. UTF-8 encoding (\`TextEncoder.encodeInto\`, as the glue
passes non-ASCII text): ${fmt(enc.short, 3)} µs per short line, ${fmt(enc["200"], 3)} µs per 200-char line,
${fmt(enc.medium, 2)} µs per medium message, ${fmt(enc.long, 1)} µs per long paste.

${markdown(t.breakdown)}
${t.native ? `
The same engine natively (\`cargo bench --bench native\`, numbers read from \`${r.native.file}\` as found at run time,
written ${r.native.modified}; it may be another build of the engine than the package measured here):
the difference is wasm's slowdown plus the JS boundary.

${markdown(t.native)}
` : ""}
## Throughput

${markdown(t.throughput)}

UTF-8 bytes per second through \`filter.check\`, 1 MB = 1,000,000 bytes.${r.workload.long.note ? ` Note: ${r.workload.long.note}.` : ""}

## createFilter

Options ${JSON.stringify(r.createFilter.options)}. The first call spawns a fresh \`node\` per sample and times from just before
\`createFilter\` (after the module import) to its resolution: reading the .wasm, compiling, instantiating, building the filter.
Its steps are timed in other fresh processes through the wasm-bindgen glue.
${createNarrative(r)}

${markdown(t.createFilter)}

## Adversarial inputs

Each \`unit\` of \`adversarial.json\` repeated to fill 1 MiB, checked through the npm API (${r.adversarial[0] ? "each a few times" : ""}); the report is asserted well formed.

${markdown(t.adversarial)}

## Memory

The package does not expose its memory; a fresh process imports the installed package's wasm-bindgen glue
(\`sendsafe_wasm.js\`, identical to \`pkg/\`), initializes it with the .wasm bytes, and reads \`memory.buffer.byteLength\`.

${markdown(t.memory)}

## Sizes

${markdown(t.sizes)}

1 KB = 1,000 bytes. The budget counts each file gzipped on its own, as each is served.

## Peers

The same messages, in the same run, each library doing its own job; libraries interleaved round by round;
the median over rounds of the mean time per message. Ratio = sendsafe's time ÷ the peer's time (below 1: sendsafe is faster).
The peers check far less than sendsafe: most are English profanity word lists.
libphonenumber-js is timed with default country \`US\` (the budget's peer: national numbers such as \`(201) 555-0123\` count),
and without a default country (only \`+...\` numbers) for information.

${markdown(t.peers)}

${markdown(t.peerJobs)}

## Machine

${markdown(t.machine)}
`;
}

/** What the createFilter steps add up to, in numbers. */
function createNarrative(r) {
  const cf = r.createFilter;
  const s = cf.firstSteps;
  const e = cf.firstStepsEagerCompile;
  const parts = ["readMs", "compileMs", "instantiateMs", "importRulesMs", "importLexiconsMs", "newFilterMs"].reduce((n, k) => n + s[k].median, 0);
  return `The steps' medians add up to ${fmt(parts)} ms. wasm-bindgen's asynchronous \`init\` also evaluates \`typeof Request\` and
\`instanceof Response\`; in Node the first touch of those globals loads Node's fetch implementation (undici), ${fmt(s.fetchGlobalsMs.median)} ms
that are not sendsafe's work, which an entry calling the glue's \`initSync({ module })\` avoids. This package's first
\`createFilter\` ${cf.loadedFetchGlobals ? "**does** pay it (touching \`Request\` after it is free)" : "does not pay it (touching `Request` after it still costs the full time)"}.
The first \`new WasmFilter\` costs ${fmt(s.newFilterMs.median)} ms against ${fmt(s.secondFilterMs.median)} ms for the second. With
\`node --no-wasm-lazy-compilation\` (every wasm function compiled up front) compiling takes ${fmt(e.compileMs.median)} ms and the first
\`new WasmFilter\` ${fmt(e.newFilterMs.median)} ms (medians of ${e.compileMs.n}): lazy compilation accounts for about
${fmt(Math.max(0, s.newFilterMs.median - e.newFilterMs.median))} ms of the first filter, and the rest of its difference to the second
(${fmt(Math.max(0, e.newFilterMs.median - s.secondFilterMs.median))} ms) is work done once per process on first use.`;
}

/** The split of a short line's time, in numbers. */
function timeNarrative(r) {
  const lat = r.latency.classes;
  const d = r.latency.breakdown;
  const n = r.native?.latency;
  const lines = [
    `- A call costs ${fmt(d.emptyCheck.p50, 2)} µs before any text (\`check("")\`, p50): the JS wrapper, the call into the wasm, reading the options, building the report object.`,
    `- Passing the text costs at least its UTF-8 encoding: ${fmt(d.encodeUsPerMessage.short, 2)} µs per short line, ${fmt(d.encodeUsPerMessage.long, 0)} µs per 100 KB paste (${fmt((100 * d.encodeUsPerMessage.long) / lat.long.p50, 0)}% of its check).`,
    `- Short lines with findings take ${fmt(d.linesWithFindings.p50 - d.linesWithoutFindings.p50, 1)} µs more than those without (p50): the findings' JS objects and their strings, built across the boundary, and the detectors' work on them (an upper bound on the report's cost).`,
  ];
  if (n?.short && n?.long) {
    lines.push(`- The engine itself: natively ${fmt(n.short.p50, 2)} µs per short line and ${fmt(n.long.p50, 0)} µs per paste (p50); in Node ${fmt(lat.short.p50, 2)} µs and ${fmt(lat.long.p50, 0)} µs. On long text, where the boundary is negligible, wasm runs the engine ${fmt(lat.long.p50 / n.long.p50, 1)}× slower than native; on short lines the fixed cost of a call is a large share.`);
  }
  const adv = r.adversarial.find((a) => a.name === "e-mails");
  const nadv = r.native?.adversarialCheckMs?.["e-mails"];
  if (adv && nadv !== undefined && adv.findings > 0) {
    lines.push(`- The adversarial \`e-mails\` input has ${adv.findings} findings: ${fmt(adv.medianMs)} ms in Node against ${fmt(nadv)} ms natively; the difference, wasm's slowdown and the JS objects of the report, is ${fmt((1000 * (adv.medianMs - nadv)) / adv.findings, 2)} µs per finding.`);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// chart.svg: grouped horizontal bars, mean µs per message by workload, log scale

const esc = (s) => String(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function chart(r) {
  const libs = r.peers.libraries;
  const groups = [["short", `short chat lines (${r.peers.messages.short}, 10-200 chars)`], ["medium", `medium messages (${r.peers.messages.medium}, 1-2 KB)`], ["long", `long paste (${r.peers.messages.long} × 100 KB)`]];
  const values = groups.flatMap(([w]) => r.peers.workloads[w].map((x) => x.meanUs));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const W = 960, left = 210, right = 130, top = 70, row = 17, gap = 34, axisH = 40;
  const plotW = W - left - right;
  const x = (v) => left + (Math.log10(v / lo) / Math.log10(hi / lo)) * plotW;
  const H = top + groups.length * (gap + libs.length * row) + axisH;
  const color = (lib) => (lib.name === "sendsafe" ? "#d9480f" : /profan|obscen|bad-words/.test(lib.name) ? "#748ffc" : "#20c997");
  const unit = (v) => (v >= 1000 ? `${fmt(v / 1000, v >= 10_000 ? 0 : 1)} ms` : `${fmt(v, v >= 10 ? 0 : v >= 1 ? 1 : 2)} µs`);
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="8" y="24" font-size="16" font-weight="600" fill="#212529">Mean time per message, same messages, same run: sendsafe vs peers (shorter is faster)</text>`);
  out.push(`<text x="8" y="44" fill="#495057">Node ${esc(r.machine.node)}, ${esc(r.machine.cpu)}, ${esc(r.machine.date.slice(0, 10))}. Each peer checks one thing (see README.md). In brackets: sendsafe's time ÷ the peer's.</text>`);
  // legend
  const legend = [["sendsafe", "#d9480f"], ["profanity peers", "#748ffc"], ["PII / link / phone peers", "#20c997"]];
  legend.forEach(([name, c], i) => {
    const lx = 8 + i * 190;
    out.push(`<rect x="${lx}" y="52" width="12" height="12" fill="${c}"/><text x="${lx + 17}" y="62" fill="#212529">${esc(name)}</text>`);
  });
  const plotTop = top;
  const plotBottom = H - axisH;
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) {
    const v = 10 ** e;
    out.push(`<line x1="${fmt(x(v))}" y1="${plotTop}" x2="${fmt(x(v))}" y2="${plotBottom}" stroke="#dee2e6"/>`);
    const tick = e >= 3 ? `${10 ** (e - 3)} ms` : `${v.toFixed(Math.max(0, -e))} µs`;
    out.push(`<text x="${fmt(x(v))}" y="${plotBottom + 16}" text-anchor="middle" fill="#495057">${esc(tick)}</text>`);
  }
  out.push(`<text x="${left + plotW / 2}" y="${plotBottom + 34}" text-anchor="middle" fill="#495057">mean time per message (log scale)</text>`);
  let y = top;
  for (const [w, title] of groups) {
    y += gap;
    out.push(`<text x="8" y="${y - 10}" font-weight="600" font-size="13" fill="#212529">${esc(title)}</text>`);
    r.peers.workloads[w].forEach((res, i) => {
      const lib = libs[i];
      const yy = y + i * row;
      const bold = lib.name === "sendsafe" ? ' font-weight="600"' : "";
      out.push(`<text x="${left - 8}" y="${yy + 12}" text-anchor="end" fill="#212529"${bold}>${esc(lib.name)}</text>`);
      out.push(`<rect x="${left}" y="${yy + 2}" width="${fmt(Math.max(1, x(res.meanUs) - left))}" height="${row - 4}" fill="${color(lib)}"/>`);
      const ratio = lib.name === "sendsafe" ? "" : `  (${ratioText(res.ratio)})`;
      out.push(`<text x="${fmt(x(res.meanUs) + 5)}" y="${yy + 12}" fill="#212529"${bold}>${esc(unit(res.meanUs) + ratio)}</text>`);
    });
    y += libs.length * row;
  }
  out.push("</svg>");
  return out.join("\n") + "\n";
}

export function writeReport(results, dirUrl) {
  writeFileSync(new URL("README.md", dirUrl), readme(results));
  writeFileSync(new URL("chart.svg", dirUrl), chart(results));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL("../results/", import.meta.url);
  const results = JSON.parse(readFileSync(new URL("node.json", dir), "utf8"));
  results.budgets = budgets(results);
  writeReport(results, dir);
  console.log(summary(results));
}
