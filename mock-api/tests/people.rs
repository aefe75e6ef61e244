//! `GET /me`, `/identities`, `/people`, `/filter-options`, unknown paths.

mod common;

use axum::http::StatusCode;
use common::Api;
use contract::{DemoIdentityList, FilterOptions, Me, PeoplePage, Role};

#[tokio::test]
async fn me_follows_the_identity_header_and_cookie() {
    let api = Api::new(100);
    let me: Me = serde_json::from_value(api.get("/api/me").await.body).unwrap();
    assert_eq!((me.role, me.allowed_actions.len()), (Role::Owner, 15));
    let hr: Me = serde_json::from_value(api.get_as("hr", "/api/me").await.body).unwrap();
    assert_eq!(hr.role, Role::Hr);
    let res = api.call(axum::http::Method::GET, "/api/me", "curator_sharing", &[], None).await;
    assert_eq!(res.body["allowed_actions"], serde_json::json!(["share_content"]));
}

#[tokio::test]
async fn cookie_picks_the_identity_when_there_is_no_header() {
    let api = Api::new(10);
    let req = axum::http::Request::get("/api/me")
        .header("cookie", "theme=dark; plb_identity=admin_delete")
        .body(axum::body::Body::empty())
        .unwrap();
    let res = tower::ServiceExt::oneshot(api.app.clone(), req).await.unwrap();
    let bytes = http_body_util::BodyExt::collect(res.into_body()).await.unwrap().to_bytes();
    let me: Me = serde_json::from_slice(&bytes).unwrap();
    assert!(me.permissions.delete);
}

#[tokio::test]
async fn unknown_identity_is_a_400_problem() {
    let res = Api::new(10).get_as("root", "/api/me").await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.is_problem());
    assert_eq!(res.fields(), ["X-Demo-Identity"]);
}

#[tokio::test]
async fn identities_lists_all_seven() {
    let list: DemoIdentityList =
        serde_json::from_value(Api::new(10).get_as("hr", "/api/identities").await.body).unwrap();
    assert_eq!(list.items.len(), 7);
    assert_eq!(list.current, "hr");
}

#[tokio::test]
async fn people_pages_and_totals() {
    let api = Api::new(5000);
    let page: PeoplePage =
        serde_json::from_value(api.get("/api/people?per_page=25&page=3").await.body).unwrap();
    assert_eq!((page.total, page.page, page.per_page, page.items.len()), (5000, 3, 25, 25));
    let last: PeoplePage =
        serde_json::from_value(api.get("/api/people?per_page=500&page=10").await.body).unwrap();
    assert_eq!(last.items.len(), 500);
    let res = api.get("/api/people?per_page=500&page=11").await;
    assert_eq!((res.status, res.fields()), (StatusCode::BAD_REQUEST, vec!["page".to_owned()]));
}

#[tokio::test]
async fn filters_narrow_and_sorts_order() {
    let api = Api::new(2000);
    let all: PeoplePage =
        serde_json::from_value(api.get("/api/people?status=inactive&per_page=500").await.body).unwrap();
    assert!(all.total > 0 && all.total < 2000);
    assert!(all.items.iter().all(|p| p.status == contract::Status::Inactive));
    let team: PeoplePage =
        serde_json::from_value(api.get("/api/people?team=sales-emea&per_page=500").await.body).unwrap();
    assert!(team.items.iter().all(|p| p.teams.iter().any(|t| t == "Sales EMEA")));
    let by_hire: PeoplePage =
        serde_json::from_value(api.get("/api/people?sort=-hire_date&per_page=100").await.body).unwrap();
    assert!(by_hire.items.windows(2).all(|w| w[0].hire_date >= w[1].hire_date));
    let search: PeoplePage =
        serde_json::from_value(api.get("/api/people?q=MORGAN%20AVERY").await.body).unwrap();
    assert_eq!(search.items[0].id, contract::UserId(1));
}

#[tokio::test]
async fn empty_result_is_page_one_with_zero_total() {
    let res = Api::new(50).get("/api/people?q=no-such-person-anywhere").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!((res.body["total"].as_u64(), res.body["items"].as_array().map(Vec::len)), (Some(0), Some(0)));
}

#[tokio::test]
async fn bad_queries_are_400_problems_naming_the_field() {
    let api = Api::new(50);
    for (query, field) in [
        ("page=0", "page"),
        ("page=abc", "page"),
        ("per_page=100000", "per_page"),
        ("sort=email", "sort"),
        ("status=asleep", "status"),
        ("team=no-such-team", "team"),
        ("label=nope", "label"),
        ("language=xx", "language"),
        ("specialism=zzz", "specialism"),
        ("content=nope&progress=completed", "content"),
        ("content=gdpr-basics", "progress"),
        ("hired_from=2024-02-30", "hired_from"),
        ("hired_within=-3", "hired_within"),
    ] {
        let res = api.get(&format!("/api/people?{query}")).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(res.is_problem(), "{query}");
        assert_eq!(res.fields(), [field], "{query}");
    }
}

