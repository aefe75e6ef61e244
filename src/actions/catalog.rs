//! The action catalog (§5) as plain data: what each action asks for, how it reads on the review
//! step, and how the admin's answers become the wire `BatchAction`. No Leptos here: the dialog
//! renders one form component per field kind from this table.

use crate::i18n::Words;
use contract::{
    options::ContentKind, ActionGroup, ActionKind, BatchAction, FieldError, FilterOptions, Named, Role,
};
use std::collections::BTreeMap;

/// Where a pick's choices come from (`GET /filter-options`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Teams,
    Specialisms,
    Roles,
    Languages,
    Labels,
    Tasks,
    Certificates,
    /// Content items, channels and learnlists, picked by kind.
    Content,
}

/// What the admin fills in. One form component per kind, not one per action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Exactly one choice from a searchable list.
    Pick(Source),
    /// One or more choices from a searchable list, shown as chips.
    MultiPick(Source),
    /// A `YYYY-MM-DD` date, today or later (`future`) or today or earlier.
    Date { future: bool },
    /// A line of text with a length counter.
    Text { max: usize },
    /// A message body with a length counter and a preview of what recipients see.
    Message { max: usize },
}

/// One configuration field. `key` is the JSON member under `action`, so a server 422 naming
/// `action.team_id` lands next to the field keyed `team_id`; it also picks the field's label
/// (`Words::field_label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub kind: FieldKind,
    pub required: bool,
}

const fn field(key: &'static str, kind: FieldKind, required: bool) -> Field {
    Field { key, kind, required }
}

const TEAM: [Field; 1] = [field("team_id", FieldKind::Pick(Source::Teams), true)];
const SPECIALISMS: [Field; 1] = [field("specialism_ids", FieldKind::MultiPick(Source::Specialisms), true)];
const ROLE: [Field; 1] = [field("role", FieldKind::Pick(Source::Roles), true)];
const LANGUAGE: [Field; 1] = [field("language", FieldKind::Pick(Source::Languages), true)];
const LABELS: [Field; 1] = [field("label_ids", FieldKind::MultiPick(Source::Labels), true)];
const TASK: [Field; 2] = [
    field("task_id", FieldKind::Pick(Source::Tasks), true),
    field("due_date", FieldKind::Date { future: true }, false),
];
const SHARE: [Field; 2] = [
    field("content_ids", FieldKind::MultiPick(Source::Content), true),
    field("note", FieldKind::Text { max: contract::batch::NOTE_MAX }, false),
];
const NOTIFY: [Field; 2] = [
    field("subject", FieldKind::Text { max: contract::batch::SUBJECT_MAX }, true),
    field("message", FieldKind::Message { max: contract::batch::MESSAGE_MAX }, true),
];
const CERTIFICATE: [Field; 2] = [
    field("certificate_id", FieldKind::Pick(Source::Certificates), true),
    field("issue_date", FieldKind::Date { future: false }, true),
];

/// The configuration fields of an action; empty for the ones that open on Review.
pub fn fields(kind: ActionKind) -> &'static [Field] {
    use ActionKind::*;
    match kind {
        ResendInvitations | SendPasswordReset | Deactivate | Reactivate | Delete => &[],
        AddToTeam => &TEAM,
        AddSpecialisms => &SPECIALISMS,
        ChangeRole => &ROLE,
        ChangeLanguage => &LANGUAGE,
        AddLabels | RemoveLabels => &LABELS,
        AddTask => &TASK,
        ShareContent => &SHARE,
        SendNotification => &NOTIFY,
        AssignCertificate => &CERTIFICATE,
    }
}

/// What the admin has entered so far, by field key. A single pick or a text is one value; a multi
/// pick is several. Kept across Back and failed runs, so nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft(BTreeMap<&'static str, Vec<String>>);

impl Draft {
    pub fn one(&self, key: &str) -> &str {
        self.0.get(key).and_then(|v| v.first()).map_or("", String::as_str)
    }

    pub fn many(&self, key: &str) -> &[String] {
        self.0.get(key).map_or(&[], Vec::as_slice)
    }

