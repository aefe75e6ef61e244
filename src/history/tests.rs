use super::*;
use crate::i18n::english;
use contract::{
    ActionKind, BatchAction, Filter, FilterOptions, JobId, JobScope, JobStatus, Named, Permissions,
    SelectionSnapshot, UserId,
};

fn job(id: &str, by: u64) -> Job {
    Job {
        id: JobId(id.into()),
        action: BatchAction::ChangeRole { role: Role::Curator },
        title: "Change role: Curator".into(),
        status: JobStatus::Succeeded,
        total: 12,
        processed: 12,
        succeeded: 11,
        skipped: 1,
        failed: 0,
        reasons: vec![],
        created_by: UserId(by),
        created_by_name: "Morgan Avery".into(),
        reason: Some("Q2 re-org".into()),
        selection: SelectionSnapshot::of(SelectionKind::Explicit),
        names: FilterOptions::default(),
        pilot: None,
        run_at: None,
        created_at: "2026-03-02T10:00:00Z".into(),
        started_at: Some("2026-03-02T10:00:01Z".into()),
        finished_at: Some("2026-03-02T10:00:09Z".into()),
        poll_after_ms: None,
        undoable: true,
        retry_of: None,
        undo_of: None,
        undone_by: None,
    }
}

fn me(id: u64, role: Role) -> Me {
    Me {
        id: UserId(id),
        name: "x".into(),
        role,
        permissions: Permissions { view_history: true, ..Permissions::default() },
        allowed_actions: vec![],
        capabilities: Default::default(),
    }
}

#[test]
fn the_history_keys_sit_beside_the_tables_and_read_back() {
    let table = "q=ann&status=active&page=3";
    assert_eq!(
        query_from_url(table),
        JobListQuery::org(),
        "the table's status and page are not the history's"
    );
    let mut query = JobListQuery::org();
    query.action = vec![ActionKind::ChangeRole];
    query.status = vec![JobStatus::CompletedWithFailures];
    query.created_by = vec![UserId(2)];
    query.from = Some("2026-03-01".into());
    query.to = Some("2026-03-31".into());
    query.page = 2;
    let url = url_with(table, Some(&query));
    assert!(url.starts_with("q=ann&status=active&page=3&history=1&"), "{url}");
    assert_eq!(query_from_url(&url), query);
    assert_eq!(url_with(&url, None), table, "closing leaves the table's view as it was");
    let other = filtered(&query, |q| q.status.clear());
    assert_eq!((other.page, other.status.len(), other.action.len()), (1, 0, 1));
}

#[test]
fn a_bad_value_in_a_hand_edited_url_is_left_out_not_fatal() {
    let q = query_from_url("history=1&history_status=nope&history_action=delete&history_page=0");
    assert_eq!(q.scope, JobScope::Org);
    assert_eq!(q.action, [ActionKind::Delete]);
    assert!(q.status.is_empty());
    assert_eq!(q.page, 1);
    let backwards = query_from_url("history_from=2026-03-10&history_to=2026-03-01&history_action=delete");
    assert_eq!((backwards.from, backwards.to, backwards.action.len()), (None, None, 1));
}

#[test]
fn others_jobs_are_read_only_except_undo_for_an_owner() {
    let mut running = job("job-1", 2);
    running.status = JobStatus::Running;
    running.undoable = false;
    let mine = me(2, Role::Admin);
    assert_eq!(Controls::of(&mine, &running), Controls { cancel: true, retry: false, undo: false });
    let mut failed = job("job-2", 2);
    failed.failed = 3;
    assert_eq!(Controls::of(&mine, &failed), Controls { cancel: false, retry: true, undo: true });
    let other_admin = me(3, Role::Admin);
    assert_eq!(Controls::of(&other_admin, &failed), Controls { cancel: false, retry: false, undo: false });
    assert!(!Controls::of(&other_admin, &running).cancel);
    let owner = me(1, Role::Owner);
    assert_eq!(Controls::of(&owner, &failed), Controls { cancel: false, retry: false, undo: true });
    failed.undoable = false;
    assert!(!Controls::of(&owner, &failed).undo, "only where the server offers it");
}

