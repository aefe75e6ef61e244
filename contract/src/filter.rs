//! The filter model of §3 and its query-string encoding.
//!
//! The same encoding is used for the widget's URL and for `GET /people`, so a shared link and the
//! request it makes can never disagree. Multi-valued fields repeat their key (`team=a&team=b`), which
//! keeps ids free to contain any character.

use crate::{lists::ListId, people::Role, people::Status, query::QueryError};
use serde::{Deserialize, Serialize};

/// Which users to show: every field narrows the result; empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Filter {
    /// Case-insensitive substring of the name or email.
    pub search: String,
    pub status: Vec<Status>,
    pub role: Vec<Role>,
    /// Team ids (any of).
    pub team: Vec<String>,
    /// Label ids (any of).
    pub label: Vec<String>,
    /// Language codes (any of).
    pub language: Vec<String>,
    /// Specialism ids (any of).
    pub specialism: Vec<String>,
    pub content: Option<ContentFilter>,
    pub hire_date: Option<HireDate>,
    /// Only the users a list matched (`POST /people/lists`): one list, the acting admin's own.
    pub list: Option<ListId>,
}

/// "Has not completed Mandatory Compliance 2026": a content item and a progress state.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentFilter {
    pub content_id: String,
    pub progress: Progress,
}

/// A learner's progress on one content item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    Completed,
    /// Anything but completed: not started, in progress or overdue.
    NotCompleted,
    NotStarted,
    InProgress,
    Overdue,
}

impl Progress {
    pub const ALL: [Progress; 5] = [
        Progress::Completed,
        Progress::NotCompleted,
        Progress::NotStarted,
        Progress::InProgress,
        Progress::Overdue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Progress::Completed => "completed",
            Progress::NotCompleted => "not_completed",
            Progress::NotStarted => "not_started",
            Progress::InProgress => "in_progress",
            Progress::Overdue => "overdue",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Reads as "Has … <content>".
    pub fn label(self) -> &'static str {
        match self {
            Progress::Completed => "Has completed",
            Progress::NotCompleted => "Has not completed",
            Progress::NotStarted => "Has not started",
            Progress::InProgress => "Is in progress on",
            Progress::Overdue => "Is overdue on",
        }
    }
}

/// The hire-date window.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HireDate {
    /// Hired within the last N days (N ≥ 1), counted by the server's calendar.
    LastDays(u32),
    /// Hired between two `YYYY-MM-DD` dates, both inclusive; either end may be open.
    Range { from: Option<String>, to: Option<String> },
}

