use crate::format;
use contract::PeoplePage;
use leptos::prelude::*;

/// "1–50 of 5,000 users" with previous and next page buttons.
#[component]
pub fn Pagination(
    /// The page currently shown.
    page: PeoplePage,
    /// Asked for another page number (1-based).
    on_page: Callback<u32>,
) -> impl IntoView {
    let current = page.page;
    let last = page.page_count();
    view! {
        <nav class="plb-pagination" aria-label="Pagination">
            <p class="plb-range" role="status">{format::range(page.range(), page.total)}</p>
            <button type="button" disabled={current <= 1} on:click=move |_| on_page.run(current - 1)>
                "Previous page"
            </button>
            <button type="button" disabled={current >= last} on:click=move |_| on_page.run(current + 1)>
                "Next page"
            </button>
        </nav>
    }
}
