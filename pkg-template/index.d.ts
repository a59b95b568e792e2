// Hand-written typings for the npm package `sendsafe` (shared/spec/api.md).
// Checked by tests/node/types.test.js with `tsc --strict`.

/** A rule id from rules.md. Ids are stable: keep keying policies and translations on them. */
export type RuleId =
  | "privacy.phone"
  | "privacy.email"
  | "privacy.payment_card"
  | "privacy.bank_account"
  | "privacy.national_id"
  | "privacy.address"
  | "privacy.credentials"
  | "privacy.crypto_secret"
  | "privacy.ip_address"
  | "privacy.social_handle"
  | "privacy.request"
  | "spam.link"
  | "spam.flood"
  | "spam.gibberish"
  | "scam.financial"
  | "scam.impersonation"
  | "scam.credential_request"
  | "scam.fake_engagement"
  | "abuse.profanity"
  | "abuse.harassment"
  | "abuse.hate"
  | "abuse.threat"
  | "sexual.explicit"
  | "sexual.minor"
  | "sexual.nonconsensual"
  | "violence.extremism"
  | "violence.gore"
  | "illegal.drugs"
  | "illegal.weapons"
  | "illegal.gambling"
  | "illegal.crime"
  | "self_harm.risk"
  | "self_harm.encouragement"
  | "teen.grooming"
  | "teen.meetup"
  | "teen.off_platform"
  | "teen.risky"
  | "teen.age_disclosure";

/**
 * How strongly a finding asks the user to reconsider: `info` is shown quietly, `warn`
 * asks the user to confirm "send anyway", `block` cannot be sent as typed.
 */
export type Severity = "info" | "warn" | "block";

/** A severity in a policy; `"off"` turns the rule off. */
export type PolicySeverity = "off" | Severity;

/** The strongest severity among a report's findings, `allow` when there are none. */
export type Verdict = "allow" | "warn" | "block";

/** The rules of the guideline lexicons: the only ones that take `terms` and `allow` words. */
export type LexiconRuleId =
  | "abuse.profanity"
  | "abuse.harassment"
  | "abuse.hate"
  | "abuse.threat"
  | "sexual.explicit"
  | "sexual.minor"
  | "sexual.nonconsensual"
  | "violence.extremism"
  | "violence.gore"
  | "illegal.drugs"
  | "illegal.weapons"
  | "illegal.gambling"
  | "illegal.crime"
  | "self_harm.risk"
  | "self_harm.encouragement";

/** A built-in policy: `default` has neutral guideline names; `imo` and `calimero` map those platforms' guidelines. */
export type Preset = "default" | "imo" | "calimero";

/** One rule's settings in a {@link Policy}. Every field is optional. */
export interface RulePolicy {
  /** Severity for an adult sender. */
  adult?: PolicySeverity;
  /** Severity in teen-safety mode. */
  teen?: PolicySeverity;
  /** The guideline section the rule enforces, as the platform names it. */
  guideline?: string;
  /** User-facing messages by language tag (`"en"`, `"pt-BR"`), replacing the built-in ones. */
  messages?: Record<string, string>;
}

/**
 * A lexicon rule's settings: those of every rule, and words of the platform's own. Each
 * entry is at most 256 bytes, 64 letters and 4 words; at most 5,000 entries in all rules
 * together. A bad one throws a `TypeError` naming it (`options.policy.rules.abuse.profanity.terms[0]`).
 */
export interface LexiconRulePolicy extends RulePolicy {
  /**
   * Terms the rule reports besides its own, found through the same disguises (case,
   * accents, look-alike letters, leet, repeated, spaced or dotted letters, stars): a whole
   * word (`"frak"` finds "FR4K" and "f.r.a.k", not "frakking"), up to four words in a row
   * (`"smeg head"` also finds "smeg-head"), or a stem of four letters or more ending in
   * `*` (`"gorram*"` finds every word starting with it). Words are split at spaces,
   * `-`, `_`, `.`, `/` and `,` as in messages.
   */
  terms?: string[];
  /**
   * Words the rule never reports (in capitals, with accents, leet, repeated or spaced
   * letters too; not a starred spelling such as `cr*p`), nor any finding of the
   * rule that overlaps them (a phrase around them): e.g. a place name holding a term.
   */
  allow?: string[];
}

/** What is never reported. */
export interface AllowList {
  /** Domains (and their subdomains) whose addresses and links are fine, e.g. the platform's own. */
  domains?: string[];
  /** Exact values that are fine, compared without case, e.g. a support address. */
  terms?: string[];
}

/**
 * A platform's policy, merged over the preset. Unknown fields and unknown rule ids
 * are rejected with a `TypeError` naming them.
 */
