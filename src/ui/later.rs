use super::dom;
use crate::i18n::CurrentWords;
use leptos::{
    leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle},
    prelude::*,
};
use std::{rc::Rc, time::Duration};
use wasm_bindgen::UnwrapThrowExt;
use web_sys::Element;

/// A `display: contents` box that `build` fills in a task of its own (a zero timer), after the
/// task that builds what comes before it, so a screen's first build blocks the page in shorter
/// stretches (much of that build is V8 compiling each wasm function on its first call). Siblings
/// build in document order, so nothing already shown moves. They are built once the instance's
/// words are in: at once for English, after the chosen locale's catalog arrives otherwise
/// (`i18n::CurrentWords`), so no English word shows and then changes.
///
/// When the words change (`setLocale`), the box is built again in the new words, under a fresh
/// owner (the old one cleaned up); what it shows lives above it (the screen's state, the job
/// center), so nothing is lost. While a modal dialog inside is open it waits until that closes, so
/// its draft is kept (what it builds meanwhile is in the new words).
pub fn later(build: impl Fn(&Element) + 'static) -> Element {
    let place = dom::markup(r#"<div class="plb-later"></div>"#);
    let owner = Owner::current().unwrap_throw();
    // Owns what the last build set up (its effects, listeners and views).
    let built = StoredValue::new_local(None::<Owner>);
    let target = place.clone();
    // `again`: a build in new words, which replaces the first one, if it has happened yet.
    let build = Rc::new(move |again: bool| {
        let old = built.try_update_value(Option::take).flatten();
        if again && old.is_none() {
            // The first build is still to come, and will be in the new words.
            return;
        }
        if let Some(old) = old {
            old.cleanup();
        }
        target.set_text_content(None);
        let inner = owner.child();
        // What the build reads is its bindings' to follow, not the effect's that may call it.
        inner.with(|| untrack(|| build(&target)));
        built.try_set_value(Some(inner));
    });
    when_words(place.clone(), build);
    place
}

/// Calls `build(false)` in a task of its own once the words are in, and `build(true)` whenever
/// they change after that, unless a modal dialog inside `place` is open: then once it closes.
fn when_words(place: Element, build: Rc<dyn Fn(bool)>) {
    let handle = StoredValue::new(None::<TimeoutHandle>);
    let words = CurrentWords::current();
    let first = build.clone();
    words.when_ready(Box::new(move || {
        handle.try_set_value(set_timeout_with_handle(move || first(false), Duration::ZERO).ok());
    }));
    // The locale the box was last built in (`None` before the effect's first run).
    let mut built_in = None::<Option<String>>;
    dom::effect(move || {
        let now = words.shown();
        if built_in.as_ref().is_none_or(|b| *b == now) {
            built_in = Some(now);
            return;
        }
        let top = use_context::<super::OpenDialogs>().and_then(|dialogs| dialogs.top(&place));
        if top.is_some_and(|top| place.contains(Some(&top))) {
            return;
        }
        build(true);
        built_in = Some(now);
    });
    on_cleanup(move || {
        if let Some(handle) = handle.get_value() {
            handle.clear();
        }
    });
}
