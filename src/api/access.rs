//! Who may call a route: the typed `access` of each row of the route table. The dispatcher
//! enforces it before the handler runs (`api::ctx::call`), and the OpenAPI document describes
//! it from the same value, so the two cannot disagree. Handlers keep only the finer rules that
//! depend on the request (a refund needs an admin, the kitchen may move Accepted -> Ready, ...).

use crate::domain::status::Role;

/// The role a route needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// No token needed (a handler may still look at one, e.g. to show staff more rows).
    Public,
    /// Any authenticated, active account.
    AnyRole,
    /// Superadmin, admin or frontdesk ([`Role::is_staff`]).
    Staff,
    /// Superadmin or admin ([`Role::is_admin_plus`]).
    AdminPlus,
    /// Superadmin only.
    Superadmin,
}

impl Access {
    /// Every level, from open to closed.
    pub const ALL: &'static [Access] = &[
        Access::Public,
        Access::AnyRole,
        Access::Staff,
        Access::AdminPlus,
        Access::Superadmin,
    ];

    /// How the OpenAPI document names it (`"Access: <label>."`).
    pub fn label(self) -> &'static str {
        match self {
            Access::Public => "public",
            Access::AnyRole => "any role",
            Access::Staff => "staff",
            Access::AdminPlus => "superadmin, admin",
            Access::Superadmin => "superadmin",
        }
    }

    /// Whether the caller must send a valid token.
    pub fn needs_token(self) -> bool {
        match self {
            Access::Public => false,
            Access::AnyRole | Access::Staff | Access::AdminPlus | Access::Superadmin => true,
        }
    }

    /// Whether an authenticated `role` passes.
    pub fn allows(self, role: Role) -> bool {
        match self {
            Access::Public | Access::AnyRole => true,
            Access::Staff => role.is_staff(),
            Access::AdminPlus => role.is_admin_plus(),
            Access::Superadmin => role == Role::Superadmin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_per_level() {
        for r in Role::ALL {
            assert!(Access::Public.allows(*r) && Access::AnyRole.allows(*r));
            assert_eq!(Access::Staff.allows(*r), r.is_staff());
            assert_eq!(Access::AdminPlus.allows(*r), r.is_admin_plus());
            assert_eq!(Access::Superadmin.allows(*r), *r == Role::Superadmin);
        }
        let open: Vec<Access> = Access::ALL
            .iter()
            .copied()
            .filter(|a| !a.needs_token())
            .collect();
        assert_eq!(open, [Access::Public]);
    }
}
