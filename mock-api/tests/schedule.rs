//! Scheduled runs (§13): a job created with `run_at` waits, with the mock's clock pinned by the
//! test, until that time; before then it can be cancelled, run now or rescheduled.

mod common;

use axum::http::{Method, StatusCode};
use common::{explicit, Api, Res, REASON};
use contract::{calendar::parse_instant, JobStatus, PeoplePage};
use serde_json::{json, Value};

/// Monday 2026-03-02 10:00 UTC, the tests' day (`common::TODAY`).
fn t0() -> i64 {
    parse_instant("2026-03-02T10:00:00Z").unwrap()
}

const TEAM: &str = "interns";

fn id_of(res: &Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no job id: {}", res.body)).to_owned()
}

/// An API whose clock stands at [`t0`].
fn api(people: usize) -> Api {
    let api = Api::new(people);
    api.state.clock.pin(t0());
    api
}

async fn in_team(api: &Api) -> u64 {
    let page: PeoplePage =
        serde_json::from_value(api.get(&format!("/api/people?team={TEAM}")).await.body).unwrap();
    page.total
}

/// The ids of the people a `/people` query finds (up to 500).
async fn ids(api: &Api, query: &str) -> Vec<u64> {
    let res = api.get(&format!("/api/people?per_page=500&{query}")).await;
    let page: PeoplePage = serde_json::from_value(res.body).unwrap();
    page.items.into_iter().map(|p| p.id.0).collect()
}

async fn schedule(api: &Api, who: &str, key: &str, selection: Value, run_at: &str) -> Res {
    let body = json!({"action": {"kind": "add_labels", "label_ids": ["mentor"]}, "selection": selection,
        "reason": REASON, "run_at": run_at});
    api.create_body(who, key, body).await
}

async fn team_members(api: &Api) -> Value {
    json!({"type": "all_matching", "filter": {"team": [TEAM]}, "expected_count": in_team(api).await})
}

async fn op(api: &Api, who: &str, id: &str, verb: &str, key: &str, body: Option<Value>) -> Res {
    let uri = format!("/api/batch-jobs/{id}/{verb}");
    api.call(Method::POST, &uri, who, &[("idempotency-key", key)], body.map(|b| b.to_string())).await
}

async fn status(api: &Api, id: &str) -> (JobStatus, u64) {
    let job = api.job(id).await;
    (job.status, job.total)
}

#[tokio::test]
async fn a_scheduled_job_waits_for_run_at_then_acts_on_whoever_matches_then() {
    let api = api(300);
    let today = in_team(&api).await;
    let created = schedule(&api, "owner", "s1", team_members(&api).await, "2026-03-02T12:00:00+01:00").await;
    assert_eq!(created.status, StatusCode::ACCEPTED, "{}", created.body);
    let id = id_of(&created);
    assert_eq!(created.body["status"], "scheduled");
    assert_eq!(created.body["run_at"], "2026-03-02T11:00:00Z");
    assert_eq!(created.body["total"], 0, "not resolved yet");
    assert_eq!(created.body["poll_after_ms"], 3_600_000, "poll again at run_at");
    assert_eq!(created.headers["retry-after"], "3600");

    // Nothing moves it before its time, not even the runner.
    assert_eq!(api.finish(&id), JobStatus::Scheduled);
    api.state.clock.pin(t0() + 3599);
    assert_eq!(status(&api, &id).await, (JobStatus::Scheduled, 0));
    let soon = api.get(&format!("/api/batch-jobs/{id}")).await;
    assert_eq!(soon.body["poll_after_ms"], 1000, "at least the usual poll delay");

    // Three more people join the team before it starts.
    let members = ids(&api, &format!("team={TEAM}")).await;
    let outsiders: Vec<u64> =
        ids(&api, "").await.into_iter().filter(|id| *id > 7 && !members.contains(id)).take(3).collect();
    let join = api
        .create("owner", "join", json!({"kind": "add_to_team", "team_id": TEAM}), explicit(&outsiders))
        .await;
    api.finish(&id_of(&join));
    assert_eq!(in_team(&api).await, today + 3);

    api.state.clock.pin(t0() + 3600);
    let started = api.job(&id).await;
    assert_eq!((started.status, started.total), (JobStatus::Queued, today + 3));
    assert_eq!(started.run_at.as_deref(), Some("2026-03-02T11:00:00Z"));
    assert!(api.finish(&id).is_terminal());
    let done = api.job(&id).await;
    assert_eq!((done.processed, done.succeeded + done.skipped + done.failed), (today + 3, today + 3));
    assert_eq!(done.started_at.as_deref(), Some("2026-03-02T11:00:00Z"));
}

