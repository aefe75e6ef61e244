//! Batch jobs.

use crate::problem::ApiError;

fn todo() -> ApiError {
    ApiError::new(501, "not-implemented", "Not implemented yet")
}

pub async fn list() -> ApiError {
    todo()
}
pub async fn create() -> ApiError {
    todo()
}
pub async fn preview() -> ApiError {
    todo()
}
pub async fn get() -> ApiError {
    todo()
}
pub async fn results() -> ApiError {
    todo()
}
pub async fn cancel() -> ApiError {
    todo()
}
pub async fn retry_failed() -> ApiError {
    todo()
}
pub async fn undo() -> ApiError {
    todo()
}
