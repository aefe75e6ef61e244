// bench/RESULTS.md from the raw results.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";

const OPS = { toggle: "toggle one row", select: "header: select page", deselect: "header: deselect page", next: "next page" };
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const kib = (b) => (b / 1024).toFixed(1);

export function report(r, stats) {
  const out = [];
  const line = (s = "") => out.push(s);
  const tools = r.tools ?? JSON.parse(process.env.BENCH_TOOLS ?? "{}");
  const loads = r.loadavg ?? { end: os.loadavg() };
  const avg = (l) => (l ? l.map((x) => x.toFixed(1)).join(" ") : "?");
  line("# People Log bench results");
  line();
  line(`Written by \`make bench\` (bench/run.mjs); raw samples in [results.json](results.json).`);
  line();
  line(`- Date: ${r.started} to ${r.finished}`);
  line(`- Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${kib(os.totalmem() / 1024)} MiB, ` +
    `${os.type()} ${os.release()}; load average (1, 5, 15 min) at the start ${avg(loads.start)}, at the end ${avg(loads.end)} ` +
    `(the bench's own browser and server count in it; a load far above that means something else ran)`);
  line(`- Browser: headless Chromium ${r.browser} (--disable-gpu --disable-gpu-vsync --disable-frame-rate-limit)`);
  line(`- Tools: node ${process.version}, ${Object.entries(tools).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const runs = r.interaction ?? r.config;
  line(`- Runs: ${runs.runs} measured after ${runs.warmups} warm-ups per page and CPU rate (interaction); ${r.config.perPage} rows per page; ` +
    `knobs: BENCH_RUNS, BENCH_WARMUPS, BENCH_CPU, BENCH_LOAD_RUNS, BENCH_BASELINE, BENCH_ONLY`);
  line();
  line("## Method");
  line();
  line("Each sample runs from the click's `EventDispatch` to the end of the first main-thread `Commit` after the");
  line("result is in the DOM, read from a Chrome trace (vsync and the frame-rate limit off, so frames are not");
  line("quantised to 16.7 ms). An injected probe marks the moment the result is in the DOM (row ticked and count");
  line("updated; every row ticked and the header checked; every row unticked; the next page's rows shown and no");
  line("longer busy) from a MutationObserver or, for a checkbox that changes no node, the next animation frame.");
  line("The click is a real CDP mouse event on the element's centre, after an untimed scroll and two frames.");
  line("Every page is open in its own tab; one run visits every page once, in an order that rotates run by run,");
  line("and each visit is one trace with the four ops in order (toggle, select page, deselect page, next page,");
  line("which fetches from the mock). CPU throttling by `Emulation.setCPUThrottlingRate`. Ratios compare medians");
  line("of the same run set. `lean (A/A)` is the lean page in a second tab: its ratio to `lean` is the noise floor.");
  line();
  line("Pages: **lean** (bench/lean.html: checkbox, name, email, status, role, teams, labels, borders only),");
  line("**same-markup** (bench/same-markup.html: the widget's markup, CSS and accessible names in a shadow root,");
  line("hand-written DOM updates: template clone per row, one delegated listener, a running count), **react**");
  line("(bench/react: the same markup and CSS in React 19 with TanStack Table's row model and row selection, built by");
  line("Vite from its package-lock.json, served with brotli copies like the widget), **widget**");
  line(`(the release build)${r.config.baseline ? `, **widget @${r.config.baseline}** (the release build of that commit, the code before this work)` : ""}.`);
  line();
  if (r.interaction) interaction(r.interaction, stats, line, r.config);
  if (r.failed) {
    line("## Parts that failed in this run");
    line();
    for (const [part, why] of Object.entries(r.failed)) line(`- ${part}: ${why}`);
    line();
  }
  if (r.load) load(r.load, stats, line);
  if (r.menu) menu(r.menu, stats, line);
  if (r.sizes) sizes(r.sizes, line);
  if (r.flows) flows(r.flows, line);
  if (r.dialogs) dialogs(r.dialogs, line);
  if (r.polling) polling(r.polling, line);
  if (r.scale) scale(r.scale, line);
  if (r.memory) memory(r.memory, line);
  if (r.profile) profile(r.profile, line);
  const notes = new URL("./NOTES.md", import.meta.url);
  if (existsSync(notes)) line(readFileSync(notes, "utf8"));
  return out.join("\n");
}

function interaction({ pages, samples }, stats, line, config) {
  const base = pages.find((p) => p.startsWith("widget @"));
  line("## Interaction (ms, median / p90)");
  line();
  const react = pages.includes("react");
  const head = ["op (CPU)", ...pages, "widget ÷ same-markup", "widget ÷ lean", "A/A: lean ÷ lean"];
  if (react) head.push("widget ÷ react");
  if (base) head.push(`widget ÷ ${base}`);
  line(`| ${head.join(" | ")} |`);
  line(`|---|${head.slice(1).map(() => "---:").join("|")}|`);
  const med = {};
  for (const key of Object.keys(samples)) {
    const [op, cpu] = key.split("@");
    const s = Object.fromEntries(pages.map((p) => [p, stats((samples[key][p] ?? []).map((x) => x.ms))]));
    med[key] = s;
    const ratio = (a, b) => f2(s[a].median / s[b].median);
    const cells = pages.map((p) => `${f1(s[p].median)} / ${f1(s[p].p90)}`);
    cells.push(ratio("widget", "same-markup"), ratio("widget", "lean"), ratio("lean (A/A)", "lean"));
    if (react) cells.push(ratio("widget", "react"));
    if (base) cells.push(ratio("widget", base));
    line(`| ${OPS[op]} (${cpu}×) | ${cells.join(" | ")} |`);
  }
  line();
  line("Bars (issue 8): widget ÷ same-markup ≤ 1.2 at 1× and 4×; widget ÷ lean ≤ 1.5 for toggle and header, ≤ 2 for next page.");
  if (react) line("Bar (issue 18): widget ÷ react < 1 on every op at 1× and 4×.");
  line();
  line(`| op (CPU) | ÷ same-markup ≤ 1.2 | ÷ lean bar | ÷ lean |${react ? " ÷ react < 1 |" : ""}`);
  line(`|---|---|---|---|${react ? "---|" : ""}`);
  for (const [key, s] of Object.entries(med)) {
    const [op, cpu] = key.split("@");
    const bar = op === "next" ? 2 : 1.5;
    const a = s.widget.median / s["same-markup"].median;
    const b = s.widget.median / s.lean.median;
    const c = react ? s.widget.median / s.react.median : null;
    const reactCell = react ? ` ${f2(c)} ${c < 1 ? "met" : "**missed**"} |` : "";
    line(`| ${OPS[op]} (${cpu}×) | ${f2(a)} ${a <= 1.2 ? "met" : "**missed**"} | ≤ ${bar} | ${f2(b)} ${b <= bar ? "met" : "**missed**"} |${reactCell}`);
  }
  line();
  line("### Where the time goes (main thread inside the sample, ms, medians)");
  line();
  line("| op (CPU) | page | total | script | style | layout | pre-paint | paint | commit |");
  line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const key of Object.keys(samples)) {
    const [op, cpu] = key.split("@");
    for (const p of pages.filter((p) => p !== "lean (A/A)")) {
      const xs = samples[key][p] ?? [];
      const ph = (k) => f1(stats(xs.map((x) => x.phases[k])).median);
      line(`| ${OPS[op]} (${cpu}×) | ${p} | ${f1(stats(xs.map((x) => x.ms)).median)} | ${ph("script")} | ${ph("style")} | ` +
        `${ph("layout")} | ${ph("prepaint")} | ${ph("paint")} | ${ph("commit")} |`);
    }
  }
  line();
}

function load(samples, stats, line) {
  line("## Load: first rows painted from a cold start (ms, median / p90, default page size)");
  line();
  line("From `navigationStart` to the end of the first Commit after the first rows are in the DOM; a new browser");
  line("context (empty cache) per sample. The mock sends the release build's brotli copies (scripts/precompress.mjs);");
  line("the plain pages' own files in bench/ have none and go uncompressed (they are a few KiB); the React page's have.");
  line();
  line("| network | page | median / p90 | script | style | layout | paint |");
  line("|---|---|---:|---:|---:|---:|---:|");
  for (const [net, pages] of Object.entries(samples)) {
    for (const [p, xs] of Object.entries(pages)) {
      const s = stats(xs.map((x) => x.ms));
      const ph = (k) => f1(stats(xs.map((x) => x.phases[k])).median);
      line(`| ${net} | ${p} | ${f1(s.median)} / ${f1(s.p90)} | ${ph("script")} | ${ph("style")} | ${ph("layout")} | ${ph("paint")} |`);
    }
  }
  line();
  line("Bars (issue 18): widget ÷ same-markup ≤ 1.15 on loopback and ≤ 1.3 at 1.6 Mbit/s; widget ÷ react < 1 on both.");
  line();
  line("| network | widget ÷ same-markup | widget ÷ react | A/A: lean ÷ lean (two halves of its samples) |");
  line("|---|---:|---:|---:|");
  for (const [net, pages] of Object.entries(samples)) {
    const m = (p) => (pages[p] ? stats(pages[p].map((x) => x.ms)).median : NaN);
    const lean = (pages.lean ?? []).map((x) => x.ms);
    const half = Math.floor(lean.length / 2);
    const aa = stats(lean.slice(half)).median / stats(lean.slice(0, half)).median;
    line(`| ${net} | ${f2(m("widget") / m("same-markup"))} | ${f2(m("widget") / m("react"))} | ${f2(aa)} |`);
  }
  line();
}

function menu(samples, stats, line) {
  line("## Opening Actions after 2 s idle (ms, median / p90, 1×)");
  line();
  line("One row selected, the page idle for 2 s (the batch part is fetched when the browser is idle after the");
  line("first rows), then a click on Actions: to the first Commit with the menu and its items shown. A new");
  line("browser context per sample.");
  line();
  line("| page | median / p90 |");
  line("|---|---:|");
  const med = {};
  for (const [p, xs] of Object.entries(samples)) {
    const s = stats(xs.map((x) => x.ms));
    med[p] = s.median;
    line(`| ${p} | ${f1(s.median)} / ${f1(s.p90)} |`);
  }
  const base = Object.keys(med).find((p) => p.startsWith("widget @"));
  if (base) line(`\nBar (issue 18): widget ÷ ${base} ≤ 1.2: ${f2(med.widget / med[base])}.`);
  line();
}

function sizes(list, line) {
  line("## Shipped files (brotli, quality 11)");
  line();
  if (list.error) return line(`Not measured: ${list.error}\n`);
  line("| file | bytes | brotli KiB |");
  line("|---|---:|---:|");
  for (const f of list) line(`| ${f.file} | ${f.bytes} | ${kib(f.brotli)} |`);
  line();
}

/** One flow's runs: how many had a long task, and the longest of each run. */
function longTaskCells(runs) {
  const list = Array.isArray(runs[0]) || runs.length === 0 ? runs : [runs]; // older results: one run
  const longest = list.map((tasks) => tasks.reduce((m, t) => Math.max(m, t.ms), 0));
  return `${list.filter((t) => t.length).length} / ${list.length} | ${longest.map((m) => (m ? f1(m) : "–")).join(", ")}`;
}

function flows(byPageSize, line) {
  line("## Long tasks over 50 ms during flows (1×)");
  line();
  line("The widget's flows, and the plain pages' load as a control for what the shared machine alone costs.");
  line();
  line("| page size | flow | runs with a long task | longest per run (ms) |");
  line("|---|---|---:|---|");
  for (const [size, flows] of Object.entries(byPageSize)) {
    for (const [flow, runs] of Object.entries(flows)) line(`| ${size} | ${flow} | ${longTaskCells(runs)} |`);
  }
  line();
}

function dialogs(byFlow, line) {
  line("## Long tasks over 50 ms: each action's dialog to its review, and a job to its summary (widget, 1×)");
  line();
  line("All 5,000 people selected (all matching), default page size. From the Actions button's click to the");
  line("review showing the server's dry run (pickers take their first choice); then Send notification is run");
  line("and followed to the job's summary.");
  line();
  line("| flow | runs with a long task | longest per run (ms) |");
  line("|---|---:|---|");
  for (const [flow, runs] of Object.entries(byFlow)) line(`| ${flow} | ${longTaskCells(runs)} |`);
  line();
}

function polling(x, line) {
  line("## Polling: a 5,000-user job followed from the tray");
  line();
  const v = x.visible;
  line("| page | server's interval (ms) | job ran (s) | polls | polls after the end | shortest gap (ms) | median gap (ms) |");
  line("|---|---:|---:|---:|---:|---:|---:|");
  line(`| visible | ${v.serverIntervalMs ?? "–"} | ${f1(v.seconds)} | ${v.polls} | ${v.afterEnd} | ${v.minGapMs ?? "–"} | ${v.medianGapMs ?? "–"} |`);
  line();
  const h = x.hidden;
  line(`Hidden (document.visibilityState overridden to \`hidden\` and \`visibilitychange\` dispatched, as the e2e spec`);
  line(`does: a headless tab is never hidden on its own) for ${f1(h.hiddenSeconds)} s of a running job: **${h.pollsWhileHidden}** polls;`);
  line(`shown again, the next poll left after ${h.msToFirstPollWhenShown} ms.`);
  line();
}

function scale(s, line) {
  line("## Scale: select all matching, then Send notification's review and Run");
  line();
  if (s.skipped) return line(`Not measured: ${s.skipped}\n`);
  line("| people | status | JS heap after GC (KiB): loaded → review → running | DOM nodes | request bodies (bytes) |");
  line("|---|---|---|---:|---|");
  for (const [label, x] of Object.entries(s)) {
    const bodies = x.requestBodies.map((b) => `${b.url} ${b.bytes}`).join("; ") || "none";
    const run = x.afterRun ? ` → ${kib(x.afterRun.jsHeap)}` : "";
    line(`| ${label} | ${x.status} | ${kib(x.before.jsHeap)} → ${kib(x.after.jsHeap)}${run} | ${x.after.nodes} | ${bodies} |`);
  }
  line();
}

function memory(m, line) {
  const flips = m.flips ?? { widget: m.series };
  const names = Object.keys(flips);
  line("## Memory: JS heap after a forced GC (KiB), across 10 page flips at 500 rows (next, previous, …)");
  line();
  line(`| after flip | ${names.join(" | ")} | widget: ArrayBuffer backing KiB | widget: DOM nodes | widget: JS listeners |`);
  line(`|---:|${names.map(() => "---:").join("|")}|---:|---:|---:|`);
  flips.widget.forEach((w, i) => {
    const heaps = names.map((n) => (flips[n][i] ? kib(flips[n][i].jsHeap) : "–"));
    line(`| ${i} | ${heaps.join(" | ")} | ${w.backing == null ? "–" : kib(w.backing)} | ${w.nodes} | ${w.listeners} |`);
  });
  line();
  const growth = (xs) => (xs.length > 2 ? (xs[xs.length - 1].jsHeap - xs[1].jsHeap) / 1024 / (xs.length - 2) : NaN);
  line(`Growth per flip after the first: ${names.map((n) => `${n} ${f1(growth(flips[n]))} KiB`).join(", ")}.`);
  line();
  if (m.dialogs) {
    line("### Across 5 dialog cycles (open an action, reach its review, close with Esc; 5,000 selected)");
    line();
    line("| after cycle | JS heap KiB | ArrayBuffer backing KiB | DOM nodes | JS listeners |");
    line("|---:|---:|---:|---:|---:|");
    m.dialogs.series.forEach((x, i) => line(`| ${i} | ${kib(x.jsHeap)} | ${x.backing == null ? "–" : kib(x.backing)} | ${x.nodes} | ${x.listeners} |`));
    line();
  }
}

function profile(byOp, line) {
  line("## Profile: self time by function (profiling build, 1×, 3 runs of each op summed, ms)");
  line();
  for (const [op, fns] of Object.entries(byOp)) {
    const top = Object.entries(fns).sort((a, b) => b[1] - a[1]).slice(0, 10);
    line(`**${OPS[op]}**: ${top.map(([n, ms]) => `\`${n.slice(0, 70)}\` ${f1(ms)}`).join(", ")}`);
    line();
  }
}
