//! Job creation, status, results, cancel, retry-failed, undo, idempotency and the 409.

mod common;

use axum::http::{Method, StatusCode};
use common::{explicit, Api};
use contract::{JobStatus, PeoplePage, Preview, ReasonCode};
use serde_json::{json, Value};

fn id_of(res: &common::Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no job id: {}", res.body)).to_owned()
}

async fn people(api: &Api, query: &str) -> PeoplePage {
    serde_json::from_value(api.get(&format!("/api/people?{query}")).await.body).unwrap()
}

#[tokio::test]
async fn creation_answers_202_with_location_and_retry_after() {
    let api = Api::new(100);
    let res = api.create("owner", "k1", json!({"kind": "deactivate"}), explicit(&[20, 21])).await;
    assert_eq!(res.status, StatusCode::ACCEPTED);
    let id = id_of(&res);
    assert_eq!(res.headers["location"], format!("/api/batch-jobs/{id}").as_str());
    assert_eq!(res.headers["retry-after"], "1");
    assert_eq!((res.body["status"].as_str(), res.body["total"].as_u64()), (Some("queued"), Some(2)));
    let polled = api.get(&format!("/api/batch-jobs/{id}")).await;
    assert_eq!((polled.status, polled.body["poll_after_ms"].as_u64()), (StatusCode::OK, Some(1000)));
    api.finish(&id);
    let done = api.get(&format!("/api/batch-jobs/{id}")).await;
    assert!(done.headers.get("retry-after").is_none());
    assert!(done.body["poll_after_ms"].is_null() && done.body["finished_at"].is_string());
}

#[tokio::test]
async fn idempotency_key_is_required_and_replays_the_same_job() {
    let api = Api::new(100);
    let body = json!({"action": {"kind": "deactivate"}, "selection": explicit(&[20])}).to_string();
    let res = api.call(Method::POST, "/api/batch-jobs", "owner", &[], Some(body)).await;
    assert_eq!((res.status, res.fields()), (StatusCode::BAD_REQUEST, vec!["Idempotency-Key".to_owned()]));
    let first = api.create("owner", "same", json!({"kind": "deactivate"}), explicit(&[20])).await;
    api.finish(&id_of(&first));
    // After the job ran, the replay must still be the same job, not a 409 or a second job.
    let again = api.create("owner", "same", json!({"kind": "deactivate"}), explicit(&[20])).await;
    assert_eq!((again.status, id_of(&again)), (StatusCode::ACCEPTED, id_of(&first)));
    let other = api.create("owner", "same", json!({"kind": "reactivate"}), explicit(&[20])).await;
    assert_eq!(
        (other.status, other.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["Idempotency-Key".to_owned()])
    );
    // Keys are per identity.
    let admin = api.create("admin", "same", json!({"kind": "deactivate"}), explicit(&[21])).await;
    assert_ne!(id_of(&admin), id_of(&first));
}

#[tokio::test]
async fn a_changed_count_is_a_409_with_the_current_count() {
    let api = Api::new(300);
    let total = people(&api, "status=invited").await.total;
    let sel =
        |n: u64| json!({"type": "all_matching", "filter": {"status": ["invited"]}, "expected_count": n});
    let res = api.create("owner", "a", json!({"kind": "resend_invitations"}), sel(total + 3)).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.is_problem());
    assert_eq!(res.body["current_count"].as_u64(), Some(total));
    let excluded = json!({"type": "all_matching", "filter": {"status": ["invited"]},
        "excluded_ids": [people(&api, "status=invited").await.items[0].id], "expected_count": total - 1});
    let ok = api.create("owner", "b", json!({"kind": "resend_invitations"}), excluded).await;
    assert_eq!((ok.status, ok.body["total"].as_u64()), (StatusCode::ACCEPTED, Some(total - 1)));
}

