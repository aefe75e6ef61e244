//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

mod browser {
    pub mod actions;
    pub mod mount;
    pub mod people_table;
    pub mod selection;
    pub mod support;
}
