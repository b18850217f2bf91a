//! Orders over the real server: create (happy paths and every validation error, with the
//! database left as it was), list filters and pagination, detail, edit, delete, the status
//! table with its role limits, history, next-order-number, and idempotent retries.

mod common;

use std::io::Write;
use std::time::Duration;

use common::{request_with, Resp, Server};
use serde_json::{json, Value};

// ---------------------------------------------------------------- helpers

fn loc_id(srv: &Server, name: &str) -> i64 {
    srv.db()
        .query_row(
            "SELECT id FROM delivery_locations WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("location {name}: {e}"))
}

/// Row counts of every table a mutation touches.
fn counts(srv: &Server) -> Vec<i64> {
    let c = srv.db();
    [
        "orders",
        "order_items",
        "order_status_history",
        "payments",
        "events",
        // Logins are audited too; they are not order changes.
        "audit_log WHERE action <> 'login'",
        "idempotency_keys",
    ]
    .iter()
    .map(|t| {
        c.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
            .expect("count")
    })
    .collect()
}

fn today_prefix() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    let date = adakings::domain::clock::Date::of_days(now.div_euclid(86_400));
    format!("{:02}{:02}{:02}-", date.day, date.month, date.year % 100)
}

fn create(srv: &Server, tok: &str, body: &Value) -> Resp {
    srv.post("/api/orders/", Some(tok), body)
}

fn created(srv: &Server, tok: &str, body: &Value) -> Value {
    let r = create(srv, tok, body);
    assert_eq!(r.status, 201, "create: {}", r.text());
    r.json()
}

fn set_status(srv: &Server, tok: &str, number: &str, status: &str) -> Resp {
    srv.send(
        "PATCH",
        &format!("/api/orders/{number}/status/"),
        Some(tok),
        Some(&json!({ "status": status })),
    )
}

fn pay(srv: &Server, tok: &str, number: &str, amount: &str) {
    let r = srv.post(
        "/api/payments/initiate/",
        Some(tok),
        &json!({"order_number": number, "amount": amount, "payment_method": "CASH"}),
    );
    assert_eq!(r.status, 201, "pay: {}", r.text());
}

fn get_order(srv: &Server, tok: &str, number: &str) -> Value {
    let r = srv.get(&format!("/api/orders/{number}/"), Some(tok));
    assert_eq!(r.status, 200, "get {number}: {}", r.text());
    r.json()
}

/// A 400 whose body is exactly `want`, with nothing written.
fn assert_rejected(srv: &Server, tok: &str, body: &Value, want: &Value) {
    let before = counts(srv);
    let r = create(srv, tok, body);
    assert_eq!(r.status, 400, "body {body}: {}", r.text());
    assert_eq!(&r.json(), want, "body {body}");
    assert_eq!(
        counts(srv),
        before,
        "a rejected create wrote something: {body}"
    );
}

// ---------------------------------------------------------------- create

#[test]
fn create_pickup_and_delivery_with_exact_json() {
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
    let number = o["order_number"].as_str().expect("number").to_string();
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
    // Detail says the same; one order, two lines, one history row, one event, one audit row.
    assert_eq!(get_order(&srv, &tok, &number), expected);
    let after = counts(&srv);
    assert_eq!(after[0] - before[0], 1);
    assert_eq!(after[1] - before[1], 2);
    assert_eq!(after[2] - before[2], 1);
    assert_eq!(after[4] - before[4], 1);
    assert_eq!(after[5] - before[5], 1);
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

    // Delivery by location name: starts Accepted, fee from the location, phone required.
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
    assert_eq!(d["order_number"], json!(format!("{}002", today_prefix())));
    assert_eq!(d["status"], "Accepted");
    assert_eq!(d["delivery_type"], "Delivery");
    assert_eq!(d["delivery_location"], "Okponglo");
    assert_eq!(d["delivery_location_name"], "Okponglo");
    assert_eq!(d["delivery_location_fee"], "10.00");
    assert_eq!(d["delivery_fee"], "10.00");
    assert_eq!(d["total_price"], "60.00");
    assert_eq!(d["balance_due"], "60.00");
    assert_eq!(d["customer_phone"], "+233241234567");

    // By id (as a number and as a string).
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
        assert_eq!(d["delivery_location"], "Legon Hall");
        assert_eq!(d["total_price"], "20.00");
    }

    // A Pickup order ignores a location it was sent.
    let p = created(
        &srv,
        &tok,
        &json!({"delivery_location": "Okponglo", "items": [{"menu_item_id": egg, "quantity": 1}]}),
    );
    assert_eq!(p["delivery_location"], Value::Null);
    assert_eq!(p["delivery_fee"], "0.00");

    // Admin+ may override the price; restating the menu price is fine for anyone.
    let manager = srv.login("manager");
    let o = created(
        &srv,
        &manager,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 2, "unit_price": "35.50"}]}),
    );
    assert_eq!(o["items"][0]["unit_price"], "35.50");
    assert_eq!(o["total_price"], "71.00");
    let o = created(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 1, "unit_price": "40.00"}]}),
    );
    assert_eq!(o["total_price"], "40.00");

    // next-order-number follows.
    let r = srv.get("/api/orders/next-order-number/", Some(&tok));
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        json!({"next_order_number": format!("{}008", today_prefix())})
    );
}