impl Filter {
    /// True when nothing narrows the result.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The filter as ordered query pairs; empty fields are left out.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(list) = &self.list {
            pairs.push(("list", list.0.clone()));
        }
        if !self.search.is_empty() {
            pairs.push(("q", self.search.clone()));
        }
        pairs.extend(self.status.iter().map(|s| ("status", s.as_str().to_owned())));
        pairs.extend(self.role.iter().map(|r| ("role", r.as_str().to_owned())));
        pairs.extend(self.team.iter().map(|v| ("team", v.clone())));
        pairs.extend(self.label.iter().map(|v| ("label", v.clone())));
        pairs.extend(self.language.iter().map(|v| ("language", v.clone())));
        pairs.extend(self.specialism.iter().map(|v| ("specialism", v.clone())));
        if let Some(content) = &self.content {
            pairs.push(("content", content.content_id.clone()));
            pairs.push(("progress", content.progress.as_str().to_owned()));
        }
        match &self.hire_date {
            Some(HireDate::LastDays(days)) => pairs.push(("hired_within", days.to_string())),
            Some(HireDate::Range { from, to }) => {
                if let Some(from) = from {
                    pairs.push(("hired_from", from.clone()));
                }
                if let Some(to) = to {
                    pairs.push(("hired_to", to.clone()));
                }
            }
            None => {}
        }
        pairs
    }

    /// Reads a filter back from query pairs. Keys it does not know are ignored (they belong to
    /// paging, sorting or the host page); values it cannot read are an error naming the field.
    pub fn from_query_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Filter, QueryError> {
        let mut filter = Filter::default();
        let mut content_id = None;
        let mut progress = None;
        let (mut from, mut to, mut within) = (None, None, None);
        for (key, value) in pairs {
            match key {
                "list" => {
                    // Two lists would read as "in both" to some and "in either" to others.
                    if filter.list.is_some() {
                        return Err(QueryError::invalid(
                            "list",
                            value,
                            "one list id; `list` may appear once",
                        ));
                    }
                    filter.list = Some(ListId(non_empty("list", value)?));
                }
                "q" => filter.search = value.to_owned(),
                "status" => filter
                    .status
                    .push(Status::parse(value).ok_or_else(|| {
                        QueryError::invalid("status", value, "active, invited or inactive")
                    })?),
                "role" => filter.role.push(Role::parse(value).ok_or_else(|| {
                    QueryError::invalid("role", value, "owner, admin, hr, curator or learner")
                })?),
                "team" => filter.team.push(non_empty("team", value)?),
                "label" => filter.label.push(non_empty("label", value)?),
                "language" => filter.language.push(non_empty("language", value)?),
                "specialism" => filter.specialism.push(non_empty("specialism", value)?),
                "content" => content_id = Some(non_empty("content", value)?),
                "progress" => {
                    progress = Some(Progress::parse(value).ok_or_else(|| {
                        QueryError::invalid(
                            "progress",
                            value,
                            "completed, not_completed, not_started, in_progress or overdue",
                        )
                    })?)
                }
                "hired_within" => {
                    within = Some(value.parse::<u32>().ok().filter(|d| (1..=36_500).contains(d)).ok_or_else(
                        || {
                            QueryError::invalid(
                                "hired_within",
                                value,
                                "a whole number of days from 1 to 36500",
                            )
                        },
                    )?)
                }
                "hired_from" => from = Some(date("hired_from", value)?),
                "hired_to" => to = Some(date("hired_to", value)?),
                _ => {}
            }
        }
        filter.content = match (content_id, progress) {
            (Some(content_id), Some(progress)) => Some(ContentFilter { content_id, progress }),
            (None, None) => None,
            (Some(_), None) => {
                return Err(QueryError::missing("progress", "a content filter needs a progress state"))
            }
            (None, Some(_)) => {
                return Err(QueryError::missing("content", "a progress state needs a content item"))
            }
        };
        filter.hire_date = match (within, from, to) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
                return Err(QueryError::invalid(
                    "hired_within",
                    "",
                    "either hired_within or a hired_from/hired_to range, not both",
                ))
            }
            (Some(days), None, None) => Some(HireDate::LastDays(days)),
            (None, None, None) => None,
            (None, from, to) => {
                if let (Some(f), Some(t)) = (&from, &to) {
                    if f > t {
                        return Err(QueryError::invalid("hired_to", t, "a date on or after hired_from"));
                    }
                }
                Some(HireDate::Range { from, to })
            }
        };
        Ok(filter)
    }

    /// The number of active filter parts, as the chips show them.
    pub fn active_count(&self) -> usize {
        usize::from(!self.search.is_empty())
            + self.status.len()
            + self.role.len()
            + self.team.len()
            + self.label.len()
            + self.language.len()
            + self.specialism.len()
            + usize::from(self.content.is_some())
            + usize::from(self.hire_date.is_some())
            + usize::from(self.list.is_some())
    }
}

fn non_empty(field: &'static str, value: &str) -> Result<String, QueryError> {
    if value.is_empty() {
        Err(QueryError::invalid(field, value, "a non-empty id"))
    } else {
        Ok(value.to_owned())
    }
}

/// Accepts exactly `YYYY-MM-DD` with a plausible month and day.
fn date(field: &'static str, value: &str) -> Result<String, QueryError> {
    if crate::batch::is_date(value) {
        Ok(value.to_owned())
    } else {
        Err(QueryError::invalid(field, value, "a date as YYYY-MM-DD"))
    }
}
