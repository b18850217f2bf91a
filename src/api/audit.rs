//! `GET /api/audit/?date=YYYY-MM-DD` (superadmin, admin): the audit rows of a business day,
//! oldest first, DRF-paginated, each with its place in the hash chain (`prev_hash`, `hash`).

use crate::api::ctx::{ok, Ctx};
use crate::api::paginate::{self, Page};
use crate::api::reports::{audit_row_json, date_param};
use crate::db::audit;
use crate::domain::clock;
use crate::http::{ApiError, Response};

pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    let ds = c.state.config.business_day_start;
    let date = date_param(c, "date")?.unwrap_or_else(|| ds.date_of(clock::now_micros()));
    let (start, end) = ds.window(date);
    let (start, end) = (clock::iso(start), clock::iso(end));
    let page = Page::from_request(c.req)?;
    let (count, rows) = c.state.db.read(|conn| {
        // Count first to resolve the page, then read it (a page past the end is a 404).
        let (count, _) = audit::in_window(conn, &start, &end, 0, 0)?;
        let page = page.resolve(count)?;
        let (_, rows) = audit::in_window(conn, &start, &end, page.offset(), page.limit())?;
        Ok::<_, ApiError>((count, rows))
    })?;
    let page = page.resolve(count)?;
    let results = rows.iter().map(audit_row_json).collect();
    ok(&paginate::envelope(c.req, page, count, results))
}