#[test]
fn create_validation_errors_write_nothing() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let good = json!({"menu_item_id": jollof, "quantity": 1});

    assert_rejected(
        &srv,
        &tok,
        &json!({}),
        &json!({"items": ["This field is required."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": []}),
        &json!({"items": ["This list may not be empty."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": {"menu_item_id": 1}}),
        &json!({"items": ["Expected a list of items but got type \"dict\"."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": 99, "quantity": 1}]}),
        &json!({"items": [{"menu_item_id": ["Invalid pk \"99\" - object does not exist."]}]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [good, {"menu_item_id": jollof, "quantity": 0}]}),
        &json!({"items": [{}, {"quantity": ["Ensure this value is greater than or equal to 1."]}]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "quantity": -3}, good]}),
        &json!({"items": [{"quantity": ["Ensure this value is greater than or equal to 1."]}, {}]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 1000}]}),
        &json!({"items": [{"quantity": ["Ensure this value is less than or equal to 999."]}]}),
    );
    for bad in [json!("two"), json!(1.5), json!(true), json!([1])] {
        assert_rejected(
            &srv,
            &tok,
            &json!({"items": [{"menu_item_id": jollof, "quantity": bad}]}),
            &json!({"items": [{"quantity": ["A valid integer is required."]}]}),
        );
    }
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"quantity": 1}]}),
        &json!({"items": [{"menu_item_id": ["This field is required."]}]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": "abc"}]}),
        &json!({"items": [{"menu_item_id": ["Incorrect type. Expected pk value, received str."]}]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": ["x"]}),
        &json!({"items": [{"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]}]}),
    );
    // Unavailable menu item.
    srv.db()
        .execute(
            "UPDATE menu_items SET is_available = 0 WHERE name = 'Waakye'",
            [],
        )
        .expect("mark unavailable");
    let waakye = srv.menu_id("Waakye");
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [good, {"menu_item_id": waakye, "quantity": 1}]}),
        &json!({"items": [{}, {"menu_item_id": ["Menu item 'Waakye' is not currently available."]}]}),
    );
    // Price override by a non-admin.
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 1, "unit_price": "1.00"}]}),
        &json!({"items": [{"unit_price": ["Only an admin may override the price."]}]}),
    );
    let manager = srv.login("manager");
    assert_rejected(
        &srv,
        &manager,
        &json!({"items": [{"menu_item_id": jollof, "unit_price": "-1"}]}),
        &json!({"items": [{"unit_price": ["Ensure this value is greater than or equal to 0.00."]}]}),
    );
    // Phone, delivery type and location.
    assert_rejected(
        &srv,
        &tok,
        &json!({"customer_phone": "12345", "items": [good]}),
        &json!({"customer_phone": ["Enter a valid phone number: +233 or 0 followed by 9 digits."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"delivery_type": "Drone", "items": [good]}),
        &json!({"delivery_type": ["\"Drone\" is not a valid choice."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"delivery_type": "Delivery", "items": [good]}),
        &json!({
            "customer_phone": ["Customer phone number is required for delivery orders."],
            "delivery_location": ["A delivery location is required for delivery orders."]
        }),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
                "delivery_location": "Mars", "items": [good]}),
        &json!({"delivery_location": ["Delivery location 'Mars' not found or not active."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
                "delivery_location": 9999, "items": [good]}),
        &json!({"delivery_location": ["Delivery location with ID 9999 not found or not active."]}),
    );
    // Notes over 65,536 characters (order and line).
    let long = "x".repeat(65_537);
    assert_rejected(
        &srv,
        &tok,
        &json!({"notes": long, "items": [good]}),
        &json!({"notes": ["Ensure this field has no more than 65536 characters."]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "notes": long}]}),
        &json!({"items": [{"notes": ["Ensure this field has no more than 65536 characters."]}]}),
    );
    // Several problems at once are all reported.
    assert_rejected(
        &srv,
        &tok,
        &json!({"customer_phone": "nope", "items": [{"menu_item_id": 99}, {"menu_item_id": jollof, "quantity": 0}]}),
        &json!({
            "customer_phone": ["Enter a valid phone number: +233 or 0 followed by 9 digits."],
            "items": [
                {"menu_item_id": ["Invalid pk \"99\" - object does not exist."]},
                {"quantity": ["Ensure this value is greater than or equal to 1."]}
            ]
        }),
    );
    // Not an object; not JSON.
    assert_rejected(
        &srv,
        &tok,
        &json!([1, 2]),
        &json!({"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}),
    );
    let before = counts(&srv);
    let r = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[("Authorization", format!("Bearer {tok}"))],
        None,
    );
    assert_eq!(r.status, 400, "{}", r.text());
    let mut c = common::Client::connect(srv.addr);
    let r = c.send(
        "POST",
        "/api/orders/",
        &[("Authorization", format!("Bearer {tok}"))],
        Some(b"{\"items\": ["),
        true,
    );
    assert_eq!(r.status, 400);
    assert!(r.json()["detail"]
        .as_str()
        .expect("detail")
        .starts_with("JSON parse error - "));
    assert_eq!(counts(&srv), before);

    // Roles and auth: kitchen and rider may not create; no token is 401.
    for who in ["kitchen", "rider"] {
        let t = srv.login(who);
        let r = create(&srv, &t, &json!({"items": [good]}));
        assert_eq!(r.status, 403, "{who}");
    }
    assert_eq!(
        srv.post("/api/orders/", None, &json!({"items": [good]}))
            .status,
        401
    );
    assert_eq!(counts(&srv), before);
    // Every staff role may.
    for who in ["owner", "manager", "counter"] {
        let t = srv.login(who);
        assert_eq!(
            create(&srv, &t, &json!({"items": [good]})).status,
            201,
            "{who}"
        );
    }
}

