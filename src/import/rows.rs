//! Row by row, the original's data as this server will hold it, or the reason a row is bad.
//! Pure: takes what [`super::source`] read, returns a [`Plan`] that [`super::write`] stores.
//!
//! An order travels with its lines and payments: when one of them breaks a rule the whole
//! order is bad (importing it without that line or payment would change its total or its
//! balance). Users, menu items and locations are judged one by one; an order line whose menu
//! item is missing or bad keeps its name and price and points at no menu item.

use std::collections::{HashMap, HashSet};

use super::rules;
use super::source::{self, Source};
use crate::domain::clock::Date;
use crate::domain::payment::{PaymentMethod, PaymentState, PaymentType};
use crate::domain::status::{DeliveryType, OrderStatus, Role};

pub struct User {
    pub src_id: i64,
    pub username: String,
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub role: Role,
    pub staff_id: String,
    pub is_active: bool,
    pub last_login: Option<String>,
    pub joined: String,
}

pub struct MenuItem {
    pub src_id: i64,
    pub name: String,
    pub item_type: &'static str,
    pub price: i64,
    pub is_available: bool,
    pub src_created_by: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

pub struct Location {
    pub src_id: i64,
    pub name: String,
    pub fee: i64,
    pub is_active: bool,
    pub created_at: String,
    pub updated_at: String,
}

pub struct Item {
    pub src_id: i64,
    /// The source menu item; `None` when the line points at none.
    pub src_menu_id: Option<i64>,
    pub name: String,
    pub item_type: String,
    pub quantity: i64,
    pub unit_price: i64,
    pub subtotal: i64,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

pub struct Payment {
    pub src_id: i64,
    pub reference: String,
    pub amount: i64,
    pub method: PaymentMethod,
    pub kind: PaymentType,
    pub state: PaymentState,
    pub mobile_number: String,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    /// UTC date of `created_at` (the day it counts toward in the summary).
    pub day: Date,
}

pub struct Order {
    pub src_id: i64,
    pub number: String,
    pub date: Date,
    pub seq: i64,
    pub phone: String,
    pub delivery_type: DeliveryType,
    pub src_location_id: Option<i64>,
    pub location_name: Option<String>,
    pub location_fee: Option<i64>,
    pub status: OrderStatus,
    pub total: i64,
    pub delivery_fee: i64,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    /// UTC date of `created_at`.
    pub day: Date,
    pub items: Vec<Item>,
    pub payments: Vec<Payment>,
}

/// A row that breaks a rule: `table id: reason`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bad {
    pub table: &'static str,
    pub id: i64,
    pub why: String,
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} id {}: {}", self.table, self.id, self.why)
    }
}

/// The source tables, in summary order.
pub const TABLES: [&str; 6] = [
    "users_customuser",
    "menu_menuitem",
    "orders_deliverylocation",
    "orders_order",
    "orders_orderitem",
    "payments_payment",
];

/// What to import, what is bad, and how many rows each table had and lost.
pub struct Plan {
    pub users: Vec<User>,
    pub menu: Vec<MenuItem>,
    pub locations: Vec<Location>,
    pub orders: Vec<Order>,
    pub bad: Vec<Bad>,
    /// Rows read, per table (in [`TABLES`] order).
    pub read: [u64; 6],
    /// Rows left out, per table: bad ones and those that travel with a bad order.
    pub skipped: [u64; 6],
}

fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref()
}

fn ts(v: &Option<String>, what: &str) -> Result<String, String> {
    rules::timestamp(rules::required(opt(v), what)?).map_err(|e| format!("{what}: {e}"))
}

