//! Placeholder.
use crate::api::{AuthUser, Ctx};
use crate::http::{ApiError, Request, Response};
use crate::state::AppState;
pub fn obtain(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn refresh(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn verify(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn authenticate(_s: &AppState, _r: &Request) -> Result<AuthUser, ApiError> {
    Err(ApiError::unauthenticated())
}
