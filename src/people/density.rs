//! The rows' density, Comfortable or Compact, as this browser chose it. The first download only
//! applies the stored choice (ui/width.js); choosing comes with the batch part.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlSelectElement, Storage};

/// The `localStorage` key, shared with ui/width.js.
const KEY: &str = "people-log:density";

/// This browser's storage, unless it refuses it (a sandboxed frame): then a choice lasts as long
/// as the page.
fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// "Density": Comfortable or Compact rows, for every table of this widget, remembered by this
/// browser.
#[component]
pub fn DensityChoice() -> impl IntoView {
    let compact = storage().and_then(|s| s.get_item(KEY).ok()?).as_deref() == Some("compact");
    let choose = move |ev: Event| {
        let value = event_target_value(&ev);
        let compact = value == "compact";
        if let Ok(Some(root)) = event_target::<Element>(&ev).closest(".plb-root") {
            let _ = root.class_list().toggle_with_force("plb-compact", compact);
            // The narrow widget's More menu has a chooser of its own, and the wide filter row
            // shows the other one: both say what the rows are.
            if let Ok(choosers) = root.query_selector_all(".plb-density select") {
                for chooser in (0..choosers.length()).filter_map(|i| choosers.item(i)) {
                    chooser.unchecked_into::<HtmlSelectElement>().set_value(&value);
                }
            }
        }
        if let Some(storage) = storage() {
            let _ = storage.set_item(KEY, if compact { "compact" } else { "comfortable" });
        }
    };
    let w = crate::i18n::words();
    view! {
        <label class="plb-density">
            <span class="plb-density-word">{w.density()} " "</span>
            <select on:change=choose>
                <option value="comfortable" selected=!compact>{w.density_comfortable()}</option>
                <option value="compact" selected=compact>{w.density_compact()}</option>
            </select>
        </label>
    }
}
