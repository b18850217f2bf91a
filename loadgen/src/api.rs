//! The few API calls every scenario shares: log in, read the menu, build and read orders.

use crate::http::HttpClient;
use serde::Deserialize;
use serde_json::Value;

pub const ORDERS_PATH: &str = "/api/orders/";
pub const ORDERS_LIST_PATH: &str = "/api/orders/?page_size=50";
pub const MENU_LIST_PATH: &str = "/api/menu/items/";
pub const HEALTH_PATH: &str = "/api/health/";

/// `POST /api/token/`; returns the access token.
pub fn login(client: &mut HttpClient, user: &str, password: &str) -> Result<String, String> {
    let body = serde_json::json!({ "username": user, "password": password }).to_string();
    let resp = client
        .post_json("/api/token/", None, body.as_bytes())
        .map_err(|e| format!("login failed: {e}"))?;
    if resp.status != 200 {
        return Err(format!(
            "login as {user:?} failed: HTTP {}: {}",
            resp.status,
            snippet(&resp.body)
        ));
    }
    let v: Value = serde_json::from_slice(&resp.body)
        .map_err(|e| format!("login: response is not JSON: {e}"))?;
    v.get("access")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .ok_or_else(|| "login: no \"access\" token in the response".to_string())
}

/// A menu item an order can use.
#[derive(Debug, Clone, Deserialize)]
pub struct MenuItem {
    pub id: u64,
    #[serde(default)]
    pub item_type: String,
    #[serde(default)]
    pub is_available: bool,
}

/// `GET /api/menu/items/?page_size=1000`; the available items, regular ones preferred (an
/// "extra" may not be orderable on its own).
pub fn orderable_items(client: &mut HttpClient, token: &str) -> Result<Vec<MenuItem>, String> {
    let resp = client
        .get("/api/menu/items/?page_size=1000", Some(token))
        .map_err(|e| format!("reading the menu failed: {e}"))?;
    if resp.status != 200 {
        return Err(format!(
            "reading the menu failed: HTTP {}: {}",
            resp.status,
            snippet(&resp.body)
        ));
    }
    let items = parse_menu(&resp.body)?;
    let available: Vec<MenuItem> = items.into_iter().filter(|i| i.is_available).collect();
    let regular: Vec<MenuItem> = available
        .iter()
        .filter(|i| i.item_type != "extra")
        .cloned()
        .collect();
    let chosen = if regular.is_empty() {
        available
    } else {
        regular
    };
    if chosen.is_empty() {
        return Err("the menu has no available item to order (run `adakings seed-demo`?)".into());
    }
    Ok(chosen)
}

/// Accepts the paginated form (`{"results": [...]}`) and a bare array.
pub fn parse_menu(body: &[u8]) -> Result<Vec<MenuItem>, String> {
    let v: Value =
        serde_json::from_slice(body).map_err(|e| format!("menu: response is not JSON: {e}"))?;
    let list = match v {
        Value::Array(_) => v,
        Value::Object(mut m) => m
            .remove("results")
            .ok_or("menu: no \"results\" in the response")?,
        _ => return Err("menu: unexpected JSON".into()),
    };
    serde_json::from_value(list).map_err(|e| format!("menu: unexpected item shape: {e}"))
}

/// A Pickup order body; `seq` varies the items and quantities so orders are not all alike.
pub fn order_body(items: &[MenuItem], seq: u64) -> Vec<u8> {
    let n = items.len().max(1) as u64;
    let first = items.get((seq % n) as usize).map_or(0, |i| i.id);
    let mut lines = vec![serde_json::json!({ "menu_item_id": first, "quantity": 1 + seq % 3 })];
    // Every third order has a second line, when the menu has a second item.
    if seq.is_multiple_of(3) && n > 1 {
        let second = items.get(((seq + 1) % n) as usize).map_or(0, |i| i.id);
        lines.push(serde_json::json!({ "menu_item_id": second, "quantity": 1 }));
    }
    serde_json::json!({ "delivery_type": "Pickup", "items": lines })
        .to_string()
        .into_bytes()
}

/// What identifies a created order in WebSocket events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderKey {
    pub id: Option<u64>,
    pub order_number: Option<String>,
}

