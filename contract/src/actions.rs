//! The batch actions of §5 and who may run them.

use crate::{me::Permissions, people::Role};
use serde::{Deserialize, Serialize};

/// One batch action, without its parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    ResendInvitations,
    SendPasswordReset,
    Deactivate,
    Reactivate,
    Delete,
    AddToTeam,
    AddSpecialisms,
    ChangeRole,
    ChangeLanguage,
    AddLabels,
    RemoveLabels,
    AddTask,
    ShareContent,
    SendNotification,
    AssignCertificate,
}

/// How the Actions menu groups actions, as the help article does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionGroup {
    UserManagement,
    Organisation,
    ContentAndCommunication,
}

impl ActionGroup {
    pub fn label(self) -> &'static str {
        match self {
            ActionGroup::UserManagement => "User management",
            ActionGroup::Organisation => "Organisation",
            ActionGroup::ContentAndCommunication => "Content & Communication",
        }
    }
}

impl ActionKind {
    /// Every action, in menu order.
    pub const ALL: [ActionKind; 15] = [
        ActionKind::ResendInvitations,
        ActionKind::SendPasswordReset,
        ActionKind::Deactivate,
        ActionKind::Reactivate,
        ActionKind::Delete,
        ActionKind::AddToTeam,
        ActionKind::AddSpecialisms,
        ActionKind::ChangeRole,
        ActionKind::ChangeLanguage,
        ActionKind::AddLabels,
        ActionKind::RemoveLabels,
        ActionKind::AddTask,
        ActionKind::ShareContent,
        ActionKind::SendNotification,
        ActionKind::AssignCertificate,
    ];

    /// The wire name, also used in query strings (`action=add_to_team`).
    pub fn as_str(self) -> &'static str {
        use ActionKind::*;
        match self {
            ResendInvitations => "resend_invitations",
            SendPasswordReset => "send_password_reset",
            Deactivate => "deactivate",
            Reactivate => "reactivate",
            Delete => "delete",
            AddToTeam => "add_to_team",
            AddSpecialisms => "add_specialisms",
            ChangeRole => "change_role",
            ChangeLanguage => "change_language",
            AddLabels => "add_labels",
            RemoveLabels => "remove_labels",
            AddTask => "add_task",
            ShareContent => "share_content",
            SendNotification => "send_notification",
            AssignCertificate => "assign_certificate",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::ResendInvitations => "Resend invitations",
            ActionKind::SendPasswordReset => "Send password reset",
            ActionKind::Deactivate => "Deactivate",
            ActionKind::Reactivate => "Reactivate",
            ActionKind::Delete => "Delete",
            ActionKind::AddToTeam => "Add to team",
            ActionKind::AddSpecialisms => "Add specialisms",
            ActionKind::ChangeRole => "Change role",
            ActionKind::ChangeLanguage => "Change language",
            ActionKind::AddLabels => "Add labels",
            ActionKind::RemoveLabels => "Remove labels",
            ActionKind::AddTask => "Add task",
            ActionKind::ShareContent => "Share content",
            ActionKind::SendNotification => "Send notification",
            ActionKind::AssignCertificate => "Assign certificate",
        }
    }

    /// Sends people a message (§13: these warn when run out of hours).
    pub fn messages_people(self) -> bool {
        matches!(
            self,
            ActionKind::SendNotification | ActionKind::ResendInvitations | ActionKind::SendPasswordReset
        )
    }

    pub fn group(self) -> ActionGroup {
        use ActionKind::*;
        match self {
            ResendInvitations | SendPasswordReset | Deactivate | Reactivate | Delete => {
                ActionGroup::UserManagement
            }
            AddToTeam | AddSpecialisms | ChangeRole | ChangeLanguage | AddLabels | RemoveLabels => {
                ActionGroup::Organisation
            }
            AddTask | ShareContent | SendNotification | AssignCertificate => {
                ActionGroup::ContentAndCommunication
            }
        }
    }

    /// Whether a finished job of this action can be undone (§5's last column).
    pub fn is_reversible(self) -> bool {
        use ActionKind::*;
        matches!(
            self,
            Deactivate
                | Reactivate
                | AddToTeam
                | AddSpecialisms
                | ChangeRole
                | ChangeLanguage
                | AddLabels
                | RemoveLabels
        )
    }

    /// Styled as dangerous, with focus on the least destructive button.
    pub fn is_destructive(self) -> bool {
        matches!(self, ActionKind::Delete | ActionKind::Deactivate | ActionKind::ChangeRole)
    }

    /// §5's permission table. Owner may always; the rest by role or by a per-admin permission flag.
    pub fn allowed_for(self, role: Role, permissions: &Permissions) -> bool {
        use ActionKind::*;
        let p = permissions;
        match role {
            Role::Owner => true,
            Role::Admin => match self {
                Delete => p.delete,
                _ => true,
            },
            Role::Hr => match self {
                AddSpecialisms | AddLabels | RemoveLabels | AddTask | ShareContent | SendNotification => true,
                _ => granted_by_flag(self, p),
            },
            Role::Curator => match self {
                ShareContent => p.sharing,
                _ => granted_by_flag(self, p),
            },
            Role::Learner => granted_by_flag(self, p),
        }
    }

    /// The actions `role` with `permissions` may run, in menu order.
    pub fn allowed(role: Role, permissions: &Permissions) -> Vec<ActionKind> {
        Self::ALL.into_iter().filter(|a| a.allowed_for(role, permissions)).collect()
    }
}

