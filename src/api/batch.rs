//! Batch jobs as the Actions dialog starts them: the dry run, then the job.

use super::{json, read_json, ApiClient, ApiError};
use contract::{Job, NewBatchJob, Preview};
use gloo_net::http::Request;
use web_sys::AbortSignal;

impl ApiClient {
    /// `POST /batch-jobs/preview`: what running `job` now would do. Changes nothing.
    pub async fn preview(&self, job: &NewBatchJob, abort: Option<&AbortSignal>) -> Result<Preview, ApiError> {
        let builder = Request::post(&self.url("/batch-jobs/preview")).abort_signal(abort);
        let response = self.send_checked(builder, Some(json(job).map_err(ApiError::Encode)?)).await?;
        read_json(&response).await
    }

    /// `POST /batch-jobs` with `key` as its `Idempotency-Key`: sending the same job with the same
    /// key again returns the job the first request created.
    pub async fn create_job(&self, job: &NewBatchJob, key: &str) -> Result<Job, ApiError> {
        let builder = Request::post(&self.url("/batch-jobs")).header("Idempotency-Key", key);
        let response = self.send_checked(builder, Some(json(job).map_err(ApiError::Encode)?)).await?;
        read_json(&response).await
    }
}
