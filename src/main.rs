//! Standalone entry: mount the widget into every element that asks for it.

fn main() {
    console_error_panic_hook::set_once();
    people_log::mount_declared();
}
