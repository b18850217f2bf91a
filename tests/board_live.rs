//! The board is live: an order created over the API shows up as a card within a second
//! (measured), a status button moves the card, and a refused change shows the server's
//! message on the card.

#[path = "common/board.rs"]
mod board;
#[path = "common/cdp.rs"]
mod cdp;
mod common;

use std::time::{Duration, Instant};

use board::*;
use cdp::Browser;
use common::Server;

#[test]
fn order_created_over_the_api_appears_as_a_card_within_a_second() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("appears") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    let token = srv.login("counter");

    let posted = now_ms();
    let order = create_order(&srv, &token, true, "ring the bell");
    let n = number(&order);
    assert!(
        b.wait_for(&card_in(&n, "Accepted"), DEADLINE),
        "no card for {n}"
    );
    let latency = seen_at(&mut b, &n).expect("seen") - posted;
    // The target is one second; a loaded CI box gets the generous deadline above, and the
    // median over 20 orders below holds the target.
    println!("POST /api/orders/ -> card in DOM: {latency:.0} ms");

    // The card says what the kitchen and the rider need.
    let text = b
        .eval(&format!("{}.innerText", card(&n)))
        .expect("card text");
    let text = text.as_str().unwrap_or_default();
    for needle in [
        n.as_str(),
        "2 × Jollof Rice S",
        "no pepper",
        "1 × Egg",
        "Delivery · Legon Hall",
        "0241234567",
        "ring the bell",
        "UNPAID",
        "0 min",
    ] {
        assert!(text.contains(needle), "{needle:?} not on card:\n{text}");
    }
    b.screenshot("appears").expect("screenshot");
    b.assert_no_page_errors();
}

#[test]
fn status_button_moves_the_card_and_a_refusal_shows_the_servers_message() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("moves") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    let token = srv.login("counter");
    let n = number(&create_order(&srv, &token, true, ""));
    assert!(b.wait_for(&card_in(&n, "Accepted"), DEADLINE));

    // Staff see the moves the server's table allows from Accepted, whatever they are.
    let cfg = srv.get("/api/board/config/", Some(&token)).json();
    let want: Vec<String> = cfg["transitions"]["Delivery"]["Accepted"]
        .as_array()
        .expect("moves from Accepted")
        .iter()
        .map(|m| m["to"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(buttons(&mut b, &n), want);
    assert!(want.iter().any(|s| s == "Ready"), "{want:?}");

    let click = |to: &str| {
        format!(
            "{}.querySelector('button[data-to={}]').click(); true",
            card(&n),
            js_str(to)
        )
    };
    b.eval(&click("Ready")).expect("click Ready");
    assert!(
        b.wait_for(&card_in(&n, "Ready"), DEADLINE),
        "card did not move"
    );
    let detail = srv.get(&format!("/api/orders/{n}/"), Some(&token)).json();
    assert_eq!(detail["status"], "Ready");

    // Fulfilled needs payment: the server refuses and the card shows its words.
    b.eval(&click("Fulfilled")).expect("click Fulfilled");
    let shown = format!(
        "({}.querySelector('.err') || {{}}).textContent || ''",
        card(&n)
    );
    assert!(
        b.wait_for(&format!("({shown}).length > 0"), DEADLINE),
        "no refusal shown"
    );
    let r = srv.send(
        "PATCH",
        &format!("/api/orders/{n}/status/"),
        Some(&token),
        Some(&serde_json::json!({"status": "Fulfilled"})),
    );
    assert_eq!(r.status, 400);
    let body = r.json();
    let said = body
        .get("detail")
        .cloned()
        .unwrap_or_else(|| body["status"][0].clone());
    assert_eq!(b.eval(&shown).unwrap(), said);
    assert!(b.eval(&card_in(&n, "Ready")).unwrap() == true);
    b.screenshot("moves").expect("screenshot");
    b.assert_no_page_errors();
}

#[test]
fn post_to_card_latency_over_20_orders() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("latency") else {
        return;
    };
    open_and_login(&mut b, &srv, "kitchen");
    let token = srv.login("counter");
    let mut lat = Vec::new();
    for i in 0..20 {
        let posted = now_ms();
        let n = number(&create_order(&srv, &token, i % 2 == 0, ""));
        let start = Instant::now();
        while seen_at(&mut b, &n).is_none() {
            assert!(start.elapsed() < DEADLINE, "no card for {n}");
            std::thread::sleep(Duration::from_millis(5));
        }
        lat.push(seen_at(&mut b, &n).unwrap_or(f64::MAX) - posted);
    }
    lat.sort_by(f64::total_cmp);
    let p50 = lat[lat.len() / 2];
    let p99 = lat[lat.len() - 1];
    println!(
        "POST /api/orders/ -> card in DOM over {} orders: p50 {p50:.0} ms, p99 {p99:.0} ms (min {:.0})",
        lat.len(),
        lat[0]
    );
    assert!(p50 < 1000.0, "p50 {p50:.0} ms");
    b.screenshot("latency").expect("screenshot");
}

#[test]
fn new_order_flashes_and_beeps_unless_muted() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("sound") else {
        return;
    };
    open_and_login(&mut b, &srv, "kitchen");
    // Browsers allow sound after a tap: the mute button is one (pressed twice: sound on).
    b.eval("const m = document.getElementById('mute'); m.click(); m.click(); m.textContent")
        .map(|t| assert_eq!(t, "Sound on"))
        .unwrap();
    let token = srv.login("counter");
    let first = number(&create_order(&srv, &token, false, ""));
    assert!(b.wait_for(&format!("!!{}", card(&first)), DEADLINE));
    let flashing = |b: &mut Browser, n: &str| {
        b.eval(&format!("{}.classList.contains('new')", card(n)))
            .unwrap()
    };
    assert_eq!(flashing(&mut b, &first), true);
    assert!(b.wait_for("AdakingsBoard.beeps === 1", DEADLINE));

    b.eval("document.getElementById('mute').click(); true")
        .unwrap();
    let second = number(&create_order(&srv, &token, false, ""));
    assert!(b.wait_for(&format!("!!{}", card(&second)), DEADLINE));
    assert_eq!(flashing(&mut b, &second), true);
    assert_eq!(b.eval("AdakingsBoard.beeps").unwrap(), 1);
    assert_eq!(
        b.eval("localStorage.getItem('adakings.board.muted')")
            .unwrap(),
        "1"
    );
    b.assert_no_page_errors();
}
