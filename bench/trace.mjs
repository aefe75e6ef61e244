// Reading a Chrome trace: where one click's time went on the renderer's main thread.

/** Trace categories: the timeline (events, style, layout, paint, commit) and performance.mark. */
export const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8.execute",
  "toplevel",
];

/** Main-thread event names grouped as DevTools does; `script` includes wasm called from JS. */
export const PHASES = {
  script: ["EventDispatch", "FunctionCall", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "EvaluateScript",
    "v8.compile", "v8.compileModule", "V8.Execute", "XHRReadyStateChange", "v8.run", "ParseHTML"],
  style: ["UpdateLayoutTree", "RecalculateStyles", "ParseAuthorStyleSheet"],
  layout: ["Layout", "UpdateLayerTree"],
  prepaint: ["PrePaint"],
  paint: ["Paint", "PaintImage", "Layerize", "RasterTask"],
  commit: ["Commit"],
};

/** The trace's events, with the main thread of the renderer that recorded our marks. */
export function parse(buffer) {
  const json = JSON.parse(buffer.toString("utf8"));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const marker = events.find((e) => e.cat?.includes("blink.user_timing") && e.name?.startsWith("bench-"));
  if (!marker) throw new Error("trace has no bench-* marks: the page did not record the op");
  const threadNames = new Map();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const main = events.filter(
    (e) => e.pid === marker.pid && threadNames.get(`${e.pid}:${e.tid}`) === "CrRendererMain",
  );
  const marks = new Map();
  for (const e of events) {
    if (e.cat?.includes("blink.user_timing") && e.name?.startsWith("bench-") && !marks.has(e.name)) {
      marks.set(e.name, e.ts);
    }
  }
  const complete = main.filter((e) => e.ph === "X" && typeof e.dur === "number");
  complete.sort((a, b) => a.ts - b.ts);
  return { events, main: complete, marks };
}

/**
 * One op: from the click's EventDispatch (the first after `bench-start-<id>`) to the end of the first
 * main-thread Commit that starts after `bench-done-<id>` (the result is in the DOM by then), in ms,
 * with each phase's main-thread time inside that window (overlaps merged).
 */
export function measure(trace, id, eventType = "click") {
  const start = trace.marks.get(`bench-start-${id}`);
  const done = trace.marks.get(`bench-done-${id}`);
  if (start === undefined || done === undefined) throw new Error(`op ${id}: marks missing`);
  const dispatch = trace.main.find(
    (e) => e.name === "EventDispatch" && e.ts >= start && e.args?.data?.type === eventType,
  );
  if (!dispatch) throw new Error(`op ${id}: no ${eventType} EventDispatch in the trace`);
  const commit = trace.main.find((e) => e.name === "Commit" && e.ts >= done);
  if (!commit) throw new Error(`op ${id}: no Commit after the result`);
  const [from, to] = [dispatch.ts, commit.ts + commit.dur];
  return { ms: (to - from) / 1000, phases: phases(trace.main, from, to) };
}

/** Load: from navigation start to the end of the first Commit after the rows are in the DOM. */
export function measureLoad(trace, id) {
  const done = trace.marks.get(`bench-done-${id}`);
  const nav = trace.events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame !== false
    && e.args?.data?.documentLoaderURL?.startsWith("http"));
  if (!nav || done === undefined) throw new Error(`load ${id}: navigationStart or result mark missing`);
  const commit = trace.main.find((e) => e.name === "Commit" && e.ts >= done);
  if (!commit) throw new Error(`load ${id}: no Commit after the rows`);
  return { ms: (commit.ts + commit.dur - nav.ts) / 1000, phases: phases(trace.main, nav.ts, commit.ts + commit.dur) };
}

function phases(main, from, to) {
  const out = {};
  for (const [phase, names] of Object.entries(PHASES)) {
    const spans = main
      .filter((e) => names.includes(e.name) && e.ts < to && e.ts + e.dur > from)
      .map((e) => [Math.max(e.ts, from), Math.min(e.ts + e.dur, to)]);
    out[phase] = merged(spans) / 1000;
  }
  return out;
}

/** Total length of the union of [start, end] spans. */
function merged(spans) {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Median and 90th percentile (nearest rank). */
export function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return { median: NaN, p90: NaN, n: 0 };
  const at = (q) => v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
  const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return { median, p90: at(0.9), n: v.length };
}
