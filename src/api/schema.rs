//! `GET /api/schema/`: an OpenAPI 3.0.3 document generated from the route table
//! ([`crate::api::ROUTES`]), so every route is described and no described route is missing.
//! The component schemas are written by hand from docs/API.md. Built once, then served from memory.

use std::sync::OnceLock;

use serde_json::{json, Map, Value};

use crate::api::ctx::{Ctx, Route};
use crate::http::{ApiError, Response};

/// Path prefix of the test-only routes, which the document leaves out.
pub const TEST_PREFIX: &str = "/api/_test/";

/// The serialized document, built on first use.
static DOC: OnceLock<Vec<u8>> = OnceLock::new();

/// `GET /api/schema/` (public), describing `routes` (the route table passes itself in).
pub fn openapi(_c: &mut Ctx, routes: &[Route]) -> Result<Response, ApiError> {
    let body = DOC.get_or_init(|| document(routes).to_string().into_bytes());
    Ok(Response::raw_json(200, body.clone()))
}

/// The OpenAPI document for `routes` (test routes excluded).
pub fn document(routes: &[Route]) -> Value {
    let mut paths = Map::new();
    for r in routes
        .iter()
        .filter(|r| !r.pattern.starts_with(TEST_PREFIX))
    {
        let item = paths
            .entry(r.pattern.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(ops) = item {
            ops.insert(r.method.to_ascii_lowercase(), operation(r));
        }
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Adakings API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Orders, menu, delivery locations, payments and staff for the \
                Adakings restaurant. Money is a string with two decimals (\"40.00\"); inputs \
                accept a string or a number. Every POST/PUT/PATCH/DELETE honours an \
                `Idempotency-Key` header. Live order updates: WebSocket /ws/orders/?token=<access>.",
        },
        "servers": [{ "url": "/" }],
        "paths": Value::Object(paths),
        "components": components(),
    })
}

/// The `{name}` segments of a pattern, in order.
fn path_params(pattern: &str) -> Vec<&str> {
    pattern
        .split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
}

fn param_schema(name: &str) -> Value {
    match name {
        "id" => json!({ "type": "integer" }),
        "order_number" => {
            json!({ "type": "string", "pattern": "^\\d{6}-\\d{3,}$", "example": "261126-001" })
        }
        "reference" => json!({ "type": "string", "format": "uuid" }),
        _ => json!({ "type": "string" }),
    }
}

