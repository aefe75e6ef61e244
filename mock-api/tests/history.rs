//! The organisation's batch history (issue 22, §14): who may read it, its filters and stable
//! paging, reasons, who may undo another admin's job, and the past the mock starts with.

mod common;

use axum::http::{Method, StatusCode};
use common::{explicit, Api, Res, REASON};
use mock_api::clock::{format_rfc3339, unix_now};
use serde_json::{json, Value};

const IDENTITIES: [&str; 7] =
    ["owner", "admin", "admin_delete", "hr", "curator", "curator_sharing", "custom"];

fn id_of(res: &Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no job id: {}", res.body)).to_owned()
}

fn ids(res: &Res) -> Vec<String> {
    let items = res.body["items"].as_array().unwrap_or_else(|| panic!("no items: {}", res.body));
    items.iter().map(|j| j["id"].as_str().unwrap().to_owned()).collect()
}

/// `GET /batch-jobs?{query}` as `who`.
async fn list(api: &Api, who: &str, query: &str) -> Res {
    api.get_as(who, &format!("/api/batch-jobs?{query}")).await
}

/// A job of `who`'s on these users; `key` also names it in failure messages.
async fn job(api: &Api, who: &str, key: &str, action: Value, users: &[u64]) -> String {
    let res = api.create(who, key, action, explicit(users)).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{key}: {}", res.body);
    id_of(&res)
}

fn team(id: &str) -> Value {
    json!({"kind": "add_to_team", "team_id": id})
}

/// `since` as a query value: the second the test started, so only its own jobs are at or after it.
fn since() -> String {
    let t = format_rfc3339(unix_now());
    t.replace('+', "%2B")
}

#[tokio::test]
async fn only_admins_with_view_history_may_read_the_organisations_jobs() {
    let api = Api::new(300);
    // §14 and the demo identities' table: Owner and Admins have view_history, nobody else.
    let viewers = ["owner", "admin", "admin_delete"];
    for who in IDENTITIES {
        let me = api.get_as(who, "/api/me").await;
        let may = viewers.contains(&who);
        assert_eq!(me.body["permissions"]["view_history"], json!(may), "{who}");
        let res = list(&api, who, "scope=org").await;
        if may {
            assert_eq!(res.status, StatusCode::OK, "{who}: {}", res.body);
            assert!(!ids(&res).is_empty(), "{who} sees the seeded past");
        } else {
            assert_eq!((res.status, res.is_problem()), (StatusCode::FORBIDDEN, true), "{who}: {}", res.body);
            // Filters and paging do not get around it.
            let filtered = list(&api, who, &format!("scope=org&created_by={}", 4)).await;
            assert_eq!(filtered.status, StatusCode::FORBIDDEN, "{who}");
        }
        // Without scope=org, everyone may list their own.
        assert_eq!(list(&api, who, "").await.status, StatusCode::OK, "{who}");
        assert_eq!(list(&api, who, "scope=mine").await.status, StatusCode::OK, "{who}");
    }
}