#[tokio::test]
async fn bad_bodies_are_400_or_422_naming_the_field() {
    let api = Api::new(100);
    let post = |body: &str| {
        api.call(Method::POST, "/api/batch-jobs", "owner", &[("idempotency-key", "x")], Some(body.to_owned()))
    };
    let res = post("{not json").await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.is_problem());
    for (action, selection, field) in [
        (json!({"kind": "launch_rockets"}), explicit(&[5]), "action.kind"),
        (json!({"kind": "add_to_team"}), explicit(&[5]), "action.team_id"),
        (json!({"kind": "add_to_team", "team_id": "nope"}), explicit(&[5]), "action.team_id"),
        (json!({"kind": "add_labels", "label_ids": []}), explicit(&[5]), "action.label_ids"),
        (json!({"kind": "change_language", "language": "klingon"}), explicit(&[5]), "action.language"),
        (
            json!({"kind": "add_task", "task_id": "task-profile", "due_date": "2001-01-01"}),
            explicit(&[5]),
            "action.due_date",
        ),
        (
            json!({"kind": "send_notification", "subject": "", "message": "m"}),
            explicit(&[5]),
            "action.subject",
        ),
        (json!({"kind": "share_content", "content_ids": ["nope"]}), explicit(&[5]), "action.content_ids"),
        (
            json!({"kind": "assign_certificate", "certificate_id": "cert-first-aid", "issue_date": "2999-01-01"}),
            explicit(&[5]),
            "action.issue_date",
        ),
        (json!({"kind": "delete", "confirm_count": 3}), explicit(&[5, 6]), "action.confirm_count"),
        (json!({"kind": "deactivate"}), explicit(&[]), "selection.ids"),
        (json!({"kind": "deactivate"}), explicit(&[5, 100_000]), "selection.ids"),
        (
            json!({"kind": "deactivate"}),
            json!({"type": "all_matching", "filter": {"team": ["nope"]}, "expected_count": 1}),
            "selection.filter.team",
        ),
        (json!({"kind": "deactivate"}), json!({"type": "everyone"}), "selection.type"),
    ] {
        let res = api.create("owner", "y", action.clone(), selection).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}: {}", res.body);
        assert!(res.is_problem());
        assert_eq!(res.fields(), [field], "{action}");
    }
}

#[tokio::test]
async fn outcomes_follow_the_rules_and_mutate_people() {
    let api = Api::new(400);
    // Person 1 is the owner identity: deactivating yourself fails.
    let res = api.create("owner", "d", json!({"kind": "deactivate"}), explicit(&[1, 30])).await;
    let id = id_of(&res);
    api.finish(&id);
    let failed: Value = api.get(&format!("/api/batch-jobs/{id}/results?outcome=failed")).await.body;
    assert_eq!(failed["items"][0]["reason"], "cannot_deactivate_self");
    // Adding a label twice: the second run skips everyone.
    let label = json!({"kind": "add_labels", "label_ids": ["fire-warden"]});
    let first = id_of(&api.create("owner", "l1", label.clone(), explicit(&[40, 41, 42])).await);
    api.finish(&first);
    assert_eq!(
        people(&api, "label=fire-warden&per_page=500")
            .await
            .items
            .iter()
            .filter(|p| [40, 41, 42].contains(&p.id.0))
            .count(),
        3
    );
    let second = id_of(&api.create("owner", "l2", label, explicit(&[40, 41, 42])).await);
    api.finish(&second);
    let job = api.job(&second).await;
    assert_eq!((job.skipped, job.status), (3, JobStatus::Succeeded));
    assert_eq!(job.reasons[0].reason, ReasonCode::AlreadyHasLabel);
}

