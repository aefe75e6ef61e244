// Fetches a compiled catalog (tools/catalogs) from `locales/` beside the widget's own files
// (dist/locales/<name>.txt): wasm-bindgen serves this module as snippets/<crate>/src/i18n/catalog.js,
// four levels below them. A Request rather than a URL, as the widget's other fetches. Calls
// `done` with the text, or with nothing (said on the console) when it cannot be had: the widget
// then shows English at mount, or keeps its words on a switch (`setLocale`).
export function fetchCatalog(name, done) {
  const url = new URL(`../../../../locales/${name}.txt`, import.meta.url);
  fetch(new Request(url))
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(done, (e) => {
      console.warn(`People Log: ${url} could not be loaded (${e.message})`);
      done();
    });
}
