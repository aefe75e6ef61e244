use super::support::{host, mount_offline, tick, until};
use people_log::ui::stylesheet::{FIRST, LAST, PART, SOURCE};
use wasm_bindgen::{prelude::Closure, JsCast};
use wasm_bindgen_test::*;
use web_sys::{CssStyleSheet, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The rules the browser reads from `css`, as it writes them back.
fn rules(css: &str) -> Vec<String> {
    let sheet = CssStyleSheet::new().unwrap();
    sheet.replace_sync(css).unwrap();
    let list = sheet.css_rules().unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().css_text()).collect()
}

/// Squeezing comments and whitespace out of style/ at compile time changes no rule, and the first
/// download's rules with the part's between them are style/ in its cascade order.
#[wasm_bindgen_test]
fn the_squeezed_css_holds_the_same_rules() {
    let source = rules(SOURCE);
    assert!(source.len() > 100, "style/ parsed to only {} rules", source.len());
    let squeezed = [FIRST, PART, LAST].concat();
    assert_eq!(rules(&squeezed), source);
    assert!(squeezed.len() < SOURCE.len());
    assert!(!PART.is_empty() && !LAST.is_empty());
}

/// §7: the CSS reaches each shadow root as one shared constructed sheet (strict CSP blocks a
/// `<style>` element there), and no `style` attribute appears in the widget's markup.
#[wasm_bindgen_test]
async fn instances_share_one_adopted_sheet() {
    let mut handles = Vec::new();
    let mut shadows = Vec::new();
    for _ in 0..2 {
        let host = host();
        handles.push((mount_offline(&host), host.clone()));
        shadows.push(host.shadow_root().unwrap());
    }
    tick().await;
    let first = shadows[0].adopted_style_sheets();
    let second = shadows[1].adopted_style_sheets();
    assert_eq!(first.length(), 1);
    assert_eq!(second.length(), 1);
    assert!(first.get(0) == second.get(0), "one sheet for both");
    for shadow in &shadows {
        assert!(shadow.query_selector("style").unwrap().is_none(), "no <style> element");
        assert!(shadow.query_selector("[style]").unwrap().is_none(), "no style attribute");
        let root: HtmlElement = shadow.query_selector(".plb-root").unwrap().unwrap().unchecked_into();
        let style = web_sys::window().unwrap().get_computed_style(&root).unwrap().unwrap();
        assert_eq!(style.get_property_value("position").unwrap(), "relative", "the sheet applies");
    }
    for (mut handle, host) in handles {
        handle.unmount();
        host.remove();
    }
}

/// §7: the widget lays itself out by its own width, not the viewport's: in a 360 px column it
/// takes the narrow layout (half the padding), and leaves it when its host widens. Switching raises
/// no error event in the host page (a host's error monitoring would report it).
#[wasm_bindgen_test]
async fn the_narrow_layout_follows_the_widgets_own_width() {
    let window = web_sys::window().unwrap();
    let errors = std::rc::Rc::new(std::cell::Cell::new(0));
    let count = Closure::<dyn Fn()>::new({
        let errors = errors.clone();
        move || errors.set(errors.get() + 1)
    });
    window.add_event_listener_with_callback("error", count.as_ref().unchecked_ref()).unwrap();
    let host = host();
    host.style().set_property("width", "360px").unwrap();
    let mut handle = mount_offline(&host);
    let shadow = host.shadow_root().unwrap();
    let padding = || {
        let widget = shadow.query_selector(".plb").unwrap().unwrap();
        let style = web_sys::window().unwrap().get_computed_style(&widget).unwrap().unwrap();
        style.get_property_value("padding-left").unwrap()
    };
    until("the narrow layout at 360 px", || padding() == "8px").await;
    host.style().set_property("width", "900px").unwrap();
    until("the full layout at 900 px", || padding() == "16px").await;
    host.style().set_property("width", "480px").unwrap();
    until("the narrow layout again at 480 px", || padding() == "8px").await;
    tick().await;
    assert_eq!(errors.get(), 0, "error events in the page");
    window.remove_event_listener_with_callback("error", count.as_ref().unchecked_ref()).unwrap();
    handle.unmount();
    host.remove();
}
