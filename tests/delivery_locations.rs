//! Delivery locations through the real server: the public list (active ones, by name, every
//! field); admins create them (fee 0 allowed) and every validation error has DRF's exact shape
//! and changes nothing; an inactive location is hidden from the public and shown to staff;
//! pages and 404s; the role matrix (admins change, everyone reads); and deleting a location an
//! order used keeps the order's copy of its name and fee, with an audit row for each change.

#[path = "common/catalog.rs"]
mod catalog;
mod common;

use catalog::*;
use common::Server;
use serde_json::{json, Value};

fn active(srv: &Server) -> i64 {
    scalar(
        srv,
        "SELECT COUNT(*) FROM delivery_locations WHERE is_active = 1",
    )
}

/// "Aa Test Hall" (fee 5, by the manager); its JSON.
fn test_hall(srv: &Server, manager: &str) -> Value {
    expect(
        &srv.post(
            LOCS,
            Some(manager),
            &json!({"name": " Aa Test Hall ", "fee": 5}),
        ),
        201,
        "create",
    )
}

fn id(v: &Value) -> i64 {
    v["id"].as_i64().expect("id")
}

#[test]
fn the_public_list_has_the_active_locations_by_name_with_every_field() {
    let srv = Server::start();
    let list = expect(
        &srv.get(&format!("{LOCS}?page_size=1000"), None),
        200,
        "anonymous list",
    );
    assert_eq!(list["count"], json!(active(&srv)));
    let names: Vec<&str> = list["results"]
        .as_array()
        .expect("r")
        .iter()
        .map(|l| l["name"].as_str().expect("n"))
        .collect();
    assert!(names.len() > 2, "{names:?}");
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    for k in ["id", "name", "fee", "is_active", "created_at", "updated_at"] {
        assert!(list["results"][0].get(k).is_some(), "field {k}");
    }
}

#[test]
fn admins_create_locations_and_the_detail_matches() {
    let srv = Server::start();
    let manager = srv.login("manager");
    let owner = srv.login("owner");
    let l = test_hall(&srv, &manager);
    assert_eq!(l["name"], "Aa Test Hall", "trimmed");
    assert_eq!(l["fee"], "5.00");
    assert_eq!(l["is_active"], true);
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
    assert_eq!(expect(&srv.get(&loc_path(id(&l)), None), 200, "detail"), l);
}

#[test]
fn every_validation_error_has_its_shape_and_changes_nothing() {
    let srv = Server::start();
    let manager = srv.login("manager");
    let l = test_hall(&srv, &manager);
    expect(
        &srv.post(LOCS, Some(&manager), &json!({"name": "Aa Other", "fee": 1})),
        201,
        "second location",
    );
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
        &loc_path(id(&l)),
        Some(&manager),
        Some(&json!({"name": "Aa Renamed"})),
    );
    assert_eq!(
        expect(&r, 400, "PUT without fee"),
        json!({"fee": ["This field is required."]})
    );
    let r = srv.send(
        "PATCH",
        &loc_path(id(&l)),
        Some(&manager),
        Some(&json!({"name": "Aa Other"})),
    );
    assert_eq!(
        expect(&r, 400, "rename onto another"),
        json!({"name": ["delivery location with this name already exists."]})
    );
    assert_eq!(counts(&srv), before);
    assert_eq!(
        expect(&srv.get(&loc_path(id(&l)), None), 200, "unchanged"),
        l
    );
}

