//! The JavaScript binding: parse options, call the engine, build the JS value.
//! No logic lives here. Every error leaves as a `TypeError` naming the field.

use crate::policy::{deserialize_named, CheckOptions, FilterOptions};
use crate::{Filter, Report};
use js_sys::Array;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A filter, owned by the JS wrapper (`createFilter` in the package's `index.js`).
#[wasm_bindgen]
pub struct WasmFilter {
    inner: Filter,
}

#[wasm_bindgen]
impl WasmFilter {
    /// `options`: `{ preset, teen, locale, policy }`, or `undefined`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<WasmFilter, JsValue> {
        let options: FilterOptions = from_js(options, "options")?;
        let inner = Filter::with_options(options).map_err(type_error)?;
        Ok(WasmFilter { inner })
    }

    /// Checks `text` (a string) with `options` (`{ teen, direction, history }` or `undefined`).
    pub fn check(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let text = string_arg(&text, "check")?;
        let options: CheckOptions = from_js(options, "check options")?;
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

/// A string argument; lone surrogates become U+FFFD, which keeps UTF-16 offsets.
fn string_arg(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| type_error(format!("{what}: text must be a string, got {}", js_type(value))))
}

fn js_type(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}


fn from_js<T: serde::de::DeserializeOwned + Default>(value: JsValue, root: &str) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() || Array::is_array(&value) {
        return Err(type_error(format!("{root}: must be an object, got {}", js_type(&value))));
    }
    deserialize_named(serde_wasm_bindgen::Deserializer::from(value), root).map_err(type_error)
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
    js.serialize(&serde_wasm_bindgen::Serializer::new()).map_err(type_error)
}
