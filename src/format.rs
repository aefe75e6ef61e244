//! Numbers and names as the widget prints them.

use std::sync::Arc;

/// The instance's `locale` option, provided by `App`: numbers then go through the browser's `Intl`
/// (no locale tables in the wasm). `None`: the widget's own English grouping.
#[derive(Clone, Debug, Default)]
pub struct Locale(pub Option<Arc<str>>);

/// `4213` → `4,213`, or in the instance's locale (`4.213` in `de-DE`) when it has one.
pub fn count(n: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(tag) = leptos::prelude::use_context::<Locale>().and_then(|l| l.0) {
        return js_sys::Number::from(n as f64).to_locale_string(&tag).into();
    }
    english(n)
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

/// "1–50 of 4,213 users", or "No users" when the page is empty.
pub fn range(range: Option<(u64, u64)>, total: u64) -> String {
    match range {
        Some((first, last)) => {
            let noun = if total == 1 { "user" } else { "users" };
            format!("{}–{} of {} {noun}", count(first), count(last), count(total))
        }
        None => "No users".to_owned(),
    }
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
    fn range_text() {
        assert_eq!(range(Some((1, 50)), 4213), "1–50 of 4,213 users");
        assert_eq!(range(Some((1, 1)), 1), "1–1 of 1 user");
        assert_eq!(range(None, 0), "No users");
    }

    #[test]
    fn initials_skip_markup_and_use_first_and_last_word() {
        assert_eq!(initials("Ada King Lovelace"), "AL");
        assert_eq!(initials("émile"), "É");
        assert_eq!(initials("<b>Bob</b> Jones"), "BJ");
        assert_eq!(initials("   "), "");
    }
}
