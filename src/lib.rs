//! Adakings restaurant server library: everything the `adakings` binary runs.
//! See ARCHITECTURE.md for the map.

pub mod auth;
pub mod domain;