export interface Policy {
  /** A name for the policy, e.g. `"imo"`. */
  name?: string;
  /** Language of messages when the filter's options give none, e.g. `"es"`. */
  locale?: string;
  /** Per-rule settings, keyed by rule id. */
  rules?: { [rule in Exclude<RuleId, LexiconRuleId>]?: RulePolicy } & {
    [rule in LexiconRuleId]?: LexiconRulePolicy;
  };
  /** What is never reported. */
  allow?: AllowList;
  /** What is always reported. */
  block?: BlockList;
}

/** Block lists of a {@link Policy}. */
export interface BlockList {
  /** Domains (and their subdomains) whose links are always `spam.link`, kind `blocked_domain`. */
  domains?: string[];
}

/** Options of {@link createFilter}. */
export interface FilterOptions {
  /** The built-in policy to start from; default `"default"`. */
  preset?: Preset;
  /** Teen-safety mode for every check unless a check says otherwise; default `false`. */
  teen?: boolean;
  /** Language of messages, e.g. `"es"`; falls back to the base language, then English. */
  locale?: string;
  /** A policy merged over the preset. */
  policy?: Policy;
  /**
   * What a check that fails inside the engine returns (a trap: a bug, which restarts the
   * wasm): `"warn"` (default) or `"allow"` as its verdict; or a function, called once
   * with the error of each failure, which may return that verdict.
   */
  onError?: "allow" | "warn" | ((error: Error) => "allow" | "warn" | void);
}

/** Options of one {@link Filter.check}. */
export interface CheckOptions {
  /** Teen-safety mode for this check, overriding the filter's. */
  teen?: boolean;
  /** `"outgoing"` (default): the user is about to send it; `"incoming"`: the user received it. */
  direction?: "outgoing" | "incoming";
  /**
   * Recent messages by the same sender, oldest first: the user's own for an outgoing check
   * (`spam.flood`, `teen.age_disclosure`), the other person's for an incoming one (a
   * grooming pattern over the conversation).
   */
  history?: string[];
}

/** One thing the filter found in a message. */
export interface Finding {
  /** The rule it breaks. */
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offset of the first code unit: `text.slice(start, end)` is the offending part. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  /** Finer detail, e.g. `"iban"`, `"shortener"`, `"seed_phrase"`. */
  kind?: string;
  /** The policy's guideline section this enforces, e.g. `"Private information"`. */
  guideline: string;
  /** User-facing explanation in the requested locale (for `direction: "incoming"`, spoken to the reader). */
  message: string;
  /**
   * Only on a finding built up over a conversation (`teen.grooming` of kind `"pattern"`):
   * the earlier messages that contributed, as indices into the check's `history`.
   */
  history?: number[];
}

/** The result of {@link Filter.check}. */
export interface Report {
  /** The strongest severity among the findings. */
  verdict: Verdict;
  /** Sorted by `start`. */
  findings: Finding[];
  /**
   * Set only when the check failed inside the engine: the failure's message. The report
   * then has no findings and the `onError` verdict; the filter has restarted and the next
   * check runs normally.
   */
  error?: string;
}

/** A filter made by {@link createFilter}. */
export interface Filter {
  /**
   * Checks one message. Throws a `TypeError` if `text` is not a string or `options`
   * is not valid (the message names the field).
   */
  check(text: string, options?: CheckOptions): Report;
  /**
   * `text` with every private-information finding masked with "•" (a request for
   * someone else's details, `privacy.request`, is reported by `check` but not masked).
   * Throws if the engine fails (after restarting it), never returning the text unmasked.
   */
  redact(text: string): string;
  /** Releases the filter's wasm memory. The filter cannot be used afterwards. */
  free(): void;
}

/**
 * Where the wasm comes from, for {@link init}: a URL (or string) to fetch, a fetch
 * `Response`, the bytes, or a compiled `WebAssembly.Module`.
 */
export type WasmSource = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Creates a filter. The first call loads and instantiates the wasm; later calls reuse it.
 * Rejects with a `TypeError` naming the field for bad options (a wrong type, an unknown
 * field, an unknown preset or rule id).
 */
export function createFilter(options?: FilterOptions): Promise<Filter>;

/**
 * Optional: loads the wasm from `source` instead of the default (the
 * `sendsafe_wasm_bg.wasm` file beside the package's JavaScript). Call it before the first
 * {@link createFilter}; once the wasm is loaded, later calls resolve at once and ignore
 * `source`. Useful for a CDN, a strict Content-Security-Policy, or a precompiled module.
 */
export function init(source?: WasmSource | Promise<WasmSource> | (() => WasmSource | Promise<WasmSource>)): Promise<void>;
