// The package as apps use it: each integration in examples/ gets the built package the
// way an app does (`npm pack` of pkg/, then `npm install ./sendsafe-<version>.tgz` into
// a fresh copy of the example, beside the example's own tools pinned by its lockfile),
// is built with its own tools where it has any (vite build, tsc --strict), and then runs:
// in Node, or served from a local static server and loaded in headless chromium, where a
// typed phone number must come back highlighted, with no console error and no request
// to anywhere but the page's own origin. The browser examples are skipped, saying so,
// where /usr/bin/chromium is missing (`make setup` installs it on Debian).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  CHROMIUM,
  binOf,
  freePort,
  installExample,
  launchChromium,
  openPage,
  packTarball,
  removeScratch,
  run,
  serve,
  startServer,
} from "./examples-support/support.js";

const PHONE = "+44 7700 900123";
const TYPED = `call me on ${PHONE} tonight`;
const PHONE_MESSAGE = /phone number/;

// A bound on each test, so a stuck install or browser fails the run instead of hanging it.
const timeout = 300_000;

const noBrowser = existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (Debian's chromium): \`make setup\` installs it`;

// Every example's install starts at once (npm spends most of its time waiting on the
// cache and the disk); each test waits for its own.
const installs = {};
let tarball;
let browser;

before(async () => {
  tarball = await packTarball();
  for (const name of ["node", "typescript", "html", "worker", "vite", "react"]) {
    installs[name] = installExample(name, tarball);
    installs[name].catch(() => {}); // reported by the example's own test
  }
});

after(async () => {
  await Promise.allSettled(Object.values(installs));
  await (await browser?.catch(() => undefined))?.close();
  removeScratch();
});

/** The shared headless chromium, launched by the first browser test. */
async function chromium() {
  browser ??= launchChromium();
  return browser;
}

/**
 * Serves `root`, opens it in chromium, types `TYPED` into the "Message" box and returns
 * what the page shows; then checks that nothing went wrong on the way and that every
 * request stayed on the page's origin (the message never left the page).
 */
async function typeInBrowser(root, drive) {
  // A folder to serve, or a server already running (a dev server).
  const server = typeof root === "string" ? await serve(root) : root;
  const { context, page, requests, problems } = await openPage(await chromium());
  try {
    await page.goto(`${server.origin}/`);
    const box = page.getByRole("textbox", { name: "Message" });
    await box.fill(TYPED);
    const mark = page.locator("mark").first();
    await mark.waitFor({ timeout: 15_000 });
    const shown = {
      marked: await mark.textContent(),
      warning: await page.locator("li", { has: mark }).textContent(),
    };
    const more = drive ? await drive(page) : undefined;
    // The wasm was fetched (so the request log sees what the package asks for) ...
    assert.ok(requests.some((u) => u.endsWith(".wasm")), `no .wasm among the requests:\n${requests.join("\n")}`);
    // ... and nothing was asked of any other origin.
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== server.origin), []);
    assert.deepEqual(problems, []);
    return { ...shown, more, requests: requests.map((u) => new URL(u).pathname) };
  } finally {
    await context.close();
    if (typeof root === "string") server.close();
  }
}

test("Node: examples/node/check.js reports, cites and redacts a phone number", { timeout }, async () => {
  const dir = await installs.node;
  const warned = await run(process.execPath, ["check.js", TYPED], dir);
  assert.deepEqual(warned.trim().split("\n").map((l) => l.replace(/\) .*/, ")")), [
    "verdict: warn",
    `warn privacy.phone: "${PHONE}" (Private information)`,
    "redacted: call me on ••• •••• •••••• tonight",
  ]);
  assert.match(warned, PHONE_MESSAGE);
  assert.equal((await run(process.execPath, ["check.js", "see you at 5pm, it costs $20"], dir)).trim(), "verdict: allow");
  // The installed package is the packed one, which declares the Node versions it runs on.
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules/sendsafe/package.json"), "utf8"));
  assert.equal(manifest.engines.node, ">=18");
});