    pub fn set(&mut self, key: &'static str, values: Vec<String>) {
        self.0.insert(key, values);
    }

    pub fn set_one(&mut self, key: &'static str, value: String) {
        self.set(key, vec![value]);
    }

    /// Ticks or unticks one choice of a multi pick, keeping the order chosen.
    pub fn toggle(&mut self, key: &'static str, value: &str, on: bool) {
        let values = self.0.entry(key).or_default();
        values.retain(|v| v != value);
        if on {
            values.push(value.to_owned());
        }
    }

    /// The wire action for `kind`. `confirm_count` is what the admin typed to confirm a Delete.
    pub fn action(&self, kind: ActionKind, confirm_count: u64) -> BatchAction {
        use ActionKind as K;
        let one = |key| self.one(key).to_owned();
        let many = |key| self.many(key).to_vec();
        let optional = |key| Some(self.one(key).to_owned()).filter(|v| !v.trim().is_empty());
        match kind {
            K::ResendInvitations => BatchAction::ResendInvitations,
            K::SendPasswordReset => BatchAction::SendPasswordReset,
            K::Deactivate => BatchAction::Deactivate,
            K::Reactivate => BatchAction::Reactivate,
            K::Delete => BatchAction::Delete { confirm_count },
            K::AddToTeam => BatchAction::AddToTeam { team_id: one("team_id") },
            K::AddSpecialisms => BatchAction::AddSpecialisms { specialism_ids: many("specialism_ids") },
            // No role chosen yet reads as Learner only until validation below refuses it.
            K::ChangeRole => {
                BatchAction::ChangeRole { role: Role::parse(self.one("role")).unwrap_or(Role::Learner) }
            }
            K::ChangeLanguage => BatchAction::ChangeLanguage { language: one("language") },
            K::AddLabels => BatchAction::AddLabels { label_ids: many("label_ids") },
            K::RemoveLabels => BatchAction::RemoveLabels { label_ids: many("label_ids") },
            K::AddTask => BatchAction::AddTask { task_id: one("task_id"), due_date: optional("due_date") },
            K::ShareContent => {
                BatchAction::ShareContent { content_ids: many("content_ids"), note: optional("note") }
            }
            K::SendNotification => {
                BatchAction::SendNotification { subject: one("subject"), message: one("message") }
            }
            K::AssignCertificate => BatchAction::AssignCertificate {
                certificate_id: one("certificate_id"),
                issue_date: one("issue_date"),
            },
        }
    }

    /// The contract's rules for `kind` as the server applies them on `today` (`YYYY-MM-DD`), keyed
    /// by field (`team_id`, not `action.team_id`). Empty when the configuration may go to review.
    pub fn errors(&self, kind: ActionKind, today: &str) -> Vec<FieldError> {
        let mut errors = self.action(kind, 1).validate(today);
        if kind == ActionKind::ChangeRole && Role::parse(self.one("role")).is_none() {
            errors.push(FieldError { field: "action.role".into(), message: "Choose a role".into() });
        }
        for e in &mut errors {
            if let Some(key) = e.field.strip_prefix("action.") {
                e.field = key.to_owned();
            }
        }
        errors
    }
}

/// The choices of a source, as `(id, name, kind)`: the kind names a content item's type so the
/// content pick can offer one kind at a time. Roles are the wire names; Owner only for an Owner.
pub fn choices(
    source: Source,
    options: &FilterOptions,
    may_grant_owner: bool,
) -> Vec<(String, String, Option<ContentKind>)> {
    let named = |list: &[Named]| list.iter().map(|n| (n.id.clone(), n.name.clone(), None)).collect();
    match source {
        Source::Teams => named(&options.teams),
        Source::Specialisms => named(&options.specialisms),
        Source::Roles => options
            .roles
            .iter()
            .filter(|r| may_grant_owner || r.id != Role::Owner.as_str())
            .map(|n| (n.id.clone(), n.name.clone(), None))
            .collect(),
        Source::Languages => named(&options.languages),
        Source::Labels => named(&options.labels),
        Source::Tasks => named(&options.tasks),
        Source::Certificates => named(&options.certificates),
        Source::Content => {
            let mut all: Vec<_> =
                options.content.iter().map(|c| (c.id.clone(), c.name.clone(), Some(c.kind))).collect();
            for (list, kind) in
                [(&options.channels, ContentKind::Channel), (&options.learnlists, ContentKind::Learnlist)]
            {
                all.extend(list.iter().map(|n| (n.id.clone(), n.name.clone(), Some(kind))));
            }
            all
        }
    }
}

