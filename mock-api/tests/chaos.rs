//! Chaos switches: 5xx answers and dropped connections, exempting the identity picker.

mod common;

use axum::http::StatusCode;
use common::{config, Api};

#[tokio::test]
async fn error_rate_one_fails_every_api_answer_with_a_503_problem() {
    let mut cfg = config(10);
    cfg.chaos.error_rate = 1.0;
    let api = Api::with(cfg);
    let res = api.get("/api/people").await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.is_problem());
    assert_eq!(res.headers["retry-after"], "1");
    assert_eq!(api.get("/api/identities").await.status, StatusCode::OK);
}

#[tokio::test]
async fn drop_rate_one_breaks_the_body() {
    let mut cfg = config(10);
    cfg.chaos.drop_rate = 1.0;
    cfg.chaos.latency_ms = 2;
    let api = Api::with(cfg);
    let req = axum::http::Request::get("/api/me").body(axum::body::Body::empty()).unwrap();
    let res = tower::ServiceExt::oneshot(api.app.clone(), req).await.unwrap();
    assert!(http_body_util::BodyExt::collect(res.into_body()).await.is_err());
}

#[tokio::test]
async fn slow_polls_raise_the_poll_delay() {
    let mut cfg = config(10);
    cfg.chaos.poll_ms = Some(4500);
    let api = Api::with(cfg);
    let res =
        api.create("owner", "k", serde_json::json!({"kind": "deactivate"}), common::explicit(&[9])).await;
    assert_eq!(res.body["poll_after_ms"].as_u64(), Some(4500));
    assert_eq!(res.headers["retry-after"], "5");
}
