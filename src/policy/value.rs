//! [`Value`]: options and policies as plain data, and a reader that turns them into
//! typed settings with errors naming the field (`options.policy.rules.privacy.email.adult`).
//!
//! The wasm build makes a `Value` from a JavaScript object, the native build from
//! JSON; both then go through the same reader, so errors read the same everywhere
//! and the wasm carries no generic deserializer.

use super::Error;

/// Plain data: what a JavaScript object or a JSON document holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null` or `undefined`: the same as leaving the field out.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, its fields in order.
    Object(Vec<(String, Value)>),
    /// Something no option takes (a function, a symbol, a bigint), by type name.
    Other(&'static str),
}

impl Value {
    /// What the value is, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
            Value::Other(name) => name,
        }
    }
}

/// `items` separated by commas, for an error message. (The standard `join` is a
/// kilobyte of wasm for two error messages.)
fn one_of(items: &[&str]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// Reads the fields of an object, refusing any not in `known`.
pub(crate) struct Fields<'v> {
    fields: &'v [(String, Value)],
    path: &'v str,
}

impl<'v> Fields<'v> {
    /// `value` must be an object (or null, read as empty) whose fields are all in `known`.
    pub(crate) fn new(
        value: &'v Value,
        path: &'v str,
        known: &[&str],
    ) -> Result<Fields<'v>, Error> {
        let fields: &[(String, Value)] = match value {
            Value::Object(fields) => fields,
            Value::Null => &[],
            other => return Err(expected(path, "an object", other)),
        };
        if let Some((name, _)) = fields
            .iter()
            .find(|(name, _)| !known.contains(&name.as_str()))
        {
            return Err(Error::new(
                join(path, name),
                format!("unknown field `{name}`, expected one of: {}", one_of(known)),
            ));
        }
        Ok(Fields { fields, path })
    }

    /// The field `name`, unless absent or null.
    pub(crate) fn get(&self, name: &str) -> Option<&'v Value> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .filter(|v| **v != Value::Null)
    }

    /// The path of field `name`.
    pub(crate) fn path(&self, name: &str) -> String {
        join(self.path, name)
    }

    /// An optional boolean field.
    pub(crate) fn bool(&self, name: &str) -> Result<Option<bool>, Error> {
        self.get(name)
            .map(|v| match v {
                Value::Bool(b) => Ok(*b),
                other => Err(expected(self.path(name), "a boolean", other)),
            })
            .transpose()
    }

    /// An optional string field.
    pub(crate) fn string(&self, name: &str) -> Result<Option<String>, Error> {
        self.get(name)
            .map(|v| string(v, &self.path(name)))
            .transpose()
    }

    /// An optional string field that must be one of `choices`; returns its index.
    pub(crate) fn choice(&self, name: &str, choices: &[&str]) -> Result<Option<usize>, Error> {
        let Some(s) = self.string(name)? else {
            return Ok(None);
        };
        choices
            .iter()
            .position(|c| *c == s)
            .map(Some)
            .ok_or_else(|| {
                Error::new(
                    self.path(name),
                    format!("unknown value `{s}`, expected one of: {}", one_of(choices)),
                )
            })
    }

    /// An optional array of strings with at most `max` entries.
    pub(crate) fn strings(&self, name: &str, max: usize) -> Result<Option<Vec<String>>, Error> {
        let Some(v) = self.get(name) else {
            return Ok(None);
        };
        let path = self.path(name);
        let Value::Array(items) = v else {
            return Err(expected(path, "an array of strings", v));
        };
        if items.len() > max {
            return Err(Error::new(
                path,
                format!("{} entries, at most {max} allowed", items.len()),
            ));
        }
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(s) => out.push(s.clone()),
                other => return Err(expected(format!("{path}[{i}]"), "a string", other)),
            }
        }
        Ok(Some(out))
    }

    /// The fields of an optional object field, as `(name, value)` pairs.
    pub(crate) fn entries(&self, name: &str) -> Result<&'v [(String, Value)], Error> {
        match self.get(name) {
            None => Ok(&[]),
            Some(Value::Object(fields)) => Ok(fields),
            Some(other) => Err(expected(self.path(name), "an object", other)),
        }
    }
}

/// The error for the field at `path` when it holds `got` instead of `what` ("a string").
pub(crate) fn expected(path: impl Into<String>, what: &str, got: &Value) -> Error {
    Error::new(path, format!("expected {what}, got {}", got.type_name()))
}

fn string(v: &Value, path: &str) -> Result<String, Error> {
    match v {
        Value::String(s) => Ok(s.clone()),
        other => Err(expected(path, "a string", other)),
    }
}

/// `a.b`, or `b` at the root.
pub fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<serde_json::Value> for Value {
    fn from(v: serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(a) => Value::Array(a.into_iter().map(Value::from).collect()),
            serde_json::Value::Object(o) => {
                Value::Object(o.into_iter().map(|(k, v)| (k, Value::from(v))).collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(fields: &[(&str, Value)]) -> Value {
        Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn errors_name_the_field() {
        let v = obj(&[("teen", Value::String("yes".into()))]);
        let f = Fields::new(&v, "options", &["teen"]).unwrap();
        assert_eq!(
            f.bool("teen").unwrap_err().to_string(),
            "options.teen: expected a boolean, got a string"
        );
        let err = Fields::new(&v, "options", &["preset"]).err().unwrap();
        assert_eq!(err.path(), "options.teen");
        assert!(Fields::new(&Value::Number(1.0), "options", &[]).is_err());
    }

    #[test]
    fn null_is_absent() {
        let v = obj(&[("teen", Value::Null)]);
        let f = Fields::new(&v, "options", &["teen"]).unwrap();
        assert_eq!(f.bool("teen").unwrap(), None);
        assert!(Fields::new(&Value::Null, "options", &[]).is_ok());
    }

    #[test]
    fn choices_and_lists() {
        let v = obj(&[
            ("p", Value::String("nope".into())),
            (
                "l",
                Value::Array(vec![Value::String("a".into()), Value::Bool(true)]),
            ),
        ]);
        let f = Fields::new(&v, "o", &["p", "l"]).unwrap();
        assert_eq!(
            f.choice("p", &["default", "imo"]).unwrap_err().to_string(),
            "o.p: unknown value `nope`, expected one of: default, imo"
        );
        assert_eq!(f.strings("l", 10).unwrap_err().path(), "o.l[1]");
        assert_eq!(f.strings("l", 1).unwrap_err().path(), "o.l");
    }
}