#[tokio::test]
async fn an_explicit_selection_stays_those_ids() {
    let api = api(100);
    let res = schedule(&api, "owner", "e", explicit(&[20, 21, 22]), "2026-03-03T09:00:00Z").await;
    assert_eq!((res.status, res.body["total"].as_u64()), (StatusCode::ACCEPTED, Some(3)), "{}", res.body);
    api.state.clock.pin(t0() + 86_400);
    let id = id_of(&res);
    assert_eq!(status(&api, &id).await, (JobStatus::Queued, 3));
    api.finish(&id);
    let results = api.get(&format!("/api/batch-jobs/{id}/results")).await;
    let ids: Vec<u64> =
        results.body["items"].as_array().unwrap().iter().map(|o| o["user_id"].as_u64().unwrap()).collect();
    assert_eq!(ids, [20, 21, 22]);
}

#[tokio::test]
async fn run_at_is_a_time_to_come_within_90_days_and_not_with_a_pilot_or_a_delete_of_all_matching() {
    let api = api(100);
    let sel = explicit(&[20, 21]);
    for run_at in ["2026-03-02T09:58:00Z", "2026-05-31T10:00:01Z", "tomorrow", "2026-03-03T09:00:00"] {
        let res = schedule(&api, "owner", "bad", sel.clone(), run_at).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{run_at}: {}", res.body);
        assert!(res.is_problem());
        assert_eq!(res.fields(), ["run_at"], "{run_at}");
    }
    let ok = schedule(&api, "owner", "edge", sel.clone(), "2026-05-31T10:00:00Z").await;
    assert_eq!(ok.status, StatusCode::ACCEPTED, "90 days ahead exactly: {}", ok.body);

    let body = json!({"action": {"kind": "add_to_team", "team_id": TEAM}, "selection": explicit(&[20, 21, 22]),
        "pilot": 1, "run_at": "2026-03-03T09:00:00Z"});
    let res = api.create_body("owner", "pilot", body).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["run_at".to_owned()]));

    let everyone = json!({"type": "all_matching", "filter": {}, "expected_count": 100});
    let body = json!({"action": {"kind": "delete", "confirm_count": 100}, "selection": everyone,
        "reason": REASON, "run_at": "2026-03-03T09:00:00Z"});
    let res = api.create_body("admin_delete", "delete", body).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["run_at".to_owned()]));
}

