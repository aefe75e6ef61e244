//! Choosing an instance's catalog by its `locale` option, and fetching it (§11).

use super::{catalog_for, english, Words};
use leptos::prelude::*;

/// The instance's words, provided by `App`: a `Copy` handle, so closures and callbacks can hold
/// it. Not a signal: words are read when a view is built, and what must wait for them (the
/// screen's build tasks) asks to be called once they are in ([`when_ready`](Self::when_ready)),
/// which costs less code than an effect per waiting view. `None`: English.
///
/// A live switch (`setLocale`, [`switch`](Self::switch)) replaces the words once the new
/// catalog is in and changes [`shown`](Self::shown), which the screen's `Later` blocks follow by
/// building themselves again (their state lives above them, so nothing the admin did is lost).
#[derive(Clone, Copy)]
pub struct CurrentWords(Option<Live>);

#[derive(Clone, Copy)]
struct Live {
    state: StoredValue<State, LocalStorage>,
    /// The locale whose words are shown (`None`: English without a locale).
    shown: RwSignal<Option<String>>,
}

enum State {
    Ready(&'static Words),
    /// The catalog is on its way; these run once it is in.
    Waiting(Vec<Box<dyn FnOnce()>>),
}

thread_local! {
    /// Every locale's words this page has loaded: kept for the page's life (views hold them by
    /// reference), once per locale, so a second widget in that locale needs no fetch.
    static LOADED: std::cell::RefCell<Vec<&'static Words>> = Default::default();
}

/// The words loaded for `tag` (its catalog's, or English with its numbers).
fn loaded(tag: &str) -> Option<&'static Words> {
    LOADED.with_borrow(|all| all.iter().copied().find(|w| w.numbers.as_deref() == Some(tag)))
}

fn keep(words: Words) -> &'static Words {
    let words: &'static Words = Box::leak(Box::new(words));
    LOADED.with_borrow_mut(|all| all.push(words));
    words
}

impl CurrentWords {
    /// The words for the `locale` option: English at once (numbers in the locale) unless a
    /// shipped catalog serves the locale (`de-AT` → `de`); that one is fetched now, unless this
    /// page has it. A catalog that cannot be fetched, or was built for another version of the
    /// widget, leaves English, said once on the console.
    pub fn load(locale: Option<&str>) -> CurrentWords {
        let words = CurrentWords(Some(Live {
            state: StoredValue::new_local(State::Waiting(Vec::new())),
            shown: RwSignal::new(locale.map(str::to_owned)),
        }));
        let tag = locale.map(str::to_owned);
        words_for(locale, move |found| {
            // A first catalog that cannot be had leaves English, numbers still in the locale; not
            // kept, so the next widget tries again.
            words.arrived(found.unwrap_or_else(|| {
                #[cfg(target_arch = "wasm32")]
                web_sys::console::warn_1(&"People Log: English shown".into());
                Box::leak(Box::new(Words::english(tag.as_deref())))
            }));
        });
        words
    }

    /// Changes the words to `locale`'s once they are in (at once when this page has them): the
    /// catalog is fetched if needed; then [`shown`](Self::shown) changes and `then` runs. A
    /// catalog that cannot be had keeps the words shown now, said on the console, and `then`
    /// does not run.
    pub fn switch(self, locale: Option<String>, then: impl FnOnce() + 'static) {
        let Some(live) = self.0 else { return };
        let tag = locale.clone();
        words_for(tag.as_deref(), move |found| {
            let Some(words) = found else {
                #[cfg(target_arch = "wasm32")]
                web_sys::console::warn_1(
                    &"People Log: the language was not changed; the words stay as they are".into(),
                );
                return;
            };
            live.state.try_set_value(State::Ready(words));
            live.shown.try_set(locale);
            then();
        });
    }

    /// The locale whose words are shown, tracked: a view that reads it follows a switch.
    pub fn shown(self) -> Option<String> {
        self.0.and_then(|live| live.shown.try_get().flatten())
    }

    /// Words given whole (a test's catalog), kept for the page's life.
    pub fn given(words: Words) -> CurrentWords {
        CurrentWords(Some(Live {
            state: StoredValue::new_local(State::Ready(Box::leak(Box::new(words)))),
            shown: RwSignal::new(None),
        }))
    }

