//! Saved views against an in-page fake backend (issue 7, item 5): reloads that overlap land in
//! order, and a write from one view's row finishes, and refreshes the list, even when the list
//! re-created that row meanwhile.

use super::support::{fake_client, mount, tick, type_into, until, FakeBackend, Gate, Mounted, Reply};
use contract::ListQuery;
use leptos::prelude::*;
use people_log::people::SavedViews;
use std::{cell::RefCell, collections::VecDeque, rc::Rc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The server's saved views (names, which double as ids) and holds for the next answers to
/// `GET /saved-views` and to writes, in order.
#[derive(Clone, Default)]
struct Views {
    names: Rc<RefCell<Vec<String>>>,
    hold_reads: Rc<RefCell<VecDeque<Gate>>>,
    hold_writes: Rc<RefCell<VecDeque<Gate>>>,
    answered_reads: Rc<RefCell<usize>>,
}

impl Views {
    fn with(names: &[&str]) -> Self {
        let views = Views::default();
        views.names.borrow_mut().extend(names.iter().map(|n| n.to_string()));
        views
    }

    fn list(&self) -> String {
        let items: Vec<String> = self
            .names
            .borrow()
            .iter()
            .map(|n| {
                format!(r#"{{"id":"{n}","name":"{n}","filter":{{}},"created_at":"t","updated_at":"t"}}"#)
            })
            .collect();
        format!(r#"{{"items":[{}]}}"#, items.join(","))
    }

    /// Serves the list as it is when asked; writes take effect when their hold (if any) opens.
    fn serve(&self) -> FakeBackend {
        let views = self.clone();
        FakeBackend::install(move |r| {
            let held = |gates: &RefCell<VecDeque<Gate>>, reply: Reply| match gates.borrow_mut().pop_front() {
                Some(gate) => reply.held(&gate),
                None => reply,
            };
            let names = views.names.clone();
            match (r.method.as_str(), r.path.strip_prefix("/saved-views")) {
                ("GET", Some("")) => {
                    let answered = views.answered_reads.clone();
                    let body = views.list();
                    held(&views.hold_reads, Reply::ok("")).then(move || {
                        *answered.borrow_mut() += 1;
                        body
                    })
                }
                ("POST", Some("")) => {
                    let body = js_sys::JSON::parse(&r.body).unwrap();
                    let name = js_sys::Reflect::get(&body, &"name".into()).unwrap().as_string().unwrap();
                    held(&views.hold_writes, Reply::status(201, "")).then(move || {
                        names.borrow_mut().push(name);
                        String::new()
                    })
                }
                ("DELETE", Some(id)) => {
                    let id = id.trim_start_matches('/').to_owned();
                    held(&views.hold_writes, Reply::status(204, "")).then(move || {
                        names.borrow_mut().retain(|n| *n != id);
                        String::new()
                    })
                }
                _ => Reply::status(404, ""),
            }
        })
    }
}

fn mount_views() -> Mounted {
    mount(|| {
        provide_context(fake_client());
        let query = Memo::new(|_| ListQuery::default());
        view! { <SavedViews query go=Callback::new(|_| {}) /> }
    })
}

/// The views the list shows, by their Apply buttons.
fn shown(mounted: &Mounted) -> Vec<String> {
    mounted
        .query_all("button[aria-label^='Apply view ']")
        .iter()
        .filter_map(|b| b.get_attribute("aria-label")?.strip_prefix("Apply view ").map(str::to_owned))
        .collect()
}

fn save(mounted: &Mounted, name: &str) {
    type_into(&mounted.query_all("input[aria-label='View name']")[0], name);
    mounted.query_all("form button[type=submit]")[0].click();
}

#[wasm_bindgen_test]
async fn an_older_reload_that_answers_last_does_not_replace_a_newer_one() {
    let views = Views::with(&["A"]);
    let fake = views.serve();
    let mounted = mount_views();
    until("the first list", || shown(&mounted) == ["A"]).await;

    // The reload after saving B is held (it saw A, B); the one after saving C answers at once.
    let late = Gate::new();
    views.hold_reads.borrow_mut().push_back(late.clone());
    save(&mounted, "B");
    until("the reload after B", || fake.count("GET", "/saved-views") == 2).await;
    save(&mounted, "C");
    until("the reload after C", || shown(&mounted) == ["A", "B", "C"]).await;

    late.open();
    until("the late answer", || *views.answered_reads.borrow() == 3).await;
    for _ in 0..3 {
        tick().await;
    }
    assert_eq!(shown(&mounted), ["A", "B", "C"], "the late, older list must not land");
}

#[wasm_bindgen_test]
async fn a_delete_refreshes_the_list_even_if_its_row_was_re_created_meanwhile() {
    let views = Views::with(&["A"]);
    let fake = views.serve();
    let mounted = mount_views();
    until("the first list", || shown(&mounted) == ["A"]).await;

    // Deleting A is held at the server; meanwhile saving B reloads the list, re-creating A's row.
    let delete = Gate::new();
    views.hold_writes.borrow_mut().push_back(delete.clone());
    mounted.query_all("button[aria-label='Delete view A']")[0].click();
    until("the delete request", || fake.count("DELETE", "/saved-views/A") == 1).await;
    save(&mounted, "B");
    until("the list with B", || shown(&mounted) == ["A", "B"]).await;

    delete.open();
    until("the list without A", || shown(&mounted) == ["B"]).await;
}
