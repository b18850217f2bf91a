//! `/api/orders/...`: create, list, detail, edit, delete, status changes, status history and
//! the next order number.
//!
//! Input is checked in two steps that feed one DRF-style error body: the shape of the JSON
//! ([`Draft::parse`], no I/O) and then, inside the writer's transaction, everything that
//! depends on the database (menu items, locations, the order's current state), so what was
//! checked is exactly what gets written. Any error rolls the whole change back.

use serde_json::{json, Map, Value};

use crate::api::ctx::{ok, AuthUser, Ctx};
use crate::api::paginate::{self, Page};
use crate::api::validate::{
    body_object, not_a_choice, py_type, text_or_empty, vocab_field, Errors,
};
use crate::api::{idempotency, poll_cache, wire_order};
use crate::db::events::EventKind;
use crate::db::orders::{self as dbo, LocationRef, NewItem, NewOrder, OrderCore, OrderFields};
use crate::db::{audit, WriteTx};
use crate::domain::clock::{self, Date};
use crate::domain::payment::PaymentStatus;
use crate::domain::status::{
    self, DeliveryType, OrderStatus, Paid, Role, Transition, TransitionError,
};
use crate::domain::{money, order, validate};
use crate::http::{ApiError, Response};

/// How big one order may be (`MAX_ORDER_LINES`, `MAX_LINE_QUANTITY`): every order travels in
/// every snapshot to every screen, so one absurd order would cost every client.
#[derive(Clone, Copy)]
pub(crate) struct LineLimits {
    pub max_lines: usize,
    pub max_quantity: i64,
}

impl LineLimits {
    fn of(c: &Ctx) -> LineLimits {
        LineLimits {
            max_lines: c.state.config.max_order_lines,
            max_quantity: c.state.config.max_line_quantity,
        }
    }
}

/// Parses an integer the way DRF's IntegerField does (ints, integral floats, digit strings).
fn parse_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                .map(|f| f as i64)
        }),
        Value::String(s) => {
            let t = s.trim();
            let t = t.strip_suffix(".0").unwrap_or(t);
            t.parse::<i64>().ok()
        }
        _ => None,
    }
}

/// How the client named a delivery location.
#[derive(Clone, Debug)]
enum LocInput {
    Id(i64),
    Name(String),
}

/// One order line as sent.
#[derive(Clone, Debug)]
struct ItemDraft {
    /// The pk and how it was spelled (for the "does not exist" message).
    menu_item: Option<(i64, String)>,
    quantity: i64,
    notes: String,
    unit_price: Option<i64>,
}

/// The shape-checked body of a create or an edit. `None` fields were not sent.
#[derive(Debug)]
struct Draft {
    delivery_type: Option<DeliveryType>,
    /// `Some("")` clears the phone.
    phone: Option<String>,
    /// `Some(None)` clears the location.
    location: Option<Option<LocInput>>,
    notes: Option<String>,
    /// Per line: the parsed line, or `None` when it already has errors.
    items: Option<Vec<Option<ItemDraft>>>,
    item_errors: Vec<Errors>,
}

