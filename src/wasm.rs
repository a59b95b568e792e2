//! The JavaScript binding: read options, call the engine, build the JS value.
//! No logic lives here. Every error leaves as a `TypeError` naming the field.

use crate::policy::{CheckOptions, Error, FilterOptions, Value};
use crate::{Filter, Report};
use js_sys::{Array, Object};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Deepest nesting read from an options object.
const MAX_DEPTH: usize = 16;
/// Most items read from one array or object.
const MAX_ITEMS: u32 = 100_000;

/// A filter, owned by the JS wrapper (`createFilter` in the package's `core.js`).
#[wasm_bindgen]
pub struct WasmFilter {
    inner: Filter,
}

#[wasm_bindgen]
impl WasmFilter {
    /// `options`: `{ preset, teen, locale, policy }`, or `undefined`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<WasmFilter, JsValue> {
        let options =
            FilterOptions::from_value(&to_value(&options, "options", 0)?).map_err(type_error)?;
        let inner = Filter::with_options(options).map_err(type_error)?;
        Ok(WasmFilter { inner })
    }

    /// Checks `text` (a string) with `options` (`{ teen, direction, history }` or `undefined`).
    pub fn check(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let text = string_arg(&text, "check")?;
        let options = if options.is_undefined() {
            CheckOptions::default()
        } else {
            CheckOptions::from_value(&to_value(&options, "check options", 0)?)
                .map_err(type_error)?
        };
        to_js(&self.inner.check(&text, &options))
    }

    /// `text` with every private-information finding masked.
    pub fn redact(&self, text: JsValue) -> Result<String, JsValue> {
        let text = string_arg(&text, "redact")?;
        Ok(self.inner.redact(&text))
    }
}

fn type_error(message: impl std::fmt::Display) -> JsValue {
    js_sys::TypeError::new(&message.to_string()).into()
}

/// A string argument; lone surrogates become U+FFFD, one UTF-16 unit each, so offsets hold.
fn string_arg(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        type_error(format!(
            "{what}: text must be a string, got {}",
            js_type(value)
        ))
    })
}

fn js_type(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined"
    } else if value.is_null() {
        "null"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.is_string() {
        "a string"
    } else if Array::is_array(value) {
        "an array"
    } else if value.is_function() {
        "a function"
    } else if value.is_symbol() {
        "a symbol"
    } else if value.is_bigint() {
        "a bigint"
    } else {
        "an object"
    }
}

/// Copies a JS value into plain data, bounded in depth and size.
fn to_value(v: &JsValue, path: &str, depth: usize) -> Result<Value, JsValue> {
    if depth > MAX_DEPTH {
        return Err(type_error(Error::new(path, "nested too deeply")));
    }
    Ok(match js_type(v) {
        "undefined" | "null" => Value::Null,
        "a boolean" => Value::Bool(v.as_bool().unwrap_or_default()),
        "a number" => Value::Number(v.as_f64().unwrap_or_default()),
        "a string" => Value::String(v.as_string().unwrap_or_default()),
        "an array" => {
            let array: &Array = v.unchecked_ref();
            check_size(array.length(), path)?;
            let items = array
                .iter()
                .enumerate()
                .map(|(i, item)| to_value(&item, &format!("{path}[{i}]"), depth + 1));
            Value::Array(items.collect::<Result<_, _>>()?)
        }
        "an object" => {
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
        other => Value::Other(other),
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

/// The report as JavaScript sees it (api.md): UTF-16 offsets only.
#[derive(Serialize)]
struct JsReport<'a> {
    verdict: crate::Verdict,
    findings: Vec<JsFinding<'a>>,
}

#[derive(Serialize)]
struct JsFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    guideline: &'a str,
    message: &'a str,
}

fn to_js(report: &Report) -> Result<JsValue, JsValue> {
    let js = JsReport {
        verdict: report.verdict,
        findings: report
            .findings
            .iter()
            .map(|f| JsFinding {
                rule: f.rule.as_str(),
                severity: f.severity.as_str(),
                start: f.start,
                end: f.end,
                kind: f.kind,
                guideline: &f.guideline,
                message: &f.message,
            })
            .collect(),
    };
    js.serialize(&serde_wasm_bindgen::Serializer::new())
        .map_err(type_error)
}
