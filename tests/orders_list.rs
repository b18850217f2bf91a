//! Reading orders: the list (newest first, every role, filters by date, status and search,
//! pagination), the detail and its 404, the status history oldest first, and the WebSocket
//! snapshot (open orders of any day plus all of today's, newest first, each the same Order
//! JSON as the detail).

mod common;
#[path = "common/orders.rs"]
mod orders;
#[path = "common/wsutil.rs"]
mod wsutil;

use common::Server;
use orders::*;
use serde_json::{json, Value};

/// Five Pickup orders (phones 0240000000..4) and one Delivery order to East Legon, in that
/// order; the first is then backdated to 2020-01-15. Their numbers.
fn six_orders(srv: &Server, tok: &str) -> Vec<String> {
    let egg = srv.menu_id("Egg");
    let item = json!([{"menu_item_id": egg, "quantity": 1}]);
    let mut numbers: Vec<String> = (0..5)
        .map(|i| {
            number(&created(
                srv,
                tok,
                &json!({"customer_phone": format!("024000000{i}"), "items": item}),
            ))
        })
        .collect();
    numbers.push(number(&created(
        srv,
        tok,
        &json!({"delivery_type": "Delivery", "customer_phone": "0551112222",
                "delivery_location": "East Legon", "items": item}),
    )));
    backdate(srv, &numbers[0], "2020-01-15T12:00:00.000000Z");
    numbers
}

fn backdate(srv: &Server, number: &str, at: &str) {
    srv.db()
        .execute(
            "UPDATE orders SET created_at = ?1 WHERE order_number = ?2",
            [at, number],
        )
        .expect("backdate");
}

/// The numbers of a list answer (a bare array or a page's results).
fn numbers_of(v: &Value) -> Vec<String> {
    v.as_array()
        .or_else(|| v["results"].as_array())
        .expect("array or page")
        .iter()
        .map(|o| o["order_number"].as_str().expect("n").to_string())
        .collect()
}

/// Newest first: the five of today from the last made, then the backdated one.
fn newest_first(numbers: &[String]) -> Vec<String> {
    let mut v: Vec<String> = numbers[1..].iter().rev().cloned().collect();
    v.push(numbers[0].clone());
    v
}

#[test]
fn the_list_is_newest_first_and_every_role_may_read_it() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let numbers = six_orders(&srv, &tok);
    let all = srv.get("/api/orders/", Some(&tok));
    assert_eq!(all.status, 200);
    assert_eq!(numbers_of(&all.json()), newest_first(&numbers));
    for who in ["owner", "manager", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(srv.get("/api/orders/", Some(&t)).status, 200, "{who}");
        assert_eq!(
            srv.get(&format!("/api/orders/{}/", numbers[1]), Some(&t))
                .status,
            200,
            "{who}"
        );
    }
    assert_eq!(srv.get("/api/orders/", None).status, 401);
}

#[test]
fn the_list_filters_by_date_status_and_search() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let numbers = six_orders(&srv, &tok);
    let list = |q: &str| -> Vec<String> {
        let r = srv.get(&format!("/api/orders/?{q}"), Some(&tok));
        assert_eq!(r.status, 200, "{q}: {}", r.text());
        numbers_of(&r.json())
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
    // A LIKE wildcard is searched for literally.
    assert_eq!(list("search=%25"), Vec::<String>::new());
    assert_eq!(
        list("status=Pending&search=0240000004"),
        vec![numbers[4].clone()]
    );
}

#[test]
fn bad_filter_values_are_refused() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let r = srv.get("/api/orders/?date=2020-13-01", Some(&tok));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"date": ["Enter a valid date."]}));
    let r = srv.get("/api/orders/?status=Done", Some(&tok));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"status": ["Select a valid choice. Done is not one of the available choices."]})
    );
}

#[test]
fn page_size_pages_the_list_and_a_page_past_the_end_is_404() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let numbers = six_orders(&srv, &tok);
    let r = srv.get("/api/orders/?page_size=4", Some(&tok));
    assert_eq!(r.status, 200);
    let p = r.json();
    assert_eq!(p["count"], 6);
    assert_eq!(p["previous"], Value::Null);
    assert_eq!(p["next"], "/api/orders/?page_size=4&page=2");
    assert_eq!(numbers_of(&p), newest_first(&numbers)[..4].to_vec());
    let p = srv
        .get("/api/orders/?page_size=4&page=2", Some(&tok))
        .json();
    assert_eq!(p["next"], Value::Null);
    assert_eq!(p["previous"], "/api/orders/?page_size=4");
    assert_eq!(numbers_of(&p), newest_first(&numbers)[4..].to_vec());
    assert_eq!(
        srv.get("/api/orders/?page_size=4&page=3", Some(&tok))
            .status,
        404
    );
}

#[test]
fn the_detail_shows_the_order_and_an_unknown_number_is_404() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let numbers = six_orders(&srv, &tok);
    let d = get_order(&srv, &tok, &numbers[5]);
    assert_eq!(d["order_number"], json!(numbers[5]));
    assert_eq!(d["delivery_location"], "East Legon");
    let r = srv.get("/api/orders/010100-999/", Some(&tok));
    assert_eq!(r.status, 404);
    assert_eq!(r.json(), json!({"detail": "Not found."}));
}

#[test]
fn the_history_lists_the_first_status_then_every_move_oldest_first() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg = srv.menu_id("Egg");
    let n = number(&created(
        &srv,
        &tok,
        &json!({"delivery_type": "Delivery", "customer_phone": "0551112222",
                "delivery_location": "East Legon", "items": [{"menu_item_id": egg, "quantity": 1}]}),
    ));
    let owner = srv.login("owner");
    let kitchen = srv.login("kitchen");
    assert_eq!(set_status(&srv, &owner, &n, "Ready").status, 200);
    assert_eq!(set_status(&srv, &owner, &n, "Accepted").status, 200);
    assert_eq!(set_status(&srv, &kitchen, &n, "Ready").status, 200);
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
}

#[test]
fn the_websocket_snapshot_holds_open_orders_and_todays_newest_first_as_the_api_shows_them() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let numbers = six_orders(&srv, &tok);
    let owner = srv.login("owner");
    // Two cancelled orders: one of today (kept), one of an old day (left out). The backdated
    // numbers[0] is still Pending, so it stays.
    for n in &numbers[1..3] {
        assert_eq!(set_status(&srv, &owner, n, "Cancelled").status, 200);
    }
    backdate(&srv, &numbers[1], "2020-01-14T12:00:00.000000Z");

    let mut ws = wsutil::connect(srv.addr, &format!("token={tok}"));
    let first = wsutil::next_json(&mut ws);
    assert_eq!(first["type"], "data_update", "{first}");
    let snap = first["data"].as_array().expect("data");
    let got: Vec<String> = snap
        .iter()
        .map(|o| o["order_number"].as_str().expect("n").to_string())
        .collect();
    let want: Vec<String> = [5, 4, 3, 2, 0]
        .iter()
        .map(|&i| numbers[i].clone())
        .collect();
    assert_eq!(got, want);
    for o in snap {
        let mut api = get_order(&srv, &tok, o["order_number"].as_str().expect("n"));
        // Relative time is computed at each answer.
        api["time_ago"] = o["time_ago"].clone();
        assert_eq!(o, &api);
    }
}
