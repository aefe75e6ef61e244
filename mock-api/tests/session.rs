//! An expired bearer token is a 401 problem on every API path; any other token is let through.

mod common;

use axum::http::{Method, StatusCode};
use common::Api;

#[tokio::test]
async fn an_expired_bearer_is_refused_everywhere_with_a_problem() {
    let api = Api::new(20);
    for path in ["/api/me", "/api/people", "/api/saved-views", "/api/batch-jobs?mine=true"] {
        let res = api.call(Method::GET, path, "owner", &[("authorization", "Bearer expired")], None).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(res.is_problem(), "{path}: {:?}", res.body);
        let fresh = api.call(Method::GET, path, "owner", &[("authorization", "Bearer fresh")], None).await;
        assert_eq!(fresh.status, StatusCode::OK, "{path}");
    }
}
