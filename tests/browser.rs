//! Component tests in Chromium, Firefox and WebKit: `cargo test --target wasm32-unknown-unknown --test browser`
//! (the Makefile's `browser tests` steps pick the engine by driver: CHROMEDRIVER, GECKODRIVER, SAFARIDRIVER).
#![cfg(target_arch = "wasm32")]

mod browser {
    pub mod actions;
    pub mod api;
    pub mod dom;
    pub mod mount;
    pub mod not_shown;
    pub mod parts;
    pub mod people_table;
    pub mod saved_views;
    pub mod selection;
    pub mod stylesheet;
    pub mod support;
    pub mod words;
    pub mod words_panel;
}
