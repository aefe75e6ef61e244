// The <people-log-batch> custom element (§7). Shipped as an external module next to the glue
// (wasm-bindgen snippets), so it runs under `script-src 'self'`. The widget calls `define` once
// at start with its mount function; everything else is attribute plumbing.

const ATTRIBUTES = {
  "api-base": ["apiBase", String],
  "page-size": ["pageSize", Number],
  locale: ["locale", String],
  theme: ["theme", String],
  credentials: ["credentials", String],
};

export function define(mount) {
  if (customElements.get("people-log-batch")) return;
  customElements.define(
    "people-log-batch",
    class PeopleLogBatch extends HTMLElement {
      #handle = null;
      #headers = undefined;

      // `locale` switches a mounted widget's language live (setLocale); the others apply at mount.
      static observedAttributes = ["locale"];

      attributeChangedCallback(name, before, now) {
        if (!this.#handle || before === now) return;
        try {
          this.#handle.setLocale(now);
        } catch (error) {
          console.error("<people-log-batch>:", error);
        }
      }

      // The same object `setHeaders` takes; applies at once to a mounted widget.
      get headers() {
        return this.#headers;
      }
      set headers(headers) {
        this.#headers = headers;
        if (this.#handle) this.#handle.setHeaders(headers);
      }

      connectedCallback() {
        if (this.#handle) return;
        const options = {};
        for (const [attribute, [option, read]] of Object.entries(ATTRIBUTES)) {
          if (this.hasAttribute(attribute)) options[option] = read(this.getAttribute(attribute));
        }
        // url-state="false": the view lives in memory; url-prefix="plb2_": its own query keys.
        if (this.getAttribute("url-state") === "false") options.urlState = false;
        else if (this.hasAttribute("url-prefix")) options.urlState = { prefix: this.getAttribute("url-prefix") };
        if (this.#headers !== undefined) options.headers = this.#headers;
        try {
          this.#handle = mount(this, options);
        } catch (error) {
          console.error("<people-log-batch> could not mount:", error);
        }
      }

      disconnectedCallback() {
        if (!this.#handle) return;
        this.#handle.unmount();
        this.#handle.free();
        this.#handle = null;
      }
    },
  );
}