test("TypeScript: examples/typescript compiles under tsc --strict against the package's typings and runs", { timeout }, async () => {
  const dir = await installs.typescript;
  const tsc = binOf(dir, "typescript", "tsc");
  await run(process.execPath, [tsc, "--strict", "-p", "."], dir);
  const { makeFilter, review } = await import(pathToFileURL(join(dir, "dist/review.js")).href);
  const filter = await makeFilter();
  assert.deepEqual(review(filter, "see you at 5pm"), { action: "send", text: "see you at 5pm" });
  const confirm = review(filter, TYPED);
  assert.equal(confirm.action, "confirm");
  assert.deepEqual(confirm.warnings.map((w) => [w.rule, w.excerpt, w.guideline]), [["privacy.phone", PHONE, "Private information"]]);
  assert.equal(confirm.hidden, "call me on ••• •••• •••••• tonight");
  assert.equal(review(filter, "how old are you? don't tell your parents", { teen: true }).action, "refuse");
  // The example's policy allows links (spam.link off).
  assert.equal(review(filter, "see https://bit.ly/3xYz").action, "send");
  filter.free();

  // The @ts-expect-error lines are live: without them the same build fails on exactly
  // those two mistakes, so typings that stopped catching them would fail the build above.
  const source = join(dir, "src/review.ts");
  writeFileSync(source, readFileSync(source, "utf8").replace(/^\s*\/\/ @ts-expect-error.*\n/gm, ""));
  const failed = await run(process.execPath, [tsc, "--strict", "-p", ".", "--noEmit"], dir).then(
    () => assert.fail("tsc accepted a string for `teen` and an unknown rule id"),
    (e) => e.message,
  );
  assert.match(failed, /review\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'boolean\b/);
  assert.match(failed, /review\.ts\(\d+,\d+\): error TS2353: .*'"privacy\.phones"'/);
  assert.equal(failed.match(/error TS\d+/g).length, 2, failed);
});

test("plain HTML: examples/html with <script type=\"module\"> and an import map, no bundler", { skip: noBrowser, timeout }, async () => {
  const dir = await installs.html;
  const shown = await typeInBrowser(dir);
  assert.equal(shown.marked, PHONE);
  assert.match(shown.warning, PHONE_MESSAGE);
  // Straight from node_modules, as installed: no build step in between.
  assert.ok(shown.requests.includes("/node_modules/sendsafe/sendsafe_wasm_bg.wasm"), shown.requests.join("\n"));
});

test("Web Worker: examples/worker checks in a module worker; the page only posts text", { skip: noBrowser, timeout }, async () => {
  const dir = await installs.worker;
  const shown = await typeInBrowser(dir, async (page) => {
    const workers = page.workers();
    const wasm = (list) => list.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname);
    return {
      workers: workers.map((w) => new URL(w.url()).pathname),
      // Each realm has its own resource timeline: the wasm is fetched (and so instantiated)
      // in the worker, never on the page. (Chromium lists the worker's module scripts on
      // the page's timeline, so the JavaScript files cannot tell.)
      page: wasm(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))),
      worker: wasm(await workers[0].evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))),
    };
  });
  assert.equal(shown.marked, PHONE);
  assert.match(shown.warning, PHONE_MESSAGE);
  assert.deepEqual(shown.more.workers, ["/check-worker.js"]);
  assert.deepEqual(shown.more.page, []);
  assert.deepEqual(shown.more.worker, ["/node_modules/sendsafe/sendsafe_wasm_bg.wasm"]);
});

test("Vite: examples/vite's production build (vite build) works when served", { timeout }, async (t) => {
  const dir = await installs.vite;
  await run(process.execPath, [binOf(dir, "vite"), "build"], dir);
  const assets = readdirSync(join(dir, "dist/assets"));
  assert.ok(assets.some((f) => /^sendsafe_wasm_bg-.*\.wasm$/.test(f)), `vite build emitted no wasm: ${assets}`);
  // The build is checked with or without a browser; running it needs one.
  if (noBrowser) return t.skip(noBrowser);
  const shown = await typeInBrowser(join(dir, "dist"));
  assert.equal(shown.marked, PHONE);
  assert.match(shown.warning, PHONE_MESSAGE);
  // Only the built files: nothing is read from node_modules at run time.
  assert.deepEqual(shown.requests.filter((p) => p !== "/" && !p.startsWith("/assets/")), []);
});

test("Vite: examples/vite under the dev server (npm run dev) works too", { skip: noBrowser, timeout }, async () => {
  const dir = await installs.vite;
  const port = await freePort();
  const vite = await startServer(process.execPath, [binOf(dir, "vite"), "--host", "127.0.0.1", "--port", String(port), "--strictPort"], dir, /Local:\s+(http:\/\/127\.0\.0\.1:\d+)\//);
  try {
    const shown = await typeInBrowser({ origin: vite.match[1] });
    assert.equal(shown.marked, PHONE);
    assert.match(shown.warning, PHONE_MESSAGE);
    // The dev server pre-bundles the package and still finds its wasm.
    assert.ok(shown.requests.includes("/node_modules/sendsafe/sendsafe_wasm_bg.wasm"), shown.requests.join("\n"));
  } finally {
    await vite.stop();
  }
});

test("React: examples/react's composer, built with Vite, warns, hides and blocks", { timeout }, async (t) => {
  const dir = await installs.react;
  // React is the example's dependency, never the package's.
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules/sendsafe/package.json"), "utf8"));
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    assert.ok(!Object.keys(manifest[field] ?? {}).some((d) => /react/.test(d)), `sendsafe ${field} names React`);
  }
  await run(process.execPath, [binOf(dir, "vite"), "build"], dir);
  if (noBrowser) return t.skip(noBrowser);
  const shown = await typeInBrowser(join(dir, "dist"), async (page) => {
    const send = page.getByRole("button", { name: "Send anyway" });
    const result = { sendAnyway: await send.isEnabled() };
    await page.getByRole("button", { name: "Hide it and send" }).click();
    const sent = page.getByRole("list", { name: "Messages" }).getByRole("listitem");
    await sent.first().waitFor({ timeout: 5_000 });
    result.sent = await sent.allTextContents();
    result.boxAfterSend = await page.getByRole("textbox", { name: "Message" }).inputValue();
    // Teen safety: a grooming message is a block; it cannot be sent as typed or hidden.
    await page.getByLabel("Teen safety").check();
    await page.getByRole("textbox", { name: "Message" }).fill("how old are you? don't tell your parents");
    await page.locator("mark").first().waitFor({ timeout: 5_000 });
    result.teen = {
      marked: await page.locator("mark").allTextContents(),
      send: await page.getByRole("button", { name: /^Send/ }).isEnabled(),
      hide: await page.getByRole("button", { name: "Hide it and send" }).count(),
    };
    return result;
  });
  assert.equal(shown.marked, PHONE);
  assert.match(shown.warning, PHONE_MESSAGE);
  assert.deepEqual(shown.more, {
    sendAnyway: true,
    sent: ["call me on ••• •••• •••••• tonight"],
    boxAfterSend: "",
    teen: { marked: ["don't tell your parents"], send: false, hide: 0 },
  });
});
