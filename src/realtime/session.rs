//! What the order feed says besides live events: authentication of the `token` query
//! parameter (telling a bad token from a busy database), the `data_update` snapshot and the
//! replay for `?since=`, both built once and shared as bytes by every client that asks for the
//! same thing while nothing new has been published (see [`super::feed::Feed`]).

use std::sync::Arc;
use std::time::{Duration, Instant};

use tungstenite::Utf8Bytes;

pub use super::feed::Range;
use super::feed::{CachedRange, CachedSnapshot, RANGES_KEPT};
use super::protocol::{self, ServerMsg};
use crate::api::wire_order::OrderList;
use crate::db::events::{self, Replay};
use crate::db::snapshot;
use crate::domain::clock::{self, Date};
use crate::http::ApiError;
use crate::state::AppState;

/// Why a token was not accepted.
#[derive(Debug)]
pub enum AuthError {
    /// Bad, expired or refresh token, or an inactive or unknown user: close with 4001.
    Rejected(String),
    /// The database could not answer (pool exhausted, busy): retry, then 1013.
    Unavailable(String),
}

/// The username behind an access token, if the token is valid and the user active.
/// `wait` bounds how long the database lookup may wait for a pooled connection.
pub fn authenticate(state: &AppState, token: &str, wait: Duration) -> Result<String, AuthError> {
    if token.is_empty() {
        return Err(AuthError::Rejected("no token".into()));
    }
    let now = clock::unix_seconds();
    let claims = crate::auth::jwt::decode(&state.keys, token, "access", now)
        .map_err(|e| AuthError::Rejected(e.to_string()))?;
    let row = state
        .db
        .read_within(wait, |conn| {
            crate::db::users::auth_row(conn, claims.user_id)
        })
        .map_err(|e| AuthError::Unavailable(format!("user lookup failed: {e}")))?;
    match row {
        // A token of an older generation: the password changed, or the account was
        // reactivated, since it was issued.
        Some(r) if r.is_active && r.token_generation == claims.generation => Ok(r.username),
        Some(r) if r.is_active => Err(AuthError::Rejected("token revoked".to_string())),
        _ => Err(AuthError::Rejected("user inactive or unknown".to_string())),
    }
}

/// What a connecting client is sent first, and the event id it brings the client to.
pub struct Initial {
    pub messages: Vec<Utf8Bytes>,
    pub last: i64,
}

/// The newest event id this process knows of: what the hub has published, or a commit of
/// this process the event tail has not published yet (noted by the writer before it answered
/// the caller). A cached snapshot or replay older than that is stale: a client connecting
/// right after a 201 must find that order in its snapshot. Events the snapshot already holds
/// are skipped by id when the tail publishes them.
fn newest_event(state: &AppState) -> i64 {
    let noted = state
        .last_event_id
        .load(std::sync::atomic::Ordering::Acquire);
    state
        .hub
        .last_published()
        .max(i64::try_from(noted).unwrap_or(i64::MAX))
}

/// The `data_update` for a connecting client (or `request_orders`), built at most once per
/// event id: concurrent callers wait for the one build and share its bytes.
pub fn data_update(state: &AppState, resync: bool, wait: Duration) -> Result<Initial, ApiError> {
    let deadline = Instant::now() + wait;
    let hub = &state.hub;
    let feed = &hub.feed;
    let published = newest_event(state);
    let hit = feed.fresh_snapshot(published, resync).or_else(|| {
        let _one = feed.building.lock().ok()?;
        feed.fresh_snapshot(published, resync)
    });
    let (text, last) = match hit {
        Some(v) => v,
        None => {
            let _one = feed.building.lock().map_err(ApiError::internal)?;
            // Waiting for another caller's (failed) build may have used up this one's time:
            // then it does not start a build of its own, so a queue of callers behind a busy
            // database drains at once instead of one checkout timeout each.
            let wait = deadline.saturating_duration_since(Instant::now());
            if wait.is_zero() {
                return Err(ApiError::unavailable("Database busy, try again.", 1));
            }
            let snap = state.db.read_within(wait, |conn| {
                snapshot::data_update(conn, state.config.ws_snapshot_limit)
            })?;
            state
                .metrics
                .ws_snapshots_built
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let text = Utf8Bytes::from(snapshot_text(&snap, resync));
            if let Ok(mut g) = feed.snapshots.lock() {
                g.retain(|s| s.resync != resync);
                g.push(CachedSnapshot {
                    day: Date::of_micros(clock::now_micros()),
                    last: snap.last_event_id,
                    resync,
                    text: text.clone(),
                });
            }
            (text, snap.last_event_id)
        }
    };
    state
        .metrics
        .ws_snapshots_sent
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Initial {
        messages: vec![text],
        last,
    })
}

