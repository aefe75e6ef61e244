//! Batch actions (§5): the Actions menu, and one dialog flow (configure → review → run) for every
//! action, driven by the catalog.

pub mod catalog;
mod fields;
mod flow;
mod menu;
pub mod pilot;
pub mod reason;
mod review;
pub mod run;
pub mod when;
pub mod words;

pub use flow::ActionDialog;
pub use menu::{actions_button, ActionsMenu, HistoryButton, MenuButton};
pub use reason::ReasonField;

/// Today as the server counts days (UTC), `YYYY-MM-DD`: the date rules compare against it.
fn today() -> String {
    String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect()
}
