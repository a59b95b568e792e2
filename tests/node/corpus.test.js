// Runs every tests/data/*.jsonl case (format: tests/data/README.md) against the npm
// package, under every preset and with teen-safety mode off and on. Expected offsets
// come from the ⟦ ⟧ marks, as JavaScript string indices (UTF-16).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createFilter } from "sendsafe";

const DATA = new URL("../data/", import.meta.url);
const OPEN = "\u27e6"; // ⟦
const CLOSE = "\u27e7"; // ⟧
const PRESETS = ["default", "imo", "calimero"];

// Rules whose adult severity is `off` in rules.md ("adult / teen" column); the presets
// keep those defaults. For adults these rules report nothing.
const OFF_FOR_ADULTS = new Set([
  "privacy.request",
  "teen.grooming",
  "teen.meetup",
  "teen.off_platform",
  "teen.risky",
  "teen.age_disclosure",
]);

/** Strips the marks: the text and the [start, end) spans they wrapped, in UTF-16 units. */
function stripMarks(marked) {
  let text = "";
  let open = null;
  const spans = [];
  for (const c of marked) {
    if (c === OPEN) {
      assert.equal(open, null, `nested ${OPEN} in ${JSON.stringify(marked)}`);
      open = text.length;
    } else if (c === CLOSE) {
      assert.notEqual(open, null, `${CLOSE} without ${OPEN} in ${JSON.stringify(marked)}`);
      spans.push([open, text.length]);
      open = null;
    } else {
      text += c;
    }
  }
  assert.equal(open, null, `${OPEN} without ${CLOSE} in ${JSON.stringify(marked)}`);
  return { text, spans };
}

function loadCases() {
  const files = readdirSync(DATA).filter((f) => f.endsWith(".jsonl")).sort();
  const cases = [];
  for (const file of files) {
    const lines = readFileSync(new URL(file, DATA), "utf8").split("\n");
    lines.forEach((raw, i) => {
      const line = raw.replace(/\r$/, "");
      if (line.trim() === "" || line.startsWith("#")) return;
      const at = `${file}:${i + 1}`;
      let v;
      try {
        v = JSON.parse(line);
      } catch (e) {
        throw new Error(`${at}: ${e.message}`);
      }
      assert.equal(typeof v.text, "string", `${at}: text`);
      assert.equal(typeof v.rule, "string", `${at}: rule`);
      if (v.preset !== undefined) assert.ok(PRESETS.includes(v.preset), `${at}: preset ${v.preset}`);
      if (v.teen !== undefined) assert.equal(typeof v.teen, "boolean", `${at}: teen`);
      if (v.history !== undefined) assert.ok(Array.isArray(v.history), `${at}: history`);
      if (v.direction !== undefined) assert.ok(["incoming", "outgoing"].includes(v.direction), `${at}: direction`);
      cases.push({ at, ...v, ...stripMarks(v.text) });
    });
  }
  return { files, cases };
}

test("marks are stripped into UTF-16 spans", () => {
  assert.deepEqual(stripMarks("😀 ⟦a@b.co⟧!"), { text: "😀 a@b.co!", spans: [[3, 9]] });
  assert.deepEqual(stripMarks("no marks"), { text: "no marks", spans: [] });
  assert.deepEqual(stripMarks("⟦x⟧⟦y⟧"), { text: "xy", spans: [[0, 1], [1, 2]] });
});

const { files, cases } = loadCases();

test("tests/data has cases", () => {
  assert.ok(files.length > 0, "no tests/data/*.jsonl");
  assert.ok(cases.length > 0, "no cases in tests/data");
});

for (const preset of PRESETS) {
  for (const teen of [false, true]) {
    test(`every case: preset ${preset}, teen ${teen}`, async (t) => {
      const filter = await createFilter({ preset });
      const failures = [];
      let runs = 0;
      for (const c of cases) {
        if ((c.preset !== undefined && c.preset !== preset) || (c.teen !== undefined && c.teen !== teen)) continue;
        runs++;
        const want = !teen && OFF_FOR_ADULTS.has(c.rule) ? [] : c.spans;
        const options = { teen };
        if (c.history !== undefined) options.history = c.history;
        if (c.direction !== undefined) options.direction = c.direction;
        const found = filter.check(c.text, options).findings.filter((f) => f.rule === c.rule);
        const got = found.map((f) => [f.start, f.end]);
        const problems = [];
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          const show = (spans) => JSON.stringify(spans.map(([s, e]) => c.text.slice(s, e)));
          problems.push(`found ${show(got)} at ${JSON.stringify(got)}, want ${show(want)} at ${JSON.stringify(want)}`);
        }
        for (const f of found) {
          if (c.kind !== undefined && f.kind !== c.kind) problems.push(`kind ${f.kind}, want ${c.kind}`);
          if (!f.guideline || !f.message) problems.push("empty guideline or message");
        }
        if (problems.length) failures.push(`${c.at} ${JSON.stringify(c.text)}: ${problems.join("; ")}`);
      }
      filter.free();
      t.diagnostic(`${runs} cases from ${files.length} files`);
      assert.ok(runs > 0, "no case ran");
      assert.equal(failures.length, 0, `${failures.length} of ${runs} cases failed:\n${failures.join("\n")}`);
    });
  }
}