fn user(u: &source::User) -> Result<User, String> {
    Ok(User {
        src_id: u.id,
        username: rules::required(opt(&u.username), "username")?.to_string(),
        password: u.password.clone().unwrap_or_default(),
        first_name: u.first_name.clone().unwrap_or_default(),
        last_name: u.last_name.clone().unwrap_or_default(),
        email: u.email.clone().unwrap_or_default(),
        phone: u.phone.clone().unwrap_or_default(),
        role: rules::role(opt(&u.role).unwrap_or(""))?,
        staff_id: u.staff_id.clone().unwrap_or_default(),
        is_active: rules::flag(u.is_active, "is_active")?,
        last_login: match opt(&u.last_login) {
            None | Some("") => None,
            Some(t) => Some(rules::timestamp(t).map_err(|e| format!("last_login: {e}"))?),
        },
        joined: ts(&u.date_joined, "date_joined")?,
    })
}

fn menu_item(m: &source::MenuItem) -> Result<MenuItem, String> {
    Ok(MenuItem {
        src_id: m.id,
        name: rules::required(opt(&m.name), "name")?.to_string(),
        item_type: rules::item_type(opt(&m.item_type).unwrap_or(""))?,
        price: rules::amount_at_least(opt(&m.price), 1, "price")?,
        is_available: rules::flag(m.is_available, "is_available")?,
        src_created_by: m.created_by,
        created_at: ts(&m.created_at, "created_at")?,
        updated_at: ts(&m.updated_at, "updated_at")?,
    })
}

fn location(l: &source::Location) -> Result<Location, String> {
    Ok(Location {
        src_id: l.id,
        name: rules::required(opt(&l.name), "name")?.to_string(),
        fee: rules::amount_at_least(opt(&l.fee), 0, "fee")?,
        is_active: rules::flag(l.is_active, "is_active")?,
        created_at: ts(&l.created_at, "created_at")?,
        updated_at: ts(&l.updated_at, "updated_at")?,
    })
}

/// Name and type of the source menu items, for the snapshot of each order line.
type MenuNames<'a> = HashMap<i64, (Option<&'a str>, Option<&'a str>)>;

fn item(i: &source::Item, menu: &MenuNames) -> Result<Item, String> {
    let from_menu = i.menu_item_id.and_then(|id| menu.get(&id)).copied();
    let name = match (opt(&i.item_name), from_menu.and_then(|m| m.0)) {
        (Some(n), _) | (None, Some(n)) => n.to_string(),
        (None, None) => format!(
            "Menu item #{} (deleted)",
            i.menu_item_id.map_or("?".into(), |n| n.to_string())
        ),
    };
    let item_type = opt(&i.item_type)
        .or(from_menu.and_then(|m| m.1))
        .unwrap_or("regular")
        .to_string();
    Ok(Item {
        src_id: i.id,
        src_menu_id: i.menu_item_id,
        name,
        item_type,
        quantity: rules::quantity(i.quantity)?,
        unit_price: rules::amount_at_least(opt(&i.unit_price), 0, "unit_price")?,
        subtotal: rules::amount_at_least(opt(&i.subtotal), 0, "subtotal")?,
        notes: i.notes.clone().unwrap_or_default(),
        created_at: ts(&i.created_at, "created_at")?,
        updated_at: ts(&i.updated_at, "updated_at")?,
    })
}

fn payment(p: &source::Payment) -> Result<Payment, String> {
    let (method, kind, state) = rules::payment_kind(
        opt(&p.payment_method).unwrap_or(""),
        opt(&p.payment_type).unwrap_or(""),
        opt(&p.status).unwrap_or(""),
    )?;
    let created = rules::required(opt(&p.created_at), "created_at")?;
    let micros = rules::timestamp_micros(created).map_err(|e| format!("created_at: {e}"))?;
    Ok(Payment {
        src_id: p.id,
        reference: rules::reference(opt(&p.reference).unwrap_or(""))?,
        amount: rules::amount_at_least(opt(&p.amount), 1, "amount")?,
        method,
        kind,
        state,
        mobile_number: p.mobile_number.clone().unwrap_or_default(),
        notes: p.notes.clone().unwrap_or_default(),
        created_at: crate::domain::clock::iso(micros),
        updated_at: ts(&p.updated_at, "updated_at")?,
        day: Date::of_micros(micros),
    })
}

/// Name and fee of the source locations, for the snapshot on each order.
type LocationRefs<'a> = HashMap<i64, (Option<&'a str>, Option<&'a str>)>;