// ---------------------------------------------------------------- list and detail

#[test]
fn list_filters_pagination_detail_history() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg = srv.menu_id("Egg");
    let item = json!([{"menu_item_id": egg, "quantity": 1}]);
    let mut numbers = Vec::new();
    for i in 0..5 {
        let o = created(
            &srv,
            &tok,
            &json!({"customer_phone": format!("024000000{i}"), "items": item}),
        );
        numbers.push(o["order_number"].as_str().expect("n").to_string());
    }
    let d = created(
        &srv,
        &tok,
        &json!({"delivery_type": "Delivery", "customer_phone": "0551112222",
                "delivery_location": "East Legon", "items": item}),
    );
    numbers.push(d["order_number"].as_str().expect("n").to_string());
    // Make one order yesterday's, by hand.
    srv.db()
        .execute(
            "UPDATE orders SET created_at = '2020-01-15T12:00:00.000000Z' WHERE order_number = ?1",
            [&numbers[0]],
        )
        .expect("backdate");

    let all = srv.get("/api/orders/", Some(&tok));
    assert_eq!(all.status, 200);
    let all = all.json();
    let got: Vec<&str> = all
        .as_array()
        .expect("bare array")
        .iter()
        .map(|o| o["order_number"].as_str().expect("n"))
        .collect();
    let mut newest_first: Vec<&str> = numbers[1..].iter().map(String::as_str).rev().collect();
    newest_first.push(&numbers[0]);
    assert_eq!(got, newest_first);

    // Every role may read.
    for who in ["owner", "manager", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(srv.get("/api/orders/", Some(&t)).status, 200, "{who}");
        assert_eq!(
            srv.get(&format!("/api/orders/{}/", numbers[1]), Some(&t))
                .status,
            200
        );
    }
    assert_eq!(srv.get("/api/orders/", None).status, 401);

    let list = |q: &str| -> Vec<String> {
        let r = srv.get(&format!("/api/orders/?{q}"), Some(&tok));
        assert_eq!(r.status, 200, "{q}: {}", r.text());
        r.json()
            .as_array()
            .expect("array")
            .iter()
            .map(|o| o["order_number"].as_str().expect("n").to_string())
            .collect()
    };
    assert_eq!(list("date=2020-01-15"), vec![numbers[0].clone()]);
    assert_eq!(list("date=2020-01-16"), Vec::<String>::new());
    assert_eq!(list("status=Accepted"), vec![numbers[5].clone()]);
    assert_eq!(list("status=Pending").len(), 5);
    assert_eq!(list("search=0240000003"), vec![numbers[3].clone()]);
    assert_eq!(list("search=east%20legon"), vec![numbers[5].clone()]);
    assert_eq!(
        list(&format!("search={}", numbers[2])),
        vec![numbers[2].clone()]
    );
    assert_eq!(list("search=%25"), Vec::<String>::new());
    assert_eq!(
        list("status=Pending&search=0240000004"),
        vec![numbers[4].clone()]
    );

    let r = srv.get("/api/orders/?date=2020-13-01", Some(&tok));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"date": ["Enter a valid date."]}));
    let r = srv.get("/api/orders/?status=Done", Some(&tok));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"status": ["Select a valid choice. Done is not one of the available choices."]})
    );

    // Paginated with page_size.
    let r = srv.get("/api/orders/?page_size=4", Some(&tok));
    assert_eq!(r.status, 200);
    let p = r.json();
    assert_eq!(p["count"], 6);
    assert_eq!(p["previous"], Value::Null);
    assert_eq!(p["next"], "/api/orders/?page_size=4&page=2");
    assert_eq!(p["results"].as_array().expect("results").len(), 4);
    let r = srv.get("/api/orders/?page_size=4&page=2", Some(&tok));
    let p = r.json();
    assert_eq!(p["next"], Value::Null);
    assert_eq!(p["previous"], "/api/orders/?page_size=4");
    let page2: Vec<&str> = p["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|o| o["order_number"].as_str().expect("n"))
        .collect();
    assert_eq!(page2, newest_first[4..].to_vec());
    assert_eq!(
        srv.get("/api/orders/?page_size=4&page=3", Some(&tok))
            .status,
        404
    );

    // Detail and 404.
    assert_eq!(
        get_order(&srv, &tok, &numbers[5])["delivery_location"],
        "East Legon"
    );
    let r = srv.get("/api/orders/010100-999/", Some(&tok));
    assert_eq!(r.status, 404);
    assert_eq!(r.json(), json!({"detail": "Not found."}));

    // History: the initial status, then each move, oldest first.
    let owner = srv.login("owner");
    let n = &numbers[5];
    assert_eq!(set_status(&srv, &owner, n, "Ready").status, 200);
    let kitchen = srv.login("kitchen");
    assert_eq!(set_status(&srv, &owner, n, "Accepted").status, 200);
    assert_eq!(set_status(&srv, &kitchen, n, "Ready").status, 200);
    let r = srv.get(&format!("/api/orders/{n}/history/"), Some(&kitchen));
    assert_eq!(r.status, 200);
    let h = r.json();
    let moves: Vec<(Value, Value, Value)> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|e| (e["from"].clone(), e["to"].clone(), e["by"].clone()))
        .collect();
    assert_eq!(
        moves,
        vec![
            (Value::Null, json!("Accepted"), json!("counter")),
            (json!("Accepted"), json!("Ready"), json!("owner")),
            (json!("Ready"), json!("Accepted"), json!("owner")),
            (json!("Accepted"), json!("Ready"), json!("kitchen")),
        ]
    );
    let ats: Vec<&str> = h
        .as_array()
        .expect("a")
        .iter()
        .map(|e| e["at"].as_str().expect("at"))
        .collect();
    let mut sorted = ats.clone();
    sorted.sort();
    assert_eq!(ats, sorted);
    assert_eq!(
        srv.get("/api/orders/010100-999/history/", Some(&tok))
            .status,
        404
    );

    // The WebSocket snapshot: active orders of any day plus all of today's, newest first;
    // an old finished order is left out. It is the same Order JSON the API serves.
    assert_eq!(
        set_status(&srv, &owner, &numbers[1], "Cancelled").status,
        200
    );
    assert_eq!(
        set_status(&srv, &owner, &numbers[2], "Cancelled").status,
        200
    );
    srv.db()
        .execute(
            "UPDATE orders SET created_at = '2020-01-14T12:00:00.000000Z' WHERE order_number = ?1",
            [&numbers[1]],
        )
        .expect("backdate");
    let c = srv.db();
    let as_json = |orders: &[adakings::db::orders::OrderRecord]| -> Vec<serde_json::Value> {
        orders
            .iter()
            .map(|o| adakings::api::wire_order::to_value(o).expect("json"))
            .collect()
    };
    let snap = as_json(
        &adakings::db::snapshot::data_update(&c, 1000)
            .expect("snapshot")
            .orders,
    );
    let got: Vec<&str> = snap
        .iter()
        .map(|o| o["order_number"].as_str().expect("n"))
        .collect();
    let want: Vec<&str> = vec![
        &numbers[5],
        &numbers[4],
        &numbers[3],
        &numbers[2],
        &numbers[0],
    ];
    assert_eq!(got, want);
    let snap_ids: Vec<i64> = snap.iter().map(|o| o["id"].as_i64().expect("id")).collect();
    let again = as_json(&adakings::db::orders::load(&c, &snap_ids).expect("load"));
    assert_eq!(again.len(), snap.len());
    for (a, b) in again.iter().zip(snap.iter()) {
        assert_eq!(a["version"], b["version"]);
        assert_eq!(a["items"], b["items"]);
    }
    let api = get_order(&srv, &tok, &numbers[5]);
    let mut from_db = snap[0].clone();
    from_db["time_ago"] = api["time_ago"].clone();
    assert_eq!(from_db, api);
}

