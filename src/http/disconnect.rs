//! How an HTTP client went away before its response was delivered: the word in the
//! "Client disconnected (...)" line and the `kind` label of `adakings_client_disconnects_total`.
//!
//! This file imports nothing of the crate, so `metrics` can count by this type without an
//! import loop. A new kind is a variant here; the compiler finds the rest.

use std::io;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisconnectKind {
    BrokenPipe,
    ConnectionReset,
    ConnectionAborted,
    TimedOut,
    UnexpectedEof,
}

impl DisconnectKind {
    /// Every kind, in the order `/metrics` lists them.
    pub const ALL: [DisconnectKind; 5] = [
        DisconnectKind::BrokenPipe,
        DisconnectKind::ConnectionReset,
        DisconnectKind::ConnectionAborted,
        DisconnectKind::TimedOut,
        DisconnectKind::UnexpectedEof,
    ];

    /// The kind an I/O error on a client socket means.
    pub fn of_io(e: &io::Error) -> DisconnectKind {
        match e.kind() {
            io::ErrorKind::BrokenPipe => DisconnectKind::BrokenPipe,
            io::ErrorKind::ConnectionReset => DisconnectKind::ConnectionReset,
            io::ErrorKind::ConnectionAborted => DisconnectKind::ConnectionAborted,
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => DisconnectKind::TimedOut,
            _ => DisconnectKind::UnexpectedEof,
        }
    }

    /// The label value and log word.
    pub fn as_str(self) -> &'static str {
        match self {
            DisconnectKind::BrokenPipe => "BrokenPipe",
            DisconnectKind::ConnectionReset => "ConnectionReset",
            DisconnectKind::ConnectionAborted => "ConnectionAborted",
            DisconnectKind::TimedOut => "TimedOut",
            DisconnectKind::UnexpectedEof => "UnexpectedEof",
        }
    }

    /// Position in [`DisconnectKind::ALL`] (the metrics counter slot).
    pub fn index(self) -> usize {
        self as usize
    }
}

// A new variant stops this match from compiling: add it to `DisconnectKind::ALL` as well (the
// metrics keep one counter per entry of `ALL`).
const _: fn(DisconnectKind) = |k| match k {
    DisconnectKind::BrokenPipe
    | DisconnectKind::ConnectionReset
    | DisconnectKind::ConnectionAborted
    | DisconnectKind::TimedOut
    | DisconnectKind::UnexpectedEof => {}
};

impl std::fmt::Display for DisconnectKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_its_place_in_all() {
        for (i, k) in DisconnectKind::ALL.iter().enumerate() {
            assert_eq!(k.index(), i, "{k:?}");
        }
    }

    #[test]
    fn io_errors_map_to_their_kind() {
        let of = |k: io::ErrorKind| DisconnectKind::of_io(&io::Error::from(k));
        assert_eq!(of(io::ErrorKind::BrokenPipe), DisconnectKind::BrokenPipe);
        assert_eq!(of(io::ErrorKind::WouldBlock), DisconnectKind::TimedOut);
        assert_eq!(
            of(io::ErrorKind::UnexpectedEof),
            DisconnectKind::UnexpectedEof
        );
    }
}
