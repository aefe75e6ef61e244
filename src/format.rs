//! Numbers and names as the widget prints them.

use std::sync::Arc;

/// The instance's `locale` option, provided by `App`: numbers then go through the browser's `Intl`
/// (no locale tables in the wasm). `None`: the widget's own English grouping.
#[derive(Clone, Debug, Default)]
pub struct Locale(pub Option<Arc<str>>);

/// `4213` → `4,213`, or in the instance's locale (`4.213` in `de-DE`) when it has one.
pub fn count(n: u64) -> String {
    count_in(leptos::prelude::use_context::<Locale>().and_then(|l| l.0).as_deref(), n)
}

/// `4213` in `locale` (a tag `config::locale` checked), through the browser's `Intl`; `None` or
/// outside a browser: `4,213`. Numbers in messages go through here (`i18n`).
pub fn count_in(locale: Option<&str>, n: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(tag) = locale {
        return js_sys::Number::from(n as f64).to_locale_string(tag).into();
    }
    let _ = locale;
    english(n)
}

/// Calendar days as the instance's locale writes them (`18.12.2016` in `de-DE`), or as ISO
/// (`2016-12-18`) without a locale. One `Intl.DateTimeFormat` serves a whole page of rows.
pub struct Days {
    #[cfg(target_arch = "wasm32")]
    format: Option<js_sys::Function>,
}

impl Days {
    /// For the instance's `locale` option (read from context: call it in a component).
    pub fn current() -> Self {
        #[cfg(target_arch = "wasm32")]
        {
            let format = leptos::prelude::use_context::<Locale>().and_then(|l| l.0).map(|tag| {
                let options = js_sys::Object::new();
                // The API's days are dates, not instants: read them in UTC, where they were written.
                for (key, value) in [("dateStyle", "medium"), ("timeZone", "UTC")] {
                    let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
                }
                // The tag was checked by `config::locale`, so the constructor cannot throw.
                let locales = js_sys::Array::of1(&tag.as_ref().into());
                js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
            });
            Days { format }
        }
        #[cfg(not(target_arch = "wasm32"))]
        Days {}
    }

    /// `iso` is a day (`YYYY-MM-DD`) or a timestamp, of which the day is shown.
    pub fn day<'a>(&self, iso: &'a str) -> std::borrow::Cow<'a, str> {
        let day = iso.get(..10).unwrap_or(iso);
        #[cfg(target_arch = "wasm32")]
        if let Some(format) = &self.format {
            // A bare ISO day parses as UTC midnight.
            let date = js_sys::Date::new(&day.into());
            if !date.get_time().is_nan() {
                if let Some(text) =
                    format.call1(&wasm_bindgen::JsValue::UNDEFINED, &date).ok().and_then(|t| t.as_string())
                {
                    return text.into();
                }
            }
        }
        day.into()
    }
}

fn english(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Up to two initials from the first letters of the first and last words, for the avatar. Markup
/// characters are skipped; ASCII tests only, so no Unicode tables are compiled in.
pub fn initials(name: &str) -> String {
    let mut words = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| !c.is_ascii_punctuation() && !c.is_control()));
    let first = words.next();
    let last = words.next_back();
    uppercase(&first.into_iter().chain(last).collect::<String>())
}

/// Unicode uppercase. In the browser the engine's own `toUpperCase` does it, which spares the
/// widget Rust's case tables (several KiB of wasm).
pub fn uppercase(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(s).to_upper_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    s.to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(4213), "4,213");
        assert_eq!(count(1_000_000), "1,000,000");
    }

    #[test]
    fn days_without_a_locale_are_iso_and_timestamps_show_their_day() {
        let days = Days::current();
        assert_eq!(days.day("2024-01-02"), "2024-01-02");
        assert_eq!(days.day("2026-06-19T20:26:31Z"), "2026-06-19");
    }

    #[test]
    fn initials_skip_markup_and_use_first_and_last_word() {
        assert_eq!(initials("Ada King Lovelace"), "AL");
        assert_eq!(initials("émile"), "É");
        assert_eq!(initials("<b>Bob</b> Jones"), "BJ");
        assert_eq!(initials("   "), "");
    }
}
