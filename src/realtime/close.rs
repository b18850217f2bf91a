//! Why a WebSocket ends, as types: [`CloseReason`] is a close frame the server sends (code and
//! reason text), [`End`] is how a connection ended, whoever ended it (the word in the
//! "Client disconnected" line and the `reason` label of `adakings_ws_closed_total`).
//!
//! This file imports nothing of the crate, so `metrics` can count by these types without an
//! import loop. A new close reason or end is a variant here; the compiler finds the rest.

/// A close frame the server sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    /// 1000: the client sent nothing for `WS_TIMEOUT`.
    IdleTimeout,
    /// 1001: the server is stopping.
    ServerShutdown,
    /// 1002: a frame broke RFC 6455.
    ProtocolError,
    /// 1007: a text message that is not UTF-8.
    InvalidUtf8,
    /// 1009: a message over `WS_MAX_MESSAGE_SIZE`.
    MessageTooBig,
    /// 1012: a new server process took over (`serve --takeover`); reconnect at once.
    ServiceRestart,
    /// 1013: the database could not give the initial state in time; reconnect later.
    TryAgainLater,
    /// 4001: bad, expired or revoked token (the upgrade completes so a browser can see it).
    AuthFailed,
    /// 4008: the client stayed behind for `WS_SLOW_TIMEOUT` or stopped reading.
    SlowConsumer,
}

impl CloseReason {
    /// Every close reason, for tests and documentation.
    pub const ALL: [CloseReason; 9] = [
        CloseReason::IdleTimeout,
        CloseReason::ServerShutdown,
        CloseReason::ProtocolError,
        CloseReason::InvalidUtf8,
        CloseReason::MessageTooBig,
        CloseReason::ServiceRestart,
        CloseReason::TryAgainLater,
        CloseReason::AuthFailed,
        CloseReason::SlowConsumer,
    ];

    /// The close code on the wire.
    pub fn code(self) -> u16 {
        match self {
            CloseReason::IdleTimeout => 1000,
            CloseReason::ServerShutdown => 1001,
            CloseReason::ProtocolError => 1002,
            CloseReason::InvalidUtf8 => 1007,
            CloseReason::MessageTooBig => 1009,
            CloseReason::ServiceRestart => 1012,
            CloseReason::TryAgainLater => 1013,
            CloseReason::AuthFailed => 4001,
            CloseReason::SlowConsumer => 4008,
        }
    }

    /// The reason text of the close frame (clients show it; keep it stable).
    pub fn text(self) -> &'static str {
        match self {
            CloseReason::IdleTimeout => "idle timeout",
            CloseReason::ServerShutdown => "server shutting down",
            CloseReason::ProtocolError => "protocol error",
            CloseReason::InvalidUtf8 => "invalid UTF-8",
            CloseReason::MessageTooBig => "message too big",
            CloseReason::ServiceRestart => "service restart",
            CloseReason::TryAgainLater => "try again later",
            CloseReason::AuthFailed => "authentication failed",
            CloseReason::SlowConsumer => "slow consumer",
        }
    }

    /// How the connection counts as ended once this close is done.
    pub fn end(self) -> End {
        match self {
            CloseReason::IdleTimeout => End::IdleTimeout,
            CloseReason::ServerShutdown | CloseReason::ServiceRestart => End::Shutdown,
            CloseReason::ProtocolError | CloseReason::InvalidUtf8 => End::ProtocolError,
            CloseReason::MessageTooBig => End::MessageTooBig,
            CloseReason::TryAgainLater => End::TryAgainLater,
            CloseReason::AuthFailed => End::AuthFailed,
            CloseReason::SlowConsumer => End::SlowConsumer,
        }
    }
}

/// How a WebSocket ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    ClientClose,
    Reset,
    BrokenPipe,
    DeadPeer,
    IdleTimeout,
    SlowConsumer,
    ProtocolError,
    AuthFailed,
    Shutdown,
    MessageTooBig,
    TryAgainLater,
}

impl End {
    /// Every end, in the order `/metrics` lists them.
    pub const ALL: [End; 11] = [
        End::ClientClose,
        End::Reset,
        End::BrokenPipe,
        End::DeadPeer,
        End::IdleTimeout,
        End::SlowConsumer,
        End::ProtocolError,
        End::AuthFailed,
        End::Shutdown,
        End::MessageTooBig,
        End::TryAgainLater,
    ];

    /// The `reason` label of `adakings_ws_closed_total`.
    pub fn label(self) -> &'static str {
        match self {
            End::ClientClose => "client_close",
            End::Reset => "reset",
            End::BrokenPipe => "broken_pipe",
            End::DeadPeer => "dead_peer",
            End::IdleTimeout => "idle_timeout",
            End::SlowConsumer => "slow_consumer",
            End::ProtocolError => "protocol_error",
            End::AuthFailed => "auth_failed",
            End::Shutdown => "shutdown",
            End::MessageTooBig => "message_too_big",
            End::TryAgainLater => "try_again_later",
        }
    }

    /// The word in the "Client disconnected (...)" log line.
    pub fn log_kind(self) -> &'static str {
        match self {
            End::ClientClose => "ClientClose",
            End::Reset => "ConnectionReset",
            End::BrokenPipe => "BrokenPipe",
            End::DeadPeer => "DeadPeer",
            End::IdleTimeout => "IdleTimeout",
            End::SlowConsumer => "SlowConsumer",
            End::ProtocolError => "ProtocolError",
            End::AuthFailed => "AuthFailed",
            End::Shutdown => "Shutdown",
            End::MessageTooBig => "MessageTooBig",
            End::TryAgainLater => "TryAgainLater",
        }
    }

    /// The end a failed socket read or write means.
    pub fn of_io(kind: std::io::ErrorKind) -> End {
        use std::io::ErrorKind;
        match kind {
            ErrorKind::BrokenPipe => End::BrokenPipe,
            ErrorKind::TimedOut | ErrorKind::WouldBlock => End::DeadPeer,
            _ => End::Reset,
        }
    }

    /// Position in [`End::ALL`] (the metrics counter slot).
    pub fn index(self) -> usize {
        self as usize
    }
}

// A new variant stops this match from compiling: add it to `End::ALL` as well (the metrics
// keep one counter per entry of `ALL`).
const _: fn(End) = |e| match e {
    End::ClientClose
    | End::Reset
    | End::BrokenPipe
    | End::DeadPeer
    | End::IdleTimeout
    | End::SlowConsumer
    | End::ProtocolError
    | End::AuthFailed
    | End::Shutdown
    | End::MessageTooBig
    | End::TryAgainLater => {}
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_index_is_its_place_in_all() {
        for (i, e) in End::ALL.iter().enumerate() {
            assert_eq!(e.index(), i, "{e:?}");
        }
    }

    #[test]
    fn close_codes_and_texts_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for r in CloseReason::ALL {
            assert!(seen.insert((r.code(), r.text())), "{r:?} repeats a code");
            assert!(r.text().len() <= 123, "a close reason fits a control frame");
        }
    }
}
