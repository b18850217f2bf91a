//! Test-only routes, answered only when `ADAKINGS_TEST_ROUTES=1` (404 otherwise): a handler
//! that panics, a slow one (graceful shutdown tests), a large body (client-gone tests), and
//! holders of a pooled read connection or of the writer (database-busy tests).

use crate::api::ctx::Ctx;
use crate::http::{ApiError, Response};

fn enabled(c: &Ctx) -> Result<(), ApiError> {
    if c.state.test_routes {
        Ok(())
    } else {
        Err(ApiError::not_found())
    }
}

fn num(c: &Ctx, name: &str, default: u64, max: u64) -> u64 {
    c.req
        .query_param(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
        .min(max)
}

pub fn panic(c: &mut Ctx) -> Result<Response, ApiError> {
    enabled(c)?;
    panic!("test panic requested");
}

pub fn sleep(c: &mut Ctx) -> Result<Response, ApiError> {
    enabled(c)?;
    let ms = num(c, "ms", 1000, 60_000);
    std::thread::sleep(std::time::Duration::from_millis(ms));
    Ok(Response::json(200, &serde_json::json!({ "slept_ms": ms })))
}

pub fn large(c: &mut Ctx) -> Result<Response, ApiError> {
    enabled(c)?;
    let n = num(c, "bytes", 1 << 20, 64 << 20) as usize;
    Ok(Response::text(
        200,
        "application/octet-stream",
        "x".repeat(n),
    ))
}

pub fn echo(c: &mut Ctx) -> Result<Response, ApiError> {
    enabled(c)?;
    let v = c.json()?;
    Ok(Response::json(200, &v))
}

/// Holds one pooled read connection for `?ms=` (pool exhaustion with `DB_POOL_SIZE=1`).
pub fn hold_db(c: &mut Ctx) -> Result<Response, ApiError> {
    enabled(c)?;
    let ms = num(c, "ms", 1000, 60_000);
    c.state.db.read(|_conn| {
        log::info!("test: holding a read connection for {ms} ms");
        std::thread::sleep(std::time::Duration::from_millis(ms));
        Ok::<_, ApiError>(())
    })?;
    Ok(Response::json(200, &serde_json::json!({ "held_ms": ms })))
}

/// Runs a writer job that sleeps `?ms=`: every change queued meanwhile waits.
pub fn stall_writer(c: &mut Ctx) -> Result<Response, ApiError> {
    enabled(c)?;
    let ms = num(c, "ms", 1000, 60_000);
    c.state.db.write(move |_w| {
        log::info!("test: writer stalled for {ms} ms");
        std::thread::sleep(std::time::Duration::from_millis(ms));
        Ok::<_, ApiError>(())
    })?;
    Ok(Response::json(
        200,
        &serde_json::json!({ "stalled_ms": ms }),
    ))
}
