//! The published document says exactly what the server does (issue 7, item 8). The full
//! request/response comparison is the schemathesis step of `make test`; these pin what it found.

mod common;

use axum::http::StatusCode;
use common::Api;
use serde_json::{json, Value};

const IDENTITIES: [&str; 7] =
    ["owner", "admin", "admin_delete", "hr", "curator", "curator_sharing", "custom"];

async fn doc(api: &Api) -> Value {
    api.get("/api/openapi.json").await.body
}

fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            ops.push((method.clone(), path.clone(), op.clone()));
        }
    }
    ops
}

#[tokio::test]
async fn every_operation_takes_the_demo_identity_and_documents_its_400() {
    let api = Api::new(10);
    let doc = doc(&api).await;
    let ops = operations(&doc);
    assert_eq!(ops.len(), 22);
    for (method, path, op) in ops {
        let header =
            op["parameters"].as_array().and_then(|ps| ps.iter().find(|p| p["name"] == "X-Demo-Identity"));
        let values = header.map(|h| h["schema"]["enum"].clone());
        assert_eq!(values, Some(json!(IDENTITIES)), "{method} {path}");
        assert!(op["responses"]["400"].is_object(), "{method} {path} does not list its 400");
    }
}

#[tokio::test]
async fn retry_failed_undo_resume_and_run_now_document_their_required_key_and_every_status() {
    let doc = doc(&Api::new(10)).await;
    for verb in ["retry-failed", "undo", "resume", "run-now"] {
        let op = &doc["paths"][format!("/batch-jobs/{{id}}/{verb}")]["post"];
        let key =
            op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "Idempotency-Key").unwrap();
        assert_eq!(key["required"], true, "{verb}");
        let statuses: Vec<&String> = op["responses"].as_object().unwrap().keys().collect();
        assert_eq!(statuses, ["202", "400", "403", "404", "409", "422"], "{verb}");
    }
}

#[tokio::test]
async fn filter_ids_are_the_listed_ids_and_user_ids_are_safe_integers() {
    let api = Api::new(10);
    let doc = doc(&api).await;
    let options = api.get("/api/filter-options").await.body;
    let listed = |key: &str| -> Value {
        json!(options[key].as_array().unwrap().iter().map(|o| o["id"].clone()).collect::<Vec<_>>())
    };
    let filter = &doc["components"]["schemas"]["Filter"]["properties"];
    assert_eq!(filter["team"]["items"]["enum"], listed("teams"));
    assert_eq!(filter["label"]["items"]["enum"], listed("labels"));
    assert_eq!(filter["language"]["items"]["enum"], listed("languages"));
    let id = &doc["components"]["schemas"]["UserId"];
    assert_eq!(
        (id["type"].clone(), id["maximum"].clone()),
        (json!("integer"), json!(9_007_199_254_740_991u64))
    );
}

#[tokio::test]
async fn an_integer_written_with_a_zero_fraction_is_that_integer() {
    let api = Api::new(50);
    let body = |ids: Value| json!({"filter": {}, "ids": ids});
    let plain = api.post("owner", "/api/people/matching", body(json!([12, 13]))).await;
    let floats = api.post("owner", "/api/people/matching", body(json!([12.0, 13.0]))).await;
    assert_eq!((floats.status, floats.body), (StatusCode::OK, plain.body));
    let half = api.post("owner", "/api/people/matching", body(json!([12.5]))).await;
    assert_eq!((half.status, half.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["ids[0]".to_owned()]));
    let preview = json!({"action": {"kind": "deactivate"},
        "selection": {"type": "all_matching", "filter": {"hire_date": {"last_days": 30.0}}, "expected_count": 1.0}});
    assert_eq!(api.post("owner", "/api/batch-jobs/preview", preview).await.status, StatusCode::OK);
}

