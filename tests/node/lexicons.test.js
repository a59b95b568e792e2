// The guideline lexicons ship as a data module beside the wasm (`lexicons.js`), loaded by
// createFilter only for a policy that turns one of their rules on, for adults or teens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createFilter } from "sendsafe";

const pkgDir = dirname(createRequire(import.meta.url).resolve("sendsafe/package.json"));
const { WasmFilter } = await import(pathToFileURL(join(pkgDir, "sendsafe_wasm.js")).href);

const LEXICON_RULES = [
  "abuse.profanity", "abuse.harassment", "abuse.hate", "abuse.threat", "sexual.explicit", "sexual.minor",
  "sexual.nonconsensual", "violence.extremism", "violence.gore", "illegal.drugs", "illegal.weapons",
  "illegal.gambling", "illegal.crime", "self_harm.risk", "self_harm.encouragement",
];
const allOff = { policy: { rules: Object.fromEntries(LEXICON_RULES.map((r) => [r, { adult: "off", teen: "off" }])) } };

test("the presets need the lexicons; a policy with all their rules off does not", async () => {
  (await createFilter(allOff)).free(); // instantiates the wasm
  for (const preset of ["default", "imo", "calimero"]) assert.equal(WasmFilter.needsLexicons({ preset }), true, preset);
  assert.equal(WasmFilter.needsLexicons(undefined), true);
  assert.equal(WasmFilter.needsLexicons(allOff), false);
  const teenOnly = structuredClone(allOff);
  teenOnly.policy.rules["abuse.threat"].teen = "block";
  assert.equal(WasmFilter.needsLexicons(teenOnly), true, "a rule on for teens only still needs them");
  assert.throws(() => WasmFilter.needsLexicons({ preset: "nope" }), (e) => e instanceof TypeError && /preset/.test(e.message));
});

test("a filter finds lexicon words through the data module, and privacy rules without it", async () => {
  const text = "what the fuck is this, mail ana@example.org";
  const full = await createFilter();
  assert.deepEqual(full.check(text).findings.map((f) => f.rule).sort(), ["abuse.profanity", "privacy.email"]);
  const privacyOnly = await createFilter(allOff);
  assert.deepEqual(privacyOnly.check(text).findings.map((f) => f.rule), ["privacy.email"]);
  full.free();
  privacyOnly.free();
});
