//! The JavaScript binding: read options, call the engine, build the JS value.
//! No logic lives here. Every error leaves as a `TypeError` naming the field.

use crate::policy::{CheckOptions, Error, FilterOptions, Value};
use crate::{Filter, Report, RuleId, Verdict};
use js_sys::{Array, Object};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// One call per finding builds the plain object api.md describes.
#[wasm_bindgen(inline_js = "
export function push_finding(out, rule, severity, start, end, kind, guideline, message) {
  out.push(kind === undefined
    ? { rule, severity, start, end, guideline, message }
    : { rule, severity, start, end, kind, guideline, message });
}
export function make_report(verdict, findings) { return { verdict, findings }; }
export function set_history(out, indices) { out[out.length - 1].history = Array.from(indices); }
")]
extern "C" {
    #[allow(clippy::too_many_arguments)]
    fn push_finding(
        out: &Array,
        rule: &JsValue,
        severity: &JsValue,
        start: u32,
        end: u32,
        kind: &JsValue,
        guideline: &JsValue,
        message: &JsValue,
    );
    fn make_report(verdict: &JsValue, findings: &Array) -> JsValue;
    /// Gives the last finding of `out` the earlier messages it came from (rare: a
    /// pattern over a conversation).
    fn set_history(out: &Array, indices: &[u32]);
}

/// Deepest nesting read from an options object.
const MAX_DEPTH: usize = 16;
/// Most items read from one array or object.
const MAX_ITEMS: u32 = 100_000;

/// A filter, owned by the JS wrapper (`createFilter` in the package's `core.js`).
#[wasm_bindgen]
pub struct WasmFilter {
    inner: Filter,
    /// JS strings made once and reused: rule ids, kinds, severities, verdicts,
    /// guideline names and messages, keyed by the address of the Rust text, which
    /// lives as long as the filter (static, or shared by the filter's settings). A
    /// filter uses a few dozen at most, so a short list beats a hash map.
    strings: RefCell<Vec<((usize, usize), JsValue)>>,
}

#[wasm_bindgen]
impl WasmFilter {
    /// `options`: `{ preset, teen, locale, policy }`, or `undefined`. `language` and
    /// `messages`: a message table the wasm does not carry (`<rule>[:<kind>]<TAB><message>`
    /// lines) and its language, loaded by the wrapper for the language the options ask for.
    ///
    /// `rules`: the text of the package's `rules.js` (the phrase and word lists of the
    /// credential, handle, request, link and scam rules, which the wasm leaves out), which
    /// the wrapper loads when
    /// [`WasmFilter::needs_rules`] says so; kept for every later filter.
    /// `lexicons`: the text of the package's `lexicons.js`, which the wrapper loads when
    /// [`WasmFilter::needs_lexicons`] says so.
    #[wasm_bindgen(constructor)]
    pub fn new(
        options: JsValue,
        language: Option<String>,
        messages: Option<String>,
        rules: Option<String>,
        lexicons: Option<String>,
    ) -> Result<WasmFilter, JsValue> {
        if let Some(text) = rules {
            crate::detect::coded::install_pack(text).map_err(type_error)?;
        }
        if let Some(text) = lexicons {
            crate::detect::lexicon_rules::install(text);
        }
        let options =
            FilterOptions::from_value(&to_value(&options, "options", 0)?).map_err(type_error)?;
        if !crate::detect::coded::has_pack() && needs_pack(&options)? {
            return Err(type_error(
                "rules: this filter's policy turns on rules whose word lists (rules.js) were not given",
            ));
        }
        let loaded = match (&language, &messages) {
            (Some(l), Some(m)) => vec![(l.as_str(), m.as_str())],
            _ => Vec::new(),
        };
        let inner = Filter::with_messages(options, &loaded).map_err(type_error)?;
        Ok(WasmFilter {
            inner,
            strings: RefCell::default(),
        })
    }

