//! The JSON API: the route table. One file per resource; the table declares who may call
//! each route ([`Access`], enforced in [`ctx::call`] before the handler); handlers receive the
//! request context of [`ctx`], parse the request with [`validate`], apply the finer rules, call
//! domain rules and db queries, and shape JSON; a storage error becomes an answer in
//! [`db_error`]. No SQL lives here. Only this file names the handlers (they never import it),
//! so the module graph has no loop through it.

pub(crate) mod access;
pub(crate) mod activity;
pub(crate) mod audit;
pub(crate) mod auth;
pub(crate) mod board;
pub(crate) mod ctx;
pub(crate) mod db_error;
pub(crate) mod health;
pub(crate) mod idempotency;
pub(crate) mod locations;
pub(crate) mod menu;
pub(crate) mod orders;
pub(crate) mod paginate;
pub(crate) mod payments;
pub(crate) mod poll_cache;
pub(crate) mod poll_store;
pub(crate) mod report_csv;
pub mod reports;
pub(crate) mod root;
pub(crate) mod schema;
pub(crate) mod session;
pub(crate) mod testing;
pub(crate) mod users;
pub(crate) mod validate;
pub(crate) mod wire_order;
pub(crate) mod wire_payment;

pub use access::Access;
pub use ctx::{created, ok, AuthUser, Ctx, Handler, Route};

use crate::http::{ApiError, Response};
use crate::state::AppState;

/// `GET /api/schema/`: the document describes [`ROUTES`], which live here (so `schema` need
/// not import this module).
fn openapi(c: &mut Ctx) -> Result<Response, ApiError> {
    schema::openapi(c, ROUTES)
}

/// The route table in effect.
pub fn routes(_state: &AppState) -> &'static [Route] {
    ROUTES
}

macro_rules! route {
    ($m:literal, $p:literal, $h:path, $access:expr, $summary:literal) => {
        route!($m, $p, $h, $access, $summary, note = "")
    };
    ($m:literal, $p:literal, $h:path, $access:expr, $summary:literal, note = $note:literal) => {
        Route {
            method: $m,
            pattern: $p,
            handler: $h,
            access: $access,
            access_note: $note,
            summary: $summary,
        }
    };
}

