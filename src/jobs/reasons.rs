//! Skips and failures grouped by reason, each in plain words with what the admin can do (§8).

use crate::i18n::Words;
use contract::{Outcome, ReasonCode, ReasonCount};

/// One line of the summary's reasons list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonGroup {
    pub outcome: Outcome,
    pub reason: ReasonCode,
    pub count: u64,
}

impl ReasonGroup {
    pub fn label(&self, words: &Words) -> String {
        words.reason_text(self.reason)
    }

    pub fn advice(&self, words: &Words) -> String {
        words.advice(self.reason)
    }
}

/// Failures first (they need action), then skips; within each, the largest group first, ties in
/// reason order. Counts of the same outcome and reason are added up.
pub fn group(reasons: &[ReasonCount]) -> Vec<ReasonGroup> {
    let mut groups: Vec<ReasonGroup> = Vec::new();
    for r in reasons.iter().filter(|r| r.outcome != Outcome::Succeeded && r.count > 0) {
        match groups.iter_mut().find(|g| g.outcome == r.outcome && g.reason == r.reason) {
            Some(g) => g.count += r.count,
            None => groups.push(ReasonGroup { outcome: r.outcome, reason: r.reason, count: r.count }),
        }
    }
    groups.sort_by(|a, b| {
        (b.outcome == Outcome::Failed)
            .cmp(&(a.outcome == Outcome::Failed))
            .then(b.count.cmp(&a.count))
            .then(a.reason.cmp(&b.reason))
    });
    groups
}

impl Words {
    /// A reason in plain words: "Managed by the identity provider (SSO)".
    pub fn reason_text(&self, reason: ReasonCode) -> String {
        self.reason(key(reason).into())
    }

    /// What the admin can do about users with this reason.
    pub fn advice(&self, reason: ReasonCode) -> String {
        use ReasonCode::*;
        let key = match reason {
            CannotDeactivateSelf | CannotDeleteSelf | CannotChangeOwnRole => "self",
            ManagedBySso | EmailBounced | OwnerProtected | ChangedSince | UserDeleted | UserInactive
            | InvitationPending => key(reason),
            // Every other reason: the users already were as asked.
            _ => "already",
        };
        self.reason_advice(key.into())
    }
}

/// A reason's wire name, which its variant in the catalog is keyed by.
fn key(reason: ReasonCode) -> &'static str {
    use ReasonCode::*;
    match reason {
        AlreadyAccepted => "already_accepted",
        InvitationPending => "invitation_pending",
        UserInactive => "user_inactive",
        AlreadyInactive => "already_inactive",
        AlreadyActive => "already_active",
        AlreadyInTeam => "already_in_team",
        AlreadyHasSpecialisms => "already_has_specialisms",
        AlreadyHasRole => "already_has_role",
        AlreadyHasLanguage => "already_has_language",
        AlreadyHasLabel => "already_has_label",
        LabelNotPresent => "label_not_present",
        AlreadyAssigned => "already_assigned",
        AlreadyCertified => "already_certified",
        ManagedBySso => "managed_by_sso",
        CannotDeactivateSelf => "cannot_deactivate_self",
        CannotDeleteSelf => "cannot_delete_self",
        CannotChangeOwnRole => "cannot_change_own_role",
        OwnerProtected => "owner_protected",
        EmailBounced => "email_bounced",
        UserDeleted => "user_deleted",
        ChangedSince => "changed_since",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rc(outcome: Outcome, reason: ReasonCode, count: u64) -> ReasonCount {
        ReasonCount { outcome, reason, count }
    }

    #[test]
    fn failures_come_first_then_largest_groups() {
        use {Outcome::*, ReasonCode::*};
        let groups = group(&[
            rc(Skipped, AlreadyHasRole, 900),
            rc(Failed, OwnerProtected, 3),
            rc(Failed, ManagedBySso, 98),
            rc(Skipped, UserDeleted, 1),
        ]);
        let order: Vec<_> = groups.iter().map(|g| (g.outcome, g.reason, g.count)).collect();
        assert_eq!(
            order,
            vec![
                (Failed, ManagedBySso, 98),
                (Failed, OwnerProtected, 3),
                (Skipped, AlreadyHasRole, 900),
                (Skipped, UserDeleted, 1),
            ]
        );
    }

    #[test]
    fn the_same_reason_is_counted_once_and_empty_groups_vanish() {
        use {Outcome::*, ReasonCode::*};
        let groups = group(&[
            rc(Failed, ManagedBySso, 10),
            rc(Skipped, ManagedBySso, 1),
            rc(Failed, ManagedBySso, 5),
            rc(Failed, EmailBounced, 0),
        ]);
        assert_eq!(
            groups,
            vec![
                ReasonGroup { outcome: Failed, reason: ManagedBySso, count: 15 },
                ReasonGroup { outcome: Skipped, reason: ManagedBySso, count: 1 },
            ]
        );
    }

    #[test]
    fn every_reason_has_plain_words_and_advice() {
        let en = crate::i18n::english();
        for reason in ReasonCode::ALL {
            // The contract's English, which the server's own docs use, is the catalog's.
            assert_eq!(en.reason_text(reason), reason.label(), "{reason:?}");
            assert!(en.advice(reason).ends_with('.'), "{reason:?}");
        }
        assert!(en.advice(ReasonCode::ManagedBySso).contains("identity provider"));
        assert_eq!(
            en.advice(ReasonCode::CannotDeleteSelf),
            "Ask another administrator to make this change for you."
        );
        assert_eq!(en.advice(ReasonCode::AlreadyInTeam), "Nothing to do: these users were already as asked.");
    }

    #[test]
    fn reasons_and_advice_in_german() {
        let de = crate::jobs::german();
        assert_eq!(de.reason_text(ReasonCode::AlreadyInTeam), "Bereits im Team");
        assert_eq!(
            de.advice(ReasonCode::CannotChangeOwnRole),
            "Bitten Sie einen anderen Administrator, diese Änderung für Sie vorzunehmen."
        );
    }
}
