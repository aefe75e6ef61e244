use super::support::{tick, until};
use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// §7: the widget lives in its own shadow root of the given element and leaves nothing on unmount.
#[wasm_bindgen_test]
async fn mounts_into_a_shadow_root_and_unmounts_cleanly() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let options = js_sys::Object::new();
    // Nothing answers here: the widget must show its error state, not throw.
    js_sys::Reflect::set(&options, &"apiBase".into(), &"http://127.0.0.1:9/api".into()).unwrap();
    let mut handle = people_log::mount(host.clone(), JsValue::from(options)).unwrap();
    tick().await;
    let shadow = host.shadow_root().expect("a shadow root");
    assert!(shadow.query_selector("input[type=search]").unwrap().is_some());
    let error = || {
        let alert = shadow.query_selector(".plb-results [role=alert]").unwrap();
        alert.and_then(|a| a.text_content()).unwrap_or_default()
    };
    until("the error state", || error().contains("Users could not be loaded")).await;
    assert!(error().contains("Could not reach the server"), "{}", error());
    let retry = shadow.query_selector(".plb-results [role=alert] button").unwrap().expect("a way on");
    assert_eq!(retry.text_content().as_deref(), Some("Retry"));
    assert_eq!(host.children().length(), 0, "nothing in the host's light DOM");
    assert!(document.query_selector(".plb").unwrap().is_none(), "nothing outside the shadow root");

    handle.unmount();
    tick().await;
    assert_eq!(shadow.child_element_count(), 0);
    handle.unmount();
    host.remove();
}

#[wasm_bindgen(inline_js = r#"
// Test hooks: count the page's popstate listeners and pending timers by wrapping the window's own
// functions, so whatever registers them (Leptos, leptos-use, the widget) is counted.
export function instrument() {
  if (globalThis.__plbHooks) return;
  const listeners = new Set();
  const pending = new Set();
  const { addEventListener, removeEventListener, setTimeout, clearTimeout } = window;
  window.addEventListener = function (type, fn, options) {
    if (type === "popstate") listeners.add(fn);
    return addEventListener.call(this, type, fn, options);
  };
  window.removeEventListener = function (type, fn, options) {
    if (type === "popstate") listeners.delete(fn);
    return removeEventListener.call(this, type, fn, options);
  };
  window.setTimeout = function (fn, ms, ...args) {
    const id = setTimeout.call(this, (...a) => { pending.delete(id); if (typeof fn === "function") fn(...a); }, ms, ...args);
    pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return clearTimeout.call(this, id);
  };
  globalThis.__plbHooks = { popstate: () => listeners.size, timers: () => pending.size };
}
export function popstate_listeners() { return globalThis.__plbHooks.popstate(); }
export function pending_timers() { return globalThis.__plbHooks.timers(); }
"#)]
extern "C" {
    fn instrument();
    fn popstate_listeners() -> u32;
    fn pending_timers() -> u32;
}

/// §7: mounting and unmounting ten times leaves no popstate listener, no pending timer and no node.
/// Nothing answers at this API base, so each instance is retrying its job list on a timer when
/// it goes.
#[wasm_bindgen_test]
async fn ten_mounts_and_unmounts_leave_nothing_behind() {
    instrument();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    tick().await;
    let (listeners, timers) = (popstate_listeners(), pending_timers());
    for round in 0..10 {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"apiBase".into(), &"http://127.0.0.1:9/api".into()).unwrap();
        let mut handle = people_log::mount(host.clone(), JsValue::from(options)).unwrap();
        let shadow = host.shadow_root().expect("a shadow root");
        assert_eq!(popstate_listeners(), listeners + 1, "round {round}: one listener while mounted");
        until("a retry timer", || pending_timers() > timers).await;
        assert!(shadow.child_element_count() > 0);
        handle.unmount();
        tick().await;
        assert_eq!(popstate_listeners(), listeners, "round {round}: popstate listeners left");
        assert_eq!(pending_timers(), timers, "round {round}: timers left pending");
        assert_eq!(shadow.child_element_count(), 0, "round {round}: nodes left in the shadow root");
    }
    host.remove();
}

/// A wrong option is refused with an error that names it, and nothing is mounted.
#[wasm_bindgen_test]
fn a_wrong_option_is_named() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    for (key, value, named) in [
        ("pagesize", JsValue::from(50), "\"pagesize\""),
        ("pageSize", JsValue::from(30), "pageSize"),
        ("credentials", JsValue::from("always"), "credentials"),
        ("locale", JsValue::from("not a locale"), "locale"),
        ("theme", JsValue::from("blue"), "theme"),
        ("urlState", JsValue::from("yes"), "urlState"),
        ("headers", JsValue::from("Bearer x"), "headers"),
    ] {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &key.into(), &value).unwrap();
        let error = people_log::mount(host.clone(), JsValue::from(options)).err().expect(key);
        let message = error.as_string().unwrap_or_default();
        assert!(message.contains(named), "{key}: {message}");
    }
    assert!(host.shadow_root().is_none(), "nothing mounted");
}
