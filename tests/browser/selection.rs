use super::support::{
    checked, fixture_page, mount_with_selection, mount_with_selection_under, tick, Mounted,
};
use contract::{Filter, UserId};
use leptos::prelude::*;
use people_log::people::{people_table, selection_banner, selection_bar};
use people_log::ui::dom;
use wasm_bindgen::{prelude::*, JsCast};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, MutationObserver, MutationObserverInit, MutationRecord};

wasm_bindgen_test_configure!(run_in_browser);

fn header(mounted: &Mounted) -> HtmlInputElement {
    mounted.query_all("thead input[type=checkbox]").remove(0).unchecked_into()
}

fn row_boxes(mounted: &Mounted) -> Vec<web_sys::HtmlElement> {
    mounted.query_all("tbody input[type=checkbox]")
}

#[wasm_bindgen_test]
async fn header_checkbox_is_tri_state() {
    let page = fixture_page(1, 25, 60);
    let (mounted, _) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
    let head = header(&mounted);
    assert_eq!(head.get_attribute("aria-checked").as_deref(), Some("false"));
    assert!(!head.checked() && !head.indeterminate());

    row_boxes(&mounted)[3].click();
    tick().await;
    assert_eq!(head.get_attribute("aria-checked").as_deref(), Some("mixed"));
    assert!(head.indeterminate() && !head.checked());

    head.click();
    tick().await;
    assert_eq!(head.get_attribute("aria-checked").as_deref(), Some("true"));
    assert!(head.checked() && !head.indeterminate());
    assert!(checked(&mounted, "tbody input").iter().all(|c| *c));

    head.click();
    tick().await;
    assert_eq!(head.get_attribute("aria-checked").as_deref(), Some("false"));
    assert!(checked(&mounted, "tbody input").iter().all(|c| !*c));
}

#[wasm_bindgen_test]
async fn banner_appears_only_for_a_full_page_with_more_matching() {
    let page = fixture_page(1, 25, 60);
    let ids: Vec<UserId> = page.items.iter().map(|p| p.id).collect();
    let (mounted, state) = mount_with_selection(move || {
        view! {
            {dom::view(selection_banner(ids, 60, Filter::default()))}
            {dom::view(people_table(page.into(), Default::default(), None))}
            {dom::view(selection_bar(Signal::stored(String::new())))}
        }
    });
    assert!(mounted.query_all(".plb-banner").is_empty());
    let boxes = row_boxes(&mounted);
    for b in &boxes[..24] {
        b.click();
    }
    tick().await;
    assert!(mounted.query_all(".plb-banner").is_empty(), "24 of 25 is not the whole page");
    boxes[24].click();
    tick().await;
    assert_eq!(
        mounted.text(".plb-banner"),
        "All 25 users on this page are selected.Select all 60 users that match these filters"
    );
    mounted.query_all(".plb-banner button")[0].click();
    tick().await;
    assert_eq!(mounted.text(".plb-banner"), "All 60 users are selected.Clear selection");
    assert_eq!(mounted.text(".plb-count"), "60 selected");

    boxes[0].click();
    boxes[1].click();
    tick().await;
    assert!(mounted.query_all(".plb-banner").is_empty(), "exclusions end the banner");
    assert_eq!(mounted.text(".plb-count"), "58 of 60 selected");
    assert_eq!(state.selection.with_untracked(|s| s.count()), 58);
}

/// "Show and select all" of the list dialog (§12): the select-all waits for a page of its filter,
/// whose total it takes; a page of another filter ends the wait.
#[wasm_bindgen_test]
async fn a_select_all_waits_for_a_page_of_its_filter() {
    let page = fixture_page(1, 25, 46);
    let ids: Vec<UserId> = page.items.iter().map(|p| p.id).collect();
    let list = Filter { list: Some(contract::ListId("list-1".into())), ..Filter::default() };
    let shown = RwSignal::new(None::<Filter>);
    let (mounted, state) = mount_with_selection(move || {
        view! {
            {move || shown.get().map(|filter| dom::view(selection_banner(ids.clone(), 46, filter)))}
            {dom::view(selection_bar(Signal::stored(String::new())))}
        }
    });
    state.select_all_when_shown(list.clone());
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "No users selected", "no page shown yet");

    shown.set(Some(Filter::default()));
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "No users selected", "another filter's page");
    shown.set(Some(list.clone()));
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "No users selected", "the wait ended with the other page");

    state.select_all_when_shown(list.clone());
    shown.set(Some(list.clone()));
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "46 selected");
    assert_eq!(mounted.text(".plb-banner"), "All 46 users are selected.Clear selection");
    let all = state.selection.with_untracked(|s| s.to_wire());
    assert!(
        matches!(&all, contract::selection::Selection::AllMatching { filter, expected_count: 46, .. } if *filter == list),
        "{all:?}"
    );
}

