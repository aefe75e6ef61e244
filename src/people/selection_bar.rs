use super::{filter_bar::ViewsButton, state::SelectionState};
use crate::{
    actions::ActionsButton,
    batch_part::{self, Door},
    i18n::{CurrentWords, Words},
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
    let words = CurrentWords::current();
    move || match banner.get() {
        Banner::Hidden => ().into_any(),
        Banner::OfferAll { on_page, total } => view! {
            <div class="plb-banner">
                <span>{words.words().banner_page_selected(on_page.into())}</span>
                <button
                    type="button"
                    class="plb-link"
                    disabled=state.stale
                    on:click=move |_| state.select_all_matching(filter.get_value(), total)
                >
                    {words.words().banner_select_all_matching(total.into())}
                </button>
            </div>
        }
        .into_any(),
        Banner::AllSelected { total } => view! {
            <div class="plb-banner">
                <span>{words.words().banner_all_selected(total.into())}</span>
                <button type="button" class="plb-link" on:click=move |_| state.clear()>
                    {words.words().banner_clear()}
                </button>
            </div>
        }
        .into_any(),
    }
}

/// "12 selected", "4,212 of 4,213 selected", or "No users selected".
pub fn count_text(selection: &Selection, words: &Words) -> String {
    match selection {
        Selection::AllMatching { excluded, total_when_chosen, .. } if !excluded.is_empty() => {
            words.selection_count_of(selection.count().into(), (*total_when_chosen).into())
        }
        _ if selection.is_empty() => words.selection_none(),
        _ => words.selection_count(selection.count().into()),
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
    let words = CurrentWords::current();
    let text = Memo::new(move |_| selection.with(|s| count_text(s, words.words())));
    let w = words.words();
    let empty = Memo::new(move |_| selection.with(Selection::is_empty));
    // While the server's answer is pending, the previous figure stays rather than a wrong one.
    let hidden = Memo::new(move |previous: Option<&u64>| {
        state.not_shown().unwrap_or_else(|| previous.copied().unwrap_or(0))
    });
    // The list dialog is in the batch part: built on the first click, and kept for the next.
    let (list_open, list_asked) = (RwSignal::new(false), RwSignal::new(false));
    // In a narrow widget the controls between the count and Actions are a menu under More.
    let more_open = RwSignal::new(false);
    let more = NodeRef::<leptos::html::Button>::new();
    let close_more = move || {
        if more_open.get_untracked() {
            more_open.set(false);
            if let Some(button) = more.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    // A press anywhere but the menu and its button closes it; focus stays where the press put it.
    let menu = NodeRef::<leptos::html::Div>::new();
    let outside = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if !more_open.get_untracked() {
            return;
        }
        let path = ev.composed_path();
        let pressed = |el: Option<&wasm_bindgen::JsValue>| el.is_some_and(|el| path.includes(el, 0));
        let (menu, button) = (menu.get_untracked(), more.get_untracked());
        if !pressed(menu.as_ref().map(AsRef::as_ref)) && !pressed(button.as_ref().map(AsRef::as_ref)) {
            more_open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    view! {
        <div class="plb-selbar" class:plb-selbar-empty=empty>
            <p class="plb-count" role="status">
                {text}
                {move || {
                    let n = hidden.get();
                    (n > 0).then(|| format!(" · {}", words.words().selection_not_shown(n.into())))
                }}
            </p>
            // Laid out in the bar (display: contents) unless the widget is narrow. A choice closes
            // it, focus back on More, which a dialog it opens then returns focus to.
            <div
                class="plb-overflow"
                id="plb-more"
                node_ref=menu
                class:plb-overflow-open=more_open
                on:click=move |ev| {
                    if event_target::<web_sys::Element>(&ev).closest("button").ok().flatten().is_some() {
                        close_more()
                    }
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        close_more()
                    }
                }
            >
                // `hidden` rather than conditional rendering: toggling an attribute is cheaper in code and DOM.
                <button type="button" hidden=move || hidden.get() == 0 on:click=move |_| state.deselect_hidden()>
                    {w.selection_deselect_hidden()}
                </button>
                <button type="button" hidden=empty on:click=move |_| state.clear()>
                    {w.selection_clear()}
                </button>
                <ViewsButton class="plb-narrow-only" />
                <span class="plb-narrow-only">
                    <PartView view=batch_part::open(Door::Density) />
                </span>
                <button
                    type="button"
                    class="plb-push"
                    on:click=move |_| {
                        list_asked.set(true);
                        list_open.set(true);
                    }
                >
                    {w.selection_from_list()}
                </button>
                <PartView view=batch_part::open(Door::HistoryButton) />
            </div>
            {move || list_asked.get().then(|| {
                view! { <PartView view=batch_part::open(Door::ListDialog { open: list_open }) eager=true /> }
            })}
            <ActionsButton empty />
            <PartView view=batch_part::open(Door::JobsTray) stand_in=JobsStandIn />
            <button
                type="button"
                class="plb-more-button"
                node_ref=more
                aria-expanded=move || more_open.get().to_string()
                aria-controls="plb-more"
                on:click=move |_| more_open.update(|o| *o = !*o)
            >
                {w.toolbar_more()}
                <span aria-hidden="true">" ▾"</span>
            </button>
            <p class="plb-visually-hidden" role="status">
                {announcement}
            </p>
        </div>
    }
}
