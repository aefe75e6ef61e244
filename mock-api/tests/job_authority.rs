//! Jobs belong to their creator (issue 7, item 2; issue 22): an admin without `view_history` gets
//! the same 404 for another admin's job as for a job that does not exist; one with it reads any
//! job but steers only their own (an Owner may also undo anyone's). Lists without `scope=org` show
//! only one's own jobs, retry-failed and undo need an Idempotency-Key, and an undo re-checks
//! today's rules for the admin undoing.

mod common;

use axum::http::{Method, StatusCode};
use common::{explicit, Api, Res};
use contract::{JobStatus, Role, Status};
use mock_api::{data::Mutable, identity::Identity, jobs::rules::evaluate_undo};
use serde_json::{json, Value};

const IDENTITIES: [&str; 7] =
    ["owner", "admin", "admin_delete", "hr", "curator", "curator_sharing", "custom"];
/// The demo identities with `view_history` (Owner and the two Admins).
const VIEWERS: [&str; 3] = ["owner", "admin", "admin_delete"];

/// An action each identity may run (the Curator may run none, so has no job).
fn action_of(who: &str) -> Option<Value> {
    match who {
        "owner" | "admin" | "admin_delete" => Some(json!({"kind": "add_to_team", "team_id": "interns"})),
        "hr" | "custom" => Some(json!({"kind": "add_labels", "label_ids": ["mentor"]})),
        "curator_sharing" => Some(json!({"kind": "share_content", "content_ids": ["gdpr-basics"]})),
        _ => None,
    }
}

fn id_of(res: &Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no job id: {}", res.body)).to_owned()
}

fn list_ids(res: &Res) -> Vec<String> {
    res.body["items"].as_array().unwrap().iter().map(|j| j["id"].as_str().unwrap().to_owned()).collect()
}

/// One job per identity that may run something; tests run at `--rate 0`, so each stays queued.
async fn one_job_each(api: &Api) -> Vec<(&'static str, String)> {
    let mut jobs = Vec::new();
    for (n, who) in IDENTITIES.into_iter().enumerate() {
        if let Some(action) = action_of(who) {
            let res = api.create(who, &format!("create-{who}"), action, explicit(&[20 + n as u64])).await;
            assert_eq!(res.status, StatusCode::ACCEPTED, "{who}: {}", res.body);
            jobs.push((who, id_of(&res)));
        }
    }
    jobs
}

/// What a client may learn from a 404: type, title, detail. The same for a missing job.
fn shape(res: &Res) -> (StatusCode, Value, Value, Value) {
    (res.status, res.body["type"].clone(), res.body["title"].clone(), res.body["detail"].clone())
}

