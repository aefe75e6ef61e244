//! Filter state and the URL (§3), as pure functions over `contract::ListQuery`.
//!
//! The URL query is the state: every edit builds the next `ListQuery` here and the screen navigates
//! to its [`url_for_view`]. Editing the filter resets the page to 1; sort and page size do too,
//! since page 7 of another order is meaningless.

use crate::{api::ApiError, i18n::Words};
use contract::{
    query::{decode_pairs, encode_pairs},
    Filter, Sort,
};
use contract::{FilterOptions, HireDate, ListId, ListQuery, Named, Role, SortField, Status};

/// The multi-select filter fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Status,
    Role,
    Team,
    Label,
    Language,
    Specialism,
}

impl Field {
    pub const ALL: [Field; 6] =
        [Field::Status, Field::Role, Field::Team, Field::Label, Field::Language, Field::Specialism];

    /// The field's URL key, which also names its group in the DOM.
    pub fn key(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Role => "role",
            Field::Team => "team",
            Field::Label => "label",
            Field::Language => "language",
            Field::Specialism => "specialism",
        }
    }

    /// The field's name, as the filter panel heads its group.
    pub fn label(self, words: &Words) -> String {
        match self {
            Field::Status => words.field_status(),
            Field::Role => words.field_role(),
            Field::Team => words.field_team(),
            Field::Label => words.field_label(),
            Field::Language => words.field_language(),
            Field::Specialism => words.field_specialism(),
        }
    }

    /// A chip for one chosen value: "Team: Sales EMEA".
    fn chip(self, words: &Words, value: &str) -> String {
        let value = value.into();
        match self {
            Field::Status => words.chip_status(value),
            Field::Role => words.chip_role(value),
            Field::Team => words.chip_team(value),
            Field::Label => words.chip_label(value),
            Field::Language => words.chip_language(value),
            Field::Specialism => words.chip_specialism(value),
        }
    }

    /// The choices, as (id, name). Status and role come from the contract enums, named in the
    /// instance's words.
    pub fn options(self, options: &FilterOptions, words: &Words) -> Vec<Named> {
        let named = |id: &str, name: String| Named { id: id.to_owned(), name };
        match self {
            Field::Status => Status::ALL.iter().map(|s| named(s.as_str(), words.status(*s))).collect(),
            Field::Role => Role::ALL.iter().map(|r| named(r.as_str(), words.role(*r))).collect(),
            Field::Team => options.teams.clone(),
            Field::Label => options.labels.clone(),
            Field::Language => options.languages.clone(),
            Field::Specialism => options.specialisms.clone(),
        }
    }

    /// The ids chosen in `filter`.
    pub fn values(self, filter: &Filter) -> Vec<String> {
        match self {
            Field::Status => filter.status.iter().map(|s| s.as_str().to_owned()).collect(),
            Field::Role => filter.role.iter().map(|r| r.as_str().to_owned()).collect(),
            Field::Team => filter.team.clone(),
            Field::Label => filter.label.clone(),
            Field::Language => filter.language.clone(),
            Field::Specialism => filter.specialism.clone(),
        }
    }

    /// `filter` with `id` added or removed.
    pub fn set(self, filter: &Filter, id: &str, on: bool) -> Filter {
        fn edit<T: PartialEq>(list: &mut Vec<T>, value: Option<T>, on: bool) {
            let Some(value) = value else { return };
            list.retain(|v| *v != value);
            if on {
                list.push(value);
            }
        }
        let mut next = filter.clone();
        let owned = Some(id.to_owned());
        match self {
            Field::Status => edit(&mut next.status, Status::parse(id), on),
            Field::Role => edit(&mut next.role, Role::parse(id), on),
            Field::Team => edit(&mut next.team, owned, on),
            Field::Label => edit(&mut next.label, owned, on),
            Field::Language => edit(&mut next.language, owned, on),
            Field::Specialism => edit(&mut next.specialism, owned, on),
        }
        next
    }
}

/// One removable chip: its text and the filter without it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    pub label: String,
    pub without: Filter,
}

fn name_of(list: &[Named], id: &str) -> String {
    list.iter().find(|n| n.id == id).map_or_else(|| id.to_owned(), |n| n.name.clone())
}

