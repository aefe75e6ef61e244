// Load, long tasks in flows, scale, memory, sizes and a function-level profile of the widget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { CATEGORIES, measure, measureLoad, parse } from "./trace.mjs";
import { env, frames, log, openPage } from "./common.mjs";
import { ACTIONS, dialogFlows, dialogMemory, polling, selectAllMatching, settled, toReview } from "./dialogs.mjs";

const SLOW_NET = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

export async function extras(browser, config) {
  const want = (part) => !config.only || config.only.includes(part);
  const out = {};
  // One part failing (a timeout on a loaded machine) keeps the others' results, with the reason.
  const part = async (name, f) => {
    if (!want(name)) return;
    log(name);
    try {
      out[name] = await f();
    } catch (e) {
      log(`${name} failed: ${e.message.split("\n")[0]}`);
      out.failed = { ...out.failed, [name]: e.message.split("\n")[0] };
    }
  };
  await part("load", () => load(browser, config));
  await part("menu", () => menu(browser, config));
  await part("flows", () => flows(browser, config));
  await part("memory", () => memory(browser, config));
  if (config.profiling) await part("profile", () => profile(browser, config));
  // The parts that start jobs come last: a job ending reloads the rows of any page open then.
  await part("dialogs", () => dialogFlows(browser, config));
  await part("polling", () => polling(browser, config));
  await part("scale", () => scale(browser, config));
  out.sizes = sizes(env("BENCH_DIST", "target/bench/www"));
  return out;
}

/** First rows painted from a cold start (a new browser context each time), default page size. */
async function load(browser, config) {
  const specs = [
    { name: "lean", url: "/bench/lean.html" },
    { name: "same-markup", url: "/bench/same-markup.html" },
    { name: "react", url: "/bench/react/index.html" },
    { name: "widget", url: "/" },
  ];
  if (config.baseline) specs.push({ name: `widget @${config.baseline}`, url: "/baseline/" });
  const runs = Number(env("BENCH_LOAD_RUNS", 5));
  const samples = {};
  for (const net of ["loopback", "1.6 Mbit/s, 150 ms RTT"]) {
    for (let run = 0; run < runs + 1; run++) {
      for (const spec of specs.map((_, i) => specs[(i + run) % specs.length])) {
        const p = await openPage(browser, spec.url, { init: "window.__benchLoad = true;" });
        if (net !== "loopback") {
          await p.cdp.send("Network.enable");
          await p.cdp.send("Network.emulateNetworkConditions", SLOW_NET);
        }
        await browser.startTracing(p.page, { categories: CATEGORIES });
        let buffer;
        try {
          await p.page.goto(config.base + spec.url);
          await p.page.evaluate(() => window.__bench.wait("load", 60_000));
          await frames(p.page);
        } finally {
          buffer = await browser.stopTracing();
          await p.context.close();
        }
        // The first run of each page warms the server and the OS file cache, not the browser.
        if (run > 0) ((samples[net] ??= {})[spec.name] ??= []).push(measureLoad(parse(buffer), "load"));
      }
    }
  }
  return samples;
}

/** Opening Actions on a page that has been idle for 2 s (the batch part prefetched meanwhile), one
 * row selected: from the click to the first Commit with the menu and its items shown. 1×, a new
 * context each sample, the widget and the baseline build. */
