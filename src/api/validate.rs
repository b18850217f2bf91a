//! Request validation for every resource, in Django REST framework's words: the body as a
//! JSON object, field extraction with its type errors, required fields, choices from the
//! vocabulary enums, and the `{"field": ["message"]}` error body, collected so a client sees
//! every problem at once. The field rules themselves (phone, notes, names) are pure and live
//! in `domain::validate`; money parsing in `domain::money`.
//!
//! The original backend's serializers did not all speak alike (a null optional field is "may
//! not be null" for a menu item but "empty" for an order's notes, the staff endpoints accept
//! fewer spellings of a boolean); those differences are part of the contract its web frontend
//! was written against, so they are kept and named here rather than smoothed over.

use serde_json::{json, Map, Value};

use crate::api::ctx::Ctx;
use crate::domain::vocab::Vocabulary;
use crate::domain::{money, validate};
use crate::http::ApiError;

pub(crate) const REQUIRED: &str = "This field is required.";
pub(crate) const NOT_NULL: &str = "This field may not be null.";
pub(crate) const BLANK: &str = "This field may not be blank.";
pub(crate) const NOT_A_STRING: &str = "Not a valid string.";
pub(crate) const NOT_A_BOOLEAN: &str = "Must be a valid boolean.";

/// DRF-style field errors, collected so one response names every problem. A field may
/// collect several messages (an order line's errors, for instance).
#[derive(Clone, Debug, Default)]
pub(crate) struct Errors(Map<String, Value>);

impl Errors {
    /// Appends `msg` to the field's list.
    pub(crate) fn add(&mut self, field: &str, msg: impl Into<String>) {
        let entry = self
            .0
            .entry(field.to_string())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = entry {
            list.push(Value::String(msg.into()));
        }
    }

    pub(crate) fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    /// Sets a field's whole error value (nested errors, e.g. per order line).
    pub(crate) fn set(&mut self, field: &str, v: Value) {
        self.0.insert(field.to_string(), v);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors as a JSON object (for nesting).
    pub(crate) fn into_value(self) -> Value {
        Value::Object(self.0)
    }

    /// `Ok(())` when empty, else the 400.
    pub(crate) fn check(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(Value::Object(self.0)))
        }
    }
}

/// Python's name for a JSON value's type, as DRF puts it in messages.
pub(crate) fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int",
        Value::Number(_) => "float",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// DRF's "not a valid choice" text for `v`.
pub(crate) fn not_a_choice(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{s}\" is not a valid choice."),
        other => format!("\"{other}\" is not a valid choice."),
    }
}

/// DRF's body error for a value that is not an object (`non_field_errors`).
pub(crate) fn not_a_dict(v: &Value) -> ApiError {
    ApiError::validation(json!({
        "non_field_errors": [format!(
            "Invalid data. Expected a dictionary, but got {}.",
            py_type(v)
        )]
    }))
}

/// `v` as a JSON object, or [`not_a_dict`].
pub(crate) fn object(v: Value) -> Result<Map<String, Value>, ApiError> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(not_a_dict(&other)),
    }
}

/// The request body as a JSON object: DRF's parse error on bad JSON, [`not_a_dict`] for
/// another JSON type.
pub(crate) fn body_object(c: &Ctx) -> Result<Map<String, Value>, ApiError> {
    object(c.json()?)
}

/// The staff endpoints' body check, whose message names no type (as it always has).
pub(crate) fn body_object_untyped(v: &Value) -> Result<&Map<String, Value>, ApiError> {
    v.as_object().ok_or_else(|| {
        ApiError::validation(json!({
            "non_field_errors": ["Invalid data. Expected a dictionary."]
        }))
    })
}

/// The `{id}` path parameter; a non-numeric id names nothing (404).
pub(crate) fn id_param(c: &Ctx) -> Result<i64, ApiError> {
    c.param(0).parse::<i64>().map_err(|_| ApiError::not_found())
}

/// A query-string choice from the vocabulary `V` (empty = not given), or django-filter's 400.
pub(crate) fn query_choice<V: Vocabulary>(c: &Ctx, name: &str) -> Result<Option<V>, ApiError> {
    match c.req.query_param(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => match V::parse(&v) {
            Some(x) => Ok(Some(x)),
            None => Err(bad_query_choice(name, &v)),
        },
    }
}

/// django-filter's 400 for a query value outside its choices.
pub(crate) fn bad_query_choice(name: &str, v: &str) -> ApiError {
    ApiError::field(
        name,
        format!("Select a valid choice. {v} is not one of the available choices."),
    )
}