/// What the widget knows of a list a filter names (§12), for its chip: from the list dialog that
/// made it, or `GET /people/lists/{id}` (after a reload, a saved view, a shared link).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListLabel {
    Named {
        name: String,
        matched: u64,
    },
    /// Expired, never made, or another admin's: the server no longer has it for this admin.
    Unavailable,
}

/// Every active filter part as a chip, in the order the filter bar shows the fields. `lists` is what
/// is known of lists by id; a list not in it is named only once it is.
pub fn chips(
    filter: &Filter,
    options: &FilterOptions,
    lists: &[(ListId, ListLabel)],
    words: &Words,
) -> Vec<Chip> {
    let mut chips = Vec::new();
    if let Some(list) = &filter.list {
        let label = match lists.iter().find(|(id, _)| id == list).map(|(_, label)| label) {
            Some(ListLabel::Named { name, matched }) => words.chip_list_named((*matched).into(), name.into()),
            Some(ListLabel::Unavailable) => words.chip_list_unavailable(),
            None => words.chip_list(),
        };
        chips.push(Chip { label, without: Filter { list: None, ..filter.clone() } });
    }
    if !filter.search.is_empty() {
        let without = Filter { search: String::new(), ..filter.clone() };
        chips.push(Chip { label: words.chip_search((&filter.search).into()), without });
    }
    for field in Field::ALL {
        let names = field.options(options, words);
        for id in field.values(filter) {
            let label = field.chip(words, &name_of(&names, &id));
            chips.push(Chip { label, without: field.set(filter, &id, false) });
        }
    }
    if let Some(content) = &filter.content {
        let item = options.content.iter().find(|c| c.id == content.content_id);
        let name = item.map_or(content.content_id.as_str(), |c| c.name.as_str());
        let without = Filter { content: None, ..filter.clone() };
        let label = words.chip_content(name.into(), content.progress.as_str().into());
        chips.push(Chip { label, without });
    }
    if let Some(hire) = &filter.hire_date {
        let label = match hire {
            HireDate::LastDays(n) => words.chip_hired_within((*n).into()),
            HireDate::Range { from: Some(f), to: Some(t) } => words.chip_hired_between(f.into(), t.into()),
            HireDate::Range { from: Some(f), to: None } => words.chip_hired_from(f.into()),
            HireDate::Range { from: None, to: Some(t) } => words.chip_hired_until(t.into()),
            HireDate::Range { from: None, to: None } => words.chip_hired_any(),
        };
        chips.push(Chip { label, without: Filter { hire_date: None, ..filter.clone() } });
    }
    chips
}

/// The view with another filter, back on page 1.
pub fn with_filter(query: &ListQuery, filter: Filter) -> ListQuery {
    ListQuery { filter, page: 1, ..query.clone() }
}

/// Clicking a sortable header: ascending first, then flips.
pub fn with_sort(query: &ListQuery, field: SortField) -> ListQuery {
    let descending = query.sort.field == field && !query.sort.descending;
    ListQuery { sort: Sort { field, descending }, page: 1, ..query.clone() }
}

pub fn with_page_size(query: &ListQuery, per_page: u32) -> ListQuery {
    ListQuery { per_page, page: 1, ..query.clone() }
}

pub fn with_page(query: &ListQuery, page: u32) -> ListQuery {
    ListQuery { page, ..query.clone() }
}

/// The view a page URL shows. A missing `per_page` means the host's default page size (§7), which
/// may differ from the API's 50.
pub fn view_from_url(search: &str, default_per_page: u32) -> Result<ListQuery, contract::QueryError> {
    let mut view = ListQuery::parse(search)?;
    if !decode_pairs(search).iter().any(|(key, _)| key == "per_page") {
        view.per_page = default_per_page;
    }
    Ok(view)
}

/// The URL query for a view: `per_page` appears exactly when it is not the host's default.
pub fn url_for_view(view: &ListQuery, default_per_page: u32) -> String {
    let mut pairs = view.to_query_pairs();
    pairs.retain(|(key, _)| *key != "per_page");
    if view.per_page != default_per_page {
        pairs.push(("per_page", view.per_page.to_string()));
    }
    encode_pairs(pairs)
}

/// Words said of the filters (a refused view's way out, a hire date's problem), in the instance's
/// language when they are shown.
pub type Label = fn(&Words) -> String;

