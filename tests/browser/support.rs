//! Mounting helpers and fixtures shared by the browser tests.

use contract::{PeoplePage, Person, Role, Status, UserId};
use leptos::{mount::mount_to, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A fresh container in the test page, removed with the returned handle.
pub struct Mounted {
    pub container: HtmlElement,
    _view: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

impl Mounted {
    pub fn query_all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.container.query_selector_all(selector).expect("valid selector");
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.container
            .query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }
}

pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), view);
    Mounted { container, _view: Box::new(handle) }
}

/// Page `page` of `total` users, `per_page` a page, with distinct names.
pub fn fixture_page(page: u32, per_page: u32, total: u64) -> PeoplePage {
    let first = u64::from(page - 1) * u64::from(per_page) + 1;
    let last = (first + u64::from(per_page) - 1).min(total);
    let items = (first..=last)
        .map(|id| Person {
            id: UserId(id),
            name: format!("Person {id}"),
            email: format!("person{id}@example.com"),
            status: if id % 3 == 0 { Status::Invited } else { Status::Active },
            role: Role::Learner,
            teams: vec!["Sales EMEA".into()],
            labels: vec![],
            language: "en".into(),
            hire_date: "2024-01-15".into(),
            last_active: None,
        })
        .collect();
    PeoplePage { items, total, page, per_page }
}

/// Mounts `view` under a fresh selection state (no filters, no options), as the People screen does.
pub fn mount_with_selection<V: IntoView + 'static>(
    view: impl FnOnce() -> V + 'static,
) -> (Mounted, people_log::people::SelectionState) {
    use contract::{Filter, FilterOptions};
    let state = people_log::people::SelectionState::new(
        Signal::stored(Filter::default()),
        Signal::stored(FilterOptions::default()),
        Signal::stored(false),
    );
    let mounted = mount(move || {
        provide_context(state);
        view()
    });
    (mounted, state)
}

/// Lets effects and microtasks run: resolves on the next macrotask.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The `checked` property of every checkbox matching `selector`.
pub fn checked(mounted: &Mounted, selector: &str) -> Vec<bool> {
    mounted
        .query_all(selector)
        .into_iter()
        .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>().checked())
        .collect()
}