impl OrderKey {
    /// Reads `id` / `order_number` from an Order JSON object.
    pub fn from_order(v: &Value) -> OrderKey {
        OrderKey {
            id: v.get("id").and_then(json_u64),
            order_number: v
                .get("order_number")
                .and_then(Value::as_str)
                .map(str::to_string),
        }
    }

    /// True when both name the same order (order number first, id as the fallback).
    pub fn matches(&self, other: &OrderKey) -> bool {
        match (&self.order_number, &other.order_number) {
            (Some(a), Some(b)) => a == b,
            _ => matches!((self.id, other.id), (Some(a), Some(b)) if a == b),
        }
    }

    /// The key a poller counts deliveries under, matching [`OrderKey::matches`].
    pub fn count_key(&self) -> Option<String> {
        match (&self.order_number, self.id) {
            (Some(n), _) => Some(format!("n:{n}")),
            (None, Some(id)) => Some(format!("i:{id}")),
            (None, None) => None,
        }
    }
}

/// Ids may arrive as numbers or numeric strings.
fn json_u64(v: &Value) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

/// Reads the created order from a 201 body.
pub fn parse_created(body: &[u8]) -> Result<OrderKey, String> {
    let v: Value = serde_json::from_slice(body).map_err(|e| format!("order is not JSON: {e}"))?;
    let key = OrderKey::from_order(&v);
    if key.count_key().is_none() {
        return Err("created order has neither order_number nor id".into());
    }
    Ok(key)
}

/// The start of a body, for error messages.
pub fn snippet(body: &[u8]) -> String {
    let s = String::from_utf8_lossy(body);
    let s = s.trim();
    match s.char_indices().nth(200) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_forms() {
        let paged = br#"{"count":3,"next":null,"previous":null,"results":[
            {"id":1,"name":"Jollof","item_type":"regular","price":"40.00","is_available":true},
            {"id":2,"name":"Egg","item_type":"extra","price":"5.00","is_available":true},
            {"id":3,"name":"Gone","item_type":"regular","price":"1.00","is_available":false}]}"#;
        let items = parse_menu(paged).unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].item_type, "extra");
        let bare = br#"[{"id":7,"is_available":true}]"#;
        assert_eq!(parse_menu(bare).unwrap()[0].id, 7);
        assert!(parse_menu(b"{}").is_err());
        assert!(parse_menu(b"nope").is_err());
    }

    #[test]
    fn order_bodies_are_valid_json() {
        let items = vec![
            MenuItem {
                id: 4,
                item_type: "regular".into(),
                is_available: true,
            },
            MenuItem {
                id: 9,
                item_type: "regular".into(),
                is_available: true,
            },
        ];
        let v: Value = serde_json::from_slice(&order_body(&items, 0)).unwrap();
        assert_eq!(v["delivery_type"], "Pickup");
        assert_eq!(v["items"][0]["menu_item_id"], 4);
        assert_eq!(v["items"][1]["menu_item_id"], 9);
        let v: Value = serde_json::from_slice(&order_body(&items, 1)).unwrap();
        assert_eq!(v["items"].as_array().unwrap().len(), 1);
        assert_eq!(v["items"][0]["quantity"], 2);
    }

    #[test]
    fn order_keys_match_by_number_then_id() {
        let a = parse_created(br#"{"id":5,"order_number":"261125-001"}"#).unwrap();
        assert_eq!(a.count_key().as_deref(), Some("n:261125-001"));
        let same_number = OrderKey {
            id: None,
            order_number: Some("261125-001".into()),
        };
        assert!(a.matches(&same_number));
        let by_id = OrderKey {
            id: Some(5),
            order_number: None,
        };
        assert!(a.matches(&by_id));
        let other = OrderKey {
            id: Some(5),
            order_number: Some("261125-002".into()),
        };
        assert!(!a.matches(&other));
        let id_only = parse_created(br#"{"id":"12"}"#).unwrap();
        assert_eq!(id_only.count_key().as_deref(), Some("i:12"));
        assert!(parse_created(br#"{"x":1}"#).is_err());
    }

    #[test]
    fn snippets_are_short() {
        let long = "x".repeat(500);
        assert_eq!(snippet(long.as_bytes()).len(), 203);
        assert_eq!(snippet(b"  ok \n"), "ok");
    }
}
