//! The options a host passes when it mounts the widget (§7).

use contract::query::DEFAULT_PAGE_SIZE;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

/// How one widget instance talks to its backend and looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Base URL of the API, without a trailing slash (default `/api`).
    pub api_base: String,
    /// Extra headers on every request: auth, CSRF, demo identity.
    pub headers: Arc<[(String, String)]>,
    pub page_size: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config { api_base: "/api".into(), headers: Arc::new([]), page_size: DEFAULT_PAGE_SIZE }
    }
}

impl Config {
    /// Reads `{ apiBase, headers: {name: value}, pageSize }` from a JS object; missing keys keep
    /// their defaults, wrong types are an error naming the key.
    pub fn from_js(options: &JsValue) -> Result<Config, String> {
        let mut config = Config::default();
        if options.is_undefined() || options.is_null() {
            return Ok(config);
        }
        let get = |key: &str| js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or_default();
        let api_base = get("apiBase");
        if !api_base.is_undefined() {
            let base = api_base.as_string().ok_or("apiBase must be a string")?;
            config.api_base = base.trim_end_matches('/').to_owned();
        }
        let headers = get("headers");
        if !headers.is_undefined() {
            let object = headers.dyn_ref::<js_sys::Object>().ok_or("headers must be an object")?;
            let mut pairs = Vec::new();
            for entry in js_sys::Object::entries(object).iter() {
                let entry: js_sys::Array = entry.unchecked_into();
                let name = entry.get(0).as_string().unwrap_or_default();
                let value =
                    entry.get(1).as_string().ok_or_else(|| format!("header {name} must be a string"))?;
                pairs.push((name, value));
            }
            config.headers = pairs.into();
        }
        let page_size = get("pageSize");
        if !page_size.is_undefined() {
            let size = page_size.as_f64().map(|n| n as u32).filter(|n| contract::PAGE_SIZES.contains(n));
            config.page_size = size.ok_or("pageSize must be one of 25, 50, 100, 200, 500")?;
        }
        Ok(config)
    }
}
