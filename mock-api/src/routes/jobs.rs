//! `POST /batch-jobs/preview`, `POST /batch-jobs`, `GET /batch-jobs`, `GET /batch-jobs/{id}`.

use crate::openapi::PROBLEM;
use crate::{
    clock,
    data::name_sort_key,
    identity::{Actor, Identity},
    jobs::{
        lock_now, new_record, rules,
        selection::{canonical, check_action, check_count, resolve, snapshot_of, title},
        spawn_runner, Access, JobRecord, JobStore, Origin, Poll, Work, POLL_MS,
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
    pilot::{check_pilot, check_pilot_size},
    problem::Problem,
    reason::{check_reason, check_reason_length},
    schedule::{check_run_at, check_run_at_shape},
    ActionKind, BatchAction, FieldError, Filter, Job, JobCreator, JobId, JobList, JobListQuery, JobScope,
    JobStatus, NewBatchJob, Outcome, Preview, QueryError, Selection, UserId, UserOutcome,
};

pub fn poll_ms(state: &Shared) -> Poll {
    Poll { ms: state.config.chaos.poll_ms.unwrap_or(POLL_MS), now: state.clock.now() }
}

/// Locks the jobs, first forgetting those past the retention window and starting scheduled ones
/// that are due.
pub fn jobs_now(state: &Shared) -> parking_lot::MutexGuard<'_, JobStore> {
    lock_now(state)
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

/// How an operation under an Idempotency-Key answers, first time and on a replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A new job: 202 with `Location`.
    Created,
    /// Work started on an existing job (resume, run-now): 202.
    Accepted,
    /// A change to an existing job (reschedule, cancel): 200.
    Changed,
}

impl Answer {
    pub fn respond(self, job: Job) -> Response {
        match self {
            Answer::Created => job_response(StatusCode::ACCEPTED, job, true),
            Answer::Accepted => job_response(StatusCode::ACCEPTED, job, false),
            Answer::Changed => job_response(StatusCode::OK, job, false),
        }
    }
}

