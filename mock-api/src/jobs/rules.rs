//! One documented rule per action (docs/api.md, "Per-user outcomes"): what happens to one user.
//! `evaluate` never mutates, so the preview and the job share the exact same rules.

use crate::{
    clock,
    data::{tables::*, Mutable, People, BOUNCES, DELETED, SSO},
    identity::Identity,
};
use contract::{BatchAction, FieldError, Outcome, ReasonCode, Role, Status};

/// An action with its ids resolved to table indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    ResendInvitations,
    SendPasswordReset,
    Deactivate,
    Reactivate,
    Delete,
    AddToTeam(u32),
    AddSpecialisms(u16),
    ChangeRole(Role),
    ChangeLanguage(u8),
    AddLabels(u16),
    RemoveLabels(u16),
    AddTask(u8),
    ShareContent,
    SendNotification,
    AssignCertificate(u8),
}

/// What running the op on one user would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Eval {
    pub outcome: Outcome,
    pub reason: Option<ReasonCode>,
    /// New values of the changeable fields, when they change.
    pub after: Option<Mutable>,
    pub effect: Effect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Delete,
    Task(u8),
    Certificate(u8),
}

fn err(field: &str, message: &str) -> FieldError {
    FieldError { field: format!("action.{field}"), message: message.to_owned() }
}

fn index(field: &str, id: &str, table: &[(&str, &str)]) -> Result<usize, FieldError> {
    table.iter().position(|(t, _)| *t == id).ok_or_else(|| err(field, &format!("Unknown id `{id}`")))
}

/// Labels past the first 16 (`--labels`) exist for pickers; the mock's people cannot carry them.
fn label_mask(ids: &[String]) -> Result<u16, FieldError> {
    if let Some(id) = ids.iter().find(|id| extra_label_number(id, usize::MAX).is_some()) {
        return Err(err(
            "label_ids",
            &format!(
                "`{id}` is a picker-only label of the mock (--labels): jobs take the first {}",
                LABELS.len()
            ),
        ));
    }
    Ok(mask("label_ids", ids, LABELS)? as u16)
}

fn mask(field: &str, ids: &[String], table: &[(&str, &str)]) -> Result<u32, FieldError> {
    ids.iter().try_fold(0u32, |m, id| Ok(m | 1 << index(field, id, table)?))
}

/// Resolves ids against the vocabularies; unknown ids and impossible dates (30 February) are 422s.
/// The date order rules are the contract's (`BatchAction::validate`), checked before this.
pub fn prepare(action: &BatchAction) -> Result<Op, FieldError> {
    use BatchAction as B;
    Ok(match action {
        B::ResendInvitations => Op::ResendInvitations,
        B::SendPasswordReset => Op::SendPasswordReset,
        B::Deactivate => Op::Deactivate,
        B::Reactivate => Op::Reactivate,
        B::Delete { .. } => Op::Delete,
        B::AddToTeam { team_id } => Op::AddToTeam(1 << index("team_id", team_id, TEAMS)?),
        B::AddSpecialisms { specialism_ids } => {
            Op::AddSpecialisms(mask("specialism_ids", specialism_ids, SPECIALISMS)? as u16)
        }
        B::ChangeRole { role } => Op::ChangeRole(*role),
        B::ChangeLanguage { language } => Op::ChangeLanguage(index("language", language, LANGUAGES)? as u8),
        B::AddLabels { label_ids } => Op::AddLabels(label_mask(label_ids)?),
        B::RemoveLabels { label_ids } => Op::RemoveLabels(label_mask(label_ids)?),
        B::AddTask { task_id, due_date } => {
            if let Some(due) = due_date {
                clock::parse_date(due).ok_or_else(|| err("due_date", "Not a calendar date"))?;
            }
            Op::AddTask(index("task_id", task_id, TASKS)? as u8)
        }
        B::ShareContent { content_ids, .. } => {
            for id in content_ids {
                let known = CONTENT.iter().any(|c| c.0 == id)
                    || CHANNELS.iter().any(|c| c.0 == id)
                    || LEARNLISTS.iter().any(|c| c.0 == id);
                if !known {
                    return Err(err("content_ids", &format!("Unknown id `{id}`")));
                }
            }
            Op::ShareContent
        }
        B::SendNotification { .. } => Op::SendNotification,
        B::AssignCertificate { certificate_id, issue_date } => {
            clock::parse_date(issue_date).ok_or_else(|| err("issue_date", "Not a calendar date"))?;
            Op::AssignCertificate(index("certificate_id", certificate_id, CERTIFICATES)? as u8)
        }
    })
}

