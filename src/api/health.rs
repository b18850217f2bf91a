//! `GET /api/health/` (liveness, database, connection counts) and `GET /metrics`.

use std::sync::atomic::Ordering::Relaxed;

use serde_json::json;

use crate::api::ctx::Ctx;
use crate::http::{ApiError, Response};

pub fn health(c: &mut Ctx) -> Result<Response, ApiError> {
    let st = c.state;
    let db_ok = st.db.ping();
    let body = json!({
        "status": if db_ok { "ok" } else { "error" },
        "database": if db_ok { "ok" } else { "unreachable" },
        "version": env!("CARGO_PKG_VERSION"),
        "uptime_s": st.started.elapsed().as_secs(),
        "connections": {
            "http": st.metrics.http_open.load(Relaxed),
            "websocket": st.metrics.ws_open.load(Relaxed),
        },
    });
    let status = if db_ok { 200 } else { 503 };
    Ok(Response::json(status, &body))
}

pub fn metrics(c: &mut Ctx) -> Result<Response, ApiError> {
    let (in_use, idle) = c.state.db.pool_state();
    Ok(Response::text(
        200,
        "text/plain; version=0.0.4; charset=utf-8",
        c.state.metrics.render(in_use, idle) + &c.state.poll_cache.render(),
    ))
}
