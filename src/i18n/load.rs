//! Choosing an instance's catalog by its `locale` option, and fetching it (§11).

use super::{catalog_for, english, Words};
use leptos::prelude::*;

/// The instance's words, provided by `App`: a `Copy` handle, so closures and callbacks can hold
/// it. Not a signal: words are read when a view is built, and what must wait for them (the
/// screen's build tasks) asks to be called once they are in ([`when_ready`](Self::when_ready)),
/// which costs less code than an effect per waiting view. `None`: English.
#[derive(Clone, Copy)]
pub struct CurrentWords(Option<StoredValue<State, LocalStorage>>);

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
        let Some(tag) = locale else { return CurrentWords(None) };
        let ready = |words| CurrentWords(Some(StoredValue::new_local(State::Ready(words))));
        if let Some(words) = loaded(tag) {
            return ready(words);
        }
        let Some(name) = catalog_for(tag) else { return ready(keep(Words::english(Some(tag)))) };
        let words = CurrentWords(Some(StoredValue::new_local(State::Waiting(Vec::new()))));
        #[cfg(target_arch = "wasm32")]
        fetch(words, tag.to_owned(), name);
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = name;
            words.arrived(keep(Words::english(Some(tag))));
        }
        words
    }

    /// Words given whole (a test's catalog), kept for the page's life.
    pub fn given(words: Words) -> CurrentWords {
        CurrentWords(Some(StoredValue::new_local(State::Ready(Box::leak(Box::new(words))))))
    }

    /// The words; `None` while the catalog is on its way.
    pub fn get(self) -> Option<&'static Words> {
        let Some(state) = self.0 else { return Some(english()) };
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
            Some(state) => state
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
        let Some(state) = self.0 else { return };
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
    fn fetch_catalog(name: &str, done: wasm_bindgen::JsValue);
}

/// A callback rather than a future: no async state machine in the first download.
#[cfg(target_arch = "wasm32")]
fn fetch(words: CurrentWords, tag: String, name: &'static str) {
    let done = wasm_bindgen::closure::Closure::once_into_js(move |text: Option<String>| {
        let built_here = text.map(|text| Words::for_locale(text, &tag));
        if let Some(None) = built_here {
            let said =
                "People Log: a catalog in locales/ is from another version of the widget; English shown";
            web_sys::console::warn_1(&said.into());
        }
        // Only a catalog is kept for the next widget: after a failure, the next one tries again.
        words.arrived(match built_here.flatten() {
            Some(catalog) => keep(catalog),
            None => Box::leak(Box::new(Words::english(Some(&tag)))),
        });
    });
    fetch_catalog(name, done);
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