// ---------------------------------------------------------------- edit and delete

#[test]
fn edit_and_delete() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let egg = srv.menu_id("Egg");
    let chicken = srv.menu_id("Chicken");
    let o = created(
        &srv,
        &counter,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 2}, {"menu_item_id": egg, "quantity": 1}]}),
    );
    let n = o["order_number"].as_str().expect("n").to_string();
    let path = format!("/api/orders/{n}/");

    // Items replaced wholesale, totals recomputed, version bumped.
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(
            &json!({"notes": "ring the bell", "items": [{"menu_item_id": chicken, "quantity": 3}]}),
        ),
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
    assert_eq!(e["order_number"], json!(n));
    assert_eq!(e["created_at"], o["created_at"]);
    assert_eq!(
        srv.db()
            .query_row("SELECT COUNT(*) FROM order_items", [], |r| r
                .get::<_, i64>(0))
            .expect("c"),
        1
    );

    // Fields without items keep the lines; switching to Delivery needs phone and location.
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"delivery_type": "Delivery"})),
    );
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({
            "customer_phone": ["Customer phone number is required for delivery orders."],
            "delivery_location": ["A delivery location is required for delivery orders."]
        })
    );
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"delivery_type": "Delivery", "customer_phone": "0241112222", "delivery_location": "Madina"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let e = r.json();
    assert_eq!(e["version"], 3);
    assert_eq!(e["delivery_fee"], "15.00");
    assert_eq!(e["total_price"], "60.00");
    assert_eq!(e["status"], "Pending", "an edit never changes the status");
    // Back to Pickup clears the location and the fee.
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"delivery_type": "Pickup"})),
    );
    assert_eq!(r.status, 200);
    let e = r.json();
    assert_eq!(e["delivery_location"], Value::Null);
    assert_eq!(e["delivery_location_fee"], Value::Null);
    assert_eq!(e["total_price"], "45.00");
    assert_eq!(e["customer_phone"], "0241112222");

    // status is writable here with the table's rules: an illegal move changes nothing,
    // not even the fields sent beside it.
    let before = counts(&srv);
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"status": "Fulfilled", "notes": "x"})),
    );
    assert_eq!(r.status, 400);
    let msg = "Cannot change status from Pending to Fulfilled: from Pending an order can go to \
               Accepted or Cancelled.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    assert_eq!(counts(&srv), before);
    // Bad items on edit: nothing changes either.
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"items": [{"menu_item_id": 99}]})),
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
    let r = srv.send(
        "PUT",
        &path,
        Some(&counter),
        Some(&json!({"notes": "y", "items": [{"menu_item_id": egg, "quantity": 2}]})),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["total_price"], "10.00");
    let version = r.json()["version"].as_i64().expect("v");

    // Roles: kitchen and rider may not edit; admin and superadmin may.
    for who in ["kitchen", "rider"] {
        let t = srv.login(who);
        let r = srv.send("PATCH", &path, Some(&t), Some(&json!({"notes": who})));
        assert_eq!(r.status, 403, "{who}");
    }
    for who in ["manager", "owner"] {
        let t = srv.login(who);
        let r = srv.send("PATCH", &path, Some(&t), Some(&json!({"notes": who})));
        assert_eq!(r.status, 200, "{who}");
    }
    assert_eq!(get_order(&srv, &counter, &n)["version"], version + 2);
    assert_eq!(
        srv.send(
            "PATCH",
            "/api/orders/010100-999/",
            Some(&counter),
            Some(&json!({}))
        )
        .status,
        404
    );

    // Not when Cancelled (or Fulfilled).
    assert_eq!(set_status(&srv, &counter, &n, "Cancelled").status, 200);
    let before = counts(&srv);
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"notes": "late"})),
    );
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"detail": "Cannot edit an order that is Cancelled."})
    );
    assert_eq!(counts(&srv), before);

    // Delete: superadmin only; 204; then 404; one item_deleted event.
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

