//! The options a host passes when it mounts the widget (§7). The checks are plain functions with
//! native tests; `Config::from_js` only reads the JS object and names the option that is wrong.

use contract::query::DEFAULT_PAGE_SIZE;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

/// Extra request headers, in the order given.
pub type Headers = Arc<[(String, String)]>;

/// How one widget instance talks to its backend and looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Base URL of the API, without a trailing slash (default `/api`).
    pub api_base: String,
    /// Extra headers on every request: auth, CSRF, demo identity. `setHeaders` replaces them.
    pub headers: Headers,
    /// Whether requests carry cookies (the `credentials` of `fetch`).
    pub credentials: Credentials,
    pub page_size: u32,
    /// BCP 47 tag for numbers (through `Intl`); `None` keeps the widget's English grouping.
    pub locale: Option<String>,
    pub theme: Theme,
    pub url_state: UrlState,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            api_base: "/api".into(),
            headers: Arc::new([]),
            credentials: Credentials::SameOrigin,
            page_size: DEFAULT_PAGE_SIZE,
            locale: None,
            // A guest matches a light host unless the host opts into following the reader's system.
            theme: Theme::Light,
            url_state: UrlState::Query { prefix: String::new() },
        }
    }
}

/// `fetch`'s `credentials`: cookies on same-origin requests only (default), always, or never.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credentials {
    SameOrigin,
    Include,
    Omit,
}

impl Credentials {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "same-origin" => Ok(Credentials::SameOrigin),
            "include" => Ok(Credentials::Include),
            "omit" => Ok(Credentials::Omit),
            _ => {
                Err(format!("credentials must be \"same-origin\", \"include\" or \"omit\", not \"{value}\""))
            }
        }
    }
}

/// The colour scheme, set as `data-theme` on the widget's root for the CSS to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "auto" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(format!("theme must be \"auto\", \"light\" or \"dark\", not \"{value}\"")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Where the view (filters, sort, page) lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlState {
    /// In the page URL's query, each key under `prefix` (empty: the widget's plain key names).
    Query { prefix: String },
    /// Only in memory: the URL is never read or written.
    Memory,
}

impl UrlState {
    /// A prefix goes into URLs as it is, so it is limited to characters a query never escapes.
    pub fn with_prefix(prefix: &str) -> Result<Self, String> {
        let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
        if prefix.chars().all(safe) {
            Ok(UrlState::Query { prefix: prefix.to_owned() })
        } else {
            Err(format!("urlState.prefix may hold only letters, digits, _, - and ., not \"{prefix}\""))
        }
    }
}

/// The options `mount` knows; anything else is a typo worth naming.
pub const OPTIONS: [&str; 7] =
    ["apiBase", "headers", "credentials", "pageSize", "locale", "theme", "urlState"];

/// One option's name must be known.
pub fn check_option_name(name: &str) -> Result<(), String> {
    if OPTIONS.contains(&name) {
        Ok(())
    } else {
        Err(format!("unknown option \"{name}\"; the options are {}", OPTIONS.join(", ")))
    }
}

/// `value` as the host gave it, `written` as JavaScript writes it (for the error: formatting a
/// float in Rust would put float printing in the first download for this one message).
pub fn page_size(value: f64, written: &str) -> Result<u32, String> {
    Some(value)
        .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX))
        .map(|n| n as u32)
        .filter(|n| contract::PAGE_SIZES.contains(n))
        .ok_or_else(|| format!("pageSize must be one of 25, 50, 100, 200, 500, not {written}"))
}

/// A header must be sendable: a token name and a value without line breaks (fetch would throw
/// later, far from the option that caused it).
pub fn check_header(name: &str, value: &str) -> Result<(), String> {
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if name.is_empty() || !name.chars().all(token) {
        return Err(format!("headers: \"{name}\" is not a valid header name"));
    }
    if value.contains(['\r', '\n', '\0']) {
        return Err(format!("headers: the value of {name} contains a line break"));
    }
    Ok(())
}