impl Draft {
    /// Checks the JSON shape; `items_required` for create and PUT.
    fn parse(
        m: &Map<String, Value>,
        items_required: bool,
        limits: LineLimits,
        errs: &mut Errors,
    ) -> Draft {
        let delivery_type = vocab_field::<DeliveryType>(m, "delivery_type", errs);
        let phone = text_or_empty(m, "customer_phone", errs).map(|p| p.trim().to_string());
        if let Some(p) = &phone {
            if !p.is_empty() && !validate::phone_ok(p) {
                errs.add(
                    "customer_phone",
                    "Enter a valid phone number: +233 or 0 followed by 9 digits.",
                );
            }
        }
        let location = match m.get("delivery_location") {
            None => None,
            Some(Value::Null) => Some(None),
            Some(Value::String(s)) if s.trim().is_empty() => Some(None),
            Some(Value::String(s)) => match s.trim().parse::<i64>() {
                Ok(id) if s.trim().bytes().all(|b| b.is_ascii_digit()) => {
                    Some(Some(LocInput::Id(id)))
                }
                _ => Some(Some(LocInput::Name(s.clone()))),
            },
            Some(Value::Number(n)) if n.is_i64() => n.as_i64().map(|id| Some(LocInput::Id(id))),
            Some(_) => {
                errs.add(
                    "delivery_location",
                    "Invalid delivery location data. Expected ID or name.",
                );
                None
            }
        };
        let notes = text_or_empty(m, "notes", errs);
        if let Some(n) = &notes {
            if !validate::notes_ok(n) {
                errs.add(
                    "notes",
                    format!(
                        "Ensure this field has no more than {} characters.",
                        validate::MAX_NOTES
                    ),
                );
            }
        }
        let mut item_errors = Vec::new();
        let items = match m.get("items") {
            None => {
                if items_required {
                    errs.add("items", "This field is required.");
                }
                None
            }
            Some(Value::Null) => {
                errs.add("items", "This field may not be null.");
                None
            }
            Some(Value::Array(list)) if list.is_empty() => {
                errs.add("items", "This list may not be empty.");
                None
            }
            // Refused before any line is looked at: the lines of a huge order are not worth
            // validating one by one.
            Some(Value::Array(list)) if list.len() > limits.max_lines => {
                errs.add(
                    "items",
                    format!(
                        "Ensure this field has no more than {} elements.",
                        limits.max_lines
                    ),
                );
                None
            }
            Some(Value::Array(list)) => {
                let mut out = Vec::with_capacity(list.len());
                for v in list {
                    let mut e = Errors::default();
                    out.push(parse_item(v, limits.max_quantity, &mut e));
                    item_errors.push(e);
                }
                Some(out)
            }
            Some(other) => {
                errs.add(
                    "items",
                    format!(
                        "Expected a list of items but got type \"{}\".",
                        py_type(other)
                    ),
                );
                None
            }
        };
        Draft {
            delivery_type,
            phone,
            location,
            notes,
            items,
            item_errors,
        }
    }
}