// ---------------------------------------------------------------- status table

/// Creates an order and walks it (as the owner) to `target`; `paid` pays it in full first.
fn order_at(srv: &Server, owner: &str, delivery: bool, paid: bool, target: &str) -> String {
    let egg = srv.menu_id("Egg");
    let body = if delivery {
        json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
               "delivery_location": "UGMC", "items": [{"menu_item_id": egg, "quantity": 1}]})
    } else {
        json!({"items": [{"menu_item_id": egg, "quantity": 1}]})
    };
    let o = created(srv, owner, &body);
    let n = o["order_number"].as_str().expect("n").to_string();
    if paid {
        pay(srv, owner, &n, o["total_price"].as_str().expect("total"));
    }
    let path: &[&str] = match (target, delivery) {
        ("Pending", _) | ("Accepted", _) => &[],
        ("Ready", _) => &["Ready"],
        ("Out for Delivery", true) => &["Out for Delivery"],
        ("Fulfilled", true) => &["Out for Delivery", "Fulfilled"],
        ("Fulfilled", false) => &["Fulfilled"],
        ("Cancelled", _) => &["Cancelled"],
        other => panic!("cannot reach {other:?}"),
    };
    for s in path {
        let r = set_status(srv, owner, &n, s);
        assert_eq!(r.status, 200, "walk to {s}: {}", r.text());
    }
    let now = get_order(srv, owner, &n);
    assert_eq!(now["status"], target);
    n
}

