use crate::{i18n::words, ui::dom};
use contract::{PeoplePage, PAGE_SIZES};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, HtmlSelectElement};

/// "1–50 of 4,213 users", the page size, and first/previous/next/last. `on_page` is asked for
/// another page number (1-based), `on_per_page` for another page size.
pub fn pagination(page: &PeoplePage, on_page: Callback<u32>, on_per_page: Option<Callback<u32>>) -> Element {
    let current = page.page;
    let last = page.page_count();
    let w = words();
    let nav = dom::markup(concat!(
        r#"<nav class="plb-pagination"><p class="plb-range"></p><label class="plb-per-page"><select>"#,
        r#"</select></label><span class="plb-muted"></span><button type="button"></button>"#,
        r#"<button type="button"></button><button type="button"></button><button type="button"></button></nav>"#,
    ));
    dom::set_attr(&nav, "aria-label", Some(&w.pagination()));
    dom::set_text(&dom::find(&nav, "p"), &w.range(page.range(), page.total));
    let select = dom::find(&nav, "select");
    let _ = select.before_with_str_1(&format!("{} ", w.pagination_per_page()));
    for n in PAGE_SIZES {
        let option = document().create_element("option").unwrap_throw();
        let text = n.to_string();
        dom::set_attr(&option, "value", Some(&text));
        dom::set_attr(&option, "selected", (n == page.per_page).then_some(""));
        dom::set_text(&option, &text);
        let _ = select.append_child(&option);
    }
    dom::on(&select, "change", move |ev| {
        let value = ev.target().unwrap_throw().unchecked_into::<HtmlSelectElement>().value();
        if let (Some(cb), Ok(n)) = (on_per_page, value.parse()) {
            cb.run(n)
        }
    });
    dom::set_text(&dom::find(&nav, "span"), &w.pagination_page(current.into(), last.into()));
    let buttons = nav.query_selector_all("button").unwrap_throw();
    let button = |index: u32, label: String, target: u32, enabled: bool| {
        let button: Element = buttons.item(index).unwrap_throw().unchecked_into();
        dom::set_text(&button, &label);
        dom::set_attr(&button, "disabled", (!enabled).then_some(""));
        dom::on(&button, "click", move |_| on_page.run(target));
    };
    button(0, w.pagination_first(), 1, current > 1);
    button(1, w.pagination_previous(), current.saturating_sub(1), current > 1);
    // Saturating: a server answering page u32::MAX must not make this overflow.
    button(2, w.pagination_next(), current.saturating_add(1), current < last);
    button(3, w.pagination_last(), last, current < last);
    nav
}
