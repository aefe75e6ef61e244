//! The actions' words that are picked by a contract value (an action, its group, a field's rule),
//! so the dialog's code names the value and the catalog says it. The contract keeps its English
//! for the server; the widget says its own (issue 19).

use crate::i18n::Words;
use contract::{ActionGroup, ActionKind, FieldError};

impl Words {
    /// An action's name, as the menu shows it.
    pub fn action_name(&self, kind: ActionKind) -> String {
        use ActionKind::*;
        match kind {
            ResendInvitations => self.act_resend_invitations(),
            SendPasswordReset => self.act_send_password_reset(),
            Deactivate => self.act_deactivate(),
            Reactivate => self.act_reactivate(),
            Delete => self.act_delete(),
            AddToTeam => self.act_add_to_team(),
            AddSpecialisms => self.act_add_specialisms(),
            ChangeRole => self.act_change_role(),
            ChangeLanguage => self.act_change_language(),
            AddLabels => self.act_add_labels(),
            RemoveLabels => self.act_remove_labels(),
            AddTask => self.act_add_task(),
            ShareContent => self.act_share_content(),
            SendNotification => self.act_send_notification(),
            AssignCertificate => self.act_assign_certificate(),
        }
    }

    /// One line under the action's name in the dialog.
    pub fn action_about(&self, kind: ActionKind) -> String {
        use ActionKind::*;
        match kind {
            ResendInvitations => self.about_resend_invitations(),
            SendPasswordReset => self.about_send_password_reset(),
            Deactivate => self.about_deactivate(),
            Reactivate => self.about_reactivate(),
            Delete => self.about_delete(),
            AddToTeam => self.about_add_to_team(),
            AddSpecialisms => self.about_add_specialisms(),
            ChangeRole => self.about_change_role(),
            ChangeLanguage => self.about_change_language(),
            AddLabels => self.about_add_labels(),
            RemoveLabels => self.about_remove_labels(),
            AddTask => self.about_add_task(),
            ShareContent => self.about_share_content(),
            SendNotification => self.about_send_notification(),
            AssignCertificate => self.about_assign_certificate(),
        }
    }

    /// A group of the Actions menu.
    pub fn action_group(&self, group: ActionGroup) -> String {
        match group {
            ActionGroup::UserManagement => self.act_group_users(),
            ActionGroup::Organisation => self.act_group_organisation(),
            ActionGroup::ContentAndCommunication => self.act_group_content(),
        }
    }

    /// A configuration field's label, by its key (`catalog::fields`).
    pub fn config_field_label(&self, key: &str) -> String {
        match key {
            "team_id" => self.field_team(),
            "specialism_ids" => self.field_specialisms(),
            "role" => self.field_new_role(),
            "language" => self.field_language(),
            "label_ids" => self.column_labels(),
            "task_id" => self.field_task(),
            "due_date" => self.field_due_date(),
            "content_ids" => self.field_content(),
            "note" => self.field_note(),
            "subject" => self.field_subject(),
            "message" => self.field_message(),
            "certificate_id" => self.field_certificate(),
            "issue_date" => self.field_issue_date(),
            other => other.to_owned(),
        }
    }

