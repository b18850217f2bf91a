//! Sockets: the listener and process limits ([`listener`]), the accept loop with its
//! connection cap ([`accept`]), and the hand-over of the listening socket to a new process
//! ([`handover`]).

pub mod accept;
pub mod handover;
pub mod listener;
pub mod pending;
