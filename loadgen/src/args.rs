//! Command line: `loadgen <scenario> [options]`, parsed by hand (no CLI crate in the build).
//!
//! Every option has a default and a bound: the tool must stop by itself, so a count or a
//! duration outside its range is a usage error (exit 2), not something to attempt.

use crate::chaos::ChaosKind;
use crate::target::Target;
use std::time::Duration;

pub const USAGE: &str = "\
loadgen: load generator for the Adakings server (loopback targets only)

USAGE:
    loadgen <SCENARIO> [OPTIONS]

SCENARIOS:
    orders   C keep-alive clients create orders for D seconds
    list     GET /api/orders/?page_size=50, then GET /api/menu/items/, D seconds each
    fanout   N WebSocket clients connect, K orders are created one at a time; time from
             just before each POST until each client has its item_created, and the
             POST's own latency while the N clients are connected
    idle     N WebSocket clients stay connected for D seconds; server CPU, RSS, threads
             (requires --pid)
    chaos    storms of abrupt clients of each kind; the server must keep answering and
             (with --pid) return to its thread and fd baseline
    poll     C screens poll as the original web frontend does (orders every 2 s, the
             dashboard's orders + transactions every 0.5 s), D seconds without and D seconds
             with If-None-Match; bytes per minute, p99, server CPU (with --pid); with
             --asset, then C clients fetch that static file for D seconds
    storm    a busy day and a reconnect storm, by --phase: fill (today gets --fill
             orders, most cancelled), connect (--clients connect at once, then --orders
             are fanned out; with --pid: peak RSS and the return to the pre-storm RSS),
             resume (--clients reconnect with ?since= --orders events back; all must
             resume by replay). scripts/storm.sh runs the phases around restarts.
    crossproc  --clients writers create --rate orders/s through --base for D seconds; one
             WebSocket client on --base and one on --base2 (another process on the same
             database); time until each had every order; with --pid (of --base2): CPU of
             its event-tail thread over D idle seconds afterwards
    takeover N WebSocket clients and 8 writers (--rate orders/s, a fresh connection each)
             for D seconds while `adakings serve --takeover` runs (scripts/multiprocess.sh);
             failed requests, missed orders, longest gap, time until every socket is back

OPTIONS:
    --base URL          server to target, loopback only [default: http://127.0.0.1:8000]
    --base2 URL         crossproc: the other server process, loopback only
    --rate R            crossproc, takeover: orders per second in all [default: 100]
    --user NAME         login [default: counter]
    --password PW       password [default: adakings-demo, as given to
                        `adakings seed-demo --password adakings-demo`]
    --clients N         concurrent clients (orders, list), WebSocket clients (fanout,
                        idle) or clients per storm (chaos) [default: 16]
    --duration SECS     run time (orders, list per endpoint, idle) [default: 10]
    --orders K          orders to create (fanout) [default: 20]
    --timeout SECS      per-request and per-connect timeout; fanout waits this long per
                        order for every client [default: 10]
    --pid PID           server process to sample in /proc (idle: required; chaos: optional)
    --batch N           connections opened concurrently (fanout, idle, chaos) [default: 200]
    --slowloris SECS    how long each slowloris client dribbles its request [default: 2]
    --settle SECS       chaos: how long threads/fds may take to return to baseline
                        [default: 5]
    --slack N           chaos: threads/fds allowed above baseline [default: 8]
    --kinds LIST        chaos: comma-separated subset of tcp_reset, fin_no_close,
                        mid_handshake, mid_frame, http_reset, slowloris [default: all]
    --max-requests N    stop orders/list after N requests per endpoint [default: 1000000]
    --fill N            poll: first create orders until at least N exist [default: 0];
                        storm fill: orders to create today [default: 15000]
    --asset PATH        poll: a static file of FRONTEND_DIR to measure requests/s for
    --revalidating-only poll: skip the phase without If-None-Match
    --phase NAME        storm: fill, connect or resume [default: connect]
    --json              print one JSON object instead of the human summary
    -h, --help          print this help

Durations take seconds (`10`, `1.5`, `10s`) or `500ms` / `2m`.
Exit status: 0 run completed cleanly, 1 a check failed or an error / missed pair occurred,
2 bad arguments.
";

/// Which test to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    Orders,
    List,
    Fanout,
    Idle,
    Chaos,
    Poll,
    Storm,
    Crossproc,
    Takeover,
}

/// Which part of the `storm` scenario to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Fill,
    Connect,
    Resume,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::Fill => "fill",
            Phase::Connect => "connect",
            Phase::Resume => "resume",
        }
    }
}

