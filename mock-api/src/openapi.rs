//! `GET /api/openapi.json`: the contract as OpenAPI 3.1, generated from the `contract` types.
//! The functions below only carry the path documentation; the handlers live in `routes/`.
#![allow(dead_code)]

use axum::Json;
use contract::*;
use utoipa::OpenApi;

const PROBLEM: &str = "application/problem+json";

#[utoipa::path(get, path = "/me", tag = "identity",
    params(("X-Demo-Identity" = Option<String>, Header, description = "Mock only: owner (default), admin, admin_delete, hr, curator, curator_sharing, custom. Or cookie plb_identity.")),
    responses((status = 200, body = Me), (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM)))]
fn me() {}

#[utoipa::path(get, path = "/identities", tag = "identity",
    responses((status = 200, description = "Mock only: the demo identities", body = DemoIdentityList)))]
fn identities() {}

#[utoipa::path(get, path = "/people", tag = "people",
    params(
        ("q" = Option<String>, Query, description = "Case-insensitive substring of name or email"),
        ("status" = Option<Vec<String>>, Query, description = "Repeatable: active, invited, inactive"),
        ("role" = Option<Vec<String>>, Query, description = "Repeatable: owner, admin, hr, curator, learner"),
        ("team" = Option<Vec<String>>, Query, description = "Repeatable team id (any of)"),
        ("label" = Option<Vec<String>>, Query, description = "Repeatable label id (any of)"),
        ("language" = Option<Vec<String>>, Query, description = "Repeatable language code (any of)"),
        ("specialism" = Option<Vec<String>>, Query, description = "Repeatable specialism id (any of)"),
        ("content" = Option<String>, Query, description = "Content id; requires progress"),
        ("progress" = Option<String>, Query, description = "completed, not_completed, not_started, in_progress, overdue; requires content"),
        ("hired_within" = Option<u32>, Query, description = "Hired within the last N days (1..=36500); not with hired_from/hired_to"),
        ("hired_from" = Option<String>, Query, description = "YYYY-MM-DD, inclusive"),
        ("hired_to" = Option<String>, Query, description = "YYYY-MM-DD, inclusive"),
        ("sort" = Option<String>, Query, description = "name (default), hire_date, last_active; leading - for descending"),
        ("page" = Option<u32>, Query, description = "1-based; past the last page is a 400"),
        ("per_page" = Option<u32>, Query, description = "25, 50 (default), 100, 200 or 500"),
    ),
    responses((status = 200, body = PeoplePage), (status = 400, description = "A bad query value, named in errors[].field", body = Problem, content_type = PROBLEM)))]
fn people() {}

#[utoipa::path(post, path = "/people/matching", tag = "people", request_body = MatchRequest,
    responses((status = 200, description = "The asked ids the filter matches, each once, in request order; unknown or deleted ids match nothing", body = MatchResponse),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 422, description = "A bad filter value (errors[].field filter.team, …) or more than 10,000 ids (ids)", body = Problem, content_type = PROBLEM)))]
fn people_matching() {}

#[utoipa::path(get, path = "/filter-options", tag = "people", responses((status = 200, body = FilterOptions)))]
fn filter_options() {}

#[utoipa::path(get, path = "/saved-views", tag = "saved views", responses((status = 200, body = SavedViewList)))]
fn list_views() {}

#[utoipa::path(post, path = "/saved-views", tag = "saved views", request_body = NewSavedView,
    responses((status = 201, body = SavedView), (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Empty, too long (>80) or duplicate name; invalid filter", body = Problem, content_type = PROBLEM)))]
fn create_view() {}

#[utoipa::path(patch, path = "/saved-views/{id}", tag = "saved views", request_body = SavedViewPatch,
    params(("id" = String, Path)),
    responses((status = 200, body = SavedView), (status = 404, body = Problem, content_type = PROBLEM),
        (status = 422, body = Problem, content_type = PROBLEM)))]
fn update_view() {}

#[utoipa::path(delete, path = "/saved-views/{id}", tag = "saved views", params(("id" = String, Path)),
    responses((status = 204, description = "Deleted"), (status = 404, body = Problem, content_type = PROBLEM)))]
fn delete_view() {}