#[tokio::test]
async fn filters_combine() {
    let api = Api::new(300);
    let t0 = since();
    let owners_team = job(&api, "owner", "o1", team("interns"), &[20]).await;
    let admins_team = job(&api, "admin", "a1", team("interns"), &[21]).await;
    let admins_labels =
        job(&api, "admin", "a2", json!({"kind": "add_labels", "label_ids": ["mentor"]}), &[22]).await;
    let deletes_off = job(&api, "admin_delete", "d1", json!({"kind": "deactivate"}), &[23]).await;
    let admins_stopped = job(&api, "admin", "a3", team("legal"), &[24]).await;
    for id in [&owners_team, &admins_team, &deletes_off] {
        api.finish(id);
    }
    let stop = api.post("admin", &format!("/api/batch-jobs/{admins_stopped}/cancel"), Value::Null).await;
    assert_eq!(stop.status, StatusCode::OK, "{}", stop.body);
    // `admins_labels` stays queued (the tests' rate is 0).
    let org = |q: &str| format!("scope=org&from={t0}&{q}");
    let cases: [(&str, Vec<&String>); 8] = [
        ("", vec![&admins_stopped, &deletes_off, &admins_labels, &admins_team, &owners_team]),
        ("created_by=2", vec![&admins_stopped, &admins_labels, &admins_team]),
        ("created_by=2&action=add_to_team", vec![&admins_stopped, &admins_team]),
        ("created_by=2&action=add_to_team&status=cancelled", vec![&admins_stopped]),
        ("created_by=2&created_by=3&status=succeeded", vec![&deletes_off, &admins_team]),
        ("action=add_labels&action=deactivate", vec![&deletes_off, &admins_labels]),
        ("active=true", vec![&admins_labels]),
        ("created_by=4", vec![]),
    ];
    for (query, expected) in cases {
        let res = list(&api, "owner", &org(query)).await;
        assert_eq!(res.status, StatusCode::OK, "{query}: {}", res.body);
        assert_eq!(ids(&res), expected.iter().map(|s| s.as_str()).collect::<Vec<_>>(), "{query}");
        assert_eq!(res.body["total"], json!(expected.len()), "{query}");
    }
    // `to` excludes its instant: nothing created from t0 on is before it.
    let before = list(&api, "admin", &format!("scope=org&to={t0}")).await;
    assert!(ids(&before).iter().all(|id| ![&owners_team, &admins_team, &deletes_off].contains(&id)));
    // A date is a whole day (UTC): today's holds them all, yesterday's none.
    let today = mock_api::clock::format_date(unix_now().div_euclid(86_400));
    let day = list(&api, "owner", &format!("scope=org&from={today}&to={today}&created_by=3")).await;
    assert_eq!(ids(&day), [deletes_off.as_str()]);
    // The choices for created_by: everyone with a job in the organisation, whatever the filters.
    let names: Vec<&str> =
        day.body["creators"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    for who in ["owner", "admin", "admin_delete"] {
        let me = api.get_as(who, "/api/me").await;
        assert!(names.contains(&me.body["name"].as_str().unwrap()), "{who} is a creator: {names:?}");
    }
}

#[tokio::test]
async fn paging_is_stable_while_new_jobs_arrive() {
    let api = Api::new(300);
    for n in 0..30 {
        job(
            &api,
            if n % 2 == 0 { "admin" } else { "hr" },
            &format!("k{n}"),
            json!({"kind": "add_labels", "label_ids": ["mentor"]}),
            &[20 + n],
        )
        .await;
    }
    let everything = list(&api, "owner", "scope=org&per_page=500").await;
    let all = ids(&everything);
    assert!(all.len() > 50, "{} jobs", all.len());
    // Newest first.
    let created: Vec<&str> = everything.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["created_at"].as_str().unwrap())
        .collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]), "{created:?}");

    let first = list(&api, "owner", "scope=org&per_page=25").await;
    assert_eq!(ids(&first), all[..25]);
    let snapshot = first.body["snapshot"].as_str().expect("a snapshot").to_owned();
    // Meanwhile three more jobs start, and one of the listed ones is undone (a new job too).
    let mut arrived = Vec::new();
    for n in 0..3 {
        arrived.push(job(&api, "admin", &format!("late{n}"), team("interns"), &[60 + n]).await);
    }
    let second = list(&api, "owner", &format!("scope=org&per_page=25&page=2&snapshot={snapshot}")).await;
    assert_eq!(ids(&second), all[25..50], "page 2 goes on where page 1 stopped");
    assert_eq!(second.body["total"], json!(all.len()));
    assert_eq!(second.body["snapshot"], json!(snapshot));
    // Without the snapshot the list is today's: the new jobs first.
    let fresh = list(&api, "owner", "scope=org&per_page=25").await;
    assert_eq!(ids(&fresh)[..3], [arrived[2].clone(), arrived[1].clone(), arrived[0].clone()]);
    assert_eq!(fresh.body["total"], json!(all.len() + 3));
    // A page past the last is a 400 naming page; page 1 is always fine.
    let last = all.len().div_ceil(25);
    let past =
        list(&api, "owner", &format!("scope=org&per_page=25&page={}&snapshot={snapshot}", last + 1)).await;
    assert_eq!((past.status, past.fields()), (StatusCode::BAD_REQUEST, vec!["page".to_owned()]));
}

