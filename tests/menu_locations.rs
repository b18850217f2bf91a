//! Menu items and delivery locations through the real server: happy paths, every validation
//! error's exact shape (and that bad input changes nothing), filters and pagination, 404s,
//! the role matrix, the 409 on deleting an ordered item, and location deletes keeping the
//! orders' snapshot.

mod common;

use common::{Client, Resp, Server};
use rusqlite::params;
use serde_json::{json, Value};

const ITEMS: &str = "/api/menu/items/";
const LOCS: &str = "/api/orders/delivery-locations/";

fn item_path(id: i64) -> String {
    format!("{ITEMS}{id}/")
}

fn loc_path(id: i64) -> String {
    format!("{LOCS}{id}/")
}

fn scalar(srv: &Server, sql: &str) -> i64 {
    srv.db().query_row(sql, [], |r| r.get(0)).expect(sql)
}

/// Row counts that bad input must leave alone.
fn counts(srv: &Server) -> (i64, i64, i64) {
    (
        scalar(srv, "SELECT COUNT(*) FROM menu_items"),
        scalar(srv, "SELECT COUNT(*) FROM delivery_locations"),
        scalar(srv, "SELECT COUNT(*) FROM audit_log"),
    )
}

fn audit_actions(srv: &Server, object_type: &str, id: i64) -> Vec<String> {
    let c = srv.db();
    let mut st = c
        .prepare(
            "SELECT action || ':' || username FROM audit_log \
             WHERE object_type = ?1 AND object_id = ?2 ORDER BY id",
        )
        .expect("prepare");
    let rows = st
        .query_map(params![object_type, id.to_string()], |r| r.get(0))
        .expect("query");
    rows.map(|r| r.expect("row")).collect()
}

/// Sends raw body bytes (malformed JSON).
fn send_raw(srv: &Server, method: &str, path: &str, token: &str, body: &[u8]) -> Resp {
    let mut c = Client::connect(srv.addr);
    c.send(
        method,
        path,
        &[("Authorization", format!("Bearer {token}"))],
        Some(body),
        true,
    )
}

fn expect(r: &Resp, status: u16, what: &str) -> Value {
    assert_eq!(r.status, status, "{what}: {}", r.text());
    if r.body.is_empty() {
        Value::Null
    } else {
        r.json()
    }
}

/// Inserts an order (with one item of `menu_item_id`, and optionally a location) directly,
/// as the orders API would; returns the order id.
fn insert_order(
    srv: &Server,
    number: &str,
    menu_item_id: Option<i64>,
    loc: Option<(i64, &str, i64)>,
) -> i64 {
    let c = srv.db();
    let now = "2026-11-26T10:00:00.000000Z";
    let seq: i64 = number[7..].parse().expect("seq");
    c.execute(
        "INSERT INTO orders (order_number, order_date, seq, delivery_type, delivery_location_id, \
         delivery_location_name, delivery_location_fee, status, delivery_fee, total_price, created_at, updated_at) \
         VALUES (?1, '2026-11-26', ?2, ?3, ?4, ?5, ?6, 'Accepted', ?7, ?7, ?8, ?8)",
        params![
            number,
            seq,
            if loc.is_some() { "Delivery" } else { "Pickup" },
            loc.map(|l| l.0),
            loc.map(|l| l.1.to_string()),
            loc.map(|l| l.2),
            loc.map(|l| l.2).unwrap_or(0),
            now
        ],
    )
    .expect("insert order");
    let order_id = c.last_insert_rowid();
    if let Some(mid) = menu_item_id {
        c.execute(
            "INSERT INTO order_items (order_id, menu_item_id, menu_item_name, item_type, quantity, \
             unit_price, subtotal, created_at, updated_at) \
             SELECT ?1, id, name, item_type, 1, price, price, ?2, ?2 FROM menu_items WHERE id = ?3",
            params![order_id, now, mid],
        )
        .expect("insert order item");
    }
    order_id
}

