use super::support::{host, mount_offline, tick, until};
use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// §7: the widget lives in its own shadow root of the given element and leaves nothing on unmount.
#[wasm_bindgen_test]
async fn mounts_into_a_shadow_root_and_unmounts_cleanly() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = host();
    // Nothing answers: the widget must show its error state, not throw.
    let mut handle = mount_offline(&host);
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
// functions, so whatever registers them (Leptos, leptos-use, the widget) is counted. Only timers set
// from wasm count: WebKit's WebDriver runs each of the test runner's polls under a 30 s timer of
// the page's own.
export function instrument() {
  if (globalThis.__plbHooks) return;
  const listeners = new Set();
  const pending = new Map();
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
    const from = new Error().stack;
    if (!/wasm-function/.test(from)) return setTimeout.call(this, fn, ms, ...args);
    const id = setTimeout.call(this, (...a) => { pending.delete(id); if (typeof fn === "function") fn(...a); }, ms, ...args);
    pending.set(id, `${ms} ms from ${from}`);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return clearTimeout.call(this, id);
  };
  globalThis.__plbHooks = {
    popstate: () => listeners.size,
    timers: () => pending.size,
    where: () => [...pending.values()].join("\n---\n"),
  };
}
export function popstate_listeners() { return globalThis.__plbHooks.popstate(); }
export function pending_timers() { return globalThis.__plbHooks.timers(); }
export function pending_timers_set_from() { return globalThis.__plbHooks.where(); }
"#)]
extern "C" {
    fn instrument();
    fn popstate_listeners() -> u32;
    fn pending_timers() -> u32;
    fn pending_timers_set_from() -> String;
}

/// §7: mounting and unmounting ten times leaves no popstate listener, no pending timer and no node.
/// Nothing answers at this API base, so each instance is retrying its job list on a timer when
/// it goes; every other one goes at once, before the rest of its screen has been built.
#[wasm_bindgen_test]
async fn ten_mounts_and_unmounts_leave_nothing_behind() {
    instrument();
    let host = host();
    tick().await;
    let (listeners, timers) = (popstate_listeners(), pending_timers());
    for round in 0..10 {
        let mut handle = mount_offline(&host);
        let shadow = host.shadow_root().expect("a shadow root");
        assert_eq!(popstate_listeners(), listeners + 1, "round {round}: one listener while mounted");
        if round % 2 == 0 {
            let built = || shadow.query_selector(".plb-results").unwrap().is_some();
            until("the whole screen", built).await;
            until("a retry timer", || pending_timers() > timers).await;
        }
        assert!(shadow.child_element_count() > 0);
        handle.unmount();
        let left =
            |when| format!("round {round}: timers left pending {when}:\n{}", pending_timers_set_from());
        assert_eq!(pending_timers(), timers, "{}", left("by unmount"));
        tick().await;
        assert_eq!(popstate_listeners(), listeners, "round {round}: popstate listeners left");
        assert_eq!(pending_timers(), timers, "{}", left("a task later"));
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

/// The options reach the widget: numbers and days in the locale (through `Intl`), the theme on its root,
/// headers and credentials on every request (and `setHeaders` on every later one), and with
/// `urlState: false` a page change that leaves the page URL alone.
#[wasm_bindgen_test]
async fn options_shape_numbers_theme_requests_and_the_url() {
    use super::support::{fixture_page, FakeBackend, Reply, FAKE_API};
    let fake = FakeBackend::install(|r| match r.path.strip_prefix("/people") {
        Some(query) if query.is_empty() || query.starts_with('?') => {
            let page = if query.contains("page=2") { 2 } else { 1 };
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let value = serde::Serialize::serialize(&fixture_page(page, 50, 4213), &serializer).unwrap();
            Reply::ok(String::from(js_sys::JSON::stringify(&value).unwrap()))
        }
        _ => Reply::status(404, ""),
    });
    let host = host();
    let options = js_sys::JSON::parse(&format!(
        r#"{{"apiBase":"{FAKE_API}","locale":"de-DE","theme":"dark","urlState":false,"credentials":"omit",
            "headers":{{"Authorization":"Bearer one"}}}}"#
    ))
    .unwrap();
    let href = web_sys::window().unwrap().location().href().unwrap();
    let mut handle = people_log::mount(host.clone(), options).unwrap();
    // The first page is asked for during the mount itself, ahead of every other request to the
    // API, so its answer can arrive while the rest of the screen is built; beside it, the locale's
    // catalog (which this fake does not serve: the words stay English, the numbers German).
    let asked = fake.called.borrow().clone();
    let (api, other): (Vec<_>, Vec<_>) = asked.iter().partition(|url| url.starts_with(FAKE_API));
    assert!(
        api.len() == 1 && api[0].starts_with(&format!("{FAKE_API}/people")),
        "API requests sent by the mount: {asked:?}"
    );
    assert!(other.len() == 1 && other[0].ends_with("/locales/de.txt"), "other requests: {asked:?}");
    let shadow = host.shadow_root().unwrap();
    let range = || {
        let p = shadow.query_selector(".plb-range").unwrap();
        p.and_then(|p| p.text_content()).unwrap_or_default()
    };
    until("the first page", || range() == "1–50 of 4.213 users").await;
    // Days in the locale too: the fixture's hire date is 2024-01-15.
    let hired = shadow.query_selector("tbody tr td:nth-last-child(2)").unwrap().unwrap();
    assert_eq!(hired.text_content().as_deref(), Some("15.01.2024"));
    let root = shadow.query_selector(".plb").unwrap().unwrap();
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));

    handle.set_headers(js_sys::JSON::parse(r#"{"Authorization":"Bearer two"}"#).unwrap()).unwrap();
    let buttons = shadow.query_selector_all(".plb-pagination button").unwrap();
    let next = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some("Next page"))
        .expect("a Next page button");
    next.click();
    until("the second page", || range() == "51–100 of 4.213 users").await;
    assert_eq!(web_sys::window().unwrap().location().href().unwrap(), href, "the URL is left alone");

    let people: Vec<_> =
        fake.received.borrow().iter().filter(|r| r.path.starts_with("/people")).cloned().collect();
    assert!(people.iter().all(|r| r.credentials == "omit"), "{people:?}");
    assert_eq!(people.first().and_then(|r| r.authorization.clone()).as_deref(), Some("Bearer one"));
    assert_eq!(people.last().and_then(|r| r.authorization.clone()).as_deref(), Some("Bearer two"));
    assert!(people.last().unwrap().path.contains("page=2"));
    handle.unmount();
    host.remove();
}
