//! `loadgen`: load and resilience tests for a running Adakings server.
//!
//! It starts nothing itself: it targets `--base http://127.0.0.1:PORT` (loopback only), logs
//! in, runs one scenario, and prints a human summary or one JSON object (`--json`). Every
//! scenario is bounded in count and time. Exit status: 0 clean run, 1 a check failed or any
//! error / missed pair occurred, 2 bad arguments. See `loadgen --help` and
//! `scripts/bench.sh`, which runs all scenarios and writes docs/BENCHMARKS.md.
//!
//! Map: `args` (CLI), `target` (the loopback-only base URL), `http` (a small keep-alive
//! HTTP/1.1 client), `ws` (WebSocket connect and message envelopes), `swarm` (many WebSocket
//! clients on a few epoll threads), `procfs` (server CPU/RSS/threads/fds), `stats`
//! (percentiles), and one module per scenario: `load` (orders, list), `fanout`, `idle`,
//! `chaos`, `poll`, `storm`, and `multi` (crossproc, takeover: several server processes).

mod api;
mod args;
mod chaos;
mod fanout;
mod http;
mod idle;
mod load;
mod multi;
mod poll;
mod procfs;
mod stats;
mod storm;
mod swarm;
mod target;
mod ws;

#[cfg(test)]
mod mock;

use args::{Args, Parsed, Scenario};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&argv) {
        Ok(Parsed::Help) => {
            print_out(args::USAGE.trim_end());
            ExitCode::SUCCESS
        }
        Ok(Parsed::Run(a)) => ExitCode::from(run(&a)),
        Err(msg) => {
            eprintln!("loadgen: {msg}\nRun `loadgen --help` for usage.");
            ExitCode::from(2)
        }
    }
}

/// Runs the scenario and prints its report; returns the exit status.
fn run(a: &Args) -> u8 {
    let nofile = raise_nofile_limit();
    if let Some(pid) = a.pid {
        if !procfs::exists(pid) {
            eprintln!("loadgen: --pid {pid}: no such process");
            return 2;
        }
    }
    // Sockets held at once: WebSocket clients (fanout, idle), a batch of chaos clients, or
    // the HTTP clients, plus a margin for stdio, epoll and the checks.
    let needed = match a.scenario {
        Scenario::Fanout | Scenario::Idle | Scenario::Storm => a.clients,
        Scenario::Chaos => a.batch.min(a.clients),
        Scenario::Orders | Scenario::List | Scenario::Poll => a.clients,
        Scenario::Crossproc | Scenario::Takeover => a.clients + 8,
    } as u64
        + 64;
    if let Some(limit) = nofile {
        if needed > limit {
            eprintln!(
                "loadgen: {} needs about {needed} open files but the limit is {limit}; \
                 lower --clients/--batch or raise the hard limit (ulimit -Hn)",
                a.scenario.name()
            );
            return 2;
        }
    }
    match a.scenario {
        Scenario::Orders => emit(a, load::orders(a)),
        Scenario::List => emit(a, load::list(a)),
        Scenario::Fanout => emit(a, fanout::run(a)),
        Scenario::Idle => emit(a, idle::run(a)),
        Scenario::Chaos => emit(a, chaos::run(a)),
        Scenario::Poll => emit(a, poll::run(a)),
        Scenario::Storm => emit(a, storm::run(a)),
        Scenario::Crossproc => emit(a, multi::crossproc(a)),
        Scenario::Takeover => emit(a, multi::takeover(a)),
    }
}

/// A scenario's result: serialisable for `--json`, printable for people.
trait Report: Serialize {
    fn passed(&self) -> bool;
    fn human(&self) -> String;
}

macro_rules! impl_report {
    ($($t:ty),*) => {$(
        impl Report for $t {
            fn passed(&self) -> bool {
                self.ok
            }
            fn human(&self) -> String {
                self.render()
            }
        }
    )*};
}

impl_report!(
    load::OrdersReport,
    load::ListReport,
    fanout::FanoutReport,
    idle::IdleReport,
    chaos::ChaosReport,
    poll::PollReport,
    storm::StormReport,
    multi::CrossReport,
    multi::TakeoverReport
);

/// The report of a run that could not get going (login failed, server gone, ...).
#[derive(Serialize)]
struct Aborted<'a> {
    scenario: &'static str,
    base: &'a str,
    ok: bool,
    error: &'a str,
}

/// Prints a report as JSON or text; returns the exit status.
fn emit<R: Report>(a: &Args, result: Result<R, String>) -> u8 {
    match result {
        Ok(report) => {
            let text = if a.json {
                match serde_json::to_string(&report) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("loadgen: cannot encode the report: {e}");
                        return 1;
                    }
                }
            } else {
                report.human()
            };
            print_out(&text);
            if report.passed() {
                0
            } else {
                1
            }
        }
        Err(msg) => {
            if a.json {
                let aborted = Aborted {
                    scenario: a.scenario.name(),
                    base: &a.target.base,
                    ok: false,
                    error: &msg,
                };
                match serde_json::to_string(&aborted) {
                    Ok(s) => print_out(&s),
                    Err(e) => eprintln!("loadgen: cannot encode the report: {e}"),
                }
            }
            eprintln!("loadgen: {}: {msg}", a.scenario.name());
            1
        }
    }
}

/// Writes `text` and a newline to stdout. A closed stdout (`loadgen ... | head`) is reported,
/// not a panic as with `println!`.
fn print_out(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}").and_then(|_| out.flush()) {
        eprintln!("loadgen: cannot write the report to stdout: {e}");
    }
}

/// Raises the soft RLIMIT_NOFILE to the hard limit (thousands of sockets are the point of
/// fanout and idle). Returns the soft limit now in force, if it could be read.
fn raise_nofile_limit() -> Option<u64> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `lim` is a valid, writable rlimit for the duration of the call.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } != 0 {
        return None;
    }
    if lim.rlim_cur < lim.rlim_max {
        let raised = libc::rlimit {
            rlim_cur: lim.rlim_max,
            rlim_max: lim.rlim_max,
        };
        // SAFETY: `raised` is a valid rlimit; raising the soft limit up to the hard limit
        // needs no privilege. On failure the old limit simply stays.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            lim = raised;
        }
    }
    if lim.rlim_cur == libc::RLIM_INFINITY {
        None
    } else {
        Some(lim.rlim_cur)
    }
}
