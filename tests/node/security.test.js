// What the installed package's JavaScript may do, read from its files: no code built from
// strings, no logging of anything but wasm-bindgen's own loading warnings (which carry no
// message text), no storage, and one network call: the glue fetching the package's own .wasm. The
// browser test proves the same at run time under a strict Content Security Policy.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

const pkgDir = dirname(createRequire(import.meta.url).resolve("sendsafe/package.json"));

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

/** Code only: line and block comments removed, so prose about fetch() does not count. */
function code(path) {
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const files = jsFiles(pkgDir).map((path) => ({ name: relative(pkgDir, path), text: code(path) }));

test("the package has JavaScript to read", () => {
  assert.ok(files.some((f) => f.name === "core.js") && files.some((f) => f.name === "sendsafe_wasm.js"));
});

test("no eval, no new Function, no string timers", () => {
  for (const { name, text } of files) {
    assert.doesNotMatch(text, /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|set(Timeout|Interval)\s*\(\s*["'`]/, name);
  }
});

test("nothing is logged but the glue's loading warnings", () => {
  const calls = files.flatMap(({ name, text }) =>
    [...text.matchAll(/console\.(\w+)\((.{0,60})/g)].map((m) => `${name}: ${m[1]} ${m[2]}`),
  );
  assert.equal(calls.length, 3, calls.join("\n"));
  for (const call of calls) {
    assert.match(call, /^sendsafe_wasm\.js: warn .?.?(`WebAssembly\.instantiateStreaming` failed|using deprecated parameters)/, call);
  }
});

test("nothing is stored: no storage, cookie or cache API", () => {
  for (const { name, text } of files) {
    assert.doesNotMatch(text, /\b(localStorage|sessionStorage|indexedDB|document\.cookie|caches\.open|navigator\.storage)\b/, name);
  }
});

test("one network call: the glue fetching the package's own wasm", () => {
  const calls = files.flatMap(({ name, text }) =>
    [...text.matchAll(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(/g)].map((m) => `${name}: ${m[1]}`),
  );
  assert.deepEqual(calls, ["sendsafe_wasm.js: fetch"]);
  const glue = files.find((f) => f.name === "sendsafe_wasm.js").text;
  assert.match(glue, /module_or_path = new URL\('sendsafe_wasm_bg\.wasm', import\.meta\.url\)/);
});
