//! People Log batch actions: a widget that lets LMS administrators filter, select and act on users.
//!
//! The same build runs as the standalone demo (`index.html`), inside a host's dashboard (`mount`) and
//! against any backend that implements the contract in `contract/`.

pub mod actions;
pub mod api;
pub mod config;
pub mod filters;
pub mod format;
pub mod jobs;
pub mod people;
pub mod selection;
pub mod ui;
pub mod url_query;

use api::ApiClient;
use config::Config;
use leptos::{mount::mount_to, prelude::*, tachys::view::any_view::AnyViewState};
use people::PeopleScreen;
use wasm_bindgen::{prelude::*, JsCast};
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

/// The whole widget for one backend.
#[component]
pub fn App(
    /// Backend and presentation options from the host.
    config: Config,
) -> impl IntoView {
    provide_context(config.clone());
    let api = ApiClient::new(config);
    provide_context(api.clone());
    jobs::JobCenter::provide(api);
    view! {
        <div class="plb">
            <PeopleScreen />
        </div>
    }
}

/// A mounted widget; `unmount()` removes its DOM and disposes its reactive state.
#[wasm_bindgen]
pub struct MountHandle {
    root: HtmlElement,
    view: Option<leptos::mount::UnmountHandle<AnyViewState>>,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the widget from the page; safe to call twice.
    pub fn unmount(&mut self) {
        self.view.take();
        self.root.remove();
    }
}

/// Mounts the widget into `target` (inside a shadow root) with `{ apiBase, headers, pageSize }`.
#[wasm_bindgen]
pub fn mount(target: HtmlElement, options: JsValue) -> Result<MountHandle, JsValue> {
    let config = Config::from_js(&options).map_err(|e| JsValue::from_str(&e))?;
    mount_with_config(&target, config)
}

fn mount_with_config(target: &HtmlElement, config: Config) -> Result<MountHandle, JsValue> {
    let shadow = match target.shadow_root() {
        Some(shadow) => shadow,
        None => target.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = target.owner_document().ok_or("target is not in a document")?;
    // Host CSS cannot reach into the shadow root, nor ours leak out.
    ui::stylesheet::adopt(&shadow)?;
    let root: HtmlElement = document.create_element("div")?.unchecked_into();
    root.set_class_name("plb-root");
    shadow.append_child(&root)?;
    let view = mount_to(root.clone(), move || view! { <App config /> }.into_any());
    Ok(MountHandle { root, view: Some(view) })
}

/// Mounts into every `[data-people-log]` element of the page, reading `data-api-base`.
pub fn mount_declared() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(targets) = document.query_selector_all("[data-people-log]") else { return };
    for index in 0..targets.length() {
        let Some(target) = targets.item(index).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let mut config = Config::default();
        if let Some(base) = target.get_attribute("data-api-base") {
            config.api_base = base.trim_end_matches('/').to_owned();
        }
        match mount_with_config(&target, config) {
            // The page owns these instances for its whole life.
            Ok(handle) => std::mem::forget(handle),
            Err(err) => web_sys::console::error_2(&"People Log could not mount:".into(), &err),
        }
    }
}
