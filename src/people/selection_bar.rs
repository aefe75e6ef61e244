use super::state::SelectionState;
use crate::{
    actions::ActionsButton,
    batch_part::{self, Door},
    format::count,
    jobs::JobsStandIn,
    selection::{Banner, Selection},
    ui::PartView,
};
use contract::{Filter, UserId};
use leptos::prelude::*;

/// The cross-page banner (§4): offers every matching user once the whole page is selected.
#[component]
pub fn SelectionBanner(
    /// The ids on the page shown.
    ids: Vec<UserId>,
    /// How many users match the filters.
    total: u64,
    /// The filters of this result, which an all-matching selection keeps.
    filter: Filter,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    state.show_page(&filter, &ids, total);
    let selection = state.selection;
    let banner = Memo::new(move |_| selection.with(|s| s.banner(&ids, total)));
    let filter = StoredValue::new(filter);
    move || match banner.get() {
        Banner::Hidden => ().into_any(),
        Banner::OfferAll { on_page, total } => view! {
            <div class="plb-banner">
                <span>{format!("All {} users on this page are selected.", count(on_page as u64))}</span>
                <button
                    type="button"
                    class="plb-link"
                    disabled=state.stale
                    on:click=move |_| state.select_all_matching(filter.get_value(), total)
                >
                    {format!("Select all {} users that match these filters", count(total))}
                </button>
            </div>
        }
        .into_any(),
        Banner::AllSelected { total } => view! {
            <div class="plb-banner">
                <span>{format!("All {} users are selected.", count(total))}</span>
                <button type="button" class="plb-link" on:click=move |_| state.clear()>
                    "Clear selection"
                </button>
            </div>
        }
        .into_any(),
    }
}

/// "12 selected", "4,212 of 4,213 selected", or "No users selected".
pub fn count_text(selection: &Selection) -> String {
    match selection {
        Selection::AllMatching { excluded, total_when_chosen, .. } if !excluded.is_empty() => {
            format!("{} of {} selected", count(selection.count()), count(*total_when_chosen))
        }
        _ if selection.is_empty() => "No users selected".to_owned(),
        _ => format!("{} selected", count(selection.count())),
    }
}

/// The selection bar: the count (a polite live region), what the filters hide, Clear, and Actions.
#[component]
pub fn SelectionBar(
    /// Polite announcements such as "selection cleared because the filters changed".
    #[prop(into)]
    announcement: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    let selection = state.selection;
    let text = Memo::new(move |_| selection.with(count_text));
    let empty = Memo::new(move |_| selection.with(Selection::is_empty));
    // While the server's answer is pending, the previous figure stays rather than a wrong one.
    let hidden = Memo::new(move |previous: Option<&u64>| {
        state.not_shown().unwrap_or_else(|| previous.copied().unwrap_or(0))
    });
    // The list dialog is in the batch part: built on the first click, and kept for the next.
    let (list_open, list_asked) = (RwSignal::new(false), RwSignal::new(false));
    view! {
        <div class="plb-selbar" class:plb-selbar-empty=empty>
            <p class="plb-count" role="status">
                {text}
                {move || {
                    let n = hidden.get();
                    (n > 0).then(|| format!(" · {} not shown", count(n)))
                }}
            </p>
            // `hidden` rather than conditional rendering: toggling an attribute is cheaper in code and DOM.
            <button type="button" hidden=move || hidden.get() == 0 on:click=move |_| state.deselect_hidden()>
                "Deselect hidden"
            </button>
            <button type="button" hidden=empty on:click=move |_| state.clear()>
                "Clear"
            </button>
            <button
                type="button"
                class="plb-push"
                on:click=move |_| {
                    list_asked.set(true);
                    list_open.set(true);
                }
            >
                "Select from a list"
            </button>
            {move || list_asked.get().then(|| {
                view! { <PartView view=batch_part::open(Door::ListDialog { open: list_open }) eager=true /> }
            })}
            <ActionsButton empty />
            <PartView view=batch_part::open(Door::JobsTray) stand_in=JobsStandIn />
            <p class="plb-visually-hidden" role="status">
                {announcement}
            </p>
        </div>
    }
}
