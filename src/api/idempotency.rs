//! `Idempotency-Key` for mutating requests. The stored response is written in the same
//! transaction as the change, and the check runs inside the writer's transaction too, so two
//! concurrent retries cannot both apply: the second finds the first's record. A retry with the
//! same key and body replays the stored status and body; the same key with another body is 409.
//! Failed requests (4xx/5xx) store nothing, so their retry simply runs again.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::api::ctx::{AuthUser, Ctx};
use crate::db::WriteTx;
use crate::domain::clock;
use crate::http::{ApiError, Response};

/// Longest key accepted (UUIDs are 36).
const MAX_KEY: usize = 255;

struct Key {
    key: String,
    user_id: i64,
    hash: String,
    method: String,
    path: String,
}

enum Found {
    Replay(u16, String),
    Conflict,
}

/// Runs the write `f` once per idempotency key and returns its JSON with `ok_status`
/// (204 sends no body). Without the header it simply runs `f` in a write transaction.
pub fn write<F>(c: &Ctx, user: &AuthUser, ok_status: u16, f: F) -> Result<Response, ApiError>
where
    F: FnOnce(&mut WriteTx) -> Result<Value, ApiError> + Send + 'static,
{
    let key = key_of(c, user)?;
    let Some(key) = key else {
        let v = c.state.db.write(f)?;
        return Ok(respond(ok_status, &v));
    };
    // Fast path on a read connection: most retries are answered without queueing a write.
    let found = {
        let k = &key;
        c.state.db.read(|conn| lookup(conn, k))?
    };
    if let Some(f) = found {
        return found_response(f);
    }
    let outcome = c.state.db.write(move |w| {
        if let Some(found) = lookup(w, &key)? {
            return Ok::<_, ApiError>(Err(found));
        }
        let v = f(w)?;
        let body = if ok_status == 204 { String::new() } else { v.to_string() };
        w.execute(
            "INSERT INTO idempotency_keys (key, user_id, method, path, body_hash, status, response, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                key.key,
                key.user_id,
                key.method,
                key.path,
                key.hash,
                ok_status,
                body,
                clock::iso(clock::now_micros())
            ],
        )?;
        Ok(Ok(v))
    })?;
    match outcome {
        Ok(v) => Ok(respond(ok_status, &v)),
        Err(found) => found_response(found),
    }
}

fn respond(status: u16, v: &Value) -> Response {
    if status == 204 {
        Response::empty(204)
    } else {
        Response::json(status, v)
    }
}

fn found_response(f: Found) -> Result<Response, ApiError> {
    match f {
        Found::Replay(status, body) => Ok(Response::raw_json(status, body.into_bytes())
            .with_header("Idempotent-Replayed", "true")),
        Found::Conflict => Err(ApiError::detail(
            409,
            "This Idempotency-Key was already used with a different request.",
        )),
    }
}

fn key_of(c: &Ctx, user: &AuthUser) -> Result<Option<Key>, ApiError> {
    let Some(raw) = c.req.header("idempotency-key") else {
        return Ok(None);
    };
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_KEY {
        return Err(ApiError::detail(
            400,
            format!("Idempotency-Key must be 1 to {MAX_KEY} characters."),
        ));
    }
    let mut h = Sha256::new();
    h.update(c.req.method.as_bytes());
    h.update([0]);
    h.update(c.req.path.trim_end_matches('/').as_bytes());
    h.update([0]);
    h.update(&c.req.body);
    let hash: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Some(Key {
        key: raw.to_string(),
        user_id: user.id,
        hash,
        method: c.req.method.clone(),
        path: c.req.path.clone(),
    }))
}

fn lookup(conn: &Connection, k: &Key) -> Result<Option<Found>, ApiError> {
    let row: Option<(String, u16, String)> = conn
        .query_row(
            "SELECT body_hash, status, response FROM idempotency_keys WHERE user_id = ?1 AND key = ?2",
            params![k.user_id, k.key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    Ok(row.map(|(hash, status, body)| {
        if hash == k.hash {
            Found::Replay(status, body)
        } else {
            Found::Conflict
        }
    }))
}
