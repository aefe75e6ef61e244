// Fetches a compiled catalog (tools/catalogs) from `locales/` beside the widget's own files
// (dist/locales/<name>.txt): wasm-bindgen serves this module as snippets/<crate>/src/i18n/catalog.js,
// four levels below them. A Request rather than a URL, as the widget's other fetches.
export function fetchCatalog(name) {
  const url = new URL(`../../../../locales/${name}.txt`, import.meta.url);
  return fetch(new Request(url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))));
}
