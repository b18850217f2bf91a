//! `GET /api/schema/` against the router: the document's paths and methods are exactly the
//! route table's (test routes excepted), so the two cannot drift apart; and the document is
//! internally consistent (path parameters declared, `$ref`s resolve, security per access).

mod common;

use std::collections::BTreeSet;

use adakings::api::ROUTES;
use common::Server;
use serde_json::Value;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "$ref" {
                    if let Some(s) = x.as_str() {
                        out.push(s);
                    }
                } else {
                    refs(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[test]
fn schema_matches_the_router_exactly() {
    let srv = Server::start_with(common::Options::default().unseeded());
    let r = srv.get("/api/schema/", None);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r
        .header("content-type")
        .unwrap_or("")
        .starts_with("application/json"));
    let doc = r.json();
    assert_eq!(doc["openapi"], "3.0.3");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());

    // Served from one build: byte-identical on every request.
    let again = srv.get("/api/schema/", None);
    assert_eq!(again.body, r.body);

    let from_router: BTreeSet<(String, String)> = ROUTES
        .iter()
        .filter(|r| !r.pattern.starts_with("/api/_test/"))
        .map(|r| (r.method.to_string(), r.pattern.to_string()))
        .collect();
    let paths = doc["paths"].as_object().expect("paths object");
    let mut from_doc: BTreeSet<(String, String)> = BTreeSet::new();
    for (path, item) in paths {
        for (method, _) in item.as_object().expect("path item") {
            assert!(METHODS.contains(&method.as_str()), "{path}: {method}");
            from_doc.insert((method.to_ascii_uppercase(), path.clone()));
        }
    }
    let missing: Vec<_> = from_router.difference(&from_doc).collect();
    let extra: Vec<_> = from_doc.difference(&from_router).collect();
    assert!(
        missing.is_empty(),
        "routes missing from the document: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "document operations with no route: {extra:?}"
    );
    assert!(!paths.keys().any(|p| p.starts_with("/api/_test/")));

    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for name in [
        "MenuItem",
        "DeliveryLocation",
        "Order",
        "OrderItem",
        "Payment",
        "User",
        "Error",
        "PaginatedMenuItemList",
    ] {
        assert!(schemas.contains_key(name), "component {name}");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearerAuth"]["scheme"],
        "bearer"
    );

    let mut op_ids = BTreeSet::new();
    for route in ROUTES
        .iter()
        .filter(|r| !r.pattern.starts_with("/api/_test/"))
    {
        let what = format!("{} {}", route.method, route.pattern);
        let op = &doc["paths"][route.pattern][route.method.to_ascii_lowercase()];
        assert_eq!(op["summary"], route.summary, "{what}");
        assert!(
            op["description"]
                .as_str()
                .unwrap_or("")
                .contains(route.access.label()),
            "{what}: access not described"
        );
        assert!(
            op_ids.insert(op["operationId"].as_str().expect("operationId").to_string()),
            "{what}: duplicate operationId"
        );
        let secured = op["security"]
            .as_array()
            .is_some_and(|s| s.iter().any(|x| x.get("bearerAuth").is_some()));
        assert_eq!(secured, route.access.needs_token(), "{what}: security");

        // Every {param} of the template is declared as a required path parameter.
        let declared: BTreeSet<&str> = op["parameters"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .filter(|p| p["in"] == "path")
                    .inspect(|p| assert_eq!(p["required"], true, "{what}"))
                    .filter_map(|p| p["name"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        let templated: BTreeSet<&str> = route
            .pattern
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        assert_eq!(declared, templated, "{what}: path parameters");

        let has_body = matches!(route.method, "POST" | "PUT" | "PATCH");
        assert_eq!(
            op["requestBody"].is_object(),
            has_body,
            "{what}: requestBody"
        );
        let responses = op["responses"].as_object().expect("responses");
        assert!(
            responses.keys().any(|k| k.starts_with('2')),
            "{what}: no success response"
        );
        for (code, resp) in responses {
            assert!(
                code.len() == 3 && code.parse::<u16>().is_ok(),
                "{what}: {code}"
            );
            assert!(
                resp["description"].is_string(),
                "{what} {code}: description"
            );
        }
    }

    // Every $ref points at a component that exists.
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(!all.is_empty());
    for r in all {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected $ref {r}"));
        assert!(schemas.contains_key(name), "dangling $ref {r}");
    }

    // The schema is public and read-only.
    assert_eq!(srv.send("POST", "/api/schema/", None, None).status, 405);
}
