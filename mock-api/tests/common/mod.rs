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
