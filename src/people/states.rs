use crate::api::ApiError;
use leptos::prelude::*;

/// The first load: grey rows where the table will be, so nothing jumps when it arrives.
#[component]
pub fn TableSkeleton() -> impl IntoView {
    view! {
        <div class="plb-skeleton" role="status" aria-label="Loading users">
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
    recover: Option<(&'static str, Callback<()>)>,
) -> impl IntoView {
    let (label, action) = recover.unwrap_or(("Retry", on_retry));
    view! {
        <div class="plb-error" role="alert">
            <p>"Users could not be loaded. " {error.to_string()}</p>
            <button type="button" on:click=move |_| action.run(())>{label}</button>
        </div>
    }
}

/// Nothing matches: say so and offer the way back.
#[component]
pub fn EmptyResult(
    /// Clear every filter.
    on_clear: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="plb-empty">
            <p>"No users match these filters"</p>
            <button type="button" on:click=move |_| on_clear.run(())>"Clear filters"</button>
        </div>
    }
}
