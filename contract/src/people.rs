//! People: one row of the People table and one page of them.

use crate::filter::Filter;
use serde::{Deserialize, Serialize};

/// A user's id, as the LMS assigns it: an integer from 0 to [`MAX_SAFE_INTEGER`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct UserId(pub u64);

/// The largest id or count on the wire: JavaScript's `Number.MAX_SAFE_INTEGER`, so that no
/// browser rounds one to a neighbour's.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

impl<'de> Deserialize<'de> for UserId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        safe_u64(d).map(UserId)
    }
}

/// An unsigned integer up to [`MAX_SAFE_INTEGER`]; anything larger is refused, never truncated.
pub fn safe_u64<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let n = u64::deserialize(d)?;
    if n > MAX_SAFE_INTEGER {
        return Err(serde::de::Error::custom(format!("{n} is larger than {MAX_SAFE_INTEGER}")));
    }
    Ok(n)
}

/// Whether a user can sign in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    /// Invited but has not accepted yet.
    Invited,
    Inactive,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Active, Status::Invited, Status::Inactive];

    /// The wire name, also used in query strings.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Invited => "invited",
            Status::Inactive => "inactive",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// How the table shows it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Active => "Active",
            Status::Invited => "Invitation pending",
            Status::Inactive => "Inactive",
        }
    }
}

/// A user's role in the LMS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Owner,
    Admin,
    Hr,
    Curator,
    Learner,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Owner, Role::Admin, Role::Hr, Role::Curator, Role::Learner];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Hr => "hr",
            Role::Curator => "curator",
            Role::Learner => "learner",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Admin => "Admin",
            Role::Hr => "HR",
            Role::Curator => "Curator",
            Role::Learner => "Learner",
        }
    }
}

/// One user as the People table shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub status: Status,
    pub role: Role,
    /// Team names, for display.
    pub teams: Vec<String>,
    /// Label names, for display.
    pub labels: Vec<String>,
    /// Language code, e.g. `en`.
    pub language: String,
    /// `YYYY-MM-DD`.
    pub hire_date: String,
    /// RFC 3339 timestamp; `None` when the user never signed in.
    pub last_active: Option<String>,
}

/// One page of `GET /people`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeoplePage {
    pub items: Vec<Person>,
    /// How many users match the filter across all pages.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

impl PeoplePage {
    /// The 1-based index range this page shows, `None` when it is empty or its page number is 0
    /// (pages count from 1; a server saying otherwise must not make this panic or wrap).
    pub fn range(&self) -> Option<(u64, u64)> {
        let before = u64::from(self.page.checked_sub(1)?).checked_mul(u64::from(self.per_page))?;
        let first = before.checked_add(1)?;
        let last = before.checked_add(u64::try_from(self.items.len()).ok()?)?;
        (last >= first).then_some((first, last))
    }

    /// The number of pages for this total and page size (at least 1).
    pub fn page_count(&self) -> u32 {
        page_count(self.total, self.per_page)
    }
}

/// Pages needed to show `total` users `per_page` at a time; an empty result still has one page.
pub fn page_count(total: u64, per_page: u32) -> u32 {
    let per_page = u64::from(per_page.max(1));
    u32::try_from(total.div_ceil(per_page).max(1)).unwrap_or(u32::MAX)
}

/// The most ids one `POST /people/matching` may ask about.
pub const MAX_MATCH_IDS: usize = 10_000;

/// `POST /people/matching`: which of these users does this filter match? Lets the widget say
/// exactly how many selected users the current filters hide (§4) without listing every match.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchRequest {
    pub filter: Filter,
    /// At most [`MAX_MATCH_IDS`]; unknown or deleted ids match nothing.
    pub ids: Vec<UserId>,
}

/// The answer to a [`MatchRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchResponse {
    /// The asked ids that `GET /people` with the same filter would list, each once, in request order.
    pub ids: Vec<UserId>,
}

/// What `GET /people` can sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SortField {
    Name,
    HireDate,
    LastActive,
}

impl SortField {
    pub const ALL: [SortField; 3] = [SortField::Name, SortField::HireDate, SortField::LastActive];

    pub fn as_str(self) -> &'static str {
        match self {
            SortField::Name => "name",
            SortField::HireDate => "hire_date",
            SortField::LastActive => "last_active",
        }
    }
}

/// A sort order: `name` ascending, `-name` descending on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Sort {
    pub field: SortField,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort { field: SortField::Name, descending: false }
    }
}

impl Sort {
    pub fn encode(self) -> String {
        let sign = if self.descending { "-" } else { "" };
        format!("{sign}{}", self.field.as_str())
    }

    pub fn parse(s: &str) -> Option<Self> {
        let (descending, name) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let field = SortField::ALL.into_iter().find(|f| f.as_str() == name)?;
        Some(Sort { field, descending })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_of_second_page() {
        let page = PeoplePage { items: vec![sample(); 50], total: 5000, page: 2, per_page: 50 };
        assert_eq!(page.range(), Some((51, 100)));
        assert_eq!(page.page_count(), 100);
    }

    #[test]
    fn last_partial_page() {
        let page = PeoplePage { items: vec![sample(); 13], total: 213, page: 5, per_page: 50 };
        assert_eq!(page.range(), Some((201, 213)));
        assert_eq!(page.page_count(), 5);
    }

    #[test]
    fn empty_result_has_one_page_and_no_range() {
        let page = PeoplePage { items: vec![], total: 0, page: 1, per_page: 50 };
        assert_eq!(page.range(), None);
        assert_eq!(page.page_count(), 1);
    }

    #[test]
    fn page_zero_has_no_range_and_the_last_page_does_not_overflow() {
        let zero = PeoplePage { items: vec![sample(); 3], total: 3, page: 0, per_page: 50 };
        assert_eq!(zero.range(), None);
        let per_page = 500;
        let total = u64::from(u32::MAX) * u64::from(per_page);
        let last = PeoplePage { items: vec![sample(); 2], total, page: u32::MAX, per_page };
        let first = u64::from(u32::MAX - 1) * u64::from(per_page) + 1;
        assert_eq!(last.range(), Some((first, first + 1)));
        assert_eq!(last.page_count(), u32::MAX);
    }

    #[test]
    fn sort_round_trips() {
        for field in SortField::ALL {
            for descending in [false, true] {
                let sort = Sort { field, descending };
                assert_eq!(Sort::parse(&sort.encode()), Some(sort));
            }
        }
        assert_eq!(Sort::parse("email"), None);
    }

    #[test]
    fn person_json_round_trips() {
        let person = sample();
        let json = serde_json::to_string(&person).unwrap();
        assert!(json.contains("\"status\":\"invited\""), "{json}");
        assert_eq!(serde_json::from_str::<Person>(&json).unwrap(), person);
    }

    fn sample() -> Person {
        Person {
            id: UserId(7),
            name: "Ada <script>alert(1)</script>".into(),
            email: "ada@example.com".into(),
            status: Status::Invited,
            role: Role::Hr,
            teams: vec!["Sales EMEA".into()],
            labels: vec![],
            language: "en".into(),
            hire_date: "2024-03-01".into(),
            last_active: None,
        }
    }
}
