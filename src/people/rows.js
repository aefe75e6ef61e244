// A page's body rows, built in one call from the wasm. Every cell's text crosses as one string with
// the length of each part, rather than one crossing per string (about 6,000 for a 500-row page), and
// goes in as text or an attribute value, never as markup (§10). The skeleton holds no data.

const ROW =
  '<tr tabindex="-1"><td class="plb-check"><input type="checkbox"></td>' +
  '<th scope="row" class="plb-name"><span class="plb-avatar" aria-hidden="true"></span>' +
  '<span class="plb-name-text"></span></th><td class="plb-email"></td>' +
  '<td><span class="plb-status"></span></td><td class="plb-role"></td><td class="plb-list"></td><td class="plb-list"></td>' +
  '<td></td><td></td><td></td></tr>';

/** The columns of lists (teams, labels), which show chips and "+N". */
const TAGS = [5, 6];

let skeleton = null;

const span = (className, text) => {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
};

/** `text` holds the parts of each row, in `RowText::parts` order; `lengths` their UTF-16 lengths;
 * `ticked[i]` is 1 for a selected row. Returns the rows in a fragment, for one insertion. */
export function buildRows(text, lengths, ticked) {
  if (!skeleton) {
    const template = document.createElement("template");
    template.innerHTML = ROW;
    skeleton = template.content.firstElementChild;
  }
  const rows = document.createDocumentFragment();
  let at = 0;
  let part = 0;
  const next = () => text.slice(at, (at += lengths[part++]));
  for (let i = 0; i < ticked.length; i++) {
    const row = skeleton.cloneNode(true);
    const cells = row.children;
    const [check, name, email, status] = cells;
    check.firstChild.setAttribute("aria-label", next());
    if (ticked[i]) {
      row.className = "plb-selected";
      check.firstChild.checked = true;
    }
    name.firstChild.textContent = next();
    name.lastChild.textContent = next();
    email.textContent = next();
    status.firstChild.className = next();
    status.firstChild.textContent = next();
    for (let c = 4; c < cells.length; c++) {
      const cell = cells[c];
      if (!TAGS.includes(c)) {
        cell.textContent = next();
        continue;
      }
      // The whole list names the cell: its chips may be shortened, and "+N" stands for the rest.
      const [all, first, second, more] = [next(), next(), next(), next()];
      if (!all) continue;
      cell.setAttribute("aria-label", all);
      cell.append(span("plb-tag", first));
      if (second) cell.append(span("plb-tag", second));
      if (more) cell.append(span("plb-more", more));
    }
    rows.append(row);
  }
  return rows;
}

/** Disables or enables every checkbox under `root` (a stale page's rows), in one call. */
export function disableInputs(root, disabled) {
  for (const input of root.querySelectorAll("input")) input.disabled = disabled;
}

/** A cell's whole value: a list's label, else its text (a name's, not its avatar's). */
const whole = (cell) => cell.getAttribute("aria-label") ?? cell.lastChild?.textContent ?? "";

/** Shows cut or hidden values in a tip (a manual popover, so no host or scroll box clips it, made
 * at the first need and kept in the table, so it goes with it): a cell's whole value over it while
 * the pointer is on it, and every cut value of a row under it while the row has keyboard focus.
 * Escape hides it (WCAG 1.4.13); it takes no pointer events, so it never covers what it describes
 * from the pointer. Nothing is measured until a cell is entered. */
export function watchCut(body) {
  if (!HTMLElement.prototype.showPopover) return;
  let tip = null;
  let shownFor = null;
  // Listened for only while the tip shows, so no page of rows leaves a listener behind; on the
  // root the body is in then (it may not be in any yet when this runs).
  let root = body;
  const escape = (ev) => ev.key === "Escape" && hide();
  const hide = () => {
    if (shownFor) tip.hidePopover();
    shownFor = null;
    root.removeEventListener("keydown", escape);
  };
  // Cut by the cell's ellipsis, a list whose chips do not show all of it whole, or not shown at
  // all (a narrow widget's condensed list: the row's details).
  const cut = (cell) => {
    if (!cell.getClientRects().length) return true;
    const label = cell.getAttribute("aria-label");
    const chips = [...cell.querySelectorAll(".plb-tag")].map((chip) => chip.textContent).join(", ");
    return cell.scrollWidth > cell.clientWidth || (label !== null && label !== chips);
  };
  // Over a cell (`height` its height), centred on it; else under a row, at `y`.
  const show = (at, content, x, y, width, height) => {
    if (!tip) {
      tip = document.createElement("div");
      tip.popover = "manual";
      tip.className = "plb-tip";
      // What it shows is the cells' own text or name already.
      tip.setAttribute("aria-hidden", "true");
      body.parentNode.append(tip);
    }
    tip.replaceChildren(...content);
    tip.style.setProperty("left", `${x}px`);
    tip.style.setProperty("top", `${y}px`);
    tip.style.setProperty("min-width", width ? `${width}px` : "");
    tip.classList.toggle("plb-tip-cell", !!width);
    tip.showPopover();
    // Within the viewport, which a row's tip in a narrow widget would otherwise run past.
    const over = x + tip.offsetWidth - (document.documentElement.clientWidth - 8);
    if (over > 0) tip.style.setProperty("left", `${Math.max(8, x - over)}px`);
    if (width) tip.style.setProperty("top", `${y + (height - tip.offsetHeight) / 2}px`);
    shownFor = at;
    root = body.getRootNode();
    root.addEventListener("keydown", escape);
  };
  body.addEventListener("mouseover", (ev) => {
    const cell = ev.target.closest?.("td, th");
    if (!cell || cell === shownFor || cell.parentNode.parentNode !== body) return;
    hide();
    if (!cut(cell)) return;
    const box = cell.getBoundingClientRect();
    show(cell, [whole(cell)], box.left, box.top, box.width, box.height);
  });
  body.addEventListener("mouseleave", hide);
  // Under a row, every value it cuts or hides.
  const details = (row) => {
    hide();
    const heads = body.parentNode.tHead?.rows[0]?.cells ?? [];
    const lines = [];
    for (const cell of row.cells) {
      if (cell.cellIndex > 0 && cut(cell)) {
        const line = document.createElement("p");
        line.append(span("plb-tip-head", heads[cell.cellIndex]?.textContent ?? ""), " ", whole(cell));
        lines.push(line);
      }
    }
    if (!lines.length) return;
    const box = row.getBoundingClientRect();
    show(row, lines, (row.cells[1] ?? row).getBoundingClientRect().left, box.bottom, 0);
  };
  body.addEventListener("focusin", (ev) => {
    const row = ev.target.closest("tr");
    if (row && ev.target.matches(":focus-visible")) details(row);
  });
  body.addEventListener("focusout", hide);
  // A condensed list's row has no hover to show its details on a touch screen: a tap on it does
  // (not on its checkbox, which selects), and another tap hides them.
  body.addEventListener("click", (ev) => {
    const row = ev.target.closest("tr");
    if (!row || ev.target.closest(".plb-check") || !row.closest(".plb-narrow")) return;
    if (shownFor === row) hide();
    else details(row);
  });
}
