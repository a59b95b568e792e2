// The installed package in a real page of headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core; nothing is downloaded). A tiny server on 127.0.0.1 serves the
// package and a page that imports it, with COOP/COEP headers so the page is cross-origin
// isolated and performance.now() is as fine as the browser allows.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };
const PAGE = `<!doctype html><meta charset="utf-8"><title>sendsafe bench</title>
<script type="module">
import * as sendsafe from "/pkg/index.js";
window.sendsafe = sendsafe;
window.benchReady = true;
</script>`;

function serve(pkgDir) {
  const root = fileURLToPath(pkgDir);
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://127.0.0.1").pathname;
    let body;
    let type = TYPES[".html"];
    if (path === "/") body = PAGE;
    else if (path.startsWith("/pkg/")) {
      const file = normalize(join(root, path.slice("/pkg/".length)));
      type = TYPES[file.slice(file.lastIndexOf("."))];
      if (file.startsWith(root) && type && existsSync(file)) body = readFileSync(file);
    }
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": type,
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
      "cache-control": "no-store",
    }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Runs inside the page: serialized by playwright, so it may use only its argument. */
async function benchInPage({ short, idx200, known, probe, options, shortFindings, rounds }) {
  const pct = (values, p) => {
    const s = Float64Array.from(values).sort();
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  };
  const dist = (s) => ({ p50: pct(s, 50), p90: pct(s, 90), p99: pct(s, 99), max: pct(s, 100), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length });
  const out = { crossOriginIsolated: self.crossOriginIsolated, userAgent: navigator.userAgent };

  let t0 = performance.now();
  const filter = await self.sendsafe.createFilter(options);
  out.firstCreateMs = performance.now() - t0;
  const p = filter.check(probe);
  out.probe = p.findings.map((f) => [f.rule, probe.slice(f.start, f.end)]);

  // Answers: every known e-mail and IBAN found at its offsets, and the findings count.
  out.missedKnown = 0;
  out.shortFindings = 0;
  short.forEach((text, i) => {
    const r = filter.check(text);
    out.shortFindings += r.findings.length;
    for (const k of known[i]) {
      if (!r.findings.some((f) => f.rule === k.rule && f.start === k.start && f.end === k.end)) out.missedKnown++;
    }
  });

  // Timer resolution: the smallest step performance.now() takes.
  const steps = [];
  for (let i = 0; i < 300; i++) {
    const a = performance.now();
    let b;
    while ((b = performance.now()) === a);
    steps.push((b - a) * 1000);
  }
  out.timerResolutionUs = pct(steps, 50);
  // With a coarse clock, time each message over a batch of repeats and divide.
  const repeat = out.timerResolutionUs > 1 ? 20 : 1;
  out.repeat = repeat;

  for (let r = 0; r < 3; r++) for (const t of short) filter.check(t); // warm-up
  const perMessage = (texts, n) => {
    const s = [];
    let findings = 0;
    for (let r = 0; r < n; r++) {
      for (const text of texts) {
        const a = performance.now();
        for (let j = 0; j < repeat; j++) findings += filter.check(text).findings.length;
        s.push(((performance.now() - a) * 1000) / repeat);
      }
    }
    return { s, findings };
  };
  const shortRun = perMessage(short, rounds.short);
  out.shortFindingsTimed = shortRun.findings / (rounds.short * repeat);
  out.short = dist(shortRun.s);
  out["200"] = dist(perMessage(idx200.map((i) => short[i]), rounds.s200).s);

  // Mean per message over the whole set, timed as one batch (comparable to the Node peer table).
  const means = [];
  for (let r = 0; r < rounds.mean; r++) {
    let n = 0;
    const a = performance.now();
    for (const text of short) n += filter.check(text).findings.length;
    means.push(((performance.now() - a) * 1000) / short.length);
    if (n !== shortFindings) throw new Error(`findings count ${n} != ${shortFindings}`);
  }
  out.shortMeanUs = pct(means, 50);
  filter.free();
  return out;
}

export async function runBrowser({ pkgDir, short, lines200, knownShort, shortFindings, options, probe, quick }) {
  if (!existsSync(CHROMIUM)) {
    // A missing browser is reported, not a failed run: `apt-get install -y chromium`.
    console.error(`no ${CHROMIUM}: skipping the Chromium part (apt-get install -y chromium)`);
    return { skipped: `no ${CHROMIUM}` };
  }
  const server = await serve(pkgDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => self.benchReady === true, null, { timeout: 30_000 });
    const idx200 = lines200.map((t) => short.indexOf(t));
    const rounds = quick ? { short: 1, s200: 10, mean: 2 } : { short: 5, s200: 200, mean: 10 };
    const out = await page.evaluate(benchInPage, { short, idx200, known: knownShort, probe, options, shortFindings, rounds });
    assert.deepEqual(errors, [], "no errors in the page");
    assert.deepEqual(out.probe, [["privacy.email", "ana.silva@example.org"], ["privacy.bank_account", "DE89 3704 0044 0532 0130 00"]], "Chromium: probe findings");
    assert.equal(out.missedKnown, 0, "Chromium: every known e-mail and IBAN found");
    assert.equal(out.shortFindings, shortFindings, "Chromium: the same findings as Node on the short lines");
    assert.equal(out.shortFindingsTimed, shortFindings, "Chromium: the same findings inside the timed loop");
    const { probe: _p, missedKnown: _m, shortFindingsTimed: _t, ...rest } = out;
    return { version: browser.version(), args: ARGS, lines200: lines200.length, ...rest };
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
}
