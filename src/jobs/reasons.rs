//! Skips and failures grouped by reason, each in plain words with what the admin can do (§8).

use contract::{Outcome, ReasonCode, ReasonCount};

/// One line of the summary's reasons list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonGroup {
    pub outcome: Outcome,
    pub reason: ReasonCode,
    pub count: u64,
}

impl ReasonGroup {
    pub fn label(&self) -> &'static str {
        self.reason.label()
    }

    pub fn advice(&self) -> &'static str {
        advice(self.reason)
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

/// What the admin can do about users with this reason.
pub fn advice(reason: ReasonCode) -> &'static str {
    use ReasonCode::*;
    match reason {
        ManagedBySso => "Change this in your identity provider; the LMS cannot override it.",
        EmailBounced => "Check the email address in the user's profile, then retry.",
        OwnerProtected => "Ask an Owner to make this change.",
        CannotDeactivateSelf | CannotDeleteSelf | CannotChangeOwnRole => {
            "Ask another administrator to make this change for you."
        }
        ChangedSince => "Someone changed these users after the job ran; review them one by one.",
        UserDeleted => "Nothing to do: the user no longer exists.",
        UserInactive => "Reactivate these users first if they should get this.",
        InvitationPending => "Resend the invitation; this can be done once it is accepted.",
        AlreadyAccepted
        | AlreadyInactive
        | AlreadyActive
        | AlreadyInTeam
        | AlreadyHasSpecialisms
        | AlreadyHasRole
        | AlreadyHasLanguage
        | AlreadyHasLabel
        | LabelNotPresent
        | AlreadyAssigned
        | AlreadyCertified => "Nothing to do: these users were already as asked.",
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
        for reason in ReasonCode::ALL {
            assert!(!reason.label().is_empty());
            assert!(advice(reason).ends_with('.'), "{reason:?}");
        }
        assert!(advice(ReasonCode::ManagedBySso).contains("identity provider"));
    }
}
