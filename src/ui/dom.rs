//! The first screen's own DOM layer: elements cloned from static markup, kept current by effects.
//!
//! Leptos' `view!` compiles each view into its own building and updating code, generic over the
//! view's whole type; on the first screen that was most of the first download (docs/architecture.md,
//! Size). Here a view's markup is a static string that a `<template>` parses (never data: data
//! goes in as text or attribute values, §10), and each live value is one boxed closure run by one
//! non-generic effect, so a binding costs its closure and nothing more.
//!
//! Whatever these functions set up lives as long as the reactive owner they run under: build a
//! view under the owner whose cleanup takes it out of the page.

use leptos::{
    attr::{any_attribute::AnyAttribute, Attribute},
    prelude::*,
    reactive::effect::RenderEffect,
    tachys::{
        hydration::Cursor,
        view::{add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml},
    },
};
use wasm_bindgen::{prelude::*, JsCast};
use web_sys::{Element, Event, HtmlTemplateElement};

/// The element `html` describes (one root element), freshly parsed. `html` is a constant of the
/// widget: never put data in it.
pub fn markup(html: &'static str) -> Element {
    let template: HtmlTemplateElement = document().create_element("template").unwrap_throw().unchecked_into();
    template.set_inner_html(html);
    template.content().first_element_child().unwrap_throw()
}

/// The first element under `root` that `selector` matches; the markup guarantees there is one.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).ok().flatten().unwrap_throw()
}

/// Keeps `f()`'s effects current: runs it now, and again whenever a signal it read changes,
/// until the current owner is cleaned up. What a run sets up is cleaned up before the next. The
/// first download's one kind of effect: each `Effect::new` compiles a task of its own. (What `f`
/// needs from its last run, it keeps in its own variables.)
pub fn effect(f: impl FnMut() + 'static) {
    effect_boxed(Box::new(f))
}

fn effect_boxed(mut f: Box<dyn FnMut()>) {
    let effect = RenderEffect::new(move |_: Option<()>| f());
    // Dropped (and so stopped) with the owner.
    StoredValue::new_local(effect);
}

/// Sets `el`'s text to `text`.
pub fn set_text(el: &Element, text: &str) {
    el.set_text_content(Some(text));
}

/// Keeps `el`'s text to what `text` returns.
pub fn text(el: &Element, text: impl Fn() -> String + 'static) {
    let el = el.clone();
    effect(move || set_text(&el, &text()))
}

/// Sets or removes the attribute `name`.
pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => el.set_attribute(name, value),
        None => el.remove_attribute(name),
    };
}

/// Keeps the attribute `name` to what `value` returns (`None`: absent).
pub fn attr(el: &Element, name: &'static str, value: impl Fn() -> Option<String> + 'static) {
    let el = el.clone();
    effect(move || set_attr(&el, name, value().as_deref()))
}

/// Keeps the boolean attribute `name` (`hidden`, `disabled`) present while `on` returns true.
pub fn flag(el: &Element, name: &'static str, on: impl Fn() -> bool + 'static) {
    let el = el.clone();
    effect(move || set_attr(&el, name, on().then_some("")))
}

/// Keeps the class `name` on `el` while `on` returns true.
pub fn class(el: &Element, name: &'static str, on: impl Fn() -> bool + 'static) {
    let el = el.clone();
    effect(move || {
        let _ = el.class_list().toggle_with_force(name, on());
    })
}

/// Keeps the DOM property `name` (`checked`, `indeterminate`, `value`) to what `value` returns.
pub fn prop(el: &Element, name: &'static str, value: impl Fn() -> JsValue + 'static) {
    let el = el.clone();
    effect(move || {
        let _ = js_sys::Reflect::set(&el, &name.into(), &value());
    })
}

/// Calls `handler` on every `event` at `el`, for as long as `el` lives (the browser's garbage
/// collector frees the handler with it).
pub fn on(el: &Element, event: &str, handler: impl FnMut(Event) + 'static) {
    on_boxed(el, event, Box::new(handler))
}

fn on_boxed(el: &Element, event: &str, handler: Box<dyn FnMut(Event)>) {
    let handler = Closure::wrap(handler).into_js_value();
    let _ = el.add_event_listener_with_callback(event, handler.unchecked_ref());
}

/// Calls `handler` on every `event` at the window, until the current owner is cleaned up.
pub fn on_window(event: &'static str, handler: impl FnMut(Event) + 'static) {
    on_window_boxed(event, Box::new(handler))
}

fn on_window_boxed(event: &'static str, handler: Box<dyn FnMut(Event)>) {
    let handler = send_wrapper::SendWrapper::new(Closure::wrap(handler).into_js_value());
    let _ = window().add_event_listener_with_callback(event, handler.unchecked_ref());
    on_cleanup(move || {
        let _ = window().remove_event_listener_with_callback(event, handler.unchecked_ref());
    });
}

/// Builds a Leptos view into `parent`, after what is there, under the current owner; taken out
/// when that owner is cleaned up. For the later parts' views.
pub fn mount_view<V: Render>(parent: &Element, view: V)
where
    V::State: 'static,
{
    let mut state = view.build();
    state.mount(parent, None);
    let state = StoredValue::new_local(Some(state));
    on_cleanup(move || {
        if let Some(mut state) = state.try_update_value(Option::take).flatten() {
            state.unmount();
        }
    });
}

/// Fills `parent` with what `build` makes of `read()`'s value, and again whenever a signal `read`
/// reads changes (what `build` reads is not followed: its own bindings follow what they show).
/// What a build sets up (effects, views) is cleaned up, and its views taken out, before the next
/// build and when the current owner is cleaned up: each run of an effect has an owner of its own.
pub fn region<T: 'static>(
    parent: &Element,
    read: impl Fn() -> T + 'static,
    build: impl Fn(&Element, T) + 'static,
) {
    let parent = parent.clone();
    effect(move || {
        let value = read();
        parent.set_text_content(None);
        untrack(|| build(&parent, value));
    })
}

/// A box with no layout of its own (`display: contents`) that [`region`] fills.
pub fn region_box<T: 'static>(
    read: impl Fn() -> T + 'static,
    build: impl Fn(&Element, T) + 'static,
) -> Element {
    let place = markup(r#"<div class="plb-later"></div>"#);
    region(&place, read, build);
    place
}

/// An element built by this module, as a Leptos view, for a `view!` that shows one (a later
/// part's, a component test's).
pub struct ElementView(send_wrapper::SendWrapper<Element>);

/// `element` as a Leptos view.
pub fn view(element: Element) -> ElementView {
    ElementView(send_wrapper::SendWrapper::new(element))
}

impl Render for ElementView {
    type State = Element;

    fn build(self) -> Element {
        self.0.take()
    }

    fn rebuild(self, state: &mut Element) {
        let next = self.0.take();
        let _ = state.replace_with_with_node_1(&next);
        *state = next;
    }
}

impl AddAnyAttr for ElementView {
    type Output<SomeNewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self {
        self
    }
}

impl RenderHtml for ElementView {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    // The widget renders in the browser only (`csr`): no HTML to write, nothing to hydrate.
    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    fn hydrate<const FROM_SERVER: bool>(self, _cursor: &Cursor, _position: &PositionState) -> Element {
        self.0.take()
    }

    fn into_owned(self) -> Self {
        self
    }
}
