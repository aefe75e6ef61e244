//! Lists of people (§12): the emails, usernames or ids an admin pasted or uploaded, matched by the
//! server once (`POST /people/lists`) and then used as a filter (`list={id}`) like any other.

use serde::{Deserialize, Serialize};

/// The most entries one list may hold.
pub const MAX_LIST_ENTRIES: usize = 10_000;
/// Longest list name, in characters: the same rule as a saved view's name.
pub const LIST_NAME_MAX: usize = crate::views::VIEW_NAME_MAX;
/// Longest entry that can match anyone, in characters (the longest email address, RFC 5321);
/// a longer one is [`UnmatchedReason::Invalid`].
pub const ENTRY_MAX: usize = 254;
/// The least time a server keeps a list after creating it.
pub const LIST_RETENTION_DAYS: u32 = 7;

/// A list's id, opaque to the client. Never reused for another list, so a stale link cannot
/// silently show other people.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct ListId(pub String);

impl std::fmt::Display for ListId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Body of `POST /people/lists`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateList {
    /// Emails, usernames or user ids, mixed, in the admin's order: 1 to 10,000
    /// ([`MAX_LIST_ENTRIES`]). Each is trimmed; emails match without regard to case.
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 10_000))]
    pub entries: Vec<String>,
    /// What the chip calls it: the file's name, or "Pasted list, 4 Dec 10:32" (the widget words it,
    /// in the admin's language and time zone). 1 to 80 characters after trimming
    /// ([`LIST_NAME_MAX`]); absent, the server names it after the time it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A matched list: `GET /people/lists/{id}`, and the answer to `POST /people/lists`.
/// `entries = matched + unmatched.len()`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeopleList {
    pub id: ListId,
    pub name: String,
    /// How many entries were sent.
    #[serde(deserialize_with = "crate::people::safe_u64")]
    pub entries: u64,
    /// How many entries matched a user: the number of users `list={id}` narrows to (each user
    /// once), as matched at creation.
    #[serde(deserialize_with = "crate::people::safe_u64")]
    pub matched: u64,
    /// The entries that matched no user, or no user not already matched, in the order sent.
    pub unmatched: Vec<Unmatched>,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339: the list is kept at least until then, 7 days or more after creation
    /// ([`LIST_RETENTION_DAYS`]); afterwards `list={id}` is a `list-unavailable` problem.
    pub expires_at: String,
}

/// One entry that did not add a user to the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unmatched {
    /// The entry as sent, trimmed.
    pub entry: String,
    pub reason: UnmatchedReason,
}

/// Why an entry did not add a user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UnmatchedReason {
    /// No user has this email, username or id.
    NotFound,
    /// More than one user has this username (or email): the list cannot say which one is meant.
    Ambiguous,
    /// It cannot be an email, username or id: blank, a malformed email (`ada@@example`), a space
    /// inside, a control character, or longer than 254 characters ([`ENTRY_MAX`]).
    Invalid,
    /// The same as an earlier entry (emails compared without regard to case), or naming a user an
    /// earlier entry already matched: counted once.
    Duplicate,
}

impl UnmatchedReason {
    pub const ALL: [UnmatchedReason; 4] = [
        UnmatchedReason::NotFound,
        UnmatchedReason::Ambiguous,
        UnmatchedReason::Invalid,
        UnmatchedReason::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UnmatchedReason::NotFound => "not_found",
            UnmatchedReason::Ambiguous => "ambiguous",
            UnmatchedReason::Invalid => "invalid",
            UnmatchedReason::Duplicate => "duplicate",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format() {
        let list = PeopleList {
            id: ListId("list-1".into()),
            name: "HR export.csv".into(),
            entries: 3,
            matched: 1,
            unmatched: vec![
                Unmatched { entry: "nobody@example.com".into(), reason: UnmatchedReason::NotFound },
                Unmatched { entry: "ADA@example.com".into(), reason: UnmatchedReason::Duplicate },
            ],
            created_at: "2026-03-02T10:32:00Z".into(),
            expires_at: "2026-03-09T10:32:00Z".into(),
        };
        let json = serde_json::to_value(&list).unwrap();
        assert_eq!(json["id"], "list-1");
        assert_eq!(json["unmatched"][0]["reason"], "not_found");
        assert_eq!(json["unmatched"][1]["reason"], "duplicate");
        assert_eq!(serde_json::from_value::<PeopleList>(json).unwrap(), list);
        for reason in UnmatchedReason::ALL {
            assert_eq!(serde_json::to_value(reason).unwrap(), reason.as_str());
        }
    }

    #[test]
    fn name_is_optional() {
        let body: CreateList = serde_json::from_str(r#"{"entries":["ada@example.com"]}"#).unwrap();
        assert_eq!(body.name, None);
        assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"entries":["ada@example.com"]}"#);
    }
}