    /// The words; `None` while the catalog is on its way.
    pub fn get(self) -> Option<&'static Words> {
        let Some(Live { state, .. }) = self.0 else { return Some(english()) };
        state.try_with_value(|state| match state {
            State::Ready(words) => Some(*words),
            State::Waiting(_) => None,
        })?
    }

    /// The words; English while the catalog is on its way.
    pub fn words(self) -> &'static Words {
        self.get().unwrap_or_else(english)
    }

    /// Runs `then` now if the words are in, else once they are (never, if the widget goes first).
    pub fn when_ready(self, then: Box<dyn FnOnce()>) {
        let now = match self.0 {
            None => Some(then),
            Some(Live { state, .. }) => state
                .try_update_value(|state| match state {
                    State::Ready(_) => Some(then),
                    State::Waiting(waiting) => {
                        waiting.push(then);
                        None
                    }
                })
                .flatten(),
        };
        if let Some(then) = now {
            then();
        }
    }

    fn arrived(self, words: &'static Words) {
        let Some(Live { state, .. }) = self.0 else { return };
        let waiting = state.try_update_value(|now| std::mem::replace(now, State::Ready(words)));
        if let Some(State::Waiting(waiting)) = waiting {
            waiting.into_iter().for_each(|then| then());
        }
    }

    /// The instance's (from context), or English words outside a widget.
    pub fn current() -> CurrentWords {
        use_context::<CurrentWords>().unwrap_or(CurrentWords(None))
    }
}

/// The widget root's `dir` for a locale: `rtl` for a language written right to left. The host's
/// own `dir` is never touched.
pub fn direction(locale: Option<&str>) -> &'static str {
    const RIGHT_TO_LEFT: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "ckb", "dv", "yi", "sd", "ug"];
    let language = locale.and_then(|tag| tag.split('-').next()).unwrap_or_default().to_ascii_lowercase();
    if RIGHT_TO_LEFT.contains(&language.as_str()) {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/i18n/catalog.js")]
extern "C" {
    /// Calls `done` with the catalog's text, or with nothing when it cannot be had (said on the
    /// console).
    #[wasm_bindgen(js_name = fetchCatalog)]
    pub(super) fn fetch_catalog(name: &str, done: wasm_bindgen::JsValue);
}

/// Calls `done` with `locale`'s words: at once when they need no fetch (English, a locale
/// without a catalog, or one this page has loaded), else once its catalog is in, or with `None`
/// when it cannot be had or is from another version of the widget (said on the console). A
/// callback rather than a future: no async state machine in the first download.
fn words_for(locale: Option<&str>, done: impl FnOnce(Option<&'static Words>) + 'static) {
    let Some(tag) = locale else { return done(Some(english())) };
    if let Some(words) = loaded(tag) {
        return done(Some(words));
    }
    let Some(name) = catalog_for(tag) else { return done(Some(keep(Words::english(Some(tag))))) };
    #[cfg(target_arch = "wasm32")]
    {
        let tag = tag.to_owned();
        let arrived = wasm_bindgen::closure::Closure::once_into_js(move |text: Option<String>| {
            let built_here = text.map(|text| Words::for_locale(text, &tag));
            if let Some(None) = built_here {
                let said = "People Log: a catalog in locales/ is from another version of the widget";
                web_sys::console::warn_1(&said.into());
            }
            // Only a catalog is kept: after a failure, the next widget or switch tries again.
            done(built_here.flatten().map(keep));
        });
        fetch_catalog(name, arrived);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        done(Some(keep(Words::english(Some(tag)))));
    }
}

/// The locale's plural rule, from the browser (`Intl.PluralRules`: no CLDR data in the wasm).
#[cfg(target_arch = "wasm32")]
pub(super) fn plural_rule(tag: &str) -> super::PluralRule {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let locales = js_sys::Array::of1(&tag.into());
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    Box::new(move |n| {
        let category = String::from(rules.select(n as f64));
        CATEGORIES.into_iter().find(|c| *c == category).unwrap_or("other")
    })
}