#[test]
fn an_inactive_location_is_hidden_from_the_public_and_shown_to_staff() {
    let srv = Server::start();
    let manager = srv.login("manager");
    let owner = srv.login("owner");
    let counter = srv.login("counter");
    let was_active = active(&srv);
    let lid = id(&test_hall(&srv, &manager));
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
    assert_eq!(public["count"], json!(was_active));
    let with_inactive = expect(
        &srv.get(
            &format!("{LOCS}?include_inactive=true&page_size=1000"),
            Some(&counter),
        ),
        200,
        "staff list",
    );
    assert_eq!(with_inactive["count"], json!(was_active + 1));
    assert!(with_inactive["results"]
        .as_array()
        .expect("r")
        .iter()
        .any(|l| l["id"] == json!(lid)));
    let kitchen = srv.login("kitchen");
    for t in [None, Some(kitchen.as_str())] {
        let r = expect(
            &srv.get(&format!("{LOCS}?include_inactive=true"), t),
            200,
            "non-staff include_inactive",
        );
        assert_eq!(r["count"], json!(was_active));
    }
    assert_eq!(
        srv.get(&format!("{LOCS}?include_inactive=true"), Some("garbage"))
            .status,
        401
    );
    let rider = srv.login("rider");
    assert_eq!(srv.get(&loc_path(lid), None).status, 404);
    assert_eq!(srv.get(&loc_path(lid), Some(&rider)).status, 404);
    assert_eq!(srv.get(&loc_path(lid), Some(&counter)).status, 200);
}

#[test]
fn pages_keep_the_page_size_and_unknown_ids_are_404() {
    let srv = Server::start();
    let manager = srv.login("manager");
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
    for path in [loc_path(999_999), format!("{LOCS}abc/")] {
        assert_eq!(srv.get(&path, None).status, 404);
        assert_eq!(
            srv.send("PATCH", &path, Some(&manager), Some(&json!({"fee": 1})))
                .status,
            404
        );
        assert_eq!(srv.send("DELETE", &path, Some(&manager), None).status, 404);
    }
}

#[test]
fn admins_change_locations_and_everyone_reads_them() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let tokens: Vec<(&str, Option<String>, u16)> = vec![
        ("anonymous", None, 401),
        ("owner", Some(owner.clone()), 0),
        ("manager", Some(srv.login("manager")), 0),
        ("counter", Some(srv.login("counter")), 403),
        ("kitchen", Some(srv.login("kitchen")), 403),
        ("rider", Some(srv.login("rider")), 403),
    ];
    for (name, t, denied) in &tokens {
        let t = t.as_deref();
        let fixture = expect(
            &srv.post(
                LOCS,
                Some(&owner),
                &json!({"name": format!("Aa fixture {name}"), "fee": 3}),
            ),
            201,
            "fixture",
        );
        let id = id(&fixture);
        let allowed = *denied == 0;
        let want = |ok: u16| if allowed { ok } else { *denied };
        let r = srv.post(
            LOCS,
            t,
            &json!({"name": format!("Aa made by {name}"), "fee": 3}),
        );
        assert_eq!(r.status, want(201), "{name} create");
        let r = srv.send("PATCH", &loc_path(id), t, Some(&json!({"fee": 4})));
        assert_eq!(r.status, want(200), "{name} patch");
        let r = srv.send(
            "PUT",
            &loc_path(id),
            t,
            Some(&json!({"name": format!("Aa fixture {name}"), "fee": 4})),
        );
        assert_eq!(r.status, want(200), "{name} put");
        let r = srv.send("DELETE", &loc_path(id), t, None);
        assert_eq!(r.status, want(204), "{name} delete");
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
}

#[test]
fn deleting_a_used_location_keeps_the_orders_copy_and_audits_every_change() {
    let srv = Server::start();
    let manager = srv.login("manager");
    let owner = srv.login("owner");
    let lid = id(&test_hall(&srv, &manager));
    let fid = id(&expect(
        &srv.post(
            LOCS,
            Some(&owner),
            &json!({"name": "Aa Free Pickup Point", "fee": "0"}),
        ),
        201,
        "fee 0",
    ));
    expect(
        &srv.send(
            "PATCH",
            &loc_path(lid),
            Some(&manager),
            Some(&json!({"fee": "6.5"})),
        ),
        200,
        "patch",
    );
    expect(
        &srv.send(
            "PUT",
            &loc_path(lid),
            Some(&owner),
            Some(&json!({"name": "Aa Test Hall", "fee": "7", "is_active": false})),
        ),
        200,
        "put",
    );
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