fn parse_item(v: &Value, max_quantity: i64, e: &mut Errors) -> Option<ItemDraft> {
    let Value::Object(m) = v else {
        e.add(
            "non_field_errors",
            format!(
                "Invalid data. Expected a dictionary, but got {}.",
                py_type(v)
            ),
        );
        return None;
    };
    let menu_item = match m.get("menu_item_id") {
        None => {
            e.add("menu_item_id", "This field is required.");
            None
        }
        Some(Value::Null) => {
            e.add("menu_item_id", "This field may not be null.");
            None
        }
        Some(Value::Number(n)) if n.is_i64() => n.as_i64().map(|id| (id, id.to_string())),
        Some(Value::String(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            match s.parse::<i64>() {
                Ok(id) => Some((id, s.clone())),
                Err(_) => {
                    e.add(
                        "menu_item_id",
                        format!("Invalid pk \"{s}\" - object does not exist."),
                    );
                    None
                }
            }
        }
        Some(other) => {
            e.add(
                "menu_item_id",
                format!(
                    "Incorrect type. Expected pk value, received {}.",
                    py_type(other)
                ),
            );
            None
        }
    };
    let quantity = match m.get("quantity") {
        None => Some(1),
        Some(Value::Null) => {
            e.add("quantity", "This field may not be null.");
            None
        }
        Some(v) => match parse_int(v) {
            None => {
                e.add("quantity", "A valid integer is required.");
                None
            }
            Some(q) if q < 1 => {
                e.add(
                    "quantity",
                    "Ensure this value is greater than or equal to 1.",
                );
                None
            }
            Some(q) if q > max_quantity => {
                e.add(
                    "quantity",
                    format!("Ensure this value is less than or equal to {max_quantity}."),
                );
                None
            }
            Some(q) => Some(q),
        },
    };
    let notes = match m.get("notes") {
        None | Some(Value::Null) => Some(String::new()),
        Some(Value::String(s)) if validate::notes_ok(s) => Some(s.clone()),
        Some(Value::String(_)) => {
            e.add(
                "notes",
                format!(
                    "Ensure this field has no more than {} characters.",
                    validate::MAX_NOTES
                ),
            );
            None
        }
        Some(_) => {
            e.add("notes", "Not a valid string.");
            None
        }
    };
    let unit_price = match m.get("unit_price") {
        None | Some(Value::Null) => Some(None),
        Some(v) => match money::parse(v).and_then(|p| money::check_min(p, 0).map(|()| p)) {
            Ok(p) => Some(Some(p)),
            Err(msg) => {
                e.add("unit_price", msg);
                None
            }
        },
    };
    match (menu_item, quantity, notes, unit_price) {
        (Some(menu_item), Some(quantity), Some(notes), Some(unit_price)) if e.is_empty() => {
            Some(ItemDraft {
                menu_item: Some(menu_item),
                quantity,
                notes,
                unit_price,
            })
        }
        _ => None,
    }
}

/// What an order's fields and lines become once the draft is checked against the database.
struct Resolved {
    fields: OrderFields,
    /// New lines when the draft replaced them.
    items: Option<Vec<NewItem>>,
}

/// Checks the draft against the database (and, for an edit, the order as stored) and works
/// out fees and totals. Every error lands in `errs`.
fn resolve(
    conn: &rusqlite::Connection,
    d: &Draft,
    current: Option<&OrderCore>,
    role: Role,
    mut errs: Errors,
) -> Result<Resolved, ApiError> {
    let delivery_type = d
        .delivery_type
        .or(current.map(|c| c.delivery_type))
        .unwrap_or(DeliveryType::Pickup);
    let phone = d
        .phone
        .clone()
        .or_else(|| current.map(|c| c.customer_phone.clone()))
        .unwrap_or_default();

    // (id, snapshot name, snapshot fee); an unchanged location keeps its snapshot.
    let mut location: (Option<i64>, Option<String>, Option<i64>) = match (&d.location, current) {
        (Some(Some(input)), _) => match find_location(conn, input)? {
            Some(l) => (Some(l.id), Some(l.name), Some(l.fee)),
            None => {
                errs.add("delivery_location", location_missing(input));
                (None, None, None)
            }
        },
        (Some(None), _) | (None, None) => (None, None, None),
        (None, Some(c)) => (
            c.delivery_location_id,
            c.delivery_location_name.clone(),
            c.delivery_location_fee,
        ),
    };
    if delivery_type == DeliveryType::Pickup {
        location = (None, None, None);
    } else {
        if phone.is_empty() && !errs.has("customer_phone") {
            errs.add(
                "customer_phone",
                "Customer phone number is required for delivery orders.",
            );
        }
        if location.1.is_none() && !errs.has("delivery_location") {
            errs.add(
                "delivery_location",
                "A delivery location is required for delivery orders.",
            );
        }
    }
    let delivery_fee = order::delivery_fee(delivery_type, location.2);

    let items = match &d.items {
        Some(drafts) => Some(resolve_items(
            conn,
            drafts,
            &d.item_errors,
            role,
            &mut errs,
        )?),
        None => None,
    };
    let subtotals: Vec<i64> = match (&items, current) {
        (Some(items), _) => items.iter().map(|i| i.subtotal).collect(),
        (None, Some(c)) => dbo::item_subtotals(conn, c.id)?,
        (None, None) => Vec::new(),
    };
    let total = order::order_total(&subtotals, delivery_fee);
    if total.is_none() && errs.is_empty() {
        errs.add("items", "The order total is too large.");
    }
    errs.check()?;
    Ok(Resolved {
        fields: OrderFields {
            customer_phone: phone,
            delivery_type,
            delivery_location_id: location.0,
            delivery_location_name: location.1,
            delivery_location_fee: location.2,
            delivery_fee,
            total_price: total.unwrap_or(0),
            notes: d
                .notes
                .clone()
                .or_else(|| current.map(|c| c.notes.clone()))
                .unwrap_or_default(),
        },
        items,
    })
}

fn find_location(
    conn: &rusqlite::Connection,
    input: &LocInput,
) -> Result<Option<LocationRef>, ApiError> {
    match input {
        LocInput::Id(id) => Ok(dbo::active_location_by_id(conn, *id)?),
        LocInput::Name(name) => Ok(dbo::active_location_by_name(conn, name)?),
    }
}

fn location_missing(input: &LocInput) -> String {
    match input {
        LocInput::Id(id) => format!("Delivery location with ID {id} not found or not active."),
        LocInput::Name(n) => format!("Delivery location '{n}' not found or not active."),
    }
}

/// Prices each line from the menu. Errors go into the per-line maps, reported as
/// `{"items": [{...}, {}]}` when any line has one.
fn resolve_items(
    conn: &rusqlite::Connection,
    drafts: &[Option<ItemDraft>],
    shape_errors: &[Errors],
    role: Role,
    errs: &mut Errors,
) -> Result<Vec<NewItem>, ApiError> {
    let ids: Vec<i64> = drafts
        .iter()
        .flatten()
        .filter_map(|d| d.menu_item.as_ref().map(|m| m.0))
        .collect();
    let menu = dbo::menu_items(conn, &ids)?;
    let mut line_errors: Vec<Errors> = shape_errors.to_vec();
    let mut out = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        let Some(d) = d else { continue };
        let Some((id, spelled)) = &d.menu_item else {
            continue;
        };
        let e = &mut line_errors[i];
        let Some(m) = menu.get(id) else {
            e.add(
                "menu_item_id",
                format!("Invalid pk \"{spelled}\" - object does not exist."),
            );
            continue;
        };
        if !m.is_available {
            e.add(
                "menu_item_id",
                format!("Menu item '{}' is not currently available.", m.name),
            );
            continue;
        }
        // As in the original, 0 means "use the menu price". Anyone may restate the menu price
        // (clients echo lines back on edit); only admin+ may set another one.
        let unit_price = match d.unit_price {
            None | Some(0) => m.price,
            Some(p) if p == m.price || role.is_admin_plus() => p,
            Some(_) => {
                e.add("unit_price", "Only an admin may override the price.");
                continue;
            }
        };
        let Some(subtotal) = order::line_subtotal(d.quantity, unit_price) else {
            e.add("quantity", "The line total is too large.");
            continue;
        };
        out.push(NewItem {
            menu_item_id: m.id,
            menu_item_name: m.name.clone(),
            item_type: m.item_type.clone(),
            quantity: d.quantity,
            unit_price,
            subtotal,
            notes: d.notes.clone(),
        });
    }
    if line_errors.iter().any(|e| !e.is_empty()) {
        errs.set(
            "items",
            Value::Array(line_errors.into_iter().map(Errors::into_value).collect()),
        );
    }
    Ok(out)
}

