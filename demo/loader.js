// Starts the widget: the wasm-bindgen glue and the wasm it loads. An external module because the
// page's Content-Security-Policy allows no inline script (trunk's own bootstrap is inline, so it is off:
// Trunk.toml, inject_scripts = false). Running the wasm's start function mounts every [data-people-log].
import init from "/people-log.js";

await init({ module_or_path: "/people-log_bg.wasm" });
