//! Order status, delivery type and staff roles, plus the status transition table.
//!
//! The original backend let any status go to any other, with only three payment/delivery checks.
//! The rebuild makes the legal moves an explicit table and adds per-role limits, so a kitchen
//! or rider account cannot, say, cancel an order. The table admits the original web
//! frontend's flows (Pickup Pending -> Accepted -> Fulfilled, Delivery Accepted -> Out for
//! Delivery -> Fulfilled); Ready is an optional step the kitchen may mark in between.

use std::fmt;

crate::vocabulary! {
    /// Lifecycle of an order. Wire strings keep the original's capitals and spaces.
    pub enum OrderStatus {
        Pending => "Pending",
        Accepted => "Accepted",
        Ready => "Ready",
        OutForDelivery => "Out for Delivery",
        Fulfilled => "Fulfilled",
        Cancelled => "Cancelled",
    }
}

impl OrderStatus {
    /// Fulfilled and Cancelled: no move leaves them.
    pub fn is_final(&self) -> bool {
        use OrderStatus::*;
        match self {
            Fulfilled | Cancelled => true,
            Pending | Accepted | Ready | OutForDelivery => false,
        }
    }

    /// Still being worked on (shown in the live feed regardless of its date).
    pub fn is_active(&self) -> bool {
        !self.is_final()
    }
}

crate::vocabulary! {
    /// How the customer gets the food.
    pub enum DeliveryType {
        Pickup => "Pickup",
        Delivery => "Delivery",
    }
}

crate::vocabulary! {
    /// Staff account roles.
    pub enum Role {
        Superadmin => "superadmin",
        Admin => "admin",
        Frontdesk => "frontdesk",
        Kitchen => "kitchen",
        Delivery => "delivery",
    }
}

impl Role {
    /// "Staff" in docs/API.md: may create and edit orders and record payments.
    pub fn is_staff(&self) -> bool {
        match self {
            Role::Superadmin | Role::Admin | Role::Frontdesk => true,
            Role::Kitchen | Role::Delivery => false,
        }
    }

    /// Admin or above: refunds, price overrides, menu deletes, delivery locations.
    pub fn is_admin_plus(&self) -> bool {
        match self {
            Role::Superadmin | Role::Admin => true,
            Role::Frontdesk | Role::Kitchen | Role::Delivery => false,
        }
    }

    /// Whether an account with this role may create, edit or deactivate an account with
    /// role `target`. An admin may not touch other admins, so it cannot promote itself.
    pub fn can_manage(&self, target: Role) -> bool {
        match self {
            Role::Superadmin => true,
            Role::Admin => match target {
                Role::Frontdesk | Role::Kitchen | Role::Delivery => true,
                Role::Superadmin | Role::Admin => false,
            },
            Role::Frontdesk | Role::Kitchen | Role::Delivery => false,
        }
    }
}

/// Status of a newly created order: Pickup waits for payment in Pending; Delivery orders are
/// taken on trust and go straight to Accepted (as in the original).
pub fn initial_status(t: DeliveryType) -> OrderStatus {
    match t {
        DeliveryType::Pickup => OrderStatus::Pending,
        DeliveryType::Delivery => OrderStatus::Accepted,
    }
}

/// Why a status change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransitionError {
    /// The role may not make this move (HTTP 403).
    Forbidden(String),
    /// Nobody may make this move now (HTTP 400 `{"status": [...]}`).
    Illegal(String),
}

impl TransitionError {
    /// The human message, whichever the kind.
    pub fn message(&self) -> &str {
        match self {
            TransitionError::Forbidden(m) | TransitionError::Illegal(m) => m,
        }
    }
}

impl fmt::Display for TransitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for TransitionError {}

/// What an accepted status change does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transition {
    /// The order already has that status: answer 200, change and broadcast nothing.
    NoOp,
    /// Change the status (and record history).
    Move,
}

/// How far an order is paid, as far as the status rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paid {
    /// Nothing paid (UNPAID, PENDING PAYMENT, REFUNDED).
    No,
    /// PARTIALLY PAID: enough to start cooking a Pickup order, not to hand it over.
    Partly,
    /// PAID or OVERPAID.
    Fully,
}

