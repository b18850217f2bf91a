//! Keeps the multi-process scenarios from rotting: `crossproc` (with the same server as both
//! ends, and the idle CPU of its event-tail thread) and `takeover` (with no takeover during
//! the run) complete at tiny sizes with nothing missed. scripts/multiprocess.sh runs them on
//! two real processes and across a real takeover; no timing is asserted here.

mod common;

use std::process::Command;

use common::{Server, LOADGEN};
use serde_json::Value;

fn run(args: &[&str]) -> Value {
    let out = Command::new(LOADGEN)
        .args(args)
        .arg("--json")
        .output()
        .expect("run loadgen");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "loadgen {args:?} failed ({:?}): {text}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_str(text.trim()).expect("one JSON object");
    assert_eq!(v["ok"], true, "{v}");
    v
}

#[test]
fn crossproc_and_takeover_run_clean_at_tiny_sizes() {
    let srv = Server::start();
    let base = format!("http://{}", srv.addr);
    let pid = srv.pid().to_string();
    let v = run(&[
        "crossproc",
        "--base",
        &base,
        "--base2",
        &base,
        "--rate",
        "20",
        "--duration",
        "0.5",
        "--clients",
        "2",
        "--pid",
        &pid,
    ]);
    assert!(v["created"].as_u64().unwrap_or(0) > 0, "{v}");
    assert_eq!(v["missed_other"], 0, "{v}");
    assert!(v["tail_idle_cpu_percent"].is_number(), "{v}");

    let v = run(&[
        "takeover",
        "--base",
        &base,
        "--clients",
        "3",
        "--rate",
        "20",
        "--duration",
        "1",
        "--timeout",
        "2",
    ]);
    assert!(v["requests_ok"].as_u64().unwrap_or(0) > 0, "{v}");
    assert_eq!(v["requests_failed"], 0, "{v}");
    assert_eq!(v["missed"], 0, "{v}");
}
