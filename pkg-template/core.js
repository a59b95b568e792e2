// The one place where the package talks to the wasm. Both entries (index.js for
// browsers, bundlers and workers; node.js for Node) are this module with a different
// default for where the wasm bytes come from. No detection logic lives in JavaScript.
import initWasm, { initSync, WasmFilter } from "./sendsafe_wasm.js";

/** The instantiation shared by every filter of this page, worker or process. */
let ready = null;

/**
 * Loads and instantiates the wasm once. Later calls return the same promise, whatever
 * they pass; after a failed load (offline, wrong URL) the next call tries again.
 * `source` is what wasm-bindgen's init accepts (URL, string, Request, Response,
 * BufferSource, WebAssembly.Module, or a promise of one), or a function returning it.
 */
function instantiate(source, sync) {
  if (ready === null) {
    ready = (async () => {
      const module_or_path = await (typeof source === "function" ? source() : source);
      if (sync && module_or_path instanceof WebAssembly.Module) {
        initSync({ module: module_or_path });
      } else {
        await initWasm({ module_or_path });
      }
    })();
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

/**
 * The text to check, which must be a string: anything else would be turned into one by
 * the text encoder (`42` into "42"), so it is refused here. Lone surrogates become
 * U+FFFD on the way in, one UTF-16 unit each, so offsets still match the string.
 */
function stringArg(text, method) {
  if (typeof text !== "string") {
    const got = text === null ? "null" : Array.isArray(text) ? "an array" : typeof text;
    throw new TypeError(`${method}: text must be a string, got ${got}`);
  }
  return text;
}

/**
 * Messages in the languages other than English, one module each (made from the engine's
 * tables by scripts/build-pkg.sh). The wasm carries English only; a filter that asks for
 * one of these languages loads its module first, so a page downloads its own language
 * alone. Each loader names its file as a literal, which every bundler can follow.
 */
const LANGUAGES = {
  ar: () => import("./messages/ar.js"),
  es: () => import("./messages/es.js"),
  hi: () => import("./messages/hi.js"),
  id: () => import("./messages/id.js"),
  pt: () => import("./messages/pt.js"),
};

/**
 * The language the engine will pick messages in: `options.locale`, else the policy's
 * `locale`, as its primary subtag in lower case ("pt" for "pt-BR"). Anything that is not
 * a string is left for the engine, which refuses it with a TypeError naming the field.
 */
function languageOf(options) {
  const tag =
    options?.locale !== undefined && options?.locale !== null
      ? options.locale
      : options?.policy?.locale;
  return typeof tag === "string" ? tag.toLowerCase().replace("_", "-").split("-")[0] : undefined;
}

/** What `createFilter` resolves to: a thin owner of one `WasmFilter`. */
class Filter {
  #inner;

  constructor(inner) {
    this.#inner = inner;
  }

  check(text, options) {
    return this.#live("check").check(stringArg(text, "check"), options);
  }

  redact(text) {
    return this.#live("redact").redact(stringArg(text, "redact"));
  }

  /** Releases the wasm memory; calling it again does nothing. */
  free() {
    const inner = this.#inner;
    this.#inner = null;
    inner?.free();
  }

  #live(method) {
    if (this.#inner === null) {
      throw new TypeError(`${method}: this filter was freed`);
    }
    return this.#inner;
  }
}

/**
 * The public API of one entry. `defaultSource` is used when the caller never passed
 * one to `init`: `undefined` lets wasm-bindgen fetch `sendsafe_wasm_bg.wasm` next to
 * its glue (`new URL(..., import.meta.url)`, which bundlers understand). With `sync`,
 * a default source that is a compiled `WebAssembly.Module` is instantiated
 * synchronously (Node: the glue's asynchronous init would load Node's fetch code, about
 * 20 ms; browsers keep the asynchronous path, which main-thread limits require).
 */
export function entry(defaultSource, { sync = false } = {}) {
  const init = (source) => (source === undefined ? instantiate(defaultSource, sync) : instantiate(source, false));
  // Errors from the wasm are TypeErrors naming the field; they reject as they are.
  const createFilter = async (options) => {
    await init();
    const language = languageOf(options);
    const load = Object.hasOwn(LANGUAGES, language ?? "") ? LANGUAGES[language] : undefined;
    const messages = load === undefined ? undefined : (await load()).default;
    return new Filter(new WasmFilter(options, language, messages));
  };
  return { init, createFilter };
}