/// The statuses the transition table allows after `from` for an order of type `delivery`,
/// ignoring payment and role. Ready is an optional kitchen step: Pickup orders may go
/// Accepted -> Fulfilled and Delivery orders Accepted -> Out for Delivery directly.
pub fn next_statuses(from: OrderStatus, delivery: DeliveryType) -> Vec<OrderStatus> {
    use OrderStatus::*;
    let is_delivery = delivery == DeliveryType::Delivery;
    match from {
        Pending => vec![Accepted, Cancelled],
        Accepted if is_delivery => vec![Ready, OutForDelivery, Cancelled],
        Accepted => vec![Ready, Fulfilled, Cancelled],
        Ready if is_delivery => vec![OutForDelivery, Fulfilled, Accepted, Cancelled],
        Ready => vec![Fulfilled, Accepted, Cancelled],
        OutForDelivery => vec![Fulfilled, Ready],
        Fulfilled | Cancelled => vec![],
    }
}

/// Whether the table has an edge `from -> to` for either delivery type (the type-specific
/// edges are refused afterwards with a message that names the type).
fn in_table(from: OrderStatus, to: OrderStatus) -> bool {
    DeliveryType::ALL
        .iter()
        .any(|t| next_statuses(from, *t).contains(&to))
}

/// Whether `role` may, in principle, make the move `from -> to`.
pub fn role_may(role: Role, from: OrderStatus, to: OrderStatus) -> bool {
    use OrderStatus::*;
    match role {
        Role::Superadmin | Role::Admin | Role::Frontdesk => true,
        Role::Kitchen => from == Accepted && to == Ready,
        Role::Delivery => matches!(
            (from, to),
            (Accepted | Ready, OutForDelivery) | (OutForDelivery, Fulfilled)
        ),
    }
}

/// [`check_transition_paid`] for callers that only know whether the order is fully paid
/// (PAID or OVERPAID).
pub fn check_transition(
    from: OrderStatus,
    to: OrderStatus,
    delivery: DeliveryType,
    paid: bool,
    role: Role,
) -> Result<Transition, TransitionError> {
    let paid = if paid { Paid::Fully } else { Paid::No };
    check_transition_paid(from, to, delivery, paid, role)
}

/// Decides a requested status change.
///
/// Checks run in this order: same status (no-op, every role may read orders so every role
/// gets it), role permission (so a kitchen account learns it may not, rather than why the move
/// is illegal), then the table, the delivery-type rules and the payment rules.
pub fn check_transition_paid(
    from: OrderStatus,
    to: OrderStatus,
    delivery: DeliveryType,
    paid: Paid,
    role: Role,
) -> Result<Transition, TransitionError> {
    use OrderStatus::*;
    if from == to {
        return Ok(Transition::NoOp);
    }
    if !role_may(role, from, to) {
        return Err(TransitionError::Forbidden(format!(
            "You do not have permission to change an order from {} to {}.",
            from.as_str(),
            to.as_str()
        )));
    }
    if from.is_final() {
        return Err(TransitionError::Illegal(format!(
            "Cannot change status from {} to {}: {} is final.",
            from.as_str(),
            to.as_str(),
            from.as_str()
        )));
    }
    if !in_table(from, to) {
        let allowed: Vec<&str> = next_statuses(from, delivery)
            .iter()
            .map(OrderStatus::as_str)
            .collect();
        return Err(TransitionError::Illegal(format!(
            "Cannot change status from {} to {}: from {} an order can go to {}.",
            from.as_str(),
            to.as_str(),
            from.as_str(),
            allowed.join(" or ")
        )));
    }
    if to == OutForDelivery && delivery != DeliveryType::Delivery {
        return Err(TransitionError::Illegal(
            "Out for Delivery is only for Delivery orders.".to_string(),
        ));
    }
    if (from, to, delivery) == (Accepted, Fulfilled, DeliveryType::Delivery) {
        return Err(TransitionError::Illegal(
            "A Delivery order goes Out for Delivery before it is Fulfilled.".to_string(),
        ));
    }
    if to == Fulfilled && paid != Paid::Fully {
        return Err(TransitionError::Illegal(
            "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled.".to_string(),
        ));
    }
    if to == Accepted && delivery == DeliveryType::Pickup && paid == Paid::No {
        return Err(TransitionError::Illegal(
            "A Pickup order is Accepted only once it is paid (PAID, OVERPAID or PARTIALLY PAID)."
                .to_string(),
        ));
    }
    Ok(Transition::Move)
}

/// One move a role may make on an order of a given delivery type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllowedMove {
    pub from: OrderStatus,
    pub to: OrderStatus,
    /// The move is refused until the order is PAID or OVERPAID.
    pub needs_payment: bool,
}

