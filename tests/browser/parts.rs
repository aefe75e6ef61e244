//! A later part's load, as the first download sees it (ui::part): "Loading…" while it comes, the
//! part's view once it is in, and a failed load said once with a Retry that loads it afresh.
//! Here the load is a promise the test settles; the release build's is the part's file.

use super::support::{mount, until};
use leptos::prelude::*;
use people_log::ui::{dom, part_problem, part_view, Part, PartError, PartFuture, PartView};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// The pending load's resolve and reject, and how many loads were started.
    static PENDING: RefCell<(Option<(js_sys::Function, js_sys::Function)>, u32)> = const { RefCell::new((None, 0)) };
}

fn load() -> PartFuture<()> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        PENDING.with_borrow_mut(|(pending, started)| {
            *pending = Some((resolve, reject));
            *started += 1;
        })
    });
    Box::pin(async move { JsFuture::from(promise).await.map(drop).map_err(|_| PartError) })
}

fn settle(ok: bool) {
    let (resolve, reject) = PENDING.with_borrow_mut(|(p, _)| p.take()).expect("a load is pending");
    let _ = if ok { resolve.call0(&JsValue::NULL) } else { reject.call0(&JsValue::NULL) };
}

fn started() -> u32 {
    PENDING.with_borrow(|(_, n)| *n)
}

fn built() -> PartFuture<AnyView> {
    Box::pin(async { Ok(view! { <p id="built">"From the part"</p> }.into_any()) })
}

#[wasm_bindgen_test]
async fn an_eager_view_says_loading_then_shows_the_part_and_a_failure_offers_retry() {
    PENDING.with_borrow_mut(|p| *p = (None, 0));
    let mounted = mount(|| {
        Part::provide(load);
        let stand_in = dom::markup(r#"<span id="stand-in">Stand-in</span>"#);
        view! {
            {dom::view(part_view(built(), true, Some(stand_in)))}
            {dom::view(part_problem())}
        }
    });
    let busy = || mounted.query_all(".plb-part-busy").iter().any(|b| !b.hidden());
    until("the part's fetch, which an eager view starts", || started() == 1).await;
    until("Loading…", busy).await;
    assert_eq!(mounted.query_all("#stand-in").len(), 1, "the stand-in holds the place");
    assert!(mounted.query_all("#built").is_empty());

    settle(false);
    until("the failure", || !mounted.query_all("[role=alert]").is_empty()).await;
    assert!(mounted.text("[role=alert]").contains("Part of People Log could not load"));
    assert!(!busy(), "no Loading… once it has failed");
    assert!(mounted.query_all("#built").is_empty());

    mounted.query_all("[role=alert] button")[0].click();
    until("a fresh fetch on Retry", || started() == 2).await;
    settle(true);
    until("the part's view", || !mounted.query_all("#built").is_empty()).await;
    assert!(mounted.query_all("[role=alert]").is_empty(), "the failure is gone");
    assert!(mounted.query_all("#stand-in").is_empty(), "the stand-in made way");
    assert!(!busy());
}

#[wasm_bindgen_test]
async fn a_view_that_is_not_eager_waits_for_something_else_to_load_the_part() {
    PENDING.with_borrow_mut(|p| *p = (None, 0));
    let part = RwSignal::new(None::<Part>);
    let mounted = mount(move || {
        part.set(Some(Part::provide(load)));
        view! { <PartView view=built() /> }
    });
    leptos::task::tick().await;
    assert_eq!(started(), 0, "nothing is fetched for a view that can wait");
    assert!(mounted.query_all(".plb-part-busy").iter().all(|b| b.hidden()), "and it says nothing");
    part.get_untracked().unwrap().load();
    until("the part's fetch", || started() == 1).await;
    settle(true);
    until("the part's view", || !mounted.query_all("#built").is_empty()).await;
}
