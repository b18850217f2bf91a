//! `poll`: screens polling the way the original web frontend does, which has no live updates.
//!
//! Each of C screens polls `GET /api/orders/` every 2 s (the orders screen) and the
//! dashboard pair every 0.5 s: `GET /api/orders/?created_at__gte=<today-7>&ordering=-updated_at`
//! and the transaction table (`/api/payments/transaction-table/?ordering=-created_at&limit=50`,
//! or `/api/payments/` on a server without it). That is 4.5 requests/s per screen, on one
//! keep-alive connection per screen; a late answer delays that screen's next poll, as in a
//! browser, and like a browser it accepts gzip. The run has two phases of D seconds each:
//! plain polls, then polls that send back the last `ETag` in `If-None-Match` (what a
//! browser's HTTP cache does). Optionally it
//! first fills the database through the API (`--fill N`) and finally measures a static file
//! of `FRONTEND_DIR` (`--asset PATH`, closed loop).

use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::api;
use crate::args::Args;
use crate::http::HttpClient;
use crate::load::{self, LoadResult, Spec};
use crate::procfs::{CpuMark, Window};
use crate::stats::{self, ErrorCounts, LatencySummary};

const ORDERS_EVERY: Duration = Duration::from_secs(2);
const DASHBOARD_EVERY: Duration = Duration::from_millis(500);
const TABLE_PATH: &str = "/api/payments/transaction-table/?ordering=-created_at&limit=50";
const TABLE_FALLBACK: &str = "/api/payments/";
/// Clients creating orders for `--fill`.
const FILL_CLIENTS: usize = 16;

/// One phase's figures.
#[derive(Debug, Serialize)]
pub struct Phase {
    pub if_none_match: bool,
    pub elapsed_s: f64,
    pub requests: u64,
    pub ok_200: u64,
    pub not_modified_304: u64,
    pub failed: u64,
    pub bytes_received: u64,
    pub bytes_per_minute: f64,
    pub latency_ms: LatencySummary,
    /// Server CPU over the phase (percent of one core), with `--pid`.
    pub server: Option<Window>,
    pub errors: ErrorCounts,
}

#[derive(Debug, Serialize)]
pub struct PollReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub screens: usize,
    pub duration_s: f64,
    pub orders_in_database: u64,
    pub orders_body_bytes: usize,
    pub transactions_path: String,
    pub plain: Option<Phase>,
    pub revalidating: Phase,
    pub asset: Option<LoadResult>,
}

/// One screen's tallies.
#[derive(Default)]
struct Tally {
    latencies: Vec<u64>,
    ok: u64,
    not_modified: u64,
    bytes: u64,
    requests: u64,
    errors: ErrorCounts,
}

pub fn run(args: &Args) -> Result<PollReport, String> {
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    let mut count = order_count(&mut http, &token)?;
    if count < args.fill.unwrap_or(0) as u64 {
        fill(args, &token, args.fill.unwrap_or(0) as u64 - count)?;
        count = order_count(&mut http, &token)?;
    }
    let table = match http.get(TABLE_PATH, Some(&token)) {
        Ok(r) if r.status == 200 => TABLE_PATH,
        _ => TABLE_FALLBACK,
    };
    let body = http
        .get(api::ORDERS_PATH, Some(&token))
        .map_err(|e| format!("GET /api/orders/: {e}"))?
        .body
        .len();
    http.close();
    let dashboard = format!(
        "/api/orders/?created_at__gte={}&ordering=-updated_at",
        week_ago()
    );
    let paths = [api::ORDERS_PATH, dashboard.as_str(), table];
    let plain = (!args.revalidating_only).then(|| phase(args, &token, &paths, false));
    let revalidating = phase(args, &token, &paths, true);
    let asset = args.asset.as_deref().map(|path| {
        let no_body = |_: u64| None;
        load::run(
            args,
            &token,
            &Spec {
                method: "GET",
                path,
                expect_status: 200,
                body: &no_body,
            },
        )
    });
    let clean = |p: &Phase| p.failed == 0 && p.requests > 0;
    Ok(PollReport {
        scenario: "poll",
        base: args.target.base.clone(),
        ok: plain.as_ref().is_none_or(clean)
            && clean(&revalidating)
            && asset.as_ref().is_none_or(|a| a.failed == 0),
        screens: args.clients,
        duration_s: args.duration.as_secs_f64(),
        orders_in_database: count,
        orders_body_bytes: body,
        transactions_path: table.to_string(),
        plain,
        revalidating,
        asset,
    })
}

