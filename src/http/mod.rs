//! HTTP/1.1 over blocking sockets: request parsing with `httparse` and its limits
//! ([`request`]), responses and JSON errors ([`response`]), the route table ([`router`]) and
//! the per-connection loop ([`conn`]) that ties them together and hands WebSocket upgrades
//! over to `realtime`.

pub(crate) mod conn;
pub(crate) mod cors;
pub(crate) mod disconnect;
pub(crate) mod forwarded;
pub(crate) mod gzip;
pub mod request;
pub mod response;
pub(crate) mod router;
pub(crate) mod static_files;

pub use request::Request;
pub use response::{ApiError, Response};
