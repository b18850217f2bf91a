//! Authentication building blocks: password hashing and verification (including
//! hashes migrated from the original Django backend), HS256 access/refresh tokens,
//! and an in-memory failed-login throttle.
//!
//! Nothing here touches HTTP or the database, so every piece is unit-testable on
//! its own and the request handlers stay thin.

pub mod jwt;
pub mod password;
pub mod throttle;
