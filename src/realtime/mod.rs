//! The live order feed: the tail that reads committed events from the database ([`tail`]),
//! the hub that fans them out to WebSocket threads ([`hub`]), the upgrade handshake
//! ([`upgrade`]), the per-socket loop ([`ws`]) and the write side a socket's thread shares
//! with the publisher while it sleeps ([`direct`]).

pub mod close;
pub mod direct;
pub mod feed;
pub mod frame;
pub mod hub;
pub mod protocol;
pub mod session;
pub mod tail;
pub mod upgrade;
pub mod ws;
