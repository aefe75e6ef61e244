//! The first screen's DOM layer (ui::dom): a region follows only what it reads, a replaced build's
//! bindings stop, and a window listener goes with its owner.

use super::support::{mount, tick};
use leptos::prelude::*;
use people_log::ui::dom;
use std::{cell::Cell, rc::Rc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_region_follows_what_it_reads_and_a_replaced_build_stops() {
    let (shown, other, word) = (RwSignal::new(1), RwSignal::new(0), RwSignal::new("a".to_owned()));
    let builds = Rc::new(Cell::new(0));
    let mounted = mount({
        let builds = builds.clone();
        move || {
            let place = dom::markup("<div></div>");
            dom::region(
                &place,
                move || shown.get(),
                move |place, n| {
                    builds.set(builds.get() + 1);
                    // Read while building, as a component reads its props: not the region's to follow.
                    let _ = other.get();
                    let line = dom::markup("<p></p>");
                    dom::text(&line, move || format!("{n} {}", word.get()));
                    place.append_child(&line).unwrap();
                },
            );
            dom::view(place)
        }
    });
    assert_eq!((mounted.text("p"), builds.get()), ("1 a".to_owned(), 1));
    let first = mounted.query_all("p").remove(0);

    other.set(1);
    tick().await;
    assert_eq!(builds.get(), 1, "what the build read is not followed");
    word.set("b".into());
    tick().await;
    assert_eq!(
        (mounted.text("p"), builds.get()),
        ("1 b".to_owned(), 1),
        "the binding updates its node alone"
    );

    shown.set(2);
    tick().await;
    assert_eq!((mounted.text("p"), builds.get()), ("2 b".to_owned(), 2));
    assert_eq!(mounted.query_all("p").len(), 1, "the old build is gone from the page");
    word.set("c".into());
    tick().await;
    assert_eq!(mounted.text("p"), "2 c");
    assert_eq!(first.text_content().unwrap(), "1 b", "and its binding stopped with it");
}

#[wasm_bindgen_test]
fn a_window_listener_goes_with_its_owner() {
    let window = web_sys::window().unwrap();
    let heard = Rc::new(Cell::new(0));
    let owner = Owner::new();
    owner.with(|| {
        let heard = heard.clone();
        dom::on_window("people-log-test", move |_| heard.set(heard.get() + 1))
    });
    let event = || web_sys::Event::new("people-log-test").unwrap();
    window.dispatch_event(&event()).unwrap();
    assert_eq!(heard.get(), 1);
    owner.cleanup();
    window.dispatch_event(&event()).unwrap();
    assert_eq!(heard.get(), 1, "not heard once its owner is gone");
}