fn done(outcome: Outcome, reason: ReasonCode) -> Eval {
    Eval { outcome, reason: Some(reason), after: None, effect: Effect::None }
}

fn skip(reason: ReasonCode) -> Eval {
    done(Outcome::Skipped, reason)
}

fn fail(reason: ReasonCode) -> Eval {
    done(Outcome::Failed, reason)
}

fn ok(after: Option<Mutable>, effect: Effect) -> Eval {
    Eval { outcome: Outcome::Succeeded, reason: None, after, effect }
}

/// The rule table. Checks run in the order written; the first that applies decides.
pub fn evaluate(op: Op, actor: &Identity, people: &People, idx: u32) -> Eval {
    use ReasonCode as R;
    let rec = &people.recs[idx as usize];
    if rec.has(DELETED) {
        return skip(R::UserDeleted);
    }
    let is_self = People::id_of(idx) == actor.person;
    let sso = rec.has(SSO);
    let owner_protected = rec.m.role == Role::Owner && actor.role != Role::Owner;
    let m = rec.m;
    let status = m.status;
    let changed = |f: &dyn Fn(&mut Mutable)| {
        let mut after = m;
        f(&mut after);
        ok(Some(after), Effect::None)
    };
    match op {
        Op::ResendInvitations => match status {
            Status::Active => skip(R::AlreadyAccepted),
            Status::Inactive => skip(R::UserInactive),
            Status::Invited if rec.has(BOUNCES) => fail(R::EmailBounced),
            Status::Invited => ok(None, Effect::None),
        },
        Op::SendPasswordReset => match status {
            Status::Invited => skip(R::InvitationPending),
            Status::Inactive => skip(R::UserInactive),
            Status::Active if sso => fail(R::ManagedBySso),
            Status::Active if rec.has(BOUNCES) => fail(R::EmailBounced),
            Status::Active => ok(None, Effect::None),
        },
        Op::Deactivate if is_self => fail(R::CannotDeactivateSelf),
        Op::Deactivate if status == Status::Inactive => skip(R::AlreadyInactive),
        Op::Deactivate if owner_protected => fail(R::OwnerProtected),
        Op::Deactivate if sso => fail(R::ManagedBySso),
        Op::Deactivate => changed(&|a| a.status = Status::Inactive),
        Op::Reactivate => match status {
            Status::Active => skip(R::AlreadyActive),
            Status::Invited => skip(R::InvitationPending),
            Status::Inactive if sso => fail(R::ManagedBySso),
            Status::Inactive => changed(&|a| a.status = Status::Active),
        },
        Op::Delete if is_self => fail(R::CannotDeleteSelf),
        Op::Delete if owner_protected => fail(R::OwnerProtected),
        Op::Delete => ok(None, Effect::Delete),
        Op::AddToTeam(team) if m.teams & team != 0 => skip(R::AlreadyInTeam),
        Op::AddToTeam(team) => changed(&|a| a.teams |= team),
        Op::AddSpecialisms(s) if m.specialisms & s == s => skip(R::AlreadyHasSpecialisms),
        Op::AddSpecialisms(s) => changed(&|a| a.specialisms |= s),
        Op::ChangeRole(_) if is_self => fail(R::CannotChangeOwnRole),
        Op::ChangeRole(role) if m.role == role => skip(R::AlreadyHasRole),
        Op::ChangeRole(_) if owner_protected => fail(R::OwnerProtected),
        Op::ChangeRole(_) if sso => fail(R::ManagedBySso),
        Op::ChangeRole(role) => changed(&|a| a.role = role),
        Op::ChangeLanguage(lang) if m.language == lang => skip(R::AlreadyHasLanguage),
        Op::ChangeLanguage(_) if sso => fail(R::ManagedBySso),
        Op::ChangeLanguage(lang) => changed(&|a| a.language = lang),
        Op::AddLabels(l) if m.labels & l == l => skip(R::AlreadyHasLabel),
        Op::AddLabels(l) => changed(&|a| a.labels |= l),
        Op::RemoveLabels(l) if m.labels & l == 0 => skip(R::LabelNotPresent),
        Op::RemoveLabels(l) => changed(&|a| a.labels &= !l),
        Op::AddTask(_) if status == Status::Inactive => skip(R::UserInactive),
        Op::AddTask(t) if people.has_task(idx, t) => skip(R::AlreadyAssigned),
        Op::AddTask(t) => ok(None, Effect::Task(t)),
        Op::ShareContent if status == Status::Inactive => skip(R::UserInactive),
        Op::ShareContent => ok(None, Effect::None),
        Op::SendNotification if status == Status::Inactive => skip(R::UserInactive),
        Op::SendNotification if rec.has(BOUNCES) => fail(R::EmailBounced),
        Op::SendNotification => ok(None, Effect::None),
        Op::AssignCertificate(c) if people.has_certificate(idx, c) => skip(R::AlreadyCertified),
        Op::AssignCertificate(c) => ok(None, Effect::Certificate(c)),
    }
}

