// A trap inside the wasm (a bug: the engine is built never to panic) must not break the
// chat: the failed check returns a report the app can act on, `onError` hears of it once,
// the wasm is replaced by a fresh instance, and every filter works again on its next call.
// The trap is a real one: a WasmFilter handle pointing outside the wasm's memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createFilter } from "sendsafe";

// The package's own glue module (the same instance core.js imports), reached by its file.
const pkgDir = dirname(createRequire(import.meta.url).resolve("sendsafe/package.json"));
const { WasmFilter } = await import(pathToFileURL(join(pkgDir, "sendsafe_wasm.js")).href);

const PHONE = "call me on +44 20 7946 0958";
const EXPECTED = PHONE.indexOf("+44");

/** Makes the next `method` call of any WasmFilter trap for real, once. */
function trapNext(method) {
  const original = WasmFilter.prototype[method];
  WasmFilter.prototype[method] = function (...args) {
    WasmFilter.prototype[method] = original;
    const forged = Object.create(WasmFilter.prototype);
    forged.__wbg_ptr = 0xfffffff0; // far past the end of the linear memory
    return original.apply(forged, args);
  };
}

test("a trap in check: a warn report with the error, onError called once, then normal checks", async () => {
  const errors = [];
  const filter = await createFilter({ preset: "imo", onError: (e) => void errors.push(e) });
  const other = await createFilter({ preset: "calimero" });
  const raw = new WasmFilter(undefined); // made on the instance that is about to trap
  trapNext("check");
  const failed = filter.check(PHONE);
  assert.equal(failed.verdict, "warn");
  assert.deepEqual(failed.findings, []);
  assert.equal(typeof failed.error, "string");
  assert.equal(errors.length, 1);
  assert.ok(errors[0] instanceof WebAssembly.RuntimeError, String(errors[0]));
  assert.throws(() => raw.check("x"), /stale/, "the trapped instance was replaced");
  for (const f of [filter, other]) {
    const report = f.check(PHONE);
    assert.equal(report.error, undefined);
    assert.equal(report.findings[0]?.rule, "privacy.phone");
    assert.equal(report.findings[0].start, EXPECTED);
  }
  assert.equal(errors.length, 1, "reported once");
  filter.free();
  other.free();
});

test("onError chooses the verdict of a failed check", async () => {
  const allow = await createFilter({ onError: "allow" });
  trapNext("check");
  assert.deepEqual(Object.keys(allow.check(PHONE)).sort(), ["error", "findings", "verdict"]);
  trapNext("check");
  assert.equal(allow.check(PHONE).verdict, "allow");
  const byFunction = await createFilter({ onError: () => "allow" });
  trapNext("check");
  assert.equal(byFunction.check(PHONE).verdict, "allow");
  const byDefault = await createFilter();
  trapNext("check");
  assert.equal(byDefault.check(PHONE).verdict, "warn");
  assert.equal(byDefault.check(PHONE).verdict, "warn", "and the next check is a real one");
  assert.equal(byDefault.check(PHONE).findings.length, 1);
});

test("a trap in redact throws instead of returning the text unmasked, and redact works again", async () => {
  const filter = await createFilter();
  trapNext("redact");
  assert.throws(() => filter.redact(PHONE), /redact: the filter failed and was restarted/);
  assert.ok(!filter.redact(PHONE).includes("7946"));
});

test("bad onError values are a TypeError naming the field; errors in arguments are not traps", async () => {
  for (const bad of ["block", 1, null, {}]) {
    await assert.rejects(createFilter({ onError: bad }), (e) => e instanceof TypeError && /^onError: /.test(e.message));
  }
  const filter = await createFilter({ onError: "allow" });
  assert.throws(() => filter.check(42), TypeError);
  assert.throws(() => filter.check("x", { teen: "yes" }), (e) => e instanceof TypeError && /teen/.test(e.message));
});
