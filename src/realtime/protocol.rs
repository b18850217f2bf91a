//! The order feed's messages, as types: [`ServerMsg`] is everything the server sends on the
//! WebSocket, [`ClientMsg`] everything a client may send. No other file spells a message
//! `type` or builds message JSON; the socket loop sees these enums, never JSON text.
//!
//! Messages are serialized straight to bytes (no `serde_json::Value` tree). An order inside
//! an event is the Order JSON stored with the event (what the order looked like after that
//! change, not what it looks like now), so it travels as raw JSON text.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::api::wire_order::OrderList;
use crate::db::events::{Event, EventKind};

/// What the server sends. `type` comes first, then the fields in the order written here.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMsg<'a> {
    /// The whole state: every active order and the newest of today's finished ones.
    DataUpdate {
        data: OrderList<'a>,
        /// The event id the state is current to.
        last_event_id: i64,
        epoch: &'a str,
        /// Finished orders of today left out (beyond `WS_SNAPSHOT_LIMIT`).
        omitted: i64,
        /// Set when this replaces a replay the log could not serve.
        #[serde(skip_serializing_if = "is_false")]
        resync: bool,
    },
    ItemCreated {
        event_id: i64,
        epoch: &'a str,
        item: &'a RawValue,
    },
    ItemUpdated {
        event_id: i64,
        epoch: &'a str,
        item: &'a RawValue,
    },
    /// A deleted order: its id and, when known, its number; never its contents.
    ItemDeleted {
        event_id: i64,
        epoch: &'a str,
        item_id: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        order_number: Option<&'a str>,
    },
    /// A replay for `?since=` has been sent in full.
    ReplayComplete {
        last_event_id: i64,
        epoch: &'a str,
    },
    /// The server's own heartbeat (seconds since the epoch, with fractions).
    Heartbeat {
        timestamp: f64,
        server_id: &'a str,
    },
    /// Answers a client `heartbeat`, echoing its timestamp.
    HeartbeatAck {
        timestamp: &'a Value,
    },
    /// Answers a client `ping`, echoing its timestamp.
    Pong {
        timestamp: &'a Value,
    },
    Error {
        message: Cow<'a, str>,
    },
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ServerMsg<'_> {
    /// The message as JSON text.
    pub fn to_text(&self) -> String {
        // Cannot fail: every field serializes (no maps with non-string keys, no custom
        // serializers that refuse).
        serde_json::to_string(self).unwrap_or_else(|e| {
            log::error!("cannot serialize a WebSocket message: {e}");
            String::from(r#"{"type":"error","message":"internal error"}"#)
        })
    }

    /// An `error` message about what the client sent.
    pub fn error(p: &Problem) -> ServerMsg<'static> {
        ServerMsg::Error {
            message: p.message(),
        }
    }
}

/// What was wrong with a client message, or why a request could not be answered; sent as
/// an `error` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    BinaryMessage,
    InvalidJson,
    NoType,
    UnknownType(String),
    /// `?since=` is not a whole number.
    BadSince,
    /// `request_orders` could not be answered (database busy).
    OrdersUnavailable,
}

impl Problem {
    pub fn message(&self) -> Cow<'static, str> {
        match self {
            Problem::BinaryMessage => "Binary messages are not supported; send JSON text.".into(),
            Problem::InvalidJson => "Invalid JSON format".into(),
            Problem::NoType => "Message needs a \"type\".".into(),
            Problem::UnknownType(t) => format!("Unknown message type: {t}").into(),
            Problem::BadSince => "since must be an event id (a whole number)".into(),
            Problem::OrdersUnavailable => "Orders are unavailable right now; try again.".into(),
        }
    }
}

/// What a client sends.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMsg {
    /// The client's heartbeat; answered with `heartbeat_ack`.
    Heartbeat {
        #[serde(default)]
        timestamp: Value,
    },
    /// Answered with `pong`.
    Ping {
        #[serde(default)]
        timestamp: Value,
    },
    /// Asks for a fresh `data_update`.
    RequestOrders,
}

impl ClientMsg {
    /// Parses one text message; other fields are ignored.
    pub fn parse(text: &str) -> Result<ClientMsg, Problem> {
        let v: Value = serde_json::from_str(text).map_err(|_| Problem::InvalidJson)?;
        let Some(kind) = v.get("type").and_then(Value::as_str) else {
            return Err(Problem::NoType);
        };
        ClientMsg::deserialize(&v).map_err(|_| Problem::UnknownType(kind.to_string()))
    }
}

