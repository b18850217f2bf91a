//! Checks a real response body against the OpenAPI document the server serves: the schema
//! of `method path -> status` is looked up in the document and the JSON is walked against it
//! (every declared property present with its declared type, no undeclared ones, `nullable`,
//! `enum`, `$ref`, `allOf`, `oneOf`, arrays). An object schema that declares no properties
//! must say `additionalProperties` (a map) explicitly: "some object" checks nothing. Include
//! with `#[path = "common/conformance.rs"] mod conformance;` beside `mod common;`.
#![allow(dead_code)]

use serde_json::Value;

use crate::common::{Resp, Server};

/// The served document and the server, for checking one response after another.
pub struct Conformance<'a> {
    pub srv: &'a Server,
    pub doc: Value,
    /// Every mismatch found so far, as "METHOD path: where: what".
    pub problems: Vec<String>,
    /// Operations checked (for the coverage assertion).
    pub checked: Vec<(String, String)>,
}

impl<'a> Conformance<'a> {
    pub fn new(srv: &'a Server) -> Conformance<'a> {
        let r = srv.get("/api/schema/", None);
        assert_eq!(r.status, 200, "{}", r.text());
        Conformance {
            srv,
            doc: r.json(),
            problems: Vec::new(),
            checked: Vec::new(),
        }
    }

    /// Sends the request, expects `status`, checks the body against the document's schema for
    /// `template` (the route's pattern) and returns the body.
    pub fn call(
        &mut self,
        method: &str,
        template: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        status: u16,
    ) -> Value {
        let r: Resp = self.srv.send(method, path, token, body);
        assert_eq!(r.status, status, "{method} {path}: {}", r.text());
        let v = r.json();
        self.check(method, template, status, &v);
        v
    }

    /// Checks `v` against the schema of `method template -> status`.
    pub fn check(&mut self, method: &str, template: &str, status: u16, v: &Value) {
        let op = &self.doc["paths"][template][method.to_ascii_lowercase()];
        let schema =
            op["responses"][status.to_string()]["content"]["application/json"]["schema"].clone();
        let what = format!("{method} {template}");
        if schema.is_null() {
            self.problems
                .push(format!("{what}: no JSON schema for {status}"));
            return;
        }
        self.checked
            .push((method.to_string(), template.to_string()));
        let mut out = Vec::new();
        walk(&self.doc, &schema, v, "$", &mut out);
        self.problems
            .extend(out.into_iter().map(|p| format!("{what}: {p}")));
    }

    /// Fails with every problem found, one per line.
    pub fn assert_clean(&self) {
        assert!(
            self.problems.is_empty(),
            "responses disagree with /api/schema/:\n{}",
            self.problems.join("\n")
        );
    }
}

fn resolve<'d>(doc: &'d Value, s: &'d Value) -> &'d Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            resolve(doc, &doc["components"]["schemas"][name])
        }
        None => s,
    }
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

/// Walks `v` against schema `s`, pushing "where: what" for each mismatch.
pub fn walk(doc: &Value, s: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    let s = resolve(doc, s);
    if v.is_null() {
        if s["nullable"] != Value::Bool(true) {
            out.push(format!("{at}: null but not nullable"));
        }
        return;
    }
    if let Some(all) = s["allOf"].as_array() {
        for sub in all {
            walk(doc, sub, v, at, out);
        }
    }
    if let Some(one) = s["oneOf"].as_array() {
        let fits = one.iter().any(|sub| {
            let mut o = Vec::new();
            walk(doc, sub, v, at, &mut o);
            o.is_empty()
        });
        if !fits {
            out.push(format!("{at}: matches none of oneOf"));
        }
    }
    if let Some(t) = s["type"].as_str() {
        if !type_ok(t, v) {
            out.push(format!("{at}: expected {t}, got {v}"));
            return;
        }
    }
    if let Some(e) = s["enum"].as_array() {
        if !e.contains(v) {
            out.push(format!("{at}: {v} not in enum {e:?}"));
        }
    }
    if let (Some(items), Some(list)) = (s.get("items"), v.as_array()) {
        for (i, x) in list.iter().enumerate() {
            walk(doc, items, x, &format!("{at}[{i}]"), out);
        }
    }
    let Some(obj) = v.as_object() else { return };
    let props = s["properties"].as_object();
    let extra = &s["additionalProperties"];
    if props.is_none() && extra.is_null() {
        // A composition was checked above, part by part; anything else is undescribed.
        if s["allOf"].is_null() && s["oneOf"].is_null() {
            out.push(format!("{at}: object schema declares no properties"));
        }
        return;
    }
    // `required` when the schema lists it, else every declared property.
    let required: Option<Vec<&str>> = s["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect());
    if let Some(props) = props {
        for (k, ps) in props {
            let ps_r = resolve(doc, ps);
            if ps_r["writeOnly"] == Value::Bool(true) {
                if obj.contains_key(k) {
                    out.push(format!("{at}.{k}: writeOnly property in a response"));
                }
                continue;
            }
            match obj.get(k) {
                Some(x) => walk(doc, ps, x, &format!("{at}.{k}"), out),
                None if required.as_ref().is_some_and(|r| !r.contains(&k.as_str())) => {}
                None => out.push(format!("{at}.{k}: declared but missing")),
            }
        }
    }
    for (k, x) in obj {
        if props.is_some_and(|p| p.contains_key(k)) {
            continue;
        }
        match extra {
            Value::Bool(true) => {}
            Value::Object(_) => walk(doc, extra, x, &format!("{at}.{k}"), out),
            _ => out.push(format!("{at}.{k}: not declared (value {x})")),
        }
    }
}
