//! Mounting helpers and fixtures shared by the browser tests.

use contract::{PeoplePage, Person, Role, Status, UserId};
use leptos::{mount::mount_to, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// An empty element at the end of the test page's body, to mount the whole widget into.
pub fn host() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// The whole widget mounted into `host` through the public `mount`, against an API base where
/// nothing answers: every request fails as a network error.
pub fn mount_offline(host: &HtmlElement) -> people_log::MountHandle {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"apiBase".into(), &"http://127.0.0.1:9/api".into()).unwrap();
    people_log::mount(host.clone(), options.into()).unwrap()
}

/// A fresh container in the test page, removed with the returned handle.
pub struct Mounted {
    pub container: HtmlElement,
    _view: Box<dyn std::any::Any>,
    /// The shadow root's host, for a container in one.
    host: Option<HtmlElement>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
        if let Some(host) = &self.host {
            host.remove();
        }
    }
}

impl Mounted {
    pub fn query_all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.container.query_selector_all(selector).expect("valid selector");
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.container
            .query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }
}

pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), view);
    Mounted { container, _view: Box::new(handle), host: None }
}

/// Mounts `view` under a fresh selection state where the People screen puts its table: in a shadow
/// root with the widget's stylesheet, inside the widget's boxes, in a host `width` px wide.
pub fn mount_styled<V: IntoView + 'static>(
    width: u32,
    view: impl FnOnce() -> V + 'static,
) -> (Mounted, people_log::people::SelectionState) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = self::host();
    host.style().set_property("width", &format!("{width}px")).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    people_log::ui::stylesheet::adopt(&shadow).unwrap();
    let mut parent: web_sys::Node = shadow.into();
    for class in ["plb-root", "plb", "plb-people", "plb-scroll"] {
        let div = document.create_element("div").unwrap();
        div.set_class_name(class);
        parent = parent.append_child(&div).unwrap();
    }
    let (made, slot) = state_slot();
    let handle = mount_to(parent.clone().unchecked_into(), move || {
        let state = selection_state(Signal::stored(contract::Filter::default()), Signal::stored(false));
        slot.set(Some(state));
        provide_context(state);
        view()
    });
    let state = made.get().expect("the view was built");
    (Mounted { container: parent.unchecked_into(), _view: Box::new(handle), host: Some(host) }, state)
}

/// Page `page` of `total` users, `per_page` a page, with distinct names.
pub fn fixture_page(page: u32, per_page: u32, total: u64) -> PeoplePage {
    let first = u64::from(page - 1) * u64::from(per_page) + 1;
    let last = (first + u64::from(per_page) - 1).min(total);
    let items = (first..=last)
        .map(|id| Person {
            id: UserId(id),
            name: format!("Person {id}"),
            email: format!("person{id}@example.com"),
            status: if id % 3 == 0 { Status::Invited } else { Status::Active },
            role: Role::Learner,
            teams: vec!["Sales EMEA".into()],
            labels: vec![],
            language: "en".into(),
            hire_date: "2024-01-15".into(),
            last_active: None,
        })
        .collect();
    PeoplePage { items, total, page, per_page }
}

/// Mounts `view` under a fresh selection state (no filters, no options), as the People screen does.
pub fn mount_with_selection<V: IntoView + 'static>(
    view: impl FnOnce() -> V + 'static,
) -> (Mounted, people_log::people::SelectionState) {
    mount_with_selection_under(Signal::stored(contract::Filter::default()), Signal::stored(false), view)
}

/// Mounts `view` under a fresh selection state whose URL filter is `filter` and whose rows are
/// `stale` while it says so.
pub fn mount_with_selection_under<V: IntoView + 'static>(
    filter: Signal<contract::Filter>,
    stale: Signal<bool>,
    view: impl FnOnce() -> V + 'static,
) -> (Mounted, people_log::people::SelectionState) {
    let (made, slot) = state_slot();
    let mounted = mount(move || {
        let state = selection_state(filter, stale);
        slot.set(Some(state));
        provide_context(state);
        view()
    });
    (mounted, made.get().expect("the view was built"))
}