#[test]
fn status_table_for_staff() {
    let srv = Server::start();
    let owner = srv.login("owner");
    const ALL: [&str; 6] = [
        "Pending",
        "Accepted",
        "Ready",
        "Out for Delivery",
        "Fulfilled",
        "Cancelled",
    ];
    // The legal moves of a paid Delivery order (the status table; Ready is optional).
    let legal = |from: &str, to: &str| -> bool {
        matches!(
            (from, to),
            ("Pending", "Accepted" | "Cancelled")
                | ("Accepted", "Ready" | "Out for Delivery" | "Cancelled")
                | (
                    "Ready",
                    "Out for Delivery" | "Fulfilled" | "Accepted" | "Cancelled"
                )
                | ("Out for Delivery", "Fulfilled" | "Ready")
        )
    };
    for from in [
        "Accepted",
        "Ready",
        "Out for Delivery",
        "Fulfilled",
        "Cancelled",
    ] {
        for to in ALL {
            let n = order_at(&srv, &owner, true, true, from);
            let before = get_order(&srv, &owner, &n);
            let r = set_status(&srv, &owner, &n, to);
            let after = get_order(&srv, &owner, &n);
            if from == to {
                assert_eq!(r.status, 200, "{from} -> {to} no-op");
                assert_eq!(
                    after["version"], before["version"],
                    "a no-op writes nothing"
                );
            } else if legal(from, to) {
                assert_eq!(r.status, 200, "{from} -> {to}: {}", r.text());
                assert_eq!(r.json()["status"], to);
                assert_eq!(after["status"], to);
                assert_eq!(after["version"], before["version"].as_i64().expect("v") + 1);
            } else {
                assert_eq!(
                    r.status,
                    400,
                    "{from} -> {to} should be illegal: {}",
                    r.text()
                );
                assert!(r.json()["status"][0].is_string(), "{}", r.text());
                assert_eq!(r.json()["detail"], r.json()["status"][0]);
                assert_eq!(after, before, "{from} -> {to} changed the order");
            }
        }
    }
    // Pickup specifics: unpaid Pending cannot be Accepted; never Out for Delivery; Fulfilled
    // needs payment.
    let n = order_at(&srv, &owner, false, false, "Pending");
    let r = set_status(&srv, &owner, &n, "Accepted");
    assert_eq!(r.status, 400);
    let msg = "A Pickup order is Accepted only once it is paid (PAID, OVERPAID or PARTIALLY PAID).";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    let r = set_status(&srv, &owner, &n, "Ready");
    assert_eq!(r.status, 400);
    let r = set_status(&srv, &owner, &n, "Cancelled");
    assert_eq!(r.status, 200);
    let n = order_at(&srv, &owner, false, true, "Ready");
    let r = set_status(&srv, &owner, &n, "Out for Delivery");
    assert_eq!(r.status, 400);
    let msg = "Out for Delivery is only for Delivery orders.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    assert_eq!(set_status(&srv, &owner, &n, "Fulfilled").status, 200);
    // Unpaid Delivery order cannot be Fulfilled.
    let n = order_at(&srv, &owner, true, false, "Out for Delivery");
    let r = set_status(&srv, &owner, &n, "Fulfilled");
    assert_eq!(r.status, 400);
    let msg = "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    // Bad bodies.
    let r = set_status(&srv, &owner, &n, "Done");
    assert_eq!(r.status, 400);
    let msg = "\"Done\" is not a valid choice.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    let r = srv.send(
        "PATCH",
        &format!("/api/orders/{n}/status/"),
        Some(&owner),
        Some(&json!({})),
    );
    assert_eq!(r.status, 400);
    let msg = "This field is required.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    // PUT works like PATCH; unknown order is 404.
    let r = srv.send(
        "PUT",
        &format!("/api/orders/{n}/status/"),
        Some(&owner),
        Some(&json!({"status": "Ready"})),
    );
    assert_eq!(r.status, 200);
    assert_eq!(set_status(&srv, &owner, "010100-999", "Ready").status, 404);
}

