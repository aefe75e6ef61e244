//! Running a reviewed action: one idempotency key per intent, and what each server answer means
//! for the admin (§5). Plain Rust; the dialog renders these values.

use crate::api::ApiError;
use contract::{FieldError, NewBatchJob};

/// The job the admin reviewed and the `Idempotency-Key` that sends it. A retry of the same intent
/// reuses the key, so a double click or a retried request creates one job; any change to the
/// action or the selection is a new intent with a new key.
#[derive(Clone, Debug, Default)]
pub struct Intent {
    current: Option<(NewBatchJob, String)>,
}

impl Intent {
    /// The key for sending `job`: the same as last time if `job` is the same intent, else `fresh()`.
    pub fn key_for(&mut self, job: &NewBatchJob, fresh: impl FnOnce() -> String) -> String {
        match &self.current {
            Some((reviewed, key)) if reviewed == job => key.clone(),
            _ => {
                let key = fresh();
                self.current = Some((job.clone(), key.clone()));
                key
            }
        }
    }
}

/// Why a run did not start, as the dialog handles it in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunProblem {
    /// 409: the matching count moved since the review; `now` is the server's count.
    CountChanged { now: u64 },
    /// 403: the admin may no longer run this action.
    Forbidden,
    /// 422: field errors, keyed by field (`team_id`), shown next to the fields.
    Invalid(Vec<FieldError>),
    /// 401.
    SessionExpired,
    /// 5xx, timeout, network: the same request may be retried with the same key.
    Retryable(ApiError),
}

impl RunProblem {
    pub fn from_error(error: &ApiError) -> Self {
        let problem = match error {
            ApiError::Http { problem, .. } => problem.as_ref(),
            _ => None,
        };
        match error.status() {
            Some(409) => match problem.and_then(|p| p.current_count) {
                Some(now) => RunProblem::CountChanged { now },
                None => RunProblem::Retryable(error.clone()),
            },
            Some(403) => RunProblem::Forbidden,
            Some(401) => RunProblem::SessionExpired,
            Some(400 | 422) => {
                let errors = problem.map(|p| p.errors.clone()).unwrap_or_default();
                RunProblem::Invalid(
                    errors
                        .into_iter()
                        .map(|e| match e.field.strip_prefix("action.") {
                            Some(key) => FieldError { field: key.to_owned(), ..e },
                            None => e,
                        })
                        .collect(),
                )
            }
            _ => RunProblem::Retryable(error.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::{BatchAction, Problem, Selection, UserId};

    fn job(team: &str) -> NewBatchJob {
        NewBatchJob {
            action: BatchAction::AddToTeam { team_id: team.into() },
            selection: Selection::Explicit { ids: vec![UserId(1)] },
            reason: None,
            pilot: None,
            run_at: None,
        }
    }

    #[test]
    fn a_retry_of_the_same_intent_reuses_its_key() {
        let mut intent = Intent::default();
        let mut n = 0;
        let mut fresh = || {
            n += 1;
            format!("k{n}")
        };
        let first = intent.key_for(&job("a"), &mut fresh);
        assert_eq!(intent.key_for(&job("a"), &mut fresh), first);
        let other = intent.key_for(&job("b"), &mut fresh);
        assert_ne!(other, first, "another configuration is another intent");
        assert_ne!(intent.key_for(&job("a"), &mut fresh), first, "going back to it is a new intent too");
    }

    fn http(status: u16, problem: Option<Problem>) -> ApiError {
        ApiError::Http { status, problem }
    }

    #[test]
    fn each_answer_is_handled_in_place() {
        let mut conflict = Problem::new(409, "about:blank", "Count changed");
        conflict.current_count = Some(4_100);
        assert_eq!(
            RunProblem::from_error(&http(409, Some(conflict))),
            RunProblem::CountChanged { now: 4_100 }
        );
        assert_eq!(RunProblem::from_error(&http(403, None)), RunProblem::Forbidden);
        assert_eq!(RunProblem::from_error(&http(401, None)), RunProblem::SessionExpired);
        let mut invalid = Problem::new(422, "about:blank", "Invalid");
        invalid.errors = vec![FieldError { field: "action.team_id".into(), message: "Unknown team".into() }];
        assert_eq!(
            RunProblem::from_error(&http(422, Some(invalid))),
            RunProblem::Invalid(vec![FieldError { field: "team_id".into(), message: "Unknown team".into() }])
        );
        assert!(matches!(RunProblem::from_error(&http(503, None)), RunProblem::Retryable(_)));
        assert!(matches!(RunProblem::from_error(&ApiError::Network("x".into())), RunProblem::Retryable(_)));
    }
}