#[tokio::test]
async fn a_scheduled_job_cancelled_before_its_time_never_starts() {
    let api = api(100);
    let id = id_of(&schedule(&api, "owner", "c", team_members(&api).await, "2026-03-02T11:00:00Z").await);
    let cancelled = op(&api, "owner", &id, "cancel", "cancel-1", None).await;
    assert_eq!((cancelled.status, cancelled.body["status"].as_str()), (StatusCode::OK, Some("cancelled")));
    // The same key answers the same; a cancel without one is the 409 it always was.
    let again = op(&api, "owner", &id, "cancel", "cancel-1", None).await;
    assert_eq!((again.status, again.body["status"].as_str()), (StatusCode::OK, Some("cancelled")));
    let bare = api.post("owner", &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
    assert_eq!(bare.status, StatusCode::CONFLICT);
    api.state.clock.pin(t0() + 7200);
    let job = api.job(&id).await;
    assert_eq!((job.status, job.processed, job.started_at), (JobStatus::Cancelled, 0, None));
    let late = op(&api, "owner", &id, "run-now", "late", None).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(late.body["type"], "https://people-log.dev/problems/job-not-scheduled");
}

#[tokio::test]
async fn run_now_starts_it_at_once_and_the_same_key_answers_the_same_job() {
    let api = api(100);
    let members = in_team(&api).await;
    let id = id_of(&schedule(&api, "owner", "r", team_members(&api).await, "2026-03-05T09:00:00Z").await);
    let no_key = api.post("owner", &format!("/api/batch-jobs/{id}/run-now"), Value::Null).await;
    assert_eq!(
        (no_key.status, no_key.fields()),
        (StatusCode::BAD_REQUEST, vec!["Idempotency-Key".to_owned()])
    );
    let started = op(&api, "owner", &id, "run-now", "now-1", None).await;
    assert_eq!(started.status, StatusCode::ACCEPTED, "{}", started.body);
    assert_eq!(
        (started.body["status"].as_str(), started.body["total"].as_u64()),
        (Some("queued"), Some(members))
    );
    assert!(api.finish(&id).is_terminal());
    let replay = op(&api, "owner", &id, "run-now", "now-1", None).await;
    assert_eq!((replay.status, id_of(&replay)), (StatusCode::ACCEPTED, id.clone()));
    assert_eq!(replay.body["processed"].as_u64(), Some(members));
    let fresh = op(&api, "owner", &id, "run-now", "now-2", None).await;
    assert_eq!(fresh.status, StatusCode::CONFLICT);
    let other = id_of(&schedule(&api, "owner", "r2", team_members(&api).await, "2026-03-05T09:00:00Z").await);
    let reused = op(&api, "owner", &other, "run-now", "now-1", None).await;
    assert_eq!(
        (reused.status, reused.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["Idempotency-Key".to_owned()])
    );
    assert_eq!(api.job(&other).await.status, JobStatus::Scheduled);
}

#[tokio::test]
async fn reschedule_moves_the_start_with_the_same_rules_as_creation() {
    let api = api(100);
    let id = id_of(&schedule(&api, "owner", "m", explicit(&[20, 21]), "2026-03-02T11:00:00Z").await);
    let later = json!({"run_at": "2026-03-02T13:00:00+01:00"});
    let moved = op(&api, "owner", &id, "reschedule", "move-1", Some(later)).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    assert_eq!(
        (moved.body["status"].as_str(), moved.body["run_at"].as_str()),
        (Some("scheduled"), Some("2026-03-02T12:00:00Z"))
    );
    for bad in [
        json!({"run_at": "2026-03-01T09:00:00Z"}),
        json!({"run_at": "2026-06-30T09:00:00Z"}),
        json!({"run_at": "noon"}),
    ] {
        let res = op(&api, "owner", &id, "reschedule", &format!("bad-{bad}"), Some(bad.clone())).await;
        assert_eq!(
            (res.status, res.fields()),
            (StatusCode::UNPROCESSABLE_ENTITY, vec!["run_at".to_owned()]),
            "{bad}"
        );
    }
    let missing = op(&api, "owner", &id, "reschedule", "empty", Some(json!({}))).await;
    assert_eq!(
        (missing.status, missing.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["run_at".to_owned()])
    );
    api.state.clock.pin(t0() + 3600);
    assert_eq!(status(&api, &id).await.0, JobStatus::Scheduled, "the old time has passed");
    api.state.clock.pin(t0() + 7200);
    assert_eq!(status(&api, &id).await.0, JobStatus::Queued);
    // The same request again is answered, not refused; a new one is too late.
    let same_instant = json!({"run_at": "2026-03-02T12:00:00Z"});
    let replay = op(&api, "owner", &id, "reschedule", "move-1", Some(same_instant)).await;
    assert_eq!((replay.status, id_of(&replay)), (StatusCode::OK, id.clone()));
    let too_late =
        op(&api, "owner", &id, "reschedule", "move-2", Some(json!({"run_at": "2026-03-03T09:00:00Z"}))).await;
    assert_eq!(too_late.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn another_admin_can_neither_run_reschedule_nor_cancel_a_scheduled_job() {
    let api = api(100);
    let id = id_of(&schedule(&api, "owner", "p", explicit(&[20]), "2026-03-02T11:00:00Z").await);
    let missing = op(&api, "hr", "job-999", "run-now", "x", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let body = || Some(json!({"run_at": "2026-03-02T12:00:00Z"}));
    for who in ["hr", "custom", "curator", "admin"] {
        let expected = if who == "admin" { StatusCode::FORBIDDEN } else { StatusCode::NOT_FOUND };
        for (verb, body) in [("run-now", None), ("reschedule", body()), ("cancel", None), ("resume", None)] {
            let res = op(&api, who, &id, verb, &format!("{who}-{verb}"), body).await;
            assert_eq!(res.status, expected, "{who} {verb}: {}", res.body);
            if expected == StatusCode::NOT_FOUND {
                assert_eq!(res.body["detail"], missing.body["detail"], "{who} {verb}");
            }
        }
    }
    let job = api.job(&id).await;
    assert_eq!((job.status, job.run_at.as_deref()), (JobStatus::Scheduled, Some("2026-03-02T11:00:00Z")));
}

#[tokio::test]
async fn the_preview_refuses_only_a_pilot_or_run_at_that_could_never_be_right() {
    let api = api(100);
    let preview = |extra: Value| {
        let mut body = json!({"action": {"kind": "add_labels", "label_ids": ["mentor"]}, "selection": explicit(&[20, 21])});
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        api.post("owner", "/api/batch-jobs/preview", body)
    };
    for (extra, field) in [
        (json!({"pilot": 0}), "pilot"),
        (json!({"pilot": 101}), "pilot"),
        (json!({"run_at": ""}), "run_at"),
        (json!({"run_at": "tomorrow"}), "run_at"),
    ] {
        let res = preview(extra.clone()).await;
        assert_eq!(
            (res.status, res.fields()),
            (StatusCode::UNPROCESSABLE_ENTITY, vec![field.to_owned()]),
            "{extra}"
        );
    }
    // What depends on the selection or the clock is the run's question.
    for extra in [json!({"pilot": 50}), json!({"run_at": "2020-01-01T00:00:00Z"})] {
        let res = preview(extra.clone()).await;
        assert_eq!(res.status, StatusCode::OK, "{extra}: {}", res.body);
    }
}

#[tokio::test]
async fn browser_tests_move_the_clock_through_a_hook_that_is_off_by_default() {
    let off = Api::new(50);
    let res = off.post("owner", "/api/test-clock", json!({"now": "2026-03-03T09:00:00Z"})).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let doc = off.get("/api/openapi.json").await.body;
    assert!(doc["paths"].get("/test-clock").is_none(), "not part of the contract");

    let on = Api::with(mock_api::cli::Config { test_clock: true, ..common::config(50) });
    let now = on.state.clock.now();
    let run_at = mock_api::clock::format_rfc3339(now + 86_400);
    let id = id_of(&schedule(&on, "owner", "t", explicit(&[20]), &run_at).await);
    let bad = on.post("owner", "/api/test-clock", json!({"now": "tomorrow"})).await;
    assert_eq!((bad.status, bad.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["now".to_owned()]));
    assert_eq!(status(&on, &id).await.0, JobStatus::Scheduled);
    let moved = on.post("owner", "/api/test-clock", json!({"now": run_at})).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let clock = parse_instant(moved.body["now"].as_str().unwrap()).unwrap();
    assert!((clock - (now + 86_400)).abs() <= 1, "{}", moved.body);
    assert_eq!(status(&on, &id).await.0, JobStatus::Queued);
}
