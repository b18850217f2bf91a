//! Placeholder: createsuperuser and seed-demo.
use crate::commands::Failure;
use crate::config::Config;
pub fn create_superuser(
    _c: &Config,
    _u: Option<String>,
    _p: Option<String>,
    _e: Option<String>,
) -> Result<(), Failure> {
    Err(Failure::Failed("not implemented yet".into()))
}
pub fn seed_demo(_c: &Config) -> Result<(), String> {
    Err("not implemented yet".into())
}
