//! Operations on an existing job: results, cancel, retry-failed, undo.

use super::jobs::{idempotency_key, job_response, poll_ms, replay, retention};
use crate::openapi::PROBLEM;
use crate::{
    clock,
    data::People,
    identity::{Actor, Identity},
    jobs::{new_job, selection::authorize, spawn_runner, JobRecord, JobStore, Work},
    problem::{ApiError, ApiResult},
    Shared,
};
use axum::{
    extract::{Path, RawQuery, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Json,
};
use contract::{
    problem::Problem, Job, JobId, JobResultsPage, JobStatus, ListQuery, Outcome, QueryError, UserOutcome,
};
use std::time::Instant;

/// `?outcome=failed|skipped|succeeded&page=&per_page=`, strict like `/people` for these keys;
/// `outcome` may repeat (any of); other keys are ignored, as on `/people`.
#[utoipa::path(get, path = "/batch-jobs/{id}/results", tag = "batch jobs",
    params(("id" = String, Path), ("outcome" = Option<Vec<Outcome>>, Query, explode, description = "Repeatable (any of)"),
        ("page" = Option<u32>, Query, minimum = 1), ("per_page" = Option<u32>, Query, description = "25, 50 (default), 100, 200 or 500")),
    responses((status = 200, body = JobResultsPage), (status = 400, description = "A bad query value", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown, expired, or another admin's job", body = Problem, content_type = PROBLEM)))]
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
    let mut jobs = state.jobs.lock();
    jobs.sweep(retention(&state));
    let rec = jobs.own(who, &JobId(id)).ok_or_else(|| ApiError::not_found("This job"))?;
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

/// Stops the job before its next chunk; users already processed keep their outcome.
#[utoipa::path(post, path = "/batch-jobs/{id}/cancel", tag = "batch jobs", params(("id" = String, Path)),
    responses((status = 200, body = Job), (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown, expired, or another admin's job", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Already finished", body = Problem, content_type = PROBLEM)))]
pub async fn cancel(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let poll = poll_ms(&state);
    let mut jobs = state.jobs.lock();
    jobs.sweep(retention(&state));
    let rec = jobs.own_mut(who, &JobId(id)).ok_or_else(|| ApiError::not_found("This job"))?;
    authorize(who, &rec.job.action)?;
    if rec.job.status.is_terminal() {
        return Err(ApiError::conflict(
            "job-finished",
            "The job has already finished",
            format!("The job ended as {}", rec.job.status.as_str()),
        ));
    }
    rec.job.status = JobStatus::Cancelled;
    rec.job.finished_at = Some(clock::format_rfc3339(clock::unix_now()));
    rec.finished = Some(Instant::now());
    Ok(job_response(StatusCode::OK, rec.view(poll), false))
}

/// A new job, same action, for exactly the users that failed.
#[utoipa::path(post, path = "/batch-jobs/{id}/retry-failed", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = "Required, as on creation")),
    responses((status = 202, body = Job), (status = 400, description = "Missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown, expired, or another admin's job", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Still running, or no user failed", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request", body = Problem, content_type = PROBLEM)))]
pub async fn retry_failed(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    derive_job(&state, who, id, &headers, "retry-failed", |jobs, original| {
        let rec = jobs.jobs.get(&original).ok_or_else(|| ApiError::not_found("This job"))?;
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
        // A retry of a retry keeps its title rather than stacking "Retry failed: " prefixes.
        let title = match rec.job.retry_of {
            Some(_) => rec.job.title.clone(),
            None => format!("Retry failed: {}", rec.job.title),
        };
        let action = rec.job.action.clone();
        let new_id = jobs.next_id();
        let mut job = new_job(new_id.clone(), action, title, failed.len(), who);
        job.retry_of = Some(original);
        jobs.insert(who, job, Work::Action { op, users: failed });
        Ok(new_id)
    })
}

/// A new job applying the inverse to exactly the users this job changed (409 if not reversible).
#[utoipa::path(post, path = "/batch-jobs/{id}/undo", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = "Required, as on creation")),
    responses((status = 202, body = Job), (status = 400, description = "Missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown, expired, or another admin's job", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Not reversible, still running, already undone or nothing changed", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request", body = Problem, content_type = PROBLEM)))]
pub async fn undo(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    derive_job(&state, who, id, &headers, "undo", |jobs, original| {
        let rec = jobs.jobs.get(&original).ok_or_else(|| ApiError::not_found("This job"))?;
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
        let changes = rec.changes.clone();
        let (action, title) = (rec.job.action.clone(), format!("Undo: {}", rec.job.title));
        let new_id = jobs.next_id();
        let mut job = new_job(new_id.clone(), action, title, changes.len(), who);
        job.undo_of = Some(original.clone());
        jobs.insert(who, job, Work::Undo { changes });
        if let Some(rec) = jobs.jobs.get_mut(&original) {
            rec.job.undone_by = Some(new_id.clone());
        }
        Ok(new_id)
    })
}

/// What retry-failed and undo share: the required Idempotency-Key that replays the job it created
/// before, the job looked up among this admin's own and the admin allowed to run its action; then
/// `derive` makes the new job from the original, and it starts.
fn derive_job(
    state: &Shared,
    who: &'static Identity,
    id: String,
    headers: &HeaderMap,
    verb: &str,
    derive: impl FnOnce(&mut JobStore, JobId) -> ApiResult<JobId>,
) -> ApiResult<Response> {
    let key = idempotency_key(headers)?;
    let poll = poll_ms(state);
    let mut jobs = state.jobs.lock();
    jobs.sweep(retention(state));
    let body = format!("{verb} {id}");
    if let Some(res) = replay(&jobs, who, &key, &body, poll)? {
        return Ok(res);
    }
    let original = JobId(id);
    let rec = jobs.own(who, &original).ok_or_else(|| ApiError::not_found("This job"))?;
    authorize(who, &rec.job.action)?;
    let new_id = derive(&mut jobs, original)?;
    start(state.clone(), &mut jobs, who.id, key, body, new_id, poll)
}

fn start(
    state: Shared,
    jobs: &mut JobStore,
    who: &'static str,
    key: String,
    body: String,
    id: JobId,
    poll: u32,
) -> ApiResult<Response> {
    jobs.idempotency.insert((who, key), (body, id.clone()));
    let view = jobs.jobs.get(&id).map(|r| r.view(poll)).ok_or_else(|| ApiError::not_found("The new job"))?;
    spawn_runner(state, id);
    Ok(job_response(StatusCode::ACCEPTED, view, true))
}
