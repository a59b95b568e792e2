// Helpers of tests/node/examples.test.js: pack the built package, install it into a fresh
// copy of an example as an app would (`npm ci` for the example's own pinned tools, then
// `npm install ./sendsafe-<version>.tgz`), serve a folder, and drive Debian's chromium.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));

/** Debian's chromium; playwright-core cannot download a browser here. */
export const CHROMIUM = "/usr/bin/chromium";

/** Runs `cmd args` in `cwd`; resolves with its output, rejects with all of it. */
export function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`\`${cmd} ${args.join(" ")}\` in ${cwd} exited with ${code}:\n${out}`));
    });
  });
}

/** npm without the audit and funding requests, which need the network and say nothing here. */
export function npm(args, cwd) {
  return run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], cwd);
}

/** Every temporary folder made by `scratch`, for `removeScratch`. */
const made = [];

/** A new temporary folder. */
export function scratch(name) {
  const dir = mkdtempSync(join(tmpdir(), `sendsafe-${name}-`));
  made.push(dir);
  return dir;
}

/** Removes the temporary folders; never fails a test over one. */
export function removeScratch() {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // left in the OS temporary folder
    }
  }
}

/** `npm pack` of the built package (pkg/, from `make pkg`): the path of the tarball. */
export async function packTarball() {
  const pkg = join(REPO, "pkg");
  if (!existsSync(join(pkg, "package.json"))) throw new Error(`no ${pkg}/package.json: run \`make pkg\` first`);
  const dir = scratch("tarball");
  await npm(["pack", pkg, "--pack-destination", dir], dir);
  const [file] = readdirSync(dir).filter((f) => /^sendsafe-.*\.tgz$/.test(f));
  if (!file) throw new Error(`npm pack wrote no sendsafe-*.tgz into ${dir}`);
  return join(dir, file);
}

/**
 * A fresh copy of examples/<name> with its pinned tools installed (`npm ci`, when it has
 * a lockfile) and then the package from `tarball`, as `npm install ./sendsafe-*.tgz`
 * would (without writing it into the example's package.json). Returns the copy's path.
 */
export async function installExample(name, tarball) {
  const dir = join(scratch(`example-${name}`), name);
  const source = join(REPO, "examples", name);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
  });
  if (existsSync(join(dir, "package-lock.json"))) await npm(["ci"], dir);
  await npm(["install", "--no-save", tarball], dir);
  return dir;
}

/** The JavaScript `bin` of a package installed in `dir`, run with this Node. */
export function binOf(dir, pkg, bin = pkg) {
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules", pkg, "package.json"), "utf8"));
  const rel = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[bin];
  return join(dir, "node_modules", pkg, rel);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/**
 * A static file server for `root` on a free port of 127.0.0.1, as any static host would
 * serve the example. `requests` lists every path asked for.
 */
export async function serve(root) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close() {
      server.close();
      server.closeAllConnections();
    },
  };
}

/**
 * Starts a long-running `cmd args` in `cwd` (a dev server) and resolves once its output
 * matches `ready`, with the match and `stop()`; rejects if it exits first or takes 30 s.
 */
export function startServer(cmd, args, cwd, ready) {
  const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", resolve);
    child.kill();
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => stop().then(() => reject(new Error(`${cmd} not ready in 30 s:\n${out}`))), 30_000);
    const look = (chunk) => {
      out += chunk;
      // Colour codes split words in some tools' output.
      const match = out.replace(/\x1b\[[0-9;]*m/g, "").match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ match, stop });
      }
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited with ${code} before it was ready:\n${out}`));
    });
  });
}

/** A TCP port that was free a moment ago, for a tool that wants one named. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * playwright-core, a dependency of the Node tests (tests/node/package.json, installed by
 * `make test-node`), shared with the demo's browser tests.
 */
export async function playwright() {
  return import("playwright-core");
}

/** Headless chromium as the tests launch it: no sandbox (root in a container), no GPU, nothing in the background. */
export async function launchChromium() {
  const { chromium } = await playwright();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A new page of `browser` that records every request made by the page or its workers
 * (`requests`, full URLs), console errors and warnings, and uncaught exceptions (`problems`).
 */
export async function openPage(browser) {
  const context = await browser.newContext();
  // Browsers ask for a favicon on their own; an empty answer keeps 404s out of the console.
  await context.route(/\/favicon\.ico$/, (route) => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("worker", (w) => w.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`worker console.${m.type()}: ${m.text()}`);
  }));
  return { context, page, requests, problems };
}
