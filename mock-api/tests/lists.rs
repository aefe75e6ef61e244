//! Lists of people (§12, issue 20): `POST /people/lists`, `GET /people/lists/{id}`, and `list=` as a
//! filter everywhere a filter goes.

mod common;

use axum::http::StatusCode;
use common::{Api, Res};
use contract::{PeoplePage, Person, Status};
use serde_json::{json, Value};
use std::collections::BTreeSet;

use contract::problem::LIST_UNAVAILABLE as UNAVAILABLE;

async fn people(api: &Api, who: &str, query: &str) -> PeoplePage {
    let res = api.get_as(who, &format!("/api/people?{query}")).await;
    assert_eq!(res.status, StatusCode::OK, "{query}: {}", res.body);
    serde_json::from_value(res.body).unwrap()
}

/// Every person the query matches, across its pages.
async fn everyone(api: &Api, who: &str, query: &str) -> Vec<Person> {
    let mut all = Vec::new();
    for page in 1.. {
        let got = people(api, who, &format!("{query}&per_page=500&page={page}")).await;
        let last = got.page_count() <= page;
        all.extend(got.items);
        if last {
            return all;
        }
    }
    unreachable!()
}

async fn create(api: &Api, who: &str, entries: &[String]) -> Res {
    api.post(who, "/api/people/lists", json!({ "entries": entries, "name": "HR export.csv" })).await
}

fn id_of(res: &Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no list id: {}", res.body)).to_owned()
}

fn ids(people: &[Person]) -> BTreeSet<u64> {
    people.iter().map(|p| p.id.0).collect()
}

#[tokio::test]
async fn a_list_of_815_matches_812_and_names_the_3_others_with_their_reasons() {
    let api = Api::new(5000);
    let chosen: Vec<Person> = everyone(&api, "owner", "sort=hire_date").await.into_iter().take(812).collect();
    // Mixed as HR sends them: emails, some in capitals, some user ids.
    let mut entries: Vec<String> = chosen
        .iter()
        .enumerate()
        .map(|(i, p)| match i % 10 {
            3 => p.email.to_uppercase(),
            7 => p.id.0.to_string(),
            _ => p.email.clone(),
        })
        .collect();
    entries.insert(100, "nobody@nowhere.example".into());
    entries.insert(400, format!("  {}  ", chosen[20].email.to_uppercase()));
    entries.insert(700, "ada@@acme.example".into());
    let res = create(&api, "hr", &entries).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = id_of(&res);
    assert_eq!(res.headers["location"], format!("/api/people/lists/{id}").as_str());
    assert_eq!((res.body["entries"].as_u64(), res.body["matched"].as_u64()), (Some(815), Some(812)));
    assert_eq!(
        res.body["unmatched"],
        json!([
            {"entry": "nobody@nowhere.example", "reason": "not_found"},
            {"entry": chosen[20].email.to_uppercase(), "reason": "duplicate"},
            {"entry": "ada@@acme.example", "reason": "invalid"},
        ])
    );
    assert_eq!(res.body["name"], "HR export.csv");
    let read = api.get_as("hr", &format!("/api/people/lists/{id}")).await;
    assert_eq!((read.status, &read.body), (StatusCode::OK, &res.body));
    let listed = everyone(&api, "hr", &format!("list={id}")).await;
    assert_eq!((listed.len(), ids(&listed)), (812, ids(&chosen)));
}

#[tokio::test]
async fn a_list_is_private_to_the_admin_who_made_it() {
    let api = Api::new(500);
    let res = create(&api, "hr", &["1".into(), "2".into()]).await;
    let id = id_of(&res);
    let read = api.get_as("admin", &format!("/api/people/lists/{id}")).await;
    assert_eq!((read.status, read.body["type"].as_str()), (StatusCode::NOT_FOUND, Some(UNAVAILABLE)));
    assert!(read.is_problem());
    let filtered = api.get_as("admin", &format!("/api/people?list={id}")).await;
    assert_eq!((filtered.status, filtered.fields()), (StatusCode::BAD_REQUEST, vec!["list".to_owned()]));
    assert_eq!(filtered.body["type"], UNAVAILABLE);
    let view = json!({"name": "Leavers", "filter": {"list": id}});
    let saved = api.post("admin", "/api/saved-views", view.clone()).await;
    assert_eq!(
        (saved.status, saved.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["filter.list".to_owned()])
    );
    assert_eq!(saved.body["type"], UNAVAILABLE);
    // Its owner may use it anywhere a filter goes.
    assert_eq!(api.post("hr", "/api/saved-views", view).await.status, StatusCode::CREATED);
    assert_eq!(people(&api, "hr", &format!("list={id}")).await.total, 2);
}

#[tokio::test]
async fn a_list_combines_with_status_and_the_total_counts_both() {
    let api = Api::new(2000);
    let chosen: Vec<Person> =
        everyone(&api, "owner", "sort=-last_active").await.into_iter().take(300).collect();
    let entries: Vec<String> = chosen.iter().map(|p| p.email.clone()).collect();
    let id = id_of(&create(&api, "owner", &entries).await);
    let active: BTreeSet<u64> =
        chosen.iter().filter(|p| p.status == Status::Active).map(|p| p.id.0).collect();
    assert!(!active.is_empty() && active.len() < 300, "the sample mixes statuses");
    let page = people(&api, "owner", &format!("list={id}&status=active&per_page=25")).await;
    assert_eq!(page.total, active.len() as u64);
    let all = everyone(&api, "owner", &format!("status=active&list={id}")).await;
    assert_eq!(ids(&all), active);
    let matching = api
        .post(
            "owner",
            "/api/people/matching",
            json!({"filter": {"list": id, "status": ["active"]}, "ids": [chosen[0].id, 1]}),
        )
        .await;
    let expected: Vec<u64> = [chosen[0].id.0, 1].into_iter().filter(|i| active.contains(i)).collect();
    assert_eq!(matching.body["ids"], json!(expected));
}