    /// Whether a filter made with `options` turns on a rule whose word lists are in the
    /// package's `rules.js` (`privacy.credentials`, `privacy.social_handle`,
    /// `privacy.request`, `spam.link`, `teen.off_platform`'s invites, the `scam.*` rules;
    /// for adults or teens), so that the wrapper must load it first. Bad options
    /// are the `TypeError` the constructor would give.
    #[wasm_bindgen(js_name = needsRules)]
    pub fn needs_rules(options: JsValue) -> Result<bool, JsValue> {
        let options =
            FilterOptions::from_value(&to_value(&options, "options", 0)?).map_err(type_error)?;
        needs_pack(&options)
    }

    /// Whether a filter made with `options` turns on a rule of the guideline lexicons (for
    /// adults or teens), so that the wrapper must load `lexicons.js` first. Bad options are
    /// the `TypeError` the constructor would give.
    #[wasm_bindgen(js_name = needsLexicons)]
    pub fn needs_lexicons(options: JsValue) -> Result<bool, JsValue> {
        let options =
            FilterOptions::from_value(&to_value(&options, "options", 0)?).map_err(type_error)?;
        let (policy, _, _) = options.resolve().map_err(type_error)?;
        let settings = crate::policy::Settings::new(&policy, None, &[]);
        Ok(crate::detect::lexicon_rules::wanted(|rule, teen| {
            settings.severity(rule, teen)
        }))
    }

    /// Checks `text` with `options` (`{ teen, direction, history }` or `undefined`).
    /// The package's wrapper has already refused a `text` that is not a string.
    pub fn check(&self, text: &str, options: Option<JsValue>) -> Result<JsValue, JsValue> {
        let options = match options {
            None => CheckOptions::default(),
            Some(options) => CheckOptions::from_value(&to_value(&options, "check options", 0)?)
                .map_err(type_error)?,
        };
        Ok(self.to_js(&self.inner.check(text, &options)))
    }

    /// `text` with every private-information finding masked.
    pub fn redact(&self, text: &str) -> String {
        self.inner.redact(text)
    }
}

fn type_error(message: impl std::fmt::Display) -> JsValue {
    js_sys::TypeError::new(&message.to_string()).into()
}

