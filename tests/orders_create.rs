//! Creating orders over the real server: the exact Order JSON of a Pickup order and the rows
//! it writes (one order, its lines, one history row, one event carrying the same JSON, one
//! audit row); Delivery orders by location name or id with the location's fee; a Pickup order
//! ignoring a location; price overrides by admins only; and next-order-number following the
//! day's sequence. Refusals are in orders_validation.rs.

mod common;
#[path = "common/orders.rs"]
mod orders;

use common::Server;
use orders::*;
use serde_json::{json, Value};

#[test]
fn a_pickup_order_is_answered_with_its_full_json_and_writes_one_of_each_row() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let egg = srv.menu_id("Egg");
    let before = counts(&srv);

    let o = created(
        &srv,
        &tok,
        &json!({
            "customer_phone": "0241234567",
            "notes": "no pepper",
            "items": [
                {"menu_item_id": jollof, "quantity": 2, "notes": "extra shito"},
                {"menu_item_id": egg.to_string(), "quantity": "1"}
            ]
        }),
    );
    let number = number(&o);
    assert_eq!(number, format!("{}001", today_prefix()));
    let id = o["id"].as_i64().expect("id");
    let items = o["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    let item_ids: Vec<i64> = items
        .iter()
        .map(|i| i["id"].as_i64().expect("item id"))
        .collect();
    let created_at = o["created_at"].as_str().expect("created_at").to_string();
    assert!(
        created_at.ends_with('Z') && created_at.len() == 27,
        "{created_at}"
    );
    let expected = json!({
        "id": id,
        "order_number": number,
        "customer_phone": "0241234567",
        "delivery_type": "Pickup",
        "delivery_location": null,
        "delivery_location_name": null,
        "delivery_location_fee": null,
        "status": "Pending",
        "total_price": "85.00",
        "delivery_fee": "0.00",
        "notes": "no pepper",
        "created_at": created_at,
        "updated_at": created_at,
        "items": [
            {"id": item_ids[0], "menu_item_id": jollof, "menu_item_name": "Jollof Rice S",
             "item_type": "regular", "quantity": 2, "unit_price": "40.00", "subtotal": "80.00",
             "notes": "extra shito"},
            {"id": item_ids[1], "menu_item_id": egg, "menu_item_name": "Egg",
             "item_type": "extra", "quantity": 1, "unit_price": "5.00", "subtotal": "5.00",
             "notes": ""}
        ],
        "amount_paid": "0.00",
        "balance_due": "85.00",
        "amount_overpaid": "0.00",
        "payment_status": "UNPAID",
        "payment_mode": null,
        "payments": [],
        "time_ago": "Just now",
        "version": 1
    });
    assert_eq!(o, expected);
    // Detail says the same; one order, two lines, one history row, one event, one audit row,
    // no payment.
    assert_eq!(get_order(&srv, &tok, &number), expected);
    let after = counts(&srv);
    let grew: Vec<i64> = after.iter().zip(&before).map(|(a, b)| a - b).collect();
    assert_eq!(
        grew,
        vec![1, 2, 1, 0, 1, 1, 0],
        "orders, items, history, payments, events, audit, keys"
    );
    let (kind, payload): (String, String) = srv
        .db()
        .query_row(
            "SELECT kind, payload FROM events WHERE order_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("event");
    assert_eq!(kind, "item_created");
    assert_eq!(
        serde_json::from_str::<Value>(&payload).expect("payload"),
        expected
    );
}

#[test]
fn a_delivery_order_by_location_name_starts_accepted_with_the_locations_fee() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let rice = srv.menu_id("Assorted Rice L");
    let d = created(
        &srv,
        &tok,
        &json!({
            "delivery_type": "Delivery",
            "customer_phone": "+233241234567",
            "delivery_location": "Okponglo",
            "items": [{"menu_item_id": rice, "quantity": 1}]
        }),
    );
    assert_eq!(d["order_number"], json!(format!("{}001", today_prefix())));
    assert_eq!(d["status"], "Accepted");
    assert_eq!(d["delivery_type"], "Delivery");
    assert_eq!(d["delivery_location"], "Okponglo");
    assert_eq!(d["delivery_location_name"], "Okponglo");
    assert_eq!(d["delivery_location_fee"], "10.00");
    assert_eq!(d["delivery_fee"], "10.00");
    assert_eq!(d["total_price"], "60.00");
    assert_eq!(d["balance_due"], "60.00");
    assert_eq!(d["customer_phone"], "+233241234567");
}

#[test]
fn a_delivery_location_may_be_given_by_id_as_a_number_or_a_string() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg = srv.menu_id("Egg");
    let legon = loc_id(&srv, "Legon Hall");
    for loc in [json!(legon), json!(legon.to_string())] {
        let d = created(
            &srv,
            &tok,
            &json!({
                "delivery_type": "Delivery",
                "customer_phone": "0201234567",
                "delivery_location": loc,
                "items": [{"menu_item_id": egg, "quantity": 3}]
            }),
        );
        assert_eq!(d["delivery_location"], "Legon Hall", "{loc}");
        assert_eq!(d["total_price"], "20.00", "{loc}");
    }
}

#[test]
fn a_pickup_order_ignores_a_location_it_was_sent() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg = srv.menu_id("Egg");
    let p = created(
        &srv,
        &tok,
        &json!({"delivery_location": "Okponglo", "items": [{"menu_item_id": egg, "quantity": 1}]}),
    );
    assert_eq!(p["delivery_type"], "Pickup");
    assert_eq!(p["delivery_location"], Value::Null);
    assert_eq!(p["delivery_fee"], "0.00");
    assert_eq!(p["total_price"], "5.00");
}

#[test]
fn admins_may_override_the_price_and_anyone_may_restate_it() {
    let srv = Server::start();
    let jollof = srv.menu_id("Jollof Rice S");
    let manager = srv.login("manager");
    let o = created(
        &srv,
        &manager,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 2, "unit_price": "35.50"}]}),
    );
    assert_eq!(o["items"][0]["unit_price"], "35.50");
    assert_eq!(o["total_price"], "71.00");
    // The counter may send the menu price itself (a refusal of other prices is in
    // orders_validation.rs).
    let counter = srv.login("counter");
    let o = created(
        &srv,
        &counter,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 1, "unit_price": "40.00"}]}),
    );
    assert_eq!(o["items"][0]["unit_price"], "40.00");
    assert_eq!(o["total_price"], "40.00");
}

#[test]
fn next_order_number_follows_the_days_orders() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg = srv.menu_id("Egg");
    let next = || {
        let r = srv.get("/api/orders/next-order-number/", Some(&tok));
        assert_eq!(r.status, 200, "{}", r.text());
        r.json()
    };
    assert_eq!(
        next(),
        json!({"next_order_number": format!("{}001", today_prefix())})
    );
    let body = json!({"items": [{"menu_item_id": egg, "quantity": 1}]});
    for _ in 0..2 {
        created(&srv, &tok, &body);
    }
    assert_eq!(
        next(),
        json!({"next_order_number": format!("{}003", today_prefix())})
    );
    // Asking does not take the number.
    assert_eq!(
        number(&created(&srv, &tok, &body)),
        format!("{}003", today_prefix())
    );
}
