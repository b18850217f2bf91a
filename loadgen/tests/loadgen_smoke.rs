//! Keeps the load tools from rotting: every `loadgen` scenario runs at tiny sizes against a
//! real server and must complete with no errors and no missed messages. No timing is asserted.

mod common;

use std::process::Command;

use common::{Server, LOADGEN};
use serde_json::Value;

fn run(srv: &Server, args: &[&str]) -> Value {
    let base = format!("http://{}", srv.addr);
    let out = Command::new(LOADGEN)
        .args(args)
        .args(["--base", &base, "--json"])
        .output()
        .expect("run loadgen");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "loadgen {args:?} failed ({:?}): {text}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value =
        serde_json::from_str(text.trim()).expect("loadgen --json prints one JSON object");
    assert_eq!(v["ok"], true, "{v}");
    v
}

#[test]
fn every_scenario_runs_clean_at_tiny_sizes() {
    let srv = Server::start();
    let pid = srv.pid().to_string();

    let v = run(&srv, &["orders", "--clients", "2", "--duration", "1"]);
    assert!(v["succeeded"].as_u64().unwrap_or(0) > 0, "{v}");
    assert_eq!(v["failed"], 0, "{v}");

    let v = run(&srv, &["list", "--clients", "2", "--duration", "0.5"]);
    assert!(
        v["endpoints"]["orders_list"]["succeeded"]
            .as_u64()
            .unwrap_or(0)
            > 0,
        "{v}"
    );

    let v = run(&srv, &["fanout", "--clients", "5", "--orders", "3"]);
    assert_eq!(v["missed"], 0, "{v}");
    assert_eq!(v["pairs_received"], 15, "{v}");
    // The POST latency while the clients are connected: one sample per order.
    assert_eq!(v["post_ms"]["count"], 3, "{v}");

    let v = run(
        &srv,
        &[
            "idle",
            "--clients",
            "5",
            "--duration",
            "1",
            "--pid",
            &pid,
            "--user",
            "kitchen",
        ],
    );
    assert_eq!(v["dropped"], 0, "{v}");

    let v = run(
        &srv,
        &[
            "chaos",
            "--clients",
            "5",
            "--batch",
            "5",
            "--slowloris",
            "0.5",
            "--pid",
            &pid,
            "--user",
            "owner",
        ],
    );
    assert_eq!(v["server_alive"], true, "{v}");
}
