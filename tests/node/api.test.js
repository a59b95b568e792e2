// The npm package's contract (shared/spec/api.md), imported exactly as a client would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createFilter } from "sendsafe";

const IBAN = "DE89 3704 0044 0532 0130 00";

test("an e-mail after an emoji: one privacy.email finding, exact UTF-16 span", async () => {
  const f = await createFilter({ preset: "imo" });
  const text = "😀 mail me: ana@example.org";
  const report = f.check(text);
  assert.equal(report.verdict, "warn");
  assert.equal(report.findings.length, 1);
  const [finding] = report.findings;
  assert.equal(finding.rule, "privacy.email");
  assert.equal(finding.severity, "warn");
  assert.equal(finding.guideline, "Private information");
  assert.equal(text.slice(finding.start, finding.end), "ana@example.org");
  assert.equal(typeof finding.message, "string");
  assert.ok(finding.message.length > 0);
  f.free();
});

test("an IBAN: one privacy.bank_account finding of kind iban", async () => {
  const f = await createFilter();
  const text = `my IBAN is ${IBAN}`;
  const report = f.check(text);
  const found = report.findings.filter((x) => x.rule === "privacy.bank_account");
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, "iban");
  assert.equal(text.slice(found[0].start, found[0].end), IBAN);
  f.free();
});

test("the report is a plain object with exactly the documented fields", async () => {
  const f = await createFilter({ preset: "calimero" });
  const report = f.check("write to ana@example.org");
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.deepEqual(Object.keys(report).sort(), ["findings", "verdict"]);
  assert.ok(Array.isArray(report.findings));
  for (const finding of report.findings) {
    assert.deepEqual(
      Object.keys(finding).filter((k) => k !== "kind").sort(),
      ["end", "guideline", "message", "rule", "severity", "start"],
    );
  }
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  f.free();
});

test("an empty string is allowed with no findings", async () => {
  const f = await createFilter();
  assert.deepEqual(f.check(""), { verdict: "allow", findings: [] });
  f.free();
});

/** Asserts that `promiseOrFn` rejects / throws a TypeError whose message contains `name`. */
async function assertTypeError(promiseOrFn, name) {
  const run = typeof promiseOrFn === "function" ? promiseOrFn : () => promiseOrFn;
  await assert.rejects(
    async () => run(),
    (e) => {
      assert.ok(e instanceof TypeError, `expected a TypeError, got ${e?.constructor?.name}: ${e?.message}`);
      assert.ok(e.message.includes(name), `"${e.message}" does not name ${name}`);
      return true;
    },
  );
}

test("createFilter rejects bad options with a TypeError naming the field", async (t) => {
  const cases = [
    [{ preset: "nope" }, "preset"],
    [{ teen: "yes" }, "teen"],
    [{ locale: 5 }, "locale"],
    [{ colour: 1 }, "colour"],
    [{ policy: { rules: { "privacy.nope": {} } } }, "privacy.nope"],
    [{ policy: { rules: { "privacy.email": { adult: "loud" } } } }, "adult"],
    [{ policy: { rulez: {} } }, "rulez"],
    [{ policy: { allow: { domains: Array.from({ length: 10_001 }, (_, i) => `d${i}.example`) } } }, "domains"],
    [{ policy: { allow: { terms: "support@example.org" } } }, "terms"],
    [42, "options"],
    ["imo", "options"],
    [[], "options"],
  ];
  for (const [options, name] of cases) {
    await t.test(JSON.stringify(options), () => assertTypeError(createFilter(options), name));
  }
});

test("createFilter accepts no options, undefined and an empty object", async () => {
  for (const options of [undefined, {}]) {
    const f = await createFilter(options);
    assert.equal(f.check("hello").verdict, "allow");
    f.free();
  }
  const f = await createFilter();
  assert.equal(f.check("hello").verdict, "allow");
  f.free();
});

test("check rejects bad options with a TypeError naming the field", async (t) => {
  const f = await createFilter({ preset: "imo" });
  const cases = [
    [{ direction: "sideways" }, "direction"],
    [{ teen: 1 }, "teen"],
    [{ history: "not a list" }, "history"],
    [{ history: [1, 2] }, "history"],
    [{ colour: 1 }, "colour"],
  ];
  for (const [options, name] of cases) {
    await t.test(JSON.stringify(options), () => assertTypeError(() => f.check("hello", options), name));
  }
  assert.equal(f.check("hello", { teen: true, direction: "incoming", history: ["hi"] }).verdict, "allow");
  assert.equal(f.check("hello", undefined).verdict, "allow");
  f.free();
});

test("check and redact of a non-string throw a TypeError", async () => {
  const f = await createFilter();
  for (const value of [undefined, null, 42, {}, [], true, Symbol("s"), 10n]) {
    assert.throws(() => f.check(value), TypeError, `check(${String(value)})`);
    assert.throws(() => f.redact(value), TypeError, `redact(${String(value)})`);
  }
  f.free();
});

test("redact keeps an IBAN's last 4 characters and separators, masks an e-mail whole", async () => {
  const f = await createFilter({ preset: "imo" });
  const text = `my IBAN is ${IBAN}, mail me: ana@example.org!`;
  const redacted = f.redact(text);
  assert.equal(redacted, "my IBAN is •••• •••• •••• •••• ••30 00, mail me: •••••••••••••••!");
  assert.equal(redacted.length, text.length);
  for (const teen of [false, true]) {
    const privacy = f.check(redacted, { teen }).findings.filter((x) => x.rule.startsWith("privacy."));
    assert.deepEqual(privacy, [], `teen=${teen}`);
  }
  assert.equal(f.redact("nothing private here"), "nothing private here");
  assert.equal(f.redact(""), "");
  f.free();
});

