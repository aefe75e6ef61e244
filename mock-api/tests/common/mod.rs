//! Test helpers: the router driven with `oneshot`, no socket.
#![allow(dead_code)]

use axum::{
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use mock_api::{cli::Config, AppState, Shared};
use serde_json::Value;
use tower::ServiceExt;

/// A fixed calendar so dates in assertions never depend on the day the tests run.
pub const TODAY: &str = "2026-03-02";

pub fn config(people: usize) -> Config {
    Config {
        people,
        rate: 0,
        today: mock_api::clock::parse_date(TODAY),
        dist: "/nonexistent".into(),
        ..Config::default()
    }
}

pub struct Api {
    pub state: Shared,
    pub app: Router,
}

pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Res {
    /// The field names of a problem's `errors`.
    pub fn fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|a| a.iter().filter_map(|e| e["field"].as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    }

    pub fn is_problem(&self) -> bool {
        self.headers.get("content-type").and_then(|v| v.to_str().ok()) == Some("application/problem+json")
            && self.body["status"] == self.status.as_u16()
    }
}

impl Api {
    pub fn new(people: usize) -> Api {
        Api::with(config(people))
    }

    pub fn with(config: Config) -> Api {
        let state = AppState::new(config);
        Api { app: mock_api::app(state.clone()), state }
    }

    pub async fn call(
        &self,
        method: Method,
        uri: &str,
        who: &str,
        headers: &[(&str, &str)],
        body: Option<String>,
    ) -> Res {
        let mut req = Request::builder().method(method).uri(uri).header("x-demo-identity", who);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = match body {
            Some(b) => req.header("content-type", "application/json").body(Body::from(b)),
            None => req.body(Body::empty()),
        }
        .expect("request");
        let res = self.app.clone().oneshot(req).await.expect("infallible");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        Res { status, headers, body }
    }

    pub async fn get(&self, uri: &str) -> Res {
        self.get_as("owner", uri).await
    }

    pub async fn get_as(&self, who: &str, uri: &str) -> Res {
        self.call(Method::GET, uri, who, &[], None).await
    }

    pub async fn post(&self, who: &str, uri: &str, body: Value) -> Res {
        self.call(Method::POST, uri, who, &[], Some(body.to_string())).await
    }
}

/// A valid action of each kind, for matrix tests.
pub fn sample_action(kind: contract::ActionKind) -> Value {
    use contract::ActionKind as K;
    use serde_json::json;
    match kind {
        K::ResendInvitations => json!({"kind": "resend_invitations"}),
        K::SendPasswordReset => json!({"kind": "send_password_reset"}),
        K::Deactivate => json!({"kind": "deactivate"}),
        K::Reactivate => json!({"kind": "reactivate"}),
        K::Delete => json!({"kind": "delete", "confirm_count": 1}),
        K::AddToTeam => json!({"kind": "add_to_team", "team_id": "sales-emea"}),
        K::AddSpecialisms => json!({"kind": "add_specialisms", "specialism_ids": ["rust"]}),
        K::ChangeRole => json!({"kind": "change_role", "role": "curator"}),
        K::ChangeLanguage => json!({"kind": "change_language", "language": "de"}),
        K::AddLabels => json!({"kind": "add_labels", "label_ids": ["mentor"]}),
        K::RemoveLabels => json!({"kind": "remove_labels", "label_ids": ["mentor"]}),
        K::AddTask => json!({"kind": "add_task", "task_id": "task-profile", "due_date": "2099-01-01"}),
        K::ShareContent => json!({"kind": "share_content", "content_ids": ["gdpr-basics", "channel-news"]}),
        K::SendNotification => json!({"kind": "send_notification", "subject": "Hi", "message": "Hello"}),
        K::AssignCertificate => {
            json!({"kind": "assign_certificate", "certificate_id": "cert-first-aid", "issue_date": "2026-01-01"})
        }
    }
}

/// The reason [`Api::create`] gives.
pub const REASON: &str = "Tidying up after the spring re-org";

pub fn explicit(ids: &[u64]) -> Value {
    serde_json::json!({"type": "explicit", "ids": ids})
}

impl Api {
    /// `POST /batch-jobs` with an Idempotency-Key and a reason (§14 requires one for some jobs;
    /// tests of that rule send their own body with [`Api::create_body`]).
    pub async fn create(&self, who: &str, key: &str, action: Value, selection: Value) -> Res {
        let body = serde_json::json!({"action": action, "selection": selection, "reason": REASON});
        self.create_body(who, key, body).await
    }

    /// `POST /batch-jobs` with an Idempotency-Key and this body.
    pub async fn create_body(&self, who: &str, key: &str, body: Value) -> Res {
        let body = Some(body.to_string());
        self.call(Method::POST, "/api/batch-jobs", who, &[("idempotency-key", key)], body).await
    }

    /// `POST /batch-jobs/{id}/{verb}` (`retry-failed`, `undo`) with a fresh Idempotency-Key.
    pub async fn derive(&self, who: &str, id: &str, verb: &str) -> Res {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let key = format!("key-{}", NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        self.derive_with(who, id, verb, &key).await
    }

    pub async fn derive_with(&self, who: &str, id: &str, verb: &str, key: &str) -> Res {
        let uri = format!("/api/batch-jobs/{id}/{verb}");
        self.call(Method::POST, &uri, who, &[("idempotency-key", key)], None).await
    }

    /// Drives a job to its end (tests run with `--rate 0`, so nothing else advances it).
    pub fn finish(&self, id: &str) -> contract::JobStatus {
        mock_api::jobs::step(&self.state, &contract::JobId(id.to_owned()), usize::MAX).expect("job exists")
    }

    /// The job, read as its creator (only the creator may read it).
    pub async fn job(&self, id: &str) -> contract::Job {
        let owner = self.state.jobs.lock().jobs.get(&contract::JobId(id.to_owned())).map(|r| r.owner.id);
        let res = self.get_as(owner.expect("job exists"), &format!("/api/batch-jobs/{id}")).await;
        serde_json::from_value(res.body).expect("job")
    }
}