/// Runs every screen for the duration. With `inm` every screen starts as one that has been
/// open for a while (holding the current tags, fetched once here and not counted), then
/// sends back the last ETag per path: the phase measures the steady state, not first loads.
fn phase(args: &Args, token: &str, paths: &[&str; 3], inm: bool) -> Phase {
    let mut seed: [Option<String>; 3] = Default::default();
    if inm {
        let mut http = HttpClient::new(&args.target, args.timeout);
        for (tag, path) in seed.iter_mut().zip(paths) {
            *tag = http
                .get(path, Some(token))
                .ok()
                .and_then(|r| r.etag)
                .or_else(|| Some(String::new()));
        }
        http.close();
    }
    let seed = &seed;
    let start = Instant::now();
    let deadline = start + args.duration;
    let mark = args.pid.and_then(|p| CpuMark::start(p).ok());
    let mut all = Tally::default();
    thread::scope(|scope| {
        let handles: Vec<_> = (0..args.clients)
            .filter_map(|i| {
                thread::Builder::new()
                    .name(format!("screen-{i}"))
                    .stack_size(256 * 1024)
                    .spawn_scoped(scope, move || screen(args, token, paths, seed, i, deadline))
                    .ok()
            })
            .collect();
        for h in handles {
            if let Ok(mut t) = h.join() {
                all.latencies.append(&mut t.latencies);
                all.ok += t.ok;
                all.not_modified += t.not_modified;
                all.bytes += t.bytes;
                all.requests += t.requests;
                stats::merge_errors(&mut all.errors, t.errors);
            }
        }
    });
    let elapsed = start.elapsed().as_secs_f64();
    let server = mark.and_then(|m| m.finish().ok());
    Phase {
        if_none_match: inm,
        elapsed_s: stats::round3(elapsed),
        requests: all.requests,
        ok_200: all.ok,
        not_modified_304: all.not_modified,
        failed: all.requests - all.ok - all.not_modified,
        bytes_received: all.bytes,
        bytes_per_minute: stats::round3(all.bytes as f64 * 60.0 / elapsed.max(0.001)),
        latency_ms: LatencySummary::from_micros(&mut all.latencies),
        server,
        errors: all.errors,
    }
}

/// One screen: three poll streams on one connection, each on its own period. Screens start
/// spread over the first period so they do not poll in lockstep.
fn screen(
    args: &Args,
    token: &str,
    paths: &[&str; 3],
    seed: &[Option<String>; 3],
    index: usize,
    deadline: Instant,
) -> Tally {
    let inm = seed.iter().any(Option::is_some);
    let mut client = HttpClient::new(&args.target, args.timeout);
    let mut t = Tally::default();
    let offset = DASHBOARD_EVERY.mul_f64((index % 50) as f64 / 50.0);
    let now = Instant::now();
    let periods = [ORDERS_EVERY, DASHBOARD_EVERY, DASHBOARD_EVERY];
    let mut due = [now + offset; 3];
    let mut etags = seed.clone();
    loop {
        let (k, at) = due
            .iter()
            .enumerate()
            .min_by_key(|(_, d)| **d)
            .map(|(k, d)| (k, *d))
            .unwrap_or((0, now));
        if at >= deadline {
            break;
        }
        if let Some(wait) = at.checked_duration_since(Instant::now()) {
            thread::sleep(wait);
        }
        due[k] = at + periods[k];
        // What a browser's fetch sends besides the app's own headers.
        let mut extra: Vec<(&str, &str)> = vec![
            ("Content-Type", "application/json"),
            ("Accept-Encoding", "gzip, deflate, br"),
        ];
        if let Some(tag) = etags[k].as_deref().filter(|t| inm && !t.is_empty()) {
            extra.push(("If-None-Match", tag));
        }
        t.requests += 1;
        let sent = Instant::now();
        match client.request_with("GET", paths[k], Some(token), None, &extra) {
            Ok(r) if r.status == 200 || r.status == 304 => {
                t.latencies.push(stats::micros(sent.elapsed()));
                t.bytes += r.wire_bytes as u64;
                if r.status == 200 {
                    t.ok += 1;
                    etags[k] = r.etag.or_else(|| Some(String::new()));
                } else {
                    t.not_modified += 1;
                }
            }
            Ok(r) => stats::add_error(&mut t.errors, format!("http_{}", r.status)),
            Err(e) => stats::add_error(&mut t.errors, e.kind()),
        }
        // A late answer skips the ticks it missed (one poll in flight per stream, as a
        // browser's abort-on-timeout poll loop ends up doing).
        let now = Instant::now();
        if due[k] < now {
            due[k] = now;
        }
    }
    client.close();
    t
}