/// A tag grouping operations by resource.
fn tag(p: &str) -> &'static str {
    if p.starts_with("/api/token/") {
        "auth"
    } else if p.starts_with("/api/users/") {
        "users"
    } else if p.starts_with("/api/menu/") {
        "menu"
    } else if p.starts_with("/api/orders/delivery-locations/") {
        "delivery-locations"
    } else if p.starts_with("/api/orders/") {
        "orders"
    } else if p.starts_with("/api/payments/") {
        "payments"
    } else {
        "system"
    }
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The main success response body schema of a route, by resource.
fn success_schema(r: &Route) -> Option<Value> {
    let p = r.pattern;
    let single = !path_params(p).is_empty();
    let s = match p {
        "/api/token/" => json!({ "$ref": "#/components/schemas/TokenPair" }),
        "/api/token/refresh/" => json!({
            "type": "object", "properties": { "access": { "type": "string" } }
        }),
        "/api/token/verify/" => json!({ "type": "object" }),
        "/api/users/all/me/" | "/api/users/me/" => schema_ref("User"),
        "/api/" => json!({
            "type": "object", "additionalProperties": { "type": "string", "format": "uri" }
        }),
        "/api/users/login/" => json!({
            "type": "object",
            "properties": {
                "user": schema_ref("User"),
                "access": { "type": "string" },
                "refresh": { "type": "string" },
                "message": { "type": "string" }
            }
        }),
        "/api/users/logout/" => json!({
            "type": "object", "properties": { "message": { "type": "string" } }
        }),
        "/api/users/profile/" => json!({
            "type": "object",
            "properties": {
                "email": { "type": "string" },
                "first_name": { "type": "string" },
                "last_name": { "type": "string" }
            }
        }),
        "/api/payments/transaction-table/" => json!({
            "type": "object",
            "properties": {
                "transactions": { "type": "array", "items": { "type": "object" } },
                "summary": { "type": "object" }
            }
        }),
        "/api/payments/transactions/" => json!({
            "type": "object",
            "properties": {
                "count": { "type": "integer" },
                "next": { "type": "string", "nullable": true },
                "previous": { "type": "string", "nullable": true },
                "results": { "type": "array", "items": { "type": "object" } }
            }
        }),
        "/api/payments/payment-history/" => json!({
            "type": "object",
            "properties": {
                "count": { "type": "integer" },
                "summary": { "type": "object" },
                "results": { "type": "array", "items": { "type": "object" } }
            }
        }),
        "/api/orders/status-history/" => json!({
            "type": "object",
            "properties": {
                "count": { "type": "integer" },
                "results": { "type": "array", "items": { "type": "object" } }
            }
        }),
        "/api/orders/next-order-number/" => json!({
            "type": "object", "properties": { "next_order_number": { "type": "string" } }
        }),
        "/api/payments/payment-modes/" => json!({
            "type": "object",
            "properties": { "payment_modes": { "type": "array", "items": {
                "type": "object",
                "properties": {
                    "value": { "type": "string" },
                    "label": { "type": "string" },
                    "disabled": { "type": "boolean" }
                }
            } } }
        }),
        "/api/orders/{order_number}/history/" => json!({
            "type": "array", "items": schema_ref("StatusChange")
        }),
        "/api/health/" => schema_ref("Health"),
        "/api/schema/" => json!({ "type": "object", "description": "This document." }),
        "/metrics" => return None,
        _ if p.starts_with("/api/users/staff/") => {
            if single {
                schema_ref("User")
            } else {
                json!({ "type": "array", "items": schema_ref("User") })
            }
        }
        _ if p.starts_with("/api/menu/items/") => {
            if single || r.method != "GET" {
                schema_ref("MenuItem")
            } else {
                schema_ref("PaginatedMenuItemList")
            }
        }
        _ if p.starts_with("/api/orders/delivery-locations/") => {
            if single || r.method != "GET" {
                schema_ref("DeliveryLocation")
            } else {
                schema_ref("PaginatedDeliveryLocationList")
            }
        }
        _ if p.starts_with("/api/orders/") => {
            if single || r.method != "GET" {
                schema_ref("Order")
            } else {
                json!({
                    "oneOf": [
                        { "type": "array", "items": schema_ref("Order") },
                        schema_ref("PaginatedOrderList")
                    ],
                    "description": "A bare array; DRF-paginated when page_size is given."
                })
            }
        }
        _ if p.starts_with("/api/payments/") => {
            if single || r.method != "GET" {
                schema_ref("Payment")
            } else {
                schema_ref("PaginatedPaymentList")
            }
        }
        _ => json!({ "type": "object" }),
    };
    Some(s)
}

/// The status of a successful call.
fn success_status(r: &Route) -> &'static str {
    match r.method {
        "POST" if r.pattern.starts_with("/api/token/") => "200",
        "POST" if matches!(r.pattern, "/api/users/login/" | "/api/users/logout/") => "200",
        "POST" => "201",
        "DELETE" => "204",
        _ => "200",
    }
}

fn error_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": schema_ref("Error") } }
    })
}

