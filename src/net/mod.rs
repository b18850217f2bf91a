//! Sockets: the listener and process limits ([`listener`]), the accept loop with its
//! connection cap ([`accept`]).

pub mod accept;
pub mod listener;
pub mod pending;
