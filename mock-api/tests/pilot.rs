//! Pilot runs (§13): a job tries its action on a spread sample first, pauses, and then resumes
//! with exactly the rest, or is cancelled.

mod common;

use axum::http::StatusCode;
use common::{explicit, Api, Res, REASON};
use contract::{JobResultsPage, JobStatus};
use serde_json::{json, Value};
use std::collections::HashSet;

const TEAM: &str = "sales-emea";

fn id_of(res: &Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no job id: {}", res.body)).to_owned()
}

fn everyone(n: u64) -> Value {
    json!({"type": "all_matching", "filter": {}, "expected_count": n})
}

async fn create_pilot(api: &Api, who: &str, key: &str, selection: Value, pilot: Value) -> Res {
    let body = json!({"action": {"kind": "add_to_team", "team_id": TEAM}, "selection": selection,
        "reason": REASON, "pilot": pilot});
    api.create_body(who, key, body).await
}

async fn resume(api: &Api, who: &str, id: &str, key: &str) -> Res {
    api.derive_with(who, id, "resume", key).await
}

/// Every result of the job, as its creator reads them.
async fn results(api: &Api, who: &str, id: &str) -> JobResultsPage {
    let res = api.get_as(who, &format!("/api/batch-jobs/{id}/results?per_page=500")).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    serde_json::from_value(res.body).unwrap()
}

fn ids(page: &JobResultsPage) -> Vec<u64> {
    page.items.iter().map(|o| o.user_id.0).collect()
}

#[tokio::test]
async fn a_pilot_pauses_after_its_sample_and_resume_processes_exactly_the_rest() {
    let api = Api::new(400);
    let created = create_pilot(&api, "owner", "p1", everyone(400), json!(10)).await;
    assert_eq!(created.status, StatusCode::ACCEPTED, "{}", created.body);
    assert_eq!((created.body["pilot"].as_u64(), created.body["total"].as_u64()), (Some(10), Some(400)));
    let id = id_of(&created);

    assert_eq!(api.finish(&id), JobStatus::Paused);
    let paused = api.get(&format!("/api/batch-jobs/{id}")).await;
    assert_eq!(paused.body["status"], "paused");
    assert!(paused.body["poll_after_ms"].is_null() && paused.headers.get("retry-after").is_none());
    assert!(paused.body["finished_at"].is_null());
    let job = &paused.body;
    assert_eq!(job["processed"].as_u64(), Some(10));
    let counted = ["succeeded", "skipped", "failed"].map(|k| job[k].as_u64().unwrap()).iter().sum::<u64>();
    assert_eq!(counted, 10);

    let pilot = results(&api, "owner", &id).await;
    let pilot_ids = ids(&pilot);
    assert_eq!(pilot.total, 10);
    assert_eq!(pilot_ids.iter().collect::<HashSet<_>>().len(), 10, "{pilot_ids:?}");
    // Spread over all 400, not the first ten ids: one in each fortieth.
    for (n, id) in pilot_ids.iter().enumerate() {
        let tenth = (n as u64 * 40 + 1)..=(n as u64 + 1) * 40;
        assert!(tenth.contains(id), "{id} not in {tenth:?}: {pilot_ids:?}");
    }
    // While paused, the job does not move on by itself.
    assert_eq!(api.finish(&id), JobStatus::Paused);
    assert_eq!(api.job(&id).await.processed, 10);

    let resumed = resume(&api, "owner", &id, "r1").await;
    assert_eq!((resumed.status, resumed.body["status"].as_str()), (StatusCode::ACCEPTED, Some("running")));
    assert!(resumed.body["poll_after_ms"].is_u64());
    let end = api.finish(&id);
    assert!(end.is_terminal(), "{end:?}");
    let done = api.job(&id).await;
    assert_eq!((done.processed, done.total), (400, 400));
    assert_eq!(done.succeeded + done.skipped + done.failed, 400);

    let all = results(&api, "owner", &id).await;
    let all_ids = ids(&all);
    assert_eq!(&all_ids[..10], &pilot_ids[..], "the pilot's results come first");
    let distinct: HashSet<u64> = all_ids.iter().copied().collect();
    assert_eq!(distinct.len(), 400, "no user twice");
    assert_eq!(distinct, (1..=400).collect::<HashSet<u64>>());
}