/// A replay of an earlier request with the same key: the same job as it is now, or 422 if the
/// body differs.
pub fn replay(
    jobs: &JobStore,
    who: &Identity,
    key: &str,
    body: &str,
    poll: Poll,
    answer: Answer,
) -> ApiResult<Option<Response>> {
    match jobs.idempotency.get(&(who.id, key.to_owned())) {
        Some((seen, id)) if seen == body => {
            Ok(jobs.jobs.get(id).map(|rec| answer.respond(rec.view(poll, who))))
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
        (status = 202, description = "Created (or replayed); Location and Retry-After headers. With run_at, status scheduled", body = Job),
        (status = 400, description = "Malformed JSON or missing or invalid Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the action", body = Problem, content_type = PROBLEM),
        (status = 409, description = "The selection now resolves to current_count users, not expected_count", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Bad parameters or selection, a wrong confirm_count, a missing or too long reason, a pilot out of range, or a run_at that has passed or is more than 90 days ahead, named in errors[].field", body = Problem, content_type = PROBLEM)))]
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
    let mut jobs = jobs_now(&state);
    if let Some(res) = replay(&jobs, who, &key, &body, poll, Answer::Created)? {
        return Ok(res);
    }
    let people = state.people.read();
    let (users, excluded) = resolve(&people, &req.selection, &state.list_members(who))?;
    check_count(&req.selection, users.len())?;
    let mut errors = Vec::new();
    if let BatchAction::Delete { confirm_count } = req.action {
        if confirm_count != users.len() as u64 {
            errors.push(FieldError {
                field: "action.confirm_count".into(),
                message: format!("Type {} to confirm", users.len()),
            });
        }
    }
    let reason = match check_reason(req.reason.as_deref(), req.action.kind(), users.len() as u64) {
        Ok(reason) => reason,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    if let Some(size) = req.pilot {
        errors.extend(check_pilot(size, users.len() as u64).err());
    }
    let all_matching = matches!(req.selection, Selection::AllMatching { .. });
    let run_at = match req.run_at.as_deref().map(|at| check_run_at(at, poll.now)).transpose() {
        Ok(Some(_)) if req.pilot.is_some() => {
            errors.push(schedule_error("A pilot runs now: run it now, or schedule the job without one"));
            None
        }
        // Its users are whoever matches then, so the count typed today confirms nothing.
        Ok(Some(_)) if all_matching && req.action.kind() == ActionKind::Delete => {
            errors.push(schedule_error(
                "Choose the users to delete: all matching users cannot be deleted later",
            ));
            None
        }
        Ok(at) => at,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let selection = snapshot_of(&req.selection, excluded);
    let origin = Origin::at(poll.now, who, &people, state.config.labels, &req.action, selection, reason);
    drop(people);
    let title = title(&req.action);
    let next = jobs.next_id();
    // A pilot's users go first, so the job pauses when its cursor reaches their count.
    let pilot = req.pilot.map(|size| size as usize);
    let users = match pilot {
        Some(size) => {
            let (mut pilot, rest) =
                contract::pilot::split(&users, size, contract::pilot::seed_of(&next.0 .0));
            pilot.extend(rest);
            pilot
        }
        None => users,
    };
    // A scheduled all-matching job acts on whoever matches when it starts (§13).
    let (users, pending) = match run_at {
        Some(_) if all_matching => (Vec::new(), Some(req.selection.clone())),
        _ => (users, None),
    };
    let mut rec = new_record(next, req.action, title, origin, Work::Action { op, users });
    rec.pause_at = pilot;
    rec.job.pilot = req.pilot.map(u64::from);
    if let Some(at) = run_at {
        rec.job.status = JobStatus::Scheduled;
        rec.job.total = rec.work.len() as u64;
        rec.job.run_at = Some(clock::format_rfc3339(at));
        rec.run_at = Some(at);
        rec.pending = pending;
    }
    let id = jobs.insert(rec);
    jobs.idempotency.insert((who.id, key), (body, id.clone()));
    let view = jobs.jobs.get(&id).map(|r| r.view(poll, who));
    drop(jobs);
    if run_at.is_none() {
        spawn_runner(state.clone(), id.clone());
    }
    let view = view.ok_or_else(|| ApiError::not_found("The new job"))?;
    Ok(job_response(StatusCode::ACCEPTED, view, true))
}

fn schedule_error(message: &str) -> FieldError {
    FieldError { field: "run_at".into(), message: message.into() }
}

/// A dry run with the job's own rules; changes nothing, never 409s (it reports the count now), and
/// asks for no reason (the admin gives it after the preview).
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
    // Whether a reason is needed is the run's question; one that could never run is refused here.
    check_reason_length(req.reason.as_deref()).map_err(|e| ApiError::invalid(vec![e]))?;
    // Likewise a pilot or a run_at that no selection or clock could make right.
    let mut errors: Vec<FieldError> =
        req.pilot.map(check_pilot_size).and_then(Result::err).into_iter().collect();
    errors.extend(req.run_at.as_deref().map(check_run_at_shape).and_then(Result::err));
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    let (users, _) = resolve(&people, &req.selection, &state.list_members(who))?;
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

/// Own recent jobs, or with `scope=org` the organisation's history (needs `view_history`):
/// newest first, filtered, paged, stable under a snapshot.
#[utoipa::path(get, path = "/batch-jobs", tag = "batch jobs",
    params(("scope" = Option<String>, Query, description = "mine (default): this admin's active jobs and those that finished in the last hour. org: every job of the organisation kept (90 days); needs the view_history permission"),
        ("mine" = Option<String>, Query, description = "Accepted for compatibility (true, 1 or empty; false or 0); changes nothing. true with scope=org is a 400"),
        ("active" = Option<String>, Query, description = "Only unfinished jobs: scheduled, queued, running or paused (true, 1 or empty; false or 0)"),
        ("created_by" = Option<Vec<u64>>, Query, explode, description = "Repeatable user id of the admin who created the job (any of)"),
        ("action" = Option<Vec<ActionKind>>, Query, explode, description = "Repeatable (any of)"),
        ("status" = Option<Vec<JobStatus>>, Query, explode, description = "Repeatable (any of)"),
        ("from" = Option<String>, Query, description = "Created at or after: a date (YYYY-MM-DD, from its start, UTC) or an RFC 3339 date-time"),
        ("to" = Option<String>, Query, description = "Created before: a date (YYYY-MM-DD, that whole day included, UTC) or an RFC 3339 date-time (excluded); after from"),
        ("page" = Option<u32>, Query, minimum = 1, description = "1-based; past the last page is a 400 (page 1 is always valid)"),
        ("per_page" = Option<u32>, Query, description = "25, 50 (default), 100, 200 or 500"),
        ("snapshot" = Option<String>, Query, description = "The snapshot of an earlier answer: the list as it was then (jobs created since are left out)")),
    responses((status = 200, description = "One page of jobs, newest first", body = JobList),
        (status = 400, description = "A bad query value, named in errors[].field", body = Problem, content_type = PROBLEM),
        (status = 403, description = "scope=org without the view_history permission", body = Problem, content_type = PROBLEM)))]
pub async fn list(
    State(state): State<Shared>,
    Actor(who): Actor,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<JobList>> {
    let query = JobListQuery::parse(raw.as_deref().unwrap_or(""))?;
    if query.scope == JobScope::Org && !who.permissions.view_history {
        return Err(ApiError::forbidden(format!(
            "{} may not read the organisation's batch history (view_history permission)",
            who.label
        )));
    }
    let poll = poll_ms(&state);
    let now = poll.now;
    let jobs = jobs_now(&state);
    let snapshot = match &query.snapshot {
        None => jobs.next,
        Some(s) => s
            .parse::<u64>()
            .ok()
            .filter(|n| *n <= jobs.next)
            .ok_or_else(|| QueryError::invalid("snapshot", s, "the snapshot of an earlier answer"))?,
    };
    let in_scope = |r: &&JobRecord| match query.scope {
        JobScope::Org => true,
        JobScope::Mine => r.owner.id == who.id && r.is_recent(now),
    };
    let mut recs: Vec<&JobRecord> =
        jobs.jobs.values().filter(in_scope).filter(|r| r.seq <= snapshot && matches(r, &query)).collect();
    recs.sort_by_key(|r| std::cmp::Reverse(r.seq));
    let total = recs.len() as u64;
    let pages = contract::people::page_count(total, query.per_page);
    if query.page > pages {
        return Err(QueryError::invalid(
            "page",
            &query.page.to_string(),
            &format!("a page from 1 to {pages} ({total} jobs match)"),
        )
        .into());
    }
    let start = (query.page as usize - 1) * query.per_page as usize;
    let items =
        recs.into_iter().skip(start).take(query.per_page as usize).map(|r| r.view(poll, who)).collect();
    Ok(Json(JobList {
        items,
        total,
        page: query.page,
        per_page: query.per_page,
        snapshot: snapshot.to_string(),
        creators: creators(jobs.jobs.values().filter(in_scope)),
    }))
}

/// Whether a job passes the list's filters.
fn matches(rec: &JobRecord, q: &JobListQuery) -> bool {
    let job = &rec.job;
    (!q.active || !job.status.is_terminal())
        && (q.created_by.is_empty() || q.created_by.contains(&job.created_by))
        && (q.action.is_empty() || q.action.contains(&job.action.kind()))
        && (q.status.is_empty() || q.status.contains(&job.status))
        && q.from_unix().is_none_or(|from| rec.created >= from)
        && q.to_unix().is_none_or(|to| rec.created < to)
}

/// Everyone who created one of these jobs, by name (as on their latest job), then id.
fn creators<'a>(recs: impl Iterator<Item = &'a JobRecord>) -> Vec<JobCreator> {
    let mut latest: std::collections::HashMap<UserId, (u64, &str)> = std::collections::HashMap::new();
    for rec in recs {
        let entry = latest.entry(rec.job.created_by).or_insert((rec.seq, &rec.job.created_by_name));
        if rec.seq > entry.0 {
            *entry = (rec.seq, &rec.job.created_by_name);
        }
    }
    let mut list: Vec<JobCreator> =
        latest.into_iter().map(|(id, (_, name))| JobCreator { id, name: name.to_owned() }).collect();
    list.sort_by_cached_key(|c| (name_sort_key(&c.name), c.id));
    list
}

#[utoipa::path(get, path = "/batch-jobs/{id}", tag = "batch jobs", params(("id" = String, Path)),
    responses((status = 200, description = "Retry-After header (seconds) while active", body = Job),
        (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Unknown or expired job, or another admin's job for an admin without view_history", body = Problem, content_type = PROBLEM)))]
pub async fn get(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let poll = poll_ms(&state);
    let jobs = jobs_now(&state);
    let rec = jobs.reach(who, &JobId(id), Access::Read)?;
    Ok(job_response(StatusCode::OK, rec.view(poll, who), false))
}
