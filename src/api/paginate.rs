//! DRF page-number pagination: `?page=` (1-based) and `?page_size=` (default 100, max 1000),
//! answered as `{"count", "next", "previous", "results"}` with absolute-path links that keep
//! the other query parameters.

use serde_json::Value;

use crate::http::{ApiError, Request};

pub const DEFAULT_PAGE_SIZE: i64 = 100;
pub const MAX_PAGE_SIZE: i64 = 1000;

/// A requested page: `limit` rows starting at `offset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub number: i64,
    pub size: i64,
}

impl Page {
    /// Reads `page` and `page_size`; bad values are a 404 "Invalid page." as in DRF, except a
    /// bad page_size, which falls back to the default (DRF does the same).
    pub fn from_request(req: &Request) -> Result<Page, ApiError> {
        let size = req
            .query_param("page_size")
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|n| *n > 0)
            .map(|n| n.min(MAX_PAGE_SIZE))
            .unwrap_or(DEFAULT_PAGE_SIZE);
        let number = match req.query_param("page") {
            None => 1,
            Some(v) if v == "last" => -1,
            Some(v) => v
                .parse::<i64>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| ApiError::detail(404, "Invalid page."))?,
        };
        Ok(Page { number, size })
    }

    /// Resolves "last" against `count` and checks the page exists (page 1 always does).
    pub fn resolve(self, count: i64) -> Result<Page, ApiError> {
        let pages = ((count + self.size - 1) / self.size).max(1);
        let number = if self.number == -1 {
            pages
        } else {
            self.number
        };
        if number > pages {
            return Err(ApiError::detail(404, "Invalid page."));
        }
        Ok(Page {
            number,
            size: self.size,
        })
    }

    pub fn offset(&self) -> i64 {
        (self.number - 1) * self.size
    }

    pub fn limit(&self) -> i64 {
        self.size
    }
}

/// The DRF envelope around `results` for `page` of `count` rows.
pub fn envelope(req: &Request, page: Page, count: i64, results: Vec<Value>) -> Value {
    let (next, previous) = links(req, page, count);
    // Moved in, not `json!`: the macro would deep-copy every result.
    let mut m = serde_json::Map::new();
    m.insert("count".into(), count.into());
    m.insert("next".into(), next);
    m.insert("previous".into(), previous);
    m.insert("results".into(), Value::Array(results));
    Value::Object(m)
}

/// The same envelope written as bytes, with `results` written by `write_results` as a JSON
/// array straight into the buffer (for lists serialized from typed rows).
pub fn envelope_bytes(
    req: &Request,
    page: Page,
    count: i64,
    write_results: impl FnOnce(&mut Vec<u8>) -> Result<(), ApiError>,
) -> Result<Vec<u8>, ApiError> {
    let (next, previous) = links(req, page, count);
    let mut buf = Vec::with_capacity(64 * 1024);
    buf.extend_from_slice(
        format!("{{\"count\":{count},\"next\":{next},\"previous\":{previous},\"results\":")
            .as_bytes(),
    );
    write_results(&mut buf)?;
    buf.push(b'}');
    Ok(buf)
}

/// The `next` and `previous` links (absolute paths keeping the other query parameters).
fn links(req: &Request, page: Page, count: i64) -> (Value, Value) {
    let link = |n: i64| -> Value {
        let mut q: Vec<String> = req
            .query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("page="))
            .map(str::to_string)
            .collect();
        if n > 1 {
            q.push(format!("page={n}"));
        }
        if q.is_empty() {
            Value::String(req.path.clone())
        } else {
            Value::String(format!("{}?{}", req.path, q.join("&")))
        }
    };
    let next = if page.offset() + page.size < count {
        link(page.number + 1)
    } else {
        Value::Null
    };
    let previous = if page.number > 1 {
        link(page.number - 1)
    } else {
        Value::Null
    };
    (next, previous)
}