#[tokio::test]
async fn the_same_job_id_tries_the_same_users_in_another_mock() {
    let (a, b) = (Api::new(300), Api::new(300));
    let mut picked = Vec::new();
    for api in [&a, &b] {
        let id = id_of(&create_pilot(api, "owner", "p", everyone(300), json!(5)).await);
        api.finish(&id);
        picked.push(ids(&results(api, "owner", &id).await));
    }
    assert_eq!(picked[0], picked[1]);
    assert_ne!(picked[0], [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn a_pilot_is_1_to_100_and_smaller_than_the_selection() {
    let api = Api::new(200);
    for (pilot, selection) in [
        (json!(0), everyone(200)),
        (json!(101), everyone(200)),
        (json!(3), explicit(&[20, 21, 22])),
        (json!(5), explicit(&[20, 21])),
    ] {
        let res = create_pilot(&api, "owner", "bad", selection.clone(), pilot.clone()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{pilot} of {selection}: {}", res.body);
        assert!(res.is_problem());
        assert_eq!(res.fields(), ["pilot"], "{pilot}");
    }
    let res = create_pilot(&api, "owner", "neg", everyone(200), json!(-1)).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["pilot".to_owned()]));
    assert!(api.state.jobs.lock().jobs.values().all(|j| j.job.pilot.is_none()), "no pilot job was made");
    let ok = create_pilot(&api, "owner", "ok", explicit(&[20, 21, 22]), json!(2)).await;
    assert_eq!(ok.status, StatusCode::ACCEPTED, "{}", ok.body);
}

#[tokio::test]
async fn a_paused_job_can_be_cancelled_and_then_neither_resumed_nor_moved_on() {
    let api = Api::new(100);
    let id = id_of(&create_pilot(&api, "owner", "c", everyone(100), json!(10)).await);
    api.finish(&id);
    let cancelled = api.post("owner", &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
    assert_eq!((cancelled.status, cancelled.body["status"].as_str()), (StatusCode::OK, Some("cancelled")));
    assert_eq!(cancelled.body["processed"].as_u64(), Some(10));
    // Stop here keeps the pilot undoable.
    assert_eq!(cancelled.body["undoable"], true, "{}", cancelled.body);
    let res = resume(&api, "owner", &id, "after-cancel").await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.is_problem());
    assert_eq!(res.body["type"], "https://people-log.dev/problems/job-not-paused");
    assert_eq!(api.finish(&id), JobStatus::Cancelled);
    assert_eq!(api.job(&id).await.processed, 10);
}

#[tokio::test]
async fn resume_needs_a_key_and_the_same_key_answers_the_same_job() {
    let api = Api::new(100);
    let id = id_of(&create_pilot(&api, "owner", "k", everyone(100), json!(10)).await);
    let early = resume(&api, "owner", &id, "too-early").await;
    assert_eq!(early.status, StatusCode::CONFLICT, "queued, not paused: {}", early.body);
    api.finish(&id);
    let no_key = api.post("owner", &format!("/api/batch-jobs/{id}/resume"), Value::Null).await;
    assert_eq!(
        (no_key.status, no_key.fields()),
        (StatusCode::BAD_REQUEST, vec!["Idempotency-Key".to_owned()])
    );
    let first = resume(&api, "owner", &id, "once").await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    api.finish(&id);
    // A retry of the same request after the job ran is the same job, not a 409.
    let again = resume(&api, "owner", &id, "once").await;
    assert_eq!((again.status, id_of(&again)), (StatusCode::ACCEPTED, id.clone()));
    assert_eq!(again.body["processed"].as_u64(), Some(100));
    let fresh = resume(&api, "owner", &id, "twice").await;
    assert_eq!(fresh.status, StatusCode::CONFLICT);
    // The key names one request: resuming another job with it is a 422.
    let other = id_of(&create_pilot(&api, "owner", "k2", everyone(100), json!(10)).await);
    api.finish(&other);
    let reused = resume(&api, "owner", &other, "once").await;
    assert_eq!(
        (reused.status, reused.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["Idempotency-Key".to_owned()])
    );
    assert_eq!(api.job(&other).await.status, JobStatus::Paused);
}

#[tokio::test]
async fn another_admin_cannot_resume_or_cancel_a_paused_job() {
    let api = Api::new(100);
    let id = id_of(&create_pilot(&api, "owner", "mine", everyone(100), json!(10)).await);
    api.finish(&id);
    let missing = resume(&api, "hr", "job-999", "x").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    for who in ["hr", "custom", "curator"] {
        let res = resume(&api, who, &id, &format!("{who}-resume")).await;
        assert_eq!(
            (res.status, &res.body["detail"]),
            (StatusCode::NOT_FOUND, &missing.body["detail"]),
            "{who}"
        );
        let res = api.post(who, &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{who}");
    }
    // An admin who may read the history sees it, but steers only their own.
    let res = resume(&api, "admin", &id, "admin-resume").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(api.job(&id).await.status, JobStatus::Paused);
}