/// Undo of one recorded change: scalar fields go back only if nobody changed them since; set
/// fields get the job's additions removed and its removals put back. Today's rules apply to the
/// admin undoing: only an Owner may change an Owner's status or role, or make someone Owner (the
/// user may have become an Owner since the job ran).
pub fn evaluate_undo(actor: &Identity, people: &People, idx: u32, before: Mutable, after: Mutable) -> Eval {
    let rec = &people.recs[idx as usize];
    if rec.has(DELETED) {
        return skip(ReasonCode::UserDeleted);
    }
    let cur = rec.m;
    let moved = (before.status != after.status && cur.status != after.status)
        || (before.role != after.role && cur.role != after.role)
        || (before.language != after.language && cur.language != after.language);
    if moved {
        return skip(ReasonCode::ChangedSince);
    }
    let mut restored = cur;
    restored.status = if before.status != after.status { before.status } else { cur.status };
    restored.role = if before.role != after.role { before.role } else { cur.role };
    restored.language = if before.language != after.language { before.language } else { cur.language };
    restored.teams = (cur.teams & !(after.teams & !before.teams)) | (before.teams & !after.teams);
    restored.labels = (cur.labels & !(after.labels & !before.labels)) | (before.labels & !after.labels);
    restored.specialisms = (cur.specialisms & !(after.specialisms & !before.specialisms))
        | (before.specialisms & !after.specialisms);
    if restored == cur {
        return skip(ReasonCode::ChangedSince);
    }
    let touches_owner = cur.role == Role::Owner || restored.role == Role::Owner;
    let scalar_moves = restored.status != cur.status || restored.role != cur.role;
    if touches_owner && scalar_moves && actor.role != Role::Owner {
        return skip(ReasonCode::OwnerProtected);
    }
    ok(Some(restored), Effect::None)
}

/// Applies an evaluation; returns the values before, when changeable fields changed.
pub fn commit(people: &mut People, idx: u32, eval: &Eval) -> Option<Mutable> {
    match eval.effect {
        Effect::None => {}
        Effect::Delete => people.recs[idx as usize].flags |= DELETED,
        Effect::Task(t) => {
            people.tasks.insert((idx, t));
        }
        Effect::Certificate(c) => {
            people.certificates.insert((idx, c));
        }
    }
    let after = eval.after?;
    let rec = &mut people.recs[idx as usize];
    let before = rec.m;
    rec.m = after;
    Some(before)
}