/// Text as DRF's CharField reads it: a string, or a number's text; `None` for other types.
pub(crate) fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A boolean as DRF's BooleanField reads it: JSON true/false, 0/1, and its strings.
pub(crate) fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_i64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        Value::String(s) => match s.as_str() {
            "true" | "True" | "TRUE" | "t" | "T" | "yes" | "Yes" | "YES" | "y" | "Y" | "on"
            | "On" | "ON" | "1" => Some(true),
            "false" | "False" | "FALSE" | "f" | "F" | "no" | "No" | "NO" | "n" | "N" | "off"
            | "Off" | "OFF" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The staff endpoints' booleans: JSON true/false, 0/1 and "true"/"True"/"1" (and false).
pub(crate) fn as_bool_strict(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if matches!(s.as_str(), "true" | "True" | "1") => Some(true),
        Value::String(s) if matches!(s.as_str(), "false" | "False" | "0") => Some(false),
        Value::Number(n) if n.as_i64() == Some(1) => Some(true),
        Value::Number(n) if n.as_i64() == Some(0) => Some(false),
        _ => None,
    }
}

/// Field `name` of `m` as text where null means "empty" (`Some("")`) and numbers are not
/// text (an order's phone and notes); `None` when absent or invalid (recorded in `errs`).
pub(crate) fn text_or_empty(
    m: &Map<String, Value>,
    name: &str,
    errs: &mut Errors,
) -> Option<String> {
    match m.get(name)? {
        Value::Null => Some(String::new()),
        Value::String(s) => Some(s.clone()),
        _ => {
            errs.add(name, NOT_A_STRING);
            None
        }
    }
}

/// Field `name` of `m` as a value of the vocabulary `V`; `None` when absent, null ("may not
/// be null") or not one of its strings (DRF's "not a valid choice").
pub(crate) fn vocab_field<V: Vocabulary>(
    m: &Map<String, Value>,
    name: &str,
    errs: &mut Errors,
) -> Option<V> {
    let v = m.get(name)?;
    let parsed = v.as_str().and_then(V::parse);
    if parsed.is_none() {
        errs.add(
            name,
            if v.is_null() {
                NOT_NULL.to_string()
            } else {
                not_a_choice(v)
            },
        );
    }
    parsed
}

/// Reads the fields of a JSON object body, recording every error. Each getter returns `None`
/// when the field is absent (recording "required" when asked), null (recording "may not be
/// null") or invalid (recording why).
pub(crate) struct Fields<'a> {
    obj: &'a Map<String, Value>,
    errors: Errors,
}

impl<'a> Fields<'a> {
    pub(crate) fn new(obj: &'a Map<String, Value>) -> Fields<'a> {
        Fields {
            obj,
            errors: Errors::default(),
        }
    }

    pub(crate) fn error(&mut self, field: &str, msg: impl Into<String>) {
        self.errors.add(field, msg);
    }

    pub(crate) fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }

