//! The live order feed: the hub that fans committed events out to WebSocket threads
//! ([`hub`]), the upgrade handshake ([`upgrade`]) and the per-socket loop ([`ws`]).

pub mod close;
pub mod feed;
pub mod frame;
pub mod hub;
pub mod protocol;
pub mod session;
pub mod upgrade;
pub mod ws;
