//! The HTTP client against an in-page fake backend: what it refuses to read or send (issue 7,
//! items 3 and 6).

use super::support::{fake_client, fake_matching, FakeBackend, Reply};
use contract::{Filter, ListQuery, Status, UserId};
use people_log::api::ApiError;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn active() -> Filter {
    Filter { status: vec![Status::Active], ..Filter::default() }
}

#[wasm_bindgen_test]
async fn matching_refuses_ids_that_are_not_exact_integers() {
    for ids in ["[1.5]", "[-1]", "[9007199254740992]", "[1e300]", "[\"7\"]", "[null]"] {
        let body = format!(r#"{{"ids":{ids}}}"#);
        let _fake = FakeBackend::install(move |_| Reply::ok(body.clone()));
        let answer = fake_client().matching(&active(), &[UserId(1)], None).await;
        assert!(matches!(answer, Err(ApiError::Decode(_))), "{ids}: {answer:?}");
    }
    let _fake = FakeBackend::install(|_| Reply::ok(r#"{"ids":[9007199254740991,0]}"#));
    let answer = fake_client().matching(&active(), &[UserId(0), UserId(9_007_199_254_740_991)], None).await;
    assert_eq!(answer, Ok(vec![UserId(9_007_199_254_740_991), UserId(0)]));
}

/// The `GET /people` body for one person with this raw JSON id, on this page.
fn page_body(id: &str, page: &str) -> String {
    format!(
        r#"{{"items":[{{"id":{id},"name":"Ada","email":"ada@example.com","status":"active","role":"learner",
        "teams":[],"labels":[],"language":"en","hire_date":"2024-01-01","last_active":null}}],
        "total":1,"page":{page},"per_page":50}}"#
    )
}

#[wasm_bindgen_test]
async fn a_page_with_an_inexact_id_or_another_page_number_is_refused() {
    let cases = [("1.5", "1"), ("9007199254740992", "1"), ("-1", "1"), ("7", "0"), ("7", "4294967295")];
    for (id, page) in cases {
        let body = page_body(id, page);
        let _fake = FakeBackend::install(move |_| Reply::ok(body.clone()));
        let answer = fake_client().people(&ListQuery::default(), None).await;
        assert!(matches!(answer, Err(ApiError::Decode(_))), "id {id}, page {page}: {answer:?}");
    }
    let body = page_body("9007199254740991", "1");
    let _fake = FakeBackend::install(move |_| Reply::ok(body.clone()));
    let page = fake_client().people(&ListQuery::default(), None).await.expect("a valid page");
    assert_eq!(page.items[0].id, UserId(9_007_199_254_740_991));
}

#[wasm_bindgen_test]
async fn a_body_that_cannot_be_written_is_an_error_and_nothing_is_sent() {
    let fake = FakeBackend::install(|_| Reply::ok(r#"{"ids":[]}"#));
    let answer = fake_client().matching(&active(), &[UserId(u64::MAX)], None).await;
    assert!(matches!(answer, Err(ApiError::Encode(_))), "{answer:?}");
    assert_eq!(fake.count("POST", "/people/matching"), 0, "no request, not an empty one");
}

#[wasm_bindgen_test]
async fn more_ids_than_one_request_takes_are_asked_in_chunks() {
    // Matches the even ids.
    let fake = fake_matching(|n| n % 2.0 == 0.0);
    let ids: Vec<UserId> = (1..=25_000).map(UserId).collect();
    let answer = fake_client().matching(&active(), &ids, None).await.expect("every chunk answered");
    assert_eq!(answer, (1..=12_500).map(|n| UserId(n * 2)).collect::<Vec<_>>());
    assert_eq!(fake.count("POST", "/people/matching"), 3);
}
