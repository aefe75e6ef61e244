//! `GET /people` query: filter + page + page size + sort, encoded as a URL query string.

use crate::{filter::Filter, people::Sort};
use serde::{Deserialize, Serialize};

/// The page sizes the table offers and the API accepts.
pub const PAGE_SIZES: [u32; 5] = [25, 50, 100, 200, 500];
/// The page size when none is given.
pub const DEFAULT_PAGE_SIZE: u32 = 50;

/// One view of the People table: what the URL holds and what `GET /people` is asked.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ListQuery {
    pub filter: Filter,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
    pub sort: Sort,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery { filter: Filter::default(), page: 1, per_page: DEFAULT_PAGE_SIZE, sort: Sort::default() }
    }
}

/// A query value the API cannot accept, named by its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    pub field: &'static str,
    pub message: String,
}

impl QueryError {
    pub fn invalid(field: &'static str, value: &str, expected: &str) -> Self {
        QueryError { field, message: format!("`{value}` is not valid for {field}: expected {expected}") }
    }

    pub fn missing(field: &'static str, why: &str) -> Self {
        QueryError { field, message: format!("{field} is missing: {why}") }
    }
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QueryError {}

impl ListQuery {
    /// Ordered pairs; defaults (page 1, 50 per page, name ascending) are left out so URLs stay short.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = self.filter.to_query_pairs();
        if self.sort != Sort::default() {
            pairs.push(("sort", self.sort.encode()));
        }
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.per_page != DEFAULT_PAGE_SIZE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        pairs
    }

    /// The query string without the leading `?`, percent-encoded.
    pub fn to_query_string(&self) -> String {
        encode_pairs(self.to_query_pairs())
    }

    /// Strict parse: bad values are errors naming the field, never silently clamped.
    pub fn from_query_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    ) -> Result<ListQuery, QueryError> {
        let filter = Filter::from_query_pairs(pairs.clone())?;
        let mut query = ListQuery { filter, ..ListQuery::default() };
        for (key, value) in pairs {
            match key {
                "page" => query.page = parse_page(value)?,
                "per_page" => query.per_page = parse_per_page(value)?,
                "sort" => {
                    query.sort = Sort::parse(value).ok_or_else(|| {
                        QueryError::invalid(
                            "sort",
                            value,
                            "name, hire_date or last_active, with a leading - for descending",
                        )
                    })?
                }
                _ => {}
            }
        }
        Ok(query)
    }

    /// Parses a percent-encoded query string (with or without the leading `?`).
    pub fn parse(query: &str) -> Result<ListQuery, QueryError> {
        let pairs = decode_pairs(query);
        ListQuery::from_query_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// Percent-encodes pairs as `application/x-www-form-urlencoded`.
pub fn encode_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        out.append_pair(k.as_ref(), v.as_ref());
    }
    out.finish()
}

/// Decodes a query string (with or without the leading `?`) into owned pairs.
pub fn decode_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

/// A `page` query value: a whole number from 1. Shared by every paged list's query.
pub(crate) fn parse_page(value: &str) -> Result<u32, QueryError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|p| *p >= 1)
        .ok_or_else(|| QueryError::invalid("page", value, "a whole number from 1"))
}

