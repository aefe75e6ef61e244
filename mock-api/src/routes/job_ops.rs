//! Operations on an existing job: results, retry-failed, undo (steering it is `job_steer`).

use super::jobs::{idempotency_key, job_response, jobs_now, poll_ms, replay, Answer};
use crate::openapi::PROBLEM;
use crate::{
    data::People,
    identity::{Actor, Identity},
    jobs::{new_record, selection::authorize, spawn_runner, Access, JobRecord, JobStore, Origin, Work},
    problem::{parse_json, ApiError, ApiResult},
    Shared,
};
use axum::{
    body::Bytes,
    extract::{Path, RawQuery, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Json,
};
use contract::{
    problem::Problem, reason::follow_up_reason, FollowUpJob, Job, JobId, JobResultsPage, ListQuery, Outcome,
    QueryError, SelectionKind, SelectionSnapshot, UserOutcome,
};

/// `?outcome=failed|skipped|succeeded&page=&per_page=`, strict like `/people` for these keys;
/// `outcome` may repeat (any of); other keys are ignored, as on `/people`.
#[utoipa::path(get, path = "/batch-jobs/{id}/results", tag = "batch jobs",
    params(("id" = String, Path), ("outcome" = Option<Vec<Outcome>>, Query, explode, description = "Repeatable (any of)"),
        ("page" = Option<u32>, Query, minimum = 1), ("per_page" = Option<u32>, Query, description = "25, 50 (default), 100, 200 or 500")),
    responses((status = 200, body = JobResultsPage), (status = 400, description = "A bad query value", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM)))]
