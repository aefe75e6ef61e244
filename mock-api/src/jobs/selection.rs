//! Request checks shared by preview and creation: permission, parameters, selection resolution.

use super::rules::{self, Op};
use crate::{
    data::{
        matcher::{Lists, Matcher},
        tables::*,
        People,
    },
    identity::Identity,
    problem::{ApiError, ApiResult},
};
use contract::{
    selection::MAX_EXPLICIT_IDS, BatchAction, FieldError, NewBatchJob, Role, Selection, SelectionKind,
    SelectionSnapshot,
};
use std::collections::HashSet;

/// 403 unless the identity may run the action (§5); only an Owner may grant Owner.
pub fn authorize(who: &Identity, action: &BatchAction) -> ApiResult<()> {
    let kind = action.kind();
    if !who.may(kind) {
        return Err(ApiError::forbidden(format!("{} may not run “{}”", who.label, kind.label())));
    }
    if matches!(action, BatchAction::ChangeRole { role: Role::Owner }) && who.role != Role::Owner {
        return Err(ApiError::forbidden("Only an Owner may grant the Owner role"));
    }
    Ok(())
}

/// Permission, parameter rules, then ids: 403, then 422s naming `action.*`.
pub fn check_action(who: &Identity, action: &BatchAction, today: i64) -> ApiResult<Op> {
    authorize(who, action)?;
    // The same rules the widget checks before review: written once, in the contract.
    let errors = action.validate(&crate::clock::format_date(today));
    if !errors.is_empty() {
        return Err(ApiError::invalid(errors));
    }
    rules::prepare(action).map_err(|e| ApiError::invalid(vec![e]))
}

fn sel_err(field: &str, message: impl Into<String>) -> ApiError {
    ApiError::invalid(vec![FieldError { field: format!("selection.{field}"), message: message.into() }])
}

/// The people a selection means now, in id order, and how many users the filter matched that
/// were left out by hand. Unknown explicit ids and bad filters are 422s; an empty result is a 422
/// (nothing to do). The count check against `expected_count` is the caller's.
pub fn resolve(people: &People, selection: &Selection, lists: Lists) -> ApiResult<(Vec<u32>, u64)> {
    let mut excluded_matching = 0;
    let users = match selection {
        Selection::Explicit { ids } => {
            if ids.len() > MAX_EXPLICIT_IDS {
                return Err(sel_err(
                    "ids",
                    format!("At most {MAX_EXPLICIT_IDS} ids; select all matching instead"),
                ));
            }
            let mut seen = HashSet::with_capacity(ids.len());
            let mut users = Vec::with_capacity(ids.len());
            let mut unknown = Vec::new();
            for id in ids {
                match people.index_of(*id) {
                    Some(idx) if seen.insert(idx) => users.push(idx),
                    Some(_) => {}
                    None => unknown.push(id.0.to_string()),
                }
            }
            if !unknown.is_empty() {
                let shown: Vec<_> = unknown.iter().take(5).cloned().collect();
                let more = if unknown.len() > 5 {
                    format!(" and {} more", unknown.len() - 5)
                } else {
                    String::new()
                };
                return Err(sel_err(
                    "ids",
                    format!("Unknown or deleted user ids: {}{more}", shown.join(", ")),
                ));
            }
            users.sort_unstable();
            users
        }
        Selection::AllMatching { filter, excluded_ids, .. } => {
            // The same rules as `GET /people`, so a filter the table showed is one a job accepts.
            let checked = Matcher::compile_body(filter, people, lists)
                .map_err(|e| ApiError::bad_filter("selection.filter", e))?;
            let excluded: HashSet<u64> = excluded_ids.iter().map(|id| id.0).collect();
            let mut users = people.resolve(&checked);
            if !excluded.is_empty() {
                let matching = users.len();
                users.retain(|idx| !excluded.contains(&People::id_of(*idx).0));
                excluded_matching = (matching - users.len()) as u64;
            }
            users
        }
    };
    if users.is_empty() {
        return Err(sel_err("ids", "The selection has no users").detail("Select at least one user"));
    }
    Ok((users, excluded_matching))
}

/// How a job describes its selection in the history: the filter as given, not the users.
pub fn snapshot_of(selection: &Selection, excluded: u64) -> SelectionSnapshot {
    match selection {
        Selection::Explicit { .. } => SelectionSnapshot::of(SelectionKind::Explicit),
        Selection::AllMatching { filter, .. } => {
            SelectionSnapshot { kind: SelectionKind::AllMatching, filter: Some(filter.clone()), excluded }
        }
    }
}

/// 409 with `current_count` when the selection moved since the admin reviewed it.
pub fn check_count(selection: &Selection, resolved: usize) -> ApiResult<()> {
    if let Selection::AllMatching { expected_count, .. } = selection {
        if *expected_count != resolved as u64 {
            let mut err = ApiError::conflict(
                "count-changed",
                "The number of matching users changed",
                format!("You reviewed {expected_count} users; {resolved} match now. Review and run again."),
            );
            err.0.current_count = Some(resolved as u64);
            return Err(err);
        }
    }
    Ok(())
}

fn names(ids: &[String], table: &[(&str, &str)]) -> String {
    ids.iter()
        .map(|id| table.iter().find(|t| t.0 == id).map_or(id.as_str(), |t| t.1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Add to team: Sales EMEA": what the jobs tray shows after a reload.
pub fn title(action: &BatchAction) -> String {
    use BatchAction as B;
    let label = action.kind().label();
    let detail = match action {
        B::AddToTeam { team_id } => names(std::slice::from_ref(team_id), TEAMS),
        B::AddSpecialisms { specialism_ids } => names(specialism_ids, SPECIALISMS),
        B::ChangeRole { role } => role.label().to_owned(),
        B::ChangeLanguage { language } => names(std::slice::from_ref(language), LANGUAGES),
        B::AddLabels { label_ids } | B::RemoveLabels { label_ids } => names(label_ids, LABELS),
        B::AddTask { task_id, .. } => names(std::slice::from_ref(task_id), TASKS),
        B::AssignCertificate { certificate_id, .. } => {
            names(std::slice::from_ref(certificate_id), CERTIFICATES)
        }
        B::SendNotification { subject, .. } => subject.chars().take(60).collect(),
        B::ShareContent { content_ids, .. } => format!("{} items", content_ids.len()),
        _ => return label.to_owned(),
    };
    format!("{label}: {detail}")
}

/// The canonical body an Idempotency-Key is bound to (whitespace and key order do not matter).
pub fn canonical(body: &NewBatchJob) -> String {
    serde_json::to_string(body).unwrap_or_default()
}