/// Every route the server answers. The OpenAPI document is generated from this table. The
/// dispatcher enforces each row's [`Access`] before calling its handler ([`ctx::call`]);
/// `note` describes the finer rules a handler adds, for the document.
pub static ROUTES: &[Route] = &[
    route!(
        "POST",
        "/api/token/",
        auth::obtain,
        Access::Public,
        "Log in: access and refresh tokens"
    ),
    route!(
        "POST",
        "/api/token/refresh/",
        auth::refresh,
        Access::Public,
        "New access token from a refresh token"
    ),
    route!(
        "POST",
        "/api/token/verify/",
        auth::verify,
        Access::Public,
        "Check a token"
    ),
    // The original backend's session endpoints and activity lists (its web frontend uses
    // them). Listed before the `{param}` routes whose paths they would otherwise match.
    route!(
        "GET",
        "/api/",
        root::root,
        Access::Public,
        "API root: the main resources"
    ),
    route!(
        "POST",
        "/api/users/login/",
        session::login,
        Access::Public,
        "Log in (the original's shape): user, access and refresh tokens"
    ),
    route!(
        "POST",
        "/api/users/logout/",
        session::logout,
        Access::AnyRole,
        "Log out; revokes the refresh token sent as {refresh}"
    ),
    route!(
        "GET",
        "/api/users/profile/",
        session::profile,
        Access::AnyRole,
        "The caller's email and names"
    ),
    route!(
        "PUT",
        "/api/users/profile/",
        session::update_profile,
        Access::AnyRole,
        "Edit the caller's email, names or password"
    ),
    route!(
        "PATCH",
        "/api/users/profile/",
        session::update_profile,
        Access::AnyRole,
        "Edit the caller's email, names or password"
    ),
    route!(
        "GET",
        "/api/payments/transaction-table/",
        activity::transaction_table,
        Access::Staff,
        "Every payment as a transaction row, with a summary (not paginated)"
    ),
    route!(
        "GET",
        "/api/payments/transactions/",
        activity::transactions,
        Access::Staff,
        "Online Paystack transactions (paginated; none offline)"
    ),
    route!(
        "GET",
        "/api/payments/payment-history/",
        activity::payment_history,
        Access::Staff,
        "Payments of the last days (order_number, payment_method, status, days)"
    ),
    route!(
        "GET",
        "/api/orders/status-history/",
        activity::status_history,
        Access::Staff,
        "Orders updated in the last days with their status changes (order_number, days)"
    ),
    route!(
        "GET",
        "/api/users/all/me/",
        users::me,
        Access::AnyRole,
        "The current user"
    ),
    route!(
        "GET",
        "/api/users/me/",
        users::me,
        Access::AnyRole,
        "The current user (alias)"
    ),
    route!(
        "GET",
        "/api/users/staff/",
        users::list,
        Access::AdminPlus,
        "Staff accounts"
    ),
    route!(
        "POST",
        "/api/users/staff/",
        users::create,
        Access::AdminPlus,
        "Create a staff account"
    ),
    route!(
        "GET",
        "/api/users/staff/{id}/",
        users::get,
        Access::AdminPlus,
        "One staff account"
    ),
    route!(
        "PATCH",
        "/api/users/staff/{id}/",
        users::update,
        Access::AdminPlus,
        "Edit a staff account"
    ),
    route!(
        "PUT",
        "/api/users/staff/{id}/",
        users::update,
        Access::AdminPlus,
        "Edit a staff account"
    ),
    route!(
        "DELETE",
        "/api/users/staff/{id}/",
        users::deactivate,
        Access::AdminPlus,
        "Deactivate a staff account"
    ),
    route!(
        "GET",
        "/api/menu/items/",
        menu::list,
        Access::Public,
        "Menu items (paginated; item_type, availability, search)"
    ),
    route!(
        "POST",
        "/api/menu/items/",
        menu::create,
        Access::Staff,
        "Create a menu item"
    ),
    route!(
        "GET",
        "/api/menu/items/{id}/",
        menu::get,
        Access::Public,
        "One menu item"
    ),
    route!(
        "PUT",
        "/api/menu/items/{id}/",
        menu::update,
        Access::Staff,
        "Replace a menu item"
    ),
    route!(
        "PATCH",
        "/api/menu/items/{id}/",
        menu::update,
        Access::Staff,
        "Edit a menu item"
    ),
    route!(
        "DELETE",
        "/api/menu/items/{id}/",
        menu::delete,
        Access::AdminPlus,
        "Delete a menu item (409 when ordered)"
    ),
    route!(
        "PUT",
        "/api/menu/items/{id}/toggle-availability/",
        menu::toggle,
        Access::Staff,
        "Flip is_available"
    ),
    route!(
        "GET",
        "/api/orders/delivery-locations/",
        locations::list,
        Access::Public,
        "Active delivery locations (paginated)"
    ),
    route!(
        "POST",
        "/api/orders/delivery-locations/",
        locations::create,
        Access::AdminPlus,
        "Create a delivery location"
    ),
    route!(
        "GET",
        "/api/orders/delivery-locations/{id}/",
        locations::get,
        Access::Public,
        "One delivery location"
    ),
    route!(
        "PATCH",
        "/api/orders/delivery-locations/{id}/",
        locations::update,
        Access::AdminPlus,
        "Edit a delivery location"
    ),
    route!(
        "PUT",
        "/api/orders/delivery-locations/{id}/",
        locations::update,
        Access::AdminPlus,
        "Edit a delivery location"
    ),
    route!(
        "DELETE",
        "/api/orders/delivery-locations/{id}/",
        locations::delete,
        Access::AdminPlus,
        "Delete a delivery location"
    ),
    route!(
        "GET",
        "/api/orders/",
        orders::list,
        Access::AnyRole,
        "Orders, newest first (date, status, search; page_size paginates)"
    ),
    route!(
        "POST",
        "/api/orders/",
        orders::create,
        Access::Staff,
        "Create an order"
    ),
    route!(
        "GET",
        "/api/orders/next-order-number/",
        orders::next_number,
        Access::AnyRole,
        "The next order number"
    ),
    route!(
        "GET",
        "/api/orders/{order_number}/",
        orders::get,
        Access::AnyRole,
        "One order"
    ),
    route!(
        "PATCH",
        "/api/orders/{order_number}/",
        orders::update,
        Access::AnyRole,
        "Edit an order (items replaced when sent); status as in status/",
        note = "staff; a status-only body: as status/"
    ),
    route!(
        "PUT",
        "/api/orders/{order_number}/",
        orders::update,
        Access::AnyRole,
        "Edit an order (items replaced when sent); status as in status/",
        note = "staff; a status-only body: as status/"
    ),
    route!(
        "DELETE",
        "/api/orders/{order_number}/",
        orders::delete,
        Access::Superadmin,
        "Delete an order"
    ),
    route!(
        "PATCH",
        "/api/orders/{order_number}/status/",
        orders::set_status,
        Access::AnyRole,
        "Change an order's status",
        note = "staff, kitchen, delivery (limited)"
    ),
    route!(
        "PUT",
        "/api/orders/{order_number}/status/",
        orders::set_status,
        Access::AnyRole,
        "Change an order's status",
        note = "staff, kitchen, delivery (limited)"
    ),
    route!(
        "GET",
        "/api/orders/{order_number}/history/",
        orders::history,
        Access::AnyRole,
        "Status changes of an order"
    ),
    route!(
        "POST",
        "/api/payments/initiate/",
        payments::initiate,
        Access::Staff,
        "Record a payment or refund",
        note = "refunds: superadmin, admin"
    ),
    route!(
        "GET",
        "/api/payments/",
        payments::list,
        Access::Staff,
        "Payments (order_number, payment_method, payment_type, status)"
    ),
    route!(
        "GET",
        "/api/payments/payment-modes/",
        payments::modes,
        Access::Staff,
        "Payment methods"
    ),
    route!(
        "GET",
        "/api/payments/{reference}/",
        payments::get,
        Access::Staff,
        "One payment by reference"
    ),
    route!(
        "GET",
        "/api/reports/daily/",
        reports::daily,
        Access::AdminPlus,
        "A business day's figures (date; format=csv); a closed day is served frozen"
    ),
    route!(
        "POST",
        "/api/reports/daily/{date}/close/",
        reports::close,
        Access::AdminPlus,
        "Close a business day: freeze its report"
    ),
    route!(
        "GET",
        "/api/reports/range/",
        reports::range,
        Access::AdminPlus,
        "One row of figures per business day (from, to; format=csv)"
    ),
    route!(
        "GET",
        "/api/audit/",
        audit::list,
        Access::AdminPlus,
        "Audit rows of a business day, with their chain hashes (date)"
    ),
    route!(
        "GET",
        "/api/health/",
        health::health,
        Access::Public,
        "Liveness and database status"
    ),
    route!(
        "GET",
        "/api/schema/",
        openapi,
        Access::Public,
        "This API as OpenAPI 3"
    ),
    route!(
        "GET",
        "/metrics",
        health::metrics,
        Access::Public,
        "Prometheus metrics"
    ),
    route!(
        "GET",
        "/api/board/config/",
        board::config,
        Access::AnyRole,
        "The board's settings and the status moves the caller may make"
    ),
    route!(
        "GET",
        "/board/",
        board::page,
        Access::Public,
        "The order board page"
    ),
    route!(
        "GET",
        "/board/{file}",
        board::file,
        Access::Public,
        "A file of the order board page"
    ),
    route!(
        "GET",
        "/api/_test/panic/",
        testing::panic,
        Access::Public,
        "Panics (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/sleep/",
        testing::sleep,
        Access::Public,
        "Sleeps ?ms= (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/large/",
        testing::large,
        Access::Public,
        "A large body ?bytes= (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "POST",
        "/api/_test/echo/",
        testing::echo,
        Access::Public,
        "Echoes a JSON body (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/hold_db/",
        testing::hold_db,
        Access::Public,
        "Holds a pooled read connection ?ms= (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/stall_writer/",
        testing::stall_writer,
        Access::Public,
        "Keeps the database writer busy ?ms= (ADAKINGS_TEST_ROUTES=1)"
    ),
];
