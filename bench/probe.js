// Injected into every bench page before its own scripts (Playwright addInitScript). It finds the
// table whatever the page (the widget's and same-markup's shadow roots, the lean page's document),
// clicks nothing itself, and marks `bench-start-<id>` when an op is armed and `bench-done-<id>` as
// soon as the result is in the DOM: in the MutationObserver callback (a microtask after the change),
// or, for changes that mutate no node (a checkbox's `checked`), in the next animation frame, still
// before that frame's Commit. The trace then measures click → first Commit after `bench-done`.
(() => {
  const root = () =>
    document.querySelector("[data-people-log]")?.shadowRoot ?? document.getElementById("host")?.shadowRoot ?? document;
  const rows = () => [...root().querySelectorAll("tbody tr")];
  const boxes = () => rows().map((r) => r.querySelector("input[type=checkbox]"));
  const header = () => root().querySelector("thead input[type=checkbox]");
  const busy = () => root().querySelector('[aria-busy="true"]') !== null;
  const firstName = () => rows()[0]?.querySelector("th")?.textContent ?? "";
  const status = () =>
    [...root().querySelectorAll("[role=status]")].map((e) => e.textContent).find((t) => /selected/.test(t)) ?? "";
  const button = (name) => [...root().querySelectorAll("button")].find((b) => b.textContent.trim() === name);

  const conditions = {
    toggle: ({ row }) => boxes()[row]?.checked === true && /^1 selected/.test(status()),
    select: () => {
      const b = boxes();
      return b.length > 0 && b.every((x) => x.checked) && header().checked && status().startsWith(`${b.length} selected`);
    },
    deselect: () => boxes().every((x) => !x.checked) && !header().checked && /No users selected/.test(status()),
    next: ({ before }) => !busy() && rows().length > 0 && firstName() !== before,
    rows: () => !busy() && rows().length > 0,
    text: ({ text }) => !busy() && root().textContent.includes(text),
    menu: () => [...root().querySelectorAll("[role=menu]")].some((m) => !m.hidden && m.querySelector("[role=menuitem]")),
  };
  const targets = {
    row: (i) => boxes()[i],
    header: () => header(),
    button: (name) => button(name),
  };
  const waits = new Map();

  function arm(id, name, arg) {
    let resolve;
    waits.set(id, new Promise((r) => (resolve = r)));
    let finished = false;
    const check = () => {
      if (finished || !conditions[name](arg)) return;
      finished = true;
      performance.mark(`bench-done-${id}`);
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(() => {
      check();
      if (!finished) requestAnimationFrame(check);
    });
    observer.observe(root(), { subtree: true, childList: true, attributes: true, characterData: true });
    // Also once per frame after the click, for results that change no node.
    const poll = () => {
      check();
      if (!finished) requestAnimationFrame(poll);
    };
    addEventListener("click", () => requestAnimationFrame(poll), { once: true, capture: true });
    performance.mark(`bench-start-${id}`);
  }

  // From the first script on: mark when the first rows are in the DOM (the load measurement).
  function armLoad(id) {
    let resolve;
    waits.set(id, new Promise((r) => (resolve = r)));
    const poll = () => {
      if (conditions.rows()) {
        performance.mark(`bench-done-${id}`);
        resolve();
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }

  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No longtask support: the flows report none observed, and say the observer was missing.
    longTasks.unsupported = true;
  }

  window.__bench = {
    arm,
    wait: (id, ms) =>
      Promise.race([waits.get(id), new Promise((_, no) => setTimeout(() => no(new Error(`${id}: no result`)), ms))]),
    firstName,
    rowCount: () => rows().length,
    busy,
    disabled: (name) => button(name)?.disabled ?? true,
    longTasks,
    // Scrolls the target to the middle of the viewport; its centre in viewport pixels.
    aim(target, arg) {
      const el = targets[target](arg);
      if (!el) throw new Error(`no ${target} ${arg ?? ""}`);
      el.scrollIntoView({ block: "center" });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
  };
  if (window.__benchLoad) armLoad("load");
})();
