//! The widget's later parts (docs/architecture.md, Parts). The first download holds what the
//! first rows need; a release build moves a part's door, the one function declared with
//! [`in_part!`], and all the code only it reaches (the action dialogs, the job view) into a file
//! of its own, fetched when the browser is idle after the first rows, or at once on first use if
//! that comes sooner.

use super::dom;
use leptos::prelude::*;
use std::{future::Future, pin::Pin};
use wasm_bindgen::prelude::*;
use web_sys::Element;

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
/// and "Loading…" shows until it is in; otherwise only `stand_in` (if any) shows until something
/// else has loaded it. `stand_in` has the view's size, so nothing below it moves when the view
/// replaces it. A failed load is said once, by [`part_problem`], and the rest of the widget goes on
/// working. The view is built under the current owner, and taken out with it.
pub fn part_view(view: PartFuture<AnyView>, eager: bool, stand_in: Option<Element>) -> Element {
    // Without a part (a component mounted on its own in a test) nothing is built.
    let part = use_context::<Part>();
    if let Some(part) = part.filter(|_| eager) {
        part.load();
    }
    let place =
        dom::markup(r#"<div class="plb-later"><span class="plb-part-busy" role="status"></span></div>"#);
    let busy = dom::find(&place, "span");
    dom::set_text(&busy, &crate::i18n::words().loading());
    dom::flag(&busy, "hidden", move || !(eager && part.is_some_and(Part::is_loading)));
    if let Some(stand_in) = &stand_in {
        let _ = place.append_child(stand_in);
    }
    let view = StoredValue::new_local(Some(view));
    let target = place.clone();
    // The view lives as long as the caller's owner, not as the effect's run that builds it.
    let owner = Owner::current().unwrap_throw();
    dom::effect(move || {
        let Some(part) = part.filter(|p| p.is_ready()) else { return };
        let Some(view) = view.try_update_value(Option::take).flatten() else { return };
        let (target, stand_in, owner) = (target.clone(), stand_in.clone(), owner.clone());
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            match view.await {
                Ok(view) => {
                    if let Some(stand_in) = stand_in {
                        stand_in.remove();
                    }
                    owner.with(|| dom::mount_view(&target, view));
                }
                Err(PartError) => {
                    part.state.try_set(PartState::Failed);
                }
            }
        });
    });
    place
}

/// A box holding what `view()` builds, fetched at once (eager), while `open()` says so, and
/// nothing otherwise: a dialog or panel of the part that the first screen opens. Built once per
/// opening: `open()` saying so again (a second click on "Select from a list") keeps what is
/// there, and what the admin typed in it.
pub fn part_view_while(
    open: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> PartFuture<AnyView> + 'static,
) -> Element {
    let open = Memo::new(move |_| open());
    dom::region_box(
        move || open.get(),
        move |place, open| {
            if open {
                let _ = place.append_child(&part_view(view(), true, None));
            }
        },
    )
}

/// [`part_view`] for a later part's own `view!`.
#[component]
pub fn PartView(
    /// A function of the part that builds the view; run once the part is in.
    view: PartFuture<AnyView>,
    /// Fetch the part now: the admin asked for something in it.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    dom::view(part_view(view, eager, None))
}

/// `message` and a Retry button, as an alert.
pub fn retry_alert(message: &str, retry: impl Fn() + 'static) -> Element {
    let alert = dom::markup(r#"<p class="plb-field-error" role="alert"><button type="button"></button></p>"#);
    let button = dom::find(&alert, "button");
    let _ = button.before_with_str_1(&format!("{message} "));
    dom::set_text(&button, &crate::i18n::words().retry());
    dom::on(&button, "click", move |_| retry());
    alert
}

/// "Part of People Log could not load", with Retry, while the part's load has failed.
pub fn part_problem() -> Element {
    let part = expect_context::<Part>();
    dom::region_box(
        move || part.state.get() == PartState::Failed,
        move |place, failed| {
            if !failed {
                return;
            }
            let _ =
                place.append_child(&retry_alert(&crate::i18n::words().part_failed(), move || part.load()));
        },
    )
}
