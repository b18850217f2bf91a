//! The JSON API: the route table. One file per resource; handlers receive the request
//! context of [`ctx`], check access, call domain rules and db queries, and shape JSON; a
//! storage error becomes an answer in [`db_error`]. No SQL lives here. Only this file names
//! the handlers (they never import it), so the module graph has no loop through it.

pub mod activity;
pub mod audit;
pub mod auth;
pub mod board;
pub mod ctx;
pub mod db_error;
pub mod health;
pub mod idempotency;
pub mod locations;
pub mod menu;
pub mod orders;
pub mod paginate;
pub mod payments;
pub mod poll_cache;
pub mod poll_store;
pub mod report_csv;
pub mod reports;
pub mod root;
pub mod schema;
pub mod session;
pub mod testing;
pub mod users;

pub use ctx::{created, ok, roles, AuthUser, Ctx, Handler, Route};

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
    ($m:literal, $p:literal, $h:path, $access:literal, $summary:literal) => {
        Route {
            method: $m,
            pattern: $p,
            handler: $h,
            access: $access,
            summary: $summary,
        }
    };
}

/// Every route the server answers. The OpenAPI document is generated from this table.
pub static ROUTES: &[Route] = &[
    route!(
        "POST",
        "/api/token/",
        auth::obtain,
        "public",
        "Log in: access and refresh tokens"
    ),
    route!(
        "POST",
        "/api/token/refresh/",
        auth::refresh,
        "public",
        "New access token from a refresh token"
    ),
    route!(
        "POST",
        "/api/token/verify/",
        auth::verify,
        "public",
        "Check a token"
    ),
    // The original backend's session endpoints and activity lists (its web frontend uses
    // them). Listed before the `{param}` routes whose paths they would otherwise match.
    route!(
        "GET",
        "/api/",
        root::root,
        "public",
        "API root: the main resources"
    ),
    route!(
        "POST",
        "/api/users/login/",
        session::login,
        "public",
        "Log in (the original's shape): user, access and refresh tokens"
    ),
    route!(
        "POST",
        "/api/users/logout/",
        session::logout,
        "any role",
        "Log out; revokes the refresh token sent as {refresh}"
    ),
    route!(
        "GET",
        "/api/users/profile/",
        session::profile,
        "any role",
        "The caller's email and names"
    ),
    route!(
        "PUT",
        "/api/users/profile/",
        session::update_profile,
        "any role",
        "Edit the caller's email, names or password"
    ),
    route!(
        "PATCH",
        "/api/users/profile/",
        session::update_profile,
        "any role",
        "Edit the caller's email, names or password"
    ),
    route!(
        "GET",
        "/api/payments/transaction-table/",
        activity::transaction_table,
        "staff",
        "Every payment as a transaction row, with a summary (not paginated)"
    ),
    route!(
        "GET",
        "/api/payments/transactions/",
        activity::transactions,
        "staff",
        "Online Paystack transactions (paginated; none offline)"
    ),
    route!(
        "GET",
        "/api/payments/payment-history/",
        activity::payment_history,
        "staff",
        "Payments of the last days (order_number, payment_method, status, days)"
    ),
    route!(
        "GET",
        "/api/orders/status-history/",
        activity::status_history,
        "staff",
        "Orders updated in the last days with their status changes (order_number, days)"
    ),
    route!(
        "GET",
        "/api/users/all/me/",
        users::me,
        "any role",
        "The current user"
    ),
    route!(
        "GET",
        "/api/users/me/",
        users::me,
        "any role",
        "The current user (alias)"
    ),
    route!(
        "GET",
        "/api/users/staff/",
        users::list,
        "superadmin, admin",
        "Staff accounts"
    ),
    route!(
        "POST",
        "/api/users/staff/",
        users::create,
        "superadmin, admin",
        "Create a staff account"
    ),
    route!(
        "GET",
        "/api/users/staff/{id}/",
        users::get,
        "superadmin, admin",
        "One staff account"
    ),
    route!(
        "PATCH",
        "/api/users/staff/{id}/",
        users::update,
        "superadmin, admin",
        "Edit a staff account"
    ),
    route!(
        "PUT",
        "/api/users/staff/{id}/",
        users::update,
        "superadmin, admin",
        "Edit a staff account"
    ),
    route!(
        "DELETE",
        "/api/users/staff/{id}/",
        users::deactivate,
        "superadmin, admin",
        "Deactivate a staff account"
    ),
    route!(
        "GET",
        "/api/menu/items/",
        menu::list,
        "public",
        "Menu items (paginated; item_type, availability, search)"
    ),
    route!(
        "POST",
        "/api/menu/items/",
        menu::create,
        "staff",
        "Create a menu item"
    ),
    route!(
        "GET",
        "/api/menu/items/{id}/",
        menu::get,
        "public",
        "One menu item"
    ),
    route!(
        "PUT",
        "/api/menu/items/{id}/",
        menu::update,
        "staff",
        "Replace a menu item"
    ),
    route!(
        "PATCH",
        "/api/menu/items/{id}/",
        menu::update,
        "staff",
        "Edit a menu item"
    ),
    route!(
        "DELETE",
        "/api/menu/items/{id}/",
        menu::delete,
        "superadmin, admin",
        "Delete a menu item (409 when ordered)"
    ),
    route!(
        "PUT",
        "/api/menu/items/{id}/toggle-availability/",
        menu::toggle,
        "staff",
        "Flip is_available"
    ),
    route!(
        "GET",
        "/api/orders/delivery-locations/",
        locations::list,
        "public",
        "Active delivery locations (paginated)"
    ),
    route!(
        "POST",
        "/api/orders/delivery-locations/",
        locations::create,
        "superadmin, admin",
        "Create a delivery location"
    ),
    route!(
        "GET",
        "/api/orders/delivery-locations/{id}/",
        locations::get,
        "public",
        "One delivery location"
    ),
    route!(
        "PATCH",
        "/api/orders/delivery-locations/{id}/",
        locations::update,
        "superadmin, admin",
        "Edit a delivery location"
    ),
    route!(
        "PUT",
        "/api/orders/delivery-locations/{id}/",
        locations::update,
        "superadmin, admin",
        "Edit a delivery location"
    ),
    route!(
        "DELETE",
        "/api/orders/delivery-locations/{id}/",
        locations::delete,
        "superadmin, admin",
        "Delete a delivery location"
    ),
    route!(
        "GET",
        "/api/orders/",
        orders::list,
        "any role",
        "Orders, newest first (date, status, search; page_size paginates)"
    ),
    route!(
        "POST",
        "/api/orders/",
        orders::create,
        "staff",
        "Create an order"
    ),
    route!(
        "GET",
        "/api/orders/next-order-number/",
        orders::next_number,
        "any role",
        "The next order number"
    ),
    route!(
        "GET",
        "/api/orders/{order_number}/",
        orders::get,
        "any role",
        "One order"
    ),
    route!(
        "PATCH",
        "/api/orders/{order_number}/",
        orders::update,
        "staff; a status-only body: as status/",
        "Edit an order (items replaced when sent); status as in status/"
    ),
    route!(
        "PUT",
        "/api/orders/{order_number}/",
        orders::update,
        "staff; a status-only body: as status/",
        "Edit an order (items replaced when sent); status as in status/"
    ),
    route!(
        "DELETE",
        "/api/orders/{order_number}/",
        orders::delete,
        "superadmin",
        "Delete an order"
    ),
    route!(
        "PATCH",
        "/api/orders/{order_number}/status/",
        orders::set_status,
        "staff, kitchen, delivery (limited)",
        "Change an order's status"
    ),
    route!(
        "PUT",
        "/api/orders/{order_number}/status/",
        orders::set_status,
        "staff, kitchen, delivery (limited)",
        "Change an order's status"
    ),
    route!(
        "GET",
        "/api/orders/{order_number}/history/",
        orders::history,
        "any role",
        "Status changes of an order"
    ),
    route!(
        "POST",
        "/api/payments/initiate/",
        payments::initiate,
        "staff (refunds: superadmin, admin)",
        "Record a payment or refund"
    ),
    route!(
        "GET",
        "/api/payments/",
        payments::list,
        "staff",
        "Payments (order_number, payment_method, payment_type, status)"
    ),
    route!(
        "GET",
        "/api/payments/payment-modes/",
        payments::modes,
        "staff",
        "Payment methods"
    ),
    route!(
        "GET",
        "/api/payments/{reference}/",
        payments::get,
        "staff",
        "One payment by reference"
    ),
    route!(
        "GET",
        "/api/reports/daily/",
        reports::daily,
        "superadmin, admin",
        "A business day's figures (date; format=csv); a closed day is served frozen"
    ),
    route!(
        "POST",
        "/api/reports/daily/{date}/close/",
        reports::close,
        "superadmin, admin",
        "Close a business day: freeze its report"
    ),
    route!(
        "GET",
        "/api/reports/range/",
        reports::range,
        "superadmin, admin",
        "One row of figures per business day (from, to; format=csv)"
    ),
    route!(
        "GET",
        "/api/audit/",
        audit::list,
        "superadmin, admin",
        "Audit rows of a business day, with their chain hashes (date)"
    ),
    route!(
        "GET",
        "/api/health/",
        health::health,
        "public",
        "Liveness and database status"
    ),
    route!(
        "GET",
        "/api/schema/",
        openapi,
        "public",
        "This API as OpenAPI 3"
    ),
    route!(
        "GET",
        "/metrics",
        health::metrics,
        "public",
        "Prometheus metrics"
    ),
    route!(
        "GET",
        "/api/board/config/",
        board::config,
        "any role",
        "The board's settings and the status moves the caller may make"
    ),
    route!(
        "GET",
        "/board/",
        board::page,
        "public",
        "The order board page"
    ),
    route!(
        "GET",
        "/board/{file}",
        board::file,
        "public",
        "A file of the order board page"
    ),
    route!(
        "GET",
        "/api/_test/panic/",
        testing::panic,
        "test only",
        "Panics (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/sleep/",
        testing::sleep,
        "test only",
        "Sleeps ?ms= (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/large/",
        testing::large,
        "test only",
        "A large body ?bytes= (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "POST",
        "/api/_test/echo/",
        testing::echo,
        "test only",
        "Echoes a JSON body (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/hold_db/",
        testing::hold_db,
        "test only",
        "Holds a pooled read connection ?ms= (ADAKINGS_TEST_ROUTES=1)"
    ),
    route!(
        "GET",
        "/api/_test/stall_writer/",
        testing::stall_writer,
        "test only",
        "Keeps the database writer busy ?ms= (ADAKINGS_TEST_ROUTES=1)"
    ),
];