fn operation(r: &Route) -> Value {
    let public = r.access == "public";
    let params = path_params(r.pattern);
    let mut responses = Map::new();
    let status = success_status(r);
    let ok = match (status, success_schema(r)) {
        ("204", _) => json!({ "description": "Done; no body." }),
        (_, None) => json!({
            "description": "Success",
            "content": { "text/plain": { "schema": { "type": "string" } } }
        }),
        (_, Some(s)) => json!({
            "description": "Success",
            "content": { "application/json": { "schema": s } }
        }),
    };
    responses.insert(status.to_string(), ok);
    let has_body = matches!(r.method, "POST" | "PUT" | "PATCH");
    if has_body {
        responses.insert(
            "400".into(),
            json!({
                "description": "Invalid input: {\"field\": [\"message\"]}, or {\"detail\": \"JSON parse error - ...\"}",
                "content": { "application/json": { "schema": schema_ref("ValidationError") } }
            }),
        );
    }
    if !public || r.pattern.starts_with("/api/token/") || r.pattern == "/api/users/login/" {
        responses.insert(
            "401".into(),
            error_response("Missing, invalid or expired credentials"),
        );
    }
    if !public {
        responses.insert(
            "403".into(),
            error_response("The caller's role may not do this"),
        );
    }
    if !params.is_empty() {
        responses.insert("404".into(), error_response("Not found."));
    }
    if r.method != "GET" && !public {
        responses.insert(
            "409".into(),
            error_response(
                "Idempotency-Key reused with another body, or (menu item delete) orders reference the item",
            ),
        );
    }
    if matches!(r.pattern, "/api/token/" | "/api/users/login/") {
        responses.insert(
            "429".into(),
            error_response("Too many failed logins (Retry-After)"),
        );
    }
    responses.insert(
        "503".into(),
        error_response("Overloaded or shutting down (Retry-After)"),
    );

    let mut op = Map::new();
    op.insert("operationId".into(), json!(operation_id(r)));
    op.insert("summary".into(), json!(r.summary));
    op.insert(
        "description".into(),
        json!(format!("Access: {}.", r.access)),
    );
    op.insert("tags".into(), json!([tag(r.pattern)]));
    if public {
        op.insert("security".into(), json!([]));
    } else {
        op.insert("security".into(), json!([{ "bearerAuth": [] }]));
    }
    let mut parameters: Vec<Value> = params
        .iter()
        .map(|p| {
            json!({
                "name": p, "in": "path", "required": true, "schema": param_schema(p)
            })
        })
        .collect();
    if r.method != "GET" {
        parameters.push(json!({
            "name": "Idempotency-Key", "in": "header", "required": false,
            "description": "Client-chosen unique key (e.g. a UUID): a retry with the same key and body replays the first response.",
            "schema": { "type": "string", "maxLength": 255 }
        }));
    }
    parameters.extend(query_params(r));
    if !parameters.is_empty() {
        op.insert("parameters".into(), Value::Array(parameters));
    }
    if has_body {
        op.insert(
            "requestBody".into(),
            json!({
                "required": true,
                "content": { "application/json": { "schema": { "type": "object", "additionalProperties": true } } }
            }),
        );
    }
    op.insert("responses".into(), Value::Object(responses));
    Value::Object(op)
}

fn query(name: &str, schema: Value, description: &str) -> Value {
    json!({ "name": name, "in": "query", "required": false, "schema": schema, "description": description })
}

fn page_params() -> Vec<Value> {
    vec![
        query(
            "page",
            json!({ "type": "integer", "minimum": 1 }),
            "Page number (1-based)",
        ),
        query(
            "page_size",
            json!({ "type": "integer", "minimum": 1, "maximum": 1000 }),
            "Rows per page (default 100)",
        ),
    ]
}

/// The query parameters a list route understands.
fn query_params(r: &Route) -> Vec<Value> {
    if r.method != "GET" {
        return Vec::new();
    }
    let string = json!({ "type": "string" });
    match r.pattern {
        "/api/menu/items/" => {
            let mut v = vec![
                query(
                    "item_type",
                    json!({ "type": "string", "enum": ["regular", "extra"] }),
                    "Only this type",
                ),
                query(
                    "availability",
                    json!({ "type": "string", "enum": ["available", "unavailable"] }),
                    "Only available or unavailable items",
                ),
                query(
                    "search",
                    string.clone(),
                    "Case-insensitive name search (every word must match)",
                ),
                query(
                    "ordering",
                    string,
                    "name, price, item_type, created_at, updated_at; prefix - for descending",
                ),
            ];
            v.extend(page_params());
            v
        }
        "/api/orders/delivery-locations/" => {
            let mut v = vec![query(
                "include_inactive",
                json!({ "type": "boolean" }),
                "Staff only: include inactive locations",
            )];
            v.extend(page_params());
            v
        }
        "/api/orders/" => {
            let mut v = vec![
                query(
                    "date",
                    json!({ "type": "string", "format": "date" }),
                    "Orders of this day (YYYY-MM-DD, UTC)",
                ),
                query("status", string.clone(), "Only this status"),
                query(
                    "search",
                    string.clone(),
                    "Phone, order number or location name",
                ),
                query(
                    "ordering",
                    string,
                    "created_at, total_price or status; prefix - for descending (default -created_at)",
                ),
            ];
            v.extend(page_params());
            v
        }
        "/api/payments/" => {
            let mut v = vec![
                query("order_number", string.clone(), "Payments of this order"),
                query("payment_method", string.clone(), "Only this method"),
                query(
                    "payment_type",
                    json!({ "type": "string", "enum": ["payment", "refund"] }),
                    "payment or refund",
                ),
                query("status", string, "Only this status"),
            ];
            v.extend(page_params());
            v
        }
        "/api/payments/payment-history/" => vec![
            query("order_number", string.clone(), "Order number contains"),
            query("payment_method", string.clone(), "Method code contains"),
            query("status", string, "Payment status contains"),
            query(
                "days",
                json!({ "type": "integer", "minimum": 0 }),
                "Created in the last N days (default 30)",
            ),
        ],
        "/api/orders/status-history/" => vec![
            query("order_number", string, "Order number contains"),
            query(
                "days",
                json!({ "type": "integer", "minimum": 0 }),
                "Updated in the last N days (default 7)",
            ),
        ],
        "/api/payments/transactions/" => page_params(),
        _ => Vec::new(),
    }
}

