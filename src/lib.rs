//! Adakings restaurant server library: everything the `adakings` binary runs.
//! See ARCHITECTURE.md for the map.

pub mod api;
pub mod auth;
pub mod board;
pub mod commands;
pub mod config;
pub mod db;
pub mod domain;
pub mod failure;
pub mod files;
pub mod http;
pub mod import;
pub mod logging;
pub mod metrics;
pub mod net;
pub mod realtime;
pub mod seed;
pub mod server;
pub mod state;