async function menu(browser, config) {
  const specs = [{ name: "widget", url: "/" }];
  if (config.baseline) specs.push({ name: `widget @${config.baseline}`, url: "/baseline/" });
  const runs = Number(env("BENCH_LOAD_RUNS", 5));
  const samples = {};
  for (let run = 0; run < runs + 1; run++) {
    for (const spec of specs.map((_, i) => specs[(i + run) % specs.length])) {
      const p = await openPage(browser, spec.url);
      await p.page.goto(config.base + spec.url);
      await settled(p.page);
      await p.page.getByRole("checkbox", { name: /^Select (?!all )/ }).first().check();
      // The bar's "idle for 2 s": the part is fetched when the browser is idle after the first rows.
      await p.page.waitForTimeout(2000);
      const at = await p.page.evaluate(() => window.__bench.aim("button", "Actions ▾"));
      await frames(p.page);
      await browser.startTracing(p.page, { categories: CATEGORIES });
      let buffer;
      try {
        await p.page.evaluate(() => window.__bench.arm("menu", "menu"));
        await p.page.mouse.click(at.x, at.y);
        await p.page.evaluate(() => window.__bench.wait("menu", 30_000));
        await frames(p.page);
      } finally {
        buffer = await browser.stopTracing();
        await p.context.close();
      }
      if (run > 0) (samples[spec.name] ??= []).push(measure(parse(buffer), "menu"));
    }
  }
  return samples;
}

/** Every long task (> 50 ms) during load, select all matching and search, at 1×, BENCH_FLOW_RUNS
 * times each (a loaded machine stretches any task, so one run proves little). The plain pages' load
 * at the same sizes is the control: what the browser and the machine cost without the widget. */
async function flows(browser, config) {
  const runs = Number(env("BENCH_FLOW_RUNS", 3));
  const out = {};
  for (const perPage of [50, 500]) {
    const q = perPage === 50 ? "" : `?per_page=${perPage}`;
    const flow = {};
    const add = (name, tasks) => (flow[name] ??= []).push(tasks);
    for (let run = 0; run < runs; run++) {
      for (const [name, path] of [["lean", "/bench/lean.html"], ["same-markup", "/bench/same-markup.html"]]) {
        const p = await openPage(browser, path + q);
        await p.page.goto(config.base + path + q);
        await settled(p.page);
        await frames(p.page);
        add(`load (${name}, control)`, await p.page.evaluate(() => window.__bench.longTasks));
        await p.context.close();
      }
      const p = await openPage(browser, "/" + q);
      const { page } = p;
      const since = () => page.evaluate(() => performance.now());
      const tasks = (from) => page.evaluate((t) => window.__bench.longTasks.filter((e) => e.start >= t), from);
      await page.goto(config.base + "/" + q);
      await settled(page);
      await frames(page);
      add("load", await tasks(0));

      let t = await since();
      await page.getByRole("checkbox", { name: "Select all users on this page" }).click();
      await page.getByRole("button", { name: /^Select all [\d,]+ users that match/ }).click();
      await page.getByRole("status").filter({ hasText: /^5,000 selected/ }).waitFor();
      await frames(page);
      add("select all matching", await tasks(t));

      t = await since();
      await page.getByRole("searchbox", { name: "Search by name or email" }).pressSequentially("smith", { delay: 80 });
      await page.waitForURL(/q=smith/);
      await settled(page);
      await frames(page);
      add("search", await tasks(t));
      await p.context.close();
    }
    out[`${perPage} rows per page`] = flow;
  }
  return out;
}

