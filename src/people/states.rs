use crate::{
    api::ApiError,
    filters::Label,
    i18n::{words, Words},
};
use leptos::prelude::*;

/// The first load: grey rows where the table will be, so nothing jumps when it arrives.
#[component]
pub fn TableSkeleton() -> impl IntoView {
    view! {
        <div class="plb-skeleton" role="status" aria-label=words().table_loading()>
            {(0..8).map(|_| view! { <div class="plb-skeleton-row"></div> }).collect_view()}
        </div>
    }
}

/// A failed load: what went wrong and a way on, never a blank table.
#[component]
pub fn LoadError(
    /// What failed.
    error: ApiError,
    /// Load again.
    on_retry: Callback<()>,
    /// When the view itself was refused, Retry would fail again: the label and action instead.
    #[prop(default = None)]
    recover: Option<(Label, Callback<()>)>,
) -> impl IntoView {
    let (label, action) = recover.unwrap_or((Words::retry, on_retry));
    let w = words();
    view! {
        <div class="plb-error" role="alert">
            <p>{w.table_error((&error.to_string()).into())}</p>
            <button type="button" on:click=move |_| action.run(())>{label(w)}</button>
        </div>
    }
}

/// Nothing matches: say so and offer the way back.
#[component]
pub fn EmptyResult(
    /// Clear every filter.
    on_clear: Callback<()>,
) -> impl IntoView {
    let w = words();
    view! {
        <div class="plb-empty">
            <p>{w.table_empty()}</p>
            <button type="button" on:click=move |_| on_clear.run(())>{w.table_clear_filters()}</button>
        </div>
    }
}
