//! Regressions found by driving the real server with docs/api.md in hand: each test pins a place
//! where the server and the document disagreed.

mod common;

use axum::http::{Method, StatusCode};
use common::{explicit, Api};
use serde_json::{json, Value};

fn id_of(res: &common::Res) -> String {
    res.body["id"].as_str().unwrap_or_else(|| panic!("no job id: {}", res.body)).to_owned()
}

/// A wrong value inside `action` or `selection` (internally tagged enums, where serde drops the
/// path) is named by its own JSON path, not by the enum's.
#[tokio::test]
async fn wrong_values_inside_action_and_selection_name_their_own_path() {
    let api = Api::new(50);
    let all = |filter: Value| json!({"type": "all_matching", "filter": filter, "expected_count": 1});
    for (action, selection, field) in [
        (json!({"kind": "change_role", "role": "king"}), explicit(&[9]), "action.role"),
        (json!({"kind": "delete", "confirm_count": -1}), explicit(&[9]), "action.confirm_count"),
        (
            json!({"kind": "add_task", "task_id": "task-profile", "due_date": 5}),
            explicit(&[9]),
            "action.due_date",
        ),
        (json!({"kind": "add_labels", "label_ids": [1]}), explicit(&[9]), "action.label_ids"),
        (json!({"kind": "deactivate"}), json!({"type": "explicit", "ids": [9, -5]}), "selection.ids[1]"),
        (json!({"kind": "deactivate"}), json!({"type": "explicit", "ids": ["9"]}), "selection.ids[0]"),
        (json!({"kind": "deactivate"}), all(json!({"status": ["asleep"]})), "selection.filter.status[0]"),
        (
            json!({"kind": "deactivate"}),
            all(json!({"hire_date": {"last_days": "x"}})),
            "selection.filter.hire_date.last_days",
        ),
        (
            json!({"kind": "deactivate"}),
            json!({"type": "all_matching", "filter": {}, "excluded_ids": [true], "expected_count": 1}),
            "selection.excluded_ids[0]",
        ),
        (
            json!({"kind": "deactivate"}),
            json!({"type": "all_matching", "filter": {}, "expected_count": "50"}),
            "selection.expected_count",
        ),
    ] {
        for path in ["/api/batch-jobs/preview", "/api/batch-jobs"] {
            let body = json!({"action": action, "selection": selection}).to_string();
            let res = api.call(Method::POST, path, "owner", &[("idempotency-key", "k")], Some(body)).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{path} {action} {selection}");
            assert!(res.is_problem());
            assert_eq!(res.fields(), [field], "{path} {action} {selection}");
            assert!(res.body["detail"].as_str().unwrap().starts_with(field), "{}", res.body);
        }
    }
}

/// Errors axum's extractors produce (body too large, a path that is not UTF-8) are problems too.
#[tokio::test]
async fn extractor_rejections_are_problem_json() {
    let api = Api::new(20);
    let huge = json!({"name": "big", "filter": {"search": "x".repeat(3 << 20)}}).to_string();
    let res = api.call(Method::POST, "/api/saved-views", "owner", &[], Some(huge)).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.is_problem(), "{:?} {}", res.headers, res.body);
    let res = api.get("/api/batch-jobs/%FF").await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.is_problem(), "{:?} {}", res.headers, res.body);
    let res = api.call(Method::POST, "/api/me", "owner", &[], None).await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(res.is_problem() && res.headers.contains_key("allow"));
}

/// `/results` reads only `outcome`, `page` and `per_page`; `outcome` may repeat (any of).
#[tokio::test]
async fn results_ignore_other_keys_and_take_several_outcomes() {
    let api = Api::new(600);
    let sel = json!({"type": "all_matching", "filter": {}, "expected_count": 600});
    let id = id_of(&api.create("owner", "x", json!({"kind": "send_password_reset"}), sel).await);
    api.finish(&id);
    let job = api.job(&id).await;
    assert!(job.skipped > 0 && job.failed > 0, "{job:?}");
    let res = api.get(&format!("/api/batch-jobs/{id}/results?status=asleep&sort=email&team=nope")).await;
    assert_eq!((res.status, res.body["total"].as_u64()), (StatusCode::OK, Some(600)));
    let both = api.get(&format!("/api/batch-jobs/{id}/results?outcome=failed&outcome=skipped")).await;
    assert_eq!(both.body["total"].as_u64(), Some(job.skipped + job.failed));
}

/// An unknown saved view is a 404 even when the body would be a 422.
#[tokio::test]
async fn patching_an_unknown_view_is_a_404_whatever_the_body() {
    let api = Api::new(20);
    for body in [json!({"name": ""}), json!({"filter": {"team": ["nope"]}})] {
        let res =
            api.call(Method::PATCH, "/api/saved-views/view-404", "owner", &[], Some(body.to_string())).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{body}");
    }
}

/// Undoing an undo says so, rather than calling the action irreversible.
#[tokio::test]
async fn undoing_an_undo_explains_itself() {
    let api = Api::new(50);
    let id = id_of(
        &api.create("owner", "l", json!({"kind": "add_labels", "label_ids": ["mentor"]}), explicit(&[9, 10]))
            .await,
    );
    api.finish(&id);
    let undo = id_of(&api.derive("owner", &id, "undo").await);
    api.finish(&undo);
    let res = api.derive("owner", &undo, "undo").await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body["detail"].as_str().unwrap().contains("undo cannot be undone"), "{}", res.body);
}