/// What a JS value is, as `to_value` reads it.
#[derive(Clone, Copy, PartialEq)]
enum JsType {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
    /// Something no option takes, by its name for error messages.
    Other(&'static str),
}

fn js_type(value: &JsValue) -> JsType {
    if value.is_undefined() || value.is_null() {
        JsType::Null
    } else if value.as_bool().is_some() {
        JsType::Bool
    } else if value.as_f64().is_some() {
        JsType::Number
    } else if value.is_string() {
        JsType::String
    } else if Array::is_array(value) {
        JsType::Array
    } else if value.is_function() {
        JsType::Other("a function")
    } else if value.is_symbol() {
        JsType::Other("a symbol")
    } else if value.is_bigint() {
        JsType::Other("a bigint")
    } else {
        JsType::Object
    }
}

/// Copies a JS value into plain data, bounded in depth and size.
fn to_value(v: &JsValue, path: &str, depth: usize) -> Result<Value, JsValue> {
    if depth > MAX_DEPTH {
        return Err(type_error(Error::new(path, "nested too deeply")));
    }
    Ok(match js_type(v) {
        JsType::Null => Value::Null,
        JsType::Bool => Value::Bool(v.as_bool().unwrap_or_default()),
        JsType::Number => Value::Number(v.as_f64().unwrap_or_default()),
        JsType::String => Value::String(v.as_string().unwrap_or_default()),
        JsType::Array => {
            let array: &Array = v.unchecked_ref();
            check_size(array.length(), path)?;
            let mut items = Vec::with_capacity(array.length() as usize);
            for (i, item) in array.iter().enumerate() {
                items.push(to_value(&item, &format!("{path}[{i}]"), depth + 1)?);
            }
            Value::Array(items)
        }
        JsType::Object => {
            let entries = Object::entries(v.unchecked_ref());
            check_size(entries.length(), path)?;
            let mut fields = Vec::with_capacity(entries.length() as usize);
            for entry in entries.iter() {
                let pair: &Array = entry.unchecked_ref();
                let key = pair.get(0).as_string().unwrap_or_default();
                let value = to_value(&pair.get(1), &crate::policy::join(path, &key), depth + 1)?;
                fields.push((key, value));
            }
            Value::Object(fields)
        }
        JsType::Other(name) => Value::Other(name),
    })
}

fn check_size(n: u32, path: &str) -> Result<(), JsValue> {
    if n > MAX_ITEMS {
        return Err(type_error(Error::new(
            path,
            format!("{n} entries, at most {MAX_ITEMS} allowed"),
        )));
    }
    Ok(())
}

impl WasmFilter {
    /// The report as JavaScript sees it (api.md): UTF-16 offsets only. The few distinct
    /// strings of a report are looked up once and passed by reference, so a finding costs
    /// one call into JavaScript.
    fn to_js(&self, report: &Report) -> JsValue {
        let mut cache = self.strings.borrow_mut();
        let mut used = Used {
            cache: &mut cache,
            slots: Vec::new(),
        };
        let verdict = used.slot(match report.verdict {
            Verdict::Allow => "allow",
            Verdict::Warn => "warn",
            Verdict::Block => "block",
        });
        let findings = Array::new();
        let undefined = JsValue::UNDEFINED;
        for f in &report.findings {
            let kind = f.kind.map(|k| used.slot(k));
            let s = [
                used.slot(f.rule.as_str()),
                used.slot(f.severity.as_str()),
                used.slot(&f.guideline),
                used.slot(&f.message),
            ];
            let kind = kind.map_or(&undefined, |k| used.get(k));
            push_finding(
                &findings,
                used.get(s[0]),
                used.get(s[1]),
                f.start as u32,
                f.end as u32,
                kind,
                used.get(s[2]),
                used.get(s[3]),
            );
            if !f.history.is_empty() {
                set_history(&findings, &f.history);
            }
        }
        make_report(used.get(verdict), &findings)
    }
}

/// The JS strings one report uses, taken from the filter's cache.
struct Used<'c> {
    cache: &'c mut Vec<((usize, usize), JsValue)>,
    slots: Vec<((usize, usize), JsValue)>,
}

impl Used<'_> {
    /// The index of `s` among the report's strings, made or taken from the cache.
    fn slot(&mut self, s: &str) -> usize {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(i) = self.slots.iter().position(|(k, _)| *k == key) {
            return i;
        }
        let value = match self.cache.iter().find(|(k, _)| *k == key) {
            Some((_, v)) => v.clone(),
            None => {
                let v = JsValue::from_str(s);
                self.cache.push((key, v.clone()));
                v
            }
        };
        self.slots.push((key, value));
        self.slots.len() - 1
    }

    fn get(&self, i: usize) -> &JsValue {
        &self.slots[i].1
    }
}

/// Whether `options` turn on a rule that reads the data module (see
/// [`WasmFilter::needs_rules`]).
fn needs_pack(options: &FilterOptions) -> Result<bool, JsValue> {
    let (policy, _, _) = options.clone().resolve().map_err(type_error)?;
    let settings = crate::policy::Settings::new(&policy, None, &[]);
    Ok(RuleId::all().any(|rule| {
        let packed = matches!(
            rule,
            RuleId::SpamLink
                | RuleId::TeenOffPlatform
                | RuleId::PrivacyCredentials
                | RuleId::PrivacySocialHandle
                | RuleId::PrivacyRequest
        ) || matches!(rule.family(), "scam" | "teen");
        packed
            && [false, true]
                .into_iter()
                .any(|teen| settings.severity(rule, teen) != crate::Severity::Off)
    }))
}
