//! "N not shown" stays exact for a selection larger than one `/people/matching` request (issue 7,
//! item 3): 12,000 selected users, none of them seen under the current filter.

use super::support::{fake_client, fake_matching, mount, until};
use contract::{Filter, FilterOptions, Status, UserId};
use leptos::prelude::*;
use people_log::{
    people::{selection_bar, SelectionState},
    selection::Selection,
    ui::dom,
};
use std::{cell::Cell, rc::Rc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn twelve_thousand_selected_users_under_a_filter_are_counted_exactly() {
    // Matches the ids divisible by 3.
    let fake = fake_matching(|n| n % 3.0 == 0.0);
    let slot = Rc::new(Cell::new(None));
    let mounted = mount({
        let slot = slot.clone();
        move || {
            provide_context(fake_client());
            let active = Filter { status: vec![Status::Active], ..Filter::default() };
            let state = SelectionState::new(
                Signal::stored(active),
                Signal::stored(FilterOptions::default()),
                Signal::stored(false),
            );
            provide_context(state);
            slot.set(Some(state));
            dom::view(selection_bar(Signal::stored(String::new())))
        }
    });
    let state = slot.get().unwrap();
    state.selection.set(Selection::Explicit((1..=12_000).map(UserId).collect()));
    // 4,000 of the 12,000 are divisible by 3: the other 8,000 are hidden.
    until("the count", || mounted.text(".plb-count") == "12,000 selected · 8,000 not shown").await;
    assert_eq!(fake.count("POST", "/people/matching"), 2);
}
