//! The People screen: the table of users, its paging, and the states around it (§2).

mod pagination;
mod states;
mod table;

pub use pagination::Pagination;
pub use states::{LoadError, TableSkeleton};
pub use table::PeopleTable;

use crate::api::ApiClient;
use contract::{ListQuery, Problem};
use leptos::prelude::*;
use leptos_router::{hooks::use_location, hooks::use_navigate, NavigateOptions};

/// The People table driven by the URL query: it reads filters, sort and page from the URL and writes
/// page changes back to it, so reload and back/forward reproduce the view.
#[component]
pub fn PeopleScreen() -> impl IntoView {
    let api = expect_context::<ApiClient>();
    let location = use_location();
    let query = Memo::new(move |_| ListQuery::parse(&location.search.get()));
    let people = LocalResource::new(move || {
        let api = api.clone();
        let query = query.get();
        async move {
            match query {
                Ok(query) => api.people(&query, None).await,
                Err(err) => {
                    Err(crate::api::ApiError::Http { status: 400, problem: Some(Problem::from(err)) })
                }
            }
        }
    });
    let navigate = use_navigate();
    let go_to_page = Callback::new(move |page: u32| {
        let mut next = query.get_untracked().unwrap_or_default();
        next.page = page;
        let path = format!("{}?{}", location.pathname.get_untracked(), next.to_query_string());
        navigate(&path, NavigateOptions::default());
    });
    let (pending, set_pending) = signal(false);

    view! {
        <section class="plb-people" aria-label="People" class:plb-pending=pending aria-busy=move || pending.get().to_string()>
            <Transition fallback=TableSkeleton set_pending>
                {move || Suspend::new(async move {
                    match people.await {
                        Ok(page) => {
                            view! {
                                <PeopleTable page=page.clone() />
                                <Pagination page on_page=go_to_page />
                            }
                                .into_any()
                        }
                        Err(error) => {
                            view! { <LoadError error on_retry=Callback::new(move |_| people.refetch()) /> }
                                .into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}