#[tokio::test]
async fn ids_and_counts_above_2_pow_53_minus_1_are_refused() {
    let api = Api::new(50);
    let res = api
        .post("owner", "/api/people/matching", json!({"filter": {}, "ids": [9_007_199_254_740_992u64]}))
        .await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["ids[0]".to_owned()]));
    let max = api
        .post("owner", "/api/people/matching", json!({"filter": {}, "ids": [9_007_199_254_740_991u64]}))
        .await;
    assert_eq!(max.status, StatusCode::OK);
    let preview = json!({"action": {"kind": "delete", "confirm_count": 9_223_372_036_854_775_808u64},
        "selection": {"type": "explicit", "ids": [20]}});
    let res = api.post("owner", "/api/batch-jobs/preview", preview).await;
    assert_eq!(
        (res.status, res.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["action.confirm_count".to_owned()])
    );
}

#[tokio::test]
async fn a_list_in_place_of_an_object_is_refused() {
    let api = Api::new(50);
    let res = api.post("owner", "/api/people/matching", json!({"filter": [""], "ids": []})).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["filter".to_owned()]));
    let preview = json!({"action": {"kind": "deactivate"},
        "selection": {"type": "all_matching", "filter": {"hire_date": {"range": [null, null]}}, "expected_count": 1}});
    let res = api.post("owner", "/api/batch-jobs/preview", preview).await;
    assert_eq!(
        (res.status, res.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["selection.filter.hire_date.range".to_owned()])
    );
}

#[tokio::test]
async fn lists_are_documented_with_every_status_and_the_list_filter() {
    let doc = doc(&Api::new(10)).await;
    let statuses = |path: &str, method: &str| -> Vec<String> {
        doc["paths"][path][method]["responses"].as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(statuses("/people/lists", "post"), ["201", "400", "422"]);
    assert_eq!(statuses("/people/lists/{id}", "get"), ["200", "400", "404"]);
    let entries = &doc["components"]["schemas"]["CreateList"]["properties"]["entries"];
    assert_eq!((entries["minItems"].as_u64(), entries["maxItems"].as_u64()), (Some(1), Some(10_000)));
    assert_eq!(contract::lists::MAX_LIST_ENTRIES, 10_000);
    let name = &doc["components"]["schemas"]["CreateList"]["properties"]["name"];
    assert_eq!(name["maxLength"].as_u64(), Some(contract::lists::LIST_NAME_MAX as u64));
    let reasons = &doc["components"]["schemas"]["UnmatchedReason"]["enum"];
    assert_eq!(*reasons, json!(["not_found", "ambiguous", "invalid", "duplicate"]));
    let people = doc["paths"]["/people"]["get"]["parameters"].as_array().unwrap();
    assert!(people.iter().any(|p| p["name"] == "list" && p["in"] == "query"));
    assert!(doc["components"]["schemas"]["Filter"]["properties"]["list"].is_object());
}

#[tokio::test]
async fn the_history_list_documents_its_keys_statuses_and_page() {
    let doc = doc(&Api::new(10)).await;
    let op = &doc["paths"]["/batch-jobs"]["get"];
    let params: Vec<&str> =
        op["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    for key in
        ["scope", "active", "created_by", "action", "status", "from", "to", "page", "per_page", "snapshot"]
    {
        assert!(params.contains(&key), "{key} in {params:?}");
    }
    let param = |name: &str| op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == name).unwrap();
    assert_eq!(param("scope")["schema"]["enum"], json!(["mine", "org"]));
    // A bound is a day or an instant, not only a day.
    assert_eq!(param("from")["schema"]["anyOf"], json!([{"format": "date"}, {"format": "date-time"}]));
    let statuses: Vec<&String> = op["responses"].as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["200", "400", "403"]);
    let list = &doc["components"]["schemas"]["JobList"]["required"];
    assert_eq!(list, &json!(["items", "total", "page", "per_page", "snapshot", "creators"]));
    let job = doc["components"]["schemas"]["Job"]["required"].as_array().unwrap().clone();
    for member in ["created_by", "created_by_name", "selection", "names"] {
        assert!(job.contains(&json!(member)), "Job requires {member}");
    }
    assert_eq!(
        doc["components"]["schemas"]["Job"]["properties"]["reason"]["type"],
        json!(["string", "null"])
    );
    assert!(doc["components"]["schemas"]["Permissions"]["properties"]["view_history"].is_object());
}