#[tokio::test]
async fn a_job_over_all_matching_a_list_and_a_status_resolves_to_exactly_those_users() {
    let api = Api::new(1000);
    let chosen: Vec<Person> =
        everyone(&api, "owner", "sort=name").await.into_iter().skip(200).take(120).collect();
    let entries: Vec<String> = chosen.iter().map(|p| p.id.0.to_string()).collect();
    let id = id_of(&create(&api, "owner", &entries).await);
    let invited: BTreeSet<u64> =
        chosen.iter().filter(|p| p.status == Status::Invited).map(|p| p.id.0).collect();
    assert!(!invited.is_empty());
    let selection = json!({"type": "all_matching", "filter": {"list": id, "status": ["invited"]},
        "expected_count": invited.len()});
    let res = api
        .create("owner", "list-job", json!({"kind": "add_labels", "label_ids": ["mentor"]}), selection)
        .await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.body);
    let job = res.body["id"].as_str().unwrap().to_owned();
    api.finish(&job);
    let results = api.get(&format!("/api/batch-jobs/{job}/results?per_page=500")).await;
    let covered: BTreeSet<u64> =
        results.body["items"].as_array().unwrap().iter().map(|r| r["user_id"].as_u64().unwrap()).collect();
    assert_eq!(covered, invited);
}

#[tokio::test]
async fn more_than_10000_entries_or_none_is_a_422_naming_entries() {
    let api = Api::new(50);
    let entries: Vec<String> = (0..12_430).map(|i| format!("user{i}@acme.example")).collect();
    let res = create(&api, "owner", &entries).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["entries".to_owned()]));
    assert!(res.is_problem());
    assert_eq!(res.body["errors"][0]["message"], "10,000 at most; this list has 12,430");
    let at_most = create(&api, "owner", &entries[..10_000]).await;
    assert_eq!((at_most.status, at_most.body["matched"].as_u64()), (StatusCode::CREATED, Some(0)));
    let empty = api.post("owner", "/api/people/lists", json!({"entries": [], "name": " "})).await;
    assert_eq!(
        (empty.status, empty.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["entries".to_owned(), "name".to_owned()])
    );
    let missing = api.post("owner", "/api/people/lists", json!({"name": "x"})).await;
    assert_eq!(
        (missing.status, missing.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["entries".to_owned()])
    );
}

#[tokio::test]
async fn a_list_without_a_name_is_named_after_when_it_was_made() {
    let api = Api::new(50);
    let res = api.post("owner", "/api/people/lists", json!({"entries": ["morgan.avery"]})).await;
    assert_eq!((res.status, res.body["matched"].as_u64()), (StatusCode::CREATED, Some(1)));
    let name = res.body["name"].as_str().unwrap();
    assert!(name.starts_with("Pasted list, ") && name.ends_with(" UTC"), "{name}");
}

#[tokio::test]
async fn an_expired_list_is_a_list_unavailable_problem_everywhere() {
    let api = Api::new(300);
    let res = create(&api, "owner", &["5".into(), "6".into()]).await;
    let id = id_of(&res);
    let created = |field: &str| res.body[field].as_str().unwrap().to_owned();
    let seconds = |t: &str| {
        let day = mock_api::clock::parse_date(&t[..10]).unwrap();
        let (h, m, s): (i64, i64, i64) =
            (t[11..13].parse().unwrap(), t[14..16].parse().unwrap(), t[17..19].parse().unwrap());
        day * 86_400 + h * 3600 + m * 60 + s
    };
    assert_eq!(seconds(&created("expires_at")) - seconds(&created("created_at")), 7 * 86_400);
    // Seven days on: the mock's lists run on its clock, so the test moves the list's end instead.
    let key = contract::ListId(id.clone());
    api.state.lists.lock().lists.get_mut(&key).unwrap().expires = mock_api::clock::unix_now();
    let read = api.get(&format!("/api/people/lists/{id}")).await;
    assert_eq!((read.status, read.body["type"].as_str()), (StatusCode::NOT_FOUND, Some(UNAVAILABLE)));
    let filtered = api.get(&format!("/api/people?list={id}&status=active")).await;
    assert_eq!(
        (filtered.status, filtered.body["type"].as_str()),
        (StatusCode::BAD_REQUEST, Some(UNAVAILABLE))
    );
    let selection = json!({"type": "all_matching", "filter": {"list": id}, "expected_count": 2});
    let body = json!({"action": {"kind": "deactivate"}, "selection": selection});
    let preview = api.post("owner", "/api/batch-jobs/preview", body).await;
    assert_eq!(
        (preview.status, preview.fields(), preview.body["type"].clone()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec!["selection.filter.list".to_owned()],
            Value::from(UNAVAILABLE)
        )
    );
}

#[tokio::test]
async fn a_bad_list_value_in_the_query_is_a_plain_invalid_query() {
    let api = Api::new(50);
    for query in ["list=", "list=a&list=b"] {
        let res = api.get(&format!("/api/people?{query}")).await;
        assert_eq!((res.status, res.fields()), (StatusCode::BAD_REQUEST, vec!["list".to_owned()]), "{query}");
        assert_eq!(res.body["type"], "https://people-log.dev/problems/invalid-query");
    }
}
