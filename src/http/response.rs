//! Responses and API errors. Every error leaves as JSON in DRF's shapes: `{"detail": "..."}`
//! or `{"field": ["message"]}` for validation.

use serde_json::{json, Value};
use std::io::{self, Write};
use std::sync::Arc;

/// A response ready to be written.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    pub content_type: &'static str,
    /// Close the connection after this response (errors that leave the stream unsynced).
    pub close: bool,
    /// A body shared with a cache (polled lists of many megabytes): written after the head
    /// straight from the shared buffer instead of being copied per response. `body` is
    /// empty when this is set.
    pub shared: Option<Arc<Vec<u8>>>,
}

impl Response {
    pub fn json(status: u16, v: &Value) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: serde_json::to_vec(v).unwrap_or_else(|_| b"{}".to_vec()),
            content_type: "application/json",
            close: false,
            shared: None,
        }
    }

    /// JSON from an already serialized body (stored idempotent responses, cached documents).
    pub fn raw_json(status: u16, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body,
            content_type: "application/json",
            close: false,
            shared: None,
        }
    }

    pub fn text(status: u16, content_type: &'static str, body: String) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: body.into_bytes(),
            content_type,
            close: false,
            shared: None,
        }
    }

    pub fn empty(status: u16) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            content_type: "application/json",
            close: false,
            shared: None,
        }
    }

    /// 200 with a body shared by many responses (see [`Response::shared`]).
    pub fn shared(content_type: &'static str, body: Arc<Vec<u8>>) -> Response {
        Response {
            content_type,
            shared: Some(body),
            ..Response::empty(200)
        }
    }

    /// The body's length, shared or not.
    pub fn body_len(&self) -> usize {
        self.shared.as_ref().map_or(self.body.len(), |b| b.len())
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }

    /// Serializes status line, headers and (unless `head_only`) the body into one buffer, so
    /// a response leaves in as few `write` calls as possible.
    pub fn to_bytes(&self, keep_alive: bool, head_only: bool) -> Vec<u8> {
        let mut out = Vec::with_capacity(256 + self.body.len());
        if self.status == 304 {
            // A 304 has no body, and a Content-Length would describe the 200 it stands for.
            let _ = write!(out, "HTTP/1.1 304 Not Modified\r\n");
        } else {
            let _ = write!(
                out,
                "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n",
                self.status,
                reason(self.status),
                self.content_type,
                self.body_len()
            );
        }
        // CORS headers are added per request (`http::cors`), in `headers`.
        let _ = write!(
            out,
            "Connection: {}\r\n",
            if keep_alive { "keep-alive" } else { "close" }
        );
        for (k, v) in &self.headers {
            let _ = write!(out, "{k}: {v}\r\n");
        }
        out.extend_from_slice(b"\r\n");
        if !head_only {
            out.extend_from_slice(&self.body);
        }
        out
    }
}

/// Writes `bytes` fully; the caller has set the socket's write timeout.
pub fn write_all(w: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    w.write_all(bytes)?;
    w.flush()
}

/// An error a handler returns; becomes a JSON response.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(&'static str, String)>,
}

impl ApiError {
    /// `{"detail": msg}` with `status`.
    pub fn detail(status: u16, msg: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: json!({ "detail": msg.into() }),
            headers: Vec::new(),
        }
    }

    /// 400 `{"field": [msg]}`.
    pub fn field(field: &str, msg: impl Into<String>) -> ApiError {
        let mut m = serde_json::Map::new();
        m.insert(field.to_string(), json!([msg.into()]));
        ApiError::validation(Value::Object(m))
    }

    /// 400 with a prepared DRF validation body.
    pub fn validation(body: Value) -> ApiError {
        ApiError {
            status: 400,
            body,
            headers: Vec::new(),
        }
    }

    pub fn not_found() -> ApiError {
        ApiError::detail(404, "Not found.")
    }

    pub fn unauthenticated() -> ApiError {
        ApiError::detail(401, "Authentication credentials were not provided.")
            .with_header("WWW-Authenticate", "Bearer realm=\"api\"")
    }

    pub fn forbidden() -> ApiError {
        ApiError::detail(403, "You do not have permission to perform this action.")
    }

    /// 503 with `Retry-After`.
    pub fn unavailable(msg: impl Into<String>, retry_after_s: u64) -> ApiError {
        ApiError::detail(503, msg).with_header("Retry-After", retry_after_s.to_string())
    }

    /// 429 with `Retry-After`.
    pub fn throttled(retry_after_s: i64) -> ApiError {
        ApiError::detail(
            429,
            format!("Request was throttled. Expected available in {retry_after_s} seconds."),
        )
        .with_header("Retry-After", retry_after_s.to_string())
    }

    /// 500 for a failure the client cannot fix; the cause is logged, not sent.
    pub fn internal(cause: impl std::fmt::Display) -> ApiError {
        log::error!("internal error: {cause}");
        ApiError::detail(500, "A server error occurred.")
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> ApiError {
        self.headers.push((name, value.into()));
        self
    }
}

impl From<ApiError> for Response {
    fn from(e: ApiError) -> Response {
        let mut r = Response::json(e.status, &e.body);
        r.headers = e.headers;
        r
    }
}

/// The reason phrase of `status`.
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        426 => "Upgrade Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}