/// Every move `role` may make on a `delivery` order, in lifecycle order, asked of
/// [`check_transition`] itself so that a client showing these (the board's buttons) can never
/// disagree with what the server enforces, whatever the table says.
pub fn allowed_moves(role: Role, delivery: DeliveryType) -> Vec<AllowedMove> {
    let mut out = Vec::new();
    for &from in OrderStatus::ALL {
        for &to in OrderStatus::ALL {
            if from == to || check_transition(from, to, delivery, true, role).is_err() {
                continue;
            }
            let needs_payment = check_transition(from, to, delivery, false, role).is_err();
            out.push(AllowedMove {
                from,
                to,
                needs_payment,
            });
        }
    }
    out
}

/// The status a payment moves an order to, if any, once the order is `paid` (PAID/OVERPAID).
///
/// A paid Pickup order waiting in Pending is accepted; a Delivery order that is on the road is
/// fulfilled when the rider collects the money. Unlike the original, a prepaid Delivery order is
/// not fulfilled before it has been cooked.
pub fn auto_status_after_payment(
    current: OrderStatus,
    delivery: DeliveryType,
    paid: bool,
) -> Option<OrderStatus> {
    if !paid {
        return None;
    }
    use DeliveryType::{Delivery, Pickup};
    use OrderStatus::*;
    match (delivery, current) {
        (Pickup, Pending) => Some(Accepted),
        (Delivery, OutForDelivery) => Some(Fulfilled),
        (Pickup, Accepted | Ready | OutForDelivery | Fulfilled | Cancelled)
        | (Delivery, Pending | Accepted | Ready | Fulfilled | Cancelled) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderStatus::*;

    const STAFF: [Role; 3] = [Role::Superadmin, Role::Admin, Role::Frontdesk];

    fn forbidden(from: OrderStatus, to: OrderStatus) -> TransitionError {
        TransitionError::Forbidden(format!(
            "You do not have permission to change an order from {} to {}.",
            from.as_str(),
            to.as_str()
        ))
    }

    #[test]
    fn status_strings_round_trip() {
        let names: Vec<&str> = OrderStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "Pending",
                "Accepted",
                "Ready",
                "Out for Delivery",
                "Fulfilled",
                "Cancelled"
            ]
        );
        for s in OrderStatus::ALL {
            assert_eq!(OrderStatus::parse(s.as_str()), Some(*s));
        }
        for bad in [
            "pending",
            "PENDING",
            "Out For Delivery",
            "OutForDelivery",
            " Ready",
            "",
        ] {
            assert_eq!(OrderStatus::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn final_and_active() {
        for s in OrderStatus::ALL {
            let fin = matches!(s, Fulfilled | Cancelled);
            assert_eq!(s.is_final(), fin);
            assert_eq!(s.is_active(), !fin);
        }
    }

    #[test]
    fn delivery_type_strings() {
        assert_eq!(DeliveryType::Pickup.as_str(), "Pickup");
        assert_eq!(DeliveryType::Delivery.as_str(), "Delivery");
        assert_eq!(DeliveryType::parse("Pickup"), Some(DeliveryType::Pickup));
        assert_eq!(
            DeliveryType::parse("Delivery"),
            Some(DeliveryType::Delivery)
        );
        assert_eq!(DeliveryType::parse("pickup"), None);
        assert_eq!(DeliveryType::parse("Dine-in"), None);
    }

    #[test]
    fn role_strings_and_groups() {
        let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(
            names,
            ["superadmin", "admin", "frontdesk", "kitchen", "delivery"]
        );
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
        assert_eq!(Role::parse("Admin"), None);
        assert_eq!(Role::parse("rider"), None);
        let staff: Vec<Role> = Role::ALL.iter().copied().filter(Role::is_staff).collect();
        assert_eq!(staff, STAFF);
        let admins: Vec<Role> = Role::ALL
            .iter()
            .copied()
            .filter(Role::is_admin_plus)
            .collect();
        assert_eq!(admins, [Role::Superadmin, Role::Admin]);
    }

    #[test]
    fn who_manages_whom() {
        for t in Role::ALL {
            assert!(Role::Superadmin.can_manage(*t));
            let admin_may = matches!(t, Role::Frontdesk | Role::Kitchen | Role::Delivery);
            assert_eq!(Role::Admin.can_manage(*t), admin_may, "{t:?}");
            for r in [Role::Frontdesk, Role::Kitchen, Role::Delivery] {
                assert!(!r.can_manage(*t));
            }
        }
    }

    #[test]
    fn initial_statuses() {
        assert_eq!(initial_status(DeliveryType::Pickup), Pending);
        assert_eq!(initial_status(DeliveryType::Delivery), Accepted);
    }

    #[test]
    fn same_status_is_noop_for_every_role_even_when_final() {
        for r in Role::ALL {
            for s in OrderStatus::ALL {
                for t in DeliveryType::ALL {
                    for paid in [false, true] {
                        assert_eq!(check_transition(*s, *s, *t, paid, *r), Ok(Transition::NoOp));
                    }
                }
            }
        }
    }

    #[test]
    fn staff_table_when_paid() {
        // With payment settled only the table and the delivery-type rule apply.
        let legal = |from, to, t| -> bool {
            matches!(
                (from, to, t),
                (Pending, Accepted | Cancelled, _)
                    | (Accepted, Ready | Cancelled, _)
                    | (Accepted, Fulfilled, DeliveryType::Pickup)
                    | (Accepted, OutForDelivery, DeliveryType::Delivery)
                    | (Ready, OutForDelivery, DeliveryType::Delivery)
                    | (Ready, Fulfilled | Accepted | Cancelled, _)
                    | (OutForDelivery, Fulfilled | Ready, _)
            )
        };
        for r in STAFF {
            for from in OrderStatus::ALL {
                for to in OrderStatus::ALL {
                    if from == to {
                        continue;
                    }
                    for t in DeliveryType::ALL {
                        let got = check_transition(*from, *to, *t, true, r);
                        if legal(*from, *to, *t) {
                            assert_eq!(got, Ok(Transition::Move), "{from:?}->{to:?} {t:?}");
                        } else {
                            assert!(
                                matches!(got, Err(TransitionError::Illegal(_))),
                                "{from:?}->{to:?} {t:?}: {got:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn final_messages() {
        let e = check_transition(Fulfilled, Ready, DeliveryType::Pickup, true, Role::Admin);
        assert_eq!(
            e,
            Err(TransitionError::Illegal(
                "Cannot change status from Fulfilled to Ready: Fulfilled is final.".into()
            ))
        );
        let e = check_transition(
            Cancelled,
            Pending,
            DeliveryType::Delivery,
            false,
            Role::Superadmin,
        );
        assert_eq!(
            e,
            Err(TransitionError::Illegal(
                "Cannot change status from Cancelled to Pending: Cancelled is final.".into()
            ))
        );
    }

    #[test]
    fn off_table_message_lists_the_allowed_moves() {
        let e = check_transition(Pending, Ready, DeliveryType::Pickup, true, Role::Frontdesk);
        assert_eq!(
            e,
            Err(TransitionError::Illegal(
                "Cannot change status from Pending to Ready: from Pending an order can go to \
                 Accepted or Cancelled."
                    .into()
            ))
        );
        let e = check_transition(
            OutForDelivery,
            Cancelled,
            DeliveryType::Delivery,
            true,
            Role::Admin,
        );
        assert_eq!(
            e.map_err(|e| e.message().to_string()),
            Err(
                "Cannot change status from Out for Delivery to Cancelled: from Out for Delivery \
                 an order can go to Fulfilled or Ready."
                    .to_string()
            )
        );
        // The list names the moves of the order's own type.
        let e = check_transition(Pending, Fulfilled, DeliveryType::Pickup, true, Role::Admin);
        assert_eq!(
            e.map_err(|e| e.to_string()),
            Err(
                "Cannot change status from Pending to Fulfilled: from Pending an order can go \
                 to Accepted or Cancelled."
                    .to_string()
            )
        );
        let e = check_transition(Ready, Pending, DeliveryType::Pickup, true, Role::Admin);
        assert_eq!(
            e.map_err(|e| e.to_string()),
            Err(
                "Cannot change status from Ready to Pending: from Ready an order can go to \
                 Fulfilled or Accepted or Cancelled."
                    .to_string()
            )
        );
    }

    #[test]
    fn out_for_delivery_only_for_delivery_orders() {
        assert_eq!(
            check_transition(
                Ready,
                OutForDelivery,
                DeliveryType::Pickup,
                true,
                Role::Admin
            ),
            Err(TransitionError::Illegal(
                "Out for Delivery is only for Delivery orders.".into()
            ))
        );
        assert_eq!(
            check_transition(
                Ready,
                OutForDelivery,
                DeliveryType::Delivery,
                false,
                Role::Admin
            ),
            Ok(Transition::Move)
        );
    }

    #[test]
    fn fulfilled_needs_payment() {
        let msg = "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled.";
        for t in DeliveryType::ALL {
            assert_eq!(
                check_transition(Ready, Fulfilled, *t, false, Role::Frontdesk),
                Err(TransitionError::Illegal(msg.into()))
            );
            assert_eq!(
                check_transition(Ready, Fulfilled, *t, true, Role::Frontdesk),
                Ok(Transition::Move)
            );
        }
        assert_eq!(
            check_transition(
                OutForDelivery,
                Fulfilled,
                DeliveryType::Delivery,
                false,
                Role::Delivery
            ),
            Err(TransitionError::Illegal(msg.into()))
        );
    }

    #[test]
    fn pickup_accepted_needs_some_payment() {
        let msg = "A Pickup order is Accepted only once it is paid (PAID, OVERPAID or PARTIALLY \
                   PAID).";
        for from in [Pending, Ready] {
            assert_eq!(
                check_transition(from, Accepted, DeliveryType::Pickup, false, Role::Admin),
                Err(TransitionError::Illegal(msg.into()))
            );
            assert_eq!(
                check_transition(from, Accepted, DeliveryType::Pickup, true, Role::Admin),
                Ok(Transition::Move)
            );
            // As the original frontend allows: a deposit is enough to start cooking.
            assert_eq!(
                check_transition_paid(
                    from,
                    Accepted,
                    DeliveryType::Pickup,
                    Paid::Partly,
                    Role::Frontdesk
                ),
                Ok(Transition::Move)
            );
            // Delivery orders need no payment to be accepted.
            assert_eq!(
                check_transition(from, Accepted, DeliveryType::Delivery, false, Role::Admin),
                Ok(Transition::Move)
            );
        }
    }

    #[test]
    fn unpaid_moves_that_need_no_payment() {
        for (from, to) in [
            (Pending, Cancelled),
            (Accepted, Ready),
            (Accepted, Cancelled),
            (Ready, Cancelled),
            (OutForDelivery, Ready),
        ] {
            assert_eq!(
                check_transition(from, to, DeliveryType::Delivery, false, Role::Frontdesk),
                Ok(Transition::Move),
                "{from:?}->{to:?}"
            );
        }
    }

    #[test]
    fn kitchen_only_accepted_to_ready() {
        for from in OrderStatus::ALL {
            for to in OrderStatus::ALL {
                if from == to {
                    continue;
                }
                for t in DeliveryType::ALL {
                    let got = check_transition(*from, *to, *t, true, Role::Kitchen);
                    if (*from, *to) == (Accepted, Ready) {
                        assert_eq!(got, Ok(Transition::Move));
                    } else {
                        assert_eq!(got, Err(forbidden(*from, *to)), "{from:?}->{to:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn rider_moves() {
        for from in OrderStatus::ALL {
            for to in OrderStatus::ALL {
                if from == to {
                    continue;
                }
                let got =
                    check_transition(*from, *to, DeliveryType::Delivery, true, Role::Delivery);
                if matches!(
                    (from, to),
                    (Accepted | Ready, OutForDelivery) | (OutForDelivery, Fulfilled)
                ) {
                    assert_eq!(got, Ok(Transition::Move), "{from:?}->{to:?}");
                } else {
                    assert_eq!(got, Err(forbidden(*from, *to)), "{from:?}->{to:?}");
                }
            }
        }
        // Role passes, legality still applies.
        assert_eq!(
            check_transition(
                Ready,
                OutForDelivery,
                DeliveryType::Pickup,
                true,
                Role::Delivery
            ),
            Err(TransitionError::Illegal(
                "Out for Delivery is only for Delivery orders.".into()
            ))
        );
    }

    #[test]
    fn role_is_checked_before_legality() {
        // Illegal for everyone, but the kitchen is told it lacks permission.
        assert_eq!(
            check_transition(Fulfilled, Ready, DeliveryType::Pickup, true, Role::Kitchen),
            Err(forbidden(Fulfilled, Ready))
        );
        assert_eq!(
            forbidden(Ready, Cancelled).message(),
            "You do not have permission to change an order from Ready to Cancelled."
        );
    }

    #[test]
    fn the_original_frontends_flows_are_legal() {
        use DeliveryType::{Delivery as D, Pickup as P};
        let go = |from, to, t, paid| check_transition_paid(from, to, t, paid, Role::Frontdesk);
        assert_eq!(go(Pending, Accepted, P, Paid::Fully), Ok(Transition::Move));
        assert_eq!(
            go(Accepted, Fulfilled, P, Paid::Fully),
            Ok(Transition::Move)
        );
        assert_eq!(
            go(Accepted, OutForDelivery, D, Paid::No),
            Ok(Transition::Move)
        );
        assert_eq!(
            go(OutForDelivery, Fulfilled, D, Paid::Fully),
            Ok(Transition::Move)
        );
        // A partly paid order is not handed over.
        assert_eq!(
            go(Accepted, Fulfilled, P, Paid::Partly),
            Err(TransitionError::Illegal(
                "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled.".into()
            ))
        );
        // A Delivery order is not fulfilled before it has left the shop.
        assert_eq!(
            go(Accepted, Fulfilled, D, Paid::Fully),
            Err(TransitionError::Illegal(
                "A Delivery order goes Out for Delivery before it is Fulfilled.".into()
            ))
        );
        assert_eq!(
            go(Accepted, OutForDelivery, P, Paid::Fully),
            Err(TransitionError::Illegal(
                "Out for Delivery is only for Delivery orders.".into()
            ))
        );
        // What the frontend offers but the table still forbids.
        for (from, to) in [
            (Fulfilled, Pending),
            (Cancelled, Accepted),
            (Pending, Fulfilled),
        ] {
            assert!(matches!(
                go(from, to, P, Paid::Fully),
                Err(TransitionError::Illegal(_))
            ));
        }
    }

    #[test]
    fn next_statuses_by_type() {
        assert_eq!(
            next_statuses(Accepted, DeliveryType::Pickup),
            [Ready, Fulfilled, Cancelled]
        );
        assert_eq!(
            next_statuses(Accepted, DeliveryType::Delivery),
            [Ready, OutForDelivery, Cancelled]
        );
        assert_eq!(
            next_statuses(Ready, DeliveryType::Delivery),
            [OutForDelivery, Fulfilled, Accepted, Cancelled]
        );
        assert_eq!(
            next_statuses(Ready, DeliveryType::Pickup),
            [Fulfilled, Accepted, Cancelled]
        );
        assert!(next_statuses(Fulfilled, DeliveryType::Pickup).is_empty());
        assert!(next_statuses(Cancelled, DeliveryType::Delivery).is_empty());
    }

    #[test]
    fn allowed_moves_agree_with_check_transition() {
        for r in Role::ALL {
            for t in DeliveryType::ALL {
                let moves = allowed_moves(*r, *t);
                for from in OrderStatus::ALL {
                    for to in OrderStatus::ALL {
                        let listed = moves.iter().find(|m| m.from == *from && m.to == *to);
                        let legal = from != to
                            && check_transition(*from, *to, *t, true, *r) == Ok(Transition::Move);
                        assert_eq!(listed.is_some(), legal, "{r:?} {t:?} {from:?}->{to:?}");
                        if let Some(m) = listed {
                            let unpaid = check_transition(*from, *to, *t, false, *r).is_ok();
                            assert_eq!(m.needs_payment, !unpaid);
                        }
                    }
                }
            }
        }
        // The kitchen's only move needs no payment; Fulfilled always does.
        let kitchen = allowed_moves(Role::Kitchen, DeliveryType::Pickup);
        assert!(kitchen.iter().all(|m| !m.needs_payment));
        let staff = allowed_moves(Role::Frontdesk, DeliveryType::Delivery);
        assert!(staff
            .iter()
            .filter(|m| m.to == Fulfilled)
            .all(|m| m.needs_payment));
    }

    #[test]
    fn auto_status() {
        use DeliveryType::{Delivery as D, Pickup as P};
        assert_eq!(auto_status_after_payment(Pending, P, true), Some(Accepted));
        assert_eq!(
            auto_status_after_payment(OutForDelivery, D, true),
            Some(Fulfilled)
        );
        for s in OrderStatus::ALL {
            for t in [P, D] {
                assert_eq!(auto_status_after_payment(*s, t, false), None);
                let expected = match (t, s) {
                    (P, Pending) => Some(Accepted),
                    (D, OutForDelivery) => Some(Fulfilled),
                    _ => None,
                };
                assert_eq!(
                    auto_status_after_payment(*s, t, true),
                    expected,
                    "{s:?} {t:?}"
                );
            }
        }
        // Each automatic move is itself legal for staff once paid.
        assert_eq!(
            check_transition(Pending, Accepted, P, true, Role::Frontdesk),
            Ok(Transition::Move)
        );
        assert_eq!(
            check_transition(OutForDelivery, Fulfilled, D, true, Role::Frontdesk),
            Ok(Transition::Move)
        );
    }
}
