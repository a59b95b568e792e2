//! [`Policy`]: what a platform ships (severities, guideline names, messages,
//! allow-lists), the built-in presets, and the options of a filter and of a check.

mod error;
mod map;
mod settings;
mod value;

pub use error::Error;
pub use map::{Iter, Map};
pub(crate) use settings::Settings;
pub use value::{join, Value};

use crate::detect::lexicon_rules::custom;
use crate::detect::Direction;
use crate::{RuleId, Severity};
use serde::Serialize;
use value::Fields;

/// Most entries in one allow-list.
pub const MAX_LIST: usize = 10_000;
/// Longest allow-list entry, guideline name or locale, in bytes.
pub const MAX_ENTRY: usize = 256;
/// Most terms and allow words added to the lexicon rules, all rules together.
pub const MAX_ADDED: usize = 5_000;
/// Longest message, in bytes.
pub const MAX_MESSAGE: usize = 2_000;

/// A platform's policy. Every field is optional; a policy given to
/// [`FilterOptions`] is merged over the preset.
///
/// ```json
/// { "rules": { "privacy.email": { "adult": "info", "guideline": "Contact details",
///                                 "messages": { "en": "Share e-mails only with people you trust." } },
///              "abuse.profanity": { "terms": ["frak", "gorram*"], "allow": ["scunthorpe"] } },
///   "allow": { "domains": ["imo.im"], "terms": ["support@imo.im"] },
///   "block": { "domains": ["scam.example"] } }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Policy {
    /// A name for the policy, e.g. `"imo"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Language of messages when the filter's options give none, e.g. `"es"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Per-rule settings, keyed by rule id.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub rules: Map<RuleId, RulePolicy>,
    /// What is never reported.
    #[serde(default, skip_serializing_if = "AllowList::is_empty")]
    pub allow: AllowList,
    /// What is always reported.
    #[serde(default, skip_serializing_if = "BlockList::is_empty")]
    pub block: BlockList,
}

/// One rule's settings in a [`Policy`].
///
/// The lexicon rules also take terms and allow words of the platform's own:
///
/// ```
/// use sendsafe::{CheckOptions, Filter, Policy};
///
/// let policy = Policy::from_json(
///     r#"{"rules":{"abuse.profanity":{"terms":["frak","gorram*"],"allow":["crap"]}}}"#,
/// ).unwrap();
/// let filter = Filter::new(policy).unwrap();
/// let text = "f.r.a.k this GORRAMIT crap, no frakking way";
/// let found: Vec<&str> = filter.check(text, &CheckOptions::default()).findings.iter()
///     .map(|f| &text[f.bytes.range()]).collect();
/// assert_eq!(found, ["f.r.a.k", "GORRAMIT"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RulePolicy {
    /// Severity for an adult sender (`"off"` turns the rule off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adult: Option<Severity>,
    /// Severity in teen-safety mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teen: Option<Severity>,
    /// The guideline section the rule enforces, as the platform names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guideline: Option<String>,
    /// User-facing messages by language tag (`"en"`, `"pt-BR"`), replacing the built-in ones.
    /// A tag with `@incoming` (`"en@incoming"`) gives the message for text the user
    /// received; without one, the plain message serves both directions.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub messages: Map<String, String>,
    /// Terms the rule reports besides its built-in ones (lexicon rules only: `abuse.*`,
    /// `sexual.*`, `violence.*`, `illegal.*`, `self_harm.*`), found through the same
    /// disguises (case, accents, look-alike letters, leet, repeated, spaced or dotted
    /// letters, stars). A term is a whole word, or up to four words in a row; `word*`
    /// (four letters or more) matches every word that starts with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// Words the rule never reports (lexicon rules only), e.g. a place name that holds a
    /// term: neither the word (in capitals, leet, repeated or spaced letters too; not a
    /// starred spelling), nor a finding of the rule that overlaps it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
}

/// Allow-lists: what is never reported.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AllowList {
    /// Domains (and their subdomains) whose addresses and links are fine, e.g. the platform's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// Exact values that are fine, compared without case, e.g. a support address.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

impl AllowList {
    fn is_empty(&self) -> bool {
        self.domains.is_empty() && self.terms.is_empty()
    }
}

/// Block lists: what the platform forbids besides the built-in rules.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BlockList {
    /// Domains (and their subdomains) whose links are always `spam.link` (kind
    /// `blocked_domain`), e.g. a known scam site or a rival service.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
}

impl BlockList {
    fn is_empty(&self) -> bool {
        self.domains.is_empty()
    }
}

/// A built-in policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Neutral guideline names.
    #[default]
    Default,
    /// The imo Community Guidelines.
    Imo,
    /// The Calimero Chat Community Guidelines.
    Calimero,
}

