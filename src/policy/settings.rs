//! [`Settings`]: a policy resolved for one filter (severities, guideline names and
//! messages in the chosen language, allow-lists), ready for the report stage.

use super::Policy;
use crate::normalize::lowercase;
use crate::{RuleId, Severity};
use std::sync::Arc;

/// Built-in messages by language: `<rule>[:<kind>]<TAB><message>` lines. The wasm
/// carries English only: the npm package loads another language's table when a filter
/// asks for that language (`pkg-template/core.js`; the files are made from these tables
/// by `scripts/build-pkg.sh`) and hands it to [`Settings::new`], so a page downloads the
/// messages of its own language alone. Native builds carry them all.
const LANGUAGES: &[(&str, &str)] = &[
    ("en", data!("src/policy/messages/en.tsv")),
    #[cfg(not(target_arch = "wasm32"))]
    ("es", data!("src/policy/messages/es.tsv")),
    #[cfg(not(target_arch = "wasm32"))]
    ("pt", data!("src/policy/messages/pt.tsv")),
    #[cfg(not(target_arch = "wasm32"))]
    ("hi", data!("src/policy/messages/hi.tsv")),
    #[cfg(not(target_arch = "wasm32"))]
    ("ar", data!("src/policy/messages/ar.tsv")),
    #[cfg(not(target_arch = "wasm32"))]
    ("id", data!("src/policy/messages/id.tsv")),
];

// `EN_INCOMING()`: the English messages for incoming text, which the build leaves out of
// the English table above and the npm package ships in the data module `rules.js` (see
// src/detect/coded.rs); natively they are compiled in. A wasm filter made without that
// module shows the outgoing English messages for incoming text.
include!(concat!(env!("OUT_DIR"), "/message_tables.rs"));

/// One rule, resolved.
#[derive(Debug, Clone)]
struct RuleSetting {
    adult: Severity,
    teen: Severity,
    guideline: Arc<str>,
    message: Arc<str>,
    /// Messages for particular kinds, e.g. `("iban", "...")`.
    kind_messages: Vec<(String, Arc<str>)>,
    /// The same, spoken to the person who receives the message (`direction: "incoming"`):
    /// table keys `<rule>[:<kind>]@incoming`. Empty when no table or policy has one.
    incoming: Arc<str>,
    incoming_kinds: Vec<(String, Arc<str>)>,
}

/// A policy resolved for one filter.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    rules: Vec<RuleSetting>,
    allow_domains: Vec<String>,
    allow_terms: Vec<String>,
    block_domains: Vec<String>,
}

