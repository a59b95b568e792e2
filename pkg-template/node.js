// Entry for Node 18+: fetch() cannot read file: URLs, so the wasm is read from disk, and
// compiled and instantiated synchronously. The asynchronous init of the wasm-bindgen glue
// tests `typeof Request`, which in Node loads its whole fetch implementation on first
// touch: about 20 ms on the first filter (measured: 12-17 ms against 35-39 ms).
import { readFileSync } from "node:fs";
import { entry } from "./core.js";

const wasmFile = new URL("./sendsafe_wasm_bg.wasm", import.meta.url);

export const { init, createFilter } = entry(() => new WebAssembly.Module(readFileSync(wasmFile)), { sync: true });