impl Scenario {
    pub fn name(self) -> &'static str {
        match self {
            Scenario::Orders => "orders",
            Scenario::List => "list",
            Scenario::Fanout => "fanout",
            Scenario::Idle => "idle",
            Scenario::Chaos => "chaos",
            Scenario::Poll => "poll",
            Scenario::Storm => "storm",
            Scenario::Crossproc => "crossproc",
            Scenario::Takeover => "takeover",
        }
    }

    fn from_name(s: &str) -> Option<Scenario> {
        Some(match s {
            "orders" => Scenario::Orders,
            "list" => Scenario::List,
            "fanout" => Scenario::Fanout,
            "idle" => Scenario::Idle,
            "chaos" => Scenario::Chaos,
            "poll" => Scenario::Poll,
            "storm" => Scenario::Storm,
            "crossproc" => Scenario::Crossproc,
            "takeover" => Scenario::Takeover,
            _ => return None,
        })
    }
}

/// Everything a run needs, validated.
#[derive(Debug, Clone)]
pub struct Args {
    pub scenario: Scenario,
    pub target: Target,
    pub user: String,
    pub password: String,
    pub clients: usize,
    pub duration: Duration,
    pub orders: usize,
    pub timeout: Duration,
    pub pid: Option<i32>,
    pub batch: usize,
    pub slowloris: Duration,
    pub settle: Duration,
    pub slack: u64,
    pub kinds: Vec<ChaosKind>,
    pub max_requests: u64,
    pub phase: Phase,
    /// `--fill`: orders to create first (poll: until at least N exist; storm fill: today's).
    pub fill: Option<usize>,
    pub json: bool,
    pub asset: Option<String>,
    pub revalidating_only: bool,
    /// `--base2`: the other process (crossproc).
    pub base2: Option<Target>,
    /// `--rate`: orders per second (crossproc, takeover).
    pub rate: f64,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Parsed {
    Run(Box<Args>),
    Help,
}

const MAX_CLIENTS: usize = 50_000;
const MAX_ORDERS: usize = 10_000;
const MAX_BATCH: usize = 5_000;
const MAX_FILL: usize = 200_000;

/// Parses the arguments after the program name.
pub fn parse(argv: &[String]) -> Result<Parsed, String> {
    if argv.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(Parsed::Help);
    }
    let mut scenario = None;
    let mut base = "http://127.0.0.1:8000".to_string();
    let mut user = "counter".to_string();
    let mut password = "adakings-demo".to_string();
    let mut clients = 16usize;
    let mut duration = Duration::from_secs(10);
    let mut orders = 20usize;
    let mut timeout = Duration::from_secs(10);
    let mut pid = None;
    let mut batch = 200usize;
    let mut slowloris = Duration::from_secs(2);
    let mut settle = Duration::from_secs(5);
    let mut slack = 8u64;
    let mut kinds = ChaosKind::ALL.to_vec();
    let mut max_requests = 1_000_000u64;
    let mut phase = Phase::Connect;
    let mut fill = None;
    let mut json = false;
    let mut asset = None;
    let mut revalidating_only = false;
    let mut base2 = None;
    let mut rate = 100.0f64;

