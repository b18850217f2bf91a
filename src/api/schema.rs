//! `GET /api/schema/`: an OpenAPI 3.0.3 document generated from the route table
//! ([`crate::api::ROUTES`]), so every route is described and no described route is missing.
//! The component schemas are written by hand from docs/API.md. Built once, then served from memory.

use std::sync::OnceLock;

use serde_json::{json, Map, Value};

use crate::api::ctx::{Ctx, Route};
use crate::domain::payment::{PaymentMethod, PaymentState, PaymentStatus, PaymentType};
use crate::domain::status::{DeliveryType, OrderStatus, Role};
use crate::domain::vocab::Vocabulary;
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
    let mut doc = json!({
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
    });
    require_all(&mut doc);
    doc
}

/// Marks every property of every response object schema as required unless the schema
/// lists its own `required` (the few with optional keys do): the server always sends every
/// key, null included, so a client may rely on each one being there.
fn require_all(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.get("required").is_none() {
                let names: Option<Vec<Value>> = m
                    .get("properties")
                    .and_then(Value::as_object)
                    .filter(|p| !p.is_empty())
                    .map(|p| p.keys().map(|k| json!(k)).collect());
                if let Some(names) = names {
                    m.insert("required".into(), Value::Array(names));
                }
            }
            m.values_mut().for_each(require_all);
        }
        Value::Array(a) => a.iter_mut().for_each(require_all),
        _ => {}
    }
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
            "type": "object",
            "properties": {
                "access": { "type": "string" },
                "access_expires_at": { "type": "string", "format": "date-time" }
            }
        }),
        "/api/token/verify/" => json!({
            "type": "object", "properties": {}, "description": "An empty object: the token is valid."
        }),
        "/api/users/all/me/" | "/api/users/me/" => schema_ref("User"),
        "/api/" => json!({
            "type": "object", "additionalProperties": { "type": "string", "format": "uri" }
        }),
        "/api/users/login/" => json!({
            "type": "object",
            "properties": {
                "user": schema_ref("LoginUser"),
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
        "/api/payments/transaction-table/" => schema_ref("TransactionTable"),
        "/api/payments/transactions/" => json!({
            "type": "object",
            "properties": {
                "count": { "type": "integer" },
                "next": { "type": "string", "nullable": true },
                "previous": { "type": "string", "nullable": true },
                "results": {
                    "type": "array",
                    "description": "Always empty: no online (Paystack) payments are made here.",
                    "items": { "type": "object", "additionalProperties": true }
                }
            }
        }),
        "/api/payments/payment-history/" => schema_ref("PaymentHistory"),
        "/api/orders/status-history/" => schema_ref("StatusHistory"),
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
        "/api/schema/" => json!({
            "type": "object", "additionalProperties": true, "description": "This document."
        }),
        "/api/reports/daily/" | "/api/reports/daily/{date}/close/" => schema_ref("DailyReport"),
        "/api/reports/range/" => schema_ref("RangeReport"),
        "/api/audit/" => schema_ref("PaginatedAuditList"),
        "/api/board/config/" => schema_ref("BoardConfig"),
        "/metrics" => return None,
        _ if p.starts_with("/api/users/staff/") => {
            if single || r.method != "GET" {
                schema_ref("User")
            } else {
                schema_ref("PaginatedUserList")
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
    let public = !r.access.needs_token();
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
        json!(if r.access_note.is_empty() {
            format!("Access: {}.", r.access.label())
        } else {
            format!("Access: {} ({}).", r.access.label(), r.access_note)
        }),
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
                    json!({ "type": "string", "enum": crate::api::menu::ITEM_TYPES }),
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
                query("status", vocab_schema::<OrderStatus>(), "Only this status"),
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
                query(
                    "payment_method",
                    vocab_schema::<PaymentMethod>(),
                    "Only this method",
                ),
                query(
                    "payment_type",
                    vocab_schema::<PaymentType>(),
                    "payment or refund",
                ),
                query("status", vocab_schema::<PaymentState>(), "Only this status"),
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

/// A string schema whose `enum` is every value of the vocabulary `V`, so the document lists
/// exactly what the server accepts and sends.
fn vocab_schema<V: Vocabulary>() -> Value {
    json!({ "type": "string", "enum": V::names() })
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

/// A payment: the `payments/` endpoints add `order_number`, an order's `payments` list
/// `time_ago` instead.
fn payment_schema(extra: &str, extra_schema: Value) -> Value {
    let mut props = json!({
        "id": { "type": "integer" },
        "reference": { "type": "string", "format": "uuid" },
        "amount": money_schema(),
        "payment_method": vocab_schema::<PaymentMethod>(),
        "payment_type": vocab_schema::<PaymentType>(),
        "status": vocab_schema::<PaymentState>(),
        "mobile_number": { "type": "string", "nullable": true },
        "notes": { "type": "string" },
        "created_at": timestamp(),
        "updated_at": timestamp()
    });
    props[extra] = extra_schema;
    all_of(props)
}

/// An object schema whose every property is present in responses.
fn all_of(props: Value) -> Value {
    json!({ "type": "object", "properties": props })
}

fn count_money(count: &str, money: &str) -> Value {
    let mut p = Map::new();
    p.insert(count.into(), json!({ "type": "integer" }));
    p.insert(money.into(), money_schema());
    Value::Object(p)
}

/// `GET /api/reports/daily/` (and the close's answer): live, or frozen with `closed` and
/// `after_close` once the day is closed.
fn daily_report() -> Value {
    let list = |props: Value| json!({ "type": "array", "items": all_of(props) });
    let mut orders = count_money("orders", "value");
    orders["status"] = vocab_schema::<OrderStatus>();
    let mut types = count_money("orders", "sales");
    types["delivery_type"] = vocab_schema::<DeliveryType>();
    let mut methods = count_money("count", "amount");
    methods["method"] = vocab_schema::<PaymentMethod>();
    let totals = all_of(json!({
        "orders": { "type": "integer" },
        "gross_sales": money_schema(),
        "payments": money_schema(),
        "refunds": money_schema(),
        "net_taken": money_schema(),
        "outstanding": money_schema()
    }));
    let mut props = json!({
        "date": { "type": "string", "format": "date" },
        "business_day": all_of(json!({
            "start": { "type": "string", "format": "date-time" },
            "end": { "type": "string", "format": "date-time" },
            "day_start": { "type": "string", "example": "04:00" }
        })),
        "notes": { "type": "array", "items": { "type": "string" } },
        "orders": all_of(json!({
            "count": { "type": "integer" },
            "by_status": list(orders),
            "by_delivery_type": list(types)
        })),
        "sales": all_of(json!({
            "gross_sales": money_schema(),
            "items": money_schema(),
            "delivery_fees": money_schema(),
            "discounts": money_schema(),
            "net_sales": money_schema(),
            "cancelled_orders": { "type": "integer" },
            "cancelled_value": money_schema()
        })),
        "payments": all_of(json!({
            "count": { "type": "integer" },
            "total": money_schema(),
            "by_method": list(methods.clone()),
            "for_other_days": money_schema()
        })),
        "refunds": all_of(json!({
            "count": { "type": "integer" },
            "total": money_schema(),
            "by_method": list(methods)
        })),
        "net_taken": money_schema(),
        "net_by_method": list(json!({ "method": vocab_schema::<PaymentMethod>(), "amount": money_schema() })),
        "outstanding": all_of(json!({
            "count": { "type": "integer" },
            "total": money_schema(),
            "orders": list(json!({
                "order_number": { "type": "string" },
                "status": vocab_schema::<OrderStatus>(),
                "payment_status": vocab_schema::<PaymentStatus>(),
                "total": money_schema(),
                "paid": money_schema(),
                "balance_due": money_schema()
            }))
        })),
        "by_staff": list(json!({
            "username": { "type": "string", "nullable": true },
            "orders": { "type": "integer" },
            "sales": money_schema(),
            "payments": { "type": "integer" },
            "payments_amount": money_schema(),
            "refunds": { "type": "integer" },
            "refunds_amount": money_schema(),
            "taken": money_schema()
        })),
        "by_menu_item": list(json!({
            "name": { "type": "string" },
            "quantity": { "type": "integer" },
            "revenue": money_schema()
        })),
        "by_location": list(json!({
            "location": { "type": "string", "nullable": true },
            "orders": { "type": "integer" },
            "sales": money_schema(),
            "delivery_fees": money_schema()
        })),
        "riders": all_of(json!({
            "rule": { "type": "string" },
            "cash_total": money_schema(),
            "rows": list(json!({
                "rider": { "type": "string", "nullable": true },
                "orders": { "type": "integer" },
                "cash_collected": money_schema()
            }))
        })),
        "sales_per_hour": list(json!({
            "hour": { "type": "string" },
            "orders": { "type": "integer" },
            "sales": money_schema()
        })),
        "generated_at": { "type": "string", "format": "date-time" },
        "closed": {
            "type": "object",
            "nullable": true,
            "description": "null while the day is open.",
            "properties": {
                "closed_by": { "type": "string" },
                "closed_at": { "type": "string", "format": "date-time" },
                "before_day_end": { "type": "boolean" },
                "report_sha256": { "type": "string" },
                "audit_head": all_of(json!({
                    "id": { "type": "integer" },
                    "hash": { "type": "string" }
                }))
            }
        },
        "after_close": {
            "type": "object",
            "description": "Only on a closed day: what changed since the close.",
            "properties": {
                "changed": { "type": "boolean" },
                "orders": { "type": "array", "items": { "type": "string" } },
                "changes": { "type": "array", "items": schema_ref("AuditRow") },
                "omitted": { "type": "integer" },
                "frozen_totals": totals.clone(),
                "live_totals": totals
            }
        }
    });
    let required: Vec<String> = props
        .as_object()
        .map(|m| m.keys().filter(|k| *k != "after_close").cloned().collect())
        .unwrap_or_default();
    json!({ "type": "object", "required": required, "properties": props.take() })
}

/// `GET /api/reports/range/`: one row per business day and the totals.
fn range_report() -> Value {
    let figures = json!({
        "orders": { "type": "integer" },
        "cancelled": { "type": "integer" },
        "gross_sales": money_schema(),
        "payments": money_schema(),
        "refunds": money_schema(),
        "net_taken": money_schema(),
        "outstanding": money_schema()
    });
    let mut day = figures.clone();
    day["date"] = json!({ "type": "string", "format": "date" });
    day["closed"] = json!({ "type": "boolean" });
    all_of(json!({
        "from": { "type": "string", "format": "date" },
        "to": { "type": "string", "format": "date" },
        "day_start": { "type": "string", "example": "04:00" },
        "notes": { "type": "array", "items": { "type": "string" } },
        "days": { "type": "array", "items": all_of(day) },
        "totals": all_of(figures)
    }))
}

/// One audit row with its chain hashes.
fn audit_row() -> Value {
    all_of(json!({
        "id": { "type": "integer" },
        "user_id": { "type": "integer", "nullable": true },
        "username": { "type": "string" },
        "action": { "type": "string" },
        "object_type": { "type": "string" },
        "object_id": { "type": "string" },
        "changes": {
            "additionalProperties": true,
            "description": "What changed, as a JSON object (text for a row whose changes are not JSON)."
        },
        "peer": { "type": "string" },
        "created_at": { "type": "string", "format": "date-time" },
        "prev_hash": { "type": "string", "nullable": true },
        "hash": { "type": "string", "nullable": true }
    }))
}

fn components() -> Value {
    let mut c = json!({
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
                "properties": {
                    "id": { "type": "integer", "readOnly": true },
                    "name": { "type": "string", "maxLength": 200 },
                    "item_type": { "type": "string", "enum": crate::api::menu::ITEM_TYPES, "default": "regular" },
                    "price": money_schema(),
                    "is_available": { "type": "boolean", "default": true },
                    "created_by": { "type": "string", "nullable": true, "readOnly": true },
                    "created_at": timestamp(),
                    "updated_at": timestamp(),
                    "is_extra": { "type": "boolean", "readOnly": true, "description": "item_type is extra." }
                }
            },
            "DeliveryLocation": {
                "type": "object",
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
            "Payment": payment_schema("order_number", json!({ "type": "string" })),
            "OrderPayment": payment_schema("time_ago", json!({ "type": "string", "example": "5 minutes ago" })),
            "Order": {
                "type": "object",
                "properties": {
                    "id": { "type": "integer" },
                    "order_number": { "type": "string", "example": "261126-001" },
                    "customer_phone": { "type": "string", "nullable": true, "pattern": "^(\\+233|0)\\d{9}$" },
                    "delivery_type": vocab_schema::<DeliveryType>(),
                    "delivery_location": { "type": "string", "nullable": true, "description": "Input: the location's id or exact name; output: its name." },
                    "delivery_location_name": { "type": "string", "nullable": true },
                    "delivery_location_fee": { "allOf": [money_schema()], "nullable": true },
                    "status": vocab_schema::<OrderStatus>(),
                    "total_price": money_schema(),
                    "delivery_fee": money_schema(),
                    "notes": { "type": "string", "maxLength": 65536 },
                    "created_at": timestamp(),
                    "updated_at": timestamp(),
                    "items": { "type": "array", "items": schema_ref("OrderItem") },
                    "amount_paid": money_schema(),
                    "balance_due": money_schema(),
                    "amount_overpaid": money_schema(),
                    "payment_status": vocab_schema::<PaymentStatus>(),
                    "payment_mode": { "type": "string", "nullable": true },
                    "payments": { "type": "array", "items": schema_ref("OrderPayment") },
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
                    "role": vocab_schema::<Role>(),
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
            "DailyReport": daily_report(),
            "RangeReport": range_report(),
            "AuditRow": audit_row(),
            "LoginUser": {
                "type": "object",
                "description": "The account as the original's login answered it.",
                "properties": {
                    "id": { "type": "integer" },
                    "username": { "type": "string" },
                    "email": { "type": "string" },
                    "first_name": { "type": "string" },
                    "last_name": { "type": "string" },
                    "role": vocab_schema::<Role>(),
                    "is_staff": { "type": "boolean", "description": "Only a superadmin." },
                    "is_superuser": { "type": "boolean", "description": "Only a superadmin." },
                    "is_active": { "type": "boolean" },
                    "date_joined": { "type": "string", "format": "date-time" },
                    "staff_id": { "type": "string" }
                }
            },
            "PaginatedUserList": paginated("User"),
            "PaginatedAuditList": paginated("AuditRow"),
            "PaginatedMenuItemList": paginated("MenuItem"),
            "PaginatedDeliveryLocationList": paginated("DeliveryLocation"),
            "PaginatedOrderList": paginated("Order"),
            "PaginatedPaymentList": paginated("Payment")
        }
    });
    // Built apart: one json! literal this size exceeds the macro recursion limit.
    if let (Some(all), Value::Object(more)) = (c["schemas"].as_object_mut(), more_schemas()) {
        all.extend(more);
    }
    c
}

/// The activity lists' and the board's response schemas.
fn more_schemas() -> Value {
    let mut m = json!({});
    m["TransactionTable"] = json!({
        "type": "object",
        "properties": {
            "transactions": { "type": "array", "items": {
                "type": "object",
                "properties": {
                    "id": { "type": "string", "example": "PAY-1" },
                    "order_number": { "type": "string" },
                    "payment_method": { "type": "string", "example": "Cash" },
                    "payment_type": { "type": "string", "example": "Payment" },
                    "payment_reference": { "type": "string" },
                    "customer_phone": { "type": "string" },
                    "order_total": { "type": "number" },
                    "delivery_type": vocab_schema::<DeliveryType>(),
                    "transaction_id": { "type": "string" },
                    "status": { "type": "string", "example": "Completed" },
                    "amount": { "type": "number" },
                    "date": { "type": "string", "format": "date-time" },
                    "currency": { "type": "string", "example": "GHS" },
                    "is_verified": { "type": "boolean" }
                }
            } },
            "summary": {
                "type": "object",
                "properties": {
                    "total_transactions": { "type": "integer" },
                    "total_amount": { "type": "number" },
                    "successful_transactions": { "type": "integer" },
                    "failed_transactions": { "type": "integer" }
                }
            }
        }
    });
    m["PaymentHistory"] = json!({
        "type": "object",
        "properties": {
            "count": { "type": "integer" },
            "summary": {
                "type": "object",
                "properties": {
                    "total_payments": { "type": "integer" },
                    "total_amount": { "type": "number" },
                    "completed_count": { "type": "integer" },
                    "completed_amount": { "type": "number" },
                    "failed_count": { "type": "integer" },
                    "failed_amount": { "type": "number" },
                    "pending_count": { "type": "integer" },
                    "pending_amount": { "type": "number" }
                }
            },
            "results": { "type": "array", "items": {
                "type": "object",
                "properties": {
                    "payment_id": { "type": "integer" },
                    "payment_reference": { "type": "string" },
                    "order_number": { "type": "string" },
                    "customer_phone": { "type": "string" },
                    "payment_method": { "type": "string", "example": "Cash" },
                    "payment_type": { "type": "string", "example": "Payment" },
                    "status": { "type": "string", "example": "Completed" },
                    "amount": { "type": "number" },
                    "order_total": { "type": "number" },
                    "delivery_type": vocab_schema::<DeliveryType>(),
                    "delivery_location": { "type": "string", "nullable": true },
                    "paystack_reference": { "type": "string", "nullable": true },
                    "mobile_number": { "type": "string", "nullable": true },
                    "notes": { "type": "string" },
                    "created_at": { "type": "string", "format": "date-time" },
                    "updated_at": { "type": "string", "format": "date-time" },
                    "time_ago": { "type": "string" },
                    "transactions": { "type": "array", "items": { "type": "object", "additionalProperties": true } },
                    "transaction_count": { "type": "integer" },
                    "payment_timeline": { "type": "array", "items": {
                        "type": "object",
                        "properties": {
                            "event": { "type": "string" },
                            "status": vocab_schema::<PaymentState>(),
                            "timestamp": { "type": "string", "format": "date-time" },
                            "is_current": { "type": "boolean" }
                        }
                    } }
                }
            } }
        }
    });
    m["StatusHistory"] = json!({
        "type": "object",
        "properties": {
            "count": { "type": "integer" },
            "results": { "type": "array", "items": {
                "type": "object",
                "properties": {
                    "order_number": { "type": "string" },
                    "customer_phone": { "type": "string" },
                    "current_status": vocab_schema::<OrderStatus>(),
                    "delivery_type": vocab_schema::<DeliveryType>(),
                    "delivery_location": { "type": "string", "nullable": true },
                    "total_price": { "type": "number" },
                    "payment_status": vocab_schema::<PaymentStatus>(),
                    "amount_paid": { "type": "number" },
                    "balance_due": { "type": "number" },
                    "created_at": { "type": "string", "format": "date-time" },
                    "last_updated": { "type": "string", "format": "date-time" },
                    "time_ago": { "type": "string" },
                    "status_changes": { "type": "array", "items": {
                        "type": "object",
                        "description": "The first entry is {status: \"Created\"} without changed_by.",
                        "required": ["status", "timestamp", "is_current"],
                        "properties": {
                            "status": { "type": "string" },
                            "timestamp": { "type": "string", "format": "date-time" },
                            "changed_by": { "type": "string" },
                            "is_current": { "type": "boolean" }
                        }
                    } }
                }
            } }
        }
    });
    m["BoardConfig"] = json!({
        "type": "object",
        "properties": {
            "user": {
                "type": "object",
                "properties": {
                    "id": { "type": "integer" },
                    "username": { "type": "string" },
                    "role": vocab_schema::<Role>()
                }
            },
            "warn_minutes": { "type": "integer" },
            "late_minutes": { "type": "integer" },
            "transitions": {
                "type": "object",
                "description": "transitions[delivery_type][from] lists the caller's moves.",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": { "type": "array", "items": {
                        "type": "object",
                        "properties": {
                            "to": vocab_schema::<OrderStatus>(),
                            "needs_payment": { "type": "boolean" }
                        }
                    } }
                }
            }
        }
    });
    m
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

    /// The document's enums are the Rust vocabularies' lists, value for value and in order.
    #[test]
    fn enums_are_the_rust_vocabularies() {
        fn names<V: Vocabulary>() -> Value {
            json!(V::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>())
        }
        let doc = document(ROUTES);
        let s = &doc["components"]["schemas"];
        let cases = [
            (&s["Order"]["properties"]["status"], names::<OrderStatus>()),
            (
                &s["Order"]["properties"]["delivery_type"],
                names::<DeliveryType>(),
            ),
            (
                &s["Order"]["properties"]["payment_status"],
                names::<PaymentStatus>(),
            ),
            (&s["User"]["properties"]["role"], names::<Role>()),
            (
                &s["Payment"]["properties"]["payment_method"],
                names::<PaymentMethod>(),
            ),
            (
                &s["Payment"]["properties"]["payment_type"],
                names::<PaymentType>(),
            ),
            (
                &s["Payment"]["properties"]["status"],
                names::<PaymentState>(),
            ),
        ];
        for (schema, want) in cases {
            assert_eq!(schema["enum"], want);
        }
        assert_eq!(
            names::<OrderStatus>(),
            json!([
                "Pending",
                "Accepted",
                "Ready",
                "Out for Delivery",
                "Fulfilled",
                "Cancelled"
            ])
        );
        assert_eq!(
            names::<Role>(),
            json!(["superadmin", "admin", "frontdesk", "kitchen", "delivery"])
        );
        // The list filters take the same values.
        let status_param = doc["paths"]["/api/orders/"]["get"]["parameters"]
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["name"] == "status"))
            .map(|p| p["schema"]["enum"].clone());
        assert_eq!(status_param, Some(names::<OrderStatus>()));
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
