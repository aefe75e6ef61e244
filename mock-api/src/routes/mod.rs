//! The router: the API under `/api`, the built widget at `/`.

mod job_ops;
mod jobs;
mod people;
mod views;

use crate::{chaos, problem::ApiError, Shared};
use axum::{
    routing::{get, patch, post},
    Router,
};
use tower_http::services::{ServeDir, ServeFile};

pub fn api(state: Shared) -> Router {
    Router::new()
        .route("/me", get(people::me))
        .route("/identities", get(people::identities))
        .route("/people", get(people::list))
        .route("/people/matching", post(people::matching))
        .route("/filter-options", get(people::filter_options))
        .route("/saved-views", get(views::list).post(views::create))
        .route("/saved-views/{id}", patch(views::update).delete(views::remove))
        .route("/batch-jobs", get(jobs::list).post(jobs::create))
        .route("/batch-jobs/preview", post(jobs::preview))
        .route("/batch-jobs/{id}", get(jobs::get))
        .route("/batch-jobs/{id}/results", get(jobs::results))
        .route("/batch-jobs/{id}/cancel", post(jobs::cancel))
        .route("/batch-jobs/{id}/retry-failed", post(jobs::retry_failed))
        .route("/batch-jobs/{id}/undo", post(jobs::undo))
        .route("/openapi.json", get(crate::openapi::serve))
        .fallback(|| async { ApiError::not_found("This API path") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(405, "method-not-allowed", "Method not allowed")
                .detail("This path exists but does not accept this method")
        })
        .layer(axum::middleware::map_response(crate::problem::problem_errors))
        .layer(axum::middleware::from_fn_with_state(state.clone(), chaos::middleware))
        .with_state(state)
}

/// The whole app: `/api/...` plus the static files of `--dist` (unknown paths fall back to
/// `index.html`, so client-side routes survive a reload).
pub fn app(state: Shared) -> Router {
    let dist = state.config.dist.clone();
    let files = ServeDir::new(&dist)
        .append_index_html_on_directories(true)
        .fallback(ServeFile::new(dist.join("index.html")));
    Router::new().nest("/api", api(state)).fallback_service(files)
}
