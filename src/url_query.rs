//! The widget's own part of the page URL's query string as a signal: where filters, sort and page
//! live (§3).
//!
//! A router would be heavier and, worse for an embedded widget, `leptos_router`'s `<Router>` takes
//! over every same-origin link click on the whole host page. The widget is a guest in the host's
//! URL: it reads and writes only its own keys (under a per-instance prefix when there are several
//! instances), keeps every other parameter, the path and the hash as they are, and removes its one
//! `popstate` listener on unmount. With `UrlState::Memory` it never touches the URL at all.

use crate::config::UrlState;
use leptos::{ev, prelude::*};

/// The keys the widget writes when it has no prefix: anything else in the query is the host's.
pub const KEYS: [&str; 23] = [
    "list",
    "q",
    "status",
    "role",
    "team",
    "label",
    "language",
    "specialism",
    "content",
    "progress",
    "hired_within",
    "hired_from",
    "hired_to",
    "page",
    "per_page",
    "sort",
    // The batch history (`history/`): open, and its filters.
    "history",
    "history_by",
    "history_action",
    "history_status",
    "history_from",
    "history_to",
    "history_page",
];

/// Whether the instance's own query opens the batch history (kept here, in the first download,
/// so a reload can ask for the part at once).
pub fn history_open(own: &str) -> bool {
    own.split('&').any(|s| s == "history" || s.starts_with("history="))
}

/// The instance's key in a raw `key=value` segment, without its prefix; `None` for the host's.
/// Prefixes are URL-safe (`UrlState::with_prefix`), so raw and decoded keys start alike.
fn own_key<'a>(segment: &'a str, prefix: &str) -> Option<&'a str> {
    let key = segment.split_once('=').map_or(segment, |(k, _)| k);
    let rest = key.strip_prefix(prefix)?;
    (!prefix.is_empty() || KEYS.contains(&rest)).then_some(rest)
}

/// The instance's own query out of the page's `search` (with or without `?`): its pairs in their
/// order, prefix removed, still percent-encoded.
pub fn own_query(search: &str, prefix: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    let own = search.split('&').filter(|s| !s.is_empty() && own_key(s, prefix).is_some());
    let out: Vec<&str> = own.map(|s| &s[prefix.len()..]).collect();
    out.join("&")
}

/// The page's query (without `?`) with the instance's pairs replaced by `own` (an encoded query
/// of unprefixed keys): every other pair stays byte for byte where it was, the instance's follow.
pub fn merged(search: &str, own: &str, prefix: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    let host = search.split('&').filter(|s| !s.is_empty() && own_key(s, prefix).is_none());
    let mine = own.split('&').filter(|s| !s.is_empty()).map(|s| format!("{prefix}{s}"));
    host.map(str::to_owned).chain(mine).collect::<Vec<_>>().join("&")
}

/// The instance's query string (without `?`) and a way to push a new one as a history entry.
#[derive(Clone, Copy)]
pub struct UrlQuery {
    search: RwSignal<String>,
    /// `None`: the view lives in memory only.
    prefix: StoredValue<Option<String>>,
}

impl UrlQuery {
    /// Starts following the page URL as `state` says; back/forward update the signal when this
    /// instance's part changed.
    pub fn follow(state: &UrlState) -> Self {
        let UrlState::Query { prefix } = state else {
            return UrlQuery { search: RwSignal::new(String::new()), prefix: StoredValue::new(None) };
        };
        let search = RwSignal::new(own_query(&page_search(), prefix));
        let listener = window_event_listener(ev::popstate, {
            let prefix = prefix.clone();
            move |_| {
                let own = own_query(&page_search(), &prefix);
                // Another instance's navigation must not re-render this one.
                if search.with_untracked(|s| *s != own) {
                    search.set(own);
                }
            }
        });
        on_cleanup(move || listener.remove());
        UrlQuery { search, prefix: StoredValue::new(Some(prefix.clone())) }
    }

    /// This instance's query string, unprefixed, without the leading `?`.
    pub fn search(self) -> Signal<String> {
        self.search.into()
    }

