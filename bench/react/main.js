// The same screen as same-markup.js, in React 19 with TanStack Table (row model, row ids, row
// selection). Plain createElement calls, so the build needs no JSX transform.
import { createElement as h, useEffect, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";

const STATUS = { active: "Active", invited: "Invitation pending", inactive: "Inactive" };
const ROLE = { owner: "Owner", admin: "Admin", hr: "HR", curator: "Curator", learner: "Learner" };
const fmt = (n) => n.toLocaleString("en-US");
const params = new URLSearchParams(location.search);
const perPage = Number(params.get("per_page") ?? 50);

function initials(name) {
  const first = (w) => [...w].find((c) => !/[\p{P}\p{S}\p{Cc}]/u.test(c) || c.charCodeAt(0) > 127);
  const words = name.split(/\s+/).map(first).filter(Boolean);
  return (words.length > 1 ? words[0] + words[words.length - 1] : words.join("")).toUpperCase();
}

const columns = [
  { id: "select" },
  { id: "name", accessorKey: "name" },
  { id: "email", accessorKey: "email" },
  { id: "status", accessorKey: "status" },
  { id: "role", accessorKey: "role" },
  { id: "teams", accessorFn: (p) => p.teams.join(", ") },
  { id: "labels", accessorFn: (p) => p.labels.join(", ") },
  { id: "language", accessorKey: "language" },
  { id: "hire_date", accessorKey: "hire_date" },
  { id: "last_active", accessorFn: (p) => (p.last_active ? p.last_active.slice(0, 10) : "Never") },
];

function Row({ row }) {
  const p = row.original;
  const on = row.getIsSelected();
  const cells = row.getVisibleCells();
  const text = (i) => cells[i].getValue();
  return h(
    "tr",
    { tabIndex: -1, className: on ? "plb-selected" : undefined },
    h("td", { className: "plb-check" },
      h("input", { type: "checkbox", "aria-label": `Select ${p.name}`, checked: on, onChange: row.getToggleSelectedHandler() })),
    h("th", { scope: "row", className: "plb-name" },
      h("span", { className: "plb-avatar", "aria-hidden": "true" }, initials(p.name)),
      h("span", { className: "plb-name-text" }, p.name)),
    h("td", { className: "plb-email" }, p.email),
    h("td", null, h("span", { className: `plb-status plb-status-${p.status}` }, STATUS[p.status])),
    h("td", null, ROLE[p.role]),
    h("td", null, text(5)),
    h("td", null, text(6)),
    h("td", null, text(7)),
    h("td", null, text(8)),
    h("td", null, text(9)),
  );
}

function HeaderBox({ table }) {
  const ref = useRef(null);
  const all = table.getIsAllPageRowsSelected();
  const some = table.getIsSomePageRowsSelected();
  useEffect(() => {
    ref.current.indeterminate = some && !all;
  });
  return h("input", {
    ref,
    type: "checkbox",
    "aria-label": "Select all users on this page",
    "aria-checked": all ? "true" : some ? "mixed" : "false",
    checked: all,
    onChange: table.getToggleAllPageRowsSelectedHandler(),
  });
}

function Screen() {
  const [page, setPage] = useState(Number(params.get("page") ?? 1));
  const [data, setData] = useState({ items: [], total: 0, page: 0 });
  const [busy, setBusy] = useState(true);
  const [rowSelection, setRowSelection] = useState({});

  useEffect(() => {
    let live = true;
    setBusy(true);
    fetch(`/api/people?page=${page}&per_page=${perPage}`)
      .then((r) => r.json())
      .then((body) => {
        if (!live) return;
        setData({ items: body.items, total: body.total, page });
        setBusy(false);
      });
    return () => {
      live = false;
    };
  }, [page]);

  const table = useReactTable({
    data: data.items,
    columns,
    state: { rowSelection },
    getRowId: (p) => String(p.id),
    enableRowSelection: true,
    onRowSelectionChange: setRowSelection,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
  });

  const selected = Object.keys(rowSelection).length;
  const empty = selected === 0;
  const last = Math.max(1, Math.ceil(data.total / perPage));
  const first = (data.page - 1) * perPage + 1;
  const rows = table.getRowModel().rows;
  const allOnPage = rows.length > 0 && table.getIsAllPageRowsSelected();
  const go = (to) => {
    history.pushState(null, "", `?per_page=${perPage}&page=${to}`);
    setPage(to);
  };
  const pageButton = (name, to, disabled) =>
    h("button", { type: "button", "data-page": name.split(" ")[0].toLowerCase(), disabled, onClick: () => go(to) }, name);

  return h("div", { className: "plb" },
    h("div", { className: "plb-people" },
      h("div", { className: "plb-filters" },
        h("div", { className: "plb-filter-row" },
          h("input", { type: "search", className: "plb-search", "aria-label": "Search by name or email", placeholder: "Search by name or email" }),
          h("button", { type: "button", "aria-expanded": "false", "aria-controls": "plb-filter-panel" }, "Filters"))),
      h("section", { className: "plb-views", "aria-label": "Saved views" },
        h("form", { className: "plb-view-form" },
          h("input", { type: "text", "aria-label": "View name", placeholder: "Name these filters" }),
          h("button", { type: "submit" }, "Save view")),
        h("ul", { className: "plb-view-list", "aria-label": "Saved views list" })),
      h("div", { className: empty ? "plb-selbar plb-selbar-empty" : "plb-selbar" },
        h("p", { className: "plb-count", role: "status" }, empty ? "No users selected" : `${fmt(selected)} selected`),
        h("button", { type: "button", hidden: true }, "Deselect hidden"),
        h("button", { type: "button", hidden: empty, onClick: () => setRowSelection({}) }, "Clear"),
        h("button", { type: "button", className: "plb-primary", disabled: empty, "aria-describedby": empty ? "plb-actions-why" : undefined }, "Actions"),
        h("span", { id: "plb-actions-why", className: "plb-muted", hidden: !empty }, "Select at least one user"),
        h("p", { className: "plb-visually-hidden", role: "status" })),
      h("section", { className: busy ? "plb-results plb-pending" : "plb-results", "aria-label": "People", "aria-busy": String(busy) },
        allOnPage && data.total > rows.length
          ? h("div", { className: "plb-banner" },
              h("span", null, `All ${fmt(rows.length)} users on this page are selected.`),
              h("button", { type: "button", className: "plb-link" }, `Select all ${fmt(data.total)} users that match these filters`))
          : null,
        h("div", { className: "plb-scroll" },
          h("table", { className: "plb-table" },
            h("caption", { className: "plb-visually-hidden" }, "Users"),
            h(Cols),
            h("thead", null,
              h("tr", null,
                h("th", { scope: "col", className: "plb-check" }, h(HeaderBox, { table })),
                h("th", { scope: "col", "aria-sort": "ascending" }, h("button", { type: "button", className: "plb-sort" }, "Name")),
                h("th", { scope: "col" }, "Email"),
                h("th", { scope: "col" }, "Status"),
                h("th", { scope: "col" }, "Role"),
                h("th", { scope: "col" }, "Teams"),
                h("th", { scope: "col" }, "Labels"),
                h("th", { scope: "col" }, "Language"),
                h("th", { scope: "col", "aria-sort": "none" }, h("button", { type: "button", className: "plb-sort" }, "Hire date")),
                h("th", { scope: "col", "aria-sort": "none" }, h("button", { type: "button", className: "plb-sort" }, "Last active")))),
            h("tbody", null, rows.map((row) => h(Row, { key: row.id, row }))))),
        data.page > 0
          ? h("nav", { className: "plb-pagination", "aria-label": "Pagination" },
              h("p", { className: "plb-range" }, `${fmt(first)}–${fmt(first + rows.length - 1)} of ${fmt(data.total)} users`),
              h("label", { className: "plb-per-page" }, "Rows per page ",
                h("select", { value: String(perPage), onChange: () => {} },
                  [25, 50, 100, 200, 500].map((n) => h("option", { key: n, value: String(n) }, String(n))))),
              h("span", { className: "plb-muted" }, `Page ${fmt(data.page)} of ${fmt(last)}`),
              pageButton("First page", 1, page <= 1),
              pageButton("Previous page", page - 1, page <= 1),
              pageButton("Next page", page + 1, page >= last),
              pageButton("Last page", last, page >= last))
          : null)));
}

const Cols = () =>
  h("colgroup", null,
    ["check", "name", "email", "status", "role", "teams", "labels", "language", "date", "date"].map((c, i) =>
      h("col", { key: i, className: `plb-col-${c}` })));

const host = document.getElementById("host");
const shadow = host.attachShadow({ mode: "open" });
// As the widget does: a constructed sheet, which the mock's strict CSP allows (a <style> it blocks).
const sheet = new CSSStyleSheet();
sheet.replaceSync(await (await fetch("/bench/widget.css")).text());
shadow.adoptedStyleSheets = [sheet];
const root = document.createElement("div");
root.className = "plb-root";
shadow.append(root);
createRoot(root).render(h(Screen));
