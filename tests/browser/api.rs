//! The HTTP client against an in-page fake backend: what it refuses to read or send (issue 7,
//! items 3 and 6).

use super::support::{fake_client, fake_matching, FakeBackend, Reply};
use contract::{
    options::{ContentItem, ContentKind},
    FilterOptions, Named, PeoplePage, Problem,
};
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

/// What the contract's own serde reads from `body`: the client reads the first screen's answers
/// by hand (no serde in the first download), and must read them as the contract does.
fn contract_reads<T: serde::de::DeserializeOwned>(body: &str) -> T {
    serde_json::from_str(body).expect("the contract reads it")
}

#[wasm_bindgen_test]
async fn a_page_of_people_is_read_as_the_contract_reads_it() {
    let body = r#"{"items":[
        {"id":7,"name":"Ada","email":"ada@example.com","status":"invited","role":"hr","teams":["Sales","Ops"],
         "labels":["vip"],"language":"de","hire_date":"2024-01-01","last_active":"2026-12-01T09:00:00Z","unknown":1},
        {"id":8,"name":"Bo","email":"bo@example.com","status":"inactive","role":"owner","teams":[],"labels":[],
         "language":"en","hire_date":"2020-02-29"}],
        "total":4213,"page":1,"per_page":50,"also_unknown":true}"#;
    let _fake = FakeBackend::install(move |_| Reply::ok(body));
    let page = fake_client().people(&ListQuery::default(), None).await.expect("a valid page");
    assert_eq!(page, contract_reads::<PeoplePage>(body));
    assert_eq!(page.items[1].last_active, None);
}

#[wasm_bindgen_test]
async fn a_page_that_breaks_the_contract_is_refused_naming_the_member() {
    let person = r#""id":1,"name":"Ada","email":"a@example.com","role":"learner","teams":[],"labels":[],"language":"en","hire_date":"2024-01-01""#;
    let cases = [
        (
            format!(
                r#"{{"items":[{{{person},"status":"active"}},{{{person},"status":"away"}}],"total":2,"page":1,"per_page":50}}"#
            ),
            r#"items[1].status: expected one of active, invited, inactive, not "away""#,
        ),
        (
            format!(
                r#"{{"items":[{{{person},"status":"active","teams":["A",3]}}],"total":1,"page":1,"per_page":50}}"#
            ),
            "items[0].teams[1]: expected a string, not 3",
        ),
        (
            r#"{"items":[],"page":1,"per_page":50}"#.to_owned(),
            "total: expected a whole number from 0 to 9007199254740991, not undefined",
        ),
        (r#"[]"#.to_owned(), "the answer: expected an object, not []"),
    ];
    for (body, said) in cases {
        let _fake = FakeBackend::install(move |_| Reply::ok(body.clone()));
        let answer = fake_client().people(&ListQuery::default(), None).await;
        assert_eq!(answer, Err(ApiError::Decode(said.into())));
    }
}

#[wasm_bindgen_test]
async fn the_filter_options_are_read_as_the_contract_reads_them() {
    let named = |id: &str| Named { id: id.into(), name: format!("{id} name") };
    let item = |id: &str, kind| ContentItem { id: id.into(), name: id.to_uppercase(), kind };
    let options = FilterOptions {
        teams: vec![named("t1"), named("t2")],
        roles: vec![named("admin")],
        labels: vec![named("vip")],
        languages: vec![named("de")],
        specialisms: vec![named("s1")],
        content: vec![
            item("c1", ContentKind::Course),
            item("i1", ContentKind::Item),
            item("ch1", ContentKind::Channel),
            item("l1", ContentKind::Learnlist),
        ],
        tasks: vec![named("task")],
        certificates: vec![named("cert")],
        channels: vec![named("ch1")],
        learnlists: vec![named("l1")],
    };
    let body = serde_json::to_string(&options).unwrap();
    let _fake = FakeBackend::install(move |_| Reply::ok(body.clone()));
    assert_eq!(fake_client().filter_options().await, Ok(options));
}

#[wasm_bindgen_test]
async fn a_problem_is_read_as_the_contract_reads_it_with_its_defaults() {
    let bodies = [
        r#"{"type":"https://example.com/stale","title":"Count changed","status":409,"detail":"Now 12","instance":"/jobs",
            "errors":[{"field":"per_page","message":"too big"}],"current_count":12,"unknown":[1]}"#,
        r#"{"title":"Unavailable","status":503}"#,
        r#"{"title":"Unavailable","status":503,"detail":null,"errors":null}"#,
    ];
    for body in bodies {
        let _fake = FakeBackend::install(move |_| Reply::status(409, body));
        let answer = fake_client().filter_options().await;
        let problem = contract_reads::<Problem>(&body.replace(r#","detail":null,"errors":null"#, ""));
        assert_eq!(answer, Err(ApiError::Http { status: 409, problem: Some(problem) }), "{body}");
    }
    // Not a problem: the status alone.
    let _fake = FakeBackend::install(|_| Reply::status(502, r#"{"status":"bad"}"#));
    assert_eq!(fake_client().filter_options().await, Err(ApiError::Http { status: 502, problem: None }));
}