impl Settings {
    /// Resolves `policy` for messages in `locale` (falling back to the policy's, then
    /// English), reading built-in messages from [`LANGUAGES`] and from `loaded`: tables
    /// of the same format by language, which the npm package loads on demand.
    pub(crate) fn new(policy: &Policy, locale: Option<&str>, loaded: &[(&str, &str)]) -> Settings {
        let locale = locale
            .or(policy.locale.as_deref())
            .unwrap_or("en")
            .to_ascii_lowercase()
            .replace('_', "-");
        let base = locale.split('-').next().unwrap_or("en").to_string();
        // Languages to try, best first.
        let chain = [locale.as_str(), base.as_str(), "en"];
        let mut builtin = builtin_messages(&chain, loaded, false);
        let mut builtin_in = builtin_messages(&chain, loaded, true);
        let rules = RuleId::all()
            .map(|rule| {
                let p = policy.rules.get(&rule);
                // A policy's message for a language, `"es"`, or for incoming text, `"es@incoming"`.
                let overridden = |suffix: &str| {
                    p.and_then(|p| {
                        chain.iter().find_map(|lang| {
                            p.messages
                                .iter()
                                .find(|(k, _)| {
                                    k.strip_suffix(suffix)
                                        .is_some_and(|l| l.eq_ignore_ascii_case(lang))
                                })
                                .map(|(_, m)| m.clone())
                        })
                    })
                };
                let (overridden, incoming_overridden) = (overridden(""), overridden(INCOMING));
                let (message, kind_messages) = std::mem::take(&mut builtin[rule.index()]);
                let (incoming, incoming_kinds) = std::mem::take(&mut builtin_in[rule.index()]);
                RuleSetting {
                    adult: p
                        .and_then(|p| p.adult)
                        .unwrap_or(rule.default_severity(false)),
                    teen: p
                        .and_then(|p| p.teen)
                        .unwrap_or(rule.default_severity(true)),
                    guideline: p
                        .and_then(|p| p.guideline.clone())
                        .unwrap_or_default()
                        .into(),
                    // A policy's own message replaces the built-in ones, kinds included.
                    kind_messages: if overridden.is_some() {
                        Vec::new()
                    } else {
                        kind_messages
                    },
                    // A policy's message for outgoing text stands for incoming text too,
                    // unless it gives one of those as well.
                    incoming_kinds: if overridden.is_some() || incoming_overridden.is_some() {
                        Vec::new()
                    } else {
                        incoming_kinds
                    },
                    incoming: match (incoming_overridden, &overridden) {
                        (Some(m), _) => m.into(),
                        (None, Some(m)) => m.as_str().into(),
                        (None, None) => incoming.unwrap_or_default().into(),
                    },
                    message: overridden.unwrap_or(message.unwrap_or_default()).into(),
                }
            })
            .collect();
        let clean = |s: &String| lowercase(s.trim().trim_start_matches('.'));
        Settings {
            rules,
            allow_domains: policy.allow.domains.iter().map(clean).collect(),
            block_domains: policy.block.domains.iter().map(clean).collect(),
            allow_terms: policy
                .allow
                .terms
                .iter()
                .map(|s| lowercase(s.trim()))
                .collect(),
        }
    }

    /// The severity of `rule` for an adult sender or in teen-safety mode.
    pub(crate) fn severity(&self, rule: RuleId, teen: bool) -> Severity {
        let r = &self.rules[rule.index()];
        if teen {
            r.teen
        } else {
            r.adult
        }
    }

    pub(crate) fn guideline(&self, rule: RuleId) -> &Arc<str> {
        &self.rules[rule.index()].guideline
    }

    pub(crate) fn message(&self, rule: RuleId, kind: Option<&str>) -> &Arc<str> {
        let r = &self.rules[rule.index()];
        kind.and_then(|k| r.kind_messages.iter().find(|(rk, _)| rk == k))
            .map_or(&r.message, |(_, m)| m)
    }

    /// The message for a finding in text the user received: the incoming message of
    /// the kind, else of the rule, else the outgoing one ([`Settings::message`]).
    pub(crate) fn incoming_message(&self, rule: RuleId, kind: Option<&str>) -> &Arc<str> {
        let r = &self.rules[rule.index()];
        if let Some((_, m)) = kind.and_then(|k| r.incoming_kinds.iter().find(|(rk, _)| rk == k)) {
            return m;
        }
        if r.incoming.is_empty() {
            self.message(rule, kind)
        } else {
            &r.incoming
        }
    }

    /// The domains the policy blocks, lower case.
    pub(crate) fn blocked_domains(&self) -> &[String] {
        &self.block_domains
    }

    /// True when the finding's canonical value or text is allow-listed.
    pub(crate) fn is_allowed(&self, value: Option<&str>, text: &str) -> bool {
        if self.allow_terms.is_empty() && self.allow_domains.is_empty() {
            return false;
        }
        let value = lowercase(value.unwrap_or(text));
        if self
            .allow_terms
            .iter()
            .any(|t| *t == value || *t == lowercase(text.trim()))
        {
            return true;
        }
        // The domain of an address ("ana@imo.im") or a host, and its parents.
        let host = value.rsplit('@').next().unwrap_or(&value);
        self.allow_domains.iter().any(|d| {
            host == d
                || host
                    .strip_suffix(d.as_str())
                    .is_some_and(|rest| rest.ends_with('.'))
        })
    }
}

/// The suffix of a message key (or a policy's language key) for incoming text.
pub(crate) const INCOMING: &str = "@incoming";

