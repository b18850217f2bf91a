//! Several server processes on one database.
//!
//! `crossproc`: orders are created through `--base` at `--rate` per second for `--duration`
//! by `--clients` writers, while one WebSocket client listens on `--base` and one on `--base2`
//! (another process on the same database). Per order: the time from just before its POST
//! until each listener had it, and the difference (other process minus same process: what
//! crossing processes costs). With `--pid` (of the `--base2` process), the CPU of its
//! `event-tail` thread over `--duration` seconds of idleness afterwards.
//!
//! `takeover`: `--clients` WebSocket clients and 8 writers (one fresh connection per order,
//! `--rate` orders/s in all) run for `--duration` while someone runs `adakings serve
//! --takeover` (scripts/multiprocess.sh does it halfway). Clients closed with 1012 reconnect
//! at once with `since=` and `epoch=`, as the board does. Reports failed requests, missed
//! orders, the longest gap a client saw (close to first message on the new connection) and
//! the time from the first close until every socket was back.

use crate::api::{self, OrderKey};
use crate::args::Args;
use crate::http::HttpClient;
use crate::procfs;
use crate::stats::{self, ErrorCounts, LatencySummary};
use crate::target::Target;
use crate::ws::{self, Ws};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};
use tungstenite::Message;

/// Seen order numbers with the instant each arrived.
type Arrivals = Arc<Mutex<HashMap<String, Instant>>>;

#[derive(Debug, Serialize)]
pub struct CrossReport {
    pub scenario: &'static str,
    pub base: String,
    pub base2: String,
    pub ok: bool,
    pub rate_asked: f64,
    pub rate_done: f64,
    pub created: usize,
    pub errors: ErrorCounts,
    pub missed_same: usize,
    pub missed_other: usize,
    /// Just before the POST until the listener on the same process had the event.
    pub same_process_ms: LatencySummary,
    /// Just before the POST until the listener on the other process had it.
    pub other_process_ms: LatencySummary,
    /// Other process minus same process, per order (0 when the other was first).
    pub crossing_ms: LatencySummary,
    /// CPU of the other process's event-tail thread while idle, percent of one core.
    pub tail_idle_cpu_percent: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct TakeoverReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub clients: usize,
    pub requests_ok: usize,
    pub requests_failed: usize,
    pub errors: ErrorCounts,
    /// Clients closed by the server (with 1012 or otherwise) that came back.
    pub reconnected: usize,
    pub close_codes: ErrorCounts,
    /// Orders some client never received, summed over clients.
    pub missed: usize,
    /// Longest time from a close to the first message on the new connection.
    pub longest_gap_ms: f64,
    /// From the first close until the last client was back.
    pub all_back_ms: f64,
}

impl CrossReport {
    pub fn render(&self) -> String {
        format!(
            "crossproc {} -> {}: {} orders at {:.0}/s (asked {:.0}/s), errors {}\n  \
             same process  {}\n  other process {}\n  crossing      {}\n  missed: same {} other {}\n  \
             tail thread idle CPU: {}",
            self.base,
            self.base2,
            self.created,
            self.rate_done,
            self.rate_asked,
            stats::human_errors(&self.errors),
            self.same_process_ms.human(),
            self.other_process_ms.human(),
            self.crossing_ms.human(),
            self.missed_same,
            self.missed_other,
            self.tail_idle_cpu_percent
                .map_or("-".into(), |c| format!("{c:.3}%"))
        )
    }
}

impl TakeoverReport {
    pub fn render(&self) -> String {
        format!(
            "takeover {}: {} clients; requests ok {} failed {} ({}); reconnected {} (closes {}); \
             missed {}; longest gap {:.1} ms; all back {:.1} ms after the first close",
            self.base,
            self.clients,
            self.requests_ok,
            self.requests_failed,
            stats::human_errors(&self.errors),
            self.reconnected,
            stats::human_errors(&self.close_codes),
            self.missed,
            self.longest_gap_ms,
            self.all_back_ms
        )
    }
}

fn login(target: &Target, a: &Args) -> Result<(String, Vec<api::MenuItem>), String> {
    let mut http = HttpClient::new(target, a.timeout);
    let token = api::login(&mut http, &a.user, &a.password)?;
    let items = api::orderable_items(&mut http, &token)?;
    Ok((token, items))
}

