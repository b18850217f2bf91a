//! Closed-loop HTTP load (`orders`, `list`): C keep-alive clients, each sending its next
//! request as soon as the previous answer is in, for D seconds.
//!
//! Latency is measured per successful request (the right status); failures are tallied by kind
//! instead, so a burst of fast 503s cannot make the latency figures look good.

use crate::api;
use crate::args::Args;
use crate::http::HttpClient;
use crate::stats::{self, ErrorCounts, LatencySummary};
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// Pause after a connection-level failure so a dead server is not hammered in a hot loop.
const ERROR_BACKOFF: Duration = Duration::from_millis(10);

/// One endpoint's figures.
#[derive(Debug, Serialize)]
pub struct LoadResult {
    pub method: &'static str,
    pub path: String,
    pub elapsed_s: f64,
    pub requests: u64,
    pub succeeded: u64,
    pub failed: u64,
    /// Successful requests per second of wall time.
    pub rate_per_s: f64,
    pub latency_ms: LatencySummary,
    pub errors: ErrorCounts,
}

impl LoadResult {
    pub fn human(&self, what: &str) -> String {
        format!(
            "{} {}: {} ok, {} failed in {:.2} s = {:.1} {what}/s\n  latency {}\n  errors: {}",
            self.method,
            self.path,
            self.succeeded,
            self.failed,
            self.elapsed_s,
            self.rate_per_s,
            self.latency_ms.human(),
            stats::human_errors(&self.errors)
        )
    }
}

/// What each request is.
pub struct Spec<'a> {
    pub method: &'static str,
    pub path: &'a str,
    pub expect_status: u16,
    /// Body for request number `seq` (None: no body).
    pub body: &'a (dyn Fn(u64) -> Option<Vec<u8>> + Sync),
}

/// Runs `args.clients` clients against one endpoint for `args.duration`.
pub fn run(args: &Args, token: &str, spec: &Spec<'_>) -> LoadResult {
    let seq = AtomicU64::new(0);
    let start = Instant::now();
    let deadline = start + args.duration;
    let mut latencies: Vec<u64> = Vec::new();
    let mut errors = ErrorCounts::new();
    let mut requests = 0u64;
    thread::scope(|scope| {
        let mut handles = Vec::new();
        for c in 0..args.clients {
            let seq = &seq;
            let spawned = thread::Builder::new()
                .name(format!("client-{c}"))
                .stack_size(256 * 1024)
                .spawn_scoped(scope, move || client_loop(args, token, spec, seq, deadline));
            match spawned {
                Ok(h) => handles.push(h),
                Err(_) => stats::add_error(&mut errors, "thread_spawn"),
            }
        }
        for h in handles {
            match h.join() {
                Ok((mut lat, errs, n)) => {
                    latencies.append(&mut lat);
                    stats::merge_errors(&mut errors, errs);
                    requests += n;
                }
                Err(_) => stats::add_error(&mut errors, "client_panicked"),
            }
        }
    });
    let elapsed = start.elapsed().as_secs_f64();
    let succeeded = latencies.len() as u64;
    LoadResult {
        method: spec.method,
        path: spec.path.to_string(),
        elapsed_s: stats::round3(elapsed),
        requests,
        succeeded,
        failed: requests - succeeded,
        rate_per_s: if elapsed > 0.0 {
            stats::round3(succeeded as f64 / elapsed)
        } else {
            0.0
        },
        latency_ms: LatencySummary::from_micros(&mut latencies),
        errors,
    }
}

fn client_loop(
    args: &Args,
    token: &str,
    spec: &Spec<'_>,
    seq: &AtomicU64,
    deadline: Instant,
) -> (Vec<u64>, ErrorCounts, u64) {
    let mut client = HttpClient::new(&args.target, args.timeout);
    let mut lat = Vec::new();
    let mut errs = ErrorCounts::new();
    let mut sent = 0u64;
    while Instant::now() < deadline {
        let n = seq.fetch_add(1, Ordering::Relaxed);
        if n >= args.max_requests {
            break;
        }
        let body = (spec.body)(n);
        sent += 1;
        let t = Instant::now();
        let result = client.request(spec.method, spec.path, Some(token), body.as_deref());
        let took = t.elapsed();
        match result {
            Ok(r) if r.status == spec.expect_status => lat.push(stats::micros(took)),
            Ok(r) => stats::add_error(&mut errs, format!("http_{}", r.status)),
            Err(e) => {
                stats::add_error(&mut errs, e.kind());
                if e.is_connection_level() {
                    thread::sleep(ERROR_BACKOFF);
                }
            }
        }
    }
    client.close();
    (lat, errs, sent)
}

/// `orders` scenario report.
#[derive(Debug, Serialize)]
pub struct OrdersReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub clients: usize,
    pub duration_s: f64,
    #[serde(flatten)]
    pub result: LoadResult,
}

/// `list` scenario report: one result per endpoint, run one after the other.
#[derive(Debug, Serialize)]
pub struct ListReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub clients: usize,
    pub duration_s: f64,
    pub endpoints: ListEndpoints,
}

#[derive(Debug, Serialize)]
pub struct ListEndpoints {
    pub orders_list: LoadResult,
    pub menu_items: LoadResult,
}

fn clean(r: &LoadResult) -> bool {
    r.failed == 0 && r.errors.is_empty() && r.succeeded > 0
}

/// Logs in, reads the menu, then creates orders for the duration.
pub fn orders(args: &Args) -> Result<OrdersReport, String> {
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    let items = api::orderable_items(&mut http, &token)?;
    http.close();
    let body = |n: u64| Some(api::order_body(&items, n));
    let result = run(
        args,
        &token,
        &Spec {
            method: "POST",
            path: api::ORDERS_PATH,
            expect_status: 201,
            body: &body,
        },
    );
    Ok(OrdersReport {
        scenario: "orders",
        base: args.target.base.clone(),
        ok: clean(&result),
        clients: args.clients,
        duration_s: args.duration.as_secs_f64(),
        result,
    })
}

/// Logs in, then lists orders and menu items, each for the duration.
pub fn list(args: &Args) -> Result<ListReport, String> {
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    http.close();
    let no_body = |_: u64| None;
    let orders_list = run(
        args,
        &token,
        &Spec {
            method: "GET",
            path: api::ORDERS_LIST_PATH,
            expect_status: 200,
            body: &no_body,
        },
    );
    let menu_items = run(
        args,
        &token,
        &Spec {
            method: "GET",
            path: api::MENU_LIST_PATH,
            expect_status: 200,
            body: &no_body,
        },
    );
    Ok(ListReport {
        scenario: "list",
        base: args.target.base.clone(),
        ok: clean(&orders_list) && clean(&menu_items),
        clients: args.clients,
        duration_s: args.duration.as_secs_f64(),
        endpoints: ListEndpoints {
            orders_list,
            menu_items,
        },
    })
}

impl OrdersReport {
    pub fn render(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        out.push(format!(
            "orders: {} clients for {:.1} s against {}",
            self.clients, self.duration_s, self.base
        ));
        out.push(self.result.human("orders"));
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}

impl ListReport {
    pub fn render(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        out.push(format!(
            "list: {} clients, {:.1} s per endpoint, against {}",
            self.clients, self.duration_s, self.base
        ));
        out.push(self.endpoints.orders_list.human("req"));
        out.push(self.endpoints.menu_items.human("req"));
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}
