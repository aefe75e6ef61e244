use leptos::{leptos_dom::helpers::set_timeout_with_handle, prelude::*};
use std::time::Duration;

/// Builds its children in a task of its own (a zero timer), after the task that builds what comes
/// before them. A screen's first build split this way has no long task: most of that build is V8
/// compiling each wasm function on its first call. Siblings build in document order, so nothing
/// already shown moves.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    let handle = set_timeout_with_handle(
        move || {
            ready.try_set(true);
        },
        Duration::ZERO,
    )
    .ok();
    on_cleanup(move || {
        if let Some(handle) = handle {
            handle.clear();
        }
    });
    move || ready.get().then(|| children())
}
