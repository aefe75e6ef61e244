// Hand-written DOM updates for same-markup.html: a template clone per row, one delegated listener,
// a running count. No framework, no diffing: the floor for this markup and CSS.
const STATUS = { active: "Active", invited: "Invitation pending", inactive: "Inactive" };
const ROLE = { owner: "Owner", admin: "Admin", hr: "HR", curator: "Curator", learner: "Learner" };
const fmt = (n) => n.toLocaleString("en-US");

const host = document.getElementById("host");
const shadow = host.attachShadow({ mode: "open" });
const root = document.createElement("div");
root.className = "plb-root";
// As the widget does: a constructed sheet, which the mock's strict CSP allows (a <style> it blocks).
const sheet = new CSSStyleSheet();
sheet.replaceSync(await (await fetch("/bench/widget.css")).text());
shadow.adoptedStyleSheets = [sheet];
root.append(document.getElementById("screen").content.cloneNode(true));
shadow.append(root);

const $ = (s) => root.querySelector(s);
const rowTemplate = document.getElementById("row").content.firstChild;
const tbody = $("tbody");
const header = $("thead input");
const results = $(".plb-results");
const selbar = $(".plb-selbar");
const countText = $(".plb-count");
const [clear, actions, why] = [$("#clear"), $(".plb-primary"), $("#plb-actions-why")];
const banner = $(".plb-banner");
const scroll = $(".plb-scroll");
banner.remove();
const params = new URLSearchParams(location.search);
const perPage = Number(params.get("per_page") ?? 50);
let page = Number(params.get("page") ?? 1);
let items = [];
let total = 0;
const selected = new Set();

function initials(name) {
  const first = (w) => [...w].find((c) => !/[\p{P}\p{S}\p{Cc}]/u.test(c) || c.charCodeAt(0) > 127);
  const words = name.split(/\s+/).map(first).filter(Boolean);
  return (words.length > 1 ? words[0] + words[words.length - 1] : words.join("")).toUpperCase();
}

function row(p) {
  const tr = rowTemplate.cloneNode(true);
  const c = tr.children;
  const box = c[0].firstChild;
  box.setAttribute("aria-label", `Select ${p.name}`);
  if (selected.has(p.id)) mark(tr, true);
  c[1].firstChild.textContent = initials(p.name);
  c[1].lastChild.textContent = p.name;
  c[2].textContent = p.email;
  c[3].firstChild.className = `plb-status plb-status-${p.status}`;
  c[3].firstChild.textContent = STATUS[p.status];
  c[4].textContent = ROLE[p.role];
  c[5].textContent = p.teams.join(", ");
  c[6].textContent = p.labels.join(", ");
  c[7].textContent = p.language;
  c[8].textContent = p.hire_date;
  c[9].textContent = p.last_active ? p.last_active.slice(0, 10) : "Never";
  return tr;
}

function render() {
  const frag = document.createDocumentFragment();
  for (const p of items) frag.append(row(p));
  tbody.replaceChildren(frag);
  const first = (page - 1) * perPage + 1;
  const last = Math.max(1, Math.ceil(total / perPage));
  $(".plb-range").textContent = `${fmt(first)}–${fmt(first + items.length - 1)} of ${fmt(total)} users`;
  $(".plb-muted").textContent = `Page ${fmt(page)} of ${fmt(last)}`;
  $(".plb-per-page select").value = String(perPage);
  for (const b of root.querySelectorAll("[data-page]")) {
    b.disabled = b.dataset.page === "first" || b.dataset.page === "previous" ? page <= 1 : page >= last;
  }
  summary();
}

// The count, the selection bar's buttons, the header box and the cross-page banner.
function summary() {
  const on = items.reduce((n, p) => n + selected.has(p.id), 0);
  const state = on === 0 ? "false" : on === items.length ? "true" : "mixed";
  header.checked = state === "true";
  header.indeterminate = state === "mixed";
  header.setAttribute("aria-checked", state);
  const empty = selected.size === 0;
  countText.textContent = empty ? "No users selected" : `${fmt(selected.size)} selected`;
  selbar.classList.toggle("plb-selbar-empty", empty);
  clear.hidden = empty;
  actions.disabled = empty;
  why.hidden = !empty;
  empty ? actions.setAttribute("aria-describedby", "plb-actions-why") : actions.removeAttribute("aria-describedby");
  // In the DOM only while offered, as the widget does (`hidden` would not hide it: the widget's CSS
  // gives .plb-banner `display: flex`, so a hidden banner would stay and never move the table).
  if (state === "true" && total > items.length) {
    banner.firstElementChild.textContent = `All ${fmt(items.length)} users on this page are selected.`;
    banner.lastElementChild.textContent = `Select all ${fmt(total)} users that match these filters`;
    if (!banner.isConnected) results.insertBefore(banner, scroll);
  } else banner.remove();
}

// As the widget: the checkbox, and the class that highlights the row.
function mark(tr, on) {
  tr.classList.toggle("plb-selected", on);
  tr.firstChild.firstChild.checked = on;
}

async function load(n) {
  results.classList.add("plb-pending");
  results.setAttribute("aria-busy", "true");
  const body = await (await fetch(`/api/people?page=${n}&per_page=${perPage}`)).json();
  [page, items, total] = [n, body.items, body.total];
  results.classList.remove("plb-pending");
  results.setAttribute("aria-busy", "false");
  render();
}

// One delegated listener for the whole table and pagination.
root.addEventListener("click", (ev) => {
  const t = ev.target;
  if (t === header) {
    const on = header.getAttribute("aria-checked") !== "true";
    items.forEach((p, i) => {
      on ? selected.add(p.id) : selected.delete(p.id);
      mark(tbody.children[i], on);
    });
    summary();
  } else if (t.type === "checkbox" && tbody.contains(t)) {
    const tr = t.closest("tr");
    const id = items[tr.sectionRowIndex].id;
    t.checked ? selected.add(id) : selected.delete(id);
    mark(tr, t.checked);
    summary();
  } else if (t.dataset?.page) {
    const last = Math.max(1, Math.ceil(total / perPage));
    const to = { first: 1, previous: page - 1, next: page + 1, last }[t.dataset.page];
    history.pushState(null, "", `?per_page=${perPage}&page=${to}`);
    load(to);
  }
});
load(page);
