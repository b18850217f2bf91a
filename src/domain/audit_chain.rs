//! The audit trail's hash chain: each row's hash is SHA-256 over the previous row's hash and
//! the row's own fields, so editing a row breaks its hash and deleting one breaks the next
//! row's link. Pure: the db layer stores and walks rows, this module only computes.

use sha2::{Digest, Sha256};

/// The "previous hash" of the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one audit row that the hash covers (all of them but the hashes).
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    pub id: i64,
    pub user_id: Option<i64>,
    pub username: &'a str,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: &'a str,
    pub changes: &'a str,
    pub peer: &'a str,
    pub created_at: &'a str,
}

/// Lower-case hex SHA-256 of `prev` and `e`. Every field is length-prefixed, so no choice of
/// field contents can make two different rows hash the same input.
pub fn hash(prev: &str, e: &Entry) -> String {
    let mut h = Sha256::new();
    let user = e.user_id.map(|u| u.to_string()).unwrap_or_default();
    let id = e.id.to_string();
    for field in [
        prev,
        id.as_str(),
        user.as_str(),
        e.username,
        e.action,
        e.object_type,
        e.object_id,
        e.changes,
        e.peer,
        e.created_at,
    ] {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    hex(&h.finalize())
}

/// Lower-case hex SHA-256 of arbitrary bytes (the frozen daily report's digest).
pub fn digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(b: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push(char::from(HEX[usize::from(x >> 4)]));
        s.push(char::from(HEX[usize::from(x & 15)]));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(changes: &'a str) -> Entry<'a> {
        Entry {
            id: 1,
            user_id: Some(2),
            username: "manager",
            action: "refund",
            object_type: "payment",
            object_id: "abc",
            changes,
            peer: "127.0.0.1",
            created_at: "2026-12-01T10:00:00.000000Z",
        }
    }

    #[test]
    fn any_field_or_link_change_changes_the_hash() {
        let base = hash(GENESIS, &entry("{}"));
        assert_eq!(base.len(), 64);
        assert_eq!(base, hash(GENESIS, &entry("{}")), "deterministic");
        assert_ne!(base, hash(GENESIS, &entry("{\"amount\":\"1.00\"}")));
        assert_ne!(base, hash(&"1".repeat(64), &entry("{}")));
        let mut moved = entry("{}");
        moved.id = 2;
        assert_ne!(base, hash(GENESIS, &moved));
    }

    #[test]
    fn field_boundaries_are_unambiguous() {
        let mut a = entry("{}");
        a.username = "ab";
        a.action = "c";
        let mut b = entry("{}");
        b.username = "a";
        b.action = "bc";
        assert_ne!(hash(GENESIS, &a), hash(GENESIS, &b));
    }

    #[test]
    fn digest_is_sha256_hex() {
        assert_eq!(
            digest(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
