// Starts the widget: the wasm-bindgen glue and the wasm it loads. An external module because the
// page's Content-Security-Policy allows no inline script (trunk's own bootstrap is inline, so it is off:
// Trunk.toml, inject_scripts = false). Running the wasm's start function mounts every [data-people-log].
//
// The wasm compiles while it downloads, from the first byte, beside the glue and the snippets the glue
// imports; a static import would hold this module until all of those had arrived, and only then
// start compiling.
const module = WebAssembly.compileStreaming(fetch("/people-log_bg.wasm"));
const { default: init } = await import("/people-log.js");
await init({ module_or_path: await module });
