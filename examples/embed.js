// The host side of examples/embed.html: load the widget's glue, mount one instance, give the
// other (the <people-log-batch> element in the page) its headers, and log every event the
// widgets send. External, so the page runs under `script-src 'self'`.
import init, { mount } from "/people-log.js";

const EVENTS = [
  "people-log:job-started",
  "people-log:job-finished",
  "people-log:selection-change",
  "people-log:session-expired",
];
const log = document.getElementById("event-log");
for (const name of EVENTS) {
  // The events bubble and are composed, so the document hears both instances.
  document.addEventListener(name, (event) => {
    const item = document.createElement("li");
    item.textContent = `${event.target.id} ${event.type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}

await init({ module_or_path: "/people-log_bg.wasm" });

// A host that authenticates with a bearer token; the mock API refuses "Bearer expired" with 401.
const headers = (token) => ({ Authorization: `Bearer ${token}` });
const widget = mount(document.getElementById("people-main"), {
  apiBase: "/api",
  headers: headers("demo-1"),
  pageSize: 25,
  urlState: { prefix: "plb1_" },
});
document.getElementById("people-side").headers = headers("demo-1");

let refreshes = 1;
document.getElementById("expire-token").addEventListener("click", () => widget.setHeaders(headers("expired")));
document.getElementById("refresh-token").addEventListener("click", () => {
  refreshes += 1;
  widget.setHeaders(headers(`demo-${refreshes}`));
});