/// A stable, unique operation id: the method and the path's words.
fn operation_id(r: &Route) -> String {
    let words: Vec<String> = r
        .pattern
        .split('/')
        .filter(|s| !s.is_empty() && *s != "api")
        .map(|s| s.trim_matches(|c| c == '{' || c == '}').replace('-', "_"))
        .collect();
    format!("{}_{}", r.method.to_ascii_lowercase(), words.join("_"))
}

fn money_schema() -> Value {
    json!({ "type": "string", "pattern": "^-?\\d+\\.\\d{2}$", "example": "40.00" })
}

fn timestamp() -> Value {
    json!({ "type": "string", "format": "date-time", "readOnly": true })
}

fn paginated(item: &str) -> Value {
    json!({
        "type": "object",
        "required": ["count", "next", "previous", "results"],
        "properties": {
            "count": { "type": "integer" },
            "next": { "type": "string", "nullable": true },
            "previous": { "type": "string", "nullable": true },
            "results": { "type": "array", "items": schema_ref(item) }
        }
    })
}

fn components() -> Value {
    json!({
        "securitySchemes": {
            "bearerAuth": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" }
        },
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["detail"],
                "properties": { "detail": { "type": "string" } }
            },
            "ValidationError": {
                "type": "object",
                "description": "DRF validation errors: {\"field\": [\"message\"]} (nested for items), or {\"detail\": \"...\"}.",
                "additionalProperties": true
            },
            "MenuItem": {
                "type": "object",
                "required": ["name", "price"],
                "properties": {
                    "id": { "type": "integer", "readOnly": true },
                    "name": { "type": "string", "maxLength": 200 },
                    "item_type": { "type": "string", "enum": ["regular", "extra"], "default": "regular" },
                    "price": money_schema(),
                    "is_available": { "type": "boolean", "default": true },
                    "created_by": { "type": "string", "nullable": true, "readOnly": true },
                    "created_at": timestamp(),
                    "updated_at": timestamp()
                }
            },
            "DeliveryLocation": {
                "type": "object",
                "required": ["name", "fee"],
                "properties": {
                    "id": { "type": "integer", "readOnly": true },
                    "name": { "type": "string", "maxLength": 100 },
                    "fee": money_schema(),
                    "is_active": { "type": "boolean", "default": true },
                    "created_at": timestamp(),
                    "updated_at": timestamp()
                }
            },
            "OrderItem": {
                "type": "object",
                "required": ["menu_item_id", "quantity"],
                "properties": {
                    "id": { "type": "integer", "readOnly": true },
                    "menu_item_id": { "type": "integer" },
                    "menu_item_name": { "type": "string", "readOnly": true },
                    "item_type": { "type": "string", "readOnly": true },
                    "quantity": { "type": "integer", "minimum": 1 },
                    "unit_price": money_schema(),
                    "subtotal": money_schema(),
                    "notes": { "type": "string", "maxLength": 65536 }
                }
            },
            "Payment": {
                "type": "object",
                "properties": {
                    "id": { "type": "integer" },
                    "reference": { "type": "string", "format": "uuid" },
                    "order_number": { "type": "string" },
                    "amount": money_schema(),
                    "payment_method": { "type": "string", "enum": ["CASH", "TELECEL CASH", "MTN MOMO", "PAYSTACK(USSD)", "PAYSTACK(API)"] },
                    "payment_type": { "type": "string", "enum": ["payment", "refund"] },
                    "status": { "type": "string", "enum": ["pending", "processing", "completed", "failed", "cancelled"] },
                    "mobile_number": { "type": "string" },
                    "notes": { "type": "string" },
                    "created_at": timestamp(),
                    "updated_at": timestamp()
                }
            },
            "Order": {
                "type": "object",
                "properties": {
                    "id": { "type": "integer" },
                    "order_number": { "type": "string", "example": "261126-001" },
                    "customer_phone": { "type": "string", "pattern": "^(\\+233|0)\\d{9}$" },
                    "delivery_type": { "type": "string", "enum": ["Pickup", "Delivery"] },
                    "delivery_location": { "type": "string", "nullable": true, "description": "Input: the location's id or exact name; output: its name." },
                    "delivery_location_name": { "type": "string", "nullable": true },
                    "delivery_location_fee": { "allOf": [money_schema()], "nullable": true },
                    "status": { "type": "string", "enum": ["Pending", "Accepted", "Ready", "Out for Delivery", "Fulfilled", "Cancelled"] },
                    "total_price": money_schema(),
                    "delivery_fee": money_schema(),
                    "notes": { "type": "string", "maxLength": 65536 },
                    "created_at": timestamp(),
                    "updated_at": timestamp(),
                    "items": { "type": "array", "items": schema_ref("OrderItem") },
                    "amount_paid": money_schema(),
                    "balance_due": money_schema(),
                    "amount_overpaid": money_schema(),
                    "payment_status": { "type": "string", "enum": ["UNPAID", "PENDING PAYMENT", "PARTIALLY PAID", "PAID", "OVERPAID", "REFUNDED"] },
                    "payment_mode": { "type": "string", "nullable": true },
                    "payments": { "type": "array", "items": schema_ref("Payment") },
                    "time_ago": { "type": "string" },
                    "version": { "type": "integer" }
                }
            },
            "StatusChange": {
                "type": "object",
                "properties": {
                    "from": { "type": "string", "nullable": true },
                    "to": { "type": "string" },
                    "by": { "type": "string" },
                    "at": { "type": "string", "format": "date-time" }
                }
            },
            "User": {
                "type": "object",
                "properties": {
                    "id": { "type": "integer", "readOnly": true },
                    "username": { "type": "string" },
                    "password": { "type": "string", "writeOnly": true },
                    "first_name": { "type": "string" },
                    "last_name": { "type": "string" },
                    "email": { "type": "string" },
                    "role": { "type": "string", "enum": ["superadmin", "admin", "frontdesk", "kitchen", "delivery"] },
                    "staff_id": { "type": "string", "readOnly": true, "example": "ADAUG-001" },
                    "is_active": { "type": "boolean" }
                }
            },
            "TokenPair": {
                "type": "object",
                "properties": {
                    "access": { "type": "string" },
                    "refresh": { "type": "string" },
                    "access_expires_at": { "type": "string", "format": "date-time" },
                    "refresh_expires_at": { "type": "string", "format": "date-time" },
                    "user": schema_ref("User")
                }
            },
            "Health": {
                "type": "object",
                "properties": {
                    "status": { "type": "string" },
                    "database": { "type": "string" },
                    "version": { "type": "string" },
                    "uptime_s": { "type": "integer" },
                    "connections": {
                        "type": "object",
                        "properties": {
                            "http": { "type": "integer" },
                            "websocket": { "type": "integer" }
                        }
                    }
                }
            },
            "PaginatedMenuItemList": paginated("MenuItem"),
            "PaginatedDeliveryLocationList": paginated("DeliveryLocation"),
            "PaginatedOrderList": paginated("Order"),
            "PaginatedPaymentList": paginated("Payment")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ROUTES;

    #[test]
    fn every_route_but_test_ones_is_described() {
        let doc = document(ROUTES);
        let paths = doc["paths"].as_object().map(|m| m.len()).unwrap_or(0);
        assert!(paths > 0);
        for r in ROUTES {
            let op = &doc["paths"][r.pattern][r.method.to_ascii_lowercase()];
            if r.pattern.starts_with(TEST_PREFIX) {
                assert!(op.is_null(), "{} {}", r.method, r.pattern);
            } else {
                assert_eq!(
                    op["summary"],
                    json!(r.summary),
                    "{} {}",
                    r.method,
                    r.pattern
                );
            }
        }
    }

    #[test]
    fn operation_ids_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for r in ROUTES {
            assert!(seen.insert(operation_id(r)), "{}", operation_id(r));
        }
    }

    #[test]
    fn path_params_in_order() {
        assert_eq!(
            path_params("/api/orders/{order_number}/status/"),
            vec!["order_number"]
        );
        assert!(path_params("/api/orders/").is_empty());
    }
}
