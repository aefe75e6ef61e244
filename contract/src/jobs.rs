//! Batch jobs: status, counts, per-user outcomes and the dry-run preview (§6, §8).

use crate::{batch::BatchAction, filter::Filter, options::FilterOptions, people::UserId};
use serde::{Deserialize, Serialize};

/// A job's id, opaque to the client.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct JobId(pub String);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    /// Waits for its `run_at` (§13); its selection is resolved when it starts.
    Scheduled,
    Queued,
    Running,
    /// Its pilot is done; waits for the admin to resume (the rest) or cancel. Not terminal.
    Paused,
    /// Every user succeeded or was skipped.
    Succeeded,
    /// Finished, and at least one user failed.
    CompletedWithFailures,
    /// Finished, and every user failed.
    Failed,
    Cancelled,
}

impl JobStatus {
    pub const ALL: [JobStatus; 8] = [
        JobStatus::Scheduled,
        JobStatus::Queued,
        JobStatus::Running,
        JobStatus::Paused,
        JobStatus::Succeeded,
        JobStatus::CompletedWithFailures,
        JobStatus::Failed,
        JobStatus::Cancelled,
    ];

    /// Terminal states never change again: stop polling.
    pub fn is_terminal(self) -> bool {
        !matches!(self, JobStatus::Scheduled | JobStatus::Queued | JobStatus::Running | JobStatus::Paused)
    }

    /// Queued or running: it changes without the admin, so it is worth polling.
    pub fn is_active(self) -> bool {
        matches!(self, JobStatus::Queued | JobStatus::Running)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Scheduled => "scheduled",
            JobStatus::Queued => "queued",
            JobStatus::Running => "running",
            JobStatus::Paused => "paused",
            JobStatus::Succeeded => "succeeded",
            JobStatus::CompletedWithFailures => "completed_with_failures",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// What happened to one user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Succeeded,
    /// Nothing to do for this user (e.g. already in the team); not an error.
    Skipped,
    Failed,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Succeeded, Outcome::Skipped, Outcome::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::Skipped => "skipped",
            Outcome::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// Why a user was skipped or failed. docs/api.md lists which action produces which code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReasonCode {
    AlreadyAccepted,
    InvitationPending,
    UserInactive,
    AlreadyInactive,
    AlreadyActive,
    AlreadyInTeam,
    AlreadyHasSpecialisms,
    AlreadyHasRole,
    AlreadyHasLanguage,
    AlreadyHasLabel,
    LabelNotPresent,
    AlreadyAssigned,
    AlreadyCertified,
    ManagedBySso,
    CannotDeactivateSelf,
    CannotDeleteSelf,
    CannotChangeOwnRole,
    OwnerProtected,
    EmailBounced,
    UserDeleted,
    ChangedSince,
}

impl ReasonCode {
    pub const ALL: [ReasonCode; 21] = [
        ReasonCode::AlreadyAccepted,
        ReasonCode::InvitationPending,
        ReasonCode::UserInactive,
        ReasonCode::AlreadyInactive,
        ReasonCode::AlreadyActive,
        ReasonCode::AlreadyInTeam,
        ReasonCode::AlreadyHasSpecialisms,
        ReasonCode::AlreadyHasRole,
        ReasonCode::AlreadyHasLanguage,
        ReasonCode::AlreadyHasLabel,
        ReasonCode::LabelNotPresent,
        ReasonCode::AlreadyAssigned,
        ReasonCode::AlreadyCertified,
        ReasonCode::ManagedBySso,
        ReasonCode::CannotDeactivateSelf,
        ReasonCode::CannotDeleteSelf,
        ReasonCode::CannotChangeOwnRole,
        ReasonCode::OwnerProtected,
        ReasonCode::EmailBounced,
        ReasonCode::UserDeleted,
        ReasonCode::ChangedSince,
    ];

    /// A sentence for the summary table.
    pub fn label(self) -> &'static str {
        use ReasonCode::*;
        match self {
            AlreadyAccepted => "Already accepted the invitation",
            InvitationPending => "Invitation not accepted yet",
            UserInactive => "User is inactive",
            AlreadyInactive => "Already inactive",
            AlreadyActive => "Already active",
            AlreadyInTeam => "Already in the team",
            AlreadyHasSpecialisms => "Already has these specialisms",
            AlreadyHasRole => "Already has this role",
            AlreadyHasLanguage => "Already uses this language",
            AlreadyHasLabel => "Already has these labels",
            LabelNotPresent => "Does not have these labels",
            AlreadyAssigned => "Task already assigned",
            AlreadyCertified => "Already holds this certificate",
            ManagedBySso => "Managed by the identity provider (SSO)",
            CannotDeactivateSelf => "You cannot deactivate yourself",
            CannotDeleteSelf => "You cannot delete yourself",
            CannotChangeOwnRole => "You cannot change your own role",
            OwnerProtected => "Only an Owner can change an Owner",
            EmailBounced => "Email address bounced",
            UserDeleted => "User was deleted",
            ChangedSince => "Changed by someone else since the job ran",
        }
    }
}

/// How many users ended with one outcome for one reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReasonCount {
    pub outcome: Outcome,
    pub reason: ReasonCode,
    pub count: u64,
}

/// How a job's users were chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SelectionKind {
    /// Chosen one by one ("12 chosen users").
    Explicit,
    /// Every user a filter matched, minus some left out by hand.
    AllMatching,
    /// The users that failed in the job this one retries (`retry_of`).
    FailedUsers,
    /// The users changed by the job this one undoes (`undo_of`).
    ChangedUsers,
}