/// Creates one order; its number.
fn create(http: &mut HttpClient, token: &str, body: &[u8]) -> Result<String, String> {
    match http.post_json("/api/orders/", Some(token), body) {
        Ok(r) if r.status == 201 => match api::parse_created(&r.body)? {
            OrderKey {
                order_number: Some(n),
                ..
            } => Ok(n),
            _ => Err("no_order_number".into()),
        },
        Ok(r) => Err(format!("http_{}", r.status)),
        Err(e) => Err(e.kind()),
    }
}

/// The order number of an event or `None`.
fn number_of(text: &str) -> Option<String> {
    ws::parse_event(text)?.order?.order_number
}

/// Listens on `ws` until `stop`, recording each order's first arrival.
fn listen(mut ws: Ws, stop: Arc<AtomicBool>, seen: Arrivals) {
    let _ = ws
        .get_mut()
        .set_read_timeout(Some(Duration::from_millis(100)));
    while !stop.load(Ordering::Acquire) {
        match ws.read() {
            Ok(Message::Text(t)) => {
                let now = Instant::now();
                if let Some(n) = number_of(t.as_str()) {
                    if let Ok(mut g) = seen.lock() {
                        g.entry(n).or_insert(now);
                    }
                }
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(_)) => {}
            Err(_) => return,
        }
    }
}

pub fn crossproc(a: &Args) -> Result<CrossReport, String> {
    let other = a
        .base2
        .clone()
        .ok_or("crossproc needs --base2 (the other process)")?;
    let (token, items) = login(&a.target, a)?;
    let stop = Arc::new(AtomicBool::new(false));
    let same: Arrivals = Arc::default();
    let far: Arrivals = Arc::default();
    let listeners = [(&a.target, &same), (&other, &far)].map(|(t, seen)| {
        let ws = ws::connect(t, &token, a.timeout);
        let (stop, seen) = (stop.clone(), seen.clone());
        ws.map(|ws| thread::spawn(move || listen(ws, stop, seen)))
    });
    let [l1, l2] = listeners;
    let (l1, l2) = (l1?, l2?);
    let writers = a.clients.max(1);
    let gap = Duration::from_secs_f64(writers as f64 / a.rate);
    let started = Instant::now();
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let (target, token, items, dur, timeout) = (
                a.target.clone(),
                token.clone(),
                items.clone(),
                a.duration,
                a.timeout,
            );
            thread::spawn(move || {
                let mut http = HttpClient::new(&target, timeout);
                let mut sent = Vec::new();
                let mut errors = ErrorCounts::new();
                let begin = Instant::now() + gap.mul_f64(w as f64 / writers as f64);
                let mut k = 0u32;
                loop {
                    let at = begin + gap * k;
                    if at > begin + dur {
                        break;
                    }
                    if let Some(wait) = at.checked_duration_since(Instant::now()) {
                        thread::sleep(wait);
                    }
                    let t0 = Instant::now();
                    match create(&mut http, &token, &api::order_body(&items, u64::from(k))) {
                        Ok(n) => sent.push((n, t0)),
                        Err(e) => stats::add_error(&mut errors, e),
                    }
                    k += 1;
                }
                (sent, errors)
            })
        })
        .collect();
    let mut sent = Vec::new();
    let mut errors = ErrorCounts::new();
    for h in handles {
        let (s, e) = h.join().map_err(|_| "a writer panicked")?;
        sent.extend(s);
        stats::merge_errors(&mut errors, e);
    }
    let elapsed = started.elapsed();
    let all = |m: &Arrivals| {
        m.lock()
            .map(|g| sent.iter().all(|(n, _)| g.contains_key(n)))
            .unwrap_or(false)
    };
    let deadline = Instant::now() + a.timeout;
    while Instant::now() < deadline && !(all(&same) && all(&far)) {
        thread::sleep(Duration::from_millis(20));
    }
    stop.store(true, Ordering::Release);
    let _ = (l1.join(), l2.join());
    let (same, far) = (
        same.lock().map_err(|_| "poisoned")?.clone(),
        far.lock().map_err(|_| "poisoned")?.clone(),
    );
    let (mut s_us, mut o_us, mut x_us) = (Vec::new(), Vec::new(), Vec::new());
    for (n, t0) in &sent {
        let s = same
            .get(n)
            .map(|t| stats::micros(t.saturating_duration_since(*t0)));
        let o = far
            .get(n)
            .map(|t| stats::micros(t.saturating_duration_since(*t0)));
        s_us.extend(s);
        o_us.extend(o);
        if let (Some(s), Some(o)) = (s, o) {
            x_us.push(o.saturating_sub(s));
        }
    }
    let missed_same = sent.len() - s_us.len();
    let missed_other = sent.len() - o_us.len();
    let tail_idle_cpu_percent = match a.pid {
        Some(pid) => Some(tail_cpu(pid, a.duration)?),
        None => None,
    };
    Ok(CrossReport {
        scenario: "crossproc",
        base: a.target.base.clone(),
        base2: other.base,
        ok: missed_same == 0 && missed_other == 0 && stats::total_errors(&errors) == 0,
        rate_asked: a.rate,
        rate_done: stats::round3(sent.len() as f64 / elapsed.as_secs_f64()),
        created: sent.len(),
        errors,
        missed_same,
        missed_other,
        same_process_ms: LatencySummary::from_micros(&mut s_us),
        other_process_ms: LatencySummary::from_micros(&mut o_us),
        crossing_ms: LatencySummary::from_micros(&mut x_us),
        tail_idle_cpu_percent,
    })
}

