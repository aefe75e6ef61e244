// A page's body rows, built in one call from the wasm. Every cell's text crosses as one string with
// the length of each part, rather than one crossing per string (about 6,000 for a 500-row page), and
// goes in as text or an attribute value, never as markup (§10). The skeleton holds no data.

const ROW =
  '<tr tabindex="-1"><td class="plb-check"><input type="checkbox"></td>' +
  '<th scope="row" class="plb-name"><span class="plb-avatar" aria-hidden="true"></span>' +
  '<span class="plb-name-text"></span></th><td class="plb-email"></td>' +
  '<td><span class="plb-status"></span></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>';

let skeleton = null;

/** `text` holds PARTS strings per row, in `RowText::parts` order; `lengths` their UTF-16 lengths;
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
    const [check, name, email, status, ...rest] = row.children;
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
    for (const cell of rest) cell.textContent = next();
    rows.append(row);
  }
  return rows;
}

/** Disables or enables every checkbox under `root` (a stale page's rows), in one call. */
export function disableInputs(root, disabled) {
  for (const input of root.querySelectorAll("input")) input.disabled = disabled;
}
