// The package's shape: metadata, which entry each environment gets, and loading the
// wasm from the default URL (browsers, bundlers, workers) or from a source given to init.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const pkgJson = JSON.parse(readFileSync(new URL("node_modules/sendsafe/package.json", import.meta.url), "utf8"));

/** Runs `code` as an ES module in a fresh Node process (one wasm instantiation per process). */
function run(code, conditions = []) {
  const args = [...conditions.map((c) => `--conditions=${c}`), "--input-type=module", "-e", code];
  const out = execFileSync(process.execPath, args, { cwd: HERE, encoding: "utf8" });
  return JSON.parse(out);
}

// In the child: fetch() that reads file: URLs from disk as a browser would fetch the
// wasm over HTTP, and records what was fetched.
const FAKE_FETCH = `
  import { readFile } from "node:fs/promises";
  globalThis.fetched = [];
  globalThis.fetch = async (url) => {
    fetched.push(String(url));
    const body = await readFile(new URL(String(url)));
    return new Response(body, { headers: { "content-type": "application/wasm" } });
  };
`;

test("package.json: name, version of the crate, module type, no side effects, Node 18+", () => {
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  const crateVersion = cargo.match(/^version = "(.+)"$/m)[1];
  assert.equal(pkgJson.name, "sendsafe");
  assert.equal(pkgJson.version, crateVersion);
  assert.equal(pkgJson.type, "module");
  assert.equal(pkgJson.sideEffects, false);
  assert.equal(pkgJson.license, "MIT OR Apache-2.0");
  assert.equal(pkgJson.engines.node, ">=18");
  const root = pkgJson.exports["."];
  assert.equal(Object.keys(root)[0], "types", "types must come first");
  assert.equal(root.browser, "./index.js");
  assert.equal(root.node, "./node.js");
  assert.equal(root.default, "./index.js");
});

test("the installed package holds exactly the files it promises", () => {
  const { files } = pkgJson;
  for (const f of files) {
    const url = new URL(`node_modules/sendsafe/${f}`, import.meta.url);
    // A folder entry ("snippets/") must hold at least one file.
    if (f.endsWith("/")) assert.ok(readdirSync(url, { recursive: true }).length > 0, f);
    else readFileSync(url);
  }
});

test("Node resolves the node entry; a browser, bundler or worker the index entry", () => {
  const node = run(`console.log(JSON.stringify(import.meta.resolve("sendsafe")))`);
  assert.match(node, /\/sendsafe\/node\.js$/);
  const browser = run(`console.log(JSON.stringify(import.meta.resolve("sendsafe")))`, ["browser"]);
  assert.match(browser, /\/sendsafe\/index\.js$/);
  const worker = run(`console.log(JSON.stringify(import.meta.resolve("sendsafe")))`, ["worker"]);
  assert.match(worker, /\/sendsafe\/(node|index)\.js$/);
});

test("the browser entry fetches sendsafe_wasm_bg.wasm beside its glue, once", () => {
  const out = run(
    `${FAKE_FETCH}
    const { createFilter } = await import("sendsafe");
    const [a, b] = await Promise.all([createFilter({ preset: "imo" }), createFilter()]);
    const c = await createFilter({ preset: "calimero" });
    const verdicts = [a, b, c].map((f) => f.check("mail ana@example.org").verdict);
    console.log(JSON.stringify({ fetched, verdicts }));`,
    ["browser"],
  );
  assert.equal(out.fetched.length, 1);
  assert.match(out.fetched[0], /^file:.*\/node_modules\/sendsafe\/sendsafe_wasm_bg\.wasm$/);
  assert.deepEqual(out.verdicts, ["warn", "warn", "warn"]);
});

test("init takes the wasm from elsewhere: bytes, a WebAssembly.Module, a URL", () => {
  const wasm = `new URL("node_modules/sendsafe/sendsafe_wasm_bg.wasm", "file://${HERE}/")`;
  const sources = {
    bytes: `await readFile(${wasm})`,
    "a promise of bytes": `readFile(${wasm})`,
    "a function": `() => readFile(${wasm})`,
    "a WebAssembly.Module": `await WebAssembly.compile(await readFile(${wasm}))`,
    "a URL": `${wasm}`,
  };
  for (const [name, source] of Object.entries(sources)) {
    for (const conditions of [[], ["browser"]]) {
      const out = run(
        `${FAKE_FETCH}
        const { init, createFilter } = await import("sendsafe");
        const first = await init(${source});
        await init("ignored: already loaded");
        const f = await createFilter();
        console.log(JSON.stringify({ first: first ?? null, fetched, verdict: f.check("ana@example.org").verdict }));`,
        conditions,
      );
      const label = `${name} (${conditions.join() || "node"})`;
      assert.equal(out.verdict, "warn", label);
      assert.equal(out.first, null, `${label}: init resolves to undefined`);
      assert.equal(out.fetched.length, name === "a URL" ? 1 : 0, label);
    }
  }
});

test("a failed load rejects, and the next createFilter tries again", () => {
  const out = run(
    `${FAKE_FETCH}
    const { init, createFilter } = await import("sendsafe");
    let error = null;
    try { await init(new URL("file:///nonexistent/sendsafe.wasm")); } catch (e) { error = e.code ?? e.name; }
    const f = await createFilter();
    console.log(JSON.stringify({ error, fetched, verdict: f.check("ana@example.org").verdict }));`,
    ["browser"],
  );
  assert.equal(out.error, "ENOENT");
  assert.equal(out.fetched.length, 2);
  assert.equal(out.verdict, "warn");
});

test("a bad option in a fresh process rejects with a TypeError, before any filter exists", () => {
  const out = run(
    `const { createFilter } = await import("sendsafe");
    const e = await createFilter({ preset: "nope" }).catch((e) => e);
    console.log(JSON.stringify({ isTypeError: e instanceof TypeError, message: e.message }));`,
  );
  assert.equal(out.isTypeError, true);
  assert.match(out.message, /preset/);
});