fn order(o: &source::Order, locations: &LocationRefs) -> Result<Order, String> {
    let number = rules::required(opt(&o.order_number), "order_number")?.to_string();
    let (date, seq) = rules::order_number(&number)?;
    let delivery_type = rules::delivery_type(opt(&o.delivery_type).unwrap_or(""))?;
    let delivery_fee = rules::amount_at_least(opt(&o.delivery_fee), 0, "delivery_fee")?;
    let created = rules::required(opt(&o.created_at), "created_at")?;
    let micros = rules::timestamp_micros(created).map_err(|e| format!("created_at: {e}"))?;
    let loc = o.delivery_location_id.and_then(|id| locations.get(&id));
    // The snapshot: the original's own when it keeps one; otherwise the location's name and
    // what this order was charged for it.
    let location_name = opt(&o.location_name)
        .or(loc.and_then(|l| l.0))
        .map(str::to_string);
    let location_fee = match (opt(&o.location_fee), loc) {
        (Some(f), _) => Some(rules::amount_at_least(Some(f), 0, "delivery_location_fee")?),
        (None, Some(_)) if delivery_type == DeliveryType::Delivery => Some(delivery_fee),
        (None, Some(l)) => l.1.and_then(|f| rules::pesewas(f).ok()),
        (None, None) => None,
    };
    Ok(Order {
        src_id: o.id,
        date,
        seq,
        phone: o.customer_phone.clone().unwrap_or_default(),
        delivery_type,
        src_location_id: o.delivery_location_id,
        location_name,
        location_fee,
        status: rules::status(opt(&o.status).unwrap_or(""))?,
        total: rules::amount_at_least(opt(&o.total_price), 0, "total_price")?,
        delivery_fee,
        notes: o.notes.clone().unwrap_or_default(),
        created_at: crate::domain::clock::iso(micros),
        updated_at: ts(&o.updated_at, "updated_at")?,
        day: Date::of_micros(micros),
        number,
        items: Vec::new(),
        payments: Vec::new(),
    })
}