#[tokio::test]
async fn bad_query_values_are_400s_naming_the_key() {
    let api = Api::new(50);
    for (query, field) in [
        ("scope=everyone", "scope"),
        ("scope=org&mine=true", "mine"),
        ("scope=org&created_by=sam", "created_by"),
        ("scope=org&created_by=9007199254740992", "created_by"),
        ("scope=org&action=purge", "action"),
        ("scope=org&status=done", "status"),
        ("scope=org&from=2026-02-30", "from"),
        ("scope=org&to=tomorrow", "to"),
        ("scope=org&from=2026-03-02&to=2026-03-01", "to"),
        ("scope=org&page=0", "page"),
        ("scope=org&per_page=30", "per_page"),
        ("scope=org&snapshot=", "snapshot"),
        ("scope=org&snapshot=latest", "snapshot"),
        ("scope=org&snapshot=999999", "snapshot"),
        ("active=maybe", "active"),
    ] {
        let res = list(&api, "owner", query).await;
        assert_eq!(
            (res.status, res.fields()),
            (StatusCode::BAD_REQUEST, vec![field.to_owned()]),
            "{query}: {}",
            res.body
        );
        assert!(res.is_problem(), "{query}");
    }
}

#[tokio::test]
async fn a_reason_is_required_where_section_14_says_and_kept_with_the_job() {
    let api = Api::new(1500);
    let body = |action: Value, selection: Value, reason: Option<&str>| {
        let mut body = json!({"action": action, "selection": selection});
        if let Some(r) = reason {
            body["reason"] = json!(r);
        }
        body
    };
    let few = explicit(&[20, 21, 22]);
    let everyone = json!({"type": "all_matching", "filter": {}, "expected_count": 1500});
    let needing = [
        (json!({"kind": "deactivate"}), few.clone()),
        (json!({"kind": "change_role", "role": "curator"}), few.clone()),
        (json!({"kind": "delete", "confirm_count": 3}), few.clone()),
        (json!({"kind": "add_labels", "label_ids": ["mentor"]}), everyone.clone()),
    ];
    for (n, (action, selection)) in needing.iter().enumerate() {
        for reason in [None, Some(""), Some(" \n ")] {
            let res = api
                .create_body("owner", &format!("need-{n}"), body(action.clone(), selection.clone(), reason))
                .await;
            assert_eq!(
                (res.status, res.fields()),
                (StatusCode::UNPROCESSABLE_ENTITY, vec!["reason".to_owned()]),
                "{action} {reason:?}: {}",
                res.body
            );
        }
        // The preview comes before the reason is typed: it asks for none.
        let preview =
            api.post("owner", "/api/batch-jobs/preview", body(action.clone(), selection.clone(), None)).await;
        assert_eq!(preview.status, StatusCode::OK, "{action}: {}", preview.body);
        // …but refuses one no job could take.
        let long = "x".repeat(501);
        let preview = api
            .post("owner", "/api/batch-jobs/preview", body(action.clone(), selection.clone(), Some(&long)))
            .await;
        assert_eq!(
            (preview.status, preview.fields()),
            (StatusCode::UNPROCESSABLE_ENTITY, vec!["reason".to_owned()])
        );
    }
    // A thousand users or fewer, and none of the three: no reason needed.
    let small = api
        .create_body(
            "owner",
            "small",
            body(json!({"kind": "add_labels", "label_ids": ["mentor"]}), few.clone(), None),
        )
        .await;
    assert_eq!(
        (small.status, small.body["reason"].clone()),
        (StatusCode::ACCEPTED, Value::Null),
        "{}",
        small.body
    );
    // At most 500 characters, as sent.
    let long = "ä".repeat(501);
    let res =
        api.create_body("owner", "long", body(json!({"kind": "deactivate"}), few.clone(), Some(&long))).await;
    assert_eq!((res.status, res.fields()), (StatusCode::UNPROCESSABLE_ENTITY, vec!["reason".to_owned()]));
    // Both problems of a Delete are named at once.
    let res = api
        .create_body("owner", "del", body(json!({"kind": "delete", "confirm_count": 2}), few.clone(), None))
        .await;
    assert_eq!(res.fields(), ["action.confirm_count", "reason"]);

    // Kept as given (without surrounding whitespace), returned with the job and in the history.
    let given = format!(" {} ", "ä".repeat(498));
    let res =
        api.create_body("owner", "ok", body(json!({"kind": "deactivate"}), few.clone(), Some(&given))).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.body);
    let id = id_of(&res);
    let stored = json!(given.trim());
    assert_eq!(res.body["reason"], stored);
    assert_eq!(api.get(&format!("/api/batch-jobs/{id}")).await.body["reason"], stored);
    let history = list(&api, "admin", "scope=org&action=deactivate&created_by=1").await;
    assert_eq!(history.body["items"][0]["reason"], stored);
    let big = api
        .create_body(
            "owner",
            "big",
            body(
                json!({"kind": "add_labels", "label_ids": ["mentor"]}),
                everyone,
                Some("Mentoring programme for everyone"),
            ),
        )
        .await;
    assert_eq!(big.status, StatusCode::ACCEPTED, "{}", big.body);
}

