// The one place where the package talks to the wasm. Both entries (index.js for
// browsers, bundlers and workers; node.js for Node) are this module with a different
// default for where the wasm bytes come from. No detection logic lives in JavaScript.
import initWasm, { initSync, WasmFilter, __wbg_reset_state as resetWasm } from "./sendsafe_wasm.js";

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

/**
 * How many times the wasm was made anew after a trap. A trap (a bug in the engine: the
 * engine is built never to panic, and is fuzzed for it) leaves the instance's memory in
 * an unknown state, so the whole instance is replaced, and every filter made on an older
 * one rebuilds its `WasmFilter` from the arguments it was made with on its next call.
 */
let instances = 0;

/** `WasmFilter` made with `args`, on a fresh instance if making it traps once. */
function makeInner(args) {
  try {
    return new WasmFilter(...args);
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    restart();
    return new WasmFilter(...args);
  }
}

function restart() {
  resetWasm();
  instances++;
}

/**
 * `options.onError`, checked: `"warn"` (the default) or `"allow"` is the verdict of a
 * check that failed; a function is called once with the error of each failure and may
 * return that verdict.
 */
function onErrorOf(options) {
  const onError = options !== null && typeof options === "object" ? options.onError : undefined;
  if (onError === undefined || onError === "warn" || onError === "allow" || typeof onError === "function") {
    return onError;
  }
  const got = onError === null ? "null" : typeof onError === "string" ? JSON.stringify(onError) : typeof onError;
  throw new TypeError(`onError: expected "allow", "warn" or a function, got ${got}`);
}

/** The options without `onError`, which the wrapper handles and the engine does not know. */
function engineOptions(options) {
  if (options === null || typeof options !== "object" || Array.isArray(options) || !Object.hasOwn(options, "onError")) {
    return options;
  }
  const { onError: _, ...rest } = options;
  return rest;
}

/** What `createFilter` resolves to: a thin owner of one `WasmFilter`. */
class Filter {
  #inner;
  #args;
  #instance;
  #onError;

  constructor(args, onError) {
    this.#inner = makeInner(args);
    this.#instance = instances;
    this.#args = args;
    this.#onError = onError;
  }

  /**
   * A check that fails inside the wasm (a trap) restarts the wasm and returns a report
   * the app can act on: no findings, the `onError` verdict ("warn" unless it says
   * "allow"), and `error`, the failure's message. Errors in the arguments (TypeErrors
   * naming the field) are thrown as they are.
   */
  check(text, options) {
    const inner = this.#live("check");
    stringArg(text, "check");
    try {
      return inner.check(text, options);
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      restart();
      const chosen = typeof this.#onError === "function" ? this.#onError(e) : this.#onError;
      return { verdict: chosen === "allow" ? "allow" : "warn", findings: [], error: String(e.message) };
    }
  }

  /**
   * A redaction that fails inside the wasm restarts it and throws: returning the text
   * unmasked would send what the user asked to hide.
   */
  redact(text) {
    const inner = this.#live("redact");
    stringArg(text, "redact");
    try {
      return inner.redact(text);
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      restart();
      if (typeof this.#onError === "function") this.#onError(e);
      throw new Error(`redact: the filter failed and was restarted (${e.message})`, { cause: e });
    }
  }

  /** Releases the wasm memory; calling it again does nothing. */
  free() {
    const inner = this.#inner;
    this.#inner = null;
    // A WasmFilter of a replaced instance owns nothing any more.
    if (this.#instance === instances) inner?.free();
  }

  #live(method) {
    if (this.#inner === null) {
      throw new TypeError(`${method}: this filter was freed`);
    }
    if (this.#instance !== instances) {
      this.#inner = makeInner(this.#args);
      this.#instance = instances;
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
    const onError = onErrorOf(options);
    await init();
    const language = languageOf(options);
    const load = Object.hasOwn(LANGUAGES, language ?? "") ? LANGUAGES[language] : undefined;
    const messages = load === undefined ? undefined : (await load()).default;
    // Word lists the wasm leaves out are data modules of their own, each loaded only for a
    // policy that turns one of their rules on (bad options throw here the TypeError naming
    // the field): the phrase and word lists of the credential, handle, request, link and
    // scam rules, and the guideline lexicons. Every preset turns rules of both on, so the
    // wasm is asked (calls that cost a few ms on a cold instance) only for a policy of the
    // app's own.
    const engine = engineOptions(options);
    const own = engine !== null && typeof engine === "object" && engine.policy !== undefined;
    // (Both asked for at once: a page fetches them in parallel.)
    const [rules, lexicons] = await Promise.all([
      !own || WasmFilter.needsRules(engine) ? import("./rules.js").then((m) => m.default) : undefined,
      !own || WasmFilter.needsLexicons(engine) ? import("./lexicons.js").then((m) => m.default) : undefined,
    ]);
    return new Filter([engine, language, messages, rules, lexicons], onError);
  };
  return { init, createFilter };
}
