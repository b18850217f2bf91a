//! Connection settings shared by the read pool (`db`) and the writer (`db::writer`), so that
//! neither imports the other for them.

/// SQLite's own wait for a lock held by another connection (e.g. a backup in progress).
pub const BUSY_TIMEOUT_MS: u32 = 5_000;