/// The Order JSON of `id` inside the write, as the event and the response carry it.
fn order_json(w: &WriteTx, id: i64) -> Result<Value, ApiError> {
    let order =
        dbo::load_one(w, id)?.ok_or_else(|| ApiError::internal(format!("order {id} vanished")))?;
    wire_order::to_value(&order)
}

/// The tail of every change to an existing order, in its transaction: the Order JSON after the
/// change, its `item_updated` event and the audit row. Returns the JSON for the response.
fn announce_update(
    w: &mut WriteTx,
    id: i64,
    actor: &audit::Actor,
    action: &str,
    number: &str,
    changes: &Value,
) -> Result<Value, ApiError> {
    let json = order_json(w, id)?;
    w.emit(EventKind::ItemUpdated, id, &json.to_string())?;
    audit::record(w, actor, action, "order", number, changes)?;
    Ok(json)
}

/// 404 unless an order with this number exists (checked before the body, as DRF does).
fn ensure_exists(c: &Ctx, number: &str) -> Result<(), ApiError> {
    match c.state.db.read(|conn| dbo::id_by_number(conn, number))? {
        Some(_) => Ok(()),
        None => Err(ApiError::not_found()),
    }
}

/// `POST /api/orders/` (staff).
pub fn create(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let body = body_object(c)?;
    let mut errs = Errors::default();
    let draft = Draft::parse(&body, true, LineLimits::of(c), &mut errs);
    let who = c.actor(&user);
    let u = user.clone();
    idempotency::write(c, &user, 201, move |w| {
        let r = resolve(w, &draft, None, u.role, errs)?;
        let items = r.items.unwrap_or_default();
        let now = clock::now_micros();
        let at = clock::iso(now);
        let date = Date::of_micros(now);
        let seq = dbo::next_seq(w, date)?;
        let number = order::order_number(date, u32::try_from(seq).unwrap_or(u32::MAX));
        let status = status::initial_status(r.fields.delivery_type);
        let id = dbo::insert(
            w,
            &NewOrder {
                order_number: &number,
                order_date: date,
                seq,
                status,
                created_by: u.id,
                at: &at,
            },
            &r.fields,
        )?;
        dbo::replace_items(w, id, &items, &at)?;
        dbo::add_history(w, id, None, status, &u.username, &at)?;
        let json = order_json(w, id)?;
        w.emit(EventKind::ItemCreated, id, &json.to_string())?;
        audit::record(
            w,
            &who.as_actor(),
            "create",
            "order",
            &number,
            &json!({
                "order_number": number,
                "status": status.as_str(),
                "delivery_type": r.fields.delivery_type.as_str(),
                "total_price": money::format(r.fields.total_price),
                "items": items.len(),
            }),
        )?;
        Ok(json)
    })
}

