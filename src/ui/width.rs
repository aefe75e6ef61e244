use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(module = "/src/ui/width.js")]
extern "C" {
    /// The observer behind [`watch_width`]; disconnect it when the widget goes.
    pub type WidthWatch;

    /// Keeps the root's `plb-narrow` class true to its width (see width.js: no container query),
    /// and gives it the row density this browser chose (`plb-compact`).
    #[wasm_bindgen(js_name = watchWidth)]
    pub fn watch_width(root: &HtmlElement) -> WidthWatch;

    #[wasm_bindgen(method)]
    pub fn disconnect(this: &WidthWatch);
}
