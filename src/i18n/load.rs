//! Choosing an instance's catalog by its `locale` option, and fetching it (§11).

use super::{catalog_for, english, Words};
use leptos::prelude::*;
use std::rc::Rc;

/// The instance's words, provided by `App`: `None` while the chosen locale's catalog is on its
/// way. A `Copy` handle, so closures and callbacks can hold it.
#[derive(Clone, Copy)]
pub struct CurrentWords(RwSignal<Option<Rc<Words>>, LocalStorage>);

impl CurrentWords {
    /// The words for the `locale` option: English at once (numbers in the locale) unless a
    /// shipped catalog serves the locale (`de-AT` → `de`); that one is fetched now, and until it
    /// is in, [`ready`](Self::ready) is false. A catalog that cannot be fetched, or was built for
    /// another version of the widget, leaves English, said once on the console.
    pub fn load(locale: Option<&str>) -> CurrentWords {
        let Some((tag, name)) = locale.and_then(|tag| Some((tag, catalog_for(tag)?))) else {
            let words = locale.map_or_else(english, |tag| Rc::new(Words::english(Some(tag))));
            return CurrentWords(RwSignal::new_local(Some(words)));
        };
        let words = RwSignal::new_local(None);
        #[cfg(target_arch = "wasm32")]
        fetch(words, tag.to_owned(), name);
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = name;
            words.set(Some(Rc::new(Words::english(Some(tag)))));
        }
        CurrentWords(words)
    }

    /// Words given whole (a test's catalog).
    pub fn given(words: Words) -> CurrentWords {
        CurrentWords(RwSignal::new_local(Some(Rc::new(words))))
    }

    /// The words, untracked; `None` while the catalog is on its way.
    pub fn get(self) -> Option<Rc<Words>> {
        self.0.try_get_untracked().flatten()
    }

    /// The words, untracked; English while the catalog is on its way.
    pub fn words(self) -> Rc<Words> {
        self.get().unwrap_or_else(english)
    }

    /// Whether the words are in (tracked).
    pub fn ready(self) -> bool {
        self.0.with(Option::is_some)
    }

    /// The instance's (from context), or English words outside a widget.
    pub fn current() -> CurrentWords {
        use_context::<CurrentWords>().unwrap_or_else(|| CurrentWords(RwSignal::new_local(Some(english()))))
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
    #[wasm_bindgen(js_name = fetchCatalog)]
    fn fetch_catalog(name: &str) -> js_sys::Promise;
}

#[cfg(target_arch = "wasm32")]
fn fetch(words: RwSignal<Option<Rc<Words>>, LocalStorage>, tag: String, name: &'static str) {
    let promise = fetch_catalog(name);
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|t| t.as_string());
        let loaded = text.and_then(|text| Words::for_locale(text, &tag));
        if loaded.is_none() {
            let said = format!(
                "People Log: the {name} catalog (locales/{name}.txt) could not be loaded; English shown"
            );
            web_sys::console::warn_1(&said.into());
        }
        words.try_set(Some(Rc::new(loaded.unwrap_or_else(|| Words::english(Some(&tag))))));
    });
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
