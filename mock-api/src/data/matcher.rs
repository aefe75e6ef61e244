//! A `Filter` compiled against the seed vocabularies into bit masks, and the page/resolve scans.

use super::{tables::*, People, Rec, DELETED};
use crate::clock;
use contract::{Filter, HireDate, ListId, ListQuery, Progress, QueryError, SortField, UserId};
use std::{collections::HashSet, sync::Arc};

/// Why a filter cannot be compiled.
#[derive(Debug)]
pub enum FilterError {
    /// A value `GET /people` refuses, named by its key.
    Invalid(QueryError),
    /// `list` names no live list of the acting admin's: expired, never made, or another admin's.
    ListUnavailable(ListId),
}

impl From<QueryError> for FilterError {
    fn from(err: QueryError) -> Self {
        FilterError::Invalid(err)
    }
}

/// The acting admin's lists: a live list's members (sorted), else `None` (`AppState::list_members`).
pub type Lists<'a> = &'a dyn Fn(&ListId) -> Option<Arc<[u32]>>;

pub struct Matcher {
    search: Option<String>,
    status: u8,
    role: u8,
    teams: u32,
    labels: u16,
    /// A label filter is set: with only extra labels in it (`labels == 0`) nobody matches.
    label_filter: bool,
    languages: u16,
    specialisms: u16,
    content: Option<(usize, Progress)>,
    /// Inclusive bounds on `hire_ago`.
    hire: Option<(i64, i64)>,
    /// The members of the filter's list, sorted.
    list: Option<Arc<[u32]>>,
}

fn mask_of(field: &'static str, ids: &[String], table: &[(&str, &str)]) -> Result<u32, QueryError> {
    let mut mask = 0;
    for id in ids {
        let i = table
            .iter()
            .position(|(t, _)| t == id)
            .ok_or_else(|| QueryError::invalid(field, id, "an id listed by GET /filter-options"))?;
        mask |= 1 << i;
    }
    Ok(mask)
}

fn day(field: &'static str, value: &str) -> Result<i64, QueryError> {
    clock::parse_date(value).ok_or_else(|| QueryError::invalid(field, value, "a real calendar date"))
}

impl Matcher {
    /// Fails, naming the field, on ids the server does not know; a list must be one of `lists`.
    pub fn compile(filter: &Filter, people: &People, lists: Lists) -> Result<Matcher, FilterError> {
        let today = people.today;
        let base: Vec<String> = filter
            .label
            .iter()
            .filter(|id| extra_label_number(id, people.labels).is_none())
            .cloned()
            .collect();
        let search = filter.search.trim().to_lowercase();
        let content = match &filter.content {
            None => None,
            Some(c) => {
                let i = CONTENT.iter().position(|(id, _, _)| *id == c.content_id).ok_or_else(|| {
                    QueryError::invalid(
                        "content",
                        &c.content_id,
                        "a content id listed by GET /filter-options",
                    )
                })?;
                Some((i, c.progress))
            }
        };
        let hire = match &filter.hire_date {
            None => None,
            Some(HireDate::LastDays(n)) => Some((0, i64::from(*n))),
            Some(HireDate::Range { from, to }) => {
                let hi = from
                    .as_deref()
                    .map(|f| day("hired_from", f))
                    .transpose()?
                    .map_or(i64::MAX, |d| today - d);
                let lo =
                    to.as_deref().map(|t| day("hired_to", t)).transpose()?.map_or(i64::MIN, |d| today - d);
                Some((lo, hi))
            }
        };
        Ok(Matcher {
            search: (!search.is_empty()).then_some(search),
            status: filter.status.iter().fold(0, |m, s| m | 1 << (*s as u8)),
            role: filter.role.iter().fold(0, |m, r| m | 1 << (*r as u8)),
            teams: mask_of("team", &filter.team, TEAMS)?,
            labels: mask_of("label", &base, LABELS)? as u16,
            label_filter: !filter.label.is_empty(),
            languages: mask_of("language", &filter.language, LANGUAGES)? as u16,
            specialisms: mask_of("specialism", &filter.specialism, SPECIALISMS)? as u16,
            content,
            hire,
            // Last: a value the request got wrong is named before the state of a list.
            list: match &filter.list {
                Some(id) => Some(lists(id).ok_or_else(|| FilterError::ListUnavailable(id.clone()))?),
                None => None,
            },
        })
    }

