//! The batch actions with their parameters (§5), as `POST /batch-jobs` and its preview take them.

use crate::{actions::ActionKind, people::Role, problem::FieldError, selection::Selection};
use serde::{Deserialize, Serialize};

/// Longest notification subject, in characters.
pub const SUBJECT_MAX: usize = 150;
/// Longest notification message, in characters.
pub const MESSAGE_MAX: usize = 5_000;
/// Longest note attached to shared content, in characters.
pub const NOTE_MAX: usize = 500;

/// One action with its configuration. On the wire it is tagged by `kind`, the same snake_case name
/// as [`ActionKind`]: `{"kind":"add_to_team","team_id":"sales-emea"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
// In the browser it is read through `FlatAction`: serde buffers an internally tagged enum through
// its `Content` (serde-rs/serde#1495), about 30 KB of the widget's wasm. The server keeps the
// derive, whose errors name the JSON path of the failing member.
#[cfg_attr(target_arch = "wasm32", serde(try_from = "FlatAction"))]
pub enum BatchAction {
    ResendInvitations,
    SendPasswordReset,
    Deactivate,
    Reactivate,
    /// `confirm_count` is the number the admin typed; it must equal the resolved count.
    Delete {
        #[serde(deserialize_with = "crate::people::safe_u64")]
        confirm_count: u64,
    },
    AddToTeam {
        team_id: String,
    },
    AddSpecialisms {
        specialism_ids: Vec<String>,
    },
    /// Only an Owner may grant `owner`.
    ChangeRole {
        role: Role,
    },
    ChangeLanguage {
        language: String,
    },
    AddLabels {
        label_ids: Vec<String>,
    },
    RemoveLabels {
        label_ids: Vec<String>,
    },
    /// `due_date` is `YYYY-MM-DD`, today or later.
    AddTask {
        task_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due_date: Option<String>,
    },
    /// Ids of content items, channels or learnlists.
    ShareContent {
        content_ids: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    SendNotification {
        subject: String,
        message: String,
    },
    /// `issue_date` is `YYYY-MM-DD`, today or earlier.
    AssignCertificate {
        certificate_id: String,
        issue_date: String,
    },
}

impl BatchAction {
    pub fn kind(&self) -> ActionKind {
        use BatchAction as B;
        match self {
            B::ResendInvitations => ActionKind::ResendInvitations,
            B::SendPasswordReset => ActionKind::SendPasswordReset,
            B::Deactivate => ActionKind::Deactivate,
            B::Reactivate => ActionKind::Reactivate,
            B::Delete { .. } => ActionKind::Delete,
            B::AddToTeam { .. } => ActionKind::AddToTeam,
            B::AddSpecialisms { .. } => ActionKind::AddSpecialisms,
            B::ChangeRole { .. } => ActionKind::ChangeRole,
            B::ChangeLanguage { .. } => ActionKind::ChangeLanguage,
            B::AddLabels { .. } => ActionKind::AddLabels,
            B::RemoveLabels { .. } => ActionKind::RemoveLabels,
            B::AddTask { .. } => ActionKind::AddTask,
            B::ShareContent { .. } => ActionKind::ShareContent,
            B::SendNotification { .. } => ActionKind::SendNotification,
            B::AssignCertificate { .. } => ActionKind::AssignCertificate,
        }
    }