#[test]
fn status_role_matrix() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let kitchen = srv.login("kitchen");
    let rider = srv.login("rider");
    let forbidden = |r: &Resp, what: &str| {
        assert_eq!(r.status, 403, "{what}: {}", r.text());
        assert!(r.json()["detail"].is_string());
    };

    // Kitchen: Accepted -> Ready only.
    let n = order_at(&srv, &owner, true, true, "Accepted");
    forbidden(
        &set_status(&srv, &kitchen, &n, "Cancelled"),
        "kitchen cancel",
    );
    forbidden(
        &set_status(&srv, &rider, &n, "Ready"),
        "rider Accepted->Ready",
    );
    forbidden(
        &set_status(&srv, &kitchen, &n, "Out for Delivery"),
        "kitchen Accepted->OFD",
    );
    assert_eq!(set_status(&srv, &kitchen, &n, "Ready").status, 200);
    forbidden(
        &set_status(&srv, &kitchen, &n, "Accepted"),
        "kitchen Ready->Accepted",
    );
    forbidden(
        &set_status(&srv, &kitchen, &n, "Out for Delivery"),
        "kitchen Ready->OFD",
    );
    forbidden(
        &set_status(&srv, &kitchen, &n, "Fulfilled"),
        "kitchen Ready->Fulfilled",
    );
    // Rider: Ready -> Out for Delivery -> Fulfilled only.
    forbidden(
        &set_status(&srv, &rider, &n, "Fulfilled"),
        "rider Ready->Fulfilled",
    );
    forbidden(&set_status(&srv, &rider, &n, "Cancelled"), "rider cancel");
    assert_eq!(set_status(&srv, &rider, &n, "Out for Delivery").status, 200);
    forbidden(&set_status(&srv, &rider, &n, "Ready"), "rider OFD->Ready");
    forbidden(
        &set_status(&srv, &kitchen, &n, "Fulfilled"),
        "kitchen OFD->Fulfilled",
    );
    assert_eq!(set_status(&srv, &rider, &n, "Fulfilled").status, 200);
    // A no-op is fine for anyone.
    assert_eq!(set_status(&srv, &kitchen, &n, "Fulfilled").status, 200);
    // Rider on an unpaid order: allowed by role, refused by payment.
    let n = order_at(&srv, &owner, true, false, "Out for Delivery");
    assert_eq!(set_status(&srv, &rider, &n, "Fulfilled").status, 400);
    // Kitchen cannot accept a Pickup order.
    let p = order_at(&srv, &owner, false, false, "Pending");
    forbidden(
        &set_status(&srv, &kitchen, &p, "Accepted"),
        "kitchen Pending->Accepted",
    );
    // Staff: counter and manager may make any legal move.
    for who in ["counter", "manager"] {
        let t = srv.login(who);
        let n = order_at(&srv, &owner, true, true, "Accepted");
        for s in [
            "Ready",
            "Out for Delivery",
            "Ready",
            "Accepted",
            "Cancelled",
        ] {
            assert_eq!(set_status(&srv, &t, &n, s).status, 200, "{who} -> {s}");
        }
    }
    assert_eq!(
        srv.send(
            "PATCH",
            &format!("/api/orders/{p}/status/"),
            None,
            Some(&json!({"status": "Cancelled"}))
        )
        .status,
        401
    );
}

