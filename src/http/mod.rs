//! HTTP/1.1 over blocking sockets: request parsing with `httparse` and its limits
//! ([`request`]), responses and JSON errors ([`response`]), the route table ([`router`]) and
//! the per-connection loop ([`conn`]) that ties them together and hands WebSocket upgrades
//! over to `realtime`.

pub mod conn;
pub mod cors;
pub mod disconnect;
pub mod forwarded;
pub mod gzip;
pub mod request;
pub mod response;
pub mod router;
pub mod static_files;

pub use request::Request;
pub use response::{ApiError, Response};
