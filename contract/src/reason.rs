//! Why a job was run (§14): the reason an admin gives, shown in the organisation's history.
//! Written once here so the widget asks for a reason exactly where the server requires one.

use crate::{actions::ActionKind, problem::FieldError};

/// Longest reason, in characters, as sent.
pub const REASON_MAX: usize = 500;
/// A job on more users than this needs a reason, whatever its action.
pub const REASON_REQUIRED_OVER: u64 = 1_000;

/// Whether a job of `action` on `users` users must carry a reason: Delete, Change role and
/// Deactivate always, any action on more than [`REASON_REQUIRED_OVER`] users.
pub fn reason_required(action: ActionKind, users: u64) -> bool {
    matches!(action, ActionKind::Delete | ActionKind::ChangeRole | ActionKind::Deactivate)
        || users > REASON_REQUIRED_OVER
}

/// The reason as stored: without surrounding whitespace, `None` when blank (a blank reason is no
/// reason).
pub fn normalize_reason(reason: Option<&str>) -> Option<String> {
    reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned)
}

fn reason_error(message: String) -> FieldError {
    FieldError { field: "reason".into(), message }
}

/// The length rule alone: what the preview checks, which comes before the admin types a reason.
pub fn check_reason_length(reason: Option<&str>) -> Result<(), FieldError> {
    match reason {
        Some(r) if r.chars().count() > REASON_MAX => {
            Err(reason_error(format!("Keep the reason to {REASON_MAX} characters")))
        }
        _ => Ok(()),
    }
}

/// Checks the reason of a job of `action` on `users` users and returns it as stored. The error
/// names the request's `reason` member.
pub fn check_reason(
    reason: Option<&str>,
    action: ActionKind,
    users: u64,
) -> Result<Option<String>, FieldError> {
    check_reason_length(reason)?;
    let stored = normalize_reason(reason);
    if stored.is_none() && reason_required(action, users) {
        return Err(reason_error(if users > REASON_REQUIRED_OVER {
            format!("Give a reason: every job on more than {REASON_REQUIRED_OVER} users needs one")
        } else {
            format!("Give a reason: every “{}” job needs one", action.label())
        }));
    }
    Ok(stored)
}

/// The reason of a retry-failed or undo job on `users` users: the one its request gives, else
/// (absent or blank) the original job's. The widget prefills the original's for the admin to keep
/// or rewrite; a client that sends nothing still leaves a reason in the history.
pub fn follow_up_reason(
    given: Option<&str>,
    original: Option<&str>,
    action: ActionKind,
    users: u64,
) -> Result<Option<String>, FieldError> {
    let chosen = match given {
        Some(g) if g.chars().count() > REASON_MAX => g,
        Some(g) if !g.trim().is_empty() => g,
        _ => return check_reason(original, action, users),
    };
    check_reason(Some(chosen), action, users)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn delete_change_role_and_deactivate_always_need_a_reason() {
        let needing: Vec<_> = ActionKind::ALL.into_iter().filter(|a| reason_required(*a, 1)).collect();
        assert_eq!(needing, [ActionKind::Deactivate, ActionKind::Delete, ActionKind::ChangeRole]);
        let err = check_reason(None, ActionKind::Delete, 3).unwrap_err();
        assert_eq!(err.field, "reason");
        assert!(check_reason(Some("Leavers of March"), ActionKind::Delete, 3).is_ok());
    }

    #[test]
    fn more_than_a_thousand_users_need_a_reason_a_thousand_do_not() {
        assert!(check_reason(None, ActionKind::SendNotification, 1_000).is_ok());
        let err = check_reason(None, ActionKind::SendNotification, 1_001).unwrap_err();
        assert!(err.message.contains("1000"), "{}", err.message);
    }

    #[test]
    fn the_length_rule_alone_needs_no_reason() {
        assert!(check_reason_length(None).is_ok());
        assert!(check_reason_length(Some(&"x".repeat(REASON_MAX))).is_ok());
        assert_eq!(check_reason_length(Some(&"x".repeat(REASON_MAX + 1))).unwrap_err().field, "reason");
    }

    #[test]
    fn a_blank_reason_is_no_reason() {
        assert_eq!(check_reason(Some(" \n\t "), ActionKind::AddLabels, 5), Ok(None));
        assert!(check_reason(Some("   "), ActionKind::Deactivate, 5).is_err());
        assert_eq!(
            check_reason(Some("  Mentors for Q2 \n"), ActionKind::AddLabels, 5),
            Ok(Some("Mentors for Q2".to_owned()))
        );
    }

    #[test]
    fn five_hundred_characters_as_sent_and_no_more() {
        let at_limit = "é".repeat(REASON_MAX);
        assert_eq!(check_reason(Some(&at_limit), ActionKind::Delete, 1), Ok(Some(at_limit.clone())));
        let over = format!("{at_limit} ");
        let err = check_reason(Some(&over), ActionKind::AddLabels, 1).unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.message.as_str()),
            ("reason", "Keep the reason to 500 characters")
        );
    }

    #[test]
    fn a_follow_up_takes_its_own_reason_else_the_originals() {
        let original = Some("Leavers of March");
        let own = follow_up_reason(Some("Undo: wrong list"), original, ActionKind::Deactivate, 4);
        assert_eq!(own, Ok(Some("Undo: wrong list".to_owned())));
        for given in [None, Some(""), Some("  ")] {
            let kept = follow_up_reason(given, original, ActionKind::Deactivate, 4);
            assert_eq!(kept, Ok(Some("Leavers of March".to_owned())), "{given:?}");
        }
        let long = "x".repeat(REASON_MAX + 1);
        assert_eq!(
            follow_up_reason(Some(&long), original, ActionKind::Deactivate, 4).unwrap_err().field,
            "reason"
        );
        // Nothing to carry over where one is required (an original from before reasons existed).
        assert!(follow_up_reason(None, None, ActionKind::Deactivate, 4).is_err());
        assert_eq!(follow_up_reason(None, None, ActionKind::AddLabels, 4), Ok(None));
    }

    proptest! {
        #[test]
        fn a_reason_that_passes_is_stored_trimmed_and_never_blank(
            reason in proptest::option::of("\\PC{0,20}"),
            action in proptest::sample::select(ActionKind::ALL.to_vec()),
            users in 0u64..3_000,
        ) {
            match check_reason(reason.as_deref(), action, users) {
                Ok(Some(stored)) => {
                    prop_assert!(!stored.trim().is_empty());
                    prop_assert_eq!(stored.trim(), stored.as_str());
                }
                Ok(None) => prop_assert!(!reason_required(action, users)),
                Err(e) => prop_assert_eq!(e.field, "reason"),
            }
        }
    }
}
