//! Pure business rules of the Adakings server: money, time, order status, payments, order
//! numbering, field validation, the business day and its report, and the audit hash chain.
//!
//! Nothing in here does I/O: no database, no sockets, no clock reads except the two explicit
//! `clock::now_micros` / `clock::unix_seconds` helpers. Keeping the rules pure lets the HTTP,
//! WebSocket and storage layers share one definition of "what is allowed" and lets every rule be
//! unit-tested without a server.

pub mod audit_chain;
pub mod business_day;
pub mod clock;
pub mod money;
pub(crate) mod order;
pub mod payment;
pub mod report;
pub mod status;
pub(crate) mod validate;
pub(crate) mod vocab;
