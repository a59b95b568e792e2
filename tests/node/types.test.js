// The hand-written typings (pkg-template/index.d.ts): they compile under `tsc --strict`
// against typings.ts, and their RuleId union is exactly the engine's rule ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createFilter } from "sendsafe";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const TSC = fileURLToPath(new URL("../../scripts/node_modules/typescript/bin/tsc", import.meta.url));
const dts = readFileSync(new URL("node_modules/sendsafe/index.d.ts", import.meta.url), "utf8");

/** The string literals of `export type RuleId = ...;` in index.d.ts. */
function typedRuleIds() {
  const body = dts.match(/export type RuleId =([^;]*);/);
  assert.ok(body, "index.d.ts has no RuleId");
  return [...body[1].matchAll(/"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1]);
}

test("tsc --strict accepts the typings and typings.ts", () => {
  assert.ok(existsSync(TSC), `no ${TSC}: run \`make setup\` (npm ci --prefix scripts)`);
  try {
    execFileSync(process.execPath, [TSC, "-p", "tsconfig.json", "--strict", "--noEmit"], { cwd: HERE, encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test("every RuleId in the typings is a rule the engine knows", async () => {
  const ids = typedRuleIds();
  assert.equal(new Set(ids).size, ids.length, "duplicate ids");
  const rules = Object.fromEntries(ids.map((id) => [id, { adult: "info" }]));
  // The engine rejects unknown rule ids with a TypeError naming them.
  const f = await createFilter({ policy: { rules } });
  f.free();
});

test("every rule the engine knows is a RuleId in the typings", () => {
  // src/rule.rs holds the one table of rules.md: `Variant = "family.name", Adult / Teen;`
  const table = readFileSync(new URL("../../src/rule.rs", import.meta.url), "utf8");
  const engine = [...table.matchAll(/=\s*"([a-z_]+\.[a-z_]+)"\s*,\s*\w+\s*\/\s*\w+\s*;/g)].map((m) => m[1]);
  assert.ok(engine.length > 0, "no rules found in src/rule.rs");
  assert.deepEqual([...typedRuleIds()].sort(), [...engine].sort());
});
