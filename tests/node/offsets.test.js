// Offsets are JavaScript string indices (UTF-16 code units) into the text exactly as
// passed, whatever a user can type around the finding.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createFilter } from "sendsafe";

const filter = await createFilter({ preset: "imo" });
const EMAIL = "ana@example.org";

/** The spans of `rule` in `text`, as the text they cover. */
function found(text, rule = "privacy.email", options) {
  return filter
    .check(text, options)
    .findings.filter((f) => f.rule === rule)
    .map((f) => {
      assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), "integer offsets");
      assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${f.start}..${f.end} within ${text.length}`);
      return text.slice(f.start, f.end);
    });
}

const around = {
  "emoji (surrogate pairs)": ["😀 ", " 😀"],
  "emoji with skin tone and ZWJ sequences": ["👨‍👩‍👧 🧑🏿‍💻 ", " 👍🏽 🇧🇷"],
  "combining marks": ["Zoë (Zoe\u0308) a\u0310\u0344\u0315 ", " n\u0303\u0303 café"],
  "Arabic": ["بريدي ", " شكرا"],
  "Hebrew with RTL embedding marks": ["\u202bכתובת ", "\u202c"],
  "CJK with full-width punctuation": ["我的邮箱：", "。谢谢"],
  "CRLF lines": ["line one\r\nmail: ", "\r\nbye\r\n"],
  "astral letters": ["𝓗𝓮𝓵𝓵𝓸 ", " 𝕎𝕠𝕣𝕝𝕕"],
  "tabs and no-break spaces": ["\t\u00a0", "\u00a0\t"],
};

for (const [name, [before, after]] of Object.entries(around)) {
  test(`an e-mail between ${name}`, () => {
    const text = before + EMAIL + after;
    assert.deepEqual(found(text), [EMAIL]);
    const [f] = filter.check(text).findings.filter((x) => x.rule === "privacy.email");
    assert.equal(f.start, before.length);
    assert.equal(f.end, before.length + EMAIL.length);
  });
}

test("a finding at the very start and one at the very end", () => {
  assert.deepEqual(found(EMAIL), [EMAIL]);
  const text = `${EMAIL} and bob@example.com`;
  const findings = filter.check(text).findings;
  assert.equal(findings[0].start, 0);
  assert.equal(findings.at(-1).end, text.length);
  assert.deepEqual(found(text), [EMAIL, "bob@example.com"]);
  const iban = "DE89 3704 0044 0532 0130 00";
  assert.deepEqual(found(iban, "privacy.bank_account"), [iban]);
});

test("findings are sorted by start", () => {
  const text = "a@example.org 😀 DE89 3704 0044 0532 0130 00 😀 b@example.org\r\nc@example.org";
  const starts = filter.check(text).findings.map((f) => f.start);
  assert.ok(starts.length >= 4);
  assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
});

test("lone surrogates keep the offsets of the text as passed", () => {
  // A lone surrogate is one code unit in JavaScript; the wasm sees U+FFFD, also one unit.
  for (const stray of ["\ud83d", "\ude00", "\ud83d\ud83d"]) {
    const text = `${stray} ${EMAIL} ${stray}`;
    assert.deepEqual(found(text), [EMAIL]);
  }
});

test("a 1 MB message returns a report", () => {
  const line = "Just chatting about the weekend, nothing to see here 😀 ünïcödé\r\n";
  const filler = line.repeat(Math.ceil(1_000_000 / line.length));
  const text = `${EMAIL} ${filler} tail: bob@example.com`;
  assert.ok(text.length > 1_000_000);
  const started = performance.now();
  const report = filter.check(text);
  const ms = performance.now() - started;
  assert.deepEqual(found(text), [EMAIL, "bob@example.com"]);
  assert.equal(report.verdict, "warn");
  assert.ok(ms < 30_000, `took ${ms} ms`); // a sanity bound, not a benchmark
  assert.equal(filter.redact(text).length, text.length);
});

test("pathological inputs return a report", () => {
  for (const text of [
    "@".repeat(100_000),
    ".".repeat(100_000),
    "a@".repeat(50_000),
    "DE89".repeat(50_000),
    "\u0300".repeat(100_000),
    "😀".repeat(100_000),
    "\r\n".repeat(100_000),
    "\u0000\uffff\ufeff",
  ]) {
    const report = filter.check(text);
    assert.ok(["allow", "warn", "block"].includes(report.verdict));
    for (const f of report.findings) {
      assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length);
    }
  }
});
