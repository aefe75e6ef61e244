//! People Log batch actions: a widget that lets LMS administrators filter, select and act on users.
//!
//! The same build runs as the standalone demo (`index.html`), inside a host's dashboard (`mount`
//! or `<people-log-batch>`) and against any backend that implements the contract in `contract/`.

pub mod actions;
pub mod api;
pub mod batch_part;
pub mod config;
pub mod embed;
pub mod filters;
pub mod format;
pub mod history;
pub mod i18n;
pub mod jobs;
pub mod lists;
pub mod people;
pub mod selection;
pub mod ui;
pub mod url_query;

use api::{ApiClient, SharedHeaders};
use config::Config;
use embed::HostEvents;
use leptos::prelude::*;
use people::people_screen;
use ui::dom;
use wasm_bindgen::{prelude::*, JsCast};
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

/// The whole widget for one backend: the host's options (`config`), the instance's request
/// headers, which the host may replace while it runs, where its events go, and the locale the host
/// asks for now (`setLocale`, the element's `locale` attribute; starts as the `locale` option).
/// Built under the instance's owner.
fn app(
    config: Config,
    headers: SharedHeaders,
    events: HostEvents,
    locale: RwSignal<Option<String>>,
) -> Element {
    let theme = config.theme.as_str();
    // The words of the `locale` option: English at once, another locale's catalog fetched now,
    // alongside the first page (the screen waits for both; docs/architecture.md, Words).
    let words = i18n::CurrentWords::load(config.locale.as_deref());
    provide_context(words);
    provide_context(events);
    provide_context(format::Locale(config.locale.as_deref().map(Into::into)));
    provide_context(config.clone());
    let api = ApiClient::for_host(config, headers, events);
    provide_context(api.clone());
    provide_context(jobs::FinishedJobs(RwSignal::new(0)));
    batch_part::provide();
    follow_locale(locale, words, api);
    let root = dom::markup(r#"<div class="plb"></div>"#);
    dom::set_attr(&root, "data-theme", Some(theme));
    // The root's own direction: an Arabic widget on an English page turns, and the host is left
    // alone. It follows the words shown, so a failed switch turns nothing.
    dom::attr(&root, "dir", move || Some(i18n::direction(words.shown().as_deref()).to_owned()));
    // The language its words are in, for screen readers and hyphenation; none without a locale
    // (the host's page says).
    dom::attr(&root, "lang", move || {
        words.shown().map(|tag| i18n::catalog_for(&tag).unwrap_or("en").to_owned())
    });
    let _ = root.append_child(&people_screen());
    root
}

/// Switches the instance's language when the host asks for another locale: once its words are in,
/// numbers and days follow it too (`format::Locale`, read as views are built), requests ask for it
/// (`Accept-Language`) and the screen builds itself again in it (`ui::later`). A catalog that
/// cannot be had changes nothing.
fn follow_locale(locale: RwSignal<Option<String>>, words: i18n::CurrentWords, api: ApiClient) {
    let Some(app) = Owner::current() else { return };
    let mut first = true;
    dom::effect(move || {
        let tag = locale.get();
        if std::mem::take(&mut first) {
            return;
        }
        let (app, api) = (app.clone(), api.clone());
        words.switch(tag.clone(), move || {
            api.set_language(tag.as_deref());
            app.with(|| provide_context(format::Locale(tag.map(Into::into))));
        });
    });
}

/// A mounted widget: `unmount()` removes its DOM and disposes its reactive state;
/// `setHeaders(headers)` replaces the headers of every later request. The widget stays mounted
/// when the handle is dropped or garbage-collected (a host that keeps no reference to it must not
/// see it vanish): only `unmount()` ends it.
#[wasm_bindgen]
pub struct MountHandle {
    id: u32,
    headers: SharedHeaders,
    locale: RwSignal<Option<String>>,
}

/// What `unmount` takes down.
struct Mounted {
    root: HtmlElement,
    /// The app's reactive owner: cleaning it up runs every `on_cleanup` (listeners, timers, the
    /// later parts' views) and disposes every signal.
    owner: Owner,
    /// Keeps the root's narrow-layout class true to its width.
    width: ui::WidthWatch,
}

thread_local! {
    /// Every mounted instance, by handle id.
    static MOUNTED: std::cell::RefCell<(u32, Vec<(u32, Mounted)>)> = Default::default();
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the widget from the page; safe to call twice.
    pub fn unmount(&mut self) {
        let Some(mounted) = MOUNTED.with_borrow_mut(|(_, all)| {
            let at = all.iter().position(|(id, _)| *id == self.id)?;
            Some(all.swap_remove(at).1)
        }) else {
            return;
        };
        mounted.owner.cleanup();
        mounted.width.disconnect();
        mounted.root.remove();
    }

    /// Replaces the extra request headers (`{ name: value }`), e.g. a refreshed bearer or CSRF
    /// token: requests sent from now on carry them; nothing is remounted or lost.
    #[wasm_bindgen(js_name = setHeaders)]
    pub fn set_headers(&self, headers: JsValue) -> Result<(), JsValue> {
        let headers = config::headers_from_js(&headers).map_err(|e| JsValue::from_str(&e))?;
        self.headers.set(headers);
        Ok(())
    }

    /// Switches the widget's language to `tag` (a BCP 47 tag; `null` or `""`: English without
    /// a locale), live: its catalog is fetched if needed, then every word, the direction, numbers
    /// and days change; the selection, an open dialog's draft and the jobs are kept. A tag that is
    /// not one throws; a catalog that cannot be fetched keeps the current words (said on the
    /// console).
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, tag: Option<String>) -> Result<(), JsValue> {
        let tag = match tag.filter(|t| !t.is_empty()) {
            Some(tag) => {
                Some(config::locale(&tag).map_err(|e| JsValue::from_str(&format!("People Log: {e}")))?)
            }
            None => None,
        };
        self.locale.try_set(tag);
        Ok(())
    }
}

