//! Editing and deleting orders: an edit replaces the lines wholesale, recomputes the totals
//! and bumps the version; switching to Delivery needs a phone and a location and back to
//! Pickup drops the fee; a refused edit (illegal status, bad lines, PUT without lines, a
//! Cancelled order) changes nothing; only staff edit; only the owner deletes, and the lines
//! and history go with the order, leaving one event and one audit row.

mod common;
#[path = "common/orders.rs"]
mod orders;

use common::Server;
use orders::*;
use serde_json::{json, Value};

/// A Pending Pickup order of 2 Jollof Rice S and 1 Egg (85.00) made by `tok`, and its path.
fn jollof_and_egg(srv: &Server, tok: &str) -> (Value, String) {
    let o = created(
        srv,
        tok,
        &json!({"items": [
            {"menu_item_id": srv.menu_id("Jollof Rice S"), "quantity": 2},
            {"menu_item_id": srv.menu_id("Egg"), "quantity": 1}
        ]}),
    );
    let path = format!("/api/orders/{}/", number(&o));
    (o, path)
}

fn patch(srv: &Server, tok: &str, path: &str, body: Value) -> common::Resp {
    srv.send("PATCH", path, Some(tok), Some(&body))
}

/// The order JSON without `time_ago` (relative time is computed at each answer).
fn stable(mut o: Value) -> Value {
    o.as_object_mut().map(|m| m.remove("time_ago"));
    o
}

fn order_items(srv: &Server) -> i64 {
    srv.db()
        .query_row("SELECT COUNT(*) FROM order_items", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn an_edit_replaces_the_lines_recomputes_the_total_and_bumps_the_version() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (o, path) = jollof_and_egg(&srv, &counter);
    assert_eq!(order_items(&srv), 2);
    let chicken = srv.menu_id("Chicken");
    let r = patch(
        &srv,
        &counter,
        &path,
        json!({"notes": "ring the bell", "items": [{"menu_item_id": chicken, "quantity": 3}]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let e = r.json();
    assert_eq!(e["version"], 2);
    assert_eq!(e["notes"], "ring the bell");
    assert_eq!(e["total_price"], "45.00");
    let items = e["items"].as_array().expect("items");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["menu_item_name"], "Chicken");
    assert_eq!(items[0]["subtotal"], "45.00");
    assert_eq!(e["order_number"], o["order_number"]);
    assert_eq!(e["created_at"], o["created_at"]);
    assert_eq!(order_items(&srv), 1, "the old lines are gone");
    assert_eq!(stable(get_order(&srv, &counter, &number(&o))), stable(e));
}

#[test]
fn switching_to_delivery_needs_phone_and_location_and_back_to_pickup_drops_the_fee() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let o = created(
        &srv,
        &counter,
        &json!({"items": [{"menu_item_id": srv.menu_id("Chicken"), "quantity": 3}]}),
    );
    let path = format!("/api/orders/{}/", number(&o));
    // Fields without items keep the lines.
    let r = patch(&srv, &counter, &path, json!({"delivery_type": "Delivery"}));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({
            "customer_phone": ["Customer phone number is required for delivery orders."],
            "delivery_location": ["A delivery location is required for delivery orders."]
        })
    );
    let r = patch(
        &srv,
        &counter,
        &path,
        json!({"delivery_type": "Delivery", "customer_phone": "0241112222", "delivery_location": "Madina"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let e = r.json();
    assert_eq!(e["version"], 2, "the refused edit did not count");
    assert_eq!(e["delivery_fee"], "15.00");
    assert_eq!(e["total_price"], "60.00");
    assert_eq!(e["items"], o["items"]);
    assert_eq!(e["status"], "Pending", "an edit never changes the status");
    let r = patch(&srv, &counter, &path, json!({"delivery_type": "Pickup"}));
    assert_eq!(r.status, 200);
    let e = r.json();
    assert_eq!(e["delivery_location"], Value::Null);
    assert_eq!(e["delivery_location_fee"], Value::Null);
    assert_eq!(e["total_price"], "45.00");
    assert_eq!(e["customer_phone"], "0241112222");
}

#[test]
fn a_refused_edit_changes_nothing_not_even_the_fields_beside_it() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (o, path) = jollof_and_egg(&srv, &counter);
    let before = counts(&srv);
    // status is writable here with the table's rules: an illegal move is refused whole.
    let r = patch(
        &srv,
        &counter,
        &path,
        json!({"status": "Fulfilled", "notes": "x"}),
    );
    assert_eq!(r.status, 400);
    let msg = "Cannot change status from Pending to Fulfilled: from Pending an order can go to \
               Accepted or Cancelled.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    let r = patch(
        &srv,
        &counter,
        &path,
        json!({"items": [{"menu_item_id": 99}]}),
    );
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"items": [{"menu_item_id": ["Invalid pk \"99\" - object does not exist."]}]})
    );
    // PUT needs the items.
    let r = srv.send("PUT", &path, Some(&counter), Some(&json!({"notes": "y"})));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"items": ["This field is required."]}));
    assert_eq!(counts(&srv), before);
    assert_eq!(stable(get_order(&srv, &counter, &number(&o))), stable(o));
}

