// A policy's own terms and allow words for the lexicon rules (`rules.<id>.terms` and
// `rules.<id>.allow`), through createFilter exactly as a client calls it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createFilter } from "sendsafe";

/** `[found text, rule, start, end]` of each finding of `text` (UTF-16 offsets). */
function found(filter, text, options) {
  return filter.check(text, options).findings.map((f) => [text.slice(f.start, f.end), f.rule, f.start, f.end]);
}

test("added terms are found through disguises, with exact UTF-16 spans", async () => {
  const f = await createFilter({
    policy: { rules: { "abuse.profanity": { terms: ["Frak", "gorram*", "smeg head"] } } },
  });
  const text = "😀 FR4AK, gorramit! ｆｒａｋ f.r.a.k fr*k smeg-head";
  assert.deepEqual(found(f, text), [
    ["FR4AK", "abuse.profanity", 3, 8],
    ["gorramit", "abuse.profanity", 10, 18],
    ["ｆｒａｋ", "abuse.profanity", 20, 24],
    ["f.r.a.k", "abuse.profanity", 25, 32],
    ["fr*k", "abuse.profanity", 33, 37],
    ["smeg-head", "abuse.profanity", 38, 47],
  ]);
  f.free();
});

test("added terms are whole words, and follow the rule's severity", async () => {
  const f = await createFilter({
    policy: { rules: { "abuse.profanity": { terms: ["frak", "gorram*"], adult: "off", teen: "block" } } },
  });
  for (const text of ["frakking", "afrak", "fra k", "gorra", "frac", "f r a"]) {
    assert.deepEqual(found(f, text, { teen: true }), [], text);
  }
  assert.deepEqual(found(f, "frak"), []);
  assert.equal(f.check("frak", { teen: true }).verdict, "block");
  f.free();
});

test("allow words silence one rule only", async () => {
  const plain = await createFilter();
  assert.equal(found(plain, "crap")[0][1], "abuse.profanity");
  const f = await createFilter({
    policy: {
      rules: {
        "abuse.profanity": { allow: ["crap"] },
        "abuse.harassment": { terms: ["frak"] },
        "abuse.hate": { allow: ["frak"] },
      },
    },
  });
  for (const text of ["crap", "CRAP", "cr4p", "c r a p", "crrraap"]) {
    assert.deepEqual(found(f, text), [], text);
  }
  assert.equal(found(f, "frak")[0][1], "abuse.harassment");
  assert.equal(found(f, "crap fuck")[0][0], "fuck");
  const other = await createFilter({ policy: { rules: { "abuse.harassment": { allow: ["crap"] } } } });
  assert.equal(found(other, "crap")[0][1], "abuse.profanity");
  for (const x of [plain, f, other]) x.free();
});

test("filters with different terms do not see each other's; a preset filter sees none", async () => {
  const a = await createFilter({ preset: "imo", policy: { rules: { "illegal.drugs": { terms: ["moonrock"] } } } });
  const b = await createFilter({ preset: "imo", policy: { rules: { "illegal.drugs": { terms: ["stardust"] } } } });
  const plain = await createFilter({ preset: "imo" });
  assert.equal(found(a, "moonrock")[0][1], "illegal.drugs");
  assert.deepEqual(found(a, "stardust"), []);
  assert.equal(found(b, "stardust")[0][1], "illegal.drugs");
  assert.deepEqual(found(b, "moonrock"), []);
  assert.deepEqual(found(plain, "moonrock stardust"), []);
  for (const x of [a, b, plain]) assert.equal(found(x, "what the fuck")[0][0], "fuck");
  // Freed and made again, with the same words: still found.
  a.free();
  const again = await createFilter({ preset: "imo", policy: { rules: { "illegal.drugs": { terms: ["moonrock"] } } } });
  assert.equal(found(again, "m00nrock")[0][1], "illegal.drugs");
  for (const x of [b, plain, again]) x.free();
});