    /// Checks that need no data: required values present, lengths, date shapes. Field names are
    /// JSON paths under the request body (`action.subject`). Whether ids exist is the server's check.
    pub fn validate_shape(&self) -> Vec<FieldError> {
        use BatchAction as B;
        let mut errors = Vec::new();
        let mut need = |field: &str, ok: bool, message: &str| {
            if !ok {
                errors.push(FieldError { field: format!("action.{field}"), message: message.to_owned() });
            }
        };
        match self {
            B::ResendInvitations | B::SendPasswordReset | B::Deactivate | B::Reactivate => {}
            B::ChangeRole { .. } => {}
            B::Delete { confirm_count } => {
                need("confirm_count", *confirm_count > 0, "Type the number of users")
            }
            B::AddToTeam { team_id } => need("team_id", !team_id.is_empty(), "Choose a team"),
            B::AddSpecialisms { specialism_ids } => {
                need("specialism_ids", !specialism_ids.is_empty(), "Choose at least one specialism")
            }
            B::ChangeLanguage { language } => need("language", !language.is_empty(), "Choose a language"),
            B::AddLabels { label_ids } | B::RemoveLabels { label_ids } => {
                need("label_ids", !label_ids.is_empty(), "Choose at least one label")
            }
            B::AddTask { task_id, due_date } => {
                need("task_id", !task_id.is_empty(), "Choose a task");
                if let Some(date) = due_date {
                    need("due_date", is_date(date), "Enter the due date as YYYY-MM-DD");
                }
            }
            B::ShareContent { content_ids, note } => {
                need("content_ids", !content_ids.is_empty(), "Choose at least one item to share");
                let note_len = note.as_deref().map_or(0, |n| n.chars().count());
                need("note", note_len <= NOTE_MAX, &format!("Keep the note to {NOTE_MAX} characters"));
            }
            B::SendNotification { subject, message } => {
                need("subject", !subject.trim().is_empty(), "Enter a subject");
                need(
                    "subject",
                    subject.chars().count() <= SUBJECT_MAX,
                    &format!("Keep the subject to {SUBJECT_MAX} characters"),
                );
                need("message", !message.trim().is_empty(), "Enter a message");
                need(
                    "message",
                    message.chars().count() <= MESSAGE_MAX,
                    &format!("Keep the message to {MESSAGE_MAX} characters"),
                );
            }
            B::AssignCertificate { certificate_id, issue_date } => {
                need("certificate_id", !certificate_id.is_empty(), "Choose a certificate");
                need("issue_date", is_date(issue_date), "Enter the issue date as YYYY-MM-DD");
            }
        }
        errors
    }
    /// Every rule the server applies before resolving ids: [`Self::validate_shape`] plus the
    /// date rules on `today` (`YYYY-MM-DD`, the server's day): a task is not due in the past, a
    /// certificate is not issued in the future. The widget checks the same rules before review.
    pub fn validate(&self, today: &str) -> Vec<FieldError> {
        let mut errors = self.validate_shape();
        let mut need = |field: &str, ok: bool, message: &str| {
            if !ok {
                errors.push(FieldError { field: format!("action.{field}"), message: message.to_owned() });
            }
        };
        // Valid dates of this shape order as strings do.
        match self {
            BatchAction::AddTask { due_date: Some(due), .. } if is_date(due) => {
                need("due_date", due.as_str() >= today, "The due date is in the past")
            }
            BatchAction::AssignCertificate { issue_date, .. } if is_date(issue_date) => {
                need("issue_date", issue_date.as_str() <= today, "The issue date is in the future")
            }
            _ => {}
        }
        errors
    }
}

/// `YYYY-MM-DD` with a plausible month and day (the calendar check is the server's).
pub fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (1..=12).contains(&value[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&value[8..10].parse::<u8>().unwrap_or(0))
}

/// Body of `POST /batch-jobs` and `POST /batch-jobs/preview`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewBatchJob {
    pub action: BatchAction,
    pub selection: Selection,
    /// Why the admin runs it (§14), at most 500 characters: required for Delete, Change role and
    /// Deactivate and for any job on more than 1,000 users. The preview does not require it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Try the action on this many users first (1 to 100, fewer than the selection), spread
    /// across it, then pause (§13). Not with `run_at`. The preview checks only the 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub pilot: Option<u32>,
    /// Start the job at this instant (RFC 3339) rather than now: not in the past, at most 90 days
    /// ahead (§13). The preview checks only that it is an RFC 3339 date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub run_at: Option<String>,
}

/// Body of `POST /batch-jobs/{id}/reschedule`: the scheduled job's new start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reschedule {
    /// RFC 3339; the same rules as `run_at` on creation.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub run_at: String,
}

/// Optional body of `POST /batch-jobs/{id}/retry-failed` and `/undo`: the new job's reason. Without
/// one (no body, `null`, or a blank or absent `reason`) the new job carries the original's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowUpJob {
    #[serde(default)]
    pub reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_by_kind_with_the_action_kind_name() {
        let action = BatchAction::AddToTeam { team_id: "sales-emea".into() };
        let json = serde_json::to_string(&action).unwrap();
        assert_eq!(json, r#"{"kind":"add_to_team","team_id":"sales-emea"}"#);
        assert_eq!(serde_json::to_string(&action.kind()).unwrap(), r#""add_to_team""#);
        let unit: BatchAction = serde_json::from_str(r#"{"kind":"deactivate"}"#).unwrap();
        assert_eq!(unit.kind(), ActionKind::Deactivate);
    }

    #[test]
    fn shape_errors_name_the_field() {
        let action =
            BatchAction::SendNotification { subject: " ".into(), message: "x".repeat(MESSAGE_MAX + 1) };
        let fields: Vec<_> = action.validate_shape().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["action.subject", "action.message"]);
        let cert =
            BatchAction::AssignCertificate { certificate_id: "c".into(), issue_date: "2024-02-30x".into() };
        assert_eq!(cert.validate_shape()[0].field, "action.issue_date");
        assert!(BatchAction::Deactivate.validate_shape().is_empty());
    }

    #[test]
    fn date_rules_follow_the_servers_day() {
        let task = |due: &str| BatchAction::AddTask { task_id: "t".into(), due_date: Some(due.into()) };
        assert!(task("2026-11-25").validate("2026-11-25").is_empty(), "due today is fine");
        assert_eq!(task("2026-11-24").validate("2026-11-25")[0].field, "action.due_date");
        let cert =
            |day: &str| BatchAction::AssignCertificate { certificate_id: "c".into(), issue_date: day.into() };
        assert!(cert("2026-11-25").validate("2026-11-25").is_empty());
        assert_eq!(cert("2026-11-26").validate("2026-11-25")[0].message, "The issue date is in the future");
        // A malformed date gets the shape error only, not a second one about its order.
        assert_eq!(cert("soon").validate("2026-11-25").len(), 1);
    }
}

/// Every action's members in one flat struct, as the browser reads a `BatchAction`: a plain
/// struct's deserializer is a fraction of an internally tagged enum's.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct FlatAction {
    kind: Option<ActionKind>,
    confirm_count: Option<u64>,
    team_id: Option<String>,
    specialism_ids: Option<Vec<String>>,
    role: Option<Role>,
    language: Option<String>,
    label_ids: Option<Vec<String>>,
    task_id: Option<String>,
    due_date: Option<String>,
    content_ids: Option<Vec<String>>,
    note: Option<String>,
    subject: Option<String>,
    message: Option<String>,
    certificate_id: Option<String>,
    issue_date: Option<String>,
}