#[test]
fn put_replaces_the_whole_order() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (_, path) = jollof_and_egg(&srv, &counter);
    let egg = srv.menu_id("Egg");
    let r = srv.send(
        "PUT",
        &path,
        Some(&counter),
        Some(&json!({"notes": "y", "items": [{"menu_item_id": egg, "quantity": 2}]})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let e = r.json();
    assert_eq!(e["total_price"], "10.00");
    assert_eq!(e["notes"], "y");
    assert_eq!(e["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(e["version"], 2);
}

#[test]
fn kitchen_and_rider_may_not_edit_and_admins_may() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (o, path) = jollof_and_egg(&srv, &counter);
    for who in ["kitchen", "rider"] {
        let t = srv.login(who);
        let r = patch(&srv, &t, &path, json!({"notes": who}));
        assert_eq!(r.status, 403, "{who}");
    }
    for who in ["manager", "owner"] {
        let t = srv.login(who);
        let r = patch(&srv, &t, &path, json!({"notes": who}));
        assert_eq!(r.status, 200, "{who}");
    }
    let now = get_order(&srv, &counter, &number(&o));
    assert_eq!(now["version"], 3, "two edits, not four");
    assert_eq!(now["notes"], "owner");
    assert_eq!(
        patch(&srv, &counter, "/api/orders/010100-999/", json!({})).status,
        404
    );
}

#[test]
fn a_cancelled_order_cannot_be_edited() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (o, path) = jollof_and_egg(&srv, &counter);
    assert_eq!(
        set_status(&srv, &counter, &number(&o), "Cancelled").status,
        200
    );
    let before = counts(&srv);
    let r = patch(&srv, &counter, &path, json!({"notes": "late"}));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"detail": "Cannot edit an order that is Cancelled."})
    );
    assert_eq!(counts(&srv), before);
}

#[test]
fn only_the_owner_deletes_and_lines_and_history_go_with_the_order() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (o, path) = jollof_and_egg(&srv, &counter);
    let n = number(&o);
    for who in ["manager", "counter", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(
            srv.send("DELETE", &path, Some(&t), None).status,
            403,
            "{who}"
        );
    }
    let owner = srv.login("owner");
    let id = o["id"].as_i64().expect("id");
    let r = srv.send("DELETE", &path, Some(&owner), None);
    assert_eq!(r.status, 204);
    assert!(r.body.is_empty());
    assert_eq!(srv.get(&path, Some(&owner)).status, 404);
    assert_eq!(srv.send("DELETE", &path, Some(&owner), None).status, 404);
    let c = srv.db();
    let (kind, last_id): (String, i64) = c
        .query_row(
            "SELECT kind, order_id FROM events ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("event");
    assert_eq!((kind.as_str(), last_id), ("item_deleted", id));
    let left: i64 = c
        .query_row(
            "SELECT (SELECT COUNT(*) FROM order_items) + (SELECT COUNT(*) FROM order_status_history)",
            [],
            |r| r.get(0),
        )
        .expect("left");
    assert_eq!(left, 0, "items and history go with the order");
    let audit: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND object_id = ?1",
            [&n],
            |r| r.get(0),
        )
        .expect("audit");
    assert_eq!(audit, 1);
}