#[test]
fn menu_items_crud_validation_filters_and_delete_conflict() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let manager = srv.login("manager");

    // Public list: paginated envelope, ordered by item type (extras first) then name, every
    // field present.
    let seeded = scalar(&srv, "SELECT COUNT(*) FROM menu_items");
    assert!(seeded > 5, "seed-demo should have made a menu");
    let list = expect(&srv.get(ITEMS, None), 200, "anonymous list");
    assert_eq!(list["count"], json!(seeded));
    assert_eq!(list["previous"], Value::Null);
    let names: Vec<(&str, &str)> = list["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|i| {
            let t = i["item_type"].as_str().expect("item_type");
            assert_eq!(i["is_extra"], json!(t == "extra"), "is_extra of {i}");
            (t, i["name"].as_str().expect("name"))
        })
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "ordered by item type, then name");
    let first = &list["results"][0];
    for k in [
        "id",
        "name",
        "item_type",
        "price",
        "is_available",
        "created_by",
        "created_at",
        "updated_at",
        "is_extra",
    ] {
        assert!(first.get(k).is_some(), "field {k} in {first}");
    }

    // Create (staff): defaults, number and string prices, creator's username.
    let r = srv.post(
        ITEMS,
        Some(&counter),
        &json!({"name": "  Zz Test Jollof  ", "price": 40}),
    );
    let jollof = expect(&r, 201, "create");
    assert_eq!(jollof["name"], "Zz Test Jollof");
    assert_eq!(jollof["item_type"], "regular");
    assert_eq!(jollof["price"], "40.00");
    assert_eq!(jollof["is_available"], true);
    assert_eq!(jollof["created_by"], "counter");
    assert!(jollof["created_at"].as_str().expect("ts").ends_with('Z'));
    assert_eq!(jollof["created_at"], jollof["updated_at"]);
    let jid = jollof["id"].as_i64().expect("id");
    let egg = expect(
        &srv.post(
            ITEMS,
            Some(&counter),
            &json!({"name": "Zz Test Egg", "price": "5.5", "item_type": "extra", "is_available": false}),
        ),
        201,
        "create extra",
    );
    assert_eq!(egg["price"], "5.50");
    assert_eq!(egg["item_type"], "extra");
    assert_eq!(egg["is_available"], false);
    let eid = egg["id"].as_i64().expect("id");
    let got = expect(&srv.get(&item_path(jid), None), 200, "public detail");
    assert_eq!(got, jollof);

    // Every validation error's shape; none of them changes a row or writes an audit row.
    let before = counts(&srv);
    let cases: Vec<(Value, Value)> = vec![
        (
            json!({"name": "X1", "price": "abc"}),
            json!({"price": ["A valid number is required."]}),
        ),
        (
            json!({"name": "X1", "price": "0"}),
            json!({"price": ["Ensure this value is greater than or equal to 0.01."]}),
        ),
        (
            json!({"name": "X1", "price": 0}),
            json!({"price": ["Ensure this value is greater than or equal to 0.01."]}),
        ),
        (
            json!({"name": "X1", "price": "-5"}),
            json!({"price": ["Ensure this value is greater than or equal to 0.01."]}),
        ),
        (
            json!({"name": "X1", "price": "1.234"}),
            json!({"price": ["Ensure that there are no more than 2 decimal places."]}),
        ),
        (
            json!({"name": "X1", "price": true}),
            json!({"price": ["A valid number is required."]}),
        ),
        (
            json!({"name": "X1", "price": null}),
            json!({"price": ["This field may not be null."]}),
        ),
        (
            json!({"name": "X1"}),
            json!({"price": ["This field is required."]}),
        ),
        (
            json!({"price": "10"}),
            json!({"name": ["This field is required."]}),
        ),
        (
            json!({"name": "   ", "price": "10"}),
            json!({"name": ["This field may not be blank."]}),
        ),
        (
            json!({"name": "x".repeat(201), "price": "10"}),
            json!({"name": ["Ensure this field has no more than 200 characters."]}),
        ),
        (
            json!({"name": "Zz Test Jollof", "price": "10"}),
            json!({"name": ["menu item with this name already exists."]}),
        ),
        (
            json!({"name": " Zz Test Jollof ", "price": "10"}),
            json!({"name": ["menu item with this name already exists."]}),
        ),
        (
            json!({"name": "X1", "price": "10", "item_type": "x"}),
            json!({"item_type": ["\"x\" is not a valid choice."]}),
        ),
        (
            json!({"name": "X1", "price": "10", "is_available": "maybe"}),
            json!({"is_available": ["Must be a valid boolean."]}),
        ),
        (
            json!({}),
            json!({"name": ["This field is required."], "price": ["This field is required."]}),
        ),
        (
            json!([1, 2]),
            json!({"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}),
        ),
    ];
    for (body, want) in &cases {
        let r = srv.post(ITEMS, Some(&counter), body);
        assert_eq!(expect(&r, 400, &body.to_string()), *want, "body {body}");
    }
    let bad = send_raw(&srv, "POST", ITEMS, &counter, b"{\"name\": \"X1\", ");
    let detail = expect(&bad, 400, "bad JSON");
    assert!(
        detail["detail"]
            .as_str()
            .expect("detail")
            .starts_with("JSON parse error - "),
        "{detail}"
    );
    // Edits with bad input change nothing either (PUT needs name and price).
    let r = srv.send(
        "PUT",
        &item_path(jid),
        Some(&counter),
        Some(&json!({"name": "Zz New"})),
    );
    assert_eq!(
        expect(&r, 400, "PUT without price"),
        json!({"price": ["This field is required."]})
    );
    let r = srv.send(
        "PATCH",
        &item_path(jid),
        Some(&counter),
        Some(&json!({"name": "Zz Test Egg"})),
    );
    assert_eq!(
        expect(&r, 400, "rename onto another item"),
        json!({"name": ["menu item with this name already exists."]})
    );
    let r = srv.send(
        "PATCH",
        &item_path(jid),
        Some(&counter),
        Some(&json!({"price": "-1", "item_type": "bolt"})),
    );
    assert_eq!(
        expect(&r, 400, "bad patch"),
        json!({"price": ["Ensure this value is greater than or equal to 0.01."], "item_type": ["\"bolt\" is not a valid choice."]})
    );
    let bad = send_raw(&srv, "PATCH", &item_path(jid), &counter, b"nope");
    assert_eq!(bad.status, 400);
    assert_eq!(counts(&srv), before, "bad input changed the database");
    assert_eq!(
        expect(&srv.get(&item_path(jid), None), 200, "unchanged"),
        jollof
    );

    // PUT (full), PATCH (partial), renaming to its own name is fine.
    let put = expect(
        &srv.send(
            "PUT",
            &item_path(jid),
            Some(&counter),
            Some(&json!({"name": "Zz Test Jollof", "price": "45.00", "item_type": "regular"})),
        ),
        200,
        "PUT",
    );
    assert_eq!(put["price"], "45.00");
    assert_eq!(put["created_by"], "counter");
    assert!(put["updated_at"].as_str() >= jollof["updated_at"].as_str());
    let patched = expect(
        &srv.send(
            "PATCH",
            &item_path(jid),
            Some(&manager),
            Some(&json!({"price": 41.5})),
        ),
        200,
        "PATCH",
    );
    assert_eq!(patched["price"], "41.50");
    assert_eq!(patched["name"], "Zz Test Jollof");
    assert_eq!(patched["is_available"], true);

    // Toggle availability, twice.
    let t = expect(
        &srv.send(
            "PUT",
            &format!("{}toggle-availability/", item_path(jid)),
            Some(&counter),
            None,
        ),
        200,
        "toggle",
    );
    assert_eq!(t["is_available"], false);
    assert_eq!(t["price"], "41.50");
    let t = expect(
        &srv.send(
            "PUT",
            &format!("{}toggle-availability/", item_path(jid)),
            Some(&counter),
            None,
        ),
        200,
        "toggle back",
    );
    assert_eq!(t["is_available"], true);

    // Filters.
    let extras = expect(
        &srv.get(&format!("{ITEMS}?item_type=extra&page_size=1000"), None),
        200,
        "extras",
    );
    let rs = extras["results"].as_array().expect("results");
    assert!(rs.iter().all(|i| i["item_type"] == "extra"));
    assert!(rs.iter().any(|i| i["id"] == json!(eid)));
    assert_eq!(extras["count"].as_i64(), Some(rs.len() as i64));
    let unavailable = expect(
        &srv.get(&format!("{ITEMS}?availability=unavailable"), None),
        200,
        "unavailable",
    );
    let rs = unavailable["results"].as_array().expect("results");
    assert!(rs.iter().all(|i| i["is_available"] == false));
    assert!(rs.iter().any(|i| i["id"] == json!(eid)));
    let available = expect(
        &srv.get(
            &format!("{ITEMS}?availability=available&page_size=1000"),
            None,
        ),
        200,
        "available",
    );
    assert_eq!(
        available["count"].as_i64().expect("count") + unavailable["count"].as_i64().expect("count"),
        seeded + 2
    );
    let found = expect(
        &srv.get(&format!("{ITEMS}?search=zZ%20tEST"), None),
        200,
        "search",
    );
    let found_names: Vec<&str> = found["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|i| i["name"].as_str().expect("n"))
        .collect();
    assert_eq!(found_names, vec!["Zz Test Egg", "Zz Test Jollof"]);
    let found = expect(
        &srv.get(&format!("{ITEMS}?search=jollof&item_type=extra"), None),
        200,
        "search+type",
    );
    assert_eq!(found["count"], 0);
    let found = expect(
        &srv.get(&format!("{ITEMS}?search=%25"), None),
        200,
        "literal %",
    );
    assert_eq!(found["count"], 0);
    let r = srv.get(&format!("{ITEMS}?item_type=bolt"), None);
    assert_eq!(
        expect(&r, 400, "bad item_type filter"),
        json!({"item_type": ["Select a valid choice. bolt is not one of the available choices."]})
    );
    let r = srv.get(&format!("{ITEMS}?availability=maybe"), None);
    assert_eq!(r.status, 400);
    let by_price = expect(
        &srv.get(&format!("{ITEMS}?ordering=-price&page_size=1000"), None),
        200,
        "ordering",
    );
    let prices: Vec<f64> = by_price["results"]
        .as_array()
        .expect("r")
        .iter()
        .map(|i| i["price"].as_str().expect("p").parse().expect("num"))
        .collect();
    assert!(prices.windows(2).all(|w| w[0] >= w[1]), "{prices:?}");

    // Pagination: count/next/previous keep the other query parameters.
    let total = seeded + 2;
    let p1 = expect(
        &srv.get(&format!("{ITEMS}?page_size=5"), None),
        200,
        "page 1",
    );
    assert_eq!(p1["count"], json!(total));
    assert_eq!(p1["results"].as_array().map(Vec::len), Some(5));
    assert_eq!(p1["next"], "/api/menu/items/?page_size=5&page=2");
    assert_eq!(p1["previous"], Value::Null);
    let p2 = expect(
        &srv.get(&format!("{ITEMS}?page_size=5&page=2"), None),
        200,
        "page 2",
    );
    assert_eq!(p2["previous"], "/api/menu/items/?page_size=5");
    assert_ne!(p1["results"][0]["id"], p2["results"][0]["id"]);
    let last_page = (total + 4) / 5;
    let pl = expect(
        &srv.get(&format!("{ITEMS}?page_size=5&page={last_page}"), None),
        200,
        "last page",
    );
    assert_eq!(pl["next"], Value::Null);
    assert_eq!(
        pl["results"].as_array().map(Vec::len),
        Some((total - (last_page - 1) * 5) as usize)
    );
    let r = srv.get(&format!("{ITEMS}?page_size=5&page={}", last_page + 1), None);
    assert_eq!(
        expect(&r, 404, "page past the end"),
        json!({"detail": "Invalid page."})
    );

    // 404s: unknown and non-numeric ids, for every method.
    for path in [
        item_path(999_999),
        format!("{ITEMS}abc/"),
        format!("{ITEMS}-1/"),
    ] {
        assert_eq!(
            expect(&srv.get(&path, None), 404, "get"),
            json!({"detail": "Not found."})
        );
        assert_eq!(
            srv.send("PATCH", &path, Some(&counter), Some(&json!({"price": 1})))
                .status,
            404
        );
        assert_eq!(
            srv.send(
                "PUT",
                &path,
                Some(&counter),
                Some(&json!({"name": "a", "price": 1}))
            )
            .status,
            404
        );
        assert_eq!(srv.send("DELETE", &path, Some(&manager), None).status, 404);
        assert_eq!(
            srv.send(
                "PUT",
                &format!("{path}toggle-availability/"),
                Some(&counter),
                None
            )
            .status,
            404
        );
    }

    // Delete of an ordered item: 409 with a clear message, nothing deleted; unordered: 204.
    insert_order(&srv, "261126-001", Some(jid), None);
    let before = counts(&srv);
    let r = srv.send("DELETE", &item_path(jid), Some(&manager), None);
    let body = expect(&r, 409, "delete referenced item");
    let msg = body["detail"].as_str().expect("detail");
    assert!(
        msg.contains("unavailable") && msg.contains("orders"),
        "{msg}"
    );
    assert_eq!(counts(&srv), before);
    assert_eq!(srv.get(&item_path(jid), None).status, 200);
    let r = srv.send("DELETE", &item_path(eid), Some(&manager), None);
    expect(&r, 204, "delete");
    assert!(r.body.is_empty());
    assert_eq!(srv.get(&item_path(eid), None).status, 404);
    assert_eq!(
        srv.send("DELETE", &item_path(eid), Some(&manager), None)
            .status,
        404
    );

    // Every change left an audit row naming its author.
    assert_eq!(
        audit_actions(&srv, "menu_item", jid),
        vec![
            "create:counter",
            "update:counter",
            "update:manager",
            "toggle:counter",
            "toggle:counter"
        ]
    );
    assert_eq!(
        audit_actions(&srv, "menu_item", eid),
        vec!["create:counter", "delete:manager"]
    );

    // An Idempotency-Key retry creates one item and replays the first answer.
    let headers = [
        ("Authorization", format!("Bearer {counter}")),
        ("Idempotency-Key", "menu-test-key-1".to_string()),
    ];
    let body = json!({"name": "Zz Idem", "price": "9"});
    let a = common::request_with(srv.addr, "POST", ITEMS, &headers, Some(&body));
    let b = common::request_with(srv.addr, "POST", ITEMS, &headers, Some(&body));
    assert_eq!((a.status, b.status), (201, 201));
    assert_eq!(a.json(), b.json());
    assert_eq!(b.header("Idempotent-Replayed"), Some("true"));
    assert_eq!(
        scalar(
            &srv,
            "SELECT COUNT(*) FROM menu_items WHERE name = 'Zz Idem'"
        ),
        1
    );
}

#[test]
fn menu_role_matrix() {
    let srv = Server::start();
    let users = ["owner", "manager", "counter", "kitchen", "rider"];
    let tokens: Vec<(Option<&str>, Option<String>)> = std::iter::once((None, None))
        .chain(users.iter().map(|u| (Some(*u), Some(srv.login(u)))))
        .collect();
    let owner = tokens[1].1.clone().expect("owner token");
    let before = counts(&srv);
    for (who, tok) in &tokens {
        let name = who.unwrap_or("anonymous");
        let t = tok.as_deref();
        let staff = matches!(*who, Some("owner" | "manager" | "counter"));
        let admin = matches!(*who, Some("owner" | "manager"));
        let denied = if who.is_none() { 401 } else { 403 };
        // A fixture per role, made by the owner.
        let fixture = expect(
            &srv.post(
                ITEMS,
                Some(&owner),
                &json!({"name": format!("Role fixture {name}"), "price": "10"}),
            ),
            201,
            "fixture",
        );
        let fid = fixture["id"].as_i64().expect("id");

        assert_eq!(srv.get(ITEMS, t).status, 200, "{name} list");
        assert_eq!(srv.get(&item_path(fid), t).status, 200, "{name} detail");

        let r = srv.post(
            ITEMS,
            t,
            &json!({"name": format!("Role made by {name}"), "price": "12"}),
        );
        assert_eq!(
            r.status,
            if staff { 201 } else { denied },
            "{name} create: {}",
            r.text()
        );
        if !staff {
            let d = r.json()["detail"]
                .as_str()
                .map(str::to_string)
                .expect("detail");
            assert!(!d.is_empty());
        }
        let r = srv.send("PATCH", &item_path(fid), t, Some(&json!({"price": "11"})));
        assert_eq!(r.status, if staff { 200 } else { denied }, "{name} patch");
        let r = srv.send(
            "PUT",
            &item_path(fid),
            t,
            Some(&json!({"name": format!("Role fixture {name}"), "price": "11"})),
        );
        assert_eq!(r.status, if staff { 200 } else { denied }, "{name} put");
        let r = srv.send(
            "PUT",
            &format!("{}toggle-availability/", item_path(fid)),
            t,
            None,
        );
        assert_eq!(r.status, if staff { 200 } else { denied }, "{name} toggle");
        let r = srv.send("DELETE", &item_path(fid), t, None);
        assert_eq!(r.status, if admin { 204 } else { denied }, "{name} delete");
        let exists = srv.get(&item_path(fid), None).status == 200;
        assert_eq!(exists, !admin, "{name}: fixture existence after delete");
        let fixture_now = srv
            .db()
            .query_row(
                "SELECT price, is_available FROM menu_items WHERE id = ?1",
                [fid],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, bool>(1)?)),
            )
            .ok();
        if !staff {
            assert_eq!(
                fixture_now,
                Some((1000, true)),
                "{name} changed the fixture"
            );
        }
    }
    // Rows: one fixture per role (minus the two deleted) plus one item per staff role.
    let (items, _, _) = counts(&srv);
    assert_eq!(items, before.0 + 6 - 2 + 3);
}