/// A BCP 47 language tag such as `de-DE`; the browser canonicalises it (`Intl`).
pub fn locale(value: &str) -> Result<String, String> {
    let shape_ok = !value.is_empty()
        && value.split('-').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    let bad = || format!("locale must be a language tag such as \"de-DE\", not \"{value}\"");
    if !shape_ok {
        return Err(bad());
    }
    #[cfg(target_arch = "wasm32")]
    {
        let canonical = canonical_locales(value).map_err(|_| bad())?;
        canonical.get(0).as_string().ok_or_else(bad)
    }
    #[cfg(not(target_arch = "wasm32"))]
    Ok(value.to_owned())
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Intl.getCanonicalLocales`, which throws a `RangeError` on a tag it cannot read.
    #[wasm_bindgen(js_namespace = Intl, js_name = getCanonicalLocales, catch)]
    fn canonical_locales(tag: &str) -> Result<js_sys::Array, JsValue>;
}

impl Config {
    /// Reads `{ apiBase, headers, credentials, pageSize, locale, theme, urlState }` from a JS
    /// object; missing keys keep their defaults, an unknown key or a wrong value is an error
    /// naming the option.
    pub fn from_js(options: &JsValue) -> Result<Config, String> {
        let mut config = Config::default();
        if options.is_undefined() || options.is_null() {
            return Ok(config);
        }
        let object = options.dyn_ref::<js_sys::Object>().ok_or("options must be an object")?;
        for key in js_sys::Object::keys(object).iter() {
            check_option_name(&key.as_string().unwrap_or_default())?;
        }
        let get = |key: &str| js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or_default();
        let string = |key: &str| -> Result<Option<String>, String> {
            let value = get(key);
            if value.is_undefined() {
                return Ok(None);
            }
            value.as_string().map(Some).ok_or_else(|| format!("{key} must be a string"))
        };
        if let Some(base) = string("apiBase")? {
            config.api_base = base.trim_end_matches('/').to_owned();
        }
        let headers = get("headers");
        if !headers.is_undefined() {
            config.headers = headers_from_js(&headers)?;
        }
        if let Some(credentials) = string("credentials")? {
            config.credentials = Credentials::parse(&credentials)?;
        }
        let size = get("pageSize");
        if !size.is_undefined() {
            let written = js_sys::JSON::stringify(&size).map(String::from).unwrap_or_default();
            config.page_size = page_size(size.as_f64().ok_or("pageSize must be a number")?, &written)?;
        }
        if let Some(tag) = string("locale")? {
            config.locale = Some(locale(&tag)?);
        }
        if let Some(theme) = string("theme")? {
            config.theme = Theme::parse(&theme)?;
        }
        let url_state = get("urlState");
        config.url_state = match url_state.as_bool() {
            _ if url_state.is_undefined() => config.url_state,
            Some(true) => UrlState::Query { prefix: String::new() },
            Some(false) => UrlState::Memory,
            None => {
                let bad = "urlState must be true, false or { prefix: \"…\" }";
                if !url_state.is_object() {
                    return Err(bad.into());
                }
                let prefix = js_sys::Reflect::get(&url_state, &"prefix".into()).unwrap_or_default();
                UrlState::with_prefix(&prefix.as_string().ok_or(bad)?)?
            }
        };
        Ok(config)
    }
}

/// `{ name: value }` as header pairs (the `headers` option, `setHeaders`, the element's property).
pub fn headers_from_js(headers: &JsValue) -> Result<Headers, String> {
    let object = headers
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !headers.is_function())
        .ok_or("headers must be an object of header names to string values")?;
    let mut pairs = Vec::new();
    for entry in js_sys::Object::entries(object).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let name = entry.get(0).as_string().unwrap_or_default();
        let value = entry.get(1).as_string().ok_or_else(|| format!("headers: {name} must be a string"))?;
        check_header(&name, &value)?;
        pairs.push((name, value));
    }
    Ok(pairs.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_option() {
        assert!(check_option_name("pagesize").unwrap_err().contains("\"pagesize\""));
        assert!(check_option_name("pageSize").is_ok());
        assert!(Credentials::parse("always").unwrap_err().starts_with("credentials"));
        assert!(Theme::parse("blue").unwrap_err().starts_with("theme"));
        assert_eq!(
            page_size(30.0, "30"),
            Err("pageSize must be one of 25, 50, 100, 200, 500, not 30".into())
        );
        assert!(page_size(50.5, "50.5").is_err());
        assert!(locale("de DE").unwrap_err().starts_with("locale"));
        assert!(locale("").is_err());
        assert!(UrlState::with_prefix("a b").unwrap_err().starts_with("urlState.prefix"));
        assert!(check_header("X Bad", "v").unwrap_err().contains("X Bad"));
        assert!(check_header("X-Token", "a\r\nInjected: 1").is_err());
    }

    #[test]
    fn good_values_are_read() {
        assert_eq!(Credentials::parse("include"), Ok(Credentials::Include));
        assert_eq!(Credentials::parse("omit"), Ok(Credentials::Omit));
        assert_eq!(Theme::parse("dark").map(Theme::as_str), Ok("dark"));
        assert_eq!(page_size(200.0, "200"), Ok(200));
        assert_eq!(locale("de-DE").as_deref(), Ok("de-DE"));
        assert_eq!(UrlState::with_prefix("plb1_"), Ok(UrlState::Query { prefix: "plb1_".into() }));
        assert!(check_header("Authorization", "Bearer abc").is_ok());
    }
}
