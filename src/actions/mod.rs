//! Batch actions (§5): the Actions menu, and one dialog flow (configure → review → run) for every
//! action, driven by the catalog.

pub mod catalog;
mod fields;
mod flow;
mod menu;
mod review;
pub mod run;

pub use menu::{ActionsMenu, MenuButton};

/// Today as the server counts days (UTC), `YYYY-MM-DD`: the date rules compare against it.
fn today() -> String {
    String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect()
}

/// A fresh `Idempotency-Key`: 128 random bits as hex. `getRandomValues` works on plain-http hosts
/// too, unlike `randomUUID`.
fn fresh_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
