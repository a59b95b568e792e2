// The benchmark workload (benches/workload/README.md), built exactly as benches/workload.rs
// builds it for the native bench, plus what the bench asserts about it.
import { readFileSync } from "node:fs";

const DIR = new URL("../workload/", import.meta.url);

/** The texts of a `.jsonl` workload file (`short` or `medium`). */
export function messages(name) {
  return readFileSync(new URL(`${name}.jsonl`, DIR), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line).text);
}

const utf8 = (text) => Buffer.byteLength(text, "utf8");

/**
 * The long pastes: the short lines in file order, starting again from the first line when
 * they run out, joined with "\n", cut into consecutive pieces of at least 102,400 UTF-8
 * bytes ending at a line end; the first 3 pieces. (A piece is its lines joined with "\n";
 * the "\n" between two pieces belongs to neither.)
 */
export function longPastes(short = messages("short")) {
  const pieces = [];
  let cur = [];
  let bytes = 0;
  for (let i = 0; pieces.length < 3; i = (i + 1) % short.length) {
    bytes += (cur.length > 0 ? 1 : 0) + utf8(short[i]);
    cur.push(short[i]);
    if (bytes >= 102_400) {
      pieces.push(cur.join("\n"));
      cur = [];
      bytes = 0;
    }
  }
  return pieces;
}

/** The adversarial inputs: `{ name, unit, text }`, each unit repeated to fill `bytes` (1 MiB). */
export function adversarial() {
  const spec = JSON.parse(readFileSync(new URL("adversarial.json", DIR), "utf8"));
  return spec.inputs.map(({ name, unit }) => ({
    name,
    unit,
    text: unit.repeat(Math.ceil(spec.bytes / utf8(unit))),
  }));
}

// The private data scripts/gen_workload.py writes into chat lines (its EMAILS and IBANS lists).
// sendsafe ships privacy.email and privacy.bank_account, so every occurrence must be found.
export const KNOWN_EMAILS = ["ana.silva@example.org", "budi99@mail.example.id", "ravi.k@example.in", "lea_m@example.fr"];
export const KNOWN_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "SA03 8000 0000 6080 1016 7519"];

/** Every occurrence of a known e-mail or IBAN in `text`: `{ rule, start, end }` in UTF-16 units. */
export function knownPrivate(text) {
  const out = [];
  for (const [rule, list] of [["privacy.email", KNOWN_EMAILS], ["privacy.bank_account", KNOWN_IBANS]]) {
    for (const needle of list) {
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
        out.push({ rule, start: i, end: i + needle.length });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The ~200-character chat lines: short lines of 150-200 characters (code points). */
export const is200 = (text) => {
  const n = [...text].length;
  return n >= 150 && n <= 200;
};

export { utf8 };
