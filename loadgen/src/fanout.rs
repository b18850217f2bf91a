//! `fanout`: N WebSocket clients, K orders created one at a time; for every (client, order)
//! pair, the time from just before the POST until that client has the order's
//! `item_created`.
//!
//! The POST's start time is taken before the request is written, and a client's receive time
//! when its poller reads the message; both are `Instant`s (one monotonic clock). An event can
//! arrive before the POST's response does, so receipts are matched to orders afterwards by
//! order number (or id), not in arrival order. A pair counts as missed when it did not arrive
//! within `--timeout` of the POST.

use crate::api::{self, OrderKey};
use crate::args::Args;
use crate::http::HttpClient;
use crate::stats::{self, ErrorCounts, LatencySummary};
use crate::swarm::{self, ConnectReport, Pollers, Shared};
use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Debug, Serialize)]
pub struct FanoutReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub clients: usize,
    pub orders: usize,
    pub timeout_s: f64,
    pub connect: ConnectReport,
    pub orders_created: usize,
    pub order_errors: ErrorCounts,
    /// connected clients x orders created.
    pub pairs_expected: u64,
    /// Pairs delivered within the timeout.
    pub pairs_received: u64,
    pub missed: u64,
    /// Of the missed pairs, those that did arrive, but after the timeout.
    pub late: u64,
    pub latency_ms: LatencySummary,
    /// Round trips of the K `POST /api/orders/`, each made while all N clients are connected
    /// (the request whose commit wakes every socket): what the counter waits for.
    pub post_ms: LatencySummary,
    /// Clients the server closed (or that failed) before the end of the run.
    pub dropped: usize,
    pub drop_reasons: ErrorCounts,
    pub per_order: Vec<PerOrder>,
    pub elapsed_s: f64,
}

#[derive(Debug, Serialize)]
pub struct PerOrder {
    pub order_number: Option<String>,
    pub id: Option<u64>,
    /// POST round trip.
    pub post_ms: f64,
    /// From before the POST until every live client had it (or the wait gave up).
    pub all_delivered_ms: f64,
    pub received: u64,
    pub max_ms: Option<f64>,
}

struct Created {
    key: OrderKey,
    t0: Instant,
    post: Duration,
    waited: Duration,
}

pub fn run(args: &Args) -> Result<FanoutReport, String> {
    let start = Instant::now();
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    let items = api::orderable_items(&mut http, &token)?;

    let shared = Shared::new(true);
    let pollers = Pollers::start(swarm::poller_threads(args.clients), shared.clone())
        .map_err(|e| format!("cannot start poller threads: {e}"))?;
    let connect = swarm::connect_all(
        &args.target,
        &token,
        args.clients,
        args.batch,
        args.timeout,
        &pollers,
    );
    // Pollers pick new sockets up within one tick; orders must not start before.
    shared.wait_registered(connect.connected, Instant::now() + Duration::from_secs(5));

    let mut created = Vec::new();
    let mut order_errors = ErrorCounts::new();
    if connect.connected > 0 {
        for k in 0..args.orders {
            let body = api::order_body(&items, k as u64);
            let t0 = Instant::now();
            let result = http.post_json(api::ORDERS_PATH, Some(&token), &body);
            let post = t0.elapsed();
            let key = match result {
                Ok(r) if r.status == 201 => match api::parse_created(&r.body) {
                    Ok(key) => key,
                    Err(_) => {
                        stats::add_error(&mut order_errors, "bad_order_json");
                        continue;
                    }
                },
                Ok(r) => {
                    stats::add_error(&mut order_errors, format!("http_{}", r.status));
                    continue;
                }
                Err(e) => {
                    stats::add_error(&mut order_errors, e.kind());
                    continue;
                }
            };
            shared.wait_delivered(&swarm::count_keys(&key), t0 + args.timeout);
            created.push(Created {
                key,
                t0,
                post,
                waited: t0.elapsed(),
            });
        }
    }
    http.close();
    let reports = pollers.finish()?;

    // Match every (client, order) pair.
    let mut latencies = Vec::new();
    let mut per_order = Vec::new();
    let mut late = 0u64;
    for c in &created {
        let mut received = 0u64;
        let mut max = None::<u64>;
        for r in &reports {
            if let Some(rx) = r.received.iter().find(|rx| rx.order.matches(&c.key)) {
                let took = rx.at.saturating_duration_since(c.t0);
                if took <= args.timeout {
                    let us = stats::micros(took);
                    latencies.push(us);
                    received += 1;
                    max = Some(max.map_or(us, |m: u64| m.max(us)));
                } else {
                    late += 1;
                }
            }
        }
        per_order.push(PerOrder {
            order_number: c.key.order_number.clone(),
            id: c.key.id,
            post_ms: stats::ms(stats::micros(c.post)),
            all_delivered_ms: stats::ms(stats::micros(c.waited)),
            received,
            max_ms: max.map(stats::ms),
        });
    }
    let mut posts: Vec<u64> = created.iter().map(|c| stats::micros(c.post)).collect();
    let pairs_expected = (connect.connected * created.len()) as u64;
    let pairs_received = latencies.len() as u64;
    let missed = pairs_expected.saturating_sub(pairs_received);
    let drop_reasons = swarm::drop_reasons(&reports);
    let dropped = drop_reasons.values().sum::<u64>() as usize;
    let ok = connect.failed == 0
        && connect.connected > 0
        && order_errors.is_empty()
        && created.len() == args.orders
        && missed == 0
        && dropped == 0;
    Ok(FanoutReport {
        scenario: "fanout",
        base: args.target.base.clone(),
        ok,
        clients: args.clients,
        orders: args.orders,
        timeout_s: args.timeout.as_secs_f64(),
        orders_created: created.len(),
        order_errors,
        pairs_expected,
        pairs_received,
        missed,
        late,
        latency_ms: LatencySummary::from_micros(&mut latencies),
        post_ms: LatencySummary::from_micros(&mut posts),
        dropped,
        drop_reasons,
        per_order,
        connect,
        elapsed_s: stats::round3(start.elapsed().as_secs_f64()),
    })
}

impl FanoutReport {
    pub fn render(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        let c = &self.connect;
        out.push(format!(
            "fanout: {} clients, {} orders against {}",
            self.clients, self.orders, self.base
        ));
        out.push(format!(
            "  connect: {}/{} in {:.1} ms (per client {}), failures: {}",
            c.connected,
            c.attempted,
            c.all_ms,
            c.latency_ms.human(),
            stats::human_errors(&c.errors)
        ));
        out.push(format!(
            "  orders created: {}/{}, errors: {}",
            self.orders_created,
            self.orders,
            stats::human_errors(&self.order_errors)
        ));
        out.push(format!(
            "  delivery: {}/{} pairs, missed {} (late {}), {}",
            self.pairs_received,
            self.pairs_expected,
            self.missed,
            self.late,
            self.latency_ms.human()
        ));
        out.push(format!(
            "  POST /api/orders/ with {} clients connected: {}",
            self.connect.connected,
            self.post_ms.human()
        ));
        out.push(format!(
            "  dropped clients: {} ({})",
            self.dropped,
            stats::human_errors(&self.drop_reasons)
        ));
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}
