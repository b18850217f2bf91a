//! Placeholder.
use crate::api::Ctx;
use crate::http::{ApiError, Response};
pub fn openapi(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