#[tokio::test]
async fn reasons_are_documented_as_the_server_checks_them() {
    let doc = doc(&Api::new(10)).await;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(schemas["NewBatchJob"]["properties"]["reason"]["maxLength"], 500);
    assert_eq!(schemas["FollowUpJob"]["properties"]["reason"]["maxLength"], 500);
    for verb in ["retry-failed", "undo"] {
        let body = &doc["paths"][format!("/batch-jobs/{{id}}/{verb}")]["post"]["requestBody"];
        assert_ne!(body["required"], true, "{verb}: the body is optional");
        assert!(body.to_string().contains("#/components/schemas/FollowUpJob"), "{verb}: {body}");
    }
}

#[tokio::test]
async fn a_follow_up_body_may_be_absent_null_or_an_object_and_nothing_else() {
    let api = Api::new(50);
    let id = {
        let res = api
            .create(
                "owner",
                "k",
                json!({"kind": "add_labels", "label_ids": ["mentor"]}),
                common::explicit(&[9]),
            )
            .await;
        res.body["id"].as_str().unwrap().to_owned()
    };
    api.finish(&id);
    let uri = format!("/api/batch-jobs/{id}/undo");
    for (n, (body, status)) in [
        ("[]", StatusCode::UNPROCESSABLE_ENTITY),
        ("\"why\"", StatusCode::UNPROCESSABLE_ENTITY),
        ("{", StatusCode::BAD_REQUEST),
        ("null", StatusCode::ACCEPTED),
    ]
    .into_iter()
    .enumerate()
    {
        let key = format!("undo-{n}");
        let res = api
            .call(axum::http::Method::POST, &uri, "owner", &[("idempotency-key", &key)], Some(body.into()))
            .await;
        assert_eq!(res.status, status, "{body}: {}", res.body);
    }
}

#[tokio::test]
async fn pilot_schedule_and_capabilities_are_documented_as_the_server_checks_them() {
    let doc = doc(&Api::new(10)).await;
    let schemas = &doc["components"]["schemas"];
    let new_job = &schemas["NewBatchJob"]["properties"];
    assert_eq!((&new_job["pilot"]["minimum"], &new_job["pilot"]["maximum"]), (&json!(1), &json!(100)));
    assert_eq!(new_job["run_at"]["format"], "date-time");
    assert_eq!(schemas["NewBatchJob"]["required"], json!(["action", "selection"]));
    let statuses = schemas["JobStatus"]["enum"].as_array().unwrap();
    assert!(statuses.contains(&json!("scheduled")) && statuses.contains(&json!("paused")));
    assert!(
        schemas["Job"]["properties"]["pilot"].is_object()
            && schemas["Job"]["properties"]["run_at"].is_object()
    );
    assert_eq!(schemas["Me"]["properties"]["capabilities"]["$ref"], "#/components/schemas/Capabilities");
    assert!(schemas["Capabilities"].get("required").is_none(), "absent flags read as false");

    let reschedule = &doc["paths"]["/batch-jobs/{id}/reschedule"]["post"];
    assert_eq!(reschedule["requestBody"]["required"], true);
    assert!(reschedule["requestBody"].to_string().contains("#/components/schemas/Reschedule"));
    assert_eq!(schemas["Reschedule"]["required"], json!(["run_at"]));
    let statuses: Vec<&String> = reschedule["responses"].as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["200", "400", "403", "404", "409", "422"]);

    let cancel = &doc["paths"]["/batch-jobs/{id}/cancel"]["post"];
    let key = cancel["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "Idempotency-Key");
    assert_eq!(key.map(|k| &k["required"]), Some(&json!(false)), "optional on cancel");
}
