//! Adakings restaurant server library: everything the `adakings` binary runs.
//! See ARCHITECTURE.md for the map.
//!
//! Modules are `pub` only when something outside the library uses them (the `adakings`
//! binary in main.rs, or the integration tests); the rest are `pub(crate)`.

pub mod api;
pub(crate) mod auth;
pub(crate) mod board;
pub mod commands;
pub mod config;
pub mod db;
pub mod domain;
pub mod failure;
pub mod files;
pub mod http;
pub(crate) mod import;
pub mod logging;
pub(crate) mod metrics;
pub(crate) mod net;
pub(crate) mod realtime;
pub(crate) mod seed;
pub(crate) mod server;
pub(crate) mod state;