/// `GET /api/orders/` (any role): a bare array, or a DRF page when `page`/`page_size` is given;
/// `?ordering=created_at|total_price|status` (or `-…`) as the original.
pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    // Polled every 0.5-2 s by the original frontend: answered from one shared body per change.
    poll_cache::serve(c, LIST_VARY, list_body)
}

/// The query parameters `list` reads; others (the dashboard's `created_at__gte`) are ignored,
/// as the original did.
const LIST_VARY: poll_cache::Vary =
    poll_cache::Vary::params(&["date", "status", "search", "ordering", "page", "page_size"])
        .with_canonical(list_param_as_read);

/// An `ordering` the list ignores (the dashboard's `-updated_at`) shares the unordered body.
fn list_param_as_read(param: &str, value: String) -> Option<String> {
    if param != "ordering" {
        return Some(value);
    }
    parse_ordering(&value).map(|(col, desc)| format!("{col}:{desc}"))
}

/// Like DRF's OrderingFilter: the first known field wins; unknown fields are ignored.
fn parse_ordering(o: &str) -> Option<(&'static str, bool)> {
    o.split(',').map(str::trim).find_map(|k| {
        let (desc, name) = match k.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, k),
        };
        dbo::ordering_column(name).map(|col| (col, desc))
    })
}

fn list_body(c: &mut Ctx) -> Result<poll_cache::Built, ApiError> {
    let mut f = dbo::Filter::default();
    if let Some(d) = c.req.query_param("date").filter(|d| !d.is_empty()) {
        f.date = Some(
            Date::parse(d.trim()).ok_or_else(|| ApiError::field("date", "Enter a valid date."))?,
        );
    }
    if let Some(s) = c.req.query_param("status").filter(|s| !s.is_empty()) {
        f.status = Some(OrderStatus::parse(&s).ok_or_else(|| {
            ApiError::field(
                "status",
                format!("Select a valid choice. {s} is not one of the available choices."),
            )
        })?);
    }
    f.search = c
        .req
        .query_param("search")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    if let Some(o) = c.req.query_param("ordering") {
        f.ordering = parse_ordering(&o);
    }
    let paginated = c.req.query_param("page_size").is_some() || c.req.query_param("page").is_some();
    if paginated {
        let page = Page::from_request(c.req)?;
        let mut fresh_until = i64::MAX;
        let body = c.state.db.read(|conn| {
            let count = dbo::count(conn, &f)?;
            let page = page.resolve(count)?;
            let ids = dbo::list_ids(conn, &f, Some((page.offset(), page.limit())))?;
            paginate::envelope_bytes(c.req, page, count, |buf| {
                fresh_until = wire_order::write_list(&dbo::load(conn, &ids)?, buf)?;
                Ok(())
            })
        })?;
        Ok(poll_cache::Built {
            response: Response::raw_json(200, body),
            fresh_until: Some(fresh_until),
        })
    } else {
        let (body, fresh_until) = c.state.db.read(|conn| {
            let ids = dbo::list_ids(conn, &f, None)?;
            let mut buf = Vec::with_capacity(64 * 1024);
            let fresh_until = wire_order::write_list(&dbo::load(conn, &ids)?, &mut buf)?;
            Ok::<_, ApiError>((buf, fresh_until))
        })?;
        Ok(poll_cache::Built {
            response: Response::raw_json(200, body),
            fresh_until: Some(fresh_until),
        })
    }
}

/// `GET /api/orders/next-order-number/` (any role): what the next create today would get.
pub fn next_number(c: &mut Ctx) -> Result<Response, ApiError> {
    let date = Date::of_micros(clock::now_micros());
    let seq = c.state.db.read(|conn| dbo::next_seq(conn, date))?;
    let number = order::order_number(date, u32::try_from(seq).unwrap_or(u32::MAX));
    ok(&json!({ "next_order_number": number }))
}

