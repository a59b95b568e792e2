// The installed package in a real browser, when one is installed (Debian: `apt-get install
// chromium`): a plain <script type="module"> page and a module Web Worker, each loading
// the wasm from its default URL beside the glue, under the strict Content Security Policy
// the README recommends (no inline script, no eval, requests to the page's own origin
// only); the page records any policy violation and any console output, and the server
// every path asked for, which must all be the page's own files. Skipped without a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const PKG = fileURLToPath(new URL("node_modules/sendsafe/", import.meta.url));

function findBrowser() {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
    } catch {
      // not installed under this name
    }
  }
  return null;
}

/** The Content Security Policy of every response: the README's line for a chat page. */
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'";

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>`;

const PAGE_JS = `import { createFilter } from "/pkg/index.js";
const result = { violations: [], console: [] };
// The package must not log: every console call of the page is recorded.
for (const level of ["log", "info", "warn", "error", "debug", "trace"]) {
  console[level] = (...args) => result.console.push(level + ": " + args.map(String).join(" ").slice(0, 200));
}
document.addEventListener("securitypolicyviolation", (e) => result.violations.push(e.violatedDirective + " " + e.blockedURI));
try {
  const text = "😀 mail me: ana@example.org";
  const filter = await createFilter({ preset: "imo" });
  const [f] = filter.check(text).findings;
  result.page = [f.rule, text.slice(f.start, f.end)];
  result.typeError = await createFilter({ preset: "nope" }).then(() => false, (e) => e instanceof TypeError);
  result.before = await (await fetch("/requests")).json();
  const es = await createFilter({ preset: "imo", locale: "es-MX" });
  result.spanish = /correo/i.test(es.check(text).findings[0].message);
  const worker = new Worker("/worker.js", { type: "module" });
  result.worker = await new Promise((resolve, reject) => {
    worker.onmessage = (e) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage("my IBAN is DE89 3704 0044 0532 0130 00");
  });
} catch (e) {
  result.error = String(e);
}
fetch("/done", { method: "POST", body: JSON.stringify(result) });`;

const WORKER = `import { createFilter } from "/pkg/index.js";
const ready = createFilter({ preset: "imo" });
self.onmessage = async (e) => {
  const text = e.data;
  const [f] = (await ready).check(text).findings;
  self.postMessage([f.kind, text.slice(f.start, f.end)]);
};`;

const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

const browser = findBrowser();

test("a module page and a module worker in a headless browser", { skip: browser ? false : "no chromium installed", timeout: 60_000 }, async () => {
  let done;
  const result = new Promise((resolve) => (done = resolve));
  // Every path the browser asked for, in order.
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/requests") {
      return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(requests));
    }
    requests.push(url.pathname);
    if (url.pathname === "/done") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => (res.end(), done(JSON.parse(body))));
      return;
    }
    let body;
    let path = url.pathname;
    if (path === "/") [body, path] = [PAGE, "/index.html"];
    else if (path === "/page.js") body = PAGE_JS;
    else if (path === "/worker.js") body = WORKER;
    else if (path.startsWith("/pkg/")) {
      const file = normalize(join(PKG, path.slice("/pkg/".length)));
      if (file.startsWith(PKG)) {
        try {
          body = readFileSync(file);
        } catch {
          // 404 below
        }
      }
    }
    const type = TYPES[path.slice(path.lastIndexOf("."))];
    if (body === undefined || !type) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": type, "content-security-policy": CSP }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const profile = mkdtempSync(join(tmpdir(), "sendsafe-browser-"));
  const chrome = spawn(
    browser,
    ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`,
      `http://127.0.0.1:${server.address().port}/`],
    { stdio: "ignore" },
  );
  const timer = setTimeout(() => done({ error: "no answer from the browser in 45 s" }), 45_000);
  try {
    const got = await result;
    const messages = (paths) => paths.filter((p) => p.startsWith("/pkg/messages/"));
    const { before, ...rest } = got;
    assert.deepEqual(rest, {
      violations: [],
      console: [],
      page: ["privacy.email", "ana@example.org"],
      typeError: true,
      spanish: true,
      worker: ["iban", "DE89 3704 0044 0532 0130 00"],
    });
    // English filters load no message file; a Spanish one loads Spanish alone.
    assert.deepEqual(messages(before), []);
    assert.deepEqual(messages(requests), ["/pkg/messages/es.js"]);
    // Nothing but the page's own files (and the test's report) was asked for: the text
    // checked never left the page.
    const own = (p) => ["/", "/page.js", "/worker.js", "/done", "/favicon.ico"].includes(p) || p.startsWith("/pkg/");
    assert.deepEqual(requests.filter((p) => !own(p)), []);
  } finally {
    clearTimeout(timer);
    const exited = new Promise((resolve) => chrome.once("exit", resolve));
    chrome.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    server.close();
    server.closeAllConnections();
    // Chromium's helper processes may still be writing the profile for a moment after
    // the browser exits: retry, and never fail the test over a temporary folder.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // left in the OS temporary folder
    }
  }
});
