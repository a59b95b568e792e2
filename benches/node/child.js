// Measurements that need a fresh Node process, spawned by bench.js:
//   node child.js first       the first createFilter of a process, through the npm API
//   node child.js breakdown   the same work in steps, through the wasm-bindgen glue
//   node child.js memory      wasm linear memory after init and after the long and adversarial inputs
// Each prints one JSON object on stdout and exits non-zero when an answer is wrong.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { OPTIONS, PROBE, assertProbe } from "./common.js";

const mode = process.argv[2];

if (mode === "first") {
  const t0 = performance.now();
  const { createFilter } = await import("sendsafe");
  const t1 = performance.now();
  const filter = await createFilter(OPTIONS);
  const t2 = performance.now();
  assertProbe(filter.check(PROBE));
  // Near 0 when createFilter already touched Node's fetch globals (and paid for loading them).
  const t3 = performance.now();
  assert.equal(typeof Request, "function");
  const t4 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstCreateMs: t2 - t1, fetchGlobalsAfterMs: t4 - t3 }));
} else if (mode === "breakdown") {
  // The work of a first createFilter, step by step, through the wasm-bindgen glue.
  const glue = await import(new URL("node_modules/sendsafe/sendsafe_wasm.js", import.meta.url));
  const t0 = performance.now();
  const bytes = await readFile(new URL("node_modules/sendsafe/sendsafe_wasm_bg.wasm", import.meta.url));
  const t1 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t2 = performance.now();
  glue.initSync({ module });
  const t3 = performance.now();
  // The data modules, as createFilter imports them for a preset: phrase and word lists,
  // then the guideline lexicons (whose tables the first filter builds).
  const rules = (await import(new URL("node_modules/sendsafe/rules.js", import.meta.url))).default;
  const t3a = performance.now();
  const lexicons = (await import(new URL("node_modules/sendsafe/lexicons.js", import.meta.url))).default;
  const t3b = performance.now();
  const filter = new glue.WasmFilter(OPTIONS, undefined, undefined, rules, lexicons);
  const t4 = performance.now();
  assertProbe(filter.check(PROBE, undefined));
  // The second filter alone: the first check (and its lazy compilation) is not in it.
  const t4b = performance.now();
  const second = new glue.WasmFilter(OPTIONS);
  const t5 = performance.now();
  assertProbe(second.check(PROBE, undefined));
  // What the glue's asynchronous init adds in Node: it tests `instanceof Request` and
  // `instanceof Response`, and the first touch of those globals loads Node's fetch (undici).
  assert.equal(typeof Request, "function");
  assert.equal(typeof Response, "function");
  const t6 = performance.now();
  console.log(JSON.stringify({
    readMs: t1 - t0, compileMs: t2 - t1, instantiateMs: t3 - t2, importRulesMs: t3a - t3, importLexiconsMs: t3b - t3a, newFilterMs: t4 - t3b, secondFilterMs: t5 - t4b, fetchGlobalsMs: t6 - t5,
  }));
} else if (mode === "memory") {
  // The package does not expose its memory: read it from the glue's wasm exports.
  const { longPastes, adversarial } = await import("./workload.js");
  const glue = await import(new URL("node_modules/sendsafe/sendsafe_wasm.js", import.meta.url));
  const bytes = await readFile(new URL("node_modules/sendsafe/sendsafe_wasm_bg.wasm", import.meta.url));
  const wasm = await glue.default({ module_or_path: bytes });
  assert.ok(wasm.memory instanceof WebAssembly.Memory, "the glue's init resolves to the wasm exports with `memory`");
  const size = () => wasm.memory.buffer.byteLength;
  const out = { afterInit: size() };
  const rules = (await import(new URL("node_modules/sendsafe/rules.js", import.meta.url))).default;
  const filter = new glue.WasmFilter(OPTIONS, undefined, undefined, rules);
  out.afterCreateFilter = size();
  assertProbe(filter.check(PROBE, undefined));
  for (const text of longPastes()) filter.check(text, undefined);
  out.afterLong = size();
  out.afterEachAdversarial = {};
  for (const { name, text } of adversarial()) {
    filter.check(text, undefined);
    out.afterEachAdversarial[name] = size();
  }
  out.afterAdversarial = size();
  filter.free();
  out.afterFree = size();
  console.log(JSON.stringify(out));
} else {
  console.error("usage: node child.js first|breakdown|memory");
  process.exit(2);
}