/// One rule of a built-in policy: its guideline section and its adult and teen
/// severities (`None`: the default of rules.md).
type PresetRow = (
    RuleId,
    Option<&'static str>,
    Option<Severity>,
    Option<Severity>,
);

// The presets of `src/policy/presets/`, which build.rs reads.
include!(concat!(env!("OUT_DIR"), "/presets.rs"));

impl Preset {
    fn rows(self) -> &'static [PresetRow] {
        match self {
            Preset::Default => PRESET_DEFAULT,
            Preset::Imo => PRESET_IMO,
            Preset::Calimero => PRESET_CALIMERO,
        }
    }

    /// The preset's name.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Default => "default",
            Preset::Imo => "imo",
            Preset::Calimero => "calimero",
        }
    }

    /// Every preset.
    pub const ALL: [Preset; 3] = [Preset::Default, Preset::Imo, Preset::Calimero];

    /// The preset called `name`.
    pub fn parse(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl Policy {
    /// The built-in policy of `preset`: every rule with its guideline section, the
    /// severities of rules.md unless the preset says otherwise.
    pub fn preset(preset: Preset) -> Policy {
        let rules = preset
            .rows()
            .iter()
            .map(|&(rule, guideline, adult, teen)| {
                let rule_policy = RulePolicy {
                    adult,
                    teen,
                    guideline: guideline.map(str::to_string),
                    ..RulePolicy::default()
                };
                (rule, rule_policy)
            })
            .collect();
        Policy {
            name: Some(preset.name().to_string()),
            locale: None,
            rules,
            allow: AllowList::default(),
            block: BlockList::default(),
        }
    }

    /// Merges `over` into `self`: its fields win, its lists are appended.
    pub fn merge(&mut self, over: Policy) {
        if over.name.is_some() {
            self.name = over.name;
        }
        if over.locale.is_some() {
            self.locale = over.locale;
        }
        for (rule, o) in over.rules {
            let r = self.rules.get_or_default(rule);
            r.adult = o.adult.or(r.adult);
            r.teen = o.teen.or(r.teen);
            if o.guideline.is_some() {
                r.guideline = o.guideline;
            }
            r.messages.extend(o.messages);
            r.terms.extend(o.terms);
            r.allow.extend(o.allow);
        }
        self.allow.domains.extend(over.allow.domains);
        self.allow.terms.extend(over.allow.terms);
        self.block.domains.extend(over.block.domains);
    }

    /// Checks sizes and language tags; the error names the field under `root`.
    pub fn validate(&self, root: &str) -> Result<(), Error> {
        if let Some(locale) = &self.locale {
            validate_locale(locale, &format!("{root}.locale"))?;
        }
        // Entries added to the lexicon rules, all rules together.
        let mut added = 0;
        for (rule, r) in &self.rules {
            let at = format!("{root}.rules.{rule}");
            if let Some(g) = &r.guideline {
                check_len(g, MAX_ENTRY, &format!("{at}.guideline"))?;
                not_blank(g, &format!("{at}.guideline"))?;
            }
            for (lang, message) in &r.messages {
                let tag = lang.strip_suffix(settings::INCOMING).unwrap_or(lang);
                validate_locale(tag, &format!("{at}.messages"))?;
                check_len(message, MAX_MESSAGE, &format!("{at}.messages.{lang}"))?;
                not_blank(message, &format!("{at}.messages.{lang}"))?;
            }
            for (name, list) in [("terms", &r.terms), ("allow", &r.allow)] {
                let at = format!("{at}.{name}");
                if list.is_empty() {
                    continue;
                }
                if !custom::takes_terms(*rule) {
                    return Err(Error::new(
                        at,
                        "only the lexicon rules (abuse, sexual, violence, illegal, self_harm) take it",
                    ));
                }
                check_list(list, &at)?;
                for (i, entry) in list.iter().enumerate() {
                    custom::fold(entry, name == "terms")
                        .map_err(|e| Error::new(format!("{at}[{i}]"), e))?;
                }
                added += list.len();
            }
        }
        if added > MAX_ADDED {
            return Err(Error::new(
                format!("{root}.rules"),
                "over 5000 terms and allow words in all",
            ));
        }
        for (name, list) in [
            ("allow.domains", &self.allow.domains),
            ("allow.terms", &self.allow.terms),
            ("block.domains", &self.block.domains),
        ] {
            check_list(list, &format!("{root}.{name}"))?;
        }
        Ok(())
    }
}

/// Checks the length of a list and of its entries, which must not be blank.
fn check_list(list: &[String], at: &str) -> Result<(), Error> {
    if list.len() > MAX_LIST {
        return Err(Error::new(
            at,
            format!("{} entries, at most {MAX_LIST} allowed", list.len()),
        ));
    }
    for (i, entry) in list.iter().enumerate() {
        check_len(entry, MAX_ENTRY, &format!("{at}[{i}]"))?;
        if entry.trim().is_empty() {
            return Err(Error::new(format!("{at}[{i}]"), "empty entry"));
        }
    }
    Ok(())
}

/// A finding always shows its guideline and message: a blank one is an error, not a
/// warning with nothing to read.
fn not_blank(s: &str, path: &str) -> Result<(), Error> {
    if s.trim().is_empty() {
        return Err(Error::new(
            path,
            "empty; give the text, or leave the field out for the built-in one",
        ));
    }
    Ok(())
}

fn check_len(s: &str, max: usize, path: &str) -> Result<(), Error> {
    if s.len() > max {
        return Err(Error::new(
            path,
            format!("{} bytes long, at most {max} allowed", s.len()),
        ));
    }
    Ok(())
}

/// Accepts BCP 47-shaped tags such as `en`, `pt-BR`, `zh-Hant-TW`: a language of two or
/// three letters, then parts of one to eight letters or digits after `-` or `_`.
fn validate_locale(tag: &str, path: &str) -> Result<(), Error> {
    let mut ok = tag.len() <= 35;
    for (i, part) in tag
        .as_bytes()
        .split(|&b| b == b'-' || b == b'_')
        .enumerate()
    {
        ok &= if i == 0 {
            (2..=3).contains(&part.len()) && part.iter().all(u8::is_ascii_alphabetic)
        } else {
            (1..=8).contains(&part.len()) && part.iter().all(u8::is_ascii_alphanumeric)
        };
    }
    if ok {
        Ok(())
    } else {
        Err(Error::new(
            path,
            format!("`{tag}` is not a language tag such as \"en\" or \"pt-BR\""),
        ))
    }
}

/// Options of a [`Filter`](crate::Filter): `createFilter(options)` in JavaScript.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterOptions {
    /// The built-in policy to start from (default `"default"`).
    pub preset: Option<Preset>,
    /// Teen-safety mode for every check unless a check says otherwise.
    pub teen: Option<bool>,
    /// Language of messages, e.g. `"es"`; falls back to the base language, then English.
    pub locale: Option<String>,
    /// A policy merged over the preset.
    pub policy: Option<Policy>,
}

