// Entry for bundlers (Vite, webpack), plain <script type="module"> pages and Web Workers:
// the wasm is fetched from `sendsafe_wasm_bg.wasm` beside the glue, unless `init` is given
// another source first.
import { entry } from "./core.js";

export const { init, createFilter } = entry(undefined);