impl TryFrom<FlatAction> for BatchAction {
    type Error = String;

    fn try_from(flat: FlatAction) -> Result<Self, String> {
        fn need<T>(value: Option<T>, field: &str) -> Result<T, String> {
            value.ok_or_else(|| format!("missing field `{field}`"))
        }
        use ActionKind as K;
        use BatchAction as B;
        let f = flat;
        Ok(match need(f.kind, "kind")? {
            K::ResendInvitations => B::ResendInvitations,
            K::SendPasswordReset => B::SendPasswordReset,
            K::Deactivate => B::Deactivate,
            K::Reactivate => B::Reactivate,
            K::Delete => B::Delete { confirm_count: need(f.confirm_count, "confirm_count")? },
            K::AddToTeam => B::AddToTeam { team_id: need(f.team_id, "team_id")? },
            K::AddSpecialisms => {
                B::AddSpecialisms { specialism_ids: need(f.specialism_ids, "specialism_ids")? }
            }
            K::ChangeRole => B::ChangeRole { role: need(f.role, "role")? },
            K::ChangeLanguage => B::ChangeLanguage { language: need(f.language, "language")? },
            K::AddLabels => B::AddLabels { label_ids: need(f.label_ids, "label_ids")? },
            K::RemoveLabels => B::RemoveLabels { label_ids: need(f.label_ids, "label_ids")? },
            K::AddTask => B::AddTask { task_id: need(f.task_id, "task_id")?, due_date: f.due_date },
            K::ShareContent => {
                B::ShareContent { content_ids: need(f.content_ids, "content_ids")?, note: f.note }
            }
            K::SendNotification => B::SendNotification {
                subject: need(f.subject, "subject")?,
                message: need(f.message, "message")?,
            },
            K::AssignCertificate => B::AssignCertificate {
                certificate_id: need(f.certificate_id, "certificate_id")?,
                issue_date: need(f.issue_date, "issue_date")?,
            },
        })
    }
}

#[cfg(test)]
mod flat_tests {
    use super::*;

    fn every_action() -> Vec<BatchAction> {
        let ids = || vec!["a".to_owned(), "b".to_owned()];
        vec![
            BatchAction::ResendInvitations,
            BatchAction::SendPasswordReset,
            BatchAction::Deactivate,
            BatchAction::Reactivate,
            BatchAction::Delete { confirm_count: 4213 },
            BatchAction::AddToTeam { team_id: "sales-emea".into() },
            BatchAction::AddSpecialisms { specialism_ids: ids() },
            BatchAction::ChangeRole { role: Role::Admin },
            BatchAction::ChangeLanguage { language: "de".into() },
            BatchAction::AddLabels { label_ids: ids() },
            BatchAction::RemoveLabels { label_ids: ids() },
            BatchAction::AddTask { task_id: "t1".into(), due_date: Some("2026-12-19".into()) },
            BatchAction::AddTask { task_id: "t1".into(), due_date: None },
            BatchAction::ShareContent { content_ids: ids(), note: Some("Read this".into()) },
            BatchAction::ShareContent { content_ids: ids(), note: None },
            BatchAction::SendNotification { subject: "Hi".into(), message: "Body".into() },
            BatchAction::AssignCertificate { certificate_id: "c1".into(), issue_date: "2026-12-01".into() },
        ]
    }

    #[test]
    fn the_flat_form_reads_what_the_server_writes_for_every_action() {
        let kinds: std::collections::HashSet<_> = every_action().iter().map(BatchAction::kind).collect();
        assert_eq!(kinds.len(), ActionKind::ALL.len(), "every action is tried");
        for action in every_action() {
            let wire = serde_json::to_value(&action).unwrap();
            let flat: FlatAction = serde_json::from_value(wire.clone()).unwrap();
            assert_eq!(BatchAction::try_from(flat), Ok(action), "{wire}");
        }
    }

    #[test]
    fn the_flat_form_names_a_missing_member() {
        let flat: FlatAction = serde_json::from_str(r#"{"kind":"add_to_team"}"#).unwrap();
        assert_eq!(BatchAction::try_from(flat), Err("missing field `team_id`".to_owned()));
        let flat: FlatAction = serde_json::from_str(r#"{"team_id":"x"}"#).unwrap();
        assert_eq!(BatchAction::try_from(flat), Err("missing field `kind`".to_owned()));
    }
}