    let mut i = 0;
    while i < argv.len() {
        let arg = &argv[i];
        i += 1;
        if !arg.starts_with("--") {
            if scenario.is_some() {
                return Err(format!("unexpected argument {arg:?}"));
            }
            scenario = Some(Scenario::from_name(arg).ok_or_else(|| {
                format!("unknown scenario {arg:?} (orders, list, fanout, idle, chaos, poll, storm, crossproc, takeover)")
            })?);
            continue;
        }
        // Both `--flag value` and `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        if flag == "--json" || flag == "--revalidating-only" {
            if inline.is_some() {
                return Err(format!("{flag} takes no value"));
            }
            if flag == "--json" {
                json = true;
            } else {
                revalidating_only = true;
            }
            continue;
        }
        let value = match inline {
            Some(v) => v,
            None => {
                let v = argv
                    .get(i)
                    .ok_or_else(|| format!("{flag} needs a value"))?
                    .clone();
                i += 1;
                v
            }
        };
        match flag {
            "--base" => base = value,
            "--base2" => base2 = Some(Target::parse(&value)?),
            "--rate" => {
                rate = value
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|r| (0.1..=10_000.0).contains(r))
                    .ok_or_else(|| {
                        format!("--rate: expected 0.1 to 10000 orders/s, got {value:?}")
                    })?
            }
            "--user" => user = value,
            "--password" => password = value,
            "--clients" => clients = parse_count(flag, &value, 1, MAX_CLIENTS)?,
            "--duration" => duration = parse_duration(flag, &value, 3600.0)?,
            "--orders" => orders = parse_count(flag, &value, 1, MAX_ORDERS)?,
            "--timeout" => timeout = parse_duration(flag, &value, 600.0)?,
            "--pid" => {
                let p = parse_count(flag, &value, 1, i32::MAX as usize)?;
                pid = Some(i32::try_from(p).map_err(|_| format!("{flag}: bad pid {value:?}"))?);
            }
            "--batch" => batch = parse_count(flag, &value, 1, MAX_BATCH)?,
            "--slowloris" => slowloris = parse_duration(flag, &value, 60.0)?,
            "--settle" => settle = parse_duration(flag, &value, 120.0)?,
            "--slack" => slack = parse_count(flag, &value, 0, 100_000)? as u64,
            "--kinds" => kinds = parse_kinds(&value)?,
            "--max-requests" => max_requests = parse_count(flag, &value, 1, usize::MAX)? as u64,
            "--asset" if value.starts_with('/') => asset = Some(value),
            "--asset" => {
                return Err(format!(
                    "--asset: expected a path such as /index.html, got {value:?}"
                ))
            }
            "--phase" => {
                phase = match value.as_str() {
                    "fill" => Phase::Fill,
                    "connect" => Phase::Connect,
                    "resume" => Phase::Resume,
                    _ => {
                        return Err(format!(
                            "--phase: expected fill, connect or resume, got {value:?}"
                        ))
                    }
                }
            }
            "--fill" => fill = Some(parse_count(flag, &value, 0, MAX_FILL)?),
            _ => return Err(format!("unknown option {flag}")),
        }
    }

    let scenario = scenario.ok_or(
        "missing scenario (orders, list, fanout, idle, chaos, poll, storm, crossproc, takeover)",
    )?;
    if scenario == Scenario::Idle && pid.is_none() {
        return Err("the idle scenario needs --pid PID of the server".to_string());
    }
    if user.is_empty() {
        return Err("--user must not be empty".to_string());
    }
    let target = Target::parse(&base)?;
    Ok(Parsed::Run(Box::new(Args {
        scenario,
        target,
        user,
        password,
        clients,
        duration,
        orders,
        timeout,
        pid,
        batch,
        slowloris,
        settle,
        slack,
        kinds,
        max_requests,
        phase,
        fill,
        json,
        asset,
        revalidating_only,
        base2,
        rate,
    })))
}

fn parse_count(flag: &str, value: &str, min: usize, max: usize) -> Result<usize, String> {
    let n: usize = value
        .trim()
        .parse()
        .map_err(|_| format!("{flag}: expected a whole number, got {value:?}"))?;
    if n < min || n > max {
        return Err(format!("{flag}: {n} is out of range {min}..={max}"));
    }
    Ok(n)
}

