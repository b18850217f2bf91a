//! Conditional GET for polled lists: `ETag`, `304 Not Modified` and one shared body per change.
//!
//! Browser clients without live updates poll the same lists every few seconds (the original
//! web frontend asks for every order ever made every 2 s per screen, and twice a second per
//! dashboard). A route opts in with one call wrapping its body builder (the dispatcher has
//! already enforced the route's access, so the cache never bypasses it):
//!
//! ```text
//! poll_cache::serve(c, Vary::params(&["date", "status"]), |c| build(c).map(Built::from))
//! ```
//!
//! How it stays honest:
//! - An entry is valid while the data generation it was built at is still current. The
//!   generation is the id of the last committed event (noted by the writer at commit, and by
//!   the event tail for other processes' commits) plus the number of committed writes
//!   (changes that emit no event, such as renaming a delivery location shown inside orders).
//!   Both are read from memory: a poll whose `If-None-Match` names the current entry is
//!   answered `304` without touching the orders.
//! - Bodies with time-relative labels (`time_ago`) say when the first label would change; the
//!   entry is rebuilt then, but not more often than every `POLL_LABEL_REFRESH` seconds
//!   (default 3600): labels in a shared body may lag the clock by up to that much. With a
//!   year of history some "N days ago" label flips every few seconds, and refreshing them
//!   each minute would make every screen download the whole list every minute (measured:
//!   ~5 GB/min for 100 screens over 50,000 orders); every write refreshes them anyway.
//! - The `ETag` is the event id and a hash of the body bytes, so the same tag always means
//!   the same bytes: a rebuild that produces identical bytes keeps answering `304`.
//! - The key is the path, the query parameters the route says matter (cache busters such as
//!   `?_t=` and parameters the route ignores are left out, so every screen shares one build),
//!   and the caller's role when the route's body differs by role.
//! - Concurrent requests for an entry being rebuilt wait for that one build.
//! - The store itself (entries, limits, counters) is `api::poll_store`, which `AppState` holds.
//! - Clients that accept gzip get the body compressed once per build (tag suffixed `-gz`);
//!   a tag of either encoding is answered 304.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

use crate::api::ctx::Ctx;
use crate::api::poll_store::{Entry, Generation};
use crate::domain::clock;
use crate::http::request::etag_matches;
use crate::http::{ApiError, Response};

/// What a route's body depends on besides the data.
#[derive(Clone, Copy, Debug)]
pub struct Vary {
    /// Query parameters that change the body; every other one is ignored for the key.
    pub params: &'static [&'static str],
    /// The body differs by the caller's role.
    pub role: bool,
    /// The value of a parameter as the body sees it (`None`: as if absent), so spellings the
    /// route treats alike share one body.
    pub canonical: fn(&str, String) -> Option<String>,
}

impl Vary {
    pub const fn params(params: &'static [&'static str]) -> Vary {
        Vary {
            params,
            role: false,
            canonical: as_given,
        }
    }

    pub const fn with_canonical(self, canonical: fn(&str, String) -> Option<String>) -> Vary {
        Vary { canonical, ..self }
    }
}

/// Every value counts as given.
fn as_given(_param: &str, value: String) -> Option<String> {
    Some(value)
}

/// A freshly built 200 body and, when it has time-relative labels, the moment (UTC micros)
/// the first of them would read differently.
pub struct Built {
    pub response: Response,
    pub fresh_until: Option<i64>,
}

impl From<Response> for Built {
    fn from(response: Response) -> Built {
        Built {
            response,
            fresh_until: None,
        }
    }
}

/// Bodies smaller than this are sent as they are.
const MIN_GZIP: usize = 1024;

