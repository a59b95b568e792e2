// Entry for Node 18+: fetch() cannot read file: URLs, so the wasm bytes are read from disk.
import { readFile } from "node:fs/promises";
import { entry } from "./core.js";

const wasmFile = new URL("./sendsafe_wasm_bg.wasm", import.meta.url);

export const { init, createFilter } = entry(() => readFile(wasmFile));