/// The message of a committed event.
pub fn event_text(e: &Event) -> String {
    match e.kind {
        EventKind::ItemDeleted => {
            let number = e.deleted_number();
            ServerMsg::ItemDeleted {
                event_id: e.id,
                epoch: &e.epoch,
                item_id: e.order_id,
                order_number: number.as_deref(),
            }
            .to_text()
        }
        kind => {
            let item = raw(&e.payload, e.id);
            let (event_id, epoch) = (e.id, e.epoch.as_str());
            match kind {
                EventKind::ItemCreated => ServerMsg::ItemCreated {
                    event_id,
                    epoch,
                    item,
                },
                _ => ServerMsg::ItemUpdated {
                    event_id,
                    epoch,
                    item,
                },
            }
            .to_text()
        }
    }
}

/// A stored payload as raw JSON; `null` (and a log line) if it is not JSON, which this server
/// never writes.
fn raw(payload: &str, id: i64) -> &RawValue {
    serde_json::from_str::<&RawValue>(payload).unwrap_or_else(|e| {
        log::error!("event {id}: stored payload is not JSON ({e}); sending null");
        RawValue::NULL
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: EventKind, payload: &str) -> Event {
        Event {
            id: 7,
            kind,
            order_id: 3,
            payload: payload.to_string(),
            epoch: "ab12".to_string(),
        }
    }

    #[test]
    fn order_events_carry_the_stored_order_verbatim() {
        let e = event(
            EventKind::ItemCreated,
            r#"{"id":3,"order_number":"261126-001"}"#,
        );
        assert_eq!(
            event_text(&e),
            r#"{"type":"item_created","event_id":7,"epoch":"ab12","item":{"id":3,"order_number":"261126-001"}}"#
        );
        let e = event(EventKind::ItemUpdated, r#"{"id":3}"#);
        assert_eq!(
            event_text(&e),
            r#"{"type":"item_updated","event_id":7,"epoch":"ab12","item":{"id":3}}"#
        );
    }

    #[test]
    fn deletions_carry_the_number_only_when_known() {
        let e = event(EventKind::ItemDeleted, r#"{"order_number":"261126-001"}"#);
        assert_eq!(
            event_text(&e),
            r#"{"type":"item_deleted","event_id":7,"epoch":"ab12","item_id":3,"order_number":"261126-001"}"#
        );
        let e = event(EventKind::ItemDeleted, "{}");
        assert_eq!(
            event_text(&e),
            r#"{"type":"item_deleted","event_id":7,"epoch":"ab12","item_id":3}"#
        );
    }

    #[test]
    fn snapshot_and_replay_messages_name_their_fields() {
        let data = || OrderList {
            orders: &[],
            now: 0,
        };
        let m = ServerMsg::DataUpdate {
            data: data(),
            last_event_id: 9,
            epoch: "e",
            omitted: 2,
            resync: false,
        };
        assert_eq!(
            m.to_text(),
            r#"{"type":"data_update","data":[],"last_event_id":9,"epoch":"e","omitted":2}"#
        );
        let m = ServerMsg::DataUpdate {
            data: data(),
            last_event_id: 9,
            epoch: "e",
            omitted: 0,
            resync: true,
        };
        assert!(m.to_text().ends_with(r#","omitted":0,"resync":true}"#));
        let m = ServerMsg::ReplayComplete {
            last_event_id: 4,
            epoch: "e",
        };
        assert_eq!(
            m.to_text(),
            r#"{"type":"replay_complete","last_event_id":4,"epoch":"e"}"#
        );
    }

    #[test]
    fn client_messages_parse_and_echo_their_timestamp() {
        let ts = serde_json::json!(1796139407386_i64);
        assert_eq!(
            ClientMsg::parse(r#"{"type":"heartbeat","timestamp":1796139407386}"#),
            Ok(ClientMsg::Heartbeat {
                timestamp: ts.clone()
            })
        );
        assert_eq!(
            ClientMsg::parse(r#"{"type":"ping"}"#),
            Ok(ClientMsg::Ping {
                timestamp: Value::Null
            })
        );
        assert_eq!(
            ClientMsg::parse(r#"{"type":"request_orders","extra":[1]}"#),
            Ok(ClientMsg::RequestOrders)
        );
        let ack = ServerMsg::HeartbeatAck { timestamp: &ts };
        assert_eq!(
            ack.to_text(),
            r#"{"type":"heartbeat_ack","timestamp":1796139407386}"#
        );
    }

    #[test]
    fn bad_client_messages_get_the_matching_error() {
        let msg = |t: &str| ServerMsg::error(&ClientMsg::parse(t).unwrap_err()).to_text();
        assert_eq!(
            msg("nope"),
            r#"{"type":"error","message":"Invalid JSON format"}"#
        );
        assert_eq!(
            msg(r#"{"type":5}"#),
            r#"{"type":"error","message":"Message needs a \"type\"."}"#
        );
        assert_eq!(
            msg("[1]"),
            r#"{"type":"error","message":"Message needs a \"type\"."}"#
        );
        assert_eq!(
            msg(r#"{"type":"subscribe"}"#),
            r#"{"type":"error","message":"Unknown message type: subscribe"}"#
        );
    }
}