#[tokio::test]
async fn an_undo_or_a_retry_takes_its_own_reason_else_the_originals() {
    let api = Api::new(300);
    // User 1 is the Owner herself: that one fails, so there is something to retry.
    let id = job(&api, "owner", "off", json!({"kind": "deactivate"}), &[1, 20, 21]).await;
    api.finish(&id);
    let undo = |reason: Value, key: &'static str| {
        let uri = format!("/api/batch-jobs/{id}/undo");
        let body = Some(json!({"reason": reason}).to_string());
        let api = &api;
        async move { api.call(Method::POST, &uri, "owner", &[("idempotency-key", key)], body).await }
    };
    let too_long = undo(json!("x".repeat(501)), "u0").await;
    assert_eq!(
        (too_long.status, too_long.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["reason".to_owned()])
    );
    let not_text = undo(json!(42), "u1").await;
    assert_eq!(
        (not_text.status, not_text.fields()),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["reason".to_owned()])
    );
    let own = undo(json!("Deactivated the wrong list"), "u2").await;
    assert_eq!(
        (own.status, own.body["reason"].clone()),
        (StatusCode::ACCEPTED, json!("Deactivated the wrong list"))
    );
    // No body: the original's reason.
    let retry = api.derive("owner", &id, "retry-failed").await;
    assert_eq!(
        (retry.status, retry.body["reason"].clone()),
        (StatusCode::ACCEPTED, json!(REASON)),
        "{}",
        retry.body
    );
    assert_eq!(retry.body["selection"]["type"], "failed_users");
    assert_eq!(own.body["selection"]["type"], "changed_users");
}