#[tokio::test]
async fn preview_changes_nothing() {
    let api = Api::new(200);
    let sel = json!({"type": "all_matching", "filter": {}, "expected_count": 200});
    let body = json!({"action": {"kind": "change_language", "language": "ja"}, "selection": sel});
    let before = people(&api, "language=ja").await.total;
    let preview: Preview =
        serde_json::from_value(api.post("owner", "/api/batch-jobs/preview", body).await.body).unwrap();
    assert_eq!(preview.total, 200);
    assert_eq!(preview.will_change + preview.will_skip + preview.will_fail, 200);
    assert_eq!(preview.will_skip, before);
    assert!(!preview.sample.is_empty() && preview.sample.len() <= 10);
    assert_eq!(people(&api, "language=ja").await.total, before);
}

#[tokio::test]
async fn cancel_stops_mid_way() {
    let api = Api::new(500);
    let sel = json!({"type": "all_matching", "filter": {}, "expected_count": 500});
    let id =
        id_of(&api.create("owner", "c", json!({"kind": "add_to_team", "team_id": "interns"}), sel).await);
    mock_api::jobs::step(&api.state, &contract::JobId(id.clone()), 40);
    assert_eq!(api.job(&id).await.status, JobStatus::Running);
    let res = api.post("owner", &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
    assert_eq!((res.status, res.body["status"].as_str()), (StatusCode::OK, Some("cancelled")));
    assert_eq!(api.finish(&id), JobStatus::Cancelled);
    assert_eq!(api.job(&id).await.processed, 40);
    let again = api.post("owner", &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // What it did before the cancel can still be undone.
    assert!(api.job(&id).await.undoable);
}

#[tokio::test]
async fn retry_failed_targets_only_the_failed_users() {
    let api = Api::new(2000);
    let sel = json!({"type": "all_matching", "filter": {"status": ["active"]}, "expected_count": people(&api, "status=active").await.total});
    let id =
        id_of(&api.create("admin", "r", json!({"kind": "change_language", "language": "fr"}), sel).await);
    api.finish(&id);
    let job = api.job(&id).await;
    assert_eq!(job.status, JobStatus::CompletedWithFailures, "about 2% are SSO-managed");
    assert!(job.reasons.iter().any(|r| r.reason == ReasonCode::ManagedBySso));
    let retry = api.derive("admin", &id, "retry-failed").await;
    assert_eq!(retry.status, StatusCode::ACCEPTED);
    let retry_id = id_of(&retry);
    assert_eq!(retry.body["total"].as_u64(), Some(job.failed));
    assert_eq!(retry.body["retry_of"].as_str(), Some(id.as_str()));
    api.finish(&retry_id);
    assert_eq!(api.job(&retry_id).await.failed, job.failed, "SSO users fail again");
    let again = api.derive("admin", &retry_id, "retry-failed").await;
    assert_eq!(again.status, StatusCode::ACCEPTED);
    assert_eq!(again.body["title"], retry.body["title"], "a retry of a retry keeps its title");
    assert!(retry.body["title"]
        .as_str()
        .is_some_and(|t| t.starts_with("Retry failed: ") && !t.contains("Retry failed: Retry")));
    let clean = id_of(
        &api.create("admin", "ok", json!({"kind": "add_to_team", "team_id": "interns"}), explicit(&[50]))
            .await,
    );
    api.finish(&clean);
    let none = api.derive("admin", &clean, "retry-failed").await;
    assert_eq!(none.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn undo_restores_previous_values_exactly() {
    let api = Api::new(1000);
    let before = people(&api, "per_page=200").await;
    let ids: Vec<u64> = before.items.iter().map(|p| p.id.0).filter(|id| *id > 7).collect();
    let id = id_of(
        &api.create("owner", "role", json!({"kind": "change_role", "role": "hr"}), explicit(&ids)).await,
    );
    api.finish(&id);
    let changed = people(&api, "per_page=200").await;
    let hr = |items: &[contract::Person]| {
        items.iter().filter(|p| p.id.0 > 7 && p.role == contract::Role::Hr).count() as u64
    };
    let succeeded = api.job(&id).await.succeeded;
    assert!(succeeded > 0);
    assert_eq!(hr(&changed.items) - hr(&before.items), succeeded, "every success made an HR");
    let undo = api.derive("owner", &id, "undo").await;
    assert_eq!(undo.status, StatusCode::ACCEPTED);
    let undo_id = id_of(&undo);
    api.finish(&undo_id);
    assert_eq!(people(&api, "per_page=200").await, before);
    let twice = api.derive("owner", &id, "undo").await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let undo_undo = api.derive("owner", &undo_id, "undo").await;
    assert_eq!(undo_undo.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn undo_is_refused_for_irreversible_and_running_jobs() {
    let api = Api::new(100);
    let note = json!({"kind": "send_notification", "subject": "s", "message": "m"});
    let id = id_of(&api.create("owner", "n", note, explicit(&[9, 10])).await);
    let running = api.derive("owner", &id, "undo").await;
    assert_eq!(running.status, StatusCode::CONFLICT);
    api.finish(&id);
    let res = api.derive("owner", &id, "undo").await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.is_problem());
    assert_eq!(api.derive("owner", "job-999", "undo").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn results_page_by_outcome() {
    let api = Api::new(600);
    let sel = json!({"type": "all_matching", "filter": {}, "expected_count": 600});
    let id = id_of(&api.create("owner", "x", json!({"kind": "resend_invitations"}), sel).await);
    api.finish(&id);
    let skipped = api.get(&format!("/api/batch-jobs/{id}/results?outcome=skipped&per_page=25&page=2")).await;
    assert_eq!(skipped.status, StatusCode::OK);
    assert_eq!(skipped.body["items"].as_array().map(Vec::len), Some(25));
    assert!(skipped.body["items"].as_array().unwrap().iter().all(|i| i["outcome"] == "skipped"));
    for (query, field) in
        [("outcome=bogus", "outcome"), ("page=0", "page"), ("page=99", "page"), ("per_page=7", "per_page")]
    {
        let res = api.get(&format!("/api/batch-jobs/{id}/results?{query}")).await;
        assert_eq!((res.status, res.fields()), (StatusCode::BAD_REQUEST, vec![field.to_owned()]), "{query}");
    }
    assert_eq!(api.get("/api/batch-jobs/nope/results").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn list_filters_mine_and_active() {
    let api = Api::new(100);
    let a = id_of(&api.create("owner", "1", json!({"kind": "deactivate"}), explicit(&[20])).await);
    let b = id_of(&api.create("admin", "2", json!({"kind": "deactivate"}), explicit(&[21])).await);
    api.finish(&a);
    let ids = |v: Value| -> Vec<String> {
        v["items"].as_array().unwrap().iter().map(|j| j["id"].as_str().unwrap().to_owned()).collect()
    };
    // Only one's own jobs, with or without `mine` (another admin's are not theirs to see).
    assert_eq!(ids(api.get("/api/batch-jobs").await.body), std::slice::from_ref(&a));
    assert_eq!(ids(api.get("/api/batch-jobs?mine=true").await.body), std::slice::from_ref(&a));
    assert_eq!(ids(api.get_as("admin", "/api/batch-jobs?mine&active").await.body), [b]);
    assert!(ids(api.get("/api/batch-jobs?mine=true&active=true").await.body).is_empty());
    assert_eq!(api.get("/api/batch-jobs?active=maybe").await.fields(), ["active"]);
}

#[tokio::test]
async fn background_runner_finishes_jobs_at_the_configured_rate() {
    let mut config = common::config(300);
    config.rate = 100_000;
    let api = Api::with(config);
    let sel = json!({"type": "all_matching", "filter": {}, "expected_count": 300});
    let id =
        id_of(&api.create("owner", "bg", json!({"kind": "add_to_team", "team_id": "interns"}), sel).await);
    // Wait for the state, never a fixed sleep: poll until terminal (bounded).
    for _ in 0..200 {
        if api.job(&id).await.status.is_terminal() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let job = api.job(&id).await;
    assert_eq!((job.status, job.processed), (JobStatus::Succeeded, 300));
}