#[tokio::test]
async fn hostile_strings_come_back_verbatim() {
    let api = Api::new(5000);
    let page: PeoplePage = serde_json::from_value(api.get("/api/people?q=%3Cimg").await.body).unwrap();
    let names: Vec<&str> = page.items.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["<img src=x onerror=alert(1)>"]);
}

#[tokio::test]
async fn filter_options_list_every_vocabulary() {
    let opts: FilterOptions =
        serde_json::from_value(Api::new(10).get("/api/filter-options").await.body).unwrap();
    assert!(opts.teams.iter().any(|t| t.id == "sales-emea"));
    assert_eq!(opts.roles.len(), 5);
    assert!(!opts.content.is_empty() && !opts.tasks.is_empty() && !opts.certificates.is_empty());
    assert!(!opts.channels.is_empty() && !opts.learnlists.is_empty());
}

#[tokio::test]
async fn unknown_api_paths_and_methods_are_problems() {
    let api = Api::new(10);
    let res = api.get("/api/nope").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.is_problem());
    let res = api.call(axum::http::Method::DELETE, "/api/people", "owner", &[], None).await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(res.is_problem());
}

#[tokio::test]
async fn openapi_lists_every_endpoint() {
    let doc = Api::new(10).get("/api/openapi.json").await.body;
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/me",
        "/people",
        "/people/matching",
        "/filter-options",
        "/saved-views",
        "/saved-views/{id}",
        "/batch-jobs",
        "/batch-jobs/preview",
        "/batch-jobs/{id}",
        "/batch-jobs/{id}/results",
        "/batch-jobs/{id}/cancel",
        "/batch-jobs/{id}/retry-failed",
        "/batch-jobs/{id}/undo",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    assert!(doc["components"]["schemas"]["BatchAction"].is_object());
    assert!(doc["components"]["schemas"]["MatchRequest"].is_object());
}

#[tokio::test]
async fn matching_answers_the_subset_the_filter_matches() {
    let api = Api::new(2000);
    let rust: PeoplePage =
        serde_json::from_value(api.get("/api/people?specialism=rust&per_page=500").await.body).unwrap();
    assert!(rust.total > 3 && rust.total <= 500, "one page holds every match");
    let (a, b) = (rust.items[0].id.0, rust.items[1].id.0);
    let other = (1..=2000u64).find(|id| rust.items.iter().all(|p| p.id.0 != *id)).unwrap();
    let ids = serde_json::json!([b, other, a, a, 999_999]);
    let body = serde_json::json!({"filter": {"specialism": ["rust"]}, "ids": ids});
    let res = api.post("hr", "/api/people/matching", body).await;
    assert_eq!(res.status, StatusCode::OK);
    // Each match once, in the order asked; unknown ids match nothing.
    assert_eq!(res.body, serde_json::json!({"ids": [b, a]}));
    // The empty filter matches every live user.
    let res =
        api.post("owner", "/api/people/matching", serde_json::json!({"filter": {}, "ids": [1, 2, 0]})).await;
    assert_eq!(res.body, serde_json::json!({"ids": [1, 2]}));
}

#[tokio::test]
async fn matching_refuses_bad_bodies_as_problems() {
    let api = Api::new(100);
    let post = |body: &str| {
        api.call(axum::http::Method::POST, "/api/people/matching", "owner", &[], Some(body.to_owned()))
    };
    let res = post("{not json").await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.is_problem());
    let res = post("").await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res = post(r#"{"filter":{}}"#).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["ids".to_owned()]));
    let res = post(r#"{"filter":{},"ids":["x"]}"#).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.is_problem());
    let res = post(r#"{"filter":{"team":["atlantis"]},"ids":[1]}"#).await;
    assert_eq!(
        (res.status, res.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["filter.team".to_owned()])
    );
    let res = post(r#"{"filter":{"content":{"content_id":"nope","progress":"completed"}},"ids":[1]}"#).await;
    assert_eq!(res.fields(), ["filter.content"]);
    let too_many: Vec<u64> = (1..=contract::people::MAX_MATCH_IDS as u64 + 1).collect();
    let res =
        api.post("owner", "/api/people/matching", serde_json::json!({"filter": {}, "ids": too_many})).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["ids".to_owned()]));
    assert!(res.is_problem());
    let res = api.get("/api/people/matching").await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
}