// ---------------------------------------------------------------- idempotency

#[test]
fn idempotent_create_and_dropped_connection() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg = srv.menu_id("Egg");
    let body = json!({"items": [{"menu_item_id": egg, "quantity": 2}]});
    let auth = ("Authorization", format!("Bearer {tok}"));
    let orders = |srv: &Server| -> i64 {
        srv.db()
            .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
            .expect("count")
    };

    let key = (
        "Idempotency-Key",
        "6f1c7d1e-1111-4c3a-9d7e-000000000001".to_string(),
    );
    let a = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth.clone(), key.clone()],
        Some(&body),
    );
    let b = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth.clone(), key.clone()],
        Some(&body),
    );
    assert_eq!(a.status, 201, "{}", a.text());
    assert_eq!(b.status, 201);
    assert_eq!(a.body, b.body, "the retry gets the very same response");
    assert_eq!(b.header("Idempotent-Replayed"), Some("true"));
    assert_eq!(orders(&srv), 1);
    let other = json!({"items": [{"menu_item_id": egg, "quantity": 3}]});
    let c = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth.clone(), key.clone()],
        Some(&other),
    );
    assert_eq!(c.status, 409, "{}", c.text());
    assert_eq!(orders(&srv), 1);
    // The same key on another mutation (an edit) is the same key: 409 too.
    let n = a.json()["order_number"].as_str().expect("n").to_string();
    let e = request_with(
        srv.addr,
        "PATCH",
        &format!("/api/orders/{n}/"),
        &[auth.clone(), key.clone()],
        Some(&json!({"notes": "x"})),
    );
    assert_eq!(e.status, 409);
    // A failed request stores nothing: fixing the body under the same key then works.
    let key2 = (
        "Idempotency-Key",
        "6f1c7d1e-1111-4c3a-9d7e-000000000002".to_string(),
    );
    let bad = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth.clone(), key2.clone()],
        Some(&json!({"items": []})),
    );
    assert_eq!(bad.status, 400);
    let good = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth.clone(), key2.clone()],
        Some(&body),
    );
    assert_eq!(good.status, 201, "{}", good.text());

    // The client sends a create and hangs up before reading; then it retries.
    let before = orders(&srv);
    let key3 = "6f1c7d1e-1111-4c3a-9d7e-000000000003".to_string();
    let payload = body.to_string();
    let raw = format!(
        "POST /api/orders/ HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {tok}\r\n\
         Idempotency-Key: {key3}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{payload}",
        payload.len()
    );
    let mut s = std::net::TcpStream::connect(srv.addr).expect("connect");
    s.write_all(raw.as_bytes()).expect("write");
    drop(s);
    let retry = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth.clone(), ("Idempotency-Key", key3.clone())],
        Some(&body),
    );
    assert_eq!(retry.status, 201, "{}", retry.text());
    // Wait until the server has finished with the abandoned request too, then count.
    assert!(
        common::wait_until(Duration::from_secs(20), || {
            srv.log("access.log")
                .matches("\"POST /api/orders/\"")
                .count()
                >= 7
        }),
        "access log: {}",
        srv.log("access.log")
    );
    assert_eq!(
        orders(&srv),
        before + 1,
        "exactly one order for the retried create"
    );
    let again = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[auth, ("Idempotency-Key", key3)],
        Some(&body),
    );
    assert_eq!(again.body, retry.body);
    assert_eq!(orders(&srv), before + 1);
}
