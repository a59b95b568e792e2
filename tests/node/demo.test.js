// The demo chat (www/) in a real browser: Debian's chromium driven by playwright-core,
// the page served by scripts/serve.py (as `make demo` serves it, with its strict
// Content-Security-Policy) with the package as a client installs it
// (tests/node/node_modules/sendsafe) at /pkg/. Every page of every test records its
// console, its uncaught errors and every request it makes; each test ends by asserting
// that there were no errors and that every request was for one of the demo's own files.
//
// Screenshots (desktop 1280 px and phone 360 px wide) go to target/screenshots/, or to
// the folder in SENDSAFE_SCREENSHOTS (`SENDSAFE_SCREENSHOTS=www node --test
// tests/node/demo.test.js` refreshes the ones the README shows).
//
// Skipped, saying why, when /usr/bin/chromium is missing (`make setup` installs it).
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WWW = join(ROOT, "www");
const PKG = fileURLToPath(new URL("node_modules/sendsafe/", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const SHOTS = resolve(ROOT, process.env.SENDSAFE_SCREENSHOTS || "target/screenshots");

const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (Debian: apt-get install chromium; make setup does it)`
  : !existsSync(join(PKG, "index.js"))
    ? "the package is not installed in tests/node/node_modules (run make test-node)"
    : false;

const PHONE_TEXT = "call me on +44 7700 900123 tonight";
const PHONE = "+44 7700 900123";
const GROOMING = "this is just between us ok? don't tell your parents";
const FLATTERY = "you're so mature for your age, you know that?";
// Blocked for a teen sender, and nothing in it to hide: only "Edit" is left.
const TEEN_BLOCK = "let's meet up after school, just the two of us";

/** Every file a request may ask for: the demo's own files and the installed package's. */
function ownPaths() {
  const paths = new Set(["/", "/favicon.ico"]);
  const walk = (dir, prefix) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else paths.add(`${prefix}${name}`);
    }
  };
  walk(WWW, "/");
  walk(PKG, "/pkg/");
  return paths;
}

/** Starts scripts/serve.py on a free port; resolves to { origin, stop }. */
async function startServer() {
  const server = spawn("python3", [join(ROOT, "scripts/serve.py"), "--port", "0", "--pkg", PKG], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const lines = createInterface({ input: server.stdout });
  const origin = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error("scripts/serve.py printed no address in 10 s")), 10_000);
    server.once("exit", (code) => reject(new Error(`scripts/serve.py exited with ${code}`)));
    lines.once("line", (line) => {
      clearTimeout(timer);
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
      match ? resolvePromise(match[1]) : reject(new Error(`unexpected serve.py output: ${line}`));
    });
  });
  const stop = () => new Promise((done) => {
    if (server.exitCode !== null) return done();
    server.once("exit", done);
    server.kill();
  });
  return { origin, stop };
}

describe("the demo chat in headless Chromium", { skip, concurrency: false }, () => {
  let browser;
  let server;
  let own;

  before(async () => {
    const { chromium } = await import("playwright-core");
    own = ownPaths();
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * A fresh page on the demo, ready to type into; `page.finish()` asserts that it logged
   * no error or warning, threw nothing, and asked for nothing but the demo's own files.
   */
  async function open({ width = 1280, height = 900 } = {}) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("request", (request) => requests.push(request.url()));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
    await page.goto(`${server.origin}/`);
    await page.waitForSelector("html[data-ready]", { timeout: 30_000 });
    page.requests = requests;
    page.finish = async () => {
      assert.deepEqual(problems, [], "console errors, uncaught errors or failed requests");
      const foreign = requests.filter((url) => {
        const parsed = new URL(url);
        return parsed.origin !== server.origin || !own.has(parsed.pathname) || parsed.search !== "";
      });
      assert.deepEqual(foreign, [], "requests other than the demo's own files");
      await context.close();
    };
    return page;
  }

  const composer = (page) => page.getByRole("textbox", { name: "Message", exact: true });
  const sendButton = (page) => page.getByRole("button", { name: "Send", exact: true });
  const marks = (page) => page.locator("#highlights mark").allTextContents();
  const outgoing = (page) => page.locator("#messages .message.outgoing .bubble").allTextContents();

  async function setTeen(page, on) {
    const teen = page.getByRole("switch", { name: "Teen safety", exact: true });
    if ((await teen.isChecked()) !== on) await teen.click();
    await page.waitForFunction((want) => document.getElementById("teen-state").textContent === want, on ? "On" : "Off");
  }

  /** The package's own redaction, in Node: what "Hide it and send" must deliver. */
  async function redacted(text, options = {}) {
    const { createFilter } = await import("sendsafe");
    const filter = await createFilter(options);
    try {
      return filter.redact(text);
    } finally {
      filter.free();
    }
  }

  it("typing a phone number highlights exactly the number and warns, in a card per finding on Send", async () => {
    const page = await open();
    await composer(page).pressSequentially(PHONE_TEXT);
    assert.deepEqual(await marks(page), [PHONE]);
    // The mark is underlined, not only coloured, and the card says its severity in words.
    const decoration = await page.locator("#highlights mark").evaluate((mark) => getComputedStyle(mark).textDecorationLine);
    assert.equal(decoration, "underline");
    const preview = page.locator("#findings > li");
    assert.equal(await preview.count(), 1);
    assert.match(await preview.innerText(), /Warning[\s\S]*Phone number/);
    assert.match(await page.locator("#timing").innerText(), /checked in (under )?\d+(\.\d+)? ms/);
    // Screen readers hear the count once typing pauses.
    await page.waitForFunction(() => document.getElementById("live").textContent === "1 finding in your message.");

    await sendButton(page).click();
    assert.deepEqual(await outgoing(page), [], "a warned message is not sent without a choice");
    const cards = page.locator("#review-cards > li");
    assert.equal(await cards.count(), 1);
    assert.equal(await cards.getAttribute("data-rule"), "privacy.phone");
    const card = await cards.innerText();
    for (const part of ["Warning", "Phone number", PHONE, "Private information", "phone number"]) {
      assert.ok(card.includes(part), `the card shows ${JSON.stringify(part)}: ${card}`);
    }
    // The cards are inside the polite live region, and the choices are there.
    assert.equal(await page.locator("#review").getAttribute("aria-live"), "polite");
    assert.equal(await page.locator("#review #review-cards > li").count(), 1);
    for (const name of ["Edit", "Send anyway", "Hide it and send"]) {
      assert.ok(await page.getByRole("button", { name, exact: true }).isVisible(), `${name} is offered`);
    }
    await page.getByRole("button", { name: "Send anyway", exact: true }).click();
    assert.deepEqual(await outgoing(page), [PHONE_TEXT]);
    await page.finish();
  });

  it('"Hide it and send" sends the masked text', async () => {
    const page = await open();
    await composer(page).pressSequentially(PHONE_TEXT);
    await sendButton(page).click();
    await page.getByRole("button", { name: "Hide it and send", exact: true }).click();
    const masked = await redacted(PHONE_TEXT);
    assert.notEqual(masked, PHONE_TEXT);
    assert.deepEqual(await outgoing(page), [masked]);
    assert.ok(!(await outgoing(page))[0].includes("7700"), "no digit of the number is sent");
    assert.equal(await composer(page).inputValue(), "");
    await page.finish();
  });

  it("a block in teen mode cannot be sent as typed", async () => {
    const page = await open();
    await setTeen(page, true);
    await composer(page).pressSequentially(TEEN_BLOCK);
    await sendButton(page).click();
    assert.match(await page.locator("#review-title").innerText(), /can't be sent/);
    assert.equal(await page.locator('#review-cards > li[data-severity="block"]').count(), 1);
    assert.ok(!(await page.locator("#send-anyway").isVisible()), "no Send anyway");
    assert.ok(!(await page.locator("#hide-send").isVisible()), "nothing to hide, so no Hide it and send");
    // Neither Ctrl+Enter nor the button sends it.
    await composer(page).press("Control+Enter");
    await sendButton(page).click();
    assert.deepEqual(await outgoing(page), []);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    assert.ok(!(await page.locator("#review-panel").isVisible()));

    // A teen's phone number: blocked as typed, only its masked form can go.
    await composer(page).fill(PHONE_TEXT);
    await sendButton(page).click();
    assert.ok(!(await page.locator("#send-anyway").isVisible()), "no Send anyway");
    assert.deepEqual(await outgoing(page), []);
    await page.getByRole("button", { name: "Hide it and send", exact: true }).click();
    assert.deepEqual(await outgoing(page), [await redacted(PHONE_TEXT, { teen: true })]);

    // The same meetup from an adult only warns: the block is the teen mode's.
    await setTeen(page, false);
    await composer(page).fill(TEEN_BLOCK);
    assert.notEqual(await page.locator("#field").getAttribute("data-verdict"), "block");
    await page.finish();
  });

  it("an incoming grooming message to a teen shows the teen-safety warning above it", async () => {
    const page = await open();
    const receive = async (text) => {
      await page.getByRole("textbox", { name: "Their message", exact: true }).fill(text);
      await page.getByRole("button", { name: "Receive", exact: true }).click();
    };
    // Teen safety off: the same message carries no card.
    await receive(GROOMING);
    const first = page.locator("#messages .message.incoming").nth(0);
    assert.equal(await first.locator(".incoming-card").count(), 0);

    await setTeen(page, true);
    // Switching teen safety on checks the earlier message again: it has the card now.
    const firstCard = first.locator(".incoming-card");
    await firstCard.waitFor();
    assert.equal(await firstCard.locator('[data-rule="teen.grooming"]').count(), 1);
    // A new one arrives with its card at once.
    await receive(FLATTERY);
    const second = page.locator("#messages .message.incoming").nth(1);
    const card = second.locator(".incoming-card");
    await card.waitFor();
    assert.equal(await card.locator('[data-rule="teen.grooming"]').count(), 1);
    for (const item of [first, second]) {
      assert.match(await item.locator(".incoming-card").innerText(), /Teen safety/);
      const [cardBox, bubbleBox] = [await item.locator(".incoming-card").boundingBox(), await item.locator(".bubble").boundingBox()];
      assert.ok(cardBox.y + cardBox.height <= bubbleBox.y + 1, "the warning sits above the message");
    }
    // Blocked: folded away until asked for, then shown with the phrase marked.
    assert.ok(!(await first.locator(".bubble-text").isVisible()));
    await first.getByRole("button", { name: "Show message" }).click();
    assert.deepEqual(await first.locator(".bubble-text mark").allTextContents(), ["don't tell your parents"]);
    await page.finish();
  });

  it("the preset switch changes the guideline a card cites; the language switch the words", async () => {
    const page = await open();
    await composer(page).pressSequentially(PHONE_TEXT);
    const cited = () => page.locator("#findings .guideline").innerText();
    assert.equal(await cited(), "Guidelines: Private information");
    await page.getByLabel("Guidelines").selectOption("calimero");
    await page.waitForFunction(() => document.querySelector("#findings .guideline-section")?.textContent === "No Harassment");
    assert.equal(await cited(), "Calimero Chat Community Guidelines: No Harassment");
    await page.getByLabel("Guidelines").selectOption("imo");
    await page.waitForFunction(() => document.querySelector("#findings .guideline-doc")?.textContent.startsWith("imo"));
    assert.equal(await cited(), "imo Community Guidelines: Private information");

    await page.getByLabel("Language").selectOption("es");
    const message = page.locator("#findings .finding-message");
    await page.waitForFunction(() => document.querySelector("#findings .finding-message")?.lang === "es");
    assert.match(await message.innerText(), /teléfono/);
    assert.deepEqual(await marks(page), [PHONE]);
    assert.ok(page.requests.some((url) => url.endsWith("/pkg/messages/es.js")), "the Spanish messages were loaded");
    await page.finish();
  });

  it("works end to end with the keyboard alone (Tab, Enter, Space), with visible focus", async () => {
    const page = await open();
    const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || "");
    const focusRing = () => page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    });
    /** Presses Tab (or Shift+Tab) until `id` has focus; fails after 40 presses. */
    const tabTo = async (id, key = "Tab") => {
      for (let i = 0; i < 40; i++) {
        if ((await active()) === id) return;
        await page.keyboard.press(key);
      }
      assert.fail(`Tab never reached #${id}`);
    };
    assert.equal(await active(), "message", "the composer has focus after loading");

    await tabTo("teen", "Shift+Tab");
    assert.ok(await focusRing(), "the switch shows focus");
    await page.keyboard.press("Space");
    await page.waitForFunction(() => document.getElementById("teen-state").textContent === "On");
    await tabTo("message");
    await page.keyboard.type(PHONE_TEXT);
    assert.deepEqual(await marks(page), [PHONE]);
    await page.keyboard.press("Tab");
    assert.equal(await active(), "send");
    assert.ok(await focusRing(), "Send shows focus");
    await page.keyboard.press("Enter");
    assert.equal(await active(), "edit", "the choices take focus");
    await page.keyboard.press("Tab");
    assert.equal(await active(), "hide-send", "a teen's block skips Send anyway");
    assert.ok(await focusRing(), "Hide it and send shows focus");
    await page.keyboard.press("Space");
    assert.deepEqual(await outgoing(page), [await redacted(PHONE_TEXT, { teen: true })]);
    assert.equal(await active(), "message", "back in the composer");

    // The other person, by keyboard too.
    await tabTo("incoming");
    assert.ok(await focusRing(), "their message field shows focus");
    await page.keyboard.type(GROOMING);
    await page.keyboard.press("Enter");
    const received = page.locator("#messages .message.incoming");
    await received.locator(".incoming-card").waitFor();
    await tabTo("incoming", "Shift+Tab"); // still there; now back to the reveal button
    for (let i = 0; i < 40 && !(await active()).includes("reveal"); i++) await page.keyboard.press("Shift+Tab");
    assert.match(await active(), /reveal/);
    assert.ok(await focusRing(), "Show message shows focus");
    await page.keyboard.press("Enter");
    assert.ok(await received.locator(".bubble-text").isVisible());
    await page.finish();
  });

  it("the highlight overlay stays aligned with the text: emoji, right-to-left text, line wraps", async () => {
    const page = await open({ width: 360, height: 800 });
    const text = "Hi 👋🏽 مرحبا يا صديقي، هذا رقمي\nשלום 😀 my number is +44 7700 900123 — call me after school 🏫 okay?"
      + " <img src=x onerror=alert(1)><b>not bold</b>\n\n";
    await composer(page).fill(text);
    const layout = await page.evaluate(() => {
      const area = document.getElementById("message");
      const backdrop = document.getElementById("backdrop");
      const highlights = document.getElementById("highlights");
      const mark = highlights.querySelector("mark");
      const a = getComputedStyle(area);
      const b = getComputedStyle(backdrop);
      const box = (el) => el.getBoundingClientRect().toJSON();
      return {
        text: highlights.textContent,
        elements: [...highlights.querySelectorAll("*")].map((node) => node.nodeName),
        mark: mark?.textContent,
        lines: Math.round((area.scrollHeight - 2 * parseFloat(a.paddingTop)) / parseFloat(a.lineHeight)),
        areaHeight: area.scrollHeight,
        backdropHeight: backdrop.scrollHeight,
        font: [a.font, a.padding, a.lineHeight, a.whiteSpace, a.overflowWrap, a.letterSpacing, a.width],
        backdropFont: [b.font, b.padding, b.lineHeight, b.whiteSpace, b.overflowWrap, b.letterSpacing, b.width],
        markRects: [...(mark?.getClientRects() ?? [])].map((r) => r.toJSON()),
        area: box(area),
      };
    });
    assert.equal(layout.text, `${text}\u200b`, "the backdrop holds the same text");
    assert.equal(layout.mark, PHONE);
    assert.deepEqual(layout.elements, ["MARK"], "text is set as text: the markup typed stays text");
    assert.deepEqual(layout.backdropFont, layout.font, "the backdrop has the textarea's text metrics");
    assert.ok(layout.lines >= 6, `the text wraps onto several lines (${layout.lines})`);
    assert.ok(Math.abs(layout.areaHeight - layout.backdropHeight) <= 1,
      `the backdrop's lines match the textarea's (${layout.backdropHeight} vs ${layout.areaHeight})`);
    for (const rect of layout.markRects) {
      assert.ok(rect.left >= layout.area.left && rect.right <= layout.area.right + 0.5, "the mark lies inside the field");
    }
    await page.finish();
  });

  it("support, not a warning, for self_harm.risk: the message goes, with a kind note", async () => {
    const page = await open();
    const text = "honestly i want to die, nothing helps";
    await composer(page).fill(text);
    // Nothing of what a person writes about themselves is marked in the composer.
    assert.deepEqual(await marks(page), []);
    await sendButton(page).click();
    // Sent as written: support never holds a message back, and no review opens.
    assert.deepEqual(await outgoing(page), [text]);
    const note = page.locator("#messages .support-list li").first();
    await note.waitFor();
    assert.equal(await note.getAttribute("data-severity"), "support");
    const words = await note.textContent();
    assert.doesNotMatch(words, /Warning|Not allowed/);
    assert.equal(await page.locator("#review-cards > li").count(), 0, "no warning card");
    // The card builder alone: with a private detail beside it the message is reviewed for
    // that detail only, and only the detail is marked.
    const mixed = await page.evaluate(async () => {
      const { gateVerdict, markedText } = await import("/findings.js");
      const text = "I can't do this anymore, my number is +44 7700 900123";
      const risk = { rule: "self_harm.risk", severity: "warn", start: 0, end: 23 };
      const phone = { rule: "privacy.phone", severity: "warn", start: 38, end: 53 };
      return {
        withPhone: gateVerdict([risk, phone]),
        marks: markedText(text, [risk, phone]).filter((node) => node.nodeName === "MARK").map((node) => node.textContent),
      };
    });
    assert.equal(mixed.withPhone, "warn");
    assert.deepEqual(mixed.marks, ["+44 7700 900123"]);
    await page.finish();
  });

  it("screenshots at 1280 and 360 px; readable at 360 px without sideways scrolling", async (t) => {
    mkdirSync(SHOTS, { recursive: true });
    const written = [];
    for (const width of [1280, 360]) {
      const page = await open({ width, height: 900 });
      await setTeen(page, true);
      await page.getByLabel("Guidelines").selectOption("imo");
      const receive = async (text) => {
        await page.getByRole("textbox", { name: "Their message", exact: true }).fill(text);
        await page.getByRole("button", { name: "Receive", exact: true }).click();
      };
      await receive("Good game today! See you at practice on Thursday 🙂");
      await composer(page).fill("Thanks, you too! 🏀");
      await sendButton(page).click();
      await receive(GROOMING);
      await page.locator(".incoming-card").first().waitFor();
      await composer(page).pressSequentially("sure, text me on +44 7700 900123");
      await sendButton(page).click();
      await page.locator("#review-panel").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px too wide)`);
      const send = await sendButton(page).boundingBox();
      assert.ok(send.x + send.width <= width, "the Send button is on screen");
      const path = join(SHOTS, `demo-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      written.push(relative(ROOT, path).split(sep).join("/"));
      await page.finish();
    }
    for (const path of written) assert.ok(statSync(join(ROOT, path)).size > 10_000, `${path} was written`);
    t.diagnostic(`screenshots: ${written.join(", ")}`);
  });
});
