use super::{filter_bar::views_button, state::SelectionState};
use crate::{
    actions::actions_button,
    batch_part::{self, Door},
    i18n::{CurrentWords, Words},
    jobs::jobs_stand_in,
    selection::{Banner, Selection},
    ui::{dom, part_view, part_view_while},
};
use contract::{Filter, UserId};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// The cross-page banner (§4): offers every matching user once the whole page is selected. `ids`
/// are the page's, `total` how many users match the filters, `filter` the filters of this result,
/// which an all-matching selection keeps.
pub fn selection_banner(ids: Vec<UserId>, total: u64, filter: Filter) -> Element {
    let state = expect_context::<SelectionState>();
    state.show_page(&filter, &ids, total);
    let selection = state.selection;
    let banner = Memo::new(move |_| selection.with(|s| s.banner(&ids, total)));
    let filter = StoredValue::new(filter);
    dom::region_box(
        move || banner.get(),
        move |place, banner| {
            let w = crate::i18n::words();
            let (text, label) = match banner {
                Banner::Hidden => return,
                Banner::OfferAll { on_page, total } => {
                    (w.banner_page_selected(on_page.into()), w.banner_select_all_matching(total.into()))
                }
                Banner::AllSelected { total } => (w.banner_all_selected(total.into()), w.banner_clear()),
            };
            let block = dom::markup(
                r#"<div class="plb-banner"><span></span><button type="button" class="plb-link"></button></div>"#,
            );
            dom::set_text(&dom::find(&block, "span"), &text);
            let button = dom::find(&block, "button");
            dom::set_text(&button, &label);
            match banner {
                Banner::OfferAll { total, .. } => {
                    dom::flag(&button, "disabled", move || state.stale.get());
                    dom::on(&button, "click", move |_| state.select_all_matching(filter.get_value(), total));
                }
                _ => dom::on(&button, "click", move |_| state.clear()),
            }
            let _ = place.append_child(&block);
        },
    )
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
/// `announcement` is said politely too, such as "selection cleared because the filters changed".
pub fn selection_bar(announcement: Signal<String>) -> Element {
    let state = expect_context::<SelectionState>();
    let selection = state.selection;
    let words = CurrentWords::current();
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

    let bar = dom::markup(concat!(
        r#"<div class="plb-selbar"><p class="plb-count" role="status"></p>"#,
        // Laid out in the bar (display: contents) unless the widget is narrow.
        r#"<div class="plb-overflow" id="plb-more"><button type="button"></button>"#,
        r#"<button type="button"></button><span class="plb-narrow-only"></span>"#,
        r#"<button type="button" class="plb-push"></button></div>"#,
        r#"<button type="button" class="plb-more-button" aria-controls="plb-more">"#,
        r#"<span aria-hidden="true"> ▾</span></button>"#,
        r#"<p class="plb-visually-hidden" role="status"></p></div>"#,
    ));
    dom::class(&bar, "plb-selbar-empty", move || empty.get());
    dom::text(&dom::find(&bar, ".plb-count"), move || {
        let words = words.words();
        let count = selection.with(|s| count_text(s, words));
        match hidden.get() {
            0 => count,
            n => format!("{count} · {}", words.selection_not_shown(n.into())),
        }
    });

    let menu = dom::find(&bar, "#plb-more");
    let more = dom::find(&bar, ".plb-more-button");
    let _ = more.prepend_with_str_1(&w.toolbar_more());
    dom::attr(&more, "aria-expanded", move || Some(more_open.get().to_string()));
    dom::on(&more, "click", move |_| more_open.update(|o| *o = !*o));
    dom::class(&menu, "plb-overflow-open", move || more_open.get());
    // A choice closes it, focus back on More, which a dialog it opens then returns focus to.
    let close_more = {
        let more = more.clone();
        move || {
            if more_open.get_untracked() {
                more_open.set(false);
                let _ = more.unchecked_ref::<HtmlElement>().focus();
            }
        }
    };
    dom::on(&menu, "click", {
        let close_more = close_more.clone();
        move |ev| {
            let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
            if target.and_then(|t| t.closest("button").ok().flatten()).is_some() {
                close_more()
            }
        }
    });
    dom::on(&menu, "keydown", move |ev| {
        if ev.unchecked_ref::<KeyboardEvent>().key() == "Escape" {
            close_more()
        }
    });
    // A press anywhere but the menu and its button closes it; focus stays where the press put it.
    dom::on_window("pointerdown", {
        let (menu, more) = (menu.clone(), more.clone());
        move |ev| {
            if !more_open.get_untracked() {
                return;
            }
            let path = ev.composed_path();
            if !path.includes(&menu, 0) && !path.includes(&more, 0) {
                more_open.set(false);
            }
        }
    });

    let [deselect, clear, density, from_list] = [0, 1, 2, 3].map(|i| menu.children().item(i).unwrap_throw());
    dom::set_text(&deselect, &w.selection_deselect_hidden());
    // `hidden` rather than building and removing: toggling an attribute is cheaper in code and DOM.
    dom::flag(&deselect, "hidden", move || hidden.get() == 0);
    dom::on(&deselect, "click", move |_| state.deselect_hidden());
    dom::set_text(&clear, &w.selection_clear());
    dom::flag(&clear, "hidden", move || empty.get());
    dom::on(&clear, "click", move |_| state.clear());
    let _ = density.before_with_node_1(&views_button("plb-narrow-only"));
    let _ = density.append_child(&part_view(batch_part::open(Door::Density), false, None));
    dom::set_text(&from_list, &w.selection_from_list());
    dom::on(&from_list, "click", move |_| {
        list_asked.set(true);
        list_open.set(true);
    });
    let _ = menu.append_child(&part_view(batch_part::open(Door::HistoryButton), false, None));

    let list_dialog = part_view_while(
        move || list_asked.get(),
        move || batch_part::open(Door::ListDialog { open: list_open }),
    );
    let tray = part_view(batch_part::open(Door::JobsTray), false, Some(jobs_stand_in()));
    let _ = more.before_with_node_3(&list_dialog, &actions_button(empty.into()), &tray);
    dom::text(&dom::find(&bar, ".plb-visually-hidden"), move || announcement.get());
    bar
}