/// Orders in the database, from a one-item page's `count`.
fn order_count(http: &mut HttpClient, token: &str) -> Result<u64, String> {
    let r = http
        .get("/api/orders/?page_size=1", Some(token))
        .map_err(|e| format!("counting orders: {e}"))?;
    let v: serde_json::Value =
        serde_json::from_slice(&r.body).map_err(|e| format!("counting orders: {e}"))?;
    v.get("count")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| format!("counting orders: HTTP {} without a count", r.status))
}

/// Creates `n` orders through the API with a few parallel clients.
fn fill(args: &Args, token: &str, n: u64) -> Result<(), String> {
    let mut http = HttpClient::new(&args.target, args.timeout);
    let items = api::orderable_items(&mut http, token)?;
    http.close();
    let next = std::sync::atomic::AtomicU64::new(0);
    let started = Instant::now();
    let failures: u64 = thread::scope(|scope| {
        let handles: Vec<_> = (0..FILL_CLIENTS)
            .map(|_| {
                scope.spawn(|| {
                    let mut c = HttpClient::new(&args.target, args.timeout);
                    let mut failed = 0u64;
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= n {
                            break;
                        }
                        let body = api::order_body(&items, i);
                        match c.post_json(api::ORDERS_PATH, Some(token), &body) {
                            Ok(r) if r.status == 201 => {}
                            _ => failed += 1,
                        }
                    }
                    c.close();
                    failed
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(n)).sum()
    });
    eprintln!(
        "poll: created {} orders in {:.1} s ({failures} failed)",
        n.saturating_sub(failures),
        started.elapsed().as_secs_f64()
    );
    if failures > n / 100 {
        return Err(format!(
            "filling the database: {failures} of {n} orders failed"
        ));
    }
    Ok(())
}

/// Today − 7 days (UTC) as `YYYY-MM-DD`, as the dashboard sends it.
fn week_ago() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let days = secs.div_euclid(86_400) - 7;
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

impl Phase {
    fn human(&self) -> String {
        let cpu = self
            .server
            .as_ref()
            .map(|w| format!("server CPU {:.1}% of one core", w.cpu_percent))
            .unwrap_or_else(|| "server CPU not sampled (no --pid)".into());
        format!(
            "{}: {} requests in {:.1} s ({} x 200, {} x 304, {} failed)\n  \
             received {:.1} MB/min; latency {}\n  {cpu}; errors: {}",
            if self.if_none_match {
                "with If-None-Match"
            } else {
                "without If-None-Match"
            },
            self.requests,
            self.elapsed_s,
            self.ok_200,
            self.not_modified_304,
            self.failed,
            self.bytes_per_minute / 1e6,
            self.latency_ms.human(),
            stats::human_errors(&self.errors)
        )
    }
}

impl PollReport {
    pub fn render(&self) -> String {
        let mut out = vec![format!(
            "poll: {} screens, {:.1} s per phase, against {} ({} orders, list body {} bytes; \
                 transactions from {})",
            self.screens,
            self.duration_s,
            self.base,
            self.orders_in_database,
            self.orders_body_bytes,
            self.transactions_path
        )];
        if let Some(p) = &self.plain {
            out.push(p.human());
        }
        out.push(self.revalidating.human());
        if let Some(a) = &self.asset {
            out.push(a.human("req"));
        }
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn week_ago_is_a_date() {
        let d = super::week_ago();
        assert_eq!(d.len(), 10);
        assert_eq!(&d[4..5], "-");
    }
}