/// The `data_update` message of a snapshot (`"resync": true` when it replaces a replay).
fn snapshot_text(snap: &snapshot::Snapshot, resync: bool) -> String {
    ServerMsg::DataUpdate {
        data: OrderList {
            orders: &snap.orders,
            now: clock::now_micros(),
        },
        last_event_id: snap.last_event_id,
        epoch: &snap.epoch,
        omitted: snap.omitted,
        resync,
    }
    .to_text()
}

/// Up to `limit` events after `since`, read once for every client asking for the same range
/// while nothing new is published. `Resync` when the log cannot serve it: pruned, from the
/// future, or (with `strict`) more than `limit` events behind.
pub fn range(
    state: &AppState,
    since: i64,
    limit: usize,
    strict: bool,
    wait: Duration,
) -> Result<Range, ApiError> {
    let deadline = Instant::now() + wait;
    let feed = &state.hub.feed;
    let published = newest_event(state);
    if let Some(r) = feed.fresh_range(since, limit, published) {
        return Ok(r);
    }
    let _one = feed.reading.lock().map_err(ApiError::internal)?;
    if let Some(r) = feed.fresh_range(since, limit, published) {
        return Ok(r);
    }
    // As in `data_update`: no read of its own once this caller's time is up.
    let wait = deadline.saturating_duration_since(Instant::now());
    if wait.is_zero() {
        return Err(ApiError::unavailable("Database busy, try again.", 1));
    }
    let read = state.db.read_within(wait, |conn| {
        let last = events::last_id(conn)?;
        if strict {
            return Ok::<_, ApiError>((events::since(conn, since, limit)?, last));
        }
        Ok((events::page(conn, since, limit)?, last))
    })?;
    match read {
        (Replay::Resync, _) => Ok(Range::Resync),
        (Replay::Events(evs), seen) => {
            let complete = evs.len() < limit || evs.last().map(|e| e.id) == Some(seen);
            let events: Arc<Vec<(i64, Utf8Bytes)>> = Arc::new(
                evs.into_iter()
                    .map(|e| (e.id, Utf8Bytes::from(protocol::event_text(&e))))
                    .collect(),
            );
            // Only a read that saw every committed event may stand for "nothing after it".
            let seen = if complete { seen } else { i64::MIN };
            if let Ok(mut g) = feed.ranges.lock() {
                g.retain(|r| r.seen >= published && !(r.since == since && r.limit == limit));
                if g.len() >= RANGES_KEPT {
                    g.remove(0);
                }
                g.push(CachedRange {
                    since,
                    limit,
                    seen,
                    events: events.clone(),
                    complete,
                });
            }
            Ok(Range::Events(events, complete))
        }
    }
}

/// Every event after `since`, then `replay_complete`; or a resync `data_update` when the log
/// no longer reaches back that far or the gap is longer than `WS_REPLAY_LIMIT`.
pub fn replay(state: &AppState, since: i64, wait: Duration) -> Result<Initial, ApiError> {
    match range(state, since, state.config.ws_replay_limit, true, wait)? {
        Range::Resync => data_update(state, true, wait),
        Range::Events(evs, _) => {
            let last = evs.last().map(|(id, _)| *id).unwrap_or(since).max(since);
            let mut messages: Vec<Utf8Bytes> = evs.iter().map(|(_, t)| t.clone()).collect();
            let done = ServerMsg::ReplayComplete {
                last_event_id: last,
                epoch: state.db.epoch(),
            };
            messages.push(Utf8Bytes::from(done.to_text()));
            Ok(Initial { messages, last })
        }
    }
}