    /// A configuration field's problem in the widget's words. The contract's FieldError carries
    /// no code, so its English message (the contract's, `BatchAction::validate`) is the code; a
    /// message the widget does not know, such as a server's own, is shown as it comes. `field`
    /// is the key without `action.`.
    pub fn field_problem(&self, error: &FieldError) -> String {
        use contract::batch::{MESSAGE_MAX, NOTE_MAX, SUBJECT_MAX};
        let max = |n: usize| n.into();
        let message = error.message.as_str();
        match (error.field.as_str(), message) {
            ("confirm_count", "Type the number of users") => self.need_confirm_count(),
            ("team_id", "Choose a team") => self.need_team(),
            ("specialism_ids", "Choose at least one specialism") => self.need_specialism(),
            ("role", "Choose a role") => self.need_role(),
            ("language", "Choose a language") => self.need_language(),
            ("label_ids", "Choose at least one label") => self.need_label(),
            ("task_id", "Choose a task") => self.need_task(),
            ("due_date", "Enter the due date as YYYY-MM-DD") => self.need_due_date(),
            ("due_date", "The due date is in the past") => self.need_due_date_ahead(),
            ("content_ids", "Choose at least one item to share") => self.need_content(),
            ("note", m) if m == format!("Keep the note to {NOTE_MAX} characters") => {
                self.need_note_length(max(NOTE_MAX))
            }
            ("subject", "Enter a subject") => self.need_subject(),
            ("subject", m) if m == format!("Keep the subject to {SUBJECT_MAX} characters") => {
                self.need_subject_length(max(SUBJECT_MAX))
            }
            ("message", "Enter a message") => self.need_message(),
            ("message", m) if m == format!("Keep the message to {MESSAGE_MAX} characters") => {
                self.need_message_length(max(MESSAGE_MAX))
            }
            ("certificate_id", "Choose a certificate") => self.need_certificate(),
            ("issue_date", "Enter the issue date as YYYY-MM-DD") => self.need_issue_date(),
            ("issue_date", "The issue date is in the future") => self.need_issue_date_past(),
            _ => message.to_owned(),
        }
    }
}

/// The shipped German words, for tests that show a plural or word order.
#[cfg(test)]
pub(crate) fn german() -> Words {
    let text = include_str!(concat!(env!("OUT_DIR"), "/locales/de.txt"));
    Words::compiled(text.to_owned(), "de", Box::new(|n| if n == 1 { "one" } else { "other" }))
        .expect("built for this catalog")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;
    use contract::BatchAction;

    #[test]
    fn every_rule_of_the_contract_has_the_widgets_words() {
        let long = "x".repeat(5_000);
        let broken = [
            BatchAction::Delete { confirm_count: 0 },
            BatchAction::AddToTeam { team_id: String::new() },
            BatchAction::AddSpecialisms { specialism_ids: vec![] },
            BatchAction::ChangeLanguage { language: String::new() },
            BatchAction::AddLabels { label_ids: vec![] },
            BatchAction::AddTask { task_id: String::new(), due_date: Some("8 Dec".into()) },
            BatchAction::AddTask { task_id: "t".into(), due_date: Some("2000-01-01".into()) },
            BatchAction::ShareContent { content_ids: vec![], note: Some(long.clone()) },
            BatchAction::SendNotification { subject: " ".into(), message: " ".into() },
            BatchAction::SendNotification { subject: long.clone(), message: long },
            BatchAction::AssignCertificate { certificate_id: String::new(), issue_date: "x".into() },
            BatchAction::AssignCertificate { certificate_id: "c".into(), issue_date: "2999-01-01".into() },
        ];
        let de = german();
        let mut seen = 0;
        for action in broken {
            for mut e in action.validate("2026-12-07") {
                e.field = e.field.trim_start_matches("action.").to_owned();
                assert_eq!(english().field_problem(&e), e.message, "English is the contract's");
                assert_ne!(de.field_problem(&e), e.message, "{e:?} has German words");
                seen += 1;
            }
        }
        assert_eq!(seen, 16);
        let unknown = FieldError { field: "team_id".into(), message: "Team gibt es nicht".into() };
        assert_eq!(de.field_problem(&unknown), "Team gibt es nicht", "a server's own words as they come");
    }

    #[test]
    fn every_action_and_group_is_named() {
        let de = german();
        for kind in ActionKind::ALL {
            assert_eq!(english().action_name(kind), kind.label());
            assert_ne!(de.action_name(kind), "");
            assert_ne!(de.action_about(kind), english().action_about(kind), "{kind:?}");
        }
        assert_eq!(english().action_group(ActionGroup::Organisation), ActionGroup::Organisation.label());
    }
}