/// The built-in message of every rule and of its kinds (by [`RuleId::index`]), each in the
/// first language of `chain` that has one, from [`LANGUAGES`] and the `loaded` tables: for
/// outgoing text or, with `incoming`, for text the user received (keys ending in
/// [`INCOMING`]). Each table is read once, for all rules (a language the chain names twice,
/// as "en", "en", "en" for English, once too): reading it again for every rule was a
/// quarter of the work of the first filter. A kind's message is taken only from the
/// language that gave the rule its message (or an earlier one): an Arabic reader gets the
/// rule's Arabic message rather than an English one written for the kind.
fn builtin_messages(chain: &[&str], loaded: &[(&str, &str)], incoming: bool) -> Vec<Messages> {
    let mut out: Vec<Messages> = vec![Messages::default(); RuleId::COUNT];
    // The place in `chain` of the language that gave each rule its message.
    let mut from = [usize::MAX; RuleId::COUNT];
    for (i, lang) in chain.iter().enumerate() {
        if chain[..i].contains(lang) {
            continue;
        }
        let Some((_, table)) = LANGUAGES.iter().chain(loaded).find(|(l, _)| l == lang) else {
            continue;
        };
        let more = if incoming && *lang == "en" {
            EN_INCOMING()
        } else {
            ""
        };
        for line in table
            .split('\n')
            .chain(more.split('\n'))
            .filter(|l| !l.starts_with('#'))
        {
            let Some((key, text)) = line.split_once('\t') else {
                continue;
            };
            let key = match key.strip_suffix(INCOMING) {
                Some(k) if incoming => k,
                None if !incoming => key,
                _ => continue,
            };
            let (id, kind) = key
                .split_once(':')
                .map_or((key, None), |(i, k)| (i, Some(k)));
            let Some(rule) = RuleId::parse(id) else {
                continue;
            };
            let (message, kinds) = &mut out[rule.index()];
            match kind {
                None if message.is_none() => {
                    *message = Some(text.to_string());
                    from[rule.index()] = i;
                }
                Some(k) if from[rule.index()] >= i && !kinds.iter().any(|(have, _)| have == k) => {
                    kinds.push((k.to_string(), text.into()))
                }
                _ => {}
            }
        }
    }
    out
}

