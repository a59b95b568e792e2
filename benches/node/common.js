// What every part of the bench shares: the filter options, a probe message with a known
// answer, and statistics.
import assert from "node:assert/strict";

/** The options of the README's example: what a chat client creates. */
export const OPTIONS = { preset: "imo", locale: "en" };

/** A message whose answer is known: an e-mail and an IBAN after an emoji (UTF-16 offsets). */
export const PROBE = "😀 mail ana.silva@example.org, IBAN DE89 3704 0044 0532 0130 00";

export function assertProbe(report) {
  assert.equal(report.verdict, "warn", "probe verdict");
  assert.deepEqual(
    report.findings.map((f) => [f.rule, PROBE.slice(f.start, f.end)]),
    [["privacy.email", "ana.silva@example.org"], ["privacy.bank_account", "DE89 3704 0044 0532 0130 00"]],
    "probe findings",
  );
}

/** Nearest-rank percentile of an array of numbers (p in 0..100). */
export function percentile(values, p) {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);
export const max = (values) => values.reduce((a, b) => Math.max(a, b), -Infinity);
export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
