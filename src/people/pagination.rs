use crate::i18n::{words, Words};
use contract::{PeoplePage, PAGE_SIZES};
use leptos::prelude::*;
use std::sync::Arc;

/// "1–50 of 4,213 users", the page size, and first/previous/next/last.
#[component]
pub fn Pagination(
    /// The page currently shown (shared with the table, not copied).
    #[prop(into)]
    page: Arc<PeoplePage>,
    /// Asked for another page number (1-based).
    on_page: Callback<u32>,
    /// Asked for another page size.
    #[prop(optional, into)]
    on_per_page: Option<Callback<u32>>,
) -> impl IntoView {
    let current = page.page;
    let last = page.page_count();
    let per_page = page.per_page;
    let w = words();
    let range = w.range(page.range(), page.total);
    let button = move |label: fn(&Words) -> String, target: u32, enabled: bool| {
        let label = label(words());
        view! {
            <button type="button" disabled=!enabled on:click=move |_| on_page.run(target)>
                {label}
            </button>
        }
    };
    view! {
        <nav class="plb-pagination" aria-label=w.pagination()>
            <p class="plb-range">{range}</p>
            <label class="plb-per-page">
                {w.pagination_per_page()}
                " "
                <select on:change=move |ev| {
                    if let (Some(cb), Ok(n)) = (on_per_page, event_target_value(&ev).parse()) {
                        cb.run(n)
                    }
                }>
                    {PAGE_SIZES
                        .iter()
                        .map(|n| view! { <option value=n.to_string() selected=*n == per_page>{n.to_string()}</option> })
                        .collect_view()}
                </select>
            </label>
            <span class="plb-muted">{w.pagination_page(current.into(), last.into())}</span>
            {button(Words::pagination_first, 1, current > 1)}
            {button(Words::pagination_previous, current.saturating_sub(1), current > 1)}
            // Saturating: a server answering page u32::MAX must not make this overflow.
            {button(Words::pagination_next, current.saturating_add(1), current < last)}
            {button(Words::pagination_last, last, current < last)}
        </nav>
    }
}
