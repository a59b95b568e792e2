// The data module rules.js (the phrase and word lists of the credential, handle, request,
// link and scam rules, which the wasm leaves out):
// loaded by createFilter only for a policy that turns one of those rules on, and a
// filter made before it was loaded does not leave a later one without its lists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createFilter } from "sendsafe";

const OFF = { adult: "off", teen: "off" };
const privacyOnly = {
  policy: {
    rules: Object.fromEntries(
      ["privacy.credentials", "privacy.social_handle", "privacy.request", "spam.link", "teen.off_platform",
       "scam.financial", "scam.impersonation", "scam.credential_request", "scam.fake_engagement"].map((r) => [r, OFF]),
    ),
  },
};
const SCAM = "send me the 6 digit code you just got, i sent it to your phone by mistake";
const SHORT_LINK = "look at this bit.ly/3xYzAbC";
const rulesOf = (report) => report.findings.map((f) => f.rule);

test("a policy without link or scam rules works before rules.js is loaded, and a later preset filter has the lists", async () => {
  // This file runs in a process of its own (node --test), so this is the first filter.
  const first = await createFilter(privacyOnly);
  assert.deepEqual(rulesOf(first.check("mail me at ana@example.org")), ["privacy.email"]);
  assert.deepEqual(rulesOf(first.check(SCAM)), []);
  assert.deepEqual(rulesOf(first.check("my password is hunter2")), []);
  const preset = await createFilter({ preset: "imo" });
  assert.deepEqual(rulesOf(preset.check("my password is hunter2")), ["privacy.credentials"]);
  assert.ok(rulesOf(preset.check(SCAM)).includes("scam.credential_request"), JSON.stringify(preset.check(SCAM)));
  const link = preset.check(SHORT_LINK).findings.find((f) => f.rule === "spam.link");
  assert.equal(link?.kind, "shortener");
  // The first filter still reports nothing of the rules its policy turned off.
  assert.deepEqual(rulesOf(first.check(SCAM)), []);
  first.free();
  preset.free();
});