/// A `per_page` query value: one of [`PAGE_SIZES`]. Shared by every paged list's query.
pub(crate) fn parse_per_page(value: &str) -> Result<u32, QueryError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| PAGE_SIZES.contains(n))
        .ok_or_else(|| QueryError::invalid("per_page", value, "one of 25, 50, 100, 200, 500"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{
        filter::{ContentFilter, HireDate, Progress},
        people::{Role, SortField, Status},
    };
    use proptest::prelude::*;

    #[test]
    fn default_query_is_empty() {
        assert_eq!(ListQuery::default().to_query_string(), "");
        assert_eq!(ListQuery::parse("").unwrap(), ListQuery::default());
    }

    #[test]
    fn bad_values_name_their_field() {
        for (query, field) in [
            ("page=0", "page"),
            ("page=abc", "page"),
            ("per_page=100000", "per_page"),
            ("per_page=30", "per_page"),
            ("sort=email", "sort"),
            ("status=asleep", "status"),
            ("role=king", "role"),
            ("content=c1", "progress"),
            ("progress=completed", "content"),
            ("hired_within=0", "hired_within"),
            ("hired_from=2024-13-01", "hired_from"),
            ("hired_from=2024-05-01&hired_to=2024-01-01", "hired_to"),
            ("hired_within=5&hired_from=2024-01-01", "hired_within"),
            ("team=", "team"),
            ("list=", "list"),
            ("list=a&list=b", "list"),
        ] {
            let err = ListQuery::parse(query).expect_err(query);
            assert_eq!(err.field, field, "{query}: {err}");
        }
    }

    #[test]
    fn unknown_keys_are_ignored() {
        assert_eq!(ListQuery::parse("utm_source=mail&page=2").unwrap().page, 2);
    }

    #[test]
    fn a_list_is_one_more_filter() {
        let query = ListQuery::parse("status=active&list=list-7f3a&page=2").unwrap();
        assert_eq!(query.filter.list, Some(crate::lists::ListId("list-7f3a".into())));
        assert_eq!(query.filter.status, [Status::Active]);
        assert_eq!(query.filter.active_count(), 2);
        assert_eq!(query.to_query_string(), "list=list-7f3a&status=active&page=2");
    }

    #[test]
    fn reserved_characters_survive() {
        let mut query = ListQuery::default();
        query.filter.search = "O'Brien & co=1 ✓".into();
        query.filter.team = vec!["a,b".into(), "c&d".into()];
        assert_eq!(ListQuery::parse(&query.to_query_string()).unwrap(), query);
    }

    fn id() -> impl Strategy<Value = String> {
        "\\PC{1,12}"
    }

    fn date() -> impl Strategy<Value = String> {
        (1970u32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
    }

    prop_compose! {
        pub(crate) fn filter()(
            search in "\\PC{0,20}",
            status in proptest::sample::subsequence(Status::ALL.to_vec(), 0..=3),
            role in proptest::sample::subsequence(Role::ALL.to_vec(), 0..=5),
            team in proptest::collection::vec(id(), 0..3),
            label in proptest::collection::vec(id(), 0..3),
            language in proptest::collection::vec(id(), 0..3),
            specialism in proptest::collection::vec(id(), 0..3),
            content in proptest::option::of((id(), proptest::sample::select(Progress::ALL.to_vec()))),
            hire in 0u8..4,
            days in 1u32..=36_500,
            from in date(),
            to in date(),
            list in proptest::option::of(id()),
        ) -> Filter {
            let hire_date = match hire {
                0 => None,
                1 => Some(HireDate::LastDays(days)),
                2 => Some(HireDate::Range { from: Some(from.clone().min(to.clone())), to: Some(from.max(to)) }),
                _ => Some(HireDate::Range { from: Some(from), to: None }),
            };
            Filter {
                search, status, role, team, label, language, specialism,
                content: content.map(|(content_id, progress)| ContentFilter { content_id, progress }),
                hire_date,
                list: list.map(crate::lists::ListId),
            }
        }
    }

    proptest! {
        #[test]
        fn query_string_round_trips(
            filter in filter(),
            page in 1u32..100_000,
            per_page in proptest::sample::select(PAGE_SIZES.to_vec()),
            field in proptest::sample::select(SortField::ALL.to_vec()),
            descending: bool,
        ) {
            let query = ListQuery { filter, page, per_page, sort: Sort { field, descending } };
            prop_assert_eq!(ListQuery::parse(&query.to_query_string()).unwrap(), query);
        }

        #[test]
        fn filter_json_round_trips(filter in filter()) {
            let json = serde_json::to_string(&filter).unwrap();
            prop_assert_eq!(serde_json::from_str::<Filter>(&json).unwrap(), filter);
        }
    }
}
