//! The one place a storage error becomes an HTTP answer: [`db::Error`] to [`ApiError`]
//! (status, DRF body, `Retry-After`). Handlers simply `?` a `db::Error`; the texts a client
//! sees for a constraint it caused live here too.

use crate::db::error::{Busy, Constraint};
use crate::db::Error;
use crate::http::ApiError;

/// DRF's unique-validator message for `MenuItem.name`.
pub const MENU_ITEM_DUPLICATE_NAME: &str = "menu item with this name already exists.";
/// Why a referenced menu item cannot be deleted, and what to do instead.
pub const MENU_ITEM_REFERENCED: &str = "This menu item cannot be deleted because existing \
     orders reference it. Make it unavailable instead (toggle-availability).";
/// DRF's unique-validator message for `DeliveryLocation.name`.
pub const LOCATION_DUPLICATE_NAME: &str = "delivery location with this name already exists.";

/// The answer to "the database is busy": 503, try again in a second.
const BUSY: &str = "Database busy, try again.";

impl From<Error> for ApiError {
    fn from(e: Error) -> ApiError {
        match e {
            Error::Busy(Busy::Locked(why)) => {
                log::warn!("database busy: {why}");
                ApiError::unavailable(BUSY, 1)
            }
            Error::Busy(Busy::ShuttingDown) => ApiError::unavailable("Server is shutting down.", 5),
            Error::Busy(Busy::NotSaved(why)) => {
                log::warn!("a change was not saved: {why}");
                ApiError::unavailable("The change could not be saved, try again.", 1)
            }
            Error::Constraint(Constraint::MenuItemName) => {
                ApiError::field("name", MENU_ITEM_DUPLICATE_NAME)
            }
            Error::Constraint(Constraint::LocationName) => {
                ApiError::field("name", LOCATION_DUPLICATE_NAME)
            }
            Error::Constraint(Constraint::MenuItemReferenced) => {
                ApiError::detail(409, MENU_ITEM_REFERENCED)
            }
            Error::NotFound(_) => ApiError::not_found(),
            e @ (Error::Constraint(Constraint::Other(_)) | Error::Corrupt(_) | Error::Other(_)) => {
                ApiError::internal(e)
            }
        }
    }
}

/// SQL run by `api/` itself (the idempotency records) takes the same path.
impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        Error::from(e).into()
    }
}

impl From<r2d2::Error> for ApiError {
    fn from(e: r2d2::Error) -> ApiError {
        Error::from(e).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn busy_kinds_keep_their_503_texts_and_retry_after() {
        let cases = [
            (Busy::Locked("x".into()), BUSY, "1"),
            (Busy::ShuttingDown, "Server is shutting down.", "5"),
            (
                Busy::NotSaved("x".into()),
                "The change could not be saved, try again.",
                "1",
            ),
        ];
        for (b, text, retry) in cases {
            let a = ApiError::from(Error::Busy(b));
            assert_eq!(a.status, 503);
            assert_eq!(a.body, json!({ "detail": text }));
            assert_eq!(a.headers, vec![("Retry-After", retry.to_string())]);
        }
    }

    #[test]
    fn named_constraints_are_client_errors_and_others_are_500() {
        let a = ApiError::from(Error::Constraint(Constraint::MenuItemName));
        assert_eq!(
            (a.status, a.body),
            (400, json!({ "name": [MENU_ITEM_DUPLICATE_NAME] }))
        );
        let a = ApiError::from(Error::Constraint(Constraint::LocationName));
        assert_eq!(
            (a.status, a.body),
            (400, json!({ "name": [LOCATION_DUPLICATE_NAME] }))
        );
        let a = ApiError::from(Error::Constraint(Constraint::MenuItemReferenced));
        assert_eq!(
            (a.status, a.body),
            (409, json!({ "detail": MENU_ITEM_REFERENCED }))
        );
        let a = ApiError::from(Error::Constraint(Constraint::Other("NOT NULL".into())));
        assert_eq!(a.status, 500);
        assert_eq!(ApiError::from(Error::Corrupt("x".into())).status, 500);
        assert_eq!(ApiError::from(Error::other("x")).status, 500);
        assert_eq!(ApiError::from(Error::NotFound("x".into())).status, 404);
    }
}
