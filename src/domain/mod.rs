//! Pure business rules of the Adakings server: money, time, order status, payments, order
//! numbering and field validation.
//!
//! Nothing in here does I/O: no database, no sockets, no clock reads except the two explicit
//! `clock::now_micros` / `clock::unix_seconds` helpers. Keeping the rules pure lets the HTTP,
//! WebSocket and storage layers share one definition of "what is allowed" and lets every rule be
//! unit-tested without a server.

pub mod clock;
pub mod money;
pub mod order;
pub mod payment;
pub mod status;
pub mod validate;