test("teen mode raises private information to block", async () => {
  const f = await createFilter({ preset: "calimero", teen: true });
  assert.equal(f.check("ana@example.org").verdict, "block");
  assert.equal(f.check("ana@example.org", { teen: false }).verdict, "warn");
  f.free();
});

test("a policy is merged over the preset", async () => {
  const f = await createFilter({
    preset: "imo",
    policy: {
      rules: { "privacy.email": { adult: "info", guideline: "Contact details", messages: { en: "Careful." } } },
    },
  });
  const [finding] = f.check("ana@example.org").findings;
  assert.equal(finding.severity, "info");
  assert.equal(finding.guideline, "Contact details");
  assert.equal(finding.message, "Careful.");
  f.free();

  const off = await createFilter({ policy: { rules: { "privacy.email": { adult: "off" } } } });
  assert.deepEqual(off.check("ana@example.org"), { verdict: "allow", findings: [] });
  off.free();

  const allowed = await createFilter({ policy: { allow: { domains: ["example.org"] } } });
  assert.deepEqual(allowed.check("ana@example.org").findings, []);
  allowed.free();
});

test("messages in the locale asked for, loaded on demand; English for the rest", async () => {
  const text = `mail me: ana@example.org, IBAN ${IBAN}`;
  const english = (await createFilter()).check(text).findings.map((x) => x.message);
  const cases = [
    [{ locale: "es" }, "es", /correo/i],
    [{ locale: "pt-BR" }, "pt", /e-mail/i],
    [{ locale: "ID" }, "id", /email/i],
    [{ policy: { locale: "hi_IN" } }, "hi", /[\u0900-\u097F]/],
    [{ locale: "ar", policy: { locale: "es" } }, "ar", /[\u0600-\u06FF]/],
  ];
  for (const [options, lang, pattern] of cases) {
    const f = await createFilter(options);
    const messages = f.check(text).findings.map((x) => x.message);
    assert.equal(messages.length, english.length, lang);
    for (let i = 0; i < messages.length; i++) {
      assert.notEqual(messages[i], english[i], `${lang}: ${messages[i]}`);
    }
    assert.match(messages[0], pattern, lang);
    f.free();
  }
  // A language the package has no messages for, and English itself: English.
  for (const locale of ["fr", "en-GB", "tlh"]) {
    const f = await createFilter({ locale });
    assert.deepEqual(f.check(text).findings.map((x) => x.message), english, locale);
    f.free();
  }
  // A policy's own message still wins over the loaded ones.
  const own = await createFilter({
    locale: "es",
    policy: { rules: { "privacy.email": { messages: { es: "No compartas correos." } } } },
  });
  assert.equal(own.check("ana@example.org").findings[0].message, "No compartas correos.");
  own.free();
});

test("filters share one instantiation; free() releases and later use throws", async () => {
  const [a, b] = await Promise.all([createFilter({ preset: "imo" }), createFilter({ preset: "calimero" })]);
  const started = performance.now();
  const c = await createFilter();
  // Already instantiated: no second compile of the wasm (which takes far longer).
  assert.ok(performance.now() - started < 1000);
  for (const f of [a, b, c]) {
    assert.equal(f.check("ana@example.org").findings.length, 1);
  }
  a.free();
  // The others are unaffected by freeing one.
  assert.equal(b.check("ana@example.org").verdict, "warn");
  assert.throws(() => a.check("x"), TypeError);
  assert.throws(() => a.redact("x"), TypeError);
  a.free(); // a second free does nothing
  b.free();
  c.free();
});

test("many filters can be created and freed", async () => {
  for (let i = 0; i < 200; i++) {
    const f = await createFilter({ preset: i % 2 ? "imo" : "default" });
    assert.equal(f.check("mail ana@example.org").verdict, "warn");
    f.free();
  }
});

test("received text: messages for the reader, and a grooming pattern names the earlier messages", async () => {
  const f = await createFilter({ preset: "calimero", teen: true, locale: "es" });
  const scam = "hola, soy del equipo de soporte. mándame el código que te llegó por sms";
  const out = f.check(scam).findings.find((x) => x.rule.startsWith("scam."));
  const inc = f.check(scam, { direction: "incoming" }).findings.find((x) => x.rule === out.rule);
  assert.ok(out && inc, "the same scam finding both ways");
  assert.deepEqual([inc.start, inc.end, inc.severity], [out.start, out.end, out.severity]);
  assert.notEqual(inc.message, out.message);
  // The sender's own phone number is only info for the reader.
  const phone = f.check("mi número es +34 612 345 678", { direction: "incoming" });
  assert.equal(phone.verdict, "allow");
  assert.ok(phone.findings.every((x) => x.severity === "info"));
  // Three kinds of weak signal from the same person over their messages.
  const history = ["cuantos años tienes?", "ok", "eres muy linda"];
  const text = "no le digas a nadie que hablamos";
  const r = f.check(text, { direction: "incoming", history });
  const pattern = r.findings.find((x) => x.rule === "teen.grooming" && x.kind === "pattern");
  assert.ok(pattern, JSON.stringify(r));
  assert.deepEqual(pattern.history, [0, 2]);
  assert.equal(text.slice(pattern.start, pattern.end), "no le digas");
  assert.ok(r.findings.filter((x) => x.kind !== "pattern").every((x) => x.history === undefined));
  // Not for the teen's own messages.
  assert.ok(!f.check(text, { history }).findings.some((x) => x.kind === "pattern"));
  f.free();
});