    /// A filter from a JSON body, held to the rules of `GET /people`: it is round-tripped through
    /// the query encoding first, so a filter the table can show is exactly one a body may carry.
    pub fn compile_body(filter: &Filter, people: &People, lists: Lists) -> Result<Matcher, FilterError> {
        let pairs = filter.to_query_pairs();
        let filter = Filter::from_query_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))?;
        Matcher::compile(&filter, people, lists)
    }

    /// Cheap checks first; the search builds strings, so it runs last.
    fn matches(&self, people: &People, idx: u32, rec: &Rec, buf: &mut String) -> bool {
        // `buf` is scratch space reused across the scan, so search allocates nothing per person.
        if rec.has(DELETED) || self.list.as_ref().is_some_and(|list| list.binary_search(&idx).is_err()) {
            return false;
        }
        let any = |want: u32, have: u32| want == 0 || want & have != 0;
        if !any(u32::from(self.status), 1 << (rec.m.status as u8))
            || !any(u32::from(self.role), 1 << (rec.m.role as u8))
            || !any(self.teams, rec.m.teams)
            || (self.label_filter && self.labels & rec.m.labels == 0)
            || !any(u32::from(self.languages), 1 << rec.m.language)
            || !any(u32::from(self.specialisms), u32::from(rec.m.specialisms))
        {
            return false;
        }
        if let Some((content, progress)) = self.content {
            let state = rec.progress_of(content);
            let ok = match progress {
                Progress::NotStarted => state == 0,
                Progress::InProgress => state == 1,
                Progress::Completed => state == 2,
                Progress::Overdue => state == 3,
                Progress::NotCompleted => state != 2,
            };
            if !ok {
                return false;
            }
        }
        if let Some((lo, hi)) = self.hire {
            let ago = i64::from(rec.hire_ago);
            if ago < lo || ago > hi {
                return false;
            }
        }
        if let Some(needle) = &self.search {
            people.lower_name_into(idx, buf);
            if buf.contains(needle.as_str()) {
                return true;
            }
            people.email_into(idx, buf);
            return buf.contains(needle.as_str());
        }
        true
    }
}

impl People {
    /// The total matching `query.filter` and the indexes on the requested page, in sort order.
    pub fn page(&self, query: &ListQuery, matcher: &Matcher) -> (u64, Vec<u32>) {
        let order = match query.sort.field {
            SortField::Name => &self.by_name,
            SortField::HireDate => &self.by_hire,
            SortField::LastActive => &self.by_active,
        };
        let skip = u64::from(query.page - 1) * u64::from(query.per_page);
        let take = query.per_page as usize;
        let mut page = Vec::with_capacity(take);
        let mut total = 0u64;
        let mut buf = String::new();
        let mut visit = |idx: u32| {
            if matcher.matches(self, idx, &self.recs[idx as usize], &mut buf) {
                if total >= skip && page.len() < take {
                    page.push(idx);
                }
                total += 1;
            }
        };
        if query.sort.descending {
            order.iter().rev().for_each(|i| visit(*i));
        } else {
            order.iter().for_each(|i| visit(*i));
        }
        (total, page)
    }

    /// The ids among `ids` that match, each once, in the order given; unknown and deleted ids never
    /// match. The same test as [`People::page`], so it agrees with `GET /people`.
    pub fn matching(&self, matcher: &Matcher, ids: &[UserId]) -> Vec<UserId> {
        let mut buf = String::new();
        let mut seen = HashSet::with_capacity(ids.len());
        ids.iter()
            .copied()
            .filter(|id| {
                self.index_of(*id).is_some_and(|idx| {
                    seen.insert(idx) && matcher.matches(self, idx, &self.recs[idx as usize], &mut buf)
                })
            })
            .collect()
    }

    /// Every matching index, in id order: what a job resolves an all-matching selection to.
    pub fn resolve(&self, matcher: &Matcher) -> Vec<u32> {
        let mut buf = String::new();
        (0..self.recs.len() as u32)
            .filter(|i| matcher.matches(self, *i, &self.recs[*i as usize], &mut buf))
            .collect()
    }
}
