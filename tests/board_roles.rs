//! What each person sees: the kitchen gets only the buttons it may use and no counter tab;
//! cards turn amber and red with age; other files can add tabs through `registerTab`.

#[path = "common/board.rs"]
mod board;
#[path = "common/cdp.rs"]
mod cdp;
mod common;

use board::*;
use cdp::Browser;
use common::{Options, Server};
use serde_json::Value;

#[test]
fn kitchen_sees_only_the_buttons_it_may_use() {
    let srv = Server::start();
    let token = srv.login("counter");
    let pickup = number(&create_order(&srv, &token, false, ""));
    let delivery = number(&create_order(&srv, &token, true, ""));
    let Some(mut b) = Browser::launch("kitchen") else {
        return;
    };
    open_and_login(&mut b, &srv, "kitchen");
    assert!(b.wait_for(&card_in(&pickup, "Pending"), DEADLINE));
    assert!(b.wait_for(&card_in(&delivery, "Accepted"), DEADLINE));

    // Every button on the page is a move the server would let the kitchen make.
    let kitchen = srv.login("kitchen");
    let cfg = srv.get("/api/board/config/", Some(&kitchen)).json();
    for (n, kind, status) in [
        (&pickup, "Pickup", "Pending"),
        (&delivery, "Delivery", "Accepted"),
    ] {
        let allowed: Vec<String> = cfg["transitions"][kind][status]
            .as_array()
            .map(|l| {
                l.iter()
                    .filter_map(|m| m["to"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(buttons(&mut b, n), allowed, "{n} {kind} {status}");
    }
    assert!(buttons(&mut b, &pickup).is_empty());
    assert_eq!(buttons(&mut b, &delivery), ["Ready"]);
    let everywhere = b
        .eval("Array.from(document.querySelectorAll('.card button')).map(x => x.dataset.to)")
        .unwrap();
    assert_eq!(everywhere, serde_json::json!(["Ready"]));
    // No counter for the kitchen: it may not create orders or take payments.
    let tabs = b
        .eval("Array.from(document.querySelectorAll('#tabs button')).map(x => x.dataset.tab)")
        .unwrap();
    assert_eq!(tabs, serde_json::json!(["board"]));
    b.screenshot("kitchen").expect("screenshot");
    b.assert_no_page_errors();
}

#[test]
fn cards_turn_amber_then_red_with_age() {
    let srv = Server::start_with(
        Options::default()
            .env("BOARD_WARN_MINUTES", "10")
            .env("BOARD_LATE_MINUTES", "20"),
    );
    let token = srv.login("counter");
    let fresh = number(&create_order(&srv, &token, false, ""));
    let warn = number(&create_order(&srv, &token, false, ""));
    let late = number(&create_order(&srv, &token, false, ""));
    let db = srv.db();
    for (n, ago) in [(&warn, "-12 minutes"), (&late, "-25 minutes")] {
        db.execute(
            "UPDATE orders SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1) \
             WHERE order_number = ?2",
            [ago, n.as_str()],
        )
        .expect("age the order");
    }
    let Some(mut b) = Browser::launch("ages") else {
        return;
    };
    open_and_login(&mut b, &srv, "kitchen");
    let class = |b: &mut Browser, n: &str| -> Value {
        b.eval(&format!(
            "({c}) && [...{c}.classList].filter(k => k === 'warn' || k === 'late').join()",
            c = card(n)
        ))
        .unwrap()
    };
    assert!(b.wait_for(&format!("!!{}", card(&late)), DEADLINE));
    assert_eq!(class(&mut b, &fresh), "");
    assert_eq!(class(&mut b, &warn), "warn");
    assert_eq!(class(&mut b, &late), "late");
    // Oldest first: the order waiting longest is at the top of its column.
    let first = b
        .eval("document.querySelector('.column[data-status=\"Pending\"] .card').dataset.order")
        .unwrap();
    assert_eq!(first, Value::String(late.clone()));
    b.screenshot("ages").expect("screenshot");
}

#[test]
fn registered_tab_mounts_with_an_authenticated_api() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("tabs") else {
        return;
    };
    open_and_login(&mut b, &srv, "manager");
    b.eval(
        "AdakingsBoard.registerTab({id: 'probe', title: 'Probe', roles: ['admin'],
           mount(el, api) {
             el.textContent = 'mounted for ' + api.user.username;
             api.get('/api/users/me/').then(u => { el.dataset.me = u.username + '/' + u.role; });
           }}); true",
    )
    .unwrap();
    assert!(b.wait_for(
        "!!document.querySelector('#tabs button[data-tab=\"probe\"]')",
        DEADLINE
    ));
    b.eval("document.querySelector('#tabs button[data-tab=\"probe\"]').click(); true")
        .unwrap();
    assert!(b.wait_for(
        "document.getElementById('tab-probe').dataset.me === 'manager/admin'",
        DEADLINE
    ));
    let text = b
        .eval("document.getElementById('tab-probe').textContent")
        .unwrap();
    assert_eq!(text, "mounted for manager");
    // A tab for other roles stays hidden.
    b.eval(
        "AdakingsBoard.registerTab({id: 'owner-only', title: 'Owner', roles: ['superadmin'],
           mount(el) { el.textContent = 'x'; }}); true",
    )
    .unwrap();
    assert_eq!(
        b.eval("!!document.querySelector('#tabs button[data-tab=\"owner-only\"]')")
            .unwrap(),
        false
    );
}

#[test]
fn board_and_counter_fit_a_landscape_tablet_without_sideways_scrolling() {
    let srv = Server::start();
    let token = srv.login("counter");
    for i in 0..6 {
        create_order(&srv, &token, i % 2 == 0, "extra spicy, call on arrival");
    }
    let Some(mut b) = Browser::launch("tablet") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    let overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth";
    for (w, h) in [(1024, 768), (1280, 800), (1920, 1080)] {
        b.viewport(w, h);
        for tab in ["counter", "board"] {
            b.eval(&format!(
                "document.querySelector('#tabs button[data-tab={}]').click(); true",
                js_str(tab)
            ))
            .unwrap();
            assert!(b.wait_for(
                "document.querySelectorAll('#menu button').length > 0",
                DEADLINE
            ));
            assert_eq!(b.eval(overflow).unwrap(), 0, "{tab} at {w}x{h}");
            b.screenshot(&format!("{tab}-{w}x{h}")).expect("screenshot");
        }
    }
    b.assert_no_page_errors();
}