/// The name of `id` among all the choices an action can pick, or the id itself.
fn name_of(options: &FilterOptions, sources: &[Source], id: &str) -> String {
    sources
        .iter()
        .flat_map(|s| choices(*s, options, true))
        .find(|(i, _, _)| i == id)
        .map_or_else(|| id.to_owned(), |(_, name, _)| name)
}

/// "4,213 users", "1 user", in the instance's words.
pub fn users(n: u64) -> String {
    crate::i18n::words().act_users(n.into())
}

/// "A", "A and B", "A, B and C".
fn list(words: &Words, names: Vec<String>) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let mut first = rest[0].clone();
            for next in &rest[1..] {
                first = words.act_names_more((&first).into(), next.into());
            }
            words.act_names_two((&first).into(), last.into())
        }
    }
}

/// The review sentence: "Add 4,213 users to team Sales EMEA", "Change the role of 1 user to HR".
pub fn sentence(words: &Words, action: &BatchAction, n: u64, options: &FilterOptions) -> String {
    use BatchAction as B;
    let count = n.into();
    let name = |source, id: &str| name_of(options, &[source], id);
    let names = |source, ids: &[String]| list(words, ids.iter().map(|id| name(source, id)).collect());
    match action {
        B::ResendInvitations => words.do_resend_invitations(count),
        B::SendPasswordReset => words.do_send_password_reset(count),
        B::Deactivate => words.do_deactivate(count),
        B::Reactivate => words.do_reactivate(count),
        B::Delete { .. } => words.do_delete(count),
        B::AddToTeam { team_id } => words.do_add_to_team(count, (&name(Source::Teams, team_id)).into()),
        B::AddSpecialisms { specialism_ids } => {
            words.do_add_specialisms(count, (&names(Source::Specialisms, specialism_ids)).into())
        }
        B::ChangeRole { role } => words.do_change_role(count, (&words.role(*role)).into()),
        B::ChangeLanguage { language } => {
            words.do_change_language(count, (&name(Source::Languages, language)).into())
        }
        B::AddLabels { label_ids } => words.do_add_labels(count, (&names(Source::Labels, label_ids)).into()),
        B::RemoveLabels { label_ids } => {
            words.do_remove_labels(count, (&names(Source::Labels, label_ids)).into())
        }
        B::AddTask { task_id, due_date } => {
            let task = name(Source::Tasks, task_id);
            match due_date {
                Some(due) => words.do_add_task_due(count, due.into(), (&task).into()),
                None => words.do_add_task(count, (&task).into()),
            }
        }
        B::ShareContent { content_ids, .. } => {
            words.do_share_content(count, (&names(Source::Content, content_ids)).into())
        }
        B::SendNotification { subject, .. } => words.do_send_notification(count, subject.into()),
        B::AssignCertificate { certificate_id, issue_date } => words.do_assign_certificate(
            count,
            issue_date.into(),
            (&name(Source::Certificates, certificate_id)).into(),
        ),
    }
}

/// The Actions menu: the allowed actions grouped as the help article does, in menu order, empty
/// groups left out. Built only from what `GET /me` allows.
pub fn menu(allowed: &[ActionKind]) -> Vec<(ActionGroup, Vec<ActionKind>)> {
    let mut groups: Vec<(ActionGroup, Vec<ActionKind>)> = Vec::new();
    for kind in ActionKind::ALL.into_iter().filter(|k| allowed.contains(k)) {
        match groups.last_mut() {
            Some((group, kinds)) if *group == kind.group() => kinds.push(kind),
            _ => groups.push((kind.group(), vec![kind])),
        }
    }
    groups
}

/// The help article's warning applies from this many users.
pub const LARGE_BATCH: u64 = 1_000;

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
