// The JavaScript boundary under random input: thousands of generated option objects,
// policies, check options and texts (a fixed-seed generator, so a failure replays). Each
// call must either work or throw a TypeError whose message starts with the path of a field
// ("options.", "policy" or the method name); never a wasm trap, never another error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createFilter } from "sendsafe";

let seed = 0x5afe;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const pick = (xs) => xs[rand(xs.length)];

const KEYS = ["preset", "teen", "locale", "policy", "onError", "direction", "history", "rules", "allow", "block", "name",
  "adult", "guideline", "messages", "domains", "terms", "privacy.email", "spam.link", "teen.meetup", "nope", "__proto__", ""];
const STRINGS = ["imo", "default", "calimero", "en", "pt-BR", "warn", "block", "off", "info", "allow", "outgoing", "incoming",
  "privacy.email", "x", "", "😀", "\ud800", "a".repeat(300)];

/** A random JSON-like value, `depth` levels deep at most, biased toward the fields the engine reads. */
function value(depth) {
  switch (rand(depth > 0 ? 11 : 8)) {
    case 0: return undefined;
    case 1: return null;
    case 2: return rand(2) === 0;
    case 3: return pick([0, -1, 1.5, 2 ** 53, NaN, Infinity]);
    case 4: case 5: return pick(STRINGS);
    case 6: return 10n;
    case 7: return () => "warn";
    case 8: return Array.from({ length: rand(4) }, () => value(depth - 1));
    default: return Object.fromEntries(Array.from({ length: rand(4) }, () => [pick(KEYS), value(depth - 1)]));
  }
}

/** Runs `f`; a TypeError naming a field is fine, anything else thrown fails. */
function tolerate(f, what) {
  try {
    return f();
  } catch (e) {
    assert.ok(e instanceof TypeError, `${what}: ${e?.constructor?.name}: ${e?.message}`);
    assert.match(e.message, /^(options|policy|check|redact|onError|createFilter)\b/, `${what}: ${e.message}`);
    return undefined;
  }
}

test("random filter options: a filter or a TypeError naming the field", async () => {
  let made = 0;
  for (let i = 0; i < 1500; i++) {
    const options = rand(3) === 0 ? value(3) : { preset: pick(["imo", "default", "calimero"]), [pick(KEYS)]: value(3), policy: rand(2) ? value(4) : undefined };
    const what = `options ${i}`;
    let filter;
    try {
      filter = await createFilter(options);
    } catch (e) {
      assert.ok(e instanceof TypeError, `${what}: ${e?.constructor?.name}: ${e?.message}`);
      assert.match(e.message, /^(options|onError)\b/, `${what}: ${e.message}`);
      continue;
    }
    made++;
    const report = tolerate(() => filter.check("call me on +44 20 7946 0958 or ana@example.org"), what);
    assert.ok(report === undefined || Array.isArray(report.findings), what);
    filter.free();
  }
  assert.ok(made > 100, `only ${made} filters made: is the generator too wild?`);
});

test("random check options and texts: a report or a TypeError naming the field", async () => {
  const filter = await createFilter({ preset: "imo" });
  let reports = 0;
  for (let i = 0; i < 3000; i++) {
    const text = rand(5) === 0 ? value(2) : Array.from({ length: rand(12) }, () => pick(STRINGS)).join(pick([" ", "", "\n", "@", "."]));
    const options = rand(2) === 0 ? value(3) : { teen: rand(4) === 0 ? value(0) : pick([true, false, undefined]), direction: pick(["outgoing", "incoming", "x", undefined]), history: rand(4) === 0 ? value(2) : [pick(STRINGS)] };
    const report = tolerate(() => filter.check(text, options), `check ${i}`);
    if (report !== undefined) {
      reports++;
      for (const f of report.findings) assert.ok(f.start < f.end && f.end <= text.length, `check ${i}`);
    }
    tolerate(() => filter.redact(text), `redact ${i}`);
  }
  assert.ok(reports > 600, `only ${reports} reports`);
  filter.free();
});
