//! The vocabulary enums (`domain::vocab`) at the database boundary: each binds as a SQL
//! parameter and reads from a column as itself (its wire string is what the column stores),
//! and [`sql_list`] writes a fixed set of them into SQL text for the few queries whose set
//! is part of the statement. No SQL elsewhere spells a status, role or payment string.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::domain::payment::{PaymentMethod, PaymentState, PaymentStatus, PaymentType};
use crate::domain::status::{DeliveryType, OrderStatus, Role};
use crate::domain::vocab::Vocabulary;

macro_rules! sql_vocabulary {
    ($($t:ty),+ $(,)?) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::Borrowed(ValueRef::Text(self.as_str().as_bytes())))
            }
        }

        impl FromSql for $t {
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = v.as_str()?;
                <$t>::parse(s).ok_or_else(|| {
                    FromSqlError::Other(format!("unknown {} {s:?}", stringify!($t)).into())
                })
            }
        }
    )+};
}

sql_vocabulary!(
    OrderStatus,
    DeliveryType,
    Role,
    PaymentMethod,
    PaymentType,
    PaymentState,
    PaymentStatus,
);

/// One value as a SQL string literal: `'Out for Delivery'` (quotes doubled, though no
/// vocabulary string holds one).
pub fn sql_literal<V: Vocabulary>(v: V) -> String {
    format!("'{}'", v.as_str().replace('\'', "''"))
}

/// The values of `V` that `keep` selects, as the inside of a SQL `IN (...)`:
/// `'Fulfilled', 'Cancelled'`.
pub fn sql_list<V: Vocabulary>(keep: impl Fn(V) -> bool) -> String {
    V::ALL
        .iter()
        .copied()
        .filter(|v| keep(*v))
        .map(sql_literal)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn every_value_round_trips_through_a_column() {
        let c = Connection::open_in_memory().unwrap();
        for s in OrderStatus::ALL {
            let back: OrderStatus = c.query_row("SELECT ?1", [s], |r| r.get(0)).unwrap();
            let text: String = c.query_row("SELECT ?1", [s], |r| r.get(0)).unwrap();
            assert_eq!((back, text.as_str()), (*s, s.as_str()));
        }
        for r in Role::ALL {
            let back: Role = c.query_row("SELECT ?1", [r], |x| x.get(0)).unwrap();
            assert_eq!(back, *r);
        }
        let bad = c.query_row("SELECT 'Lost'", [], |r| r.get::<_, OrderStatus>(0));
        assert!(bad.is_err());
    }

    #[test]
    fn lists_for_sql_text() {
        assert_eq!(
            sql_list(|s: OrderStatus| s.is_final()),
            "'Fulfilled', 'Cancelled'"
        );
        assert_eq!(
            sql_literal(OrderStatus::OutForDelivery),
            "'Out for Delivery'"
        );
    }
}
