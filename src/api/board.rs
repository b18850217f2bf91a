//! HTTP side of the order board (`src/board/`): the embedded page and its files, and
//! `GET /api/board/config/`, which tells the page the caller's role, the card colour
//! thresholds and the status moves that role may make, straight from the table the server
//! enforces (`domain::status::allowed_moves`), so the page never carries a copy of it.

use serde_json::{json, Map, Value};

use crate::api::ctx::{ok, Ctx};
use crate::board::{self, Asset};
use crate::domain::status::{allowed_moves, DeliveryType};
use crate::http::{ApiError, Response};

/// Same-origin only: the page needs nothing from anywhere else, so nothing else may run.
const CSP: &str = "default-src 'self'; img-src 'self' data:; connect-src 'self'; \
                   frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

fn serve(a: &'static Asset) -> Response {
    Response {
        status: 200,
        headers: Vec::new(),
        body: a.body.to_vec(),
        content_type: a.content_type,
        close: false,
        shared: None,
    }
    // A new binary may bring new files: revalidate rather than run a stale script.
    .with_header("Cache-Control", "no-cache")
    .with_header("X-Content-Type-Options", "nosniff")
    .with_header("Content-Security-Policy", CSP)
}

/// `GET /board/`: the page.
pub fn page(_c: &mut Ctx) -> Result<Response, ApiError> {
    Ok(serve(&board::INDEX))
}

/// `GET /board/{file}`: a file the page loads.
pub fn file(c: &mut Ctx) -> Result<Response, ApiError> {
    board::asset(c.param(0))
        .map(serve)
        .ok_or_else(ApiError::not_found)
}

/// `GET /api/board/config/` (any role): `{user, warn_minutes, late_minutes, transitions}`,
/// where `transitions[delivery_type][from]` lists `{to, needs_payment}` for the caller's role.
pub fn config(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let mut transitions = Map::new();
    for &kind in DeliveryType::ALL {
        let mut by_from = Map::new();
        for m in allowed_moves(user.role, kind) {
            let list = by_from
                .entry(m.from.as_str())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(v) = list {
                v.push(json!({"to": m.to.as_str(), "needs_payment": m.needs_payment}));
            }
        }
        transitions.insert(kind.as_str().to_string(), Value::Object(by_from));
    }
    let cfg = &c.state.config;
    ok(&json!({
        "user": {"id": user.id, "username": user.username, "role": user.role.as_str()},
        "warn_minutes": cfg.board_warn_minutes,
        "late_minutes": cfg.board_late_minutes,
        "transitions": transitions,
    }))
}
