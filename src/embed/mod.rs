//! What a host page sees of the widget (§7): events on its element, and the
//! `<people-log-batch>` custom element, whose class is an external JS module (`element.js`,
//! shipped by wasm-bindgen as a snippet file, so no inline script is needed).

mod events;

pub use events::{
    HostEvents, JobDetail, SelectionDetail, SessionDetail, JOB_FINISHED, JOB_STARTED, SELECTION_CHANGE,
    SESSION_EXPIRED,
};

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    /// Registers `<people-log-batch>`, mounting through `mount` (once per page).
    #[wasm_bindgen(js_name = define)]
    fn define_with(mount: &Closure<dyn Fn(HtmlElement, JsValue) -> Result<JsValue, JsValue>>);
}

/// Registers the `<people-log-batch>` element; elements already in the page upgrade and mount.
pub fn define_element() {
    let mount = Closure::<dyn Fn(HtmlElement, JsValue) -> Result<JsValue, JsValue>>::new(
        |target: HtmlElement, options: JsValue| crate::mount(target, options).map(JsValue::from),
    );
    define_with(&mount);
    // The element class keeps calling it for the page's whole life.
    mount.forget();
}
