//! Saved views: CRUD per identity, name rules, filter validation.

mod common;

use axum::http::{Method, StatusCode};
use common::Api;
use serde_json::json;

#[tokio::test]
async fn create_list_rename_delete() {
    let api = Api::new(20);
    let res = api.post("hr", "/api/saved-views", json!({"name": " Not completed compliance ", "filter": {"content": {"content_id": "compliance-2026", "progress": "not_completed"}}})).await;
    assert_eq!(res.status, StatusCode::CREATED);
    assert_eq!(res.body["name"], "Not completed compliance");
    let id = res.body["id"].as_str().unwrap().to_owned();
    assert_eq!(api.get_as("hr", "/api/saved-views").await.body["items"].as_array().unwrap().len(), 1);
    assert!(
        api.get_as("admin", "/api/saved-views").await.body["items"].as_array().unwrap().is_empty(),
        "per identity"
    );
    let body = json!({"name": "Compliance laggards"}).to_string();
    let res = api.call(Method::PATCH, &format!("/api/saved-views/{id}"), "hr", &[], Some(body)).await;
    assert_eq!((res.status, res.body["name"].as_str()), (StatusCode::OK, Some("Compliance laggards")));
    assert_eq!(res.body["filter"]["content"]["content_id"], "compliance-2026");
    let del = api.call(Method::DELETE, &format!("/api/saved-views/{id}"), "hr", &[], None).await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    let again = api.call(Method::DELETE, &format!("/api/saved-views/{id}"), "hr", &[], None).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    let patch = api.call(Method::PATCH, "/api/saved-views/view-404", "hr", &[], Some("{}".into())).await;
    assert_eq!(patch.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn names_and_filters_are_validated() {
    let api = Api::new(20);
    assert_eq!(
        api.post("owner", "/api/saved-views", json!({"name": "Sales"})).await.status,
        StatusCode::CREATED
    );
    for (body, field) in [
        (json!({"name": ""}), "name"),
        (json!({"name": "   "}), "name"),
        (json!({"name": "x".repeat(81)}), "name"),
        (json!({"name": "SALES"}), "name"),
        (json!({"name": "Teams", "filter": {"team": ["no-such-team"]}}), "filter.team"),
        (json!({"name": "Days", "filter": {"hire_date": {"last_days": 0}}}), "filter.hired_within"),
        (json!({"filter": {}}), "name"),
    ] {
        let res = api.post("owner", "/api/saved-views", body.clone()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(res.is_problem());
        assert_eq!(res.fields()[0], field, "{body}");
    }
    let res = api.call(Method::POST, "/api/saved-views", "owner", &[], Some("{".into())).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
}
