//! Steering an unfinished job: cancel it, resume a paused pilot, run a scheduled job now or
//! reschedule it (§8, §13). Only the job's creator may.

use super::jobs::{idempotency_key, jobs_now, poll_ms, replay, Answer};
use crate::openapi::PROBLEM;
use crate::{
    clock,
    identity::{Actor, Identity},
    jobs::{selection::authorize, spawn_runner, start_now, Access, JobRecord, Poll},
    problem::{parse_json, ApiError, ApiResult},
    Shared,
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::HeaderMap,
    response::Response,
};
use contract::{problem::Problem, schedule::check_run_at, Job, JobId, JobStatus, Reschedule};

/// Stops the job before its next chunk; users already processed keep their outcome. A paused
/// pilot stops there; a scheduled job never starts. Only its creator may.
#[utoipa::path(post, path = "/batch-jobs/{id}/cancel", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = Option<String>, Header, pattern = "^[!-~]{1,255}$", description = "Optional. With one, the same key returns the same job (as it is now) rather than a 409")),
    responses((status = 200, body = Job), (status = 400, description = "Unknown demo identity, or an invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "Another admin's job (read through view_history), or this admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Already finished (type job-finished)", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request", body = Problem, content_type = PROBLEM)))]
pub async fn cancel(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let key = headers.contains_key("idempotency-key").then(|| idempotency_key(&headers)).transpose()?;
    let request = format!("cancel {id}");
    steer(&state, who, id, key, request, Answer::Changed, |rec, poll| {
        if rec.job.status.is_terminal() {
            return Err(ApiError::conflict(
                "job-finished",
                "The job has already finished",
                format!("The job ended as {}", rec.job.status.as_str()),
            ));
        }
        rec.finish(JobStatus::Cancelled, poll.now);
        Ok(Then::Nothing)
    })
}

const KEY_REPLAYS: &str =
    "Required. The same key returns the same job (as it is now) rather than a 409; with another request, a 422";

/// Continues a paused pilot job with exactly the users its pilot did not process. Only its
/// creator may.
#[utoipa::path(post, path = "/batch-jobs/{id}/resume", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = KEY_REPLAYS)),
    responses((status = 202, description = "Running again; Retry-After header", body = Job),
        (status = 400, description = "Missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "Another admin's job (read through view_history), or this admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM),
        (status = 409, description = "The job is not paused (type job-not-paused)", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request", body = Problem, content_type = PROBLEM)))]
pub async fn resume(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    let request = format!("resume {id}");
    steer(&state, who, id, Some(key), request, Answer::Accepted, |rec, _| {
        if rec.job.status != JobStatus::Paused {
            return Err(ApiError::conflict(
                "job-not-paused",
                "The job is not paused",
                format!("Only a paused pilot can be resumed; this job is {}", rec.job.status.as_str()),
            ));
        }
        rec.job.status = JobStatus::Running;
        Ok(Then::Run)
    })
}

/// 409 unless the job is still waiting for its `run_at`.
fn scheduled(rec: &JobRecord) -> ApiResult<()> {
    if rec.job.status == JobStatus::Scheduled {
        return Ok(());
    }
    Err(ApiError::conflict(
        "job-not-scheduled",
        "The job is no longer scheduled",
        format!(
            "Only a job waiting for its time can be run now or rescheduled; this job is {}",
            rec.job.status.as_str()
        ),
    ))
}

/// Starts a scheduled job now rather than at its `run_at`: an all-matching selection is resolved
/// now. Only its creator may.
#[utoipa::path(post, path = "/batch-jobs/{id}/run-now", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = KEY_REPLAYS)),
    responses((status = 202, description = "Started; Retry-After header", body = Job),
        (status = 400, description = "Missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "Another admin's job (read through view_history), or this admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM),
        (status = 409, description = "The job is not scheduled any more (type job-not-scheduled)", body = Problem, content_type = PROBLEM),
        (status = 422, description = "The Idempotency-Key was used for another request", body = Problem, content_type = PROBLEM)))]
pub async fn run_now(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    let request = format!("run-now {id}");
    steer(&state, who, id, Some(key), request, Answer::Accepted, |rec, _| {
        scheduled(rec)?;
        Ok(Then::Start)
    })
}

/// Moves a scheduled job's `run_at`: the same rules as on creation. Only its creator may.
#[utoipa::path(post, path = "/batch-jobs/{id}/reschedule", tag = "batch jobs", request_body = Reschedule,
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = KEY_REPLAYS)),
    responses((status = 200, body = Job),
        (status = 400, description = "Malformed JSON, or a missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "Another admin's job (read through view_history), or this admin may not run the job's action", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM),
        (status = 409, description = "The job is not scheduled any more (type job-not-scheduled)", body = Problem, content_type = PROBLEM),
        (status = 422, description = "run_at is not an RFC 3339 date-time, has passed or is more than 90 days ahead; or the Idempotency-Key was used for another request", body = Problem, content_type = PROBLEM)))]
pub async fn reschedule(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    let change: Reschedule = parse_json(&body)?;
    // The same instant written in another offset is the same request.
    let instant = clock::parse_instant(&change.run_at).map_or(change.run_at.clone(), |at| at.to_string());
    let request = format!("reschedule {id} {instant}");
    steer(&state, who, id, Some(key), request, Answer::Changed, |rec, poll| {
        scheduled(rec)?;
        let at = check_run_at(&change.run_at, poll.now).map_err(|e| ApiError::invalid(vec![e]))?;
        rec.run_at = Some(at);
        rec.job.run_at = Some(clock::format_rfc3339(at));
        Ok(Then::Nothing)
    })
}

/// What a steering operation leaves to do once the job is changed.
enum Then {
    Nothing,
    /// Process it (again) in the background.
    Run,
    /// Start a scheduled job now.
    Start,
}

/// What cancel, resume, run-now and reschedule share: an Idempotency-Key (when given) replays the
/// answer given before to the same request; the job is looked up as its creator's (404 for an
/// admin who may not read it, 403 for one who may only read it) and the admin must still be
/// allowed its action; then `change` changes it.
fn steer(
    state: &Shared,
    who: &'static Identity,
    id: String,
    key: Option<String>,
    request: String,
    answer: Answer,
    change: impl FnOnce(&mut JobRecord, Poll) -> ApiResult<Then>,
) -> ApiResult<Response> {
    let poll = poll_ms(state);
    let mut jobs = jobs_now(state);
    if let Some(key) = &key {
        if let Some(res) = replay(&jobs, who, key, &request, poll, answer)? {
            return Ok(res);
        }
    }
    let id = JobId(id);
    let rec = jobs.reach_mut(who, &id, Access::Steer)?;
    authorize(who, &rec.job.action)?;
    match change(rec, poll)? {
        Then::Nothing => {}
        Then::Run => spawn_runner(state.clone(), id.clone()),
        Then::Start => start_now(state, &mut jobs, &id),
    }
    if let Some(key) = key {
        jobs.idempotency.insert((who.id, key), (request, id.clone()));
    }
    let view =
        jobs.jobs.get(&id).map(|r| r.view(poll, who)).ok_or_else(|| ApiError::not_found("This job"))?;
    Ok(answer.respond(view))
}
