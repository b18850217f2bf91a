//! Changing the menu through the real server: staff create items (defaults, number and
//! string prices, the creator's name); every validation error has DRF's exact shape and
//! changes nothing, on create and on edit; PUT, PATCH and the availability toggle; an item on
//! an order cannot be deleted (409), others can; every change leaves an audit row naming its
//! author; an Idempotency-Key retry creates one item; and the role matrix. Reading the menu
//! (list, filters, pages, 404s) is in menu_list.rs.

#[path = "common/catalog.rs"]
mod catalog;
mod common;

use catalog::*;
use common::Server;
use serde_json::{json, Value};

/// Creates "Zz Test Jollof" (regular, 40) and "Zz Test Egg" (extra, 5.50, unavailable) as
/// the counter.
fn jollof_and_egg(srv: &Server, counter: &str) -> (Value, Value) {
    let r = srv.post(
        ITEMS,
        Some(counter),
        &json!({"name": "  Zz Test Jollof  ", "price": 40}),
    );
    let jollof = expect(&r, 201, "create");
    let egg = expect(
        &srv.post(
            ITEMS,
            Some(counter),
            &json!({"name": "Zz Test Egg", "price": "5.5", "item_type": "extra", "is_available": false}),
        ),
        201,
        "create extra",
    );
    (jollof, egg)
}

fn id(v: &Value) -> i64 {
    v["id"].as_i64().expect("id")
}

#[test]
fn staff_create_items_with_defaults_and_the_public_detail_matches() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (jollof, egg) = jollof_and_egg(&srv, &counter);
    assert_eq!(jollof["name"], "Zz Test Jollof", "trimmed");
    assert_eq!(jollof["item_type"], "regular");
    assert_eq!(jollof["price"], "40.00");
    assert_eq!(jollof["is_available"], true);
    assert_eq!(jollof["created_by"], "counter");
    assert!(jollof["created_at"].as_str().expect("ts").ends_with('Z'));
    assert_eq!(jollof["created_at"], jollof["updated_at"]);
    assert_eq!(egg["price"], "5.50");
    assert_eq!(egg["item_type"], "extra");
    assert_eq!(egg["is_extra"], true);
    assert_eq!(egg["is_available"], false);
    let got = expect(
        &srv.get(&item_path(id(&jollof)), None),
        200,
        "public detail",
    );
    assert_eq!(got, jollof);
}

#[test]
fn every_create_validation_error_has_its_shape_and_changes_nothing() {
    let srv = Server::start();
    let counter = srv.login("counter");
    jollof_and_egg(&srv, &counter);
    let before = counts(&srv);
    let min_price = json!({"price": ["Ensure this value is greater than or equal to 0.01."]});
    let taken = json!({"name": ["menu item with this name already exists."]});
    let cases: Vec<(Value, Value)> = vec![
        (
            json!({"name": "X1", "price": "abc"}),
            json!({"price": ["A valid number is required."]}),
        ),
        (json!({"name": "X1", "price": "0"}), min_price.clone()),
        (json!({"name": "X1", "price": 0}), min_price.clone()),
        (json!({"name": "X1", "price": "-5"}), min_price),
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
            taken.clone(),
        ),
        (json!({"name": " Zz Test Jollof ", "price": "10"}), taken),
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
    assert_eq!(counts(&srv), before, "bad input changed the database");
}

#[test]
fn bad_edits_change_nothing() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let (jollof, _) = jollof_and_egg(&srv, &counter);
    let path = item_path(id(&jollof));
    let before = counts(&srv);
    // PUT needs name and price.
    let r = srv.send(
        "PUT",
        &path,
        Some(&counter),
        Some(&json!({"name": "Zz New"})),
    );
    assert_eq!(
        expect(&r, 400, "PUT without price"),
        json!({"price": ["This field is required."]})
    );
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"name": "Zz Test Egg"})),
    );
    assert_eq!(
        expect(&r, 400, "rename onto another item"),
        json!({"name": ["menu item with this name already exists."]})
    );
    let r = srv.send(
        "PATCH",
        &path,
        Some(&counter),
        Some(&json!({"price": "-1", "item_type": "bolt"})),
    );
    assert_eq!(
        expect(&r, 400, "bad patch"),
        json!({"price": ["Ensure this value is greater than or equal to 0.01."], "item_type": ["\"bolt\" is not a valid choice."]})
    );
    let bad = send_raw(&srv, "PATCH", &path, &counter, b"nope");
    assert_eq!(bad.status, 400);
    assert_eq!(counts(&srv), before, "bad input changed the database");
    assert_eq!(expect(&srv.get(&path, None), 200, "unchanged"), jollof);
}

#[test]
fn put_patch_and_toggle_edit_an_item_and_each_leaves_an_audit_row() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let manager = srv.login("manager");
    let (jollof, _) = jollof_and_egg(&srv, &counter);
    let jid = id(&jollof);
    // PUT (full); renaming to its own name is fine.
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
    // PATCH (partial).
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
    let toggle = format!("{}toggle-availability/", item_path(jid));
    let t = expect(
        &srv.send("PUT", &toggle, Some(&counter), None),
        200,
        "toggle",
    );
    assert_eq!(t["is_available"], false);
    assert_eq!(t["price"], "41.50");
    let t = expect(
        &srv.send("PUT", &toggle, Some(&counter), None),
        200,
        "toggle back",
    );
    assert_eq!(t["is_available"], true);
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
}

#[test]
fn an_item_on_an_order_cannot_be_deleted_and_an_unordered_one_can() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let manager = srv.login("manager");
    let (jollof, egg) = jollof_and_egg(&srv, &counter);
    let (jid, eid) = (id(&jollof), id(&egg));
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
    assert_eq!(
        audit_actions(&srv, "menu_item", eid),
        vec!["create:counter", "delete:manager"]
    );
    assert_eq!(
        audit_actions(&srv, "menu_item", jid),
        vec!["create:counter"]
    );
}

#[test]
fn an_idempotency_key_retry_creates_one_item_and_replays_the_first_answer() {
    let srv = Server::start();
    let counter = srv.login("counter");
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
fn everyone_reads_the_menu_staff_change_it_and_only_admins_delete() {
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