/// A job's selection as it was described when the job was created, for the history (§14): the
/// filter chips of an all-matching selection, or how many users were chosen. The users themselves
/// are in `/results`. A plain struct rather than a tagged enum: the browser reads it cheaply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SelectionSnapshot {
    #[serde(rename = "type")]
    pub kind: SelectionKind,
    /// The filter of an all-matching selection; `null` otherwise. Its ids are named in the job's
    /// `names`.
    pub filter: Option<Filter>,
    /// How many matching users were left out by hand (all-matching only; 0 otherwise).
    pub excluded: u64,
}

impl SelectionSnapshot {
    pub fn of(kind: SelectionKind) -> Self {
        SelectionSnapshot { kind, filter: None, excluded: 0 }
    }
}

/// One job as `GET /batch-jobs/{id}` returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Job {
    pub id: JobId,
    pub action: BatchAction,
    /// A human summary, e.g. "Add to team: Sales EMEA" (names resolved by the server).
    pub title: String,
    pub status: JobStatus,
    /// Users the selection resolved to at creation; for a scheduled job, when it starts (0 until
    /// then for an all-matching selection).
    pub total: u64,
    pub processed: u64,
    pub succeeded: u64,
    pub skipped: u64,
    pub failed: u64,
    /// Skips and failures grouped by reason, largest first.
    pub reasons: Vec<ReasonCount>,
    /// The admin who created the job (for an undo or a retry, the admin who asked for it).
    pub created_by: UserId,
    /// Their display name when the job was created.
    pub created_by_name: String,
    /// Why the job was run (§14), as given; `null` when none was.
    pub reason: Option<String>,
    /// The users, as they were described when the job was created.
    pub selection: SelectionSnapshot,
    /// The names, when the job was created, of the ids in `action` and `selection.filter`: only
    /// the entries of `GET /filter-options` the job refers to, so it still reads after a team is
    /// renamed or removed.
    pub names: FilterOptions,
    /// The pilot's size when the job was created with one (§13): it processes that many users
    /// first, then pauses; while `paused`, the counts, `reasons` and `/results` are the pilot's.
    #[serde(default)]
    pub pilot: Option<u64>,
    /// When a scheduled job starts (or was to start), RFC 3339; `null` for a job run at once.
    #[serde(default)]
    pub run_at: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    /// Wait this long before polling again; `None` once the job is terminal or while it is
    /// `paused` (only the admin moves it on). For a `scheduled` job, until its `run_at`, at most an
    /// hour. Also sent as `Retry-After`.
    pub poll_after_ms: Option<u32>,
    /// `POST /batch-jobs/{id}/undo` would be accepted now, from the admin asking: the job's
    /// creator, or an Owner.
    pub undoable: bool,
    /// Set on a job created by retry-failed.
    pub retry_of: Option<JobId>,
    /// Set on a job created by undo.
    pub undo_of: Option<JobId>,
    /// The undo job created for this job, once there is one.
    pub undone_by: Option<JobId>,
}

/// Someone who created jobs: a choice for the history's `created_by` filter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobCreator {
    pub id: UserId,
    pub name: String,
}

/// `GET /batch-jobs`: one page of jobs, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobList {
    pub items: Vec<Job>,
    /// Jobs matching the query (up to `snapshot`) across all pages.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    /// Send it back as `snapshot` to read further pages of this same list: jobs created after
    /// this answer are left out, so pages neither repeat nor skip a job. Opaque.
    pub snapshot: String,
    /// Everyone who created a job in this scope, by name, whatever the filters: the choices for
    /// `created_by`.
    pub creators: Vec<JobCreator>,
}

/// One user's outcome, in results and preview samples.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserOutcome {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub outcome: Outcome,
    /// Absent for `succeeded`.
    pub reason: Option<ReasonCode>,
}

/// `GET /batch-jobs/{id}/results`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobResultsPage {
    pub items: Vec<UserOutcome>,
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

/// `POST /batch-jobs/preview`: what running the action now would do. Changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Preview {
    /// Users the selection resolves to now.
    pub total: u64,
    pub will_change: u64,
    pub will_skip: u64,
    pub will_fail: u64,
    pub reasons: Vec<ReasonCount>,
    /// Up to 10 users that would be skipped or fail, then some that would change.
    pub sample: Vec<UserOutcome>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_codes_are_snake_case_and_listed_once() {
        let json = serde_json::to_string(&ReasonCode::ManagedBySso).unwrap();
        assert_eq!(json, r#""managed_by_sso""#);
        let mut all = ReasonCode::ALL.to_vec();
        all.dedup();
        assert_eq!(all.len(), ReasonCode::ALL.len());
    }

    #[test]
    fn terminal_states() {
        assert!(!JobStatus::Running.is_terminal());
        assert!(!JobStatus::Paused.is_terminal() && !JobStatus::Paused.is_active());
        assert!(!JobStatus::Scheduled.is_terminal() && !JobStatus::Scheduled.is_active());
        assert_eq!(JobStatus::parse("paused"), Some(JobStatus::Paused));
        assert!(JobStatus::CompletedWithFailures.is_terminal());
        assert_eq!(
            serde_json::to_string(&JobStatus::CompletedWithFailures).unwrap(),
            r#""completed_with_failures""#
        );
    }
}
