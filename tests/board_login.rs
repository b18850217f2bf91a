//! The board page: embedded and small, signs in and out, keeps its session across a reload,
//! refreshes its token before it expires, and returns to the login form when the account is
//! deactivated.

#[path = "common/board.rs"]
mod board;
#[path = "common/cdp.rs"]
mod cdp;
mod common;

use std::time::Duration;

use board::*;
use cdp::Browser;
use common::{Options, Server};

#[test]
fn page_and_its_files_are_served_from_the_binary_under_100_kb() {
    let srv = Server::start();
    let page = srv.get("/board/", None);
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    let mut total = page.body.len();
    for file in ["board.css", "board.js", "report.js"] {
        let path = format!("/board/{file}");
        assert!(html.contains(&path), "page does not load {path}");
        let r = srv.get(&path, None);
        assert_eq!(r.status, 200, "{path}");
        total += r.body.len();
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert_eq!(srv.get("/board/secret_key", None).status, 404);
    println!("board page total transfer: {total} bytes");
    assert!(total < 100 * 1024, "{total} bytes");
}

#[test]
fn config_endpoint_serves_the_role_moves_and_colour_thresholds() {
    let srv = Server::start_with(
        Options::default()
            .env("BOARD_WARN_MINUTES", "7")
            .env("BOARD_LATE_MINUTES", "9"),
    );
    assert_eq!(srv.get("/api/board/config/", None).status, 401);
    let kitchen = srv.get("/api/board/config/", Some(&srv.login("kitchen")));
    assert_eq!(kitchen.status, 200, "{}", kitchen.text());
    let v = kitchen.json();
    assert_eq!(
        (v["warn_minutes"].as_u64(), v["late_minutes"].as_u64()),
        (Some(7), Some(9))
    );
    assert_eq!(v["user"]["role"], "kitchen");
    // The kitchen's one move, for both kinds of order; nothing it may not make.
    for kind in ["Pickup", "Delivery"] {
        let t = v["transitions"][kind].as_object().expect("moves by status");
        let all: Vec<(String, String)> = t
            .iter()
            .flat_map(|(from, l)| {
                l.as_array()
                    .into_iter()
                    .flatten()
                    .map(move |m| (from.clone(), m["to"].as_str().unwrap_or("").to_string()))
            })
            .collect();
        assert_eq!(
            all,
            [("Accepted".to_string(), "Ready".to_string())],
            "{kind}"
        );
    }
    let staff = srv
        .get("/api/board/config/", Some(&srv.login("counter")))
        .json();
    let fulfil = staff["transitions"]["Pickup"]["Ready"]
        .as_array()
        .and_then(|l| l.iter().find(|m| m["to"] == "Fulfilled").cloned())
        .expect("staff may fulfil a ready pickup");
    assert_eq!(fulfil["needs_payment"], true);
}

#[test]
fn login_keeps_the_session_across_reload_and_logout_returns_to_the_form() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("login") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    // What the browser really fetched for the page (headers included), API calls apart.
    let sizes = b
        .eval(
            "(() => { const nav = performance.getEntriesByType('navigation')[0];
               const res = performance.getEntriesByType('resource');
               const page = res.filter(r => new URL(r.name).pathname.startsWith('/board/'));
               const sum = l => l.reduce((a, r) => a + r.transferSize, 0);
               return [nav.transferSize + sum(page), sum(res) - sum(page), page.length]; })()",
        )
        .unwrap();
    println!("board page transfer in the browser (bytes: page, API calls, files): {sizes}");
    assert!(
        sizes[0].as_f64().unwrap_or(f64::MAX) < 100.0 * 1024.0,
        "{sizes}"
    );
    assert_eq!(sizes[2], 3, "{sizes}");
    let who = b
        .eval("document.getElementById('who').textContent")
        .unwrap();
    assert_eq!(who, "counter (frontdesk)");
    let stored =
        b.eval("JSON.parse(localStorage.getItem('adakings.board.auth')).refresh.length > 20");
    assert_eq!(stored, Ok(serde_json::Value::Bool(true)));

    // A reload (a tablet waking up, a browser restart) keeps the session.
    b.navigate(&format!("http://{}/board/", srv.addr));
    wait_live(&mut b);
    b.screenshot("login-board").expect("screenshot");

    b.eval("document.getElementById('logout').click(); true")
        .unwrap();
    assert!(b.wait_for("!document.getElementById('login').hidden", DEADLINE));
    assert_eq!(
        b.eval("localStorage.getItem('adakings.board.auth')"),
        Ok(serde_json::Value::Null)
    );

    // A wrong password shows the server's message on the form.
    b.eval(
        "document.getElementById('login-user').value = 'counter';
         document.getElementById('login-pass').value = 'wrong';
         document.getElementById('login-form').requestSubmit(); true",
    )
    .unwrap();
    assert!(b.wait_for(
        "document.getElementById('login-msg').textContent.includes('No active account')",
        DEADLINE
    ));
}

#[test]
fn token_is_refreshed_before_expiry_and_deactivation_returns_to_login() {
    // Access tokens of 6 s: the page must refresh them on its own to stay signed in.
    let srv = Server::start_with(Options::default().env("ACCESS_TOKEN_LIFETIME", "6"));
    let Some(mut b) = Browser::launch("refresh") else {
        return;
    };
    open_and_login(&mut b, &srv, "rider");
    let first = b
        .eval("JSON.parse(localStorage.getItem('adakings.board.auth')).access")
        .unwrap();
    let refreshed =
        format!("JSON.parse(localStorage.getItem('adakings.board.auth')).access !== {first}");
    assert!(
        b.wait_for(&refreshed, Duration::from_secs(30)),
        "no refresh"
    );
    wait_live(&mut b);

    // The owner deactivates the rider: the next refresh fails and the page says so.
    let owner = srv.login("owner");
    let users = srv
        .get("/api/users/staff/?search=rider", Some(&owner))
        .json();
    let id = users["results"]
        .as_array()
        .and_then(|a| a.iter().find(|u| u["username"] == "rider"))
        .and_then(|u| u["id"].as_i64())
        .expect("rider id");
    let r = srv.send(
        "DELETE",
        &format!("/api/users/staff/{id}/"),
        Some(&owner),
        None,
    );
    assert_eq!(r.status, 204, "{}", r.text());
    assert!(
        b.wait_for(
            "!document.getElementById('login').hidden && \
             document.getElementById('login-msg').textContent.includes('session has ended')",
            Duration::from_secs(30)
        ),
        "page did not return to the login form"
    );
    assert_eq!(
        b.eval("localStorage.getItem('adakings.board.auth')"),
        Ok(serde_json::Value::Null)
    );
}
