//! The permission matrix: every identity × every action, against §5's table written out by hand
//! (not computed with `allowed_for`, so a mistake in the table is caught).

mod common;

use axum::http::StatusCode;
use common::{explicit, sample_action, Api};
use contract::{ActionKind, Me};

fn expected(identity: &str) -> Vec<&'static str> {
    let all: Vec<&str> = vec![
        "resend_invitations",
        "send_password_reset",
        "deactivate",
        "reactivate",
        "delete",
        "add_to_team",
        "add_specialisms",
        "change_role",
        "change_language",
        "add_labels",
        "remove_labels",
        "add_task",
        "share_content",
        "send_notification",
        "assign_certificate",
    ];
    match identity {
        "owner" | "admin_delete" => all,
        "admin" => all.into_iter().filter(|a| *a != "delete").collect(),
        "hr" => vec![
            "add_specialisms",
            "add_labels",
            "remove_labels",
            "add_task",
            "share_content",
            "send_notification",
        ],
        "curator" => vec![],
        "curator_sharing" => vec!["share_content"],
        "custom" => vec!["resend_invitations", "add_labels", "remove_labels"],
        _ => unreachable!(),
    }
}

const IDENTITIES: [&str; 7] =
    ["owner", "admin", "admin_delete", "hr", "curator", "curator_sharing", "custom"];

fn wire(kind: ActionKind) -> String {
    serde_json::to_value(kind).unwrap().as_str().unwrap().to_owned()
}

#[tokio::test]
async fn me_reports_exactly_the_table() {
    let api = Api::new(20);
    for who in IDENTITIES {
        let res = api.get_as(who, "/api/me").await;
        // The wire names, not only what the contract reads from them (absent would read as false).
        assert_eq!(res.body["capabilities"], serde_json::json!({"pilot": true, "schedule": true}), "{who}");
        let me: Me = serde_json::from_value(res.body).unwrap();
        let got: Vec<String> = me.allowed_actions.into_iter().map(wire).collect();
        assert_eq!(got, expected(who), "{who}");
    }
}

#[tokio::test]
async fn the_server_refuses_what_the_table_refuses() {
    let api = Api::new(20);
    for who in IDENTITIES {
        for kind in ActionKind::ALL {
            let allowed = expected(who).contains(&wire(kind).as_str());
            let body = serde_json::json!({"action": sample_action(kind), "selection": explicit(&[12])});
            let preview = api.post(who, "/api/batch-jobs/preview", body).await;
            let create =
                api.create(who, &format!("{who}-{kind:?}"), sample_action(kind), explicit(&[12])).await;
            for (what, res) in [("preview", &preview), ("create", &create)] {
                if allowed {
                    assert_ne!(res.status, StatusCode::FORBIDDEN, "{who} {kind:?} {what}: {}", res.body);
                    assert!(res.status.is_success(), "{who} {kind:?} {what}: {}", res.body);
                } else {
                    assert_eq!(res.status, StatusCode::FORBIDDEN, "{who} {kind:?} {what}");
                    assert!(res.is_problem());
                }
            }
        }
    }
}

#[tokio::test]
async fn only_an_owner_may_grant_owner() {
    let api = Api::new(20);
    let grant = serde_json::json!({"kind": "change_role", "role": "owner"});
    assert_eq!(api.create("admin", "a", grant.clone(), explicit(&[12])).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api.create("owner", "a", grant, explicit(&[12])).await.status, StatusCode::ACCEPTED);
}