/// Where to go when the view in the URL was refused (a 400 from the server, or the widget's own
/// parse of `search`, the URL's query): drop only what the refusal names (a page past the end goes
/// to the first page, a bad team to no team filter) and keep every other filter. Anything it cannot
/// pin down starts over. `None` when the failure was not about the view, so only Retry makes sense.
pub fn recover_from_refusal(
    search: &str,
    error: &ApiError,
    default_per_page: u32,
) -> Option<(Label, ListQuery)> {
    let ApiError::Http { status: 400, problem } = error else { return None };
    let start_over: (Label, _) =
        (Words::recover_reset_view, ListQuery { per_page: default_per_page, ..ListQuery::default() });
    let field = problem.as_ref().and_then(|p| p.errors.first()).map(|e| e.field.as_str());
    let Some((mut label, mut drop)) = field.and_then(offending) else { return Some(start_over) };
    let mut pairs = decode_pairs(search);
    // Another value may be unreadable too: drop whatever else the parse names, never guess. Any
    // change of view goes back to page 1.
    for round in 0..=pairs.len() {
        pairs.retain(|(key, _)| key != "page" && !drop.contains(&key.as_str()));
        match view_from_url(&encode_pairs(pairs.iter().map(|(k, v)| (k, v))), default_per_page) {
            Ok(view) => return Some((label, view)),
            Err(e) => match offending(e.field) {
                Some((_, more)) if round < pairs.len() => {
                    (label, drop) = (Words::recover_invalid_filters, more);
                }
                _ => return Some(start_over),
            },
        }
    }
    Some(start_over)
}

/// The action that drops a refused query field, and the URL keys that go with it.
fn offending(field: &str) -> Option<(Label, &'static [&'static str])> {
    Some(match field {
        "page" => (Words::recover_first_page, &["page"]),
        // Expired or unknown (a `list-unavailable` problem): the rest of the view still stands.
        "list" => (Words::recover_list, &["list"]),
        "per_page" => (Words::recover_page_size, &["per_page"]),
        "sort" => (Words::recover_sort, &["sort"]),
        "q" | "search" => (Words::recover_search, &["q"]),
        "status" => (Words::recover_status, &["status"]),
        "role" => (Words::recover_role, &["role"]),
        "team" => (Words::recover_team, &["team"]),
        "label" => (Words::recover_label, &["label"]),
        "language" => (Words::recover_language, &["language"]),
        "specialism" => (Words::recover_specialism, &["specialism"]),
        "content" | "progress" => (Words::recover_content, &["content", "progress"]),
        "hired_within" | "hired_from" | "hired_to" => {
            (Words::recover_hire_date, &["hired_within", "hired_from", "hired_to"])
        }
        _ => return None,
    })
}

/// The most days "hired in the last … days" may say (the API's limit: a century).
pub const MAX_HIRED_WITHIN: u32 = 36_500;

/// "Hired in the last N days" as typed: empty clears it; anything else must be a whole number of
/// days the API accepts. The error is the message shown next to the field.
pub fn hired_within(text: &str) -> Result<Option<HireDate>, Label> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(days) if (1..=MAX_HIRED_WITHIN).contains(&days) => Ok(Some(HireDate::LastDays(days))),
        _ => Err(|words| words.panel_days_invalid(MAX_HIRED_WITHIN.into())),
    }
}

/// A hire-date range as typed (`YYYY-MM-DD`, either end may be empty): the start must not be after
/// the end. The error is the message shown next to the fields.
pub fn hired_between(from: &str, to: &str) -> Result<Option<HireDate>, Label> {
    let end = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    match (end(from), end(to)) {
        (None, None) => Ok(None),
        (Some(f), Some(t)) if f > t => Err(Words::panel_range_invalid),
        (from, to) => Ok(Some(HireDate::Range { from, to })),
    }
}

/// The `aria-sort` value of a sortable column.
pub fn aria_sort(sort: Sort, field: SortField) -> &'static str {
    match (sort.field == field, sort.descending) {
        (false, _) => "none",
        (true, false) => "ascending",
        (true, true) => "descending",
    }
}

#[cfg(test)]
#[path = "filters_tests.rs"]
mod tests;
