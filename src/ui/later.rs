use crate::i18n::CurrentWords;
use leptos::{
    html,
    leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle},
    prelude::*,
    tachys::view::{Mountable, Render},
};
use std::time::Duration;

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
#[component]
pub fn Later<C: IntoView + 'static>(children: TypedChildrenFn<C>) -> impl IntoView {
    let children = children.into_inner();
    let place = NodeRef::<html::Div>::new();
    let owner = Owner::current().expect("Later runs under an owner");
    // Kept so its effects and listeners live as long as this component.
    let built = StoredValue::new_local(None::<C::State>);
    let build = move || {
        let Some(place) = place.get_untracked() else { return };
        let mut view = owner.with(|| children().build());
        view.mount(&place, None);
        built.try_set_value(Some(view));
    };
    let handle = StoredValue::new(None::<TimeoutHandle>);
    CurrentWords::current().when_ready(Box::new(move || {
        handle.try_set_value(set_timeout_with_handle(build, Duration::ZERO).ok());
    }));
    on_cleanup(move || {
        if let Some(handle) = handle.get_value() {
            handle.clear();
        }
    });
    view! { <div class="plb-later" node_ref=place></div> }
}