async function heap(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const h = await cdp.send("Runtime.getHeapUsage");
  const dom = await cdp.send("Memory.getDOMCounters");
  return { jsHeap: h.usedSize, backing: h.backingStorageSize ?? null, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** Select all matching at 5,000 and at 1,000,000 people, open Send notification's review and run it:
 * the request bodies and the heap should not grow with the number of people. */
async function scale(browser, config) {
  if (!config.bigBase) return { skipped: "BENCH_BIG_URL not set (no mock with 1,000,000 people)" };
  const out = {};
  for (const [label, base] of [["5,000 people", config.base], ["1,000,000 people", config.bigBase]]) {
    const p = await openPage(browser, "/");
    const bodies = [];
    p.page.on("request", (r) => {
      const body = r.postData();
      if (body) bodies.push({ url: new URL(r.url()).pathname, bytes: Buffer.byteLength(body) });
    });
    await p.page.goto(base + "/");
    await settled(p.page);
    const before = await heap(p.cdp);
    await selectAllMatching(p.page);
    const status = await p.page.getByRole("status").filter({ hasText: /selected/ }).first().textContent();
    const dialog = await toReview(p.page, ACTIONS.find(([l]) => l === "Send notification"));
    const review = await heap(p.cdp);
    await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
    await dialog.getByRole("progressbar").waitFor();
    out[label] = { status, before, after: review, afterRun: await heap(p.cdp), requestBodies: bodies };
    await p.context.close();
  }
  return out;
}

/** JS heap and DOM after a forced GC across 10 page flips at 500 rows (next, previous, …), on the
 * widget and, for comparison, the two plain pages; then the widget across 5 dialog cycles. */
async function memory(browser, config) {
  const flips = {};
  const specs = [["widget", "/"], ["same-markup", "/bench/same-markup.html"], ["lean", "/bench/lean.html"]];
  for (const [name, path] of specs) {
    const url = `${path}?per_page=500`;
    const p = await openPage(browser, url);
    await p.page.goto(config.base + url);
    await settled(p.page);
    const series = [await heap(p.cdp)];
    for (let flip = 0; flip < 10; flip++) {
      const before = await p.page.evaluate(() => window.__bench.firstName());
      await p.page.getByRole("button", { name: flip % 2 ? "Previous page" : "Next page" }).click();
      await p.page.waitForFunction((b) => window.__bench.firstName() !== b, before);
      await settled(p.page);
      series.push(await heap(p.cdp));
    }
    flips[name] = series;
    await p.context.close();
  }
  return { flips, dialogs: await dialogMemory(browser, config, heap) };
}

/** Self time by function (the profiling build keeps wasm names) for each op, 1×. Clicks go through
 * the probe and CDP mouse events, not Playwright locators, whose own DOM queries would fill the profile. */
async function profile(browser, config) {
  const url = `/profiling/?per_page=${config.perPage}`;
  const p = await openPage(browser, url);
  await p.page.goto(config.base + url);
  await settled(p.page);
  await p.cdp.send("Profiler.enable");
  await p.cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const self = {};
  for (let run = 0; run < 3; run++) {
    const before = await p.page.evaluate(() => window.__bench.firstName());
    const ops = [
      ["toggle", "row", 3, "toggle", { row: 3 }],
      ["select", "header", null, "select"],
      ["deselect", "header", null, "deselect"],
      ["next", "button", "Next page", "next", { before }],
    ];
    for (const [op, target, arg, condition, condArg] of ops) {
      const at = await p.page.evaluate(([t, a]) => window.__bench.aim(t, a), [target, arg]);
      await frames(p.page);
      await p.page.evaluate(([i, c, a]) => window.__bench.arm(i, c, a), [op, condition, condArg]);
      await p.cdp.send("Profiler.start");
      await p.page.mouse.click(at.x, at.y);
      await p.page.evaluate((i) => window.__bench.wait(i, 30_000), op);
      await frames(p.page);
      const { profile: prof } = await p.cdp.send("Profiler.stop");
      accumulate((self[op] ??= {}), prof);
    }
  }
  await p.context.close();
  return self;
}

function accumulate(into, prof) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  prof.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = f.functionName || `(${f.url.split("/").pop() || "program"})`;
    if (name === "(idle)" || name === "(program)") return;
    into[name] = (into[name] ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000;
  });
}

/** Brotli (quality 11) of every file a page ships. */
function sizes(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const path = join(d, f);
      if (statSync(path).isDirectory()) {
        if (!["profiling", "baseline"].includes(f)) walk(path);
      } else if (/\.(html|js|mjs|wasm|css)$/.test(f)) {
        const raw = readFileSync(path);
        const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        out.push({ file: path.slice(dir.length + 1), bytes: raw.length, brotli: br });
      }
    }
  };
  try {
    walk(dir);
  } catch (e) {
    return { error: String(e) };
  }
  return out;
}