pub async fn results(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<JobResultsPage>> {
    let pairs = contract::query::decode_pairs(&raw.unwrap_or_default());
    // Only the paging keys: a filter key such as `status` means nothing here.
    let paging = ListQuery::from_query_pairs(
        pairs.iter().filter(|(k, _)| k == "page" || k == "per_page").map(|(k, v)| (k.as_str(), v.as_str())),
    )?;
    let mut wanted = Vec::new();
    for (key, value) in &pairs {
        if key == "outcome" {
            wanted.push(
                Outcome::parse(value)
                    .ok_or_else(|| QueryError::invalid("outcome", value, "succeeded, skipped or failed"))?,
            );
        }
    }
    let jobs = jobs_now(&state);
    let rec = jobs.reach(who, &JobId(id), Access::Read)?;
    let matching: Vec<_> =
        rec.outcomes.iter().filter(|o| wanted.is_empty() || wanted.contains(&o.outcome)).collect();
    let total = matching.len() as u64;
    let pages = contract::people::page_count(total, paging.per_page);
    if paging.page > pages {
        return Err(QueryError::invalid(
            "page",
            &paging.page.to_string(),
            &format!("a page from 1 to {pages}"),
        )
        .into());
    }
    let people = state.people.read();
    let start = (paging.page as usize - 1) * paging.per_page as usize;
    let items = matching
        .into_iter()
        .skip(start)
        .take(paging.per_page as usize)
        .map(|o| UserOutcome {
            user_id: People::id_of(o.idx),
            name: people.name(o.idx),
            email: people.email(o.idx),
            outcome: o.outcome,
            reason: o.reason,
        })
        .collect();
    Ok(Json(JobResultsPage { items, total, page: paging.page, per_page: paging.per_page }))
}

fn finished(rec: &JobRecord) -> ApiResult<()> {
    if rec.job.status.is_terminal() {
        Ok(())
    } else {
        Err(ApiError::conflict(
            "job-not-finished",
            "The job is still running",
            "Wait until the job has finished",
        ))
    }
}

/// The optional body of retry-failed and undo: none, `null`, or `{"reason": …}`.
fn follow_up(body: &Bytes) -> ApiResult<FollowUpJob> {
    let text = body.trim_ascii();
    if text.is_empty() || text == b"null" {
        return Ok(FollowUpJob::default());
    }
    parse_json(body)
}

/// A new job, same action, for exactly the users that failed. Only the original's creator may.
#[utoipa::path(post, path = "/batch-jobs/{id}/retry-failed", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = "Required, as on creation")),
    request_body(content = Option<FollowUpJob>, description = "Optional: the new job's reason (else the original's)"),
    responses((status = 202, body = Job), (status = 400, description = "Missing or invalid Idempotency-Key, or malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 403, description = "Another admin's job (read through view_history), or this admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Still running, or no user failed", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request, or a bad reason", body = Problem, content_type = PROBLEM)))]
pub async fn retry_failed(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let given = follow_up(&body)?.reason;
    derive_job(&state, who, id, &headers, "retry-failed", given, Access::Steer, |jobs, original, given| {
        let rec = jobs.jobs.get(original).ok_or_else(|| ApiError::not_found("This job"))?;
        finished(rec)?;
        let failed: Vec<u32> =
            rec.outcomes.iter().filter(|o| o.outcome == Outcome::Failed).map(|o| o.idx).collect();
        let op = match &rec.work {
            Work::Action { op, .. } if !failed.is_empty() => *op,
            _ => {
                return Err(ApiError::conflict(
                    "nothing-to-retry",
                    "Nothing to retry",
                    "No user failed in this job",
                ))
            }
        };
        let reason =
            follow_up_reason(given, rec.job.reason.as_deref(), rec.job.action.kind(), failed.len() as u64)
                .map_err(|e| ApiError::invalid(vec![e]))?;
        // A retry of a retry keeps its title rather than stacking "Retry failed: " prefixes.
        let title = match rec.job.retry_of {
            Some(_) => rec.job.title.clone(),
            None => format!("Retry failed: {}", rec.job.title),
        };
        let action = rec.job.action.clone();
        Ok(Derived {
            action,
            title,
            reason,
            selection: SelectionSnapshot::of(SelectionKind::FailedUsers),
            work: Work::Action { op, users: failed },
            retry_of: true,
        })
    })
}

/// A new job applying the inverse to exactly the users this job changed (409 if not reversible).
/// Its creator may, and an Owner may undo anyone's.
#[utoipa::path(post, path = "/batch-jobs/{id}/undo", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = "Required, as on creation")),
    request_body(content = Option<FollowUpJob>, description = "Optional: the new job's reason (else the original's)"),
    responses((status = 202, body = Job), (status = 400, description = "Missing or invalid Idempotency-Key, or malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 403, description = "Another admin's job and this admin is not an Owner, or may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Not reversible, still running, already undone or nothing changed", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request, or a bad reason", body = Problem, content_type = PROBLEM)))]
pub async fn undo(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let given = follow_up(&body)?.reason;
    derive_job(&state, who, id, &headers, "undo", given, Access::Undo, |jobs, original, given| {
        let rec = jobs.jobs.get(original).ok_or_else(|| ApiError::not_found("This job"))?;
        let kind = rec.job.action.kind();
        if let Some(of) = &rec.job.undo_of {
            return Err(ApiError::conflict(
                "not-reversible",
                "This job cannot be undone",
                format!("This job is the undo of job {of}; an undo cannot be undone"),
            ));
        }
        if !kind.is_reversible() {
            return Err(ApiError::conflict(
                "not-reversible",
                "This job cannot be undone",
                format!("“{}” is not reversible", kind.label()),
            ));
        }
        finished(rec)?;
        if let Some(by) = &rec.job.undone_by {
            return Err(ApiError::conflict(
                "already-undone",
                "Already undone",
                format!("Undone by job {by}"),
            ));
        }
        if rec.changes.is_empty() {
            return Err(ApiError::conflict("nothing-to-undo", "Nothing to undo", "This job changed no user"));
        }
        let reason = follow_up_reason(given, rec.job.reason.as_deref(), kind, rec.changes.len() as u64)
            .map_err(|e| ApiError::invalid(vec![e]))?;
        Ok(Derived {
            action: rec.job.action.clone(),
            title: format!("Undo: {}", rec.job.title),
            reason,
            selection: SelectionSnapshot::of(SelectionKind::ChangedUsers),
            work: Work::Undo { changes: rec.changes.clone() },
            retry_of: false,
        })
    })
}

/// What retry-failed or undo makes of the original job.
pub struct Derived {
    pub action: contract::BatchAction,
    pub title: String,
    pub reason: Option<String>,
    pub selection: SelectionSnapshot,
    pub work: Work,
    /// A retry (`retry_of`) rather than an undo (`undo_of`).
    pub retry_of: bool,
}

/// What retry-failed and undo share: the required Idempotency-Key that replays the job it created
/// before, the job looked up as `access` allows this admin, and the admin allowed to run its
/// action; then `derive` says what the new job is, and it starts, created by this admin.
#[allow(clippy::too_many_arguments)]
fn derive_job(
    state: &Shared,
    who: &'static Identity,
    id: String,
    headers: &HeaderMap,
    verb: &str,
    given: Option<String>,
    access: Access,
    derive: impl FnOnce(&JobStore, &JobId, Option<&str>) -> ApiResult<Derived>,
) -> ApiResult<Response> {
    let key = idempotency_key(headers)?;
    let poll = poll_ms(state);
    let mut jobs = jobs_now(state);
    let body = format!("{verb} {id} {}", serde_json::to_string(&given).unwrap_or_default());
    if let Some(res) = replay(&jobs, who, &key, &body, poll, Answer::Created)? {
        return Ok(res);
    }
    let original = JobId(id);
    let rec = jobs.reach(who, &original, access)?;
    authorize(who, &rec.job.action)?;
    let new = derive(&jobs, &original, given.as_deref())?;
    let origin = {
        let people = state.people.read();
        Origin::at(poll.now, who, &people, state.config.labels, &new.action, new.selection, new.reason)
    };
    let next = jobs.next_id();
    let mut rec = new_record(next, new.action, new.title, origin, new.work);
    if new.retry_of {
        rec.job.retry_of = Some(original.clone());
    } else {
        rec.job.undo_of = Some(original.clone());
    }
    let new_id = jobs.insert(rec);
    if let Some(undone) = jobs.jobs.get_mut(&original).filter(|_| !new.retry_of) {
        undone.job.undone_by = Some(new_id.clone());
    }
    jobs.idempotency.insert((who.id, key), (body, new_id.clone()));
    let view = jobs
        .jobs
        .get(&new_id)
        .map(|r| r.view(poll, who))
        .ok_or_else(|| ApiError::not_found("The new job"))?;
    drop(jobs);
    spawn_runner(state.clone(), new_id);
    Ok(job_response(StatusCode::ACCEPTED, view, true))
}
