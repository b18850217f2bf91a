//! `GET /api/`: the API root, listing the main resources as the original's did (absolute
//! URLs built from the request's `Host`).

use serde_json::{Map, Value};

use crate::api::ctx::{ok, Ctx};
use crate::http::{ApiError, Response};

/// The resources listed, in the original's order. The original also listed Swagger pages;
/// this server has only the OpenAPI document (`schema`).
const RESOURCES: &[(&str, &str)] = &[
    ("users", "/api/users/all/me/"),
    ("menu", "/api/menu/items/"),
    ("orders", "/api/orders/"),
    ("payments", "/api/payments/"),
    ("schema", "/api/schema/"),
    ("health", "/api/health/"),
];

/// `scheme://host` from the request, or `None` when the Host header is missing or not a
/// plain host[:port] (it is echoed into the body, so only harmless characters pass).
fn origin(c: &Ctx) -> Option<String> {
    let host = c.req.header("host")?.trim();
    let plain = !host.is_empty()
        && host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]_".contains(&b));
    if !plain {
        return None;
    }
    let https = c
        .req
        .header("x-forwarded-proto")
        .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"));
    Some(format!("{}://{host}", if https { "https" } else { "http" }))
}

/// `GET /api/` (public).
pub fn root(c: &mut Ctx) -> Result<Response, ApiError> {
    let base = origin(c).unwrap_or_default();
    let mut m = Map::new();
    for (name, path) in RESOURCES {
        m.insert((*name).to_string(), Value::String(format!("{base}{path}")));
    }
    ok(&Value::Object(m))
}