/// Mounts the widget into `target` (inside a shadow root) with the options of `docs/embedding.md`
/// (`apiBase`, `headers`, `credentials`, `pageSize`, `locale`, `theme`, `urlState`).
#[wasm_bindgen]
pub fn mount(target: HtmlElement, options: JsValue) -> Result<MountHandle, JsValue> {
    let config = Config::from_js(&options).map_err(|e| JsValue::from_str(&format!("People Log: {e}")))?;
    mount_with_config(&target, config)
}

fn mount_with_config(target: &HtmlElement, config: Config) -> Result<MountHandle, JsValue> {
    let shadow = match target.shadow_root() {
        Some(shadow) => shadow,
        None => target.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = target.owner_document().ok_or("target is not in a document")?;
    // Host CSS cannot reach into the shadow root, nor ours leak out.
    ui::stylesheet::adopt(&shadow)?;
    let root: HtmlElement = document.create_element("div")?.unchecked_into();
    root.set_class_name("plb-root");
    shadow.append_child(&root)?;
    let width = ui::watch_width(&root);
    let headers = SharedHeaders::new(config.headers.clone());
    let owner = Owner::new();
    let locale = owner.with(|| RwSignal::new(config.locale.clone()));
    // Effects and requests run on the browser's microtasks (wasm-bindgen-futures); an error only
    // says it was set up already, by an earlier instance.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    owner.with(|| {
        // Under the owner, so unmount disposes it and its reference to the host element.
        let events = HostEvents::new(target.clone());
        root.append_child(&app(config, headers.clone(), events, locale))
    })?;
    let id = MOUNTED.with_borrow_mut(|(next, all)| {
        *next += 1;
        all.push((*next, Mounted { root, owner, width }));
        *next
    });
    Ok(MountHandle { id, headers, locale })
}

/// The standalone entry: registers `<people-log-batch>` and mounts the declared elements.
pub fn start() {
    embed::define_element();
    mount_declared();
}

/// Mounts into every `[data-people-log]` element of the page, reading `data-api-base` and
/// `data-locale`. Its handle is the element's `peopleLog` property (the demo's language picker
/// calls its `setLocale`).
pub fn mount_declared() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(targets) = document.query_selector_all("[data-people-log]") else { return };
    for index in 0..targets.length() {
        let Some(target) = targets.item(index).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let mut config = Config::default();
        if let Some(base) = target.get_attribute("data-api-base") {
            config.api_base = base.trim_end_matches('/').to_owned();
        }
        // A tag that is not one is said, and the widget mounts in English.
        match target.get_attribute("data-locale").filter(|t| !t.is_empty()).map(|t| config::locale(&t)) {
            Some(Ok(tag)) => config.locale = Some(tag),
            Some(Err(e)) => web_sys::console::warn_1(&format!("People Log: data-locale: {e}").into()),
            None => {}
        }
        match mount_with_config(&target, config) {
            // The page owns these instances for its whole life.
            Ok(handle) => {
                let _ = js_sys::Reflect::set(&target, &"peopleLog".into(), &handle.into());
            }
            Err(err) => web_sys::console::error_2(&"People Log could not mount:".into(), &err),
        }
    }
}