/// Answers a GET from the cache when the data has not changed, else builds, stores and
/// answers. Only 200 responses are stored; errors from `build` pass through.
pub fn serve(
    c: &mut Ctx,
    vary: Vary,
    build: impl FnOnce(&mut Ctx) -> Result<Built, ApiError>,
) -> Result<Response, ApiError> {
    let key = key(c, vary)?;
    let st = c.state;
    let slot = st.poll_cache.slot(key);
    // Held through a rebuild: concurrent polls of this key wait for the one build.
    let mut guard = slot
        .lock()
        .map_err(|_| ApiError::internal("poll cache poisoned"))?;
    let generation = generation(c);
    let now = clock::now_micros();
    let valid = guard
        .as_ref()
        .is_some_and(|e| e.generation == generation && now < e.expires);
    if valid {
        if let Some(e) = guard.as_mut() {
            return Ok(answer(c, e, true));
        }
    }
    let built = build(c)?;
    st.poll_cache.builds.fetch_add(1, Relaxed);
    if built.response.status != 200 {
        return Ok(built.response);
    }
    let body = built.response.body;
    let expires = match built.fresh_until {
        Some(t) => {
            let lag = i64::try_from(st.config.poll_label_refresh_s).unwrap_or(i64::MAX);
            t.max(now.saturating_add(lag.saturating_mul(1_000_000)))
        }
        None => i64::MAX,
    };
    let mut entry = Entry {
        generation,
        expires,
        etag: format!("\"{}-{:016x}\"", generation.0, fnv1a(&body)),
        content_type: built.response.content_type,
        body: Arc::new(body),
        gz: None,
    };
    let resp = answer(c, &mut entry, false);
    let old = guard.as_ref().map_or(0, |e| e.body.len());
    st.poll_cache.account(old, entry.body.len());
    *guard = Some(entry);
    Ok(resp)
}

/// The current data generation, from memory only.
fn generation(c: &Ctx) -> Generation {
    (
        c.state
            .last_event_id
            .load(std::sync::atomic::Ordering::Acquire),
        c.state.db.committed_writes(),
    )
}

/// 304 when the client already holds this entry's tag (either encoding's), else 200 with the
/// stored body, gzipped for clients that accept it (a list of every order shrinks ~20x).
fn answer(c: &Ctx, e: &mut Entry, reused: bool) -> Response {
    let st = c.state;
    let gzip = e.body.len() >= MIN_GZIP && crate::http::static_files::accepts_gzip(c.req);
    let gz_tag = format!("{}-gz\"", e.etag.trim_end_matches('"'));
    let tag = if gzip { &gz_tag } else { &e.etag };
    if let Some(inm) = c.req.header("if-none-match") {
        if etag_matches(inm, &e.etag) || etag_matches(inm, &gz_tag) {
            st.poll_cache.not_modified.fetch_add(1, Relaxed);
            return not_modified(tag).with_header("Vary", "Accept-Encoding");
        }
    }
    if reused {
        st.poll_cache.reused.fetch_add(1, Relaxed);
    }
    let resp = if gzip {
        let body =
            e.gz.get_or_insert_with(|| Arc::new(crate::http::gzip::gzip(&e.body)))
                .clone();
        Response::shared(e.content_type, body).with_header("Content-Encoding", "gzip")
    } else {
        Response::shared(e.content_type, e.body.clone())
    };
    resp.with_header("ETag", tag.clone())
        .with_header("Cache-Control", "no-cache")
        .with_header("Vary", "Accept-Encoding")
}

/// A `304 Not Modified` carrying the validator and caching rules again, as RFC 9110 asks.
pub fn not_modified(etag: &str) -> Response {
    Response::empty(304)
        .with_header("ETag", etag.to_string())
        .with_header("Cache-Control", "no-cache")
}

/// The cache key: path, the parameters that matter (sorted, decoded), and the role if asked.
fn key(c: &mut Ctx, vary: Vary) -> Result<String, ApiError> {
    let mut k = c.req.path.trim_end_matches('/').to_string();
    let mut params: Vec<(&str, String)> = vary
        .params
        .iter()
        .filter_map(|p| {
            let v = c.req.query_param(p)?;
            (vary.canonical)(p, v).map(|v| (*p, v))
        })
        .collect();
    params.sort();
    for (p, v) in params {
        // Length-prefixed, so no value can imitate another parameter.
        k.push_str(&format!("\n{p}={}:{v}", v.len()));
    }
    if vary.role {
        let role = c.user()?.role;
        k.push_str("\nrole=");
        k.push_str(role.as_str());
    }
    Ok(k)
}

/// FNV-1a, 64 bits: stable across builds and Rust versions, fast enough for megabytes.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_forms() {
        let tag = "\"7-00000000000000ff\"";
        assert!(etag_matches(tag, tag));
        assert!(etag_matches("W/\"7-00000000000000ff\"", tag));
        assert!(etag_matches("\"x\", \"7-00000000000000ff\"", tag));
        assert!(etag_matches("*", tag));
        assert!(!etag_matches("\"6-00000000000000ff\"", tag));
        assert!(!etag_matches("", tag));
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