#[tokio::test]
async fn only_the_creator_and_an_owner_may_undo_and_an_owners_undo_is_the_owners() {
    let api = Api::new(300);
    let page = api.get("/api/people?status=active&role=learner&per_page=25").await;
    let users: Vec<u64> =
        page.body["items"].as_array().unwrap().iter().map(|p| p["id"].as_u64().unwrap()).collect();
    let id =
        job(&api, "admin", "admins-job", json!({"kind": "change_language", "language": "de"}), &users).await;
    api.finish(&id);
    let undoable = |who: &'static str| {
        let api = &api;
        let uri = format!("/api/batch-jobs/{id}");
        async move { api.get_as(who, &uri).await.body["undoable"].clone() }
    };
    // What each viewer is told, then what they get.
    assert_eq!(undoable("admin").await, json!(true));
    assert_eq!(undoable("owner").await, json!(true));
    assert_eq!(undoable("admin_delete").await, json!(false));
    let other_admin = api.derive("admin_delete", &id, "undo").await;
    assert_eq!(
        (other_admin.status, other_admin.is_problem()),
        (StatusCode::FORBIDDEN, true),
        "{}",
        other_admin.body
    );
    let hr = api.derive("hr", &id, "undo").await;
    assert_eq!(hr.status, StatusCode::NOT_FOUND);
    let by_owner = api.derive("owner", &id, "undo").await;
    assert_eq!(by_owner.status, StatusCode::ACCEPTED, "{}", by_owner.body);
    let owner = api.get_as("owner", "/api/me").await.body;
    assert_eq!(
        (by_owner.body["created_by"].clone(), by_owner.body["created_by_name"].clone()),
        (owner["id"].clone(), owner["name"].clone())
    );
    assert_eq!(by_owner.body["undo_of"], json!(id));
    let undo_id = id_of(&by_owner);
    // It is the Owner's job: in her own list, not the Admin's; the Admin reads it through the
    // history, and may neither cancel it nor undo his job again.
    assert!(ids(&list(&api, "owner", "").await).contains(&undo_id));
    assert!(!ids(&list(&api, "admin", "").await).contains(&undo_id));
    let cancel = api.post("admin", &format!("/api/batch-jobs/{undo_id}/cancel"), Value::Null).await;
    assert_eq!(cancel.status, StatusCode::FORBIDDEN);
    let original = api.get_as("admin", &format!("/api/batch-jobs/{id}")).await.body;
    assert_eq!((original["undone_by"].clone(), original["undoable"].clone()), (json!(undo_id), json!(false)));
    assert_eq!(api.derive("admin", &id, "undo").await.status, StatusCode::CONFLICT);
    // The history says who undid what.
    let history = list(&api, "admin", "scope=org&created_by=1&action=change_language").await;
    assert_eq!(ids(&history)[0], undo_id);
}