/// CPU of `pid`'s `event-tail` thread over `window` (nothing else should be running).
fn tail_cpu(pid: i32, window: Duration) -> Result<f64, String> {
    let dir = format!("/proc/{pid}/task");
    let tid = std::fs::read_dir(&dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .flatten()
        .find(|t| {
            std::fs::read_to_string(t.path().join("comm")).is_ok_and(|c| c.trim() == "event-tail")
        })
        .ok_or("no event-tail thread in the --pid process")?
        .path();
    let ticks = || {
        std::fs::read_to_string(tid.join("stat"))
            .ok()
            .and_then(|s| procfs::parse_stat_ticks(&s))
            .ok_or("cannot read the tail thread's stat")
    };
    let before = ticks()?;
    let t0 = Instant::now();
    thread::sleep(window);
    let used = ticks()? - before;
    Ok(stats::round3(procfs::cpu_percent(
        used,
        procfs::clock_ticks_per_sec(),
        t0.elapsed(),
    )))
}

/// One feed client of the takeover run.
#[derive(Default)]
struct Client {
    seen: HashSet<String>,
    last: i64,
    epoch: String,
    closes: Vec<u16>,
    /// (closed at, back at).
    gaps: Vec<(Instant, Instant)>,
}

fn feed_client(target: Target, token: String, stop: Arc<AtomicBool>) -> Result<Client, String> {
    let mut c = Client::default();
    // Not `ws::connect`: it consumes the first `data_update`, and orders the writers made
    // while this client was connecting are only in that snapshot (the loop below reads it).
    let deadline = Instant::now() + Duration::from_secs(30);
    let stream = crate::http::connect(&target, deadline).map_err(|e| e.kind())?;
    let mut ws = ws::handshake(&target, &token, stream, deadline)?;
    let mut closed_at: Option<Instant> = None;
    loop {
        let _ = ws
            .get_mut()
            .set_read_timeout(Some(Duration::from_millis(200)));
        match ws.read() {
            Ok(Message::Text(t)) => {
                let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap_or_default();
                if let Some(at) = closed_at.take() {
                    c.gaps.push((at, Instant::now()));
                }
                if let Some(id) = v["event_id"].as_i64().or(v["last_event_id"].as_i64()) {
                    c.last = c.last.max(id);
                }
                if let Some(e) = v["epoch"].as_str() {
                    c.epoch = e.to_string();
                }
                if let Some(n) = v["item"]["order_number"].as_str() {
                    c.seen.insert(n.to_string());
                }
                for o in v["data"].as_array().into_iter().flatten() {
                    if let Some(n) = o["order_number"].as_str() {
                        c.seen.insert(n.to_string());
                    }
                }
            }
            Ok(Message::Close(f)) => {
                c.closes.push(f.map_or(0, |f| u16::from(f.code)));
                closed_at = Some(Instant::now());
                ws = reconnect(&target, &token, &c)?;
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                if stop.load(Ordering::Acquire) {
                    return Ok(c);
                }
            }
            Err(_) => {
                c.closes.push(0);
                closed_at = Some(Instant::now());
                ws = reconnect(&target, &token, &c)?;
            }
        }
    }
}

fn reconnect(target: &Target, token: &str, c: &Client) -> Result<Ws, String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    let path = format!("{}&since={}&epoch={}", ws::ws_path(token), c.last, c.epoch);
    loop {
        let attempt = crate::http::connect(target, deadline)
            .map_err(|e| e.kind())
            .and_then(|s| {
                let url = target.ws_url(&path);
                tungstenite::client::client_with_config(url, ws::Stream::new(s), Some(ws::config()))
                    .map(|(ws, _)| ws)
                    .map_err(|_| "handshake".to_string())
            });
        match attempt {
            Ok(ws) => return Ok(ws),
            Err(e) if Instant::now() > deadline => return Err(format!("reconnect: {e}")),
            Err(_) => thread::sleep(Duration::from_millis(20)),
        }
    }
}

