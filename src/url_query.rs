//! The page URL's query string as a signal: where filters, sort and page live (§3).
//!
//! A router would be heavier and, worse for an embedded widget, `leptos_router`'s `<Router>` takes
//! over every same-origin link click on the whole host page. This reads and writes only the query
//! string, keeps the host's path and hash, and removes its one `popstate` listener on unmount.

use leptos::{ev, prelude::*};

/// The current query string (without `?`) and a way to push a new one as a history entry.
#[derive(Clone, Copy)]
pub struct UrlQuery {
    search: RwSignal<String>,
}

impl UrlQuery {
    /// Starts following the page URL; back/forward update the signal.
    pub fn follow_page() -> Self {
        let search = RwSignal::new(current_search());
        let listener = window_event_listener(ev::popstate, move |_| search.set(current_search()));
        on_cleanup(move || listener.remove());
        UrlQuery { search }
    }

    /// The query string without the leading `?`.
    pub fn search(self) -> Signal<String> {
        self.search.into()
    }

    /// Adds a history entry with this query, keeping the path and the hash.
    pub fn push(self, query: &str) {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
        if let Ok(history) = window().history() {
            // pushState only fails for cross-origin URLs, which a same-path URL never is.
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        self.search.set(query.to_owned());
    }
}

fn current_search() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}