#[tokio::test]
async fn without_view_history_another_identitys_job_is_a_404_on_every_operation() {
    let api = Api::new(100);
    let jobs = one_job_each(&api).await;
    let missing = shape(&api.get("/api/batch-jobs/job-999").await);
    assert_eq!(missing.0, StatusCode::NOT_FOUND);
    let outsiders = || IDENTITIES.into_iter().filter(|w| !VIEWERS.contains(w));
    for (creator, id) in &jobs {
        for who in outsiders().filter(|w| w != creator) {
            let ctx = format!("{who} on {creator}'s {id}");
            let read = api.get_as(who, &format!("/api/batch-jobs/{id}")).await;
            let results = api.get_as(who, &format!("/api/batch-jobs/{id}/results")).await;
            let cancel = api.post(who, &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
            for res in [&read, &results, &cancel] {
                assert_eq!(shape(res), missing, "{ctx}: {}", res.body);
            }
        }
        // Nobody else's cancel touched it.
        let own = api.get_as(creator, &format!("/api/batch-jobs/{id}")).await;
        assert_eq!((own.status, own.body["status"].as_str()), (StatusCode::OK, Some("queued")), "{creator}");
        api.finish(id);
    }
    for (creator, id) in &jobs {
        for who in outsiders().filter(|w| w != creator) {
            for verb in ["retry-failed", "undo"] {
                let res = api.derive(who, id, verb).await;
                assert_eq!(shape(&res), missing, "{who} {verb} on {creator}'s {id}: {}", res.body);
            }
        }
        let own = api.get_as(creator, &format!("/api/batch-jobs/{id}")).await;
        assert!(own.body["undone_by"].is_null(), "{creator}'s job was undone by someone else");
    }
}

#[tokio::test]
async fn with_view_history_another_identitys_job_reads_but_only_its_creator_steers_it() {
    let api = Api::new(100);
    let jobs = one_job_each(&api).await;
    for (creator, id) in &jobs {
        for who in VIEWERS.into_iter().filter(|w| w != creator) {
            let ctx = format!("{who} on {creator}'s {id}");
            let read = api.get_as(who, &format!("/api/batch-jobs/{id}")).await;
            assert_eq!((read.status, read.body["id"].as_str()), (StatusCode::OK, Some(id.as_str())), "{ctx}");
            let results = api.get_as(who, &format!("/api/batch-jobs/{id}/results")).await;
            assert_eq!(results.status, StatusCode::OK, "{ctx}");
            let cancel = api.post(who, &format!("/api/batch-jobs/{id}/cancel"), Value::Null).await;
            assert_eq!(cancel.status, StatusCode::FORBIDDEN, "{ctx}: {}", cancel.body);
            assert!(cancel.is_problem());
        }
        let own = api.get_as(creator, &format!("/api/batch-jobs/{id}")).await;
        assert_eq!(own.body["status"].as_str(), Some("queued"), "{creator}'s job was cancelled by another");
        api.finish(id);
        for who in VIEWERS.into_iter().filter(|w| w != creator) {
            let retry = api.derive(who, id, "retry-failed").await;
            assert_eq!(retry.status, StatusCode::FORBIDDEN, "{who} retries {creator}'s {id}: {}", retry.body);
        }
    }
}

#[tokio::test]
async fn lists_show_only_ones_own_jobs_with_or_without_mine() {
    let api = Api::new(100);
    let jobs = one_job_each(&api).await;
    for who in IDENTITIES {
        let own: Vec<String> = jobs.iter().filter(|(c, _)| *c == who).map(|(_, id)| id.clone()).collect();
        for query in ["", "?mine=true", "?mine=false", "?active=true", "?mine=0&active=1"] {
            let res = api.get_as(who, &format!("/api/batch-jobs{query}")).await;
            assert_eq!((res.status, list_ids(&res)), (StatusCode::OK, own.clone()), "{who} {query}");
        }
    }
}

#[tokio::test]
async fn retry_failed_and_undo_require_an_idempotency_key() {
    let api = Api::new(100);
    let id =
        id_of(&api.create("owner", "c", json!({"kind": "deactivate"}), explicit(&[1, 20, 21, 22, 23])).await);
    api.finish(&id); // user 1 is the Owner herself: failed, so there is something to retry
    for verb in ["retry-failed", "undo"] {
        let uri = format!("/api/batch-jobs/{id}/{verb}");
        let none = api.call(Method::POST, &uri, "owner", &[], None).await;
        assert_eq!(
            (none.status, none.fields()),
            (StatusCode::BAD_REQUEST, vec!["Idempotency-Key".to_owned()])
        );
        assert!(none.is_problem());
        for bad in ["a b", "a\tb", "", &"k".repeat(256)] {
            let res = api.call(Method::POST, &uri, "owner", &[("idempotency-key", bad)], None).await;
            assert_eq!(res.status, StatusCode::BAD_REQUEST, "{verb} key {bad:?}");
            assert_eq!(res.fields(), ["Idempotency-Key"], "{verb} key {bad:?}");
        }
    }
    // The same key replays the job it created; on another request it is a 422.
    let first = api.derive_with("owner", &id, "undo", "undo-1").await;
    assert_eq!(first.status, StatusCode::ACCEPTED, "{}", first.body);
    let again = api.derive_with("owner", &id, "undo", "undo-1").await;
    assert_eq!((again.status, id_of(&again)), (StatusCode::ACCEPTED, id_of(&first)));
    let other = api.derive_with("owner", &id, "retry-failed", "undo-1").await;
    assert_eq!(
        (other.status, other.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["Idempotency-Key".to_owned()])
    );
    let retry = api.derive_with("owner", &id, "retry-failed", "retry-1").await;
    assert_eq!(retry.status, StatusCode::ACCEPTED, "{}", retry.body);
}

#[tokio::test]
async fn creation_refuses_a_key_with_inner_whitespace() {
    let api = Api::new(100);
    for bad in ["two words", "tab\there"] {
        let res = api.create("owner", bad, json!({"kind": "deactivate"}), explicit(&[20])).await;
        assert_eq!((res.status, res.fields()), (StatusCode::BAD_REQUEST, vec!["Idempotency-Key".to_owned()]));
    }
    // Whitespace around the value is not part of it.
    let padded = api.create("owner", " padded ", json!({"kind": "deactivate"}), explicit(&[20])).await;
    let plain = api.create("owner", "padded", json!({"kind": "deactivate"}), explicit(&[20])).await;
    assert_eq!((padded.status, id_of(&padded)), (StatusCode::ACCEPTED, id_of(&plain)));
}

/// The user's role and status now, read from the server's own state.
fn role_status(api: &Api, id: u64) -> (Role, Status) {
    let people = api.state.people.read();
    let m = people.recs[id as usize - 1].m;
    (m.role, m.status)
}

#[tokio::test]
async fn an_admins_undo_never_reactivates_an_owner() {
    let api = Api::new(300);
    // Active learners the Admin may deactivate: the ones that succeed (not SSO-managed).
    let page = api.get("/api/people?status=active&role=learner&per_page=25").await;
    let ids: Vec<u64> =
        page.body["items"].as_array().unwrap().iter().map(|p| p["id"].as_u64().unwrap()).collect();
    let off = id_of(&api.create("admin", "off", json!({"kind": "deactivate"}), explicit(&ids)).await);
    api.finish(&off);
    let done = api.get_as("admin", &format!("/api/batch-jobs/{off}/results?outcome=succeeded")).await;
    let x = done.body["items"][0]["user_id"].as_u64().expect("a deactivated user");
    assert_eq!(role_status(&api, x), (Role::Learner, Status::Inactive));
    // Meanwhile the Owner makes that user an Owner.
    let promote =
        api.create("owner", "up", json!({"kind": "change_role", "role": "owner"}), explicit(&[x])).await;
    assert_eq!(api.finish(&id_of(&promote)), JobStatus::Succeeded);
    assert_eq!(role_status(&api, x), (Role::Owner, Status::Inactive));
    // The Admin's undo must leave the Owner inactive, and say why.
    let undo = api.derive("admin", &off, "undo").await;
    assert_eq!(undo.status, StatusCode::ACCEPTED, "{}", undo.body);
    let undo = id_of(&undo);
    api.finish(&undo);
    assert_eq!(role_status(&api, x), (Role::Owner, Status::Inactive));
    let results = api.get_as("admin", &format!("/api/batch-jobs/{undo}/results?outcome=skipped")).await;
    let row = results.body["items"].as_array().unwrap().iter().find(|r| r["user_id"] == x).cloned();
    assert_eq!(row.map(|r| r["reason"].clone()), Some(json!("owner_protected")));
}

#[tokio::test]
async fn an_undo_by_a_non_owner_never_makes_anyone_owner() {
    let api = Api::new(50);
    let people = api.state.people.read();
    let idx = 30;
    let now = people.recs[idx as usize].m;
    // A change that took the user from Owner to Learner; undoing it would make them Owner again.
    let before = Mutable { role: Role::Owner, ..now };
    let after = Mutable { role: Role::Learner, ..now };
    drop(people);
    api.state.people.write().recs[idx as usize].m = after;
    let people = api.state.people.read();
    let admin = Identity::by_id("admin").unwrap();
    let owner = Identity::by_id("owner").unwrap();
    let by_admin = evaluate_undo(admin, &people, idx, before, after);
    assert_eq!(
        (by_admin.outcome, by_admin.reason, by_admin.after),
        (contract::Outcome::Skipped, Some(contract::ReasonCode::OwnerProtected), None)
    );
    let by_owner = evaluate_undo(owner, &people, idx, before, after);
    assert_eq!(by_owner.outcome, contract::Outcome::Succeeded);
    assert_eq!(by_owner.after.map(|m| m.role), Some(Role::Owner));
}

#[tokio::test]
async fn an_owners_change_role_cannot_be_undone_by_an_admin() {
    let api = Api::new(100);
    let job =
        api.create("owner", "k", json!({"kind": "change_role", "role": "curator"}), explicit(&[20])).await;
    let id = id_of(&job);
    api.finish(&id);
    let before = role_status(&api, 20);
    // The Admin may read the Owner's job (view_history) but not undo it.
    let refused = api.derive("admin", &id, "undo").await;
    assert_eq!((refused.status, refused.is_problem()), (StatusCode::FORBIDDEN, true), "{}", refused.body);
    assert_eq!(role_status(&api, 20), before);
    assert_eq!(api.derive("owner", &id, "undo").await.status, StatusCode::ACCEPTED);
}
