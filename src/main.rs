//! Standalone entry: define `<people-log-batch>` and mount the widget into every element that
//! asks for it.

fn main() {
    // Panics land in the console with their message (the wasm trap alone says only "unreachable").
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    people_log::start();
}