    /// Makes `query` this instance's view: a history entry with the host's path, hash and other
    /// parameters kept, or, in memory, just the signal.
    pub fn push(self, query: &str) {
        if let Some(Some(prefix)) = self.prefix.try_get_value() {
            let location = window().location();
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let next = merged(&page_search(), query, &prefix);
            let url = if next.is_empty() { format!("{path}{hash}") } else { format!("{path}?{next}{hash}") };
            if let Ok(history) = window().history() {
                // pushState only fails for cross-origin URLs, which a same-path URL never is.
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
        if self.search.with_untracked(|s| s != query) {
            self.search.set(query.to_owned());
        }
    }
}

fn page_search() -> String {
    window().location().search().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::{ContentFilter, HireDate, ListQuery, Progress, Sort, SortField};

    #[test]
    fn own_query_takes_only_this_instances_keys() {
        let search = "?course=7&plb1_q=ann&plb2_page=3&plb1_page=2&utm=x";
        assert_eq!(own_query(search, "plb1_"), "q=ann&page=2");
        assert_eq!(own_query(search, "plb2_"), "page=3");
        assert_eq!(own_query("course=7&q=ann&page=2", ""), "q=ann&page=2");
        assert_eq!(own_query("", "plb1_"), "");
    }

    #[test]
    fn merge_keeps_every_host_pair_byte_for_byte() {
        let search = "course=7&plb1_q=old&x=a%20b+c&plb2_page=3&flag";
        assert_eq!(
            merged(search, "q=new&page=2", "plb1_"),
            "course=7&x=a%20b+c&plb2_page=3&flag&plb1_q=new&plb1_page=2"
        );
        assert_eq!(merged(search, "", "plb1_"), "course=7&x=a%20b+c&plb2_page=3&flag");
        assert_eq!(merged("tab=2&page=4&q=a", "page=5", ""), "tab=2&page=5");
    }

    #[test]
    fn without_prefix_every_key_the_widget_writes_is_known() {
        let mut view = ListQuery { page: 2, per_page: 100, ..ListQuery::default() };
        view.sort = Sort { field: SortField::HireDate, descending: true };
        view.filter.search = "a".into();
        view.filter.status = vec![contract::Status::Active];
        view.filter.role = vec![contract::Role::Admin];
        for list in [
            &mut view.filter.team,
            &mut view.filter.label,
            &mut view.filter.language,
            &mut view.filter.specialism,
        ] {
            list.push("x".into());
        }
        view.filter.content = Some(ContentFilter { content_id: "c".into(), progress: Progress::Overdue });
        view.filter.list = Some(contract::ListId("list-1".into()));
        let mut keys: Vec<_> = view.to_query_pairs().into_iter().map(|(k, _)| k).collect();
        view.filter.hire_date = Some(HireDate::LastDays(3));
        keys.extend(view.to_query_pairs().into_iter().map(|(k, _)| k));
        view.filter.hire_date =
            Some(HireDate::Range { from: Some("2024-01-01".into()), to: Some("2024-02-01".into()) });
        keys.extend(view.to_query_pairs().into_iter().map(|(k, _)| k));
        for key in keys {
            assert!(KEYS.contains(&key), "{key} is written but not listed in KEYS");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the host's query holds, a widget navigation gives back exactly its own query,
        /// and every host pair survives, in order, byte for byte.
        #[test]
        fn merging_keeps_the_host_and_reads_back(
            host in proptest::collection::vec("[a-z%0-9+]{1,6}(=[a-zA-Z0-9%+._-]{0,6})?", 0..6),
            own in proptest::collection::vec((0..KEYS.len(), "[a-z0-9%]{0,5}"), 0..5),
            prefix in "(p[0-9]_)?",
        ) {
            let own: String = own.iter().map(|(k, v)| format!("{}={v}", KEYS[*k])).collect::<Vec<_>>().join("&");
            let search = host.join("&");
            let next = merged(&search, &own, &prefix);
            proptest::prop_assert_eq!(own_query(&next, &prefix), own.clone());
            let kept: Vec<&str> = host.iter().map(String::as_str).filter(|s| own_key(s, &prefix).is_none()).collect();
            let theirs: Vec<&str> = next.split('&').filter(|s| !s.is_empty() && own_key(s, &prefix).is_none()).collect();
            proptest::prop_assert_eq!(theirs, kept);
        }
    }

    #[test]
    fn instances_round_trip_through_one_url() {
        let mut search = merged("course=7", "q=ann", "a_");
        search = merged(&search, "page=3&per_page=25", "b_");
        search = merged(&search, "q=bob&page=2", "a_");
        assert_eq!(own_query(&search, "a_"), "q=bob&page=2");
        assert_eq!(own_query(&search, "b_"), "page=3&per_page=25");
        assert!(search.starts_with("course=7&"), "{search}");
    }
}
