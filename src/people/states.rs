use crate::{
    api::ApiError,
    filters::Label,
    i18n::{words, Words},
    ui::dom,
};
use leptos::prelude::*;
use web_sys::Element;

/// The first load: grey rows where the table will be, so nothing jumps when it arrives.
pub fn table_skeleton() -> Element {
    let skeleton = dom::markup(concat!(
        r#"<div class="plb-skeleton" role="status">"#,
        r#"<div class="plb-skeleton-row"></div><div class="plb-skeleton-row"></div>"#,
        r#"<div class="plb-skeleton-row"></div><div class="plb-skeleton-row"></div>"#,
        r#"<div class="plb-skeleton-row"></div><div class="plb-skeleton-row"></div>"#,
        r#"<div class="plb-skeleton-row"></div><div class="plb-skeleton-row"></div></div>"#,
    ));
    dom::set_attr(&skeleton, "aria-label", Some(&words().table_loading()));
    skeleton
}

/// A failed load: what went wrong and a way on, never a blank table. When the view itself was
/// refused, Retry would fail again: `recover` is the label and action instead.
pub fn load_error(
    error: &ApiError,
    on_retry: Callback<()>,
    recover: Option<(Label, Callback<()>)>,
) -> Element {
    let (label, action) = recover.unwrap_or((Words::retry, on_retry));
    let w = words();
    message_and_button(
        r#"<div class="plb-error" role="alert"><p></p><button type="button"></button></div>"#,
        &w.table_error((&error.to_string()).into()),
        &label(w),
        action,
    )
}

/// Nothing matches: say so and offer the way back (`on_clear` clears every filter).
pub fn empty_result(on_clear: Callback<()>) -> Element {
    let w = words();
    message_and_button(
        r#"<div class="plb-empty"><p></p><button type="button"></button></div>"#,
        &w.table_empty(),
        &w.table_clear_filters(),
        on_clear,
    )
}

/// `html`, a message and a button, with their words and the button's action.
fn message_and_button(html: &'static str, message: &str, label: &str, action: Callback<()>) -> Element {
    let block = dom::markup(html);
    dom::set_text(&dom::find(&block, "p"), message);
    let button = dom::find(&block, "button");
    dom::set_text(&button, label);
    dom::on(&button, "click", move |_| action.run(()));
    block
}
