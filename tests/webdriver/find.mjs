// Runs in the page (prepended to every executed script): finds elements by ARIA role and accessible
// name across the document and every open shadow root, the widget's included. The name is the
// simple part of accname (aria-labelledby, aria-label, <label>, <legend>, <caption>, text), which
// is all the widget's markup uses; Playwright's suite checks the full computation in Chromium.
export const FIND = String.raw`
const ROLES = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  menu: '[role="menu"]',
  menuitem: '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]',
  dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  group: 'fieldset, [role="group"]',
  table: 'table, [role="table"], [role="grid"]',
  row: 'tr, [role="row"]',
  progressbar: 'progress, [role="progressbar"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  listitem: 'li, [role="listitem"]',
  list: 'ul, ol, [role="list"]',
  status: '[role="status"], output',
  alert: '[role="alert"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
  // Date fields too: WebDriver types into them like into text.
  textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="date"], textarea, [role="textbox"]',
  combobox: 'select, [role="combobox"]',
  option: 'option, [role="option"]',
  link: 'a[href], [role="link"]',
};

function roots(root = document, out = []) {
  out.push(root);
  for (const el of root.querySelectorAll("*")) if (el.shadowRoot) roots(el.shadowRoot, out);
  return out;
}

function squash(s) {
  return (s || "").replace(/\s+/g, " ").trim();
}

function visible(el) {
  if (el.checkVisibility) return el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length > 0;
}

function text(el) {
  return squash(el.innerText !== undefined && el.isConnected ? el.innerText : el.textContent);
}

// Text content without what is hidden from assistive technology.
function content(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute("aria-hidden") === "true" || node.hidden) return "";
  return [...node.childNodes].map(content).join("");
}

function name(el) {
  const root = el.getRootNode();
  const by = el.getAttribute("aria-labelledby");
  if (by) return squash(by.split(/\s+/).map((id) => (root.getElementById(id) ? content(root.getElementById(id)) : "")).join(" "));
  const label = el.getAttribute("aria-label");
  if (label) return squash(label);
  if (el.labels && el.labels.length) return squash([...el.labels].map((l) => l.textContent).join(" "));
  if (el.tagName === "FIELDSET") return squash(el.querySelector("legend")?.textContent);
  if (el.tagName === "TABLE") return squash(el.querySelector("caption")?.textContent);
  if (el.tagName === "DIALOG" || el.getAttribute("role") === "dialog") {
    return squash(el.querySelector("h1, h2, h3")?.textContent);
  }
  if (el.tagName === "INPUT") return squash(el.value || el.placeholder);
  return squash(content(el));
}

function find(role, source, flags, within) {
  const selector = ROLES[role];
  if (!selector) throw new Error("find: unknown role " + role);
  const match = flags === null ? (n) => n === source : (n) => new RegExp(source, flags).test(n);
  // A widget's host element is searched inside its shadow root; any other element as itself.
  const scopes = !within ? roots() : within.shadowRoot ? roots(within.shadowRoot) : [within, ...roots(within).slice(1)];
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll(selector)) {
      if (visible(el) && match(name(el))) return el;
    }
  }
  return null;
}

/** The names of the visible elements with this role: what a failed wait reports. */
function names(role) {
  return roots().flatMap((r) => [...r.querySelectorAll(ROLES[role])]).filter(visible).map(name);
}

function seeText(source, flags, within) {
  const re = new RegExp(source, flags);
  const scopes = within ? [within.shadowRoot ?? within] : roots();
  return scopes.some((s) => re.test(squash(s.innerText ?? [...s.children].map((c) => c.innerText).join(" "))));
}
`;