fn selection_state(
    filter: Signal<contract::Filter>,
    stale: Signal<bool>,
) -> people_log::people::SelectionState {
    people_log::people::SelectionState::new(filter, Signal::stored(contract::FilterOptions::default()), stale)
}

type StateSlot = std::rc::Rc<std::cell::Cell<Option<people_log::people::SelectionState>>>;

/// Where a mount's view leaves the selection state it makes (under the mount: its effects need the
/// executor mounting starts, which no test may have started yet, and it is disposed with it).
fn state_slot() -> (StateSlot, StateSlot) {
    let made = StateSlot::default();
    (made.clone(), made)
}

/// Lets effects and microtasks run: resolves on the next macrotask.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The `checked` property of every checkbox matching `selector`.
pub fn checked(mounted: &Mounted, selector: &str) -> Vec<bool> {
    mounted
        .query_all(selector)
        .into_iter()
        .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>().checked())
        .collect()
}

/// Waits, a macrotask at a time, until `ready` holds; fails after a generous number of turns so a
/// broken test ends with a message instead of hanging.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..2500 {
        if ready() {
            return;
        }
        tick().await;
    }
    panic!("still waiting for {what}");
}

/// One request the fake backend received.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    /// The path and query after the API base.
    pub path: String,
    pub body: String,
    pub authorization: Option<String>,
    /// The request's `credentials` mode: "same-origin", "include" or "omit".
    pub credentials: String,
}

/// An answer the fake backend gives: status and JSON body (none when empty), once `hold` (if any)
/// opens; `body_then` builds the body at that moment instead, for a write that takes effect then.
pub struct Reply {
    pub status: u16,
    pub body: String,
    pub hold: Option<Gate>,
    pub body_then: Option<Box<dyn FnOnce() -> String>>,
}

impl Reply {
    pub fn ok(body: impl Into<String>) -> Self {
        Reply::status(200, body)
    }

    pub fn status(status: u16, body: impl Into<String>) -> Self {
        Reply { status, body: body.into(), hold: None, body_then: None }
    }

    /// Answers only once `gate` opens.
    pub fn held(self, gate: &Gate) -> Self {
        Reply { hold: Some(gate.clone()), ..self }
    }

    /// Runs `write` (and answers what it returns) only once the hold opens.
    pub fn then(self, write: impl FnOnce() -> String + 'static) -> Self {
        Reply { body_then: Some(Box::new(write)), ..self }
    }
}

/// A door a held answer waits behind, opened by the test.
#[derive(Clone)]
pub struct Gate {
    promise: js_sys::Promise,
    open: std::rc::Rc<std::cell::RefCell<Option<js_sys::Function>>>,
}

impl Gate {
    pub fn new() -> Self {
        let open = std::rc::Rc::new(std::cell::RefCell::new(None));
        let slot = open.clone();
        let promise = js_sys::Promise::new(&mut |resolve, _| *slot.borrow_mut() = Some(resolve));
        Gate { promise, open }
    }

    pub fn open(&self) {
        if let Some(resolve) = self.open.borrow_mut().take() {
            resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        }
    }
}

/// The API base the fake backend answers under.
pub const FAKE_API: &str = "http://fake.invalid/api";

/// Replaces `window.fetch` with an in-page backend until dropped: `answer` sees every request to
/// [`FAKE_API`] (in arrival order, also kept in `received`) and says what to reply.
pub struct FakeBackend {
    pub received: std::rc::Rc<std::cell::RefCell<Vec<Received>>>,
    /// The URL of each `fetch` call, logged at the call itself (before its body is read).
    pub called: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    original: wasm_bindgen::JsValue,
    _fetch: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Request) -> js_sys::Promise>,
}

