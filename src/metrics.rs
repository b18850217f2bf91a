//! Process metrics kept in atomics (no lock on any hot path) and rendered in the Prometheus
//! text format at `GET /metrics`.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};

use crate::http::disconnect::DisconnectKind;
use crate::realtime::close::End;

/// Methods counted by name; everything else is `OTHER`.
const METHODS: [&str; 8] = [
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "OTHER",
];
/// Upper bounds (seconds) of the request duration histogram.
const BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Default)]
pub struct Metrics {
    pub http_open: AtomicI64,
    pub ws_open: AtomicI64,
    /// Requests between their last byte read and their response written (graceful shutdown
    /// waits for these; tests use it to know a request has reached its handler).
    pub in_flight: AtomicI64,
    pub accepted: AtomicU64,
    pub rejected_over_cap: AtomicU64,
    pub accept_errors: AtomicU64,
    pub handler_panics: AtomicU64,
    pub events_published: AtomicU64,
    pub ws_messages_sent: AtomicU64,
    /// Events the publisher wrote into an idle socket itself, without waking its thread.
    pub ws_direct_writes: AtomicU64,
    /// `data_update` snapshots serialized, and sent (a snapshot is shared by every client
    /// connecting at the same event id).
    pub ws_snapshots_built: AtomicU64,
    pub ws_snapshots_sent: AtomicU64,
    /// Times a client's queue overflowed and it was caught up from the events log.
    pub ws_overflows: AtomicU64,
    requests: [[AtomicU64; 5]; METHODS.len()],
    /// Per [`DisconnectKind::ALL`]: `adakings_client_disconnects_total{kind}`.
    disconnects: [AtomicU64; DisconnectKind::ALL.len()],
    /// Per [`End::ALL`]: `adakings_ws_closed_total{reason}`.
    ws_closed: [AtomicU64; End::ALL.len()],
    duration_buckets: [AtomicU64; BUCKETS.len()],
    duration_count: AtomicU64,
    duration_sum_us: AtomicU64,
}

impl Metrics {
    pub fn new() -> Metrics {
        Metrics::default()
    }

    /// Counts one answered request and its duration.
    pub fn observe_request(&self, method: &str, status: u16, micros: u64) {
        let m = METHODS
            .iter()
            .position(|x| *x == method)
            .unwrap_or(METHODS.len() - 1);
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        self.requests[m][class].fetch_add(1, Relaxed);
        let secs = micros as f64 / 1e6;
        for (i, le) in BUCKETS.iter().enumerate() {
            if secs <= *le {
                self.duration_buckets[i].fetch_add(1, Relaxed);
            }
        }
        self.duration_count.fetch_add(1, Relaxed);
        self.duration_sum_us.fetch_add(micros, Relaxed);
    }

    /// Counts an HTTP client that went away.
    pub fn client_disconnected(&self, kind: DisconnectKind) {
        self.disconnects[kind.index()].fetch_add(1, Relaxed);
    }

    /// Counts an ended WebSocket.
    pub fn ws_closed(&self, end: End) {
        self.ws_closed[end.index()].fetch_add(1, Relaxed);
    }

