// bench/lean.html's behaviour: external, as the mock's strict CSP (script-src 'self') requires.
const params = new URLSearchParams(location.search);
const perPage = Number(params.get("per_page") ?? 50);
let page = Number(params.get("page") ?? 1);
let items = [];
let total = 0;
const selected = new Set();
const tbody = document.getElementById("rows");
const all = document.getElementById("all");
const next = document.getElementById("next");
const previous = document.getElementById("previous");
const count = document.getElementById("count");

function cell(tr, text, tag = "td") {
  const c = document.createElement(tag);
  c.textContent = text;
  tr.append(c);
  return c;
}

function render() {
  const frag = document.createDocumentFragment();
  for (const p of items) {
    const tr = document.createElement("tr");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.dataset.id = p.id;
    box.checked = selected.has(p.id);
    box.setAttribute("aria-label", `Select ${p.name}`);
    cell(tr, "").append(box);
    cell(tr, p.name, "th").scope = "row";
    cell(tr, p.email);
    cell(tr, p.status);
    cell(tr, p.role);
    cell(tr, p.teams.join(", "));
    cell(tr, p.labels.join(", "));
    frag.append(tr);
  }
  tbody.replaceChildren(frag);
  const first = (page - 1) * perPage + 1;
  document.getElementById("range").textContent = `${first}–${first + items.length - 1} of ${total} users`;
  next.disabled = page * perPage >= total;
  previous.disabled = page <= 1;
  header();
}

function header() {
  const on = items.filter((p) => selected.has(p.id)).length;
  all.checked = on > 0 && on === items.length;
  all.indeterminate = on > 0 && on < items.length;
  count.textContent = selected.size ? `${selected.size} selected` : "No users selected";
}

async function load(n) {
  const r = await fetch(`/api/people?page=${n}&per_page=${perPage}`);
  const body = await r.json();
  page = n;
  items = body.items;
  total = body.total;
  render();
}

// One delegated listener for every row checkbox.
tbody.addEventListener("click", (ev) => {
  const box = ev.target;
  if (box.type !== "checkbox") return;
  const id = Number(box.dataset.id);
  box.checked ? selected.add(id) : selected.delete(id);
  header();
});
all.addEventListener("click", () => {
  const on = all.checked;
  for (const p of items) on ? selected.add(p.id) : selected.delete(p.id);
  for (const box of tbody.querySelectorAll("input")) box.checked = on;
  header();
});
const go = (n) => {
  history.pushState(null, "", `?per_page=${perPage}&page=${n}`);
  load(n);
};
next.addEventListener("click", () => go(page + 1));
previous.addEventListener("click", () => go(page - 1));
load(page);