#[utoipa::path(post, path = "/batch-jobs/preview", tag = "batch jobs", request_body = NewBatchJob,
    responses((status = 200, body = Preview), (status = 400, body = Problem, content_type = PROBLEM),
        (status = 403, description = "This admin may not run the action", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Bad parameters or selection, named in errors[].field", body = Problem, content_type = PROBLEM)))]
fn preview() {}

#[utoipa::path(post, path = "/batch-jobs", tag = "batch jobs", request_body = NewBatchJob,
    params(("Idempotency-Key" = String, Header, description = "Required. The same key and body return the same job; the same key with another body is a 422")),
    responses(
        (status = 202, description = "Created (or replayed); Location and Retry-After headers", body = Job),
        (status = 400, description = "Malformed JSON or missing Idempotency-Key", body = Problem, content_type = PROBLEM),
        (status = 403, body = Problem, content_type = PROBLEM),
        (status = 409, description = "The selection now resolves to current_count users, not expected_count", body = Problem, content_type = PROBLEM),
        (status = 422, body = Problem, content_type = PROBLEM)))]
fn create_job() {}

#[utoipa::path(get, path = "/batch-jobs", tag = "batch jobs",
    params(("mine" = Option<bool>, Query, description = "Only jobs this admin started"), ("active" = Option<bool>, Query, description = "Only queued or running jobs")),
    responses((status = 200, description = "Newest first, at most 50", body = JobList), (status = 400, body = Problem, content_type = PROBLEM)))]
fn list_jobs() {}

#[utoipa::path(get, path = "/batch-jobs/{id}", tag = "batch jobs", params(("id" = String, Path)),
    responses((status = 200, description = "Retry-After header (seconds) while active", body = Job), (status = 404, body = Problem, content_type = PROBLEM)))]
fn get_job() {}

#[utoipa::path(get, path = "/batch-jobs/{id}/results", tag = "batch jobs",
    params(("id" = String, Path), ("outcome" = Option<String>, Query, description = "succeeded, skipped or failed"),
        ("page" = Option<u32>, Query), ("per_page" = Option<u32>, Query, description = "25, 50, 100, 200, 500")),
    responses((status = 200, body = JobResultsPage), (status = 400, body = Problem, content_type = PROBLEM), (status = 404, body = Problem, content_type = PROBLEM)))]
fn job_results() {}

#[utoipa::path(post, path = "/batch-jobs/{id}/cancel", tag = "batch jobs", params(("id" = String, Path)),
    responses((status = 200, body = Job), (status = 403, body = Problem, content_type = PROBLEM), (status = 404, body = Problem, content_type = PROBLEM),
        (status = 409, description = "Already finished", body = Problem, content_type = PROBLEM)))]
fn cancel_job() {}

#[utoipa::path(post, path = "/batch-jobs/{id}/retry-failed", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 202, body = Job), (status = 403, body = Problem, content_type = PROBLEM), (status = 404, body = Problem, content_type = PROBLEM),
        (status = 409, description = "Still running, or no user failed", body = Problem, content_type = PROBLEM)))]
fn retry_failed() {}

#[utoipa::path(post, path = "/batch-jobs/{id}/undo", tag = "batch jobs",
    params(("id" = String, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 202, body = Job), (status = 403, body = Problem, content_type = PROBLEM), (status = 404, body = Problem, content_type = PROBLEM),
        (status = 409, description = "Not reversible, still running, already undone or nothing changed", body = Problem, content_type = PROBLEM)))]
fn undo_job() {}

#[derive(OpenApi)]
#[openapi(
    info(title = "People Log batch-actions API", version = "1.0.0",
        description = "The backend contract the People Log widget polls. Errors are RFC 9457 problem details. See docs/api.md."),
    servers((url = "/api")),
    paths(me, identities, people, people_matching, filter_options, list_views, create_view, update_view, delete_view, preview,
        create_job, list_jobs, get_job, job_results, cancel_job, retry_failed, undo_job),
    components(schemas(ActionKind, ActionGroup, BatchAction, Selection, Filter, HireDate, ContentFilter, Progress,
        JobStatus, Outcome, ReasonCode, ReasonCount, UserOutcome, Role, Status, Permissions, FieldError))
)]
pub struct ApiDoc;

pub async fn serve() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
