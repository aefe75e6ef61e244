//! The job endpoints (§6): status, lists, results, cancel, retry-failed and undo.

use super::{json, read_json, refused, ApiClient, ApiError};
use contract::{FollowUpJob, Job, JobId, JobList, JobListQuery, JobResultsPage, Outcome, Reschedule};
use gloo_net::http::Request;
use web_sys::AbortSignal;

/// An answer to a poll, with the server's `Retry-After` (milliseconds) on an error answer.
pub struct Polled {
    pub result: Result<Job, ApiError>,
    pub retry_after_ms: Option<u32>,
}

impl ApiClient {
    /// `GET /batch-jobs/{id}`.
    pub async fn job(&self, id: &JobId) -> Result<Job, ApiError> {
        self.poll_job(id).await.result
    }

    /// `GET /batch-jobs/{id}` for the poller, which also wants `Retry-After` when the server
    /// refuses (a 503 says when to come back).
    pub async fn poll_job(&self, id: &JobId) -> Polled {
        let sent = self.start(Request::get(&self.job_url(id, "")), None);
        let response = match self.reply(sent).await {
            Ok(response) => response,
            Err(e) => return Polled { result: Err(e), retry_after_ms: None },
        };
        let retry_after_ms = if response.ok() {
            None
        } else {
            let header = response.headers().get("retry-after").ok().flatten();
            header.and_then(|v| v.trim().parse::<u32>().ok()).map(|secs| secs.saturating_mul(1000))
        };
        let result = match refused(response).await {
            Ok(response) => read_json(&response).await,
            Err(e) => Err(e),
        };
        Polled { result, retry_after_ms }
    }

    /// `GET /batch-jobs?mine=true[&active=true]`: this admin's jobs, newest first.
    pub async fn jobs(&self, active_only: bool) -> Result<JobList, ApiError> {
        let path = if active_only { "/batch-jobs?mine=true&active=true" } else { "/batch-jobs?mine=true" };
        self.get_json(path, None).await
    }

    /// `GET /batch-jobs/{id}/results?outcome=…&page=…&per_page=…`.
    pub async fn job_results(
        &self,
        id: &JobId,
        outcomes: &[Outcome],
        page: u32,
        per_page: u32,
    ) -> Result<JobResultsPage, ApiError> {
        let mut query = format!("?page={page}&per_page={per_page}");
        for o in outcomes {
            query.push_str("&outcome=");
            query.push_str(o.as_str());
        }
        let response = self.send_checked(Request::get(&self.job_url(id, &format!("/results{query}"))), None);
        read_json(&response.await?).await
    }

    /// `POST /batch-jobs/{id}/cancel`: the job, now cancelled.
    pub async fn cancel_job(&self, id: &JobId) -> Result<Job, ApiError> {
        self.job_post(id, "/cancel", None).await
    }

    /// `POST /batch-jobs/{id}/retry-failed`: the new job, with its own `reason` (none: the
    /// original's). `key` is one per intent: a retried request after a lost answer sends the same
    /// key and gets the same job.
    pub async fn retry_failed(&self, id: &JobId, key: &str, reason: Option<String>) -> Result<Job, ApiError> {
        let body = json(&FollowUpJob { reason }).map_err(ApiError::Encode)?;
        self.job_post(id, "/retry-failed", Some((key, Some(body)))).await
    }

    /// `POST /batch-jobs/{id}/undo`: the undo job. `key` and `reason` as for `retry_failed`.
    pub async fn undo_job(&self, id: &JobId, key: &str, reason: Option<String>) -> Result<Job, ApiError> {
        let body = json(&FollowUpJob { reason }).map_err(ApiError::Encode)?;
        self.job_post(id, "/undo", Some((key, Some(body)))).await
    }

    /// `GET /batch-jobs?scope=org…`: one page of the organisation's history (§14).
    pub async fn history(
        &self,
        query: &JobListQuery,
        abort: Option<&AbortSignal>,
    ) -> Result<JobList, ApiError> {
        self.get_json(&format!("/batch-jobs?{}", query.to_query_string()), abort).await
    }

    /// `POST /batch-jobs/{id}/resume`: a paused pilot goes on with exactly the users it did not
    /// process (§13). `key` as for `retry_failed`.
    pub async fn resume_job(&self, id: &JobId, key: &str) -> Result<Job, ApiError> {
        self.job_post(id, "/resume", Some((key, None))).await
    }

    /// `POST /batch-jobs/{id}/run-now`: a scheduled job starts at once (§13). `key` as above.
    pub async fn run_now(&self, id: &JobId, key: &str) -> Result<Job, ApiError> {
        self.job_post(id, "/run-now", Some((key, None))).await
    }

    /// `POST /batch-jobs/{id}/reschedule`: a scheduled job's new start (§13). `key` as above.
    pub async fn reschedule(&self, id: &JobId, key: &str, run_at: String) -> Result<Job, ApiError> {
        let body = json(&Reschedule { run_at }).map_err(ApiError::Encode)?;
        self.job_post(id, "/reschedule", Some((key, Some(body)))).await
    }

    /// A POST on a job; with an intent's key, and its JSON body if it has one.
    async fn job_post(
        &self,
        id: &JobId,
        op: &str,
        intent: Option<(&str, Option<String>)>,
    ) -> Result<Job, ApiError> {
        let mut builder = Request::post(&self.job_url(id, op));
        let mut body = None;
        if let Some((key, json)) = intent {
            builder = builder.header("Idempotency-Key", key);
            body = json;
        }
        let response = self.send_checked(builder, body).await?;
        read_json(&response).await
    }

    fn job_url(&self, id: &JobId, rest: &str) -> String {
        let id = String::from(js_sys::encode_uri_component(&id.0));
        self.url(&format!("/batch-jobs/{id}{rest}"))
    }
}