#[test]
fn delivery_locations_crud_validation_roles_and_delete() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let manager = srv.login("manager");
    let counter = srv.login("counter");
    let kitchen = srv.login("kitchen");
    let rider = srv.login("rider");

    let active = scalar(
        &srv,
        "SELECT COUNT(*) FROM delivery_locations WHERE is_active = 1",
    );
    let list = expect(&srv.get(LOCS, None), 200, "anonymous list");
    assert_eq!(list["count"], json!(active));
    let names: Vec<&str> = list["results"]
        .as_array()
        .expect("r")
        .iter()
        .map(|l| l["name"].as_str().expect("n"))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    for k in ["id", "name", "fee", "is_active", "created_at", "updated_at"] {
        assert!(list["results"][0].get(k).is_some(), "field {k}");
    }

    // Create (admin+).
    let l = expect(
        &srv.post(
            LOCS,
            Some(&manager),
            &json!({"name": " Aa Test Hall ", "fee": 5}),
        ),
        201,
        "create",
    );
    assert_eq!(l["name"], "Aa Test Hall");
    assert_eq!(l["fee"], "5.00");
    assert_eq!(l["is_active"], true);
    let lid = l["id"].as_i64().expect("id");
    let free = expect(
        &srv.post(
            LOCS,
            Some(&owner),
            &json!({"name": "Aa Free Pickup Point", "fee": "0"}),
        ),
        201,
        "fee 0",
    );
    assert_eq!(free["fee"], "0.00");
    let fid = free["id"].as_i64().expect("id");
    assert_eq!(expect(&srv.get(&loc_path(lid), None), 200, "detail"), l);

    // Validation: shapes, and nothing changes.
    let before = counts(&srv);
    let cases: Vec<(Value, Value)> = vec![
        (
            json!({"name": "Aa X"}),
            json!({"fee": ["This field is required."]}),
        ),
        (
            json!({"fee": "5"}),
            json!({"name": ["This field is required."]}),
        ),
        (
            json!({"name": "Aa X", "fee": "-0.01"}),
            json!({"fee": ["Ensure this value is greater than or equal to 0.00."]}),
        ),
        (
            json!({"name": "Aa X", "fee": "1.001"}),
            json!({"fee": ["Ensure that there are no more than 2 decimal places."]}),
        ),
        (
            json!({"name": "Aa X", "fee": "five"}),
            json!({"fee": ["A valid number is required."]}),
        ),
        (
            json!({"name": "Aa Test Hall", "fee": "5"}),
            json!({"name": ["delivery location with this name already exists."]}),
        ),
        (
            json!({"name": "y".repeat(101), "fee": "5"}),
            json!({"name": ["Ensure this field has no more than 100 characters."]}),
        ),
        (
            json!({"name": "Aa X", "fee": "5", "is_active": "perhaps"}),
            json!({"is_active": ["Must be a valid boolean."]}),
        ),
    ];
    for (body, want) in &cases {
        let r = srv.post(LOCS, Some(&manager), body);
        assert_eq!(expect(&r, 400, &body.to_string()), *want, "body {body}");
    }
    let bad = send_raw(&srv, "POST", LOCS, &manager, b"{\"name\": ");
    assert!(expect(&bad, 400, "bad JSON")["detail"]
        .as_str()
        .expect("d")
        .starts_with("JSON parse error - "));
    let r = srv.send(
        "PUT",
        &loc_path(lid),
        Some(&manager),
        Some(&json!({"name": "Aa Renamed"})),
    );
    assert_eq!(
        expect(&r, 400, "PUT without fee"),
        json!({"fee": ["This field is required."]})
    );
    let r = srv.send(
        "PATCH",
        &loc_path(lid),
        Some(&manager),
        Some(&json!({"name": "Aa Free Pickup Point"})),
    );
    assert_eq!(r.status, 400);
    assert_eq!(counts(&srv), before);

    // Edit; deactivate: hidden from the public, visible to staff.
    let e = expect(
        &srv.send(
            "PATCH",
            &loc_path(lid),
            Some(&manager),
            Some(&json!({"fee": "6.5"})),
        ),
        200,
        "patch",
    );
    assert_eq!(e["fee"], "6.50");
    assert_eq!(e["name"], "Aa Test Hall");
    let e = expect(
        &srv.send(
            "PUT",
            &loc_path(lid),
            Some(&owner),
            Some(&json!({"name": "Aa Test Hall", "fee": "7", "is_active": false})),
        ),
        200,
        "put",
    );
    assert_eq!(
        (e["fee"].as_str(), e["is_active"].as_bool()),
        (Some("7.00"), Some(false))
    );
    let public = expect(
        &srv.get(&format!("{LOCS}?page_size=1000"), None),
        200,
        "public list",
    );
    assert!(public["results"]
        .as_array()
        .expect("r")
        .iter()
        .all(|l| l["is_active"] == true && l["id"] != json!(lid)));
    assert_eq!(public["count"], json!(active + 1));
    let with_inactive = expect(
        &srv.get(
            &format!("{LOCS}?include_inactive=true&page_size=1000"),
            Some(&counter),
        ),
        200,
        "staff list",
    );
    assert_eq!(with_inactive["count"], json!(active + 2));
    assert!(with_inactive["results"]
        .as_array()
        .expect("r")
        .iter()
        .any(|l| l["id"] == json!(lid)));
    for t in [None, Some(kitchen.as_str())] {
        let r = expect(
            &srv.get(&format!("{LOCS}?include_inactive=true"), t),
            200,
            "non-staff include_inactive",
        );
        assert_eq!(r["count"], json!(active + 1));
    }
    assert_eq!(
        srv.get(&format!("{LOCS}?include_inactive=true"), Some("garbage"))
            .status,
        401
    );
    assert_eq!(srv.get(&loc_path(lid), None).status, 404);
    assert_eq!(srv.get(&loc_path(lid), Some(&rider)).status, 404);
    assert_eq!(srv.get(&loc_path(lid), Some(&counter)).status, 200);

    // Pagination.
    let p1 = expect(
        &srv.get(&format!("{LOCS}?page_size=2"), None),
        200,
        "page 1",
    );
    assert_eq!(
        p1["next"],
        "/api/orders/delivery-locations/?page_size=2&page=2"
    );
    assert_eq!(p1["results"].as_array().map(Vec::len), Some(2));

    // 404s.
    for path in [loc_path(999_999), format!("{LOCS}abc/")] {
        assert_eq!(srv.get(&path, None).status, 404);
        assert_eq!(
            srv.send("PATCH", &path, Some(&manager), Some(&json!({"fee": 1})))
                .status,
            404
        );
        assert_eq!(srv.send("DELETE", &path, Some(&manager), None).status, 404);
    }

    // Role matrix: create, edit, delete.
    let roles: [(&str, Option<&str>, u16); 6] = [
        ("anonymous", None, 401),
        ("owner", Some(&owner), 0),
        ("manager", Some(&manager), 0),
        ("counter", Some(&counter), 403),
        ("kitchen", Some(&kitchen), 403),
        ("rider", Some(&rider), 403),
    ];
    for (name, t, denied) in roles {
        let fixture = expect(
            &srv.post(
                LOCS,
                Some(&owner),
                &json!({"name": format!("Aa fixture {name}"), "fee": 3}),
            ),
            201,
            "fixture",
        );
        let id = fixture["id"].as_i64().expect("id");
        let allowed = denied == 0;
        let r = srv.post(
            LOCS,
            t,
            &json!({"name": format!("Aa made by {name}"), "fee": 3}),
        );
        assert_eq!(
            r.status,
            if allowed { 201 } else { denied },
            "{name} create"
        );
        let r = srv.send("PATCH", &loc_path(id), t, Some(&json!({"fee": 4})));
        assert_eq!(r.status, if allowed { 200 } else { denied }, "{name} patch");
        let r = srv.send(
            "PUT",
            &loc_path(id),
            t,
            Some(&json!({"name": format!("Aa fixture {name}"), "fee": 4})),
        );
        assert_eq!(r.status, if allowed { 200 } else { denied }, "{name} put");
        let r = srv.send("DELETE", &loc_path(id), t, None);
        assert_eq!(
            r.status,
            if allowed { 204 } else { denied },
            "{name} delete"
        );
        if !allowed {
            let fee: i64 = srv
                .db()
                .query_row(
                    "SELECT fee FROM delivery_locations WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .expect("fixture");
            assert_eq!(fee, 300, "{name} changed the fixture");
        }
        assert_eq!(srv.get(LOCS, t).status, 200, "{name} list");
    }

    // Deleting a location used by an order: 204; the order keeps its snapshot.
    let order_id = insert_order(
        &srv,
        "261126-001",
        None,
        Some((fid, "Aa Free Pickup Point", 0)),
    );
    let order2 = insert_order(&srv, "261126-002", None, Some((lid, "Aa Test Hall", 700)));
    expect(
        &srv.send("DELETE", &loc_path(lid), Some(&manager), None),
        204,
        "delete used location",
    );
    assert_eq!(srv.get(&loc_path(lid), Some(&owner)).status, 404);
    let snap: (Option<i64>, String, i64, i64) = srv.db()
        .query_row(
            "SELECT delivery_location_id, delivery_location_name, delivery_location_fee, delivery_fee FROM orders WHERE id = ?1",
            [order2],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("order");
    assert_eq!(snap, (None, "Aa Test Hall".to_string(), 700, 700));
    let untouched: Option<i64> = srv
        .db()
        .query_row(
            "SELECT delivery_location_id FROM orders WHERE id = ?1",
            [order_id],
            |r| r.get(0),
        )
        .expect("order");
    assert_eq!(untouched, Some(fid));

    assert_eq!(
        audit_actions(&srv, "delivery_location", lid),
        vec![
            "create:manager",
            "update:manager",
            "update:owner",
            "delete:manager"
        ]
    );
}