    /// The field's value as sent, null included (`None`: absent).
    pub(crate) fn get(&self, field: &str) -> Option<&'a Value> {
        self.obj.get(field)
    }

    /// The raw value, or `None` after recording "required"/"may not be null" as appropriate.
    pub(crate) fn raw(&mut self, field: &str, required: bool) -> Option<&'a Value> {
        match self.obj.get(field) {
            None => {
                if required {
                    self.error(field, REQUIRED);
                }
                None
            }
            Some(Value::Null) => {
                self.error(field, NOT_NULL);
                None
            }
            Some(v) => Some(v),
        }
    }

    /// Records "required" for each of `fields` that is absent or null (the staff endpoints'
    /// rule; the getters then skip a field that already has an error).
    pub(crate) fn require_present(&mut self, fields: &[&str]) {
        for f in fields {
            if self.obj.get(*f).is_none_or(Value::is_null) {
                self.error(f, REQUIRED);
            }
        }
    }

    /// Text ([`as_text`]); null is "may not be null" unless the field already has an error.
    pub(crate) fn text(&mut self, field: &str) -> Option<String> {
        match self.obj.get(field)? {
            Value::Null => {
                if !self.has_error(field) {
                    self.error(field, NOT_NULL);
                }
                None
            }
            v => {
                let t = as_text(v);
                if t.is_none() {
                    self.error(field, NOT_A_STRING);
                }
                t
            }
        }
    }

    /// An optional string where null is "not sent" (a payment's mobile number and note).
    pub(crate) fn optional_string(&mut self, field: &str) -> Option<String> {
        match self.obj.get(field)? {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            _ => {
                self.error(field, NOT_A_STRING);
                None
            }
        }
    }

    /// A trimmed, non-blank name of at most `max` characters ([`validate::name_ok`]).
    pub(crate) fn name(&mut self, field: &str, max: usize, required: bool) -> Option<String> {
        let Some(text) = as_text(self.raw(field, required)?) else {
            self.error(field, NOT_A_STRING);
            return None;
        };
        match validate::name_ok(&text, max) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(field, e);
                None
            }
        }
    }

    /// Money in pesewas, at least `min`.
    pub(crate) fn money(&mut self, field: &str, min: i64, required: bool) -> Option<i64> {
        let v = self.raw(field, required)?;
        self.money_of(field, v, min)
    }

    /// Money in pesewas, at least `min`, where null counts as absent.
    pub(crate) fn money_null_absent(&mut self, field: &str, min: i64) -> Option<i64> {
        match self.obj.get(field) {
            None | Some(Value::Null) => {
                self.error(field, REQUIRED);
                None
            }
            Some(v) => self.money_of(field, v, min),
        }
    }

    fn money_of(&mut self, field: &str, v: &Value, min: i64) -> Option<i64> {
        match money::parse(v).and_then(|p| money::check_min(p, min).map(|()| p)) {
            Ok(p) => Some(p),
            Err(e) => {
                self.error(field, e);
                None
            }
        }
    }

    /// A boolean ([`as_bool`]).
    pub(crate) fn boolean(&mut self, field: &str) -> Option<bool> {
        let parsed = as_bool(self.raw(field, false)?);
        if parsed.is_none() {
            self.error(field, NOT_A_BOOLEAN);
        }
        parsed
    }

    /// A boolean as the staff endpoints read it ([`as_bool_strict`]; null is not one).
    pub(crate) fn boolean_strict(&mut self, field: &str) -> Option<bool> {
        let parsed = as_bool_strict(self.obj.get(field)?);
        if parsed.is_none() {
            self.error(field, NOT_A_BOOLEAN);
        }
        parsed
    }

    /// One of `choices`, compared with the value's Python text (DRF's ChoiceField).
    pub(crate) fn choice(&mut self, field: &str, choices: &[&str]) -> Option<String> {
        let v = self.raw(field, false)?;
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            other => other.to_string(),
        };
        if choices.contains(&text.as_str()) {
            Some(text)
        } else {
            self.error(field, format!("\"{text}\" is not a valid choice."));
            None
        }
    }

    /// A value of the vocabulary `V` where absent or null is `default`.
    pub(crate) fn vocab_or<V: Vocabulary>(&mut self, field: &str, default: V) -> Option<V> {
        match self.obj.get(field) {
            None | Some(Value::Null) => Some(default),
            Some(v) => self.vocab_of(field, v),
        }
    }

    /// A required value of the vocabulary `V` (absent or null: "required").
    pub(crate) fn vocab_required<V: Vocabulary>(&mut self, field: &str) -> Option<V> {
        match self.obj.get(field) {
            None | Some(Value::Null) => {
                self.error(field, REQUIRED);
                None
            }
            Some(v) => self.vocab_of(field, v),
        }
    }

    fn vocab_of<V: Vocabulary>(&mut self, field: &str, v: &Value) -> Option<V> {
        let parsed = v.as_str().and_then(V::parse);
        if parsed.is_none() {
            self.error(field, not_a_choice(v));
        }
        parsed
    }

    /// The errors so far, to continue collecting (e.g. after database checks).
    pub(crate) fn into_errors(self) -> Errors {
        self.errors
    }

    /// `Err` with every recorded error, if any.
    pub(crate) fn finish(self) -> Result<(), ApiError> {
        self.errors.check()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => panic!("not an object"),
        }
    }

    #[test]
    fn python_type_names() {
        assert_eq!(py_type(&json!(null)), "NoneType");
        assert_eq!(py_type(&json!(1)), "int");
        assert_eq!(py_type(&json!(1.5)), "float");
        assert_eq!(py_type(&json!([])), "list");
        assert_eq!(not_a_choice(&json!("x")), "\"x\" is not a valid choice.");
        assert_eq!(not_a_choice(&json!(3)), "\"3\" is not a valid choice.");
    }

    #[test]
    fn getters_record_drf_messages() {
        let o = obj(json!({"a": null, "b": 5, "c": [1], "d": "maybe", "e": "y"}));
        let mut f = Fields::new(&o);
        assert_eq!(f.name("a", 10, true), None);
        assert_eq!(f.name("b", 10, true), Some("5".to_string()));
        assert_eq!(f.name("c", 10, true), None);
        assert_eq!(f.name("missing", 10, true), None);
        assert_eq!(f.boolean("d"), None);
        assert_eq!(f.boolean("e"), Some(true));
        assert_eq!(f.boolean_strict("e"), None);
        assert_eq!(
            f.into_errors().into_value(),
            json!({
                "a": [NOT_NULL],
                "c": [NOT_A_STRING],
                "missing": [REQUIRED],
                "d": [NOT_A_BOOLEAN],
                "e": [NOT_A_BOOLEAN],
            })
        );
    }

    #[test]
    fn required_then_text_reports_once() {
        let o = obj(json!({"username": null, "role": 7}));
        let mut f = Fields::new(&o);
        f.require_present(&["username", "password"]);
        assert_eq!(f.text("username"), None);
        assert_eq!(f.text("role"), Some("7".to_string()));
        assert_eq!(
            f.into_errors().into_value(),
            json!({"username": [REQUIRED], "password": [REQUIRED]})
        );
    }
}