/// `GET /api/orders/{n}/` (any role).
pub fn get(c: &mut Ctx) -> Result<Response, ApiError> {
    let number = c.param(0).to_string();
    let v = c
        .state
        .db
        .read(|conn| match dbo::id_by_number(conn, &number)? {
            Some(id) => dbo::load_one(conn, id),
            None => Ok(None),
        })?;
    match v {
        Some(o) => ok(&wire_order::to_value(&o)?),
        None => Err(ApiError::not_found()),
    }
}

/// The fields an order edit changes.
const EDIT_FIELDS: &[&str] = &[
    "delivery_type",
    "customer_phone",
    "delivery_location",
    "notes",
    "items",
];

/// `PATCH`/`PUT /api/orders/{n}/`: edit (staff); items are replaced when sent. A body with
/// `status` and no edit field is a status change with exactly the rules, roles, event and
/// audit row of `/status/` (the original web frontend changes status this way); `status`
/// beside edit fields is applied after the edit, in the same transaction, with one event.
pub fn update(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let number = c.param(0).to_string();
    ensure_exists(c, &number)?;
    let mut body = body_object(c)?;
    let to = match body.remove("status") {
        None => None,
        Some(v) => Some(parse_status(Some(&v))?),
    };
    // Keys an edit does not know (a cancel reason, say) do not make it an edit.
    let edits = EDIT_FIELDS.iter().any(|k| body.contains_key(*k));
    if let (Some(to), false) = (to, edits) {
        return change_status(c, &user, number, to);
    }
    if !user.role.is_staff() {
        return Err(ApiError::forbidden());
    }
    let mut errs = Errors::default();
    let draft = Draft::parse(&body, c.req.method == "PUT", LineLimits::of(c), &mut errs);
    let who = c.actor(&user);
    let u = user.clone();
    idempotency::write(c, &user, 200, move |w| {
        let core = dbo::core_by_number(w, &number)?.ok_or_else(ApiError::not_found)?;
        if core.status.is_final() {
            return Err(ApiError::detail(
                400,
                format!("Cannot edit an order that is {}.", core.status.as_str()),
            ));
        }
        let r = resolve(w, &draft, Some(&core), u.role, errs)?;
        let at = clock::iso(clock::now_micros());
        dbo::update_fields(w, core.id, &r.fields, &at)?;
        if let Some(items) = &r.items {
            dbo::replace_items(w, core.id, items, &at)?;
        }
        let mut changes = edit_changes(&core, &r);
        if let Some(to) = to {
            // Checked against the order as edited: new lines change what "paid" means.
            let edited = dbo::core_by_number(w, &number)?.ok_or_else(ApiError::not_found)?;
            if check_move(w, &edited, to, u.role)? == Transition::Move {
                dbo::set_status(w, core.id, core.status, to, &u.username, &at)?;
                if let Value::Object(m) = &mut changes {
                    m.insert(
                        "status".into(),
                        json!({ "old": core.status.as_str(), "new": to.as_str() }),
                    );
                }
            }
        }
        announce_update(w, core.id, &who.as_actor(), "update", &number, &changes)
    })
}

/// Before/after of the fields an edit changed, for the audit row.
fn edit_changes(before: &OrderCore, r: &Resolved) -> Value {
    let mut m = Map::new();
    let after = &r.fields;
    let mut diff = |k: &str, old: Value, new: Value| {
        if old != new {
            m.insert(k.to_string(), json!({ "old": old, "new": new }));
        }
    };
    diff(
        "customer_phone",
        json!(before.customer_phone),
        json!(after.customer_phone),
    );
    diff(
        "delivery_type",
        json!(before.delivery_type.as_str()),
        json!(after.delivery_type.as_str()),
    );
    diff(
        "delivery_location",
        json!(before.delivery_location_name),
        json!(after.delivery_location_name),
    );
    diff("notes", json!(before.notes), json!(after.notes));
    diff(
        "total_price",
        json!(money::format(before.total_price)),
        json!(money::format(after.total_price)),
    );
    if let Some(items) = &r.items {
        m.insert("items_replaced".into(), json!(items.len()));
    }
    Value::Object(m)
}