/// The list's filter is the URL's, and its first page is loading: the page before it shown again
/// meanwhile (a finished job refreshed it), or the list's page while a newer load makes it stale,
/// leave the select-all waiting for the list's current page.
#[wasm_bindgen_test]
async fn a_select_all_outlasts_pages_shown_while_its_own_loads() {
    let page = fixture_page(1, 25, 46);
    let ids: Vec<UserId> = page.items.iter().map(|p| p.id).collect();
    let list = Filter { list: Some(contract::ListId("list-1".into())), ..Filter::default() };
    let shown = RwSignal::new(None::<(Filter, u64)>);
    let stale = RwSignal::new(true);
    let (mounted, state) = mount_with_selection_under(
        Signal::stored(list.clone()),
        stale.into(),
        move || {
            view! {
                {move || shown.get().map(|(filter, total)| dom::view(selection_banner(ids.clone(), total, filter)))}
                {dom::view(selection_bar(Signal::stored(String::new())))}
            }
        },
    );
    state.select_all_when_shown(list.clone());
    shown.set(Some((Filter::default(), 5000)));
    tick().await;
    shown.set(Some((list.clone(), 46)));
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "No users selected", "nothing is selected on a stale page");

    stale.set(false);
    shown.set(Some((list.clone(), 46)));
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "46 selected");
}

#[wasm_bindgen_test]
async fn shift_click_selects_a_range() {
    let page = fixture_page(1, 25, 60);
    let (mounted, state) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
    let boxes = row_boxes(&mounted);
    boxes[2].click();
    let init = web_sys::MouseEventInit::new();
    init.set_shift_key(true);
    init.set_bubbles(true);
    let shift_click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    boxes[6].dispatch_event(&shift_click).unwrap();
    tick().await;
    let expected: Vec<bool> = (0..25).map(|i| (2..=6).contains(&i)).collect();
    assert_eq!(checked(&mounted, "tbody input"), expected);
    assert_eq!(state.selection.with_untracked(|s| s.count()), 5);
}

#[wasm_bindgen_test]
async fn space_on_a_focused_row_toggles_it() {
    let page = fixture_page(1, 25, 60);
    let (mounted, state) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
    let row = mounted.query_all("tbody tr").remove(4);
    row.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(" ");
    init.set_bubbles(true);
    row.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
    tick().await;
    assert!(state.selection.with_untracked(|s| s.contains(UserId(5))));
    assert!(checked(&mounted, "tbody input")[4]);
}

/// Collects every DOM mutation under `root`.
fn observe(root: &Element) -> MutationObserver {
    let callback = Closure::<dyn FnMut()>::new(|| {}).into_js_value();
    let observer = MutationObserver::new(callback.unchecked_ref()).unwrap();
    let init = MutationObserverInit::new();
    init.set_subtree(true);
    init.set_child_list(true);
    init.set_attributes(true);
    init.set_character_data(true);
    observer.observe_with_options(root, &init).unwrap();
    observer
}

/// Where each mutation happened: "header", "count" or anything else (a failure).
fn places(observer: &MutationObserver) -> Vec<String> {
    observer
        .take_records()
        .iter()
        .map(|r| {
            let record: MutationRecord = r.unchecked_into();
            let node = record.target().unwrap();
            let element: Element = match node.dyn_ref::<Element>() {
                Some(e) => e.clone(),
                None => node.parent_element().unwrap(),
            };
            if element.closest(".plb-selbar").unwrap().is_some() {
                "count".to_owned()
            } else if element.closest("thead").unwrap().is_some() {
                "header".to_owned()
            } else {
                format!("{}.{}", element.tag_name(), element.class_name())
            }
        })
        .collect()
}

/// §10 / issue item 5: at 500 rows, a row toggle touches that row's checkbox and the count; the
/// header toggle touches the checkboxes and the count. Rows are never re-rendered.
#[wasm_bindgen_test]
async fn toggles_at_500_rows_touch_only_the_checkboxes_and_the_count() {
    let page = fixture_page(1, 500, 500);
    let (mounted, _) = mount_with_selection(move || {
        view! {
            {dom::view(selection_bar(Signal::stored(String::new())))}
            {dom::view(people_table(page.into(), Default::default(), None))}
        }
    });
    let rows_before = mounted.query_all("tbody tr");
    assert_eq!(rows_before.len(), 500);
    let observer = observe(&mounted.container);

    row_boxes(&mounted)[250].click();
    tick().await;
    let touched = places(&observer);
    assert!(touched.iter().all(|p| p == "count" || p == "header"), "{touched:?}");
    assert!(touched.len() <= 6, "a handful of mutations, not a re-render: {touched:?}");
    let ticks = checked(&mounted, "tbody input");
    assert_eq!(ticks.iter().filter(|c| **c).count(), 1);
    assert!(ticks[250]);

    header(&mounted).click();
    tick().await;
    let touched = places(&observer);
    assert!(touched.iter().all(|p| p == "count" || p == "header"), "{touched:?}");
    assert!(touched.len() <= 6, "{touched:?}");
    assert!(checked(&mounted, "tbody input").iter().all(|c| *c));

    let rows_after = mounted.query_all("tbody tr");
    assert!(rows_before.iter().zip(&rows_after).all(|(a, b)| a.is_same_node(Some(b))), "rows were kept");
    assert_eq!(mounted.text(".plb-count"), "500 selected");
}