/// Actions a permission flag grants to any role ("or users with X permission").
fn granted_by_flag(action: ActionKind, p: &Permissions) -> bool {
    use ActionKind::*;
    match action {
        ResendInvitations => p.invitations,
        AddToTeam => p.team_management,
        AddLabels | RemoveLabels => p.labels,
        AddTask => p.tasks,
        AssignCertificate => p.certificates,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(actions: Vec<ActionKind>) -> Vec<&'static str> {
        actions.into_iter().map(ActionKind::label).collect()
    }

    #[test]
    fn owner_may_run_everything_even_without_flags() {
        assert_eq!(ActionKind::allowed(Role::Owner, &Permissions::default()).len(), ActionKind::ALL.len());
    }

    #[test]
    fn admin_needs_the_delete_flag_to_delete() {
        let plain = ActionKind::allowed(Role::Admin, &Permissions::default());
        assert!(!plain.contains(&ActionKind::Delete));
        assert_eq!(plain.len(), ActionKind::ALL.len() - 1);
        let with_delete = Permissions { delete: true, ..Permissions::default() };
        assert!(ActionKind::Delete.allowed_for(Role::Admin, &with_delete));
    }

    #[test]
    fn hr_gets_the_article_rows_that_name_hr() {
        assert_eq!(
            names(ActionKind::allowed(Role::Hr, &Permissions::default())),
            [
                "Add specialisms",
                "Add labels",
                "Remove labels",
                "Add task",
                "Share content",
                "Send notification"
            ]
        );
    }

    #[test]
    fn curator_shares_only_with_the_sharing_flag() {
        assert!(ActionKind::allowed(Role::Curator, &Permissions::default()).is_empty());
        let sharing = Permissions { sharing: true, ..Permissions::default() };
        assert_eq!(names(ActionKind::allowed(Role::Curator, &sharing)), ["Share content"]);
    }

    #[test]
    fn delete_flag_alone_grants_nothing_to_non_admins() {
        let delete = Permissions { delete: true, ..Permissions::default() };
        assert!(!ActionKind::Delete.allowed_for(Role::Hr, &delete));
        assert!(!ActionKind::Delete.allowed_for(Role::Learner, &delete));
    }

    #[test]
    fn flags_grant_their_actions_to_any_role() {
        let p = Permissions { invitations: true, labels: true, ..Permissions::default() };
        assert_eq!(
            names(ActionKind::allowed(Role::Learner, &p)),
            ["Resend invitations", "Add labels", "Remove labels"]
        );
    }

    #[test]
    fn query_names_are_the_wire_names() {
        for action in ActionKind::ALL {
            let wire = serde_json::to_value(action).unwrap();
            assert_eq!(wire.as_str(), Some(action.as_str()));
            assert_eq!(ActionKind::parse(action.as_str()), Some(action));
        }
        assert_eq!(ActionKind::parse("Delete"), None);
    }

    #[test]
    fn every_group_is_used_in_menu_order() {
        let groups: Vec<_> = ActionKind::ALL.iter().map(|a| a.group()).collect();
        let mut sorted = groups.clone();
        sorted.dedup();
        assert_eq!(
            sorted,
            [ActionGroup::UserManagement, ActionGroup::Organisation, ActionGroup::ContentAndCommunication]
        );
    }
}
