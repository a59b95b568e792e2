// The peer libraries, each doing its own job on the same messages as sendsafe. Each `run`
// returns a number (matches found, or 1/0) so the bench can assert answers and nothing is
// optimized away. `expect` is a sanity check the bench runs before timing: a message the
// peer must flag and one it must not.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { Filter as BadWords } from "bad-words";
import leo from "leo-profanity";
import { Profanity } from "@2toad/profanity";
import { LinkifyIt } from "linkify-it";
import { findPhoneNumbersInText } from "libphonenumber-js";
import { Redactor } from "@redactpii/node";
import { readFileSync } from "node:fs";


/** The installed version, from benches/node/node_modules. */
const version = (name) =>
  JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), "utf8")).version;

export function peers() {
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const badWords = new BadWords();
  const toad = new Profanity();
  const linkify = new LinkifyIt();
  const redactor = new Redactor();
  return [
    {
      name: "obscenity",
      pkg: "obscenity",
      call: "new RegExpMatcher({...englishDataset.build(), ...englishRecommendedTransformers}).getAllMatches(text)",
      checks: "English profanity only (with leetspeak/confusable transformers)",
      run: (text) => obscenity.getAllMatches(text).length,
      flags: "you are a fucking b1tch",
    },
    {
      name: "bad-words",
      pkg: "bad-words",
      call: "new Filter().isProfane(text)",
      checks: "English profanity only (word list, one regex per word)",
      run: (text) => (badWords.isProfane(text) ? 1 : 0),
      flags: "you are an asshole",
    },
    {
      name: "leo-profanity",
      pkg: "leo-profanity",
      call: "leo.check(text)",
      checks: "English profanity only (word list, default dictionary)",
      run: (text) => (leo.check(text) ? 1 : 0),
      flags: "you are an asshole",
    },
    {
      name: "@2toad/profanity",
      pkg: "@2toad/profanity",
      call: "new Profanity().exists(text)",
      checks: "English profanity only (default language `en`)",
      run: (text) => (toad.exists(text) ? 1 : 0),
      flags: "you are an asshole",
    },
    {
      name: "linkify-it",
      pkg: "linkify-it",
      call: "new LinkifyIt().match(text)",
      checks: "links only (URLs, fuzzy domains, e-mails)",
      run: (text) => linkify.match(text)?.length ?? 0,
      flags: "see https://example.com/a?b=c",
    },
    {
      name: "libphonenumber-js",
      pkg: "libphonenumber-js",
      call: "findPhoneNumbersInText(text, 'US')",
      checks: "phone numbers only (default country US, so national numbers count; default metadata)",
      run: (text) => findPhoneNumbersInText(text, "US").length,
      flags: "call me on +49 30 1234567 or (201) 555-0123",
    },
    {
      name: "libphonenumber-js (no country)",
      pkg: "libphonenumber-js",
      call: "findPhoneNumbersInText(text)",
      checks: "phone numbers only, international (+...) form only: no default country",
      run: (text) => findPhoneNumbersInText(text).length,
      flags: "call me on +49 30 1234567 tonight",
      info: true,
    },
    {
      name: "@redactpii/node",
      pkg: "@redactpii/node",
      call: "new Redactor().redact(text)",
      checks: "US-shaped PII by regex: names after greetings, e-mails, US phones, credit cards, SSNs (redacts)",
      // The redacted text differs from the input when something was found.
      run: (text) => (redactor.redact(text) === text ? 0 : 1),
      flags: "Hi David Johnson, mail me at ana.silva@example.org",
    },
  ].map((p) => ({ ...p, version: version(p.pkg), info: p.info ?? false }));
}

/** A message every peer leaves alone. */
export const CLEAN = "see you at the station at noon";
