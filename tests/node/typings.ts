// Compiled by types.test.js with `tsc --strict --noEmit`: the hand-written typings of the
// package accept what the README shows and reject what the engine rejects.
import { createFilter, init } from "sendsafe";
import type {
  CheckOptions,
  Filter,
  FilterOptions,
  Finding,
  LexiconRulePolicy,
  Policy,
  PolicySeverity,
  Report,
  RuleId,
  RulePolicy,
  Severity,
  Verdict,
} from "sendsafe";

async function composer(input: string): Promise<string | null> {
  const options: FilterOptions = { preset: "imo", teen: false, locale: "en" };
  const filter: Filter = await createFilter(options);
  const check: CheckOptions = { teen: true, direction: "outgoing", history: ["earlier message"] };
  const report: Report = filter.check(input, check);
  const verdict: Verdict = report.verdict;
  for (const f of report.findings) {
    const finding: Finding = f;
    const rule: RuleId = finding.rule;
    const severity: Severity = finding.severity;
    const part: string = input.slice(finding.start, finding.end);
    const kind: string | undefined = finding.kind;
    console.log(rule, severity, part, kind, finding.guideline, finding.message);
  }
  const redacted: string = filter.redact(input);
  filter.free();
  return verdict === "allow" ? null : redacted;
}

const rulePolicy: RulePolicy = { adult: "off", teen: "block", guideline: "Contact details", messages: { en: "Careful." } };
const off: PolicySeverity = "off";
const policy: Policy = {
  name: "mine",
  locale: "pt-BR",
  rules: { "privacy.email": rulePolicy, "teen.meetup": { teen: off } },
  allow: { domains: ["imo.im"], terms: ["support@imo.im"] },
};
const words: LexiconRulePolicy = { adult: "warn", terms: ["frak", "gorram*"], allow: ["scunthorpe"] };
const withWords: Policy = { rules: { "abuse.profanity": words, "illegal.drugs": { terms: ["moonrock"] } } };

async function loading(): Promise<void> {
  await init();
  await init(new URL("https://cdn.example/sendsafe_wasm_bg.wasm"));
  await init("/assets/sendsafe_wasm_bg.wasm");
  await init(new Uint8Array([0, 97, 115, 109]));
  await init(fetch("/sendsafe_wasm_bg.wasm"));
  await init(() => fetch("/sendsafe_wasm_bg.wasm"));
  await createFilter();
  await createFilter({ policy });
  await createFilter({ onError: "allow" });
  await createFilter({ onError: (error: Error) => console.error(error.message) });
  const guarded = await createFilter({ onError: () => "warn" });
  const failed: string | undefined = guarded.check("hi").error;
  console.log(failed);
}

// What the engine rejects, the typings reject too.
// @ts-expect-error unknown preset
createFilter({ preset: "nope" });
// @ts-expect-error teen is a boolean
createFilter({ teen: "yes" });
// @ts-expect-error unknown option
createFilter({ colour: 1 });
// @ts-expect-error onError is "allow", "warn" or a function
createFilter({ onError: "block" });
// @ts-expect-error unknown rule id
const badRule: Policy = { rules: { "privacy.nope": {} } };
// @ts-expect-error "loud" is no severity
const badSeverity: RulePolicy = { adult: "loud" };
// @ts-expect-error only the lexicon rules take terms
const termsOnEmail: Policy = { rules: { "privacy.email": { terms: ["frak"] } } };
// @ts-expect-error only the lexicon rules take allow words
const allowOnLink: Policy = { rules: { "spam.link": { allow: ["frak"] } } };
// @ts-expect-error terms are a list of strings
const oneTerm: LexiconRulePolicy = { terms: "frak" };
// @ts-expect-error a finding's severity is never "off"
const findingOff: Severity = "off";
// @ts-expect-error direction is outgoing or incoming
const sideways: CheckOptions = { direction: "sideways" };
async function misuse(f: Filter): Promise<void> {
  // @ts-expect-error check takes a string
  f.check(42);
  // @ts-expect-error createFilter is async
  (await createFilter()).then;
}

export { composer, loading, misuse, badRule, badSeverity, findingOff, sideways };
export { withWords, termsOnEmail, allowOnLink, oneTerm };
