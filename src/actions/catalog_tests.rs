use super::*;
use crate::i18n::english;
use contract::{options::ContentItem, Permissions, Selection, UserId};

fn named(id: &str, name: &str) -> Named {
    Named { id: id.into(), name: name.into() }
}

fn options() -> FilterOptions {
    FilterOptions {
        teams: vec![named("sales-emea", "Sales EMEA")],
        roles: Role::ALL.iter().map(|r| named(r.as_str(), r.label())).collect(),
        labels: vec![named("l1", "Mentor"), named("l2", "Remote"), named("l3", "Night shift")],
        languages: vec![named("fr", "French")],
        specialisms: vec![named("s1", "Welding")],
        content: vec![ContentItem {
            id: "c1".into(),
            name: "Mandatory Compliance 2026".into(),
            kind: ContentKind::Course,
        }],
        tasks: vec![named("t1", "Onboarding checklist")],
        certificates: vec![named("cert1", "First aid")],
        channels: vec![named("ch1", "Company News")],
        learnlists: vec![named("ll1", "New starters")],
    }
}

fn draft(pairs: &[(&'static str, &[&str])]) -> Draft {
    let mut d = Draft::default();
    for (key, values) in pairs {
        d.set(key, values.iter().map(|v| v.to_string()).collect());
    }
    d
}

/// §5's table, written out by hand per demo identity (not derived from `allowed_for`).
#[test]
fn the_menu_shows_what_each_demo_identity_may_run_grouped_as_the_article() {
    use ActionKind::*;
    let none = Permissions::default();
    let all_but_delete: Vec<ActionKind> = ActionKind::ALL.into_iter().filter(|a| *a != Delete).collect();
    let cases: [(Role, Permissions, Vec<ActionKind>); 7] = [
        (Role::Owner, none, ActionKind::ALL.to_vec()),
        (Role::Admin, none, all_but_delete),
        (Role::Admin, Permissions { delete: true, ..none }, ActionKind::ALL.to_vec()),
        (
            Role::Hr,
            none,
            vec![AddSpecialisms, AddLabels, RemoveLabels, AddTask, ShareContent, SendNotification],
        ),
        (Role::Curator, none, vec![]),
        (Role::Curator, Permissions { sharing: true, ..none }, vec![ShareContent]),
        (
            Role::Learner,
            Permissions { invitations: true, labels: true, ..none },
            vec![ResendInvitations, AddLabels, RemoveLabels],
        ),
    ];
    for (role, permissions, expected) in cases {
        let allowed = ActionKind::allowed(role, &permissions);
        let shown: Vec<ActionKind> = menu(&allowed).into_iter().flat_map(|(_, kinds)| kinds).collect();
        assert_eq!(shown, expected, "{role:?} {permissions:?}");
    }
    let groups: Vec<&str> = menu(&ActionKind::ALL).iter().map(|(g, _)| g.label()).collect();
    assert_eq!(groups, ["User management", "Organisation", "Content & Communication"]);
    let hr = menu(&ActionKind::allowed(Role::Hr, &none));
    assert_eq!(hr.len(), 2, "HR has nothing under User management, and sees no empty group");
}

#[test]
fn actions_without_configuration_open_on_review() {
    use ActionKind::*;
    for kind in [ResendInvitations, SendPasswordReset, Deactivate, Reactivate, Delete] {
        assert!(fields(kind).is_empty(), "{kind:?}");
    }
    for kind in ActionKind::ALL {
        assert!(!english().action_about(kind).is_empty());
    }
    assert_eq!(fields(AddTask).iter().map(|f| f.key).collect::<Vec<_>>(), ["task_id", "due_date"]);
}

#[test]
fn review_sentences_read_as_the_spec_writes_them() {
    let o = options();
    let team = draft(&[("team_id", &["sales-emea"])]).action(ActionKind::AddToTeam, 0);
    assert_eq!(sentence(english(), &team, 4_213, &o), "Add 4,213 users to team Sales EMEA");
    let role = draft(&[("role", &["hr"])]).action(ActionKind::ChangeRole, 0);
    assert_eq!(sentence(english(), &role, 1, &o), "Change the role of 1 user to HR");
    let labels = draft(&[("label_ids", &["l1", "l2", "l3"])]).action(ActionKind::RemoveLabels, 0);
    assert_eq!(
        sentence(english(), &labels, 2, &o),
        "Remove labels Mentor, Remote and Night shift from 2 users"
    );
    let share = draft(&[("content_ids", &["c1", "ch1"])]).action(ActionKind::ShareContent, 0);
    assert_eq!(
        sentence(english(), &share, 12, &o),
        "Share Mandatory Compliance 2026 and Company News with 12 users"
    );
    let task = draft(&[("task_id", &["t1"]), ("due_date", &["2026-12-01"])]).action(ActionKind::AddTask, 0);
    assert_eq!(
        sentence(english(), &task, 1, &o),
        "Assign task Onboarding checklist to 1 user, due 2026-12-01"
    );
    assert_eq!(
        sentence(english(), &BatchAction::Delete { confirm_count: 3 }, 3, &o),
        "Permanently delete 3 users"
    );
    // An id the options do not know is shown as itself rather than dropped.
    let unknown = draft(&[("team_id", &["gone"])]).action(ActionKind::AddToTeam, 0);
    assert_eq!(sentence(english(), &unknown, 2, &o), "Add 2 users to team gone");
}

#[test]
fn a_draft_becomes_the_wire_action() {
    let d = draft(&[("task_id", &["t1"]), ("due_date", &[" "])]);
    assert_eq!(
        d.action(ActionKind::AddTask, 0),
        BatchAction::AddTask { task_id: "t1".into(), due_date: None }
    );
    let mut labels = Draft::default();
    labels.toggle("label_ids", "l2", true);
    labels.toggle("label_ids", "l1", true);
    labels.toggle("label_ids", "l2", false);
    assert_eq!(labels.many("label_ids"), ["l1"]);
    let job = contract::NewBatchJob {
        action: labels.action(ActionKind::AddLabels, 0),
        selection: Selection::Explicit { ids: vec![UserId(1)] },
        reason: None,
        pilot: None,
        run_at: None,
    };
    assert_eq!(job.action, BatchAction::AddLabels { label_ids: vec!["l1".into()] });
}

#[test]
fn validation_is_the_contracts_keyed_by_field() {
    let today = "2026-11-25";
    let keys = |d: Draft, kind| d.errors(kind, today).into_iter().map(|e| e.field).collect::<Vec<_>>();
    assert_eq!(keys(Draft::default(), ActionKind::AddToTeam), ["team_id"]);
    assert_eq!(keys(Draft::default(), ActionKind::ChangeRole), ["role"]);
    assert_eq!(
        keys(draft(&[("task_id", &["t1"]), ("due_date", &["2026-11-24"])]), ActionKind::AddTask),
        ["due_date"]
    );
    assert!(keys(draft(&[("task_id", &["t1"])]), ActionKind::AddTask).is_empty());
    let long = "x".repeat(contract::batch::SUBJECT_MAX + 1);
    assert_eq!(
        keys(draft(&[("subject", &[long.as_str()]), ("message", &["hi"])]), ActionKind::SendNotification),
        ["subject"]
    );
    assert_eq!(
        keys(
            draft(&[("certificate_id", &["cert1"]), ("issue_date", &["2026-11-26"])]),
            ActionKind::AssignCertificate
        ),
        ["issue_date"]
    );
    assert!(keys(Draft::default(), ActionKind::Deactivate).is_empty());
}

#[test]
fn only_an_owner_is_offered_the_owner_role() {
    let ids = |owner| choices(Source::Roles, &options(), owner).into_iter().map(|c| c.0).collect::<Vec<_>>();
    assert!(ids(true).contains(&"owner".to_owned()));
    assert!(!ids(false).contains(&"owner".to_owned()));
    let content = choices(Source::Content, &options(), false);
    let kinds: Vec<_> = content.iter().map(|c| c.2).collect();
    assert_eq!(kinds, [Some(ContentKind::Course), Some(ContentKind::Channel), Some(ContentKind::Learnlist)]);
}

#[test]
fn plural_users() {
    assert_eq!(users(1), "1 user");
    assert_eq!(users(0), "0 users");
    assert_eq!(users(12_000), "12,000 users");
}

#[test]
fn review_sentences_in_german_keep_their_word_order_and_plurals() {
    let (de, o) = (crate::actions::words::german(), options());
    let team = draft(&[("team_id", &["sales-emea"])]).action(ActionKind::AddToTeam, 0);
    assert_eq!(sentence(&de, &team, 4_213, &o), "4,213 Benutzer zum Team Sales EMEA hinzufügen");
    let share = draft(&[("content_ids", &["c1", "ch1"])]).action(ActionKind::ShareContent, 0);
    assert_eq!(
        sentence(&de, &share, 1, &o),
        "Mandatory Compliance 2026 und Company News mit 1 Benutzer teilen"
    );
    assert_eq!(
        sentence(&de, &share, 12, &o),
        "Mandatory Compliance 2026 und Company News mit 12 Benutzern teilen"
    );
    let labels = draft(&[("label_ids", &["l1", "l2", "l3"])]).action(ActionKind::RemoveLabels, 0);
    assert_eq!(
        sentence(&de, &labels, 2, &o),
        "Labels Mentor, Remote und Night shift von 2 Benutzern entfernen"
    );
}
