//! The counter tab: an order made through the form (a double tap makes one order, thanks to
//! the Idempotency-Key), found in today's table by search, and paid in cash.

#[path = "common/board.rs"]
mod board;
#[path = "common/cdp.rs"]
mod cdp;
mod common;

use board::*;
use cdp::Browser;
use common::Server;

#[test]
fn counter_creates_one_order_on_a_double_tap_and_records_a_payment() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("counter") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    b.eval("document.querySelector('#tabs button[data-tab=\"counter\"]').click(); true")
        .unwrap();
    let jollof = srv.menu_id("Jollof Rice S");
    let egg = srv.menu_id("Egg");
    let dish = |id: i64| format!("document.querySelector('#menu button[data-menu-id=\"{id}\"]')");
    assert!(b.wait_for(&format!("!!{}", dish(egg)), DEADLINE), "no menu");
    assert!(b.wait_for(
        "document.getElementById('location').options.length > 0",
        DEADLINE
    ));

    let fill = format!(
        "{{ {j}.click(); {j}.click(); {e}.click();
         const d = document.querySelector('input[name=dtype][value=Delivery]');
         d.checked = true; d.dispatchEvent(new Event('change'));
         document.getElementById('location').value = 'Legon Hall';
         document.getElementById('phone').value = '0241234567';
         document.getElementById('order-notes').value = 'gate 3';
         const f = document.getElementById('order-form');
         f.requestSubmit(); f.requestSubmit(); }} true",
        j = dish(jollof),
        e = dish(egg)
    );
    b.eval(&fill).expect("fill the order form");
    assert!(
        b.wait_for(
            "document.getElementById('order-msg').textContent.startsWith('Order ')",
            DEADLINE
        ),
        "{:?}",
        b.eval("document.getElementById('order-msg').textContent")
    );

    let token = srv.login("counter");
    let list = srv.get("/api/orders/", Some(&token)).json();
    let list = list.as_array().expect("orders");
    assert_eq!(list.len(), 1, "a double tap made {} orders", list.len());
    let o = &list[0];
    let n = number(o);
    assert_eq!(o["delivery_type"], "Delivery");
    assert_eq!(o["delivery_location"], "Legon Hall");
    assert_eq!(o["notes"], "gate 3");
    let items: Vec<(String, i64)> = o["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["menu_item_name"].as_str().unwrap_or("").to_string(),
                i["quantity"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(items, [("Jollof Rice S".into(), 2), ("Egg".into(), 1)]);

    // Today's table lists it; search narrows it.
    let row = format!("!!document.querySelector('#today tr[data-order=\"{n}\"]')");
    assert!(b.wait_for(&row, DEADLINE));
    let search = |b: &mut Browser, q: &str| {
        b.eval(&format!(
            "{{ const s = document.getElementById('search'); s.value = {}; \
             s.dispatchEvent(new Event('input')); }} true",
            js_str(q)
        ))
        .unwrap();
    };
    search(&mut b, "no such thing");
    assert_eq!(b.eval(&row).unwrap(), false);
    search(&mut b, "legon");
    assert_eq!(b.eval(&row).unwrap(), true);

    // The card on the board offers to take the money: it opens the counter on this order.
    b.eval("document.querySelector('#tabs button[data-tab=\"board\"]').click(); true")
        .unwrap();
    b.eval(&format!(
        "{}.querySelector('.pay-btn').click(); true",
        card(&n)
    ))
    .unwrap();
    assert_eq!(
        b.eval("[document.getElementById('tab-counter').hidden, document.getElementById('pay-order').value, document.getElementById('pay-amount').value]")
            .unwrap(),
        serde_json::json!([false, n, o["balance_due"]])
    );

    // Pay the balance in cash from the row.
    b.eval(&format!(
        "document.querySelector('#today tr[data-order=\"{n}\"]').click();
         document.getElementById('pay-method').value = 'CASH';
         document.getElementById('pay-form').requestSubmit(); true"
    ))
    .unwrap();
    assert!(
        b.wait_for(
            "document.getElementById('pay-msg').textContent.startsWith('Recorded')",
            DEADLINE
        ),
        "{:?}",
        b.eval("document.getElementById('pay-msg').textContent")
    );
    let paid = srv.get(&format!("/api/orders/{n}/"), Some(&token)).json();
    assert_eq!(paid["payment_status"], "PAID");
    assert_eq!(paid["payments"].as_array().map(Vec::len), Some(1));
    // The table follows the event stream.
    let cell = format!(
        "(document.querySelector('#today tr[data-order=\"{n}\"]') || {{}}).innerText || ''"
    );
    assert!(b.wait_for(&format!("({cell}).includes('PAID')"), DEADLINE));
    b.screenshot("counter").expect("screenshot");
    b.assert_no_page_errors();
}