/// A rule's built-in message (if a table has one) and its kinds' messages.
type Messages = (Option<String>, Vec<(String, Arc<str>)>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Preset, RulePolicy};

    #[test]
    fn every_rule_has_an_english_message() {
        let s = Settings::new(&Policy::preset(Preset::Default), None, &[]);
        for rule in RuleId::all() {
            assert!(!s.message(rule, None).is_empty(), "{rule}");
        }
        for (lang, table) in LANGUAGES {
            for line in table
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                let key = line.split('\t').next().unwrap_or_default();
                let id = key
                    .trim_end_matches(INCOMING)
                    .split(':')
                    .next()
                    .unwrap_or_default();
                assert!(
                    RuleId::parse(id).is_some(),
                    "messages/{lang}.tsv: unknown rule in {line:?}"
                );
                assert!(
                    line.contains('\t'),
                    "messages/{lang}.tsv: no tab in {line:?}"
                );
            }
        }
    }

    /// The first words of `rule`'s English message.
    fn en_start(rule: RuleId) -> String {
        let en = Settings::new(&Policy::preset(Preset::Default), Some("en"), &[]);
        en.message(rule, None).chars().take(12).collect()
    }

    #[test]
    fn locale_falls_back_and_policy_messages_win() {
        let mut p = Policy::preset(Preset::Imo);
        p.rules
            .get_mut(&RuleId::PrivacyEmail)
            .unwrap()
            .messages
            .insert("es".into(), "Correo".into());
        let s = Settings::new(&p, Some("es-MX"), &[]);
        assert_eq!(&**s.message(RuleId::PrivacyEmail, None), "Correo");
        assert!(s
            .message(RuleId::PrivacyPhone, None)
            .starts_with("Esto parece un número"));
        assert!(s
            .message(RuleId::PrivacyBankAccount, Some("iban"))
            .contains("IBAN"));
        assert_eq!(&**s.guideline(RuleId::PrivacyEmail), "Private information");
    }

    #[test]
    fn every_rule_has_messages_in_six_languages() {
        for lang in ["en", "es", "pt", "hi", "ar", "id"] {
            let s = Settings::new(&Policy::preset(Preset::Default), Some(lang), &[]);
            let en = Settings::new(&Policy::preset(Preset::Default), Some("en"), &[]);
            for rule in RuleId::all() {
                let m = s.message(rule, None);
                assert!(!m.is_empty(), "{lang} {rule}");
                if lang != "en" {
                    assert_ne!(m, en.message(rule, None), "{lang} {rule} is not translated");
                }
            }
            assert_ne!(
                s.message(RuleId::PrivacyPaymentCard, Some("cvv")),
                s.message(RuleId::PrivacyPaymentCard, None),
                "{lang}"
            );
            assert_ne!(
                s.message(RuleId::ScamImpersonation, Some("known_person")),
                s.message(RuleId::ScamImpersonation, None),
                "{lang}"
            );
            assert_ne!(
                s.incoming_message(RuleId::ScamImpersonation, Some("known_person")),
                s.incoming_message(RuleId::ScamImpersonation, None),
                "{lang}"
            );
            for kind in [
                "data_or_script",
                "credential_in_url",
                "lookalike",
                "punycode",
                "mixed_script",
                "ip_host",
                "download",
                "phishing_wording",
                "adult",
                "gambling",
                "obfuscated",
                "shortener",
                "abused_tld",
                "blocked_domain",
                "invite",
            ] {
                let m = s.message(RuleId::SpamLink, Some(kind));
                assert_ne!(
                    m,
                    s.message(RuleId::SpamLink, None),
                    "{lang} spam.link:{kind}"
                );
                if lang != "en" {
                    assert_ne!(m, en.message(RuleId::SpamLink, Some(kind)), "{lang} {kind}");
                }
            }
        }
        // A rule a language's table lacks falls back to English.
        let sw = Settings::new(
            &Policy::preset(Preset::Default),
            Some("sw-KE"),
            &[("sw", "privacy.email\tBarua pepe.\n")],
        );
        assert_eq!(&**sw.message(RuleId::PrivacyEmail, None), "Barua pepe.");
        assert!(sw
            .message(RuleId::TeenGrooming, None)
            .starts_with(&en_start(RuleId::TeenGrooming)));
    }

    #[test]
    fn loaded_tables_are_read_like_built_in_ones() {
        // As the npm package hands over a language the wasm does not carry.
        let table = "# a comment\nprivacy.email\tMail \u{1F4E7}\nprivacy.payment_card:cvv\tCVV!\n";
        let loaded = [("xx", table)];
        let s = Settings::new(&Policy::preset(Preset::Default), Some("xx-YY"), &loaded);
        assert_eq!(&**s.message(RuleId::PrivacyEmail, None), "Mail \u{1F4E7}");
        assert_eq!(
            &**s.message(RuleId::PrivacyPaymentCard, Some("cvv")),
            "CVV!"
        );
        let en = Settings::new(&Policy::preset(Preset::Default), Some("en"), &[]);
        // What the table lacks falls back to English, kinds included.
        assert_eq!(
            s.message(RuleId::PrivacyPhone, None),
            en.message(RuleId::PrivacyPhone, None)
        );
        assert_eq!(
            s.message(RuleId::PrivacyPaymentCard, Some("expiry")),
            en.message(RuleId::PrivacyPaymentCard, Some("expiry"))
        );
        // A table of another language is not read.
        let other = Settings::new(&Policy::preset(Preset::Default), Some("fr"), &loaded);
        assert_eq!(
            other.message(RuleId::PrivacyEmail, None),
            en.message(RuleId::PrivacyEmail, None)
        );
    }

    #[test]
    fn allow_lists() {
        let mut p = Policy::default();
        p.allow.domains.push("imo.im".into());
        p.allow.terms.push("Help@Example.org".into());
        p.rules.insert(RuleId::PrivacyEmail, RulePolicy::default());
        let s = Settings::new(&p, None, &[]);
        assert!(s.is_allowed(Some("ana@imo.im"), "ana@imo.im"));
        assert!(s.is_allowed(Some("ana@mail.imo.im"), "x"));
        assert!(!s.is_allowed(Some("ana@notimo.im"), "x"));
        assert!(s.is_allowed(Some("help@example.org"), "x"));
        assert!(!s.is_allowed(Some("ana@example.org"), "x"));
    }

    #[test]
    fn incoming_messages_speak_to_the_reader_and_fall_back() {
        let s = Settings::new(&Policy::preset(Preset::Default), Some("en"), &[]);
        // Every rule has an English message for incoming text of its own.
        for rule in RuleId::all() {
            let (out, inc) = (s.message(rule, None), s.incoming_message(rule, None));
            assert!(!inc.is_empty(), "{rule}");
            assert_ne!(out, inc, "{rule}: no incoming message");
        }
        // A kind with an incoming line uses it; a kind without one, the rule's incoming line.
        let code = s.incoming_message(RuleId::ScamCredentialRequest, Some("code"));
        assert!(code.starts_with("Codes sent to your phone"), "{code}");
        assert_eq!(
            s.incoming_message(RuleId::SpamLink, Some("adult")),
            s.incoming_message(RuleId::SpamLink, None)
        );
        // A language without incoming lines falls back to English's incoming line.
        let sw = Settings::new(
            &Policy::preset(Preset::Default),
            Some("sw"),
            &[("sw", "privacy.email\tBarua pepe.\n")],
        );
        assert_eq!(&**sw.message(RuleId::PrivacyEmail, None), "Barua pepe.");
        assert_eq!(
            sw.incoming_message(RuleId::PrivacyEmail, None),
            s.incoming_message(RuleId::PrivacyEmail, None)
        );
        // A kind with an English line only: a reader of another language gets the rule's
        // line in their language, not the kind's English one.
        let ar = Settings::new(&Policy::preset(Preset::Default), Some("ar"), &[]);
        let flattery = ar.incoming_message(RuleId::TeenGrooming, Some("flattery"));
        assert_eq!(flattery, ar.incoming_message(RuleId::TeenGrooming, None));
        assert!(flattery.starts_with("هذه علامة"), "{flattery}");
        assert!(s
            .incoming_message(RuleId::TeenGrooming, Some("flattery"))
            .starts_with("Telling a young person"));
    }

    #[test]
    fn policy_messages_for_incoming_text() {
        let mut p = Policy::preset(Preset::Imo);
        let r = p.rules.get_mut(&RuleId::PrivacyEmail).unwrap();
        r.messages.insert("en".into(), "Mail!".into());
        let s = Settings::new(&p, Some("en"), &[]);
        // The policy's plain message serves both directions...
        assert_eq!(&**s.message(RuleId::PrivacyEmail, None), "Mail!");
        assert_eq!(
            &**s.incoming_message(RuleId::PrivacyEmail, Some("x")),
            "Mail!"
        );
        // ...unless it has one for incoming text too.
        let r = p.rules.get_mut(&RuleId::PrivacyEmail).unwrap();
        r.messages
            .insert("en@incoming".into(), "Their mail.".into());
        let s = Settings::new(&p, Some("en-GB"), &[]);
        assert_eq!(&**s.message(RuleId::PrivacyEmail, None), "Mail!");
        assert_eq!(
            &**s.incoming_message(RuleId::PrivacyEmail, None),
            "Their mail."
        );
        assert!(p.validate("policy").is_ok());
        let r = p.rules.get_mut(&RuleId::PrivacyEmail).unwrap();
        r.messages.insert("english@incoming".into(), "x".into());
        let e = p.validate("policy").unwrap_err().to_string();
        assert!(e.contains("policy.rules.privacy.email.messages"), "{e}");
    }
}
