//! The router: the API under `/api`, the built widget at `/`.

pub mod job_ops;
pub mod job_steer;
pub mod jobs;
pub mod lists;
pub mod people;
pub mod views;

use crate::{chaos, problem::ApiError, Shared};
use axum::{
    body::Bytes,
    extract::State,
    routing::{get, post},
    Json, Router,
};
use tower_http::services::{ServeDir, ServeFile};
use utoipa::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The API's routes with their OpenAPI operations, from the handlers' own `#[utoipa::path]`: one
/// list serves and documents, so the document cannot drift from what is served.
pub fn documented() -> OpenApiRouter<Shared> {
    OpenApiRouter::with_openapi(crate::openapi::ApiDoc::openapi())
        .routes(routes!(people::me))
        .routes(routes!(people::identities))
        .routes(routes!(people::list))
        .routes(routes!(people::matching))
        .routes(routes!(lists::create))
        .routes(routes!(lists::get))
        .routes(routes!(people::filter_options))
        .routes(routes!(views::list, views::create))
        .routes(routes!(views::update, views::remove))
        .routes(routes!(jobs::list, jobs::create))
        .routes(routes!(jobs::preview))
        .routes(routes!(jobs::get))
        .routes(routes!(job_ops::results))
        .routes(routes!(job_steer::cancel))
        .routes(routes!(job_ops::retry_failed))
        .routes(routes!(job_ops::undo))
        .routes(routes!(job_steer::resume))
        .routes(routes!(job_steer::run_now))
        .routes(routes!(job_steer::reschedule))
}

pub fn api(state: Shared) -> Router {
    let (mut routes, _) = documented().split_for_parts();
    // A test hook, not part of the contract: off unless asked for, and not in the document.
    if state.config.test_clock {
        routes = routes.route("/test-clock", post(test_clock));
    }
    routes
        .route("/openapi.json", get(crate::openapi::serve))
        .fallback(|| async { ApiError::not_found("This API path") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(405, "method-not-allowed", "Method not allowed")
                .detail("This path exists but does not accept this method")
        })
        .layer(axum::middleware::from_fn(crate::identity::session))
        .layer(axum::middleware::map_response(crate::problem::problem_errors))
        .layer(axum::middleware::from_fn_with_state(state.clone(), chaos::middleware))
        .with_state(state)
}

/// The whole app: `/api/...` plus the static files of `--dist` (unknown paths fall back to
/// `index.html`, so client-side routes survive a reload), all but the API under the strict CSP.
pub fn app(state: Shared) -> Router {
    let dist = state.config.dist.clone();
    let files = ServeDir::new(&dist)
        .append_index_html_on_directories(true)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(dist.join("index.html")));
    Router::new()
        .nest("/api", api(state))
        .fallback_service(files)
        .layer(axum::middleware::from_fn(crate::csp::middleware))
}

/// `POST /api/test-clock` `{"now":"2026-12-08T09:00:00Z"}` (with `--test-clock true` only): moves
/// the job engine's clock to that instant, from where it runs on; scheduled jobs that are due then
/// start. Browser tests use it with their own clock, so a job scheduled for tomorrow runs at once.
async fn test_clock(State(state): State<Shared>, body: Bytes) -> crate::problem::ApiResult<Json<TestClock>> {
    let asked: TestClock = crate::problem::parse_json(&body)?;
    let at = crate::clock::parse_instant(&asked.now).ok_or_else(|| {
        ApiError::invalid(vec![contract::FieldError {
            field: "now".into(),
            message: "Enter an RFC 3339 date-time, e.g. 2026-12-08T09:00:00Z".into(),
        }])
    })?;
    state.clock.set(at);
    drop(crate::jobs::lock_now(&state));
    Ok(Json(TestClock { now: crate::clock::format_rfc3339(state.clock.now()) }))
}

#[derive(serde::Serialize, serde::Deserialize)]
struct TestClock {
    now: String,
}