#[tokio::test]
async fn hr_still_gets_a_404_on_a_job_it_cannot_see() {
    let api = Api::new(300);
    let id = job(&api, "admin", "admins", team("interns"), &[20]).await;
    let missing = api.get_as("hr", "/api/batch-jobs/job-99999").await;
    for uri in [
        format!("/api/batch-jobs/{id}"),
        format!("/api/batch-jobs/{id}/results?outcome=succeeded"),
        "/api/batch-jobs/job-1".to_owned(),
    ] {
        let res = api.get_as("hr", &uri).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(
            (res.body["title"].clone(), res.body["detail"].clone()),
            (missing.body["title"].clone(), missing.body["detail"].clone()),
            "{uri}"
        );
    }
    // HR's own job is HR's to read, and the history viewers'.
    let own = job(&api, "hr", "hrs", json!({"kind": "add_labels", "label_ids": ["mentor"]}), &[21]).await;
    assert_eq!(api.get_as("hr", &format!("/api/batch-jobs/{own}")).await.status, StatusCode::OK);
    assert_eq!(api.get_as("admin", &format!("/api/batch-jobs/{own}")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn history_viewers_read_every_outcome_of_anyones_job() {
    let api = Api::new(300);
    let id =
        job(&api, "hr", "labels", json!({"kind": "add_labels", "label_ids": ["remote"]}), &[20, 21, 22, 23])
            .await;
    api.finish(&id);
    let own =
        api.get_as("hr", &format!("/api/batch-jobs/{id}/results?outcome=succeeded&outcome=skipped")).await;
    let viewed =
        api.get_as("owner", &format!("/api/batch-jobs/{id}/results?outcome=succeeded&outcome=skipped")).await;
    assert_eq!((viewed.status, viewed.body.clone()), (StatusCode::OK, own.body.clone()));
    assert_eq!(own.body["total"], json!(4));
}

#[tokio::test]
async fn a_job_describes_its_selection_and_names_its_ids_as_they_were() {
    let api = Api::new(2000);
    let filter = json!({"status": ["active"], "team": ["support-tier-1"], "label": ["mentor"]});
    let matching = api
        .post(
            "owner",
            "/api/people/matching",
            json!({"filter": filter, "ids": (1..=2000).collect::<Vec<u64>>()}),
        )
        .await;
    let matched: Vec<u64> =
        matching.body["ids"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
    assert!(matched.len() >= 2, "{matched:?}");
    let selection = json!({"type": "all_matching", "filter": filter, "excluded_ids": [matched[0], 99_999], "expected_count": matched.len() - 1});
    let res = api.create("admin", "described", team("sales-emea"), selection).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.body);
    let me = api.get_as("admin", "/api/me").await.body;
    let job = list(&api, "owner", "scope=org&created_by=2").await.body["items"][0].clone();
    assert_eq!(job["created_by_name"], me["name"]);
    assert_eq!(
        job["selection"],
        json!({"type": "all_matching", "filter": {
        "search": "", "status": ["active"], "role": [], "team": ["support-tier-1"], "label": ["mentor"],
        "language": [], "specialism": [], "content": null, "hire_date": null, "list": null}, "excluded": 1})
    );
    assert_eq!(
        job["names"]["teams"],
        json!([{"id": "sales-emea", "name": "Sales EMEA"}, {"id": "support-tier-1", "name": "Support Tier 1"}])
    );
    assert_eq!(job["names"]["labels"], json!([{"id": "mentor", "name": "Mentor"}]));
    assert_eq!(job["names"]["languages"], json!([]));
    let chosen = job_of(&api, "admin", "chosen", &[20, 21, 21]).await;
    assert_eq!((chosen["selection"]["type"].clone(), chosen["total"].clone()), (json!("explicit"), json!(2)));
}

async fn job_of(api: &Api, who: &str, key: &str, users: &[u64]) -> Value {
    api.create(who, key, team("interns"), explicit(users)).await.body
}

#[tokio::test]
async fn the_mock_starts_with_weeks_of_history_by_several_admins() {
    let api = Api::new(5000);
    let now = unix_now();
    let res = list(&api, "owner", "scope=org&per_page=500").await;
    let jobs = res.body["items"].as_array().unwrap().clone();
    assert!((24..=60).contains(&jobs.len()), "a few dozen: {}", jobs.len());
    let creators: std::collections::BTreeSet<_> =
        jobs.iter().map(|j| j["created_by"].as_u64().unwrap()).collect();
    assert!(creators.len() >= 4, "{creators:?}");
    let secs = |j: &Value| mock_api::clock::parse_instant(j["created_at"].as_str().unwrap()).unwrap();
    let oldest = jobs.iter().map(secs).min().unwrap();
    assert!(now - oldest > 21 * 86_400 && now - oldest < 90 * 86_400, "over the last weeks");
    assert!(jobs.iter().all(|j| now - secs(j) > 3600), "all finished well before now");
    assert!(jobs.iter().all(|j| j["poll_after_ms"].is_null()), "all finished");
    assert!(jobs.iter().filter(|j| j["failed"].as_u64().unwrap() > 0).count() >= 3, "some with failures");
    assert!(jobs.iter().any(|j| j["status"] == "cancelled"));
    assert!(jobs.iter().any(|j| !j["retry_of"].is_null()));
    let undone: Vec<&Value> = jobs.iter().filter(|j| !j["undone_by"].is_null()).collect();
    assert_eq!(undone.len(), 1, "one undone");
    let undo = jobs.iter().find(|j| j["id"] == undone[0]["undone_by"]).expect("its undo is listed");
    assert_eq!(undo["undo_of"], undone[0]["id"]);
    assert!(jobs.iter().filter(|j| j["reason"].is_string()).count() > jobs.len() / 2, "most with a reason");
    // The rule holds for the past too.
    for j in &jobs {
        let kind = j["action"]["kind"].as_str().unwrap();
        if ["delete", "deactivate", "change_role"].contains(&kind) || j["total"].as_u64().unwrap() > 1000 {
            assert!(j["reason"].is_string(), "{} needs a reason", j["id"]);
        }
    }
    // Each was run by an admin allowed to run it.
    let mut allowed = std::collections::HashMap::new();
    for who in IDENTITIES {
        let me = api.get_as(who, "/api/me").await.body;
        allowed.insert(me["id"].clone(), me["allowed_actions"].clone());
    }
    for j in &jobs {
        let may = allowed[&j["created_by"]].as_array().unwrap();
        assert!(may.contains(&j["action"]["kind"]), "{} by {}", j["title"], j["created_by_name"]);
    }
    // The tray is not the history: nobody's own list holds a past job.
    for who in IDENTITIES {
        assert_eq!(ids(&list(&api, who, "").await), Vec::<String>::new(), "{who}");
    }
    // The past reads like any job: its results, by name.
    let some = jobs.iter().find(|j| j["succeeded"].as_u64().unwrap() > 0).unwrap();
    let results =
        api.get(&format!("/api/batch-jobs/{}/results?outcome=succeeded", some["id"].as_str().unwrap())).await;
    assert_eq!(results.body["total"], some["succeeded"]);
    // The same seed, the same past.
    let again = Api::new(5000);
    let other = list(&again, "owner", "scope=org&per_page=500").await;
    let summary = |items: &Value| -> Vec<Value> {
        items
            .as_array()
            .unwrap()
            .iter()
            .map(|j| json!([j["id"], j["title"], j["reason"], j["total"], j["failed"], j["status"]]))
            .collect()
    };
    assert_eq!(summary(&other.body["items"]), summary(&res.body["items"]));
}

#[tokio::test]
async fn an_owners_undo_of_a_past_job_restores_what_it_changed() {
    let api = Api::new(5000);
    let past = list(&api, "owner", "scope=org&action=add_to_team&per_page=500").await;
    let job = past.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["undoable"] == json!(true))
        .cloned()
        .expect("an undoable past job");
    let id = job["id"].as_str().unwrap();
    let team = job["names"]["teams"][0]["name"].clone();
    let changed = api.get(&format!("/api/batch-jobs/{id}/results?outcome=succeeded&per_page=500")).await;
    let users: Vec<u64> =
        changed.body["items"].as_array().unwrap().iter().map(|r| r["user_id"].as_u64().unwrap()).collect();
    let teams_of = |api: &Api, users: &[u64]| -> Vec<bool> {
        let people = api.state.people.read();
        users.iter().map(|u| people.person((*u - 1) as u32).teams.iter().any(|t| json!(t) == team)).collect()
    };
    assert!(teams_of(&api, &users).iter().all(|in_team| *in_team), "the past job's users are in {team} now");
    let undo = api.derive("owner", id, "undo").await;
    assert_eq!(undo.status, StatusCode::ACCEPTED, "{}", undo.body);
    assert_eq!(api.finish(&id_of(&undo)), contract::JobStatus::Succeeded);
    assert!(teams_of(&api, &users).iter().all(|in_team| !*in_team), "and out of it after the undo");
}

#[tokio::test]
async fn the_mock_keeps_the_history_for_its_retention_window() {
    let api = Api::with(mock_api::cli::Config { retention_secs: 10 * 86_400, ..common::config(5000) });
    let now = unix_now();
    let res = list(&api, "owner", "scope=org&per_page=500").await;
    let jobs = res.body["items"].as_array().unwrap();
    assert!(!jobs.is_empty());
    for j in jobs {
        let finished = mock_api::clock::parse_instant(j["finished_at"].as_str().unwrap()).unwrap();
        assert!(now - finished < 10 * 86_400, "{} finished {}", j["id"], j["finished_at"]);
    }
    assert_eq!(mock_api::cli::Config::default().retention_secs, 90 * 86_400, "90 days by default");
}