impl FakeBackend {
    pub fn install(answer: impl Fn(&Received) -> Reply + 'static) -> Self {
        use wasm_bindgen::JsValue;
        let received = std::rc::Rc::new(std::cell::RefCell::new(Vec::<Received>::new()));
        let log = received.clone();
        let answer = std::rc::Rc::new(answer);
        let called = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
        let calls = called.clone();
        let fetch = wasm_bindgen::closure::Closure::new(move |request: web_sys::Request| {
            calls.borrow_mut().push(request.url());
            let (log, answer) = (log.clone(), answer.clone());
            wasm_bindgen_futures::future_to_promise(async move {
                let text = wasm_bindgen_futures::JsFuture::from(request.text()?).await?;
                let path = request.url().strip_prefix(FAKE_API).map(str::to_owned);
                let path = path.ok_or_else(|| JsValue::from_str("a request outside the fake API"))?;
                let got = Received {
                    method: request.method(),
                    path,
                    body: text.as_string().unwrap_or_default(),
                    authorization: request.headers().get("authorization").ok().flatten(),
                    credentials: js_sys::Reflect::get(&request, &"credentials".into())?
                        .as_string()
                        .unwrap_or_default(),
                };
                log.borrow_mut().push(got.clone());
                let reply = answer(&got);
                if let Some(gate) = reply.hold {
                    wasm_bindgen_futures::JsFuture::from(gate.promise.clone()).await?;
                }
                let body = reply.body_then.map_or(reply.body, |write| write());
                let init = web_sys::ResponseInit::new();
                init.set_status(reply.status);
                let body = (!body.is_empty()).then_some(body.as_str());
                Ok(web_sys::Response::new_with_opt_str_and_init(body, &init)?.into())
            })
        });
        let window = web_sys::window().unwrap();
        let original = js_sys::Reflect::get(&window, &"fetch".into()).unwrap();
        js_sys::Reflect::set(&window, &"fetch".into(), fetch.as_ref()).unwrap();
        FakeBackend { received, called, original, _fetch: fetch }
    }

    /// How many requests matched `method` and a path starting with `prefix`.
    pub fn count(&self, method: &str, prefix: &str) -> usize {
        self.received.borrow().iter().filter(|r| r.method == method && r.path.starts_with(prefix)).count()
    }
}

/// A fake `POST /people/matching` that, like the server, refuses more than `MAX_MATCH_IDS` ids a
/// request and answers with the asked ids that `matches`; any other request is a 404.
pub fn fake_matching(matches: impl Fn(f64) -> bool + 'static) -> FakeBackend {
    FakeBackend::install(move |r| {
        // Anything else (the Actions menu's `GET /me`) is not this fake's business.
        if (r.method.as_str(), r.path.as_str()) != ("POST", "/people/matching") {
            return Reply::status(404, r#"{"type":"about:blank","title":"Not found","status":404}"#);
        }
        let body = js_sys::JSON::parse(&r.body).unwrap();
        let ids: js_sys::Array = js_sys::Reflect::get(&body, &"ids".into()).unwrap().into();
        if ids.length() as usize > contract::people::MAX_MATCH_IDS {
            return Reply::status(422, r#"{"type":"about:blank","title":"Too many","status":422}"#);
        }
        let kept: Vec<String> =
            ids.iter().filter_map(|v| v.as_f64()).filter(|n| matches(*n)).map(|n| n.to_string()).collect();
        Reply::ok(format!(r#"{{"ids":[{}]}}"#, kept.join(",")))
    })
}

impl Drop for FakeBackend {
    fn drop(&mut self) {
        let window = web_sys::window().unwrap();
        js_sys::Reflect::set(&window, &"fetch".into(), &self.original).unwrap();
    }
}

/// A client for the fake backend.
pub fn fake_client() -> people_log::api::ApiClient {
    people_log::api::ApiClient::new(people_log::config::Config {
        api_base: FAKE_API.into(),
        ..Default::default()
    })
}

/// Types `text` into an input as a user would (the `input` event bubbles to Leptos's delegated
/// listener).
pub fn type_into(input: &HtmlElement, text: &str) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}
