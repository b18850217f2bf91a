//! Placeholder.
use crate::api::Ctx;
use crate::http::{ApiError, Response};
pub fn me(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn list(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn create(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn get(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn update(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn deactivate(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
