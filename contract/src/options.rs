//! `GET /filter-options`: everything the filter bar and the action forms pick from.

use crate::{batch::BatchAction, filter::Filter};
use serde::{Deserialize, Serialize};

/// Something with an id and a display name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// The kind of a content item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    Course,
    Item,
    Channel,
    Learnlist,
}

/// A piece of content a progress filter can name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentItem {
    pub id: String,
    pub name: String,
    pub kind: ContentKind,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FilterOptions {
    pub teams: Vec<Named>,
    /// Role ids are the wire names of `Role`.
    pub roles: Vec<Named>,
    pub labels: Vec<Named>,
    /// Ids are language codes.
    pub languages: Vec<Named>,
    pub specialisms: Vec<Named>,
    pub content: Vec<ContentItem>,
    pub tasks: Vec<Named>,
    pub certificates: Vec<Named>,
    pub channels: Vec<Named>,
    pub learnlists: Vec<Named>,
}

impl FilterOptions {
    /// The entries naming the ids that `action` and `filter` refer to, in these options' order:
    /// what a job keeps so that it can still be read by name later (§14).
    pub fn named_in(&self, action: Option<&BatchAction>, filter: Option<&Filter>) -> FilterOptions {
        use BatchAction as B;
        let mut teams: Vec<&str> = Vec::new();
        let mut roles: Vec<&str> = Vec::new();
        let mut labels: Vec<&str> = Vec::new();
        let mut languages: Vec<&str> = Vec::new();
        let mut specialisms: Vec<&str> = Vec::new();
        // Content items, channels and learnlists: `share_content` mixes them in one list.
        let mut content: Vec<&str> = Vec::new();
        let (mut task, mut certificate) = (None, None);
        if let Some(f) = filter {
            teams.extend(f.team.iter().map(String::as_str));
            roles.extend(f.role.iter().map(|r| r.as_str()));
            labels.extend(f.label.iter().map(String::as_str));
            languages.extend(f.language.iter().map(String::as_str));
            specialisms.extend(f.specialism.iter().map(String::as_str));
            content.extend(f.content.as_ref().map(|c| c.content_id.as_str()));
        }
        match action {
            Some(B::AddToTeam { team_id }) => teams.push(team_id),
            Some(B::AddSpecialisms { specialism_ids }) => {
                specialisms.extend(specialism_ids.iter().map(String::as_str))
            }
            Some(B::ChangeRole { role }) => roles.push(role.as_str()),
            Some(B::ChangeLanguage { language }) => languages.push(language),
            Some(B::AddLabels { label_ids } | B::RemoveLabels { label_ids }) => {
                labels.extend(label_ids.iter().map(String::as_str))
            }
            Some(B::AddTask { task_id, .. }) => task = Some(task_id.as_str()),
            Some(B::ShareContent { content_ids, .. }) => {
                content.extend(content_ids.iter().map(String::as_str))
            }
            Some(B::AssignCertificate { certificate_id, .. }) => certificate = Some(certificate_id.as_str()),
            _ => {}
        }
        let keep = |list: &[Named], ids: &[&str]| -> Vec<Named> {
            list.iter().filter(|n| ids.contains(&n.id.as_str())).cloned().collect()
        };
        FilterOptions {
            teams: keep(&self.teams, &teams),
            roles: keep(&self.roles, &roles),
            labels: keep(&self.labels, &labels),
            languages: keep(&self.languages, &languages),
            specialisms: keep(&self.specialisms, &specialisms),
            content: self.content.iter().filter(|c| content.contains(&c.id.as_str())).cloned().collect(),
            tasks: keep(&self.tasks, task.as_slice()),
            certificates: keep(&self.certificates, certificate.as_slice()),
            channels: keep(&self.channels, &content),
            learnlists: keep(&self.learnlists, &content),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{filter::ContentFilter, filter::Progress, people::Role};

    fn named(pairs: &[(&str, &str)]) -> Vec<Named> {
        pairs.iter().map(|(id, name)| Named { id: (*id).into(), name: (*name).into() }).collect()
    }

    fn options() -> FilterOptions {
        FilterOptions {
            teams: named(&[("sales", "Sales EMEA"), ("support", "Support")]),
            roles: named(&[("admin", "Admin"), ("learner", "Learner")]),
            labels: named(&[("mentor", "Mentor"), ("remote", "Remote")]),
            languages: named(&[("de", "Deutsch"), ("en", "English")]),
            specialisms: named(&[("rust", "Rust programming")]),
            content: vec![ContentItem {
                id: "gdpr".into(),
                name: "GDPR Basics".into(),
                kind: ContentKind::Course,
            }],
            tasks: named(&[("t1", "Finish IT setup"), ("t2", "Set goals")]),
            certificates: named(&[("c1", "First Aid")]),
            channels: named(&[("news", "Company News")]),
            learnlists: named(&[("ramp", "Sales Ramp-up")]),
        }
    }

    #[test]
    fn a_job_keeps_the_names_of_its_own_ids_and_no_others() {
        let filter = Filter {
            team: vec!["support".into()],
            role: vec![Role::Learner],
            content: Some(ContentFilter { content_id: "gdpr".into(), progress: Progress::NotCompleted }),
            ..Filter::default()
        };
        let action = BatchAction::AddToTeam { team_id: "sales".into() };
        let names = options().named_in(Some(&action), Some(&filter));
        let ids = |list: &[Named]| list.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&names.teams), ["sales", "support"], "the options' order");
        assert_eq!(ids(&names.roles), ["learner"]);
        assert_eq!(names.content.len(), 1);
        assert!(names.labels.is_empty() && names.tasks.is_empty() && names.channels.is_empty());
    }

    #[test]
    fn shared_content_is_named_in_whichever_list_holds_each_id() {
        let action = BatchAction::ShareContent {
            content_ids: vec!["ramp".into(), "news".into(), "gone".into()],
            note: None,
        };
        let names = options().named_in(Some(&action), None);
        assert_eq!(names.channels, named(&[("news", "Company News")]));
        assert_eq!(names.learnlists, named(&[("ramp", "Sales Ramp-up")]));
        assert!(names.content.is_empty(), "an id no list holds is left unnamed");
        let task = BatchAction::AddTask { task_id: "t2".into(), due_date: None };
        assert_eq!(options().named_in(Some(&task), None).tasks, named(&[("t2", "Set goals")]));
    }
}
