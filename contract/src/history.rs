//! `GET /batch-jobs`: whose jobs, which of them, and which page. Without `scope=org` it is the
//! admin's own recent jobs (the jobs tray, §8); with it, the organisation's history (§14).
//!
//! The encoding is shared so that the widget's History screen can keep its filters in the URL
//! and ask the server with the same pairs.

use crate::{
    actions::ActionKind,
    calendar::{parse_date, parse_instant},
    jobs::JobStatus,
    people::{UserId, MAX_SAFE_INTEGER},
    query::{decode_pairs, encode_pairs, parse_page, parse_per_page, QueryError, DEFAULT_PAGE_SIZE},
};

/// Whose jobs a list holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum JobScope {
    /// The acting admin's own jobs: active ones, and those that finished in the last hour.
    #[default]
    Mine,
    /// Every job of the organisation within the retention window; needs `view_history`.
    Org,
}

impl JobScope {
    pub fn as_str(self) -> &'static str {
        match self {
            JobScope::Mine => "mine",
            JobScope::Org => "org",
        }
    }
}

/// One request of `GET /batch-jobs`. Every filter narrows the list; repeated keys mean any of.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct JobListQuery {
    pub scope: JobScope,
    /// Only unfinished jobs: scheduled, queued, running or paused.
    pub active: bool,
    pub created_by: Vec<UserId>,
    pub action: Vec<ActionKind>,
    pub status: Vec<JobStatus>,
    /// Jobs created at or after: a day (`YYYY-MM-DD`, from its start, UTC) or an RFC 3339 instant.
    pub from: Option<String>,
    /// Jobs created before: a day (`YYYY-MM-DD`, the whole day included, UTC) or an RFC 3339
    /// instant (excluded).
    pub to: Option<String>,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
    /// The `snapshot` of an earlier answer: list the jobs as they were then.
    pub snapshot: Option<String>,
}

impl Default for JobListQuery {
    fn default() -> Self {
        JobListQuery {
            scope: JobScope::Mine,
            active: false,
            created_by: Vec::new(),
            action: Vec::new(),
            status: Vec::new(),
            from: None,
            to: None,
            page: 1,
            per_page: DEFAULT_PAGE_SIZE,
            snapshot: None,
        }
    }
}

const MOMENT: &str = "a date (YYYY-MM-DD) or an RFC 3339 date-time";

/// A bound's Unix seconds: a day stands for its first second, or (`day_end`) for the first
/// second of the next day.
fn moment(value: &str, day_end: bool) -> Option<i64> {
    match parse_date(value) {
        Some(day) => Some((day + i64::from(day_end)) * 86_400),
        None => parse_instant(value),
    }
}

fn flag(field: &'static str, value: &str) -> Result<bool, QueryError> {
    match value {
        "" | "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(QueryError::invalid(field, value, "true or false")),
    }
}

impl JobListQuery {
    /// The organisation's history, first page, no filter.
    pub fn org() -> Self {
        JobListQuery { scope: JobScope::Org, ..JobListQuery::default() }
    }

    /// Unix seconds of the first second a listed job may be created in.
    pub fn from_unix(&self) -> Option<i64> {
        self.from.as_deref().and_then(|v| moment(v, false))
    }

    /// Unix seconds before which a listed job was created.
    pub fn to_unix(&self) -> Option<i64> {
        self.to.as_deref().and_then(|v| moment(v, true))
    }

