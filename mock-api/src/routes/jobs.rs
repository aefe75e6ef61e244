//! `POST /batch-jobs/preview`, `POST /batch-jobs`, `GET /batch-jobs`, `GET /batch-jobs/{id}`.

use crate::openapi::PROBLEM;
use crate::{
    identity::{Actor, Identity},
    jobs::{
        new_job, rules,
        selection::{canonical, check_action, check_count, resolve, title},
        spawn_runner, JobRecord, JobStore, Work, POLL_MS,
    },
    problem::{blame_tagged_member, parse_json, path_within, ApiError, ApiResult},
    Shared,
};
use axum::{
    body::Bytes,
    extract::{Path, RawQuery, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use contract::{
    problem::Problem, BatchAction, FieldError, Filter, Job, JobId, JobList, NewBatchJob, Outcome, Preview,
    Selection, UserId, UserOutcome,
};
use std::time::Duration;

pub fn poll_ms(state: &Shared) -> u32 {
    state.config.chaos.poll_ms.unwrap_or(POLL_MS)
}

pub fn retention(state: &Shared) -> Duration {
    Duration::from_secs(state.config.retention_secs)
}

/// A job answer: `Retry-After` while it is active, `Location` for a created job.
pub fn job_response(status: StatusCode, job: Job, location: bool) -> Response {
    let mut headers = HeaderMap::new();
    if let Some(ms) = job.poll_after_ms {
        let secs = ms.div_ceil(1000).max(1);
        headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    if location {
        if let Ok(v) = HeaderValue::from_str(&format!("/api/batch-jobs/{}", job.id)) {
            headers.insert(header::LOCATION, v);
        }
    }
    (status, headers, Json(job)).into_response()
}

/// The `Idempotency-Key` header, required on every request that creates a job: 1 to 255 visible
/// ASCII characters. Whitespace around the value is not part of it (RFC 9110); inside it, it is
/// refused, since a key that a proxy might fold or split cannot identify a request.
pub fn idempotency_key(headers: &HeaderMap) -> ApiResult<String> {
    let bad = |m: &str| {
        ApiError::new(400, "idempotency-key", "Idempotency-Key problem").detail(m).field("Idempotency-Key", m)
    };
    let value =
        headers.get("idempotency-key").ok_or_else(|| bad("The Idempotency-Key header is required"))?;
    let key = value.to_str().map(|v| v.trim_matches([' ', '\t'])).unwrap_or("");
    if (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic()) {
        Ok(key.to_owned())
    } else {
        Err(bad("Use 1 to 255 visible ASCII characters, no spaces"))
    }
}

/// A replay of an earlier request with the same key: the same job, or 422 if the body differs.
pub fn replay(
    jobs: &JobStore,
    who: &Identity,
    key: &str,
    body: &str,
    poll: u32,
) -> ApiResult<Option<Response>> {
    match jobs.idempotency.get(&(who.id, key.to_owned())) {
        Some((seen, id)) if seen == body => {
            Ok(jobs.jobs.get(id).map(|rec| job_response(StatusCode::ACCEPTED, rec.view(poll), true)))
        }
        Some(_) => Err(ApiError::invalid(vec![FieldError {
            field: "Idempotency-Key".into(),
            message: "This key was already used for a different request".into(),
        }])),
        None => Ok(None),
    }
}

/// The body of preview and creation. A wrong value inside `action` or `selection` is named by its
/// own path (`action.role`, `selection.ids[0]`, `selection.filter.status[0]`), not by the enum's.
pub fn parse_new_job(body: &Bytes) -> ApiResult<NewBatchJob> {
    parse_json::<NewBatchJob>(body).map_err(|mut err| {
        let Some(first) = err.0.errors.first_mut() else { return err };
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else { return err };
        let refined = match first.field.as_str() {
            "action" => blame_tagged_member::<BatchAction>(&value["action"], "kind", "action", |_, _| None),
            "selection" => {
                blame_tagged_member::<Selection>(&value["selection"], "type", "selection", |key, v| match key
                {
                    "filter" => path_within::<Filter>(v),
                    "ids" | "excluded_ids" => path_within::<Vec<UserId>>(v),
                    _ => None,
                })
            }
            _ => None,
        };
        if let Some(field) = refined {
            err.0.detail = Some(format!("{field}: {}", first.message));
            first.field = field;
        }
        err
    })
}

#[utoipa::path(post, path = "/batch-jobs", tag = "batch jobs", request_body = NewBatchJob,
    params(("Idempotency-Key" = String, Header, pattern = "^[!-~]{1,255}$", description = "Required. The same key and body return the same job; the same key with another body is a 422")),
    responses(
        (status = 202, description = "Created (or replayed); Location and Retry-After headers", body = Job),
        (status = 400, description = "Malformed JSON or missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the action", body = Problem, content_type = PROBLEM),
        (status = 409, description = "The selection now resolves to current_count users, not expected_count", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Bad parameters or selection, named in errors[].field", body = Problem, content_type = PROBLEM)))]
pub async fn create(
    State(state): State<Shared>,
    Actor(who): Actor,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    let req = parse_new_job(&body)?;
    let today = state.people.read().today;
    let op = check_action(who, &req.action, today)?;
    let body = canonical(&req);
    let poll = poll_ms(&state);
    // One lock over lookup and insert, so two concurrent retries cannot both create a job.
    let mut jobs = state.jobs.lock();
    jobs.sweep(retention(&state));
    if let Some(res) = replay(&jobs, who, &key, &body, poll)? {
        return Ok(res);
    }
    let users = resolve(&state.people.read(), &req.selection, &state.list_members(who))?;
    check_count(&req.selection, users.len())?;
    if let BatchAction::Delete { confirm_count } = req.action {
        if confirm_count != users.len() as u64 {
            return Err(ApiError::invalid(vec![FieldError {
                field: "action.confirm_count".into(),
                message: format!("Type {} to confirm", users.len()),
            }]));
        }
    }
    let id = jobs.next_id();
    let job = new_job(id.clone(), req.action.clone(), title(&req.action), users.len(), who);
    jobs.insert(who, job, Work::Action { op, users });
    jobs.idempotency.insert((who.id, key), (body, id.clone()));
    let view = jobs.jobs.get(&id).map(|r| r.view(poll));
    drop(jobs);
    spawn_runner(state.clone(), id.clone());
    let view = view.ok_or_else(|| ApiError::not_found("The new job"))?;
    Ok(job_response(StatusCode::ACCEPTED, view, true))
}

/// A dry run with the job's own rules; changes nothing, never 409s (it reports the count now).
#[utoipa::path(post, path = "/batch-jobs/preview", tag = "batch jobs", request_body = NewBatchJob,
    responses((status = 200, body = Preview), (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the action", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Bad parameters or selection, named in errors[].field", body = Problem, content_type = PROBLEM)))]
pub async fn preview(
    State(state): State<Shared>,
    Actor(who): Actor,
    body: Bytes,
) -> ApiResult<Json<Preview>> {
    let req = parse_new_job(&body)?;
    let people = state.people.read();
    let op = check_action(who, &req.action, people.today)?;
    let users = resolve(&people, &req.selection, &state.list_members(who))?;
    let mut preview = Preview {
        total: users.len() as u64,
        will_change: 0,
        will_skip: 0,
        will_fail: 0,
        reasons: Vec::new(),
        sample: Vec::new(),
    };
    let mut reasons = std::collections::BTreeMap::new();
    let (mut odd, mut fine) = (Vec::new(), Vec::new());
    for idx in users {
        let eval = rules::evaluate(op, who, &people, idx);
        match eval.outcome {
            Outcome::Succeeded => preview.will_change += 1,
            Outcome::Skipped => preview.will_skip += 1,
            Outcome::Failed => preview.will_fail += 1,
        }
        if let Some(reason) = eval.reason {
            *reasons.entry((eval.outcome, reason)).or_insert(0u64) += 1;
        }
        let sample = if eval.outcome == Outcome::Succeeded { &mut fine } else { &mut odd };
        if sample.len() < 10 {
            sample.push((idx, eval.outcome, eval.reason));
        }
    }
    preview.reasons = reasons
        .into_iter()
        .map(|((outcome, reason), count)| contract::ReasonCount { outcome, reason, count })
        .collect();
    preview.reasons.sort_by_key(|r| std::cmp::Reverse(r.count));
    // Skips and failures first (that is what the admin needs to see), then some that will change.
    odd.truncate(5);
    odd.extend(fine.into_iter().take(10 - odd.len()));
    preview.sample = odd
        .into_iter()
        .map(|(idx, outcome, reason)| UserOutcome {
            user_id: crate::data::People::id_of(idx),
            name: people.name(idx),
            email: people.email(idx),
            outcome,
            reason,
        })
        .collect();
    Ok(Json(preview))
}

fn flag(field: &'static str, value: &str) -> ApiResult<bool> {
    match value {
        "" | "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(contract::QueryError::invalid(field, value, "true or false").into()),
    }
}

/// Newest first, at most 50, only this identity's jobs (`mine` is accepted and always true: no
/// admin sees another's jobs); `active` = queued or running.
#[utoipa::path(get, path = "/batch-jobs", tag = "batch jobs",
    params(("mine" = Option<String>, Query, description = "Accepted for compatibility: the list only ever holds this admin's jobs"),
        ("active" = Option<String>, Query, description = "Only queued or running jobs (true, 1 or empty; false or 0)")),
    responses((status = 200, description = "This admin's jobs, newest first, at most 50", body = JobList),
        (status = 400, description = "A bad flag value", body = Problem, content_type = PROBLEM)))]
pub async fn list(
    State(state): State<Shared>,
    Actor(who): Actor,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<JobList>> {
    let mut active = false;
    for (key, value) in contract::query::decode_pairs(raw.as_deref().unwrap_or("")) {
        match key.as_str() {
            "mine" => {
                flag("mine", &value)?;
            }
            "active" => active = flag("active", &value)?,
            _ => {}
        }
    }
    let poll = poll_ms(&state);
    let mut jobs = state.jobs.lock();
    jobs.sweep(retention(&state));
    let mut recs: Vec<&JobRecord> = jobs
        .jobs
        .values()
        .filter(|r| r.owner.id == who.id)
        .filter(|r| !active || !r.job.status.is_terminal())
        .collect();
    recs.sort_by_key(|r| std::cmp::Reverse(r.seq));
    Ok(Json(JobList { items: recs.into_iter().take(50).map(|r| r.view(poll)).collect() }))
}

#[utoipa::path(get, path = "/batch-jobs/{id}", tag = "batch jobs", params(("id" = String, Path)),
    responses((status = 200, description = "Retry-After header (seconds) while active", body = Job),
        (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown, expired, or another admin's job", body = Problem, content_type = PROBLEM)))]
pub async fn get(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let poll = poll_ms(&state);
    let mut jobs = state.jobs.lock();
    jobs.sweep(retention(&state));
    let rec = jobs.own(who, &JobId(id)).ok_or_else(|| ApiError::not_found("This job"))?;
    Ok(job_response(StatusCode::OK, rec.view(poll), false))
}
