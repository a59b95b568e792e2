// sendsafe from TypeScript: the package ships its own typings, so options, rule ids,
// reports and findings are all checked by the compiler.
import { createFilter, type CheckOptions, type Filter, type FilterOptions, type Finding, type Report, type RuleId } from "sendsafe";

/** What the composer shows for one finding. */
export interface Warning {
  rule: RuleId;
  /** The offending part of the message, to highlight. */
  excerpt: string;
  guideline: string;
  message: string;
}

/** What the composer does with a message the user is about to send. */
export type Review =
  | { action: "send"; text: string }
  | { action: "confirm"; warnings: Warning[]; hidden: string }
  | { action: "refuse"; warnings: Warning[] };

const options: FilterOptions = {
  preset: "imo",
  locale: "en",
  // The platform's own policy, merged over the preset. Rule ids are a union type, so a
  // misspelt one does not compile.
  policy: {
    rules: { "spam.link": { adult: "off" } },
    allow: { domains: ["example.com"] },
  },
};

/** The app's filter; make it once and keep it. */
export function makeFilter(): Promise<Filter> {
  return createFilter(options);
}

function warningOf(text: string, f: Finding): Warning {
  return { rule: f.rule, excerpt: text.slice(f.start, f.end), guideline: f.guideline, message: f.message };
}

/** Reviews a message before it is sent. */
export function review(filter: Filter, text: string, check: CheckOptions = {}): Review {
  const report: Report = filter.check(text, { direction: "outgoing", ...check });
  const warnings = report.findings.map((f) => warningOf(text, f));
  // The verdict is a union: leaving out one of its cases is a compile error here.
  switch (report.verdict) {
    case "allow":
      return { action: "send", text };
    case "warn":
      // redact() masks the private parts: what "Hide it and send" sends.
      return { action: "confirm", warnings, hidden: filter.redact(text) };
    case "block":
      return { action: "refuse", warnings };
  }
}

/** Never called: mistakes the typings turn into compile errors. */
export function mistakes(): Promise<Filter>[] {
  return [
    // @ts-expect-error: `teen` is a boolean, not a string.
    createFilter({ teen: "yes" }),
    // @ts-expect-error: "privacy.phones" is not a rule id.
    createFilter({ policy: { rules: { "privacy.phones": { adult: "off" } } } }),
  ];
}