/// Maps every source row; bad rows are collected, never fatal here. Takes the rows by value
/// and drops each order's source rows once mapped, so a big file is not held twice.
pub fn plan(src: Source) -> Plan {
    let mut bad = Vec::new();
    let mut skipped = [0u64; 6];
    let read = [
        src.users.len() as u64,
        src.menu.len() as u64,
        src.locations.len() as u64,
        src.orders.len() as u64,
        src.items.len() as u64,
        src.payments.len() as u64,
    ];
    let Source {
        users: src_users,
        menu: src_menu,
        locations: src_locations,
        orders: src_orders,
        items: src_items,
        payments: src_payments,
    } = src;
    let flag = |t: usize, id: i64, why: String, bad: &mut Vec<Bad>| {
        bad.push(Bad {
            table: TABLES[t],
            id,
            why,
        });
    };

    let mut users = Vec::new();
    let mut names = HashSet::new();
    let mut staff_ids = HashSet::new();
    for u in &src_users {
        match user(u) {
            Ok(m) if !names.insert(m.username.to_lowercase()) => flag(
                0,
                u.id,
                format!(
                    "username {:?} differs only in case from another",
                    m.username
                ),
                &mut bad,
            ),
            Ok(m) if !m.staff_id.is_empty() && !staff_ids.insert(m.staff_id.clone()) => flag(
                0,
                u.id,
                format!("staff_id {:?} is used twice", m.staff_id),
                &mut bad,
            ),
            Ok(m) => users.push(m),
            Err(why) => flag(0, u.id, why, &mut bad),
        }
    }
    let mut menu = Vec::new();
    for m in &src_menu {
        match menu_item(m) {
            Ok(x) => menu.push(x),
            Err(why) => flag(1, m.id, why, &mut bad),
        }
    }
    let mut locations = Vec::new();
    for l in &src_locations {
        match location(l) {
            Ok(x) => locations.push(x),
            Err(why) => flag(2, l.id, why, &mut bad),
        }
    }

    let menu_names: MenuNames = src_menu
        .iter()
        .map(|m| (m.id, (opt(&m.name), opt(&m.item_type))))
        .collect();
    let loc_refs: LocationRefs = src_locations
        .iter()
        .map(|l| (l.id, (opt(&l.name), opt(&l.fee))))
        .collect();
    let mut items_of: HashMap<i64, Vec<source::Item>> = HashMap::new();
    for i in src_items {
        match i.order_id {
            Some(o) => items_of.entry(o).or_default().push(i),
            None => flag(4, i.id, "order_id is empty".into(), &mut bad),
        }
    }
    let mut pays_of: HashMap<i64, Vec<source::Payment>> = HashMap::new();
    for p in src_payments {
        match p.order_id {
            Some(o) => pays_of.entry(o).or_default().push(p),
            None => flag(5, p.id, "order_id is empty".into(), &mut bad),
        }
    }
    let mut orders = Vec::new();
    let mut references = HashSet::new();
    for o in src_orders {
        let its = items_of.remove(&o.id).unwrap_or_default();
        let ps = pays_of.remove(&o.id).unwrap_or_default();
        let label = o.order_number.clone().unwrap_or_default();
        let mut own_bad = Vec::new();
        let mut mapped = match order(&o, &loc_refs) {
            Ok(m) => Some(m),
            Err(why) => {
                own_bad.push((3, o.id, why));
                None
            }
        };
        let mut items = Vec::with_capacity(its.len());
        for i in &its {
            match item(i, &menu_names) {
                Ok(x) => items.push(x),
                Err(why) => own_bad.push((4, i.id, format!("{why} (order {label})"))),
            }
        }
        let mut payments = Vec::with_capacity(ps.len());
        for p in &ps {
            match payment(p) {
                Ok(x) if !references.insert(x.reference.clone()) => own_bad.push((
                    5,
                    p.id,
                    format!("reference {} is used twice (order {label})", x.reference),
                )),
                Ok(x) => payments.push(x),
                Err(why) => own_bad.push((5, p.id, format!("{why} (order {label})"))),
            }
        }
        if own_bad.is_empty() {
            if let Some(m) = mapped.as_mut() {
                m.items = items;
                m.payments = payments;
            }
            orders.extend(mapped);
            continue;
        }
        // The order and everything with it stay out; only the offending rows are "bad".
        let offenders: HashSet<(usize, i64)> = own_bad.iter().map(|(t, id, _)| (*t, *id)).collect();
        for (t, id, why) in own_bad {
            flag(t, id, why, &mut bad);
        }
        if !offenders.contains(&(3, o.id)) {
            skipped[3] += 1;
        }
        skipped[4] += its
            .iter()
            .filter(|i| !offenders.contains(&(4, i.id)))
            .count() as u64;
        skipped[5] += ps
            .iter()
            .filter(|p| !offenders.contains(&(5, p.id)))
            .count() as u64;
    }
    // Lines and payments of orders that do not exist.
    for its in items_of.values() {
        for i in its {
            flag(
                4,
                i.id,
                format!("order {:?} does not exist", i.order_id),
                &mut bad,
            );
        }
    }
    for ps in pays_of.values() {
        for p in ps {
            flag(
                5,
                p.id,
                format!("order {:?} does not exist", p.order_id),
                &mut bad,
            );
        }
    }
    for b in &bad {
        if let Some(t) = TABLES.iter().position(|x| *x == b.table) {
            skipped[t] += 1;
        }
    }
    bad.sort_by(|a, b| {
        let pos = |t: &str| TABLES.iter().position(|x| *x == t);
        (pos(a.table), a.id).cmp(&(pos(b.table), b.id))
    });
    Plan {
        users,
        menu,
        locations,
        orders,
        bad,
        read,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    fn order(id: i64, number: &str, status: &str) -> source::Order {
        source::Order {
            id,
            order_number: s(number),
            customer_phone: s(""),
            delivery_type: s("Delivery"),
            delivery_location_id: Some(1),
            status: s(status),
            total_price: s("85.5"),
            delivery_fee: s("10"),
            notes: s("ɔ"),
            created_at: s("2026-11-23 08:00:00.5"),
            updated_at: s("2026-11-23 09:00:00"),
            location_name: None,
            location_fee: None,
        }
    }

    fn item(id: i64, order_id: i64, menu: i64, quantity: i64) -> source::Item {
        source::Item {
            id,
            order_id: Some(order_id),
            menu_item_id: Some(menu),
            quantity: Some(quantity),
            unit_price: s("37.75"),
            subtotal: s("75.5"),
            notes: s(""),
            created_at: s("2026-11-23 08:00:00"),
            updated_at: s("2026-11-23 08:00:00"),
            item_name: None,
            item_type: None,
        }
    }

    fn payment(id: i64, order_id: i64, reference: &str) -> source::Payment {
        source::Payment {
            id,
            order_id: Some(order_id),
            amount: s("85.5"),
            payment_method: s("CASH"),
            payment_type: s("payment"),
            status: s("completed"),
            reference: s(reference),
            mobile_number: None,
            notes: None,
            created_at: s("2026-11-24 00:00:00"),
            updated_at: s("2026-11-24 00:00:00"),
        }
    }

    fn source() -> Source {
        Source {
            locations: vec![source::Location {
                id: 1,
                name: s("Madina"),
                fee: s("12"),
                is_active: Some(0),
                created_at: s("2026-11-01 00:00:00"),
                updated_at: s("2026-11-01 00:00:00"),
            }],
            orders: vec![
                order(1, "231126-001", "Fulfilled"),
                order(2, "231126-002", "Fulfilled"),
            ],
            items: vec![item(10, 1, 99, 2), item(11, 2, 99, 1), item(12, 2, 99, -1)],
            payments: vec![
                payment(20, 1, "85716a4454434ef79ad5cd1ec8e57e5c"),
                payment(21, 2, "a7b28b5ea85b44e3ac35495679384b47"),
            ],
            ..Source::default()
        }
    }

    #[test]
    fn a_good_order_maps_exactly() {
        let p = plan(source());
        let o = &p.orders[0];
        assert_eq!((o.number.as_str(), o.seq, o.total), ("231126-001", 1, 8550));
        assert_eq!(o.created_at, "2026-11-23T08:00:00.500000Z");
        // The snapshot keeps what this order was charged, not the location's fee today.
        assert_eq!(o.location_name.as_deref(), Some("Madina"));
        assert_eq!(o.location_fee, Some(1000));
        // Menu item 99 is not in the file: the line keeps its price and says what it was.
        let i = &o.items[0];
        assert_eq!((i.unit_price, i.subtotal, i.quantity), (3775, 7550, 2));
        assert_eq!(i.name, "Menu item #99 (deleted)");
        let pay = &o.payments[0];
        assert_eq!(pay.reference, "85716a44-5443-4ef7-9ad5-cd1ec8e57e5c");
        assert_eq!(pay.day.to_string(), "2026-11-24");
    }

    #[test]
    fn a_bad_line_keeps_its_whole_order_out() {
        let p = plan(source());
        assert_eq!(p.orders.len(), 1);
        assert_eq!(
            p.bad,
            vec![Bad {
                table: "orders_orderitem",
                id: 12,
                why: "quantity is -1 (order 231126-002)".into()
            }]
        );
        // Read and skipped per table: the order, its good line and its payment go with it.
        assert_eq!(p.read, [0, 0, 1, 2, 3, 2]);
        assert_eq!(p.skipped, [0, 0, 0, 1, 2, 1]);
    }

    #[test]
    fn a_reference_used_twice_is_bad() {
        let mut src = source();
        src.items.pop();
        src.payments[1].reference = s("85716A44-5443-4EF7-9AD5-CD1EC8E57E5C");
        let p = plan(src);
        assert_eq!(p.bad.len(), 1);
        assert!(p.bad[0].why.contains("used twice"), "{:?}", p.bad);
    }
}