/// `DELETE /api/orders/{n}/` (superadmin): 204.
pub fn delete(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let number = c.param(0).to_string();
    ensure_exists(c, &number)?;
    let who = c.actor(&user);
    idempotency::write(c, &user, 204, move |w| {
        let core = dbo::core_by_number(w, &number)?.ok_or_else(ApiError::not_found)?;
        dbo::delete(w, core.id)?;
        w.emit(EventKind::ItemDeleted, core.id, "{}")?;
        audit::record(
            w,
            &who.as_actor(),
            "delete",
            "order",
            &number,
            &json!({
                "status": core.status.as_str(),
                "total_price": money::format(core.total_price),
            }),
        )?;
        Ok(Value::Null)
    })
}

/// `PATCH`/`PUT /api/orders/{n}/status/`: a move allowed by the table, the caller's role
/// and the payment rules. Setting the current status is a 200 no-op.
pub fn set_status(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let number = c.param(0).to_string();
    ensure_exists(c, &number)?;
    let body = body_object(c)?;
    let to = parse_status(body.get("status"))?;
    change_status(c, &user, number, to)
}

/// A refused status change: the field error, and the same text in `detail`, because the
/// original web frontend shows only `detail`.
fn status_refused(msg: impl Into<String>) -> ApiError {
    let msg = msg.into();
    ApiError::validation(json!({ "status": [msg], "detail": msg }))
}

/// The target status of a body's `status` value (`None`: the key is missing).
fn parse_status(v: Option<&Value>) -> Result<OrderStatus, ApiError> {
    match v {
        None => Err(status_refused("This field is required.")),
        Some(Value::Null) => Err(status_refused("This field may not be null.")),
        Some(v) => v
            .as_str()
            .and_then(OrderStatus::parse)
            .ok_or_else(|| status_refused(not_a_choice(v))),
    }
}

/// How far `core` is paid, for the status rules.
fn paid_level(w: &WriteTx, core: &OrderCore) -> Result<Paid, ApiError> {
    Ok(match dbo::summary(w, core)?.status {
        PaymentStatus::Paid | PaymentStatus::Overpaid => Paid::Fully,
        PaymentStatus::PartiallyPaid => Paid::Partly,
        PaymentStatus::Unpaid | PaymentStatus::PendingPayment | PaymentStatus::Refunded => Paid::No,
    })
}

/// Whether `role` may move `core` to `to` now, as an error response when not.
fn check_move(
    w: &WriteTx,
    core: &OrderCore,
    to: OrderStatus,
    role: Role,
) -> Result<Transition, ApiError> {
    let paid = paid_level(w, core)?;
    status::check_transition_paid(core.status, to, core.delivery_type, paid, role).map_err(|e| {
        match e {
            TransitionError::Forbidden(m) => ApiError::detail(403, m),
            TransitionError::Illegal(m) => status_refused(m),
        }
    })
}

/// The status change itself, shared by `/status/` and a status-only edit: one history row,
/// one `item_updated` event and one `status_change` audit row per move.
fn change_status(
    c: &mut Ctx,
    user: &AuthUser,
    number: String,
    to: OrderStatus,
) -> Result<Response, ApiError> {
    let who = c.actor(user);
    let u = user.clone();
    idempotency::write(c, user, 200, move |w| {
        let core = dbo::core_by_number(w, &number)?.ok_or_else(ApiError::not_found)?;
        match check_move(w, &core, to, u.role)? {
            Transition::NoOp => order_json(w, core.id),
            Transition::Move => {
                let at = clock::iso(clock::now_micros());
                dbo::set_status(w, core.id, core.status, to, &u.username, &at)?;
                announce_update(
                    w,
                    core.id,
                    &who.as_actor(),
                    "status_change",
                    &number,
                    &json!({ "from": core.status.as_str(), "to": to.as_str() }),
                )
            }
        }
    })
}

/// `GET /api/orders/{n}/history/` (any role): `[{from, to, by, at}]`, oldest first.
pub fn history(c: &mut Ctx) -> Result<Response, ApiError> {
    let number = c.param(0).to_string();
    let v = c
        .state
        .db
        .read(|conn| match dbo::id_by_number(conn, &number)? {
            Some(id) => dbo::history(conn, id).map(Some),
            None => Ok(None),
        })?;
    match v {
        Some(changes) => ok(&wire_order::history(&changes)?),
        None => Err(ApiError::not_found()),
    }
}