    /// Ordered pairs; defaults (scope mine, page 1, 50 per page) are left out.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.scope != JobScope::Mine {
            pairs.push(("scope", self.scope.as_str().to_owned()));
        }
        if self.active {
            pairs.push(("active", "true".to_owned()));
        }
        pairs.extend(self.created_by.iter().map(|id| ("created_by", id.0.to_string())));
        pairs.extend(self.action.iter().map(|a| ("action", a.as_str().to_owned())));
        pairs.extend(self.status.iter().map(|s| ("status", s.as_str().to_owned())));
        pairs.extend(self.from.iter().map(|v| ("from", v.clone())));
        pairs.extend(self.to.iter().map(|v| ("to", v.clone())));
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.per_page != DEFAULT_PAGE_SIZE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        pairs.extend(self.snapshot.iter().map(|v| ("snapshot", v.clone())));
        pairs
    }

    /// The query string without the leading `?`, percent-encoded.
    pub fn to_query_string(&self) -> String {
        encode_pairs(self.to_query_pairs())
    }

    /// Strict parse: a bad value is an error naming its key. Unknown keys are ignored.
    /// `mine=true` is accepted for the own list (it changes nothing) and refused with `scope=org`,
    /// which it would contradict.
    pub fn from_query_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, QueryError> {
        let mut query = JobListQuery::default();
        let mut mine = false;
        for (key, value) in pairs {
            match key {
                "scope" => {
                    query.scope = match value {
                        "mine" => JobScope::Mine,
                        "org" => JobScope::Org,
                        _ => return Err(QueryError::invalid("scope", value, "mine or org")),
                    }
                }
                "mine" => mine = flag("mine", value)?,
                "active" => query.active = flag("active", value)?,
                "created_by" => query.created_by.push(
                    value.parse::<u64>().ok().filter(|id| *id <= MAX_SAFE_INTEGER).map(UserId).ok_or_else(
                        || QueryError::invalid("created_by", value, "a user id (a whole number from 0)"),
                    )?,
                ),
                "action" => query.action.push(ActionKind::parse(value).ok_or_else(|| {
                    QueryError::invalid("action", value, "an action kind, e.g. add_to_team")
                })?),
                "status" => query.status.push(JobStatus::parse(value).ok_or_else(|| {
                    QueryError::invalid(
                        "status",
                        value,
                        "queued, running, succeeded, completed_with_failures, failed or cancelled",
                    )
                })?),
                "from" => {
                    moment(value, false).ok_or_else(|| QueryError::invalid("from", value, MOMENT))?;
                    query.from = Some(value.to_owned());
                }
                "to" => {
                    moment(value, true).ok_or_else(|| QueryError::invalid("to", value, MOMENT))?;
                    query.to = Some(value.to_owned());
                }
                "page" => query.page = parse_page(value)?,
                "per_page" => query.per_page = parse_per_page(value)?,
                "snapshot" if value.is_empty() => {
                    return Err(QueryError::invalid("snapshot", value, "the snapshot of an earlier answer"))
                }
                "snapshot" => query.snapshot = Some(value.to_owned()),
                _ => {}
            }
        }
        if mine && query.scope == JobScope::Org {
            return Err(QueryError::invalid(
                "mine",
                "true",
                "false or nothing with scope=org (use created_by)",
            ));
        }
        if let (Some(from), Some(to)) = (query.from_unix(), query.to_unix()) {
            if from >= to {
                let to = query.to.as_deref().unwrap_or_default();
                return Err(QueryError::invalid("to", to, "a moment after from"));
            }
        }
        Ok(query)
    }

    /// Parses a percent-encoded query string (with or without the leading `?`).
    pub fn parse(query: &str) -> Result<Self, QueryError> {
        let pairs = decode_pairs(query);
        JobListQuery::from_query_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::format_rfc3339;
    use crate::query::PAGE_SIZES;
    use proptest::prelude::*;

    #[test]
    fn the_default_is_the_own_list_and_encodes_to_nothing() {
        assert_eq!(JobListQuery::parse("").unwrap(), JobListQuery::default());
        assert_eq!(JobListQuery::default().to_query_string(), "");
        // What the jobs tray has always sent.
        let tray = JobListQuery::parse("mine=true&active=true").unwrap();
        assert_eq!((tray.scope, tray.active), (JobScope::Mine, true));
    }

    #[test]
    fn filters_repeat_and_combine() {
        let q = JobListQuery::parse(
            "scope=org&created_by=2&created_by=3&action=change_role&status=failed&status=cancelled&from=2026-03-01&to=2026-03-02",
        )
        .unwrap();
        assert_eq!(q.created_by, [UserId(2), UserId(3)]);
        assert_eq!(q.action, [ActionKind::ChangeRole]);
        assert_eq!(q.status, [JobStatus::Failed, JobStatus::Cancelled]);
        assert_eq!(q.from_unix().map(format_rfc3339).as_deref(), Some("2026-03-01T00:00:00Z"));
        assert_eq!(
            q.to_unix().map(format_rfc3339).as_deref(),
            Some("2026-03-03T00:00:00Z"),
            "the 2nd included"
        );
    }

    #[test]
    fn instants_bound_exactly_in_any_offset() {
        let q = JobListQuery::parse("scope=org&from=2026-03-01T08:00:00%2B01:00&to=2026-03-01T09:00:00Z")
            .unwrap();
        assert_eq!(q.from_unix().map(format_rfc3339).as_deref(), Some("2026-03-01T07:00:00Z"));
        assert_eq!(q.to_unix().map(format_rfc3339).as_deref(), Some("2026-03-01T09:00:00Z"));
    }

    #[test]
    fn bad_values_name_their_key() {
        for (query, field) in [
            ("scope=all", "scope"),
            ("scope=", "scope"),
            ("active=maybe", "active"),
            ("mine=yes", "mine"),
            ("scope=org&mine=true", "mine"),
            ("created_by=admin", "created_by"),
            ("created_by=-1", "created_by"),
            ("created_by=9007199254740992", "created_by"),
            ("action=Delete", "action"),
            ("action=", "action"),
            ("status=done", "status"),
            ("from=2026-02-30", "from"),
            ("from=yesterday", "from"),
            ("to=2026-03-01T25:00:00Z", "to"),
            ("from=2026-03-02&to=2026-03-01", "to"),
            ("from=2026-03-01T10:00:00Z&to=2026-03-01T10:00:00Z", "to"),
            ("page=0", "page"),
            ("per_page=10", "per_page"),
            ("snapshot=", "snapshot"),
        ] {
            let err = JobListQuery::parse(query).expect_err(query);
            assert_eq!(err.field, field, "{query}: {err}");
        }
        // One day is a valid range; `mine=false` says nothing against the organisation.
        assert!(JobListQuery::parse("from=2026-03-01&to=2026-03-01").is_ok());
        assert!(JobListQuery::parse("scope=org&mine=false&utm_source=x").is_ok());
    }

    fn moment_text() -> impl Strategy<Value = String> {
        let day = (1970u32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
        prop_oneof![
            day.clone(),
            (day, 0u32..24, 0u32..60, proptest::sample::select(vec!["Z", "+02:00", "-05:30"]))
                .prop_map(|(d, h, m, z)| format!("{d}T{h:02}:{m:02}:00{z}")),
        ]
    }

    prop_compose! {
        fn query()(
            org: bool,
            active: bool,
            created_by in proptest::collection::vec(0u64..=MAX_SAFE_INTEGER, 0..3),
            action in proptest::sample::subsequence(ActionKind::ALL.to_vec(), 0..4),
            status in proptest::sample::subsequence(JobStatus::ALL.to_vec(), 0..3),
            from in proptest::option::of(moment_text()),
            to in proptest::option::of(moment_text()),
            page in 1u32..1000,
            per_page in proptest::sample::select(PAGE_SIZES.to_vec()),
            snapshot in proptest::option::of("\\PC{1,12}"),
        ) -> JobListQuery {
            JobListQuery {
                scope: if org { JobScope::Org } else { JobScope::Mine },
                active,
                created_by: created_by.into_iter().map(UserId).collect(),
                action, status, from, to, page, per_page, snapshot,
            }
        }
    }

    proptest! {
        #[test]
        fn query_string_round_trips(q in query()) {
            let ordered = match (q.from_unix(), q.to_unix()) {
                (Some(f), Some(t)) => f < t,
                _ => true,
            };
            match JobListQuery::parse(&q.to_query_string()) {
                Ok(back) => prop_assert_eq!(back, q),
                Err(e) => {
                    prop_assert!(!ordered, "refused an ordered range: {}", e);
                    prop_assert_eq!(e.field, "to");
                }
            }
        }
    }
}
