//! The widget's later parts (docs/architecture.md, Parts). The first download holds what the
//! first rows need; a release build moves a part's door, the one function declared with
//! [`in_part!`], and all the code only it reaches (the action dialogs, the job view) into a file
//! of its own, fetched when the browser is idle after the first rows, or at once on first use if
//! that comes sooner.

use leptos::{
    html,
    prelude::*,
    tachys::view::{any_view::AnyViewState, Mountable, Render},
};
use std::{future::Future, pin::Pin};
use wasm_bindgen::prelude::*;

/// A part's file could not be fetched or instantiated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PartError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartError
    }
}

/// Declares `fn name(args) -> PartFuture<T>` whose body lives in the named part. With the
/// `split` feature (the release build, which runs the splitter) the first call fetches the part's
/// file; without it (tests, `cargo check`) the body is in the one module and the call never
/// fails. Arguments and result are concrete types: they cross between modules. Nothing runs
/// until the future is first polled.
#[macro_export]
macro_rules! in_part {
    ($part:ident, $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[doc(hidden)]
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[cfg(feature = "split")]
            #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
            pub fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::ui::PartError> {
                Ok($body)
            }

            #[cfg(not(feature = "split"))]
            pub async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::ui::PartError> {
                Ok($body)
            }
        }

        $(#[$attr])*
        $vis fn $name($($arg: $ty),*) -> $crate::ui::PartFuture<$ret> {
            ::std::boxed::Box::pin($name::$name($($arg),*))
        }
    };
}

/// Where a part stands on this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PartState {
    NotLoaded,
    /// To be fetched when the browser is next idle.
    Waiting,
    Loading,
    Ready,
    Failed,
}

/// A part's load, shared by everything that needs it. Provided by `App`; `Copy`.
#[derive(Clone, Copy)]
pub struct Part {
    state: RwSignal<PartState>,
    /// Loads the part's file (the part's door asked for nothing to show).
    load: fn() -> PartFuture<()>,
    /// The app's owner: what a part provides for the whole widget (the job center) lives there.
    app: StoredValue<Owner>,
}

/// What a part's function returns to the first download.
pub type PartFuture<T> = Pin<Box<dyn Future<Output = Result<T, PartError>>>>;

impl Part {
    /// Provides the part whose file `load` fetches, under the current (the app's) owner.
    pub fn provide(load: fn() -> PartFuture<()>) -> Self {
        let app = Owner::current().expect("Part::provide runs under the app's owner");
        let part = Part { state: RwSignal::new(PartState::NotLoaded), load, app: StoredValue::new(app) };
        provide_context(part);
        part
    }

    pub fn is_ready(self) -> bool {
        self.state.get() == PartState::Ready
    }

    pub fn is_loading(self) -> bool {
        matches!(self.state.get(), PartState::Loading | PartState::Waiting)
    }

    /// Runs `f` under the app's owner (contexts it provides reach the whole widget).
    pub fn in_app<T>(self, f: impl FnOnce() -> T) -> T {
        self.app.with_value(|owner| owner.with(f))
    }

    /// Fetches the part unless it is loaded or on its way; after a failure, tries again.
    pub fn load(self) {
        // The widget may have been unmounted before an idle callback came.
        let Some(state) = self.state.try_get_untracked() else { return };
        if matches!(state, PartState::Loading | PartState::Ready) {
            return;
        }
        self.fetch();
    }

    fn fetch(self) {
        self.state.set(PartState::Loading);
        let load = self.load;
        leptos::task::spawn_local(async move {
            let loaded = load().await;
            self.state.try_set(if loaded.is_ok() { PartState::Ready } else { PartState::Failed });
        });
    }

    /// Loads the part once the browser is idle, so it never competes with the first rows.
    pub fn prefetch(self) {
        if self.state.get_untracked() != PartState::NotLoaded {
            return;
        }
        // Marked at once, so the pages of rows after the first schedule nothing more.
        self.state.set(PartState::Waiting);
        when_idle(&Closure::once_into_js(move || self.load()));
    }
}

#[wasm_bindgen(module = "/src/ui/idle.js")]
extern "C" {
    /// `requestIdleCallback`, or after the next frame where there is none (WebKit).
    #[wasm_bindgen(js_name = whenIdle)]
    fn when_idle(callback: &JsValue);
}

/// What a part builds, mounted once the part is loaded. With `eager` the part is fetched at once
/// and "Loading…" shows until it is in; otherwise only the stand-in shows until something else
/// has loaded it. A failed load is said once, by [`PartProblem`], and the rest of the widget goes
/// on working.
#[component]
pub fn PartView(
    /// A function of the part that builds the view; run (under this component's owner) once
    /// the part is in.
    view: PartFuture<AnyView>,
    /// Fetch the part now: the admin asked for something in it.
    #[prop(optional)]
    eager: bool,
    /// Shown until the view is built, with the view's size, so nothing below it moves then.
    #[prop(optional, into)]
    stand_in: ViewFn,
) -> impl IntoView {
    // Without a part (a component mounted on its own in a test) nothing is built.
    let part = use_context::<Part>();
    if let Some(part) = part.filter(|_| eager) {
        part.load();
    }
    let place = NodeRef::<html::Div>::new();
    // Kept so the view's effects and listeners live as long as this component, and taken out of
    // the DOM with it: the place is not always removed then (a parent that renders another
    // PartView where this one was reuses the same element, and would keep this view in it beside
    // the next one: a dialog more in the DOM each time an action was picked).
    let built = StoredValue::new_local(None::<AnyViewState>);
    on_cleanup(move || {
        if let Some(mut view) = built.try_update_value(Option::take).flatten() {
            view.unmount();
        }
    });
    let (shown, set_shown) = signal(false);
    let view = StoredValue::new_local(Some(view));
    Effect::new(move |_| {
        let Some(part) = part.filter(|p| p.is_ready()) else { return };
        let Some(view) = view.try_update_value(Option::take).flatten() else { return };
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            match view.await {
                Ok(view) => {
                    let Some(place) = place.get_untracked() else { return };
                    let mut state = view.build();
                    state.mount(&place, None);
                    built.try_set_value(Some(state));
                    set_shown.try_set(true);
                }
                Err(PartError) => {
                    part.state.try_set(PartState::Failed);
                }
            }
        });
    });
    let busy = move || eager && part.is_some_and(Part::is_loading);
    view! {
        <div class="plb-later" node_ref=place>
            <span class="plb-part-busy" role="status" hidden=move || !busy()>{crate::i18n::words().loading()}</span>
            {move || (!shown.get()).then(|| stand_in.run())}
        </div>
    }
}

/// "Part of People Log could not load", with Retry, while the part's load has failed.
#[component]
pub fn PartProblem() -> impl IntoView {
    let part = expect_context::<Part>();
    let words = crate::i18n::CurrentWords::current();
    move || {
        (part.state.get() == PartState::Failed).then(|| {
            let w = words.words();
            view! {
                <p class="plb-field-error" role="alert">
                    {w.part_failed()}
                    " "
                    <button type="button" on:click=move |_| part.load()>{w.retry()}</button>
                </p>
            }
        })
    }
}
