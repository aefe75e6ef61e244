use crate::i18n::CurrentWords;
use leptos::{
    html,
    leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle},
    prelude::*,
    tachys::view::{Mountable, Render},
};
use std::{rc::Rc, time::Duration};

/// Builds its children in a task of its own (a zero timer), after the task that builds what comes
/// before them, so a screen's first build blocks the page in shorter stretches (much of that build
/// is V8 compiling each wasm function on its first call). Siblings build in document order, so
/// nothing already shown moves.
///
/// The children are built and mounted once, by hand, into a `display: contents` box: a reactive
/// `None` → `Some` would compile in the code to rebuild the whole subtree in place, ~2 KiB of
/// wasm that never runs. They are built once the instance's words are in: at once for English,
/// after the chosen locale's catalog arrives otherwise (`i18n::CurrentWords`), so no English
/// word shows and then changes.
///
/// When the words change (`setLocale`), the children are built again in the new words, under a
/// fresh owner (the old one cleaned up); what they show lives above them (the screen's state, the
/// job center), so nothing is lost. While a modal dialog inside is open they wait until it closes,
/// so its draft is kept (what it builds meanwhile is in the new words).
#[component]
pub fn Later<C: IntoView + 'static>(children: TypedChildrenFn<C>) -> impl IntoView {
    let children = children.into_inner();
    let place = NodeRef::<html::Div>::new();
    let owner = Owner::current().expect("Later runs under an owner");
    // Kept so its effects and listeners live as long as this component (or until built again).
    let built = StoredValue::new_local(None::<(C::State, Owner)>);
    // `again`: a build in new words, which replaces the first one, if it has happened yet.
    let build = Rc::new(move |again: bool| {
        let Some(place) = place.get_untracked() else { return };
        let old = built.try_update_value(Option::take).flatten();
        if again && old.is_none() {
            // The first build is still to come, and will be in the new words.
            return;
        }
        if let Some((mut old, old_owner)) = old {
            old.unmount();
            old_owner.cleanup();
        }
        let inner = owner.child();
        let mut view = inner.with(|| children().build());
        view.mount(&place, None);
        built.try_set_value(Some((view, inner)));
    });
    when_words(place, build);
    view! { <div class="plb-later" node_ref=place></div> }
}

/// Calls `build(false)` in a task of its own once the words are in, and `build(true)` whenever
/// they change after that, unless a modal dialog inside `place` is open: then once it closes.
/// Not generic, so both `Later`s share it.
fn when_words(place: NodeRef<html::Div>, build: Rc<dyn Fn(bool)>) {
    let handle = StoredValue::new(None::<TimeoutHandle>);
    let words = CurrentWords::current();
    let first = build.clone();
    words.when_ready(Box::new(move || {
        handle.try_set_value(set_timeout_with_handle(move || first(false), Duration::ZERO).ok());
    }));
    // The locale the children were last built in.
    Effect::new(move |built_in: Option<Option<String>>| {
        let now = words.shown();
        let Some(built_in) = built_in.filter(|b| *b != now) else { return now };
        let dialog_open = place.get_untracked().is_some_and(|place| {
            let top = use_context::<super::OpenDialogs>().and_then(|dialogs| dialogs.top(&place));
            top.is_some_and(|top| place.contains(Some(&top)))
        });
        if dialog_open {
            return built_in;
        }
        build(true);
        now
    });
    on_cleanup(move || {
        if let Some(handle) = handle.get_value() {
            handle.clear();
        }
    });
}