test("a policy that turns the lexicon rules off may still carry terms", async () => {
  const rules = {};
  for (const id of ["abuse.profanity", "abuse.harassment", "abuse.hate", "abuse.threat", "sexual.explicit",
    "sexual.minor", "sexual.nonconsensual", "violence.extremism", "violence.gore", "illegal.drugs",
    "illegal.weapons", "illegal.gambling", "illegal.crime", "self_harm.risk", "self_harm.encouragement"]) {
    rules[id] = { adult: "off", teen: "off" };
  }
  rules["abuse.profanity"].terms = ["frak"];
  const f = await createFilter({ policy: { rules } });
  assert.deepEqual(found(f, "frak fuck"), []);
  f.free();
});

/** Asserts that `promise` rejects with a TypeError whose message starts with `start`. */
async function assertTypeError(promise, start) {
  await assert.rejects(promise, (e) => {
    assert.ok(e instanceof TypeError, `expected a TypeError, got ${e?.constructor?.name}: ${e?.message}`);
    assert.ok(e.message.startsWith(start), `"${e.message}" does not start with ${start}`);
    return true;
  });
}

test("bad terms and allow words throw a TypeError naming the field", async (t) => {
  const at = "options.policy.rules.";
  const rule = (id, fields) => ({ policy: { rules: { [id]: fields } } });
  const words = (n) => Array.from({ length: n }, (_, i) => `w${i}`);
  const cases = [
    [rule("abuse.profanity", { terms: "frak" }), `${at}abuse.profanity.terms: expected an array of strings`],
    [rule("abuse.profanity", { terms: ["frak", 3] }), `${at}abuse.profanity.terms[1]: expected a string`],
    [rule("abuse.profanity", { terms: [null] }), `${at}abuse.profanity.terms[0]: expected a string`],
    [rule("abuse.profanity", { allow: { crap: true } }), `${at}abuse.profanity.allow: expected an array`],
    [rule("abuse.profanity", { terms: ["frak", ""] }), `${at}abuse.profanity.terms[1]: empty`],
    [rule("abuse.profanity", { allow: ["  "] }), `${at}abuse.profanity.allow[0]: empty`],
    [rule("sexual.explicit", { terms: ["x".repeat(257)] }), `${at}sexual.explicit.terms[0]: 257 bytes long`],
    [rule("sexual.explicit", { terms: ["ab".repeat(33)] }), `${at}sexual.explicit.terms[0]: over 4 words or 64 letters`],
    [rule("illegal.drugs", { allow: words(10_001) }), `${at}illegal.drugs.allow: 10001 entries`],
    [
      { policy: { rules: { "illegal.drugs": { allow: words(2_600) }, "illegal.crime": { terms: words(2_600) } } } },
      "options.policy.rules: over 5000 terms and allow words in all",
    ],
    [rule("privacy.email", { terms: ["frak"] }), `${at}privacy.email.terms: only the lexicon rules`],
    [rule("spam.link", { allow: ["frak"] }), `${at}spam.link.allow: only the lexicon rules`],
    [rule("teen.meetup", { terms: [] , allow: ["x"] }), `${at}teen.meetup.allow: only the lexicon rules`],
    [rule("abuse.threat", { terms: ["f*ck"] }), `${at}abuse.threat.terms[0]: \`*\` only ends a term`],
    [rule("abuse.threat", { terms: ["*"] }), `${at}abuse.threat.terms[0]: \`*\` only ends a term`],
    [rule("abuse.threat", { terms: ["--"] }), `${at}abuse.threat.terms[0]: no letters or digits`],
    [rule("abuse.threat", { terms: ["one two three four five"] }), `${at}abuse.threat.terms[0]: over 4 words`],
    [rule("abuse.threat", { terms: ["fra*"] }), `${at}abuse.threat.terms[0]: a stem`],
    [rule("abuse.threat", { allow: ["frak*"] }), `${at}abuse.threat.allow[0]: \`*\` only ends a term`],
    [rule("abuse.threat", { block: ["frak"] }), `${at}abuse.threat.block: unknown field \`block\``],
  ];
  for (const [options, start] of cases) {
    await t.test(start, () => assertTypeError(createFilter(options), start));
  }
});