impl FilterOptions {
    /// The preset with the options' policy merged over it, validated.
    pub fn resolve(self) -> Result<(Policy, bool, Option<String>), Error> {
        if let Some(locale) = &self.locale {
            validate_locale(locale, "options.locale")?;
        }
        let mut policy = Policy::preset(self.preset.unwrap_or_default());
        if let Some(over) = self.policy {
            over.validate("options.policy")?;
            policy.merge(over);
        }
        Ok((policy, self.teen.unwrap_or(false), self.locale))
    }
}

/// Options of one check: `filter.check(text, options)` in JavaScript.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckOptions {
    /// Teen-safety mode for this check, overriding the filter's.
    pub teen: Option<bool>,
    /// Outgoing (default) or incoming.
    pub direction: Option<Direction>,
    /// Recent messages by the same sender, oldest first.
    pub history: Option<Vec<String>>,
}

/// Most messages of history a check reads.
pub const MAX_HISTORY: usize = 1_000;

const SEVERITIES: [&str; 4] = ["off", "info", "warn", "block"];
/// The severities of [`SEVERITIES`], in its order.
const SEVERITY_VALUES: [Severity; 4] = [
    Severity::Off,
    Severity::Info,
    Severity::Warn,
    Severity::Block,
];

impl Policy {
    /// Reads a policy from plain data (a JS object or parsed JSON); errors name the
    /// field under `path`, e.g. `options.policy.rules.privacy.emial`.
    pub fn from_value(value: &Value, path: &str) -> Result<Policy, Error> {
        let f = Fields::new(value, path, &["name", "locale", "rules", "allow", "block"])?;
        let mut policy = Policy {
            name: f.string("name")?,
            locale: f.string("locale")?,
            ..Policy::default()
        };
        let rules_path = f.path("rules");
        for (id, v) in f.entries("rules")? {
            let at = value::join(&rules_path, id);
            let rule = RuleId::parse(id)
                .ok_or_else(|| Error::new(&at, "unknown rule id (see rules.md for the list)"))?;
            let r = Fields::new(
                v,
                &at,
                &["adult", "teen", "guideline", "messages", "terms", "allow"],
            )?;
            let severity =
                |name| Ok::<_, Error>(r.choice(name, &SEVERITIES)?.map(|i| SEVERITY_VALUES[i]));
            let mut messages = Map::new();
            for (lang, m) in r.entries("messages")? {
                let Value::String(m) = m else {
                    return Err(value::expected(
                        value::join(&r.path("messages"), lang),
                        "a string",
                        m,
                    ));
                };
                messages.insert(lang.clone(), m.clone());
            }
            let rule_policy = RulePolicy {
                adult: severity("adult")?,
                teen: severity("teen")?,
                guideline: r.string("guideline")?,
                messages,
                terms: r.strings("terms", MAX_LIST)?.unwrap_or_default(),
                allow: r.strings("allow", MAX_LIST)?.unwrap_or_default(),
            };
            policy.rules.insert(rule, rule_policy);
        }
        let allow_path = f.path("allow");
        let allow = Fields::new(
            f.get("allow").unwrap_or(&Value::Null),
            &allow_path,
            &["domains", "terms"],
        )?;
        policy.allow.domains = allow.strings("domains", MAX_LIST)?.unwrap_or_default();
        policy.allow.terms = allow.strings("terms", MAX_LIST)?.unwrap_or_default();
        let block_path = f.path("block");
        let block = Fields::new(
            f.get("block").unwrap_or(&Value::Null),
            &block_path,
            &["domains"],
        )?;
        policy.block.domains = block.strings("domains", MAX_LIST)?.unwrap_or_default();
        policy.validate(path)?;
        Ok(policy)
    }