    /// Renders every metric; `pool_in_use` and `pool_idle` come from the DB pool's state.
    pub fn render(&self, pool_in_use: u32, pool_idle: u32) -> String {
        let mut o = String::with_capacity(4096);
        gauge(
            &mut o,
            "adakings_open_connections",
            "Open client sockets by kind.",
            &[
                ("kind=\"http\"", self.http_open.load(Relaxed) as f64),
                ("kind=\"websocket\"", self.ws_open.load(Relaxed) as f64),
            ],
        );
        gauge_plain(
            &mut o,
            "adakings_http_requests_in_flight",
            "Requests being handled or written right now.",
            self.in_flight.load(Relaxed) as f64,
        );
        counter(
            &mut o,
            "adakings_accepted_connections_total",
            "Connections accepted.",
            &[("", self.accepted.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_rejected_connections_total",
            "Connections refused with 503 because MAX_CONNECTIONS were open.",
            &[("", self.rejected_over_cap.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_accept_errors_total",
            "accept() failures survived (EMFILE, ECONNABORTED, ...).",
            &[("", self.accept_errors.load(Relaxed))],
        );
        let mut rows = Vec::new();
        for (mi, m) in METHODS.iter().enumerate() {
            for c in 0..5 {
                let v = self.requests[mi][c].load(Relaxed);
                if v > 0 {
                    rows.push((format!("method=\"{m}\",status=\"{}xx\"", c + 1), v));
                }
            }
        }
        let rows_ref: Vec<(&str, u64)> = rows.iter().map(|(l, v)| (l.as_str(), *v)).collect();
        counter(
            &mut o,
            "adakings_http_requests_total",
            "HTTP requests answered, by method and status class.",
            &rows_ref,
        );
        let kinds: Vec<(String, u64)> = DisconnectKind::ALL
            .iter()
            .map(|k| {
                let v = self.disconnects[k.index()].load(Relaxed);
                (format!("kind=\"{}\"", k.as_str()), v)
            })
            .collect();
        let kinds_ref: Vec<(&str, u64)> = kinds.iter().map(|(l, v)| (l.as_str(), *v)).collect();
        counter(
            &mut o,
            "adakings_client_disconnects_total",
            "HTTP clients that went away before their response was delivered, by kind.",
            &kinds_ref,
        );
        let reasons: Vec<(String, u64)> = End::ALL
            .iter()
            .map(|e| {
                let v = self.ws_closed[e.index()].load(Relaxed);
                (format!("reason=\"{}\"", e.label()), v)
            })
            .collect();
        let reasons_ref: Vec<(&str, u64)> = reasons.iter().map(|(l, v)| (l.as_str(), *v)).collect();
        counter(
            &mut o,
            "adakings_ws_closed_total",
            "WebSocket connections ended, by reason.",
            &reasons_ref,
        );
        counter(
            &mut o,
            "adakings_handler_panics_total",
            "Handler panics turned into 500 responses.",
            &[("", self.handler_panics.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_events_published_total",
            "Order events fanned out to WebSocket clients.",
            &[("", self.events_published.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_ws_messages_sent_total",
            "WebSocket messages written to clients.",
            &[("", self.ws_messages_sent.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_ws_direct_writes_total",
            "Events written into an idle WebSocket by the publisher, without waking its thread.",
            &[("", self.ws_direct_writes.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_ws_snapshots_built_total",
            "data_update snapshots serialized (one per event id, shared by every client).",
            &[("", self.ws_snapshots_built.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_ws_snapshots_sent_total",
            "data_update snapshots sent to WebSocket clients.",
            &[("", self.ws_snapshots_sent.load(Relaxed))],
        );
        counter(
            &mut o,
            "adakings_ws_overflows_total",
            "Client queues that overflowed and were caught up from the events log.",
            &[("", self.ws_overflows.load(Relaxed))],
        );
        gauge(
            &mut o,
            "adakings_db_pool_connections",
            "SQLite pool connections by state.",
            &[
                ("state=\"in_use\"", f64::from(pool_in_use)),
                ("state=\"idle\"", f64::from(pool_idle)),
            ],
        );
        let name = "adakings_http_request_duration_seconds";
        let _ = writeln!(
            o,
            "# HELP {name} Time from a request's last byte to its response written."
        );
        let _ = writeln!(o, "# TYPE {name} histogram");
        for (i, le) in BUCKETS.iter().enumerate() {
            let v = self.duration_buckets[i].load(Relaxed);
            let _ = writeln!(o, "{name}_bucket{{le=\"{le}\"}} {v}");
        }
        let count = self.duration_count.load(Relaxed);
        let _ = writeln!(o, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let sum = self.duration_sum_us.load(Relaxed) as f64 / 1e6;
        let _ = writeln!(o, "{name}_sum {sum}");
        let _ = writeln!(o, "{name}_count {count}");
        o
    }
}

fn counter(o: &mut String, name: &str, help: &str, rows: &[(&str, u64)]) {
    let _ = writeln!(o, "# HELP {name} {help}");
    let _ = writeln!(o, "# TYPE {name} counter");
    for (labels, v) in rows {
        if labels.is_empty() {
            let _ = writeln!(o, "{name} {v}");
        } else {
            let _ = writeln!(o, "{name}{{{labels}}} {v}");
        }
    }
}

fn gauge_plain(o: &mut String, name: &str, help: &str, v: f64) {
    let _ = writeln!(o, "# HELP {name} {help}");
    let _ = writeln!(o, "# TYPE {name} gauge");
    let _ = writeln!(o, "{name} {v}");
}

fn gauge(o: &mut String, name: &str, help: &str, rows: &[(&str, f64)]) {
    let _ = writeln!(o, "# HELP {name} {help}");
    let _ = writeln!(o, "# TYPE {name} gauge");
    for (labels, v) in rows {
        let _ = writeln!(o, "{name}{{{labels}}} {v}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ws_end_is_counted_under_its_own_label() {
        let m = Metrics::new();
        for e in End::ALL {
            m.ws_closed(e);
        }
        let text = m.render(0, 0);
        for e in End::ALL {
            let line = format!("adakings_ws_closed_total{{reason=\"{}\"}} 1\n", e.label());
            assert!(text.contains(&line), "missing {line:?}");
        }
    }

    #[test]
    fn every_disconnect_kind_is_counted_under_its_own_label() {
        let m = Metrics::new();
        for k in DisconnectKind::ALL {
            m.client_disconnected(k);
        }
        let text = m.render(0, 0);
        for k in DisconnectKind::ALL {
            let line = format!("adakings_client_disconnects_total{{kind=\"{k}\"}} 1\n");
            assert!(text.contains(&line), "missing {line:?}");
        }
    }
}
