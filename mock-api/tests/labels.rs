//! `--labels N` seeds a vocabulary of N labels, so pickers can be tested with 1,000 options.

mod common;

use axum::http::StatusCode;
use common::{explicit, Api};
use contract::FilterOptions;
use serde_json::json;

fn with_labels(labels: usize) -> Api {
    Api::with(mock_api::cli::Config { labels, ..common::config(200) })
}

#[tokio::test]
async fn a_thousand_labels_are_listed_distinct_and_filterable() {
    let api = with_labels(1000);
    let opts: FilterOptions = serde_json::from_value(api.get("/api/filter-options").await.body).unwrap();
    assert_eq!(opts.labels.len(), 1000);
    let mut ids: Vec<&str> = opts.labels.iter().map(|l| l.id.as_str()).collect();
    let mut names: Vec<&str> = opts.labels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!((ids[0], ids[15], ids[16], ids[999]), ("mentor", "rtl-label", "label-0017", "label-1000"));
    ids.sort();
    ids.dedup();
    names.sort();
    names.dedup();
    assert_eq!((ids.len(), names.len()), (1000, 1000));
    // Nobody carries the extra ones, and they combine with the others as "any of".
    let only_extra = api.get("/api/people?label=label-0500").await;
    assert_eq!((only_extra.status, only_extra.body["total"].clone()), (StatusCode::OK, json!(0)));
    let mentors = api.get("/api/people?label=mentor").await.body["total"].clone();
    assert_eq!(api.get("/api/people?label=mentor&label=label-0500").await.body["total"], mentors);
    assert_eq!(api.get("/api/people?label=label-1001").await.fields(), ["label"]);
    let doc = api.get("/api/openapi.json").await.body;
    let listed = doc["components"]["schemas"]["Filter"]["properties"]["label"]["items"]["enum"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(listed, 1000);
}

#[tokio::test]
async fn the_default_keeps_todays_sixteen_and_jobs_refuse_picker_only_labels_clearly() {
    let api = Api::new(200);
    let opts: FilterOptions = serde_json::from_value(api.get("/api/filter-options").await.body).unwrap();
    assert_eq!(opts.labels.len(), 16);
    assert_eq!(api.get("/api/people?label=label-0017").await.status, StatusCode::BAD_REQUEST);
    let api = with_labels(1000);
    let body =
        json!({"action": {"kind": "add_labels", "label_ids": ["label-0017"]}, "selection": explicit(&[20])});
    let res = api.post("owner", "/api/batch-jobs/preview", body).await;
    assert_eq!(
        (res.status, res.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["action.label_ids".to_owned()])
    );
    assert!(res.body["detail"].as_str().unwrap().contains("picker-only"), "{}", res.body);
}