pub fn takeover(a: &Args) -> Result<TakeoverReport, String> {
    let (token, items) = login(&a.target, a)?;
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..a.clients)
        .map(|_| {
            let (t, tok, s) = (a.target.clone(), token.clone(), stop.clone());
            thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || feed_client(t, tok, s))
        })
        .collect::<Result<_, _>>()
        .map_err(|e| format!("cannot start client threads: {e}"))?;
    const WRITERS: usize = 8;
    let gap = Duration::from_secs_f64(WRITERS as f64 / a.rate);
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (target, token, items, dur, timeout) = (
                a.target.clone(),
                token.clone(),
                items.clone(),
                a.duration,
                a.timeout,
            );
            thread::spawn(move || {
                // A fresh connection per order: an idle keep-alive connection closed by the
                // old process is the client's ordinary retry case, not what is measured.
                let mut http = HttpClient::one_shot(&target, timeout);
                let (mut made, mut errors) = (Vec::new(), ErrorCounts::new());
                let end = Instant::now() + dur;
                let mut k = w as u64;
                while Instant::now() < end {
                    match create(&mut http, &token, &api::order_body(&items, k)) {
                        Ok(n) => made.push(n),
                        Err(e) => stats::add_error(&mut errors, e),
                    }
                    k += WRITERS as u64;
                    thread::sleep(gap);
                }
                (made, errors)
            })
        })
        .collect();
    let mut made = HashSet::new();
    let mut errors = ErrorCounts::new();
    for h in writers {
        let (m, e) = h.join().map_err(|_| "a writer panicked")?;
        made.extend(m);
        stats::merge_errors(&mut errors, e);
    }
    // Every event committed: give the clients time to receive the last ones, then stop.
    thread::sleep(a.timeout.min(Duration::from_secs(3)));
    stop.store(true, Ordering::Release);
    let mut report = TakeoverReport {
        scenario: "takeover",
        base: a.target.base.clone(),
        ok: false,
        clients: a.clients,
        requests_ok: made.len(),
        requests_failed: stats::total_errors(&errors) as usize,
        errors,
        reconnected: 0,
        close_codes: ErrorCounts::new(),
        missed: 0,
        longest_gap_ms: 0.0,
        all_back_ms: 0.0,
    };
    let (mut first_close, mut last_back) = (None::<Instant>, None::<Instant>);
    let mut failed_clients = 0;
    for h in clients {
        match h.join().map_err(|_| "a client panicked")? {
            Ok(c) => {
                report.missed += made.difference(&c.seen).count();
                for code in &c.closes {
                    stats::add_error(&mut report.close_codes, code.to_string());
                }
                report.reconnected += c.gaps.len();
                for (closed, back) in c.gaps {
                    let g = back - closed;
                    report.longest_gap_ms = report.longest_gap_ms.max(g.as_secs_f64() * 1e3);
                    first_close = Some(first_close.map_or(closed, |f| f.min(closed)));
                    last_back = Some(last_back.map_or(back, |l| l.max(back)));
                }
            }
            Err(_) => failed_clients += 1,
        }
    }
    if let (Some(f), Some(l)) = (first_close, last_back) {
        report.all_back_ms = stats::round3((l - f).as_secs_f64() * 1e3);
    }
    report.longest_gap_ms = stats::round3(report.longest_gap_ms);
    report.ok = report.requests_failed == 0 && report.missed == 0 && failed_clients == 0;
    Ok(report)
}