#[test]
fn the_selection_reads_as_it_was_described() {
    let mut j = job("job-1", 2);
    assert_eq!(selection_text(&j, english()), "12 chosen users");
    j.selection = SelectionSnapshot {
        kind: SelectionKind::AllMatching,
        filter: Some(Filter { team: vec!["sales".into()], ..Filter::default() }),
        excluded: 2,
    };
    j.names.teams = vec![Named { id: "sales".into(), name: "Sales EMEA".into() }];
    let text = selection_text(&j, english());
    assert!(text.contains("Sales EMEA") && text.ends_with("(2 left out)"), "{text}");
    j.selection =
        SelectionSnapshot { kind: SelectionKind::AllMatching, filter: Some(Filter::default()), excluded: 0 };
    assert_eq!(selection_text(&j, english()), "Every user");
    j.selection = SelectionSnapshot::of(SelectionKind::ChangedUsers);
    j.undo_of = Some(JobId("job-7".into()));
    assert_eq!(selection_text(&j, english()), "The users job-7 changed");
    assert_eq!(when("2026-03-02T10:00:09Z"), "2026-03-02 10:00 UTC");
}

#[test]
fn the_history_csv_has_a_header_a_row_per_job_and_safe_cells() {
    let mut a = job("job-1", 2);
    a.created_by_name = "مريم الحسن".into();
    a.reason = Some("=HYPERLINK(\"http://x\"), for \"fun\"".into());
    let mut b = job("job-2", 3);
    b.reason = None;
    b.created_by_name = "+Avery, Morgan".into();
    let csv = csv_document(&[a, b], english());
    let lines: Vec<&str> = csv.strip_prefix('\u{feff}').unwrap().split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("Job ID,Created,Started,Finished,Run by,Action,Job,Selection,Users"));
    assert!(lines[1].starts_with(
        "job-1,2026-03-02T10:00:00Z,2026-03-02T10:00:01Z,2026-03-02T10:00:09Z,مريم الحسن,Change role,"
    ));
    assert!(
        lines[1].contains(",12,11,1,0,Done,\"'=HYPERLINK(\"\"http://x\"\"), for \"\"fun\"\"\","),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains(",\"'+Avery, Morgan\",Change role,"), "{}", lines[2]);
    assert!(lines[2].ends_with(",Done,,"), "no reason, not undone: {}", lines[2]);
}

#[test]
fn the_pager_counts_jobs() {
    assert_eq!(jobs_range(english(), 2, 50, 50, 230), "51–100 of 230 jobs");
    assert_eq!(jobs_range(english(), 1, 50, 1, 1), "1–1 of 1 job");
    assert_eq!(jobs_range(english(), 1, 50, 0, 0), "No jobs");
}

#[test]
fn the_history_speaks_german() {
    let de = crate::jobs::german();
    let mut j = job("job-1", 2);
    j.total = 1;
    assert_eq!(selection_text(&j, de), "1 ausgewählter Benutzer");
    j.total = 12;
    assert_eq!(selection_text(&j, de), "12 ausgewählte Benutzer");
    assert_eq!(counts_text(&j, de), "12 Benutzer · 11 erfolgreich, 1 übersprungen, 0 fehlgeschlagen");
    j.selection = SelectionSnapshot::of(SelectionKind::ChangedUsers);
    j.undo_of = Some(JobId("job-7".into()));
    assert_eq!(selection_text(&j, de), "Die von job-7 geänderten Benutzer");
    assert_eq!(jobs_range(de, 2, 50, 50, 230), "51–100 von 230 Vorgängen");
    let csv = csv_document(&[j], de);
    assert!(
        csv.starts_with("\u{feff}Vorgangs-ID,Erstellt,Gestartet,Beendet,Ausgeführt von,Aktion,"),
        "{csv}"
    );
}
