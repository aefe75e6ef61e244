use super::support::{tick, until};
use wasm_bindgen::{JsCast, JsValue};
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