/// Parses `10`, `1.5`, `10s`, `500ms`, `2m` into a positive duration of at most `max_secs`.
pub fn parse_duration(flag: &str, value: &str, max_secs: f64) -> Result<Duration, String> {
    let v = value.trim();
    let (number, scale) = if let Some(n) = v.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = v.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = v.strip_suffix('m') {
        (n, 60.0)
    } else {
        (v, 1.0)
    };
    let x: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("{flag}: expected seconds (e.g. 10, 1.5, 500ms), got {value:?}"))?;
    let secs = x * scale;
    if !secs.is_finite() || secs <= 0.0 {
        return Err(format!("{flag}: must be more than zero, got {value:?}"));
    }
    if secs > max_secs {
        return Err(format!("{flag}: at most {max_secs} s, got {value:?}"));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn parse_kinds(value: &str) -> Result<Vec<ChaosKind>, String> {
    let mut kinds = Vec::new();
    for name in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let kind = ChaosKind::from_name(name).ok_or_else(|| {
            let all: Vec<&str> = ChaosKind::ALL.iter().map(|k| k.name()).collect();
            format!("--kinds: unknown kind {name:?} (one of {})", all.join(", "))
        })?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() {
        return Err("--kinds: give at least one kind".to_string());
    }
    Ok(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn run(s: &str) -> Args {
        match parse(&argv(s)) {
            Ok(Parsed::Run(a)) => *a,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn defaults() {
        let a = run("orders");
        assert_eq!(a.scenario, Scenario::Orders);
        assert_eq!(a.target.base, "http://127.0.0.1:8000");
        assert_eq!(a.user, "counter");
        assert_eq!(a.password, "adakings-demo");
        assert_eq!(a.clients, 16);
        assert_eq!(a.duration, Duration::from_secs(10));
        assert_eq!(a.orders, 20);
        assert_eq!(a.timeout, Duration::from_secs(10));
        assert_eq!(a.pid, None);
        assert_eq!(a.batch, 200);
        assert_eq!(a.slowloris, Duration::from_secs(2));
        assert_eq!(a.kinds.len(), 6);
        assert!(!a.json);
    }

    #[test]
    fn options_in_both_forms() {
        let a = run(
            "--json fanout --base=http://127.0.0.1:4321 --clients 5000 --orders=3 --timeout 2.5 \
             --user manager --password x --batch 50",
        );
        assert_eq!(a.scenario, Scenario::Fanout);
        assert_eq!(a.target.addr.port(), 4321);
        assert_eq!(a.clients, 5000);
        assert_eq!(a.orders, 3);
        assert_eq!(a.timeout, Duration::from_millis(2500));
        assert_eq!(a.user, "manager");
        assert_eq!(a.password, "x");
        assert_eq!(a.batch, 50);
        assert!(a.json);

        let a = run("chaos --kinds tcp_reset,slowloris,tcp_reset --slowloris 500ms --pid 42");
        assert_eq!(a.kinds, vec![ChaosKind::TcpReset, ChaosKind::Slowloris]);
        assert_eq!(a.slowloris, Duration::from_millis(500));
        assert_eq!(a.pid, Some(42));
    }

    #[test]
    fn help_wins() {
        assert!(matches!(parse(&argv("orders --help")), Ok(Parsed::Help)));
        assert!(matches!(parse(&argv("-h")), Ok(Parsed::Help)));
    }

    #[test]
    fn bad_arguments() {
        for bad in [
            "",
            "bogus",
            "orders list",
            "orders --clients",
            "orders --clients 0",
            "orders --clients -3",
            "orders --clients 999999",
            "orders --duration 0",
            "orders --duration abc",
            "orders --duration 7200",
            "orders --orders 0",
            "orders --frobnicate 1",
            "orders --json=1",
            "idle --clients 10",
            "chaos --kinds nope",
            "chaos --kinds ,",
            "orders --base http://8.8.8.8:80",
            "orders --pid 0",
            "orders --user=",
        ] {
            assert!(parse(&argv(bad)).is_err(), "{bad:?} should be rejected");
        }
        assert!(parse(&["orders".to_string(), "--user=".to_string()]).is_err());
    }

    #[test]
    fn poll_options() {
        let a = run("poll --clients 100 --fill 50000 --asset /index.html --revalidating-only");
        assert_eq!(a.scenario, Scenario::Poll);
        assert_eq!(a.fill, Some(50_000));
        assert_eq!(a.asset.as_deref(), Some("/index.html"));
        assert!(a.revalidating_only);
        assert!(parse(&argv("poll --asset index.html")).is_err());
        assert!(parse(&argv("poll --fill 2000000")).is_err());
        assert!(parse(&argv("poll --revalidating-only=1")).is_err());
    }

    #[test]
    fn idle_with_pid_is_fine() {
        let a = run("idle --pid 123 --duration 60 --clients 1000");
        assert_eq!(a.pid, Some(123));
        assert_eq!(a.duration, Duration::from_secs(60));
    }

    #[test]
    fn durations() {
        let d = |s| parse_duration("--x", s, 3600.0);
        assert_eq!(d("10"), Ok(Duration::from_secs(10)));
        assert_eq!(d("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(d("1.5"), Ok(Duration::from_millis(1500)));
        assert_eq!(d("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(d("2m"), Ok(Duration::from_secs(120)));
        assert!(d("-1").is_err());
        assert!(d("0ms").is_err());
        assert!(d("inf").is_err());
        assert!(d("NaN").is_err());
        assert!(d("61m").is_err());
        assert!(d("").is_err());
    }
}