    /// Reads a policy from JSON, with errors that name the field (`policy.rules.privacy.emial: ...`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        Policy::from_value(&parse_json(json, "policy")?, "policy")
    }
}

impl FilterOptions {
    /// Reads `createFilter` options from plain data; errors name the field under `options`.
    pub fn from_value(value: &Value) -> Result<FilterOptions, Error> {
        let f = Fields::new(value, "options", &["preset", "teen", "locale", "policy"])?;
        let names = Preset::ALL.map(Preset::name);
        Ok(FilterOptions {
            preset: f.choice("preset", &names)?.map(|i| Preset::ALL[i]),
            teen: f.bool("teen")?,
            locale: f.string("locale")?,
            policy: f
                .get("policy")
                .map(|p| Policy::from_value(p, &f.path("policy")))
                .transpose()?,
        })
    }
}

impl CheckOptions {
    /// Reads the options of one check from plain data; errors name the field under `check options`.
    pub fn from_value(value: &Value) -> Result<CheckOptions, Error> {
        let f = Fields::new(value, "check options", &["teen", "direction", "history"])?;
        Ok(CheckOptions {
            teen: f.bool("teen")?,
            direction: f.choice("direction", &["outgoing", "incoming"])?.map(|i| {
                if i == 0 {
                    Direction::Outgoing
                } else {
                    Direction::Incoming
                }
            }),
            history: f.strings("history", MAX_HISTORY)?,
        })
    }
}

/// Parses JSON into a [`Value`]; a syntax error is reported at `path`.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_json(json: &str, path: &str) -> Result<Value, Error> {
    serde_json::from_str::<serde_json::Value>(json)
        .map(Value::from)
        .map_err(|e| Error::new(path, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_names_a_guideline_for_every_rule() {
        for preset in Preset::ALL {
            let p = Policy::preset(preset);
            for rule in RuleId::all() {
                let r = p
                    .rules
                    .get(&rule)
                    .unwrap_or_else(|| panic!("{} lacks {rule}", preset.name()));
                assert!(
                    r.guideline.as_deref().is_some_and(|g| !g.is_empty()),
                    "{} {rule}",
                    preset.name()
                );
            }
        }
    }

    #[test]
    fn merge_overrides_and_appends() {
        let mut p = Policy::preset(Preset::Imo);
        let mut over = Policy::default();
        over.rules.insert(
            RuleId::PrivacyEmail,
            RulePolicy {
                adult: Some(Severity::Off),
                ..Default::default()
            },
        );
        over.allow.domains.push("imo.im".into());
        p.merge(over);
        let email = &p.rules[&RuleId::PrivacyEmail];
        assert_eq!(email.adult, Some(Severity::Off));
        assert_eq!(email.guideline.as_deref(), Some("Private information"));
        assert_eq!(p.allow.domains, ["imo.im"]);
    }

    #[test]
    fn validation_names_the_field() {
        let mut p = Policy::default();
        p.allow.terms = vec!["x".repeat(MAX_ENTRY + 1)];
        assert_eq!(
            p.validate("options.policy").unwrap_err().path(),
            "options.policy.allow.terms[0]"
        );
        assert!(validate_locale("pt-BR", "l").is_ok());
        assert!(validate_locale("zh-Hant-TW", "l").is_ok());
        assert!(validate_locale("english please", "l").is_err());
        assert!(validate_locale("", "l").is_err());
    }
}
