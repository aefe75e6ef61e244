// `make bench`: interaction, load, flows, scale and memory of the widget against two plain pages
// and a React 19 + TanStack Table page of the same markup,
// in headless Chromium through Playwright and CDP. scripts/bench.sh builds and serves everything;
// this file drives the browser and writes bench/RESULTS.md and bench/results.json.
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { CATEGORIES, measure, parse, stats } from "./trace.mjs";
import { extras } from "./extras.mjs";
import { report } from "./report.mjs";
import { config, env, frames, launchArgs, log, openPage } from "./common.mjs";

/** The pages compared; the lean page twice (two tabs) gives the A/A noise floor. */
function pages() {
  const q = `per_page=${config.perPage}`;
  const list = [
    { name: "lean", url: `/bench/lean.html?${q}` },
    { name: "lean (A/A)", url: `/bench/lean.html?${q}` },
    { name: "same-markup", url: `/bench/same-markup.html?${q}` },
    { name: "react", url: `/bench/react/index.html?${q}` },
    { name: "widget", url: `/?${q}` },
  ];
  if (config.baseline) list.push({ name: `widget @${config.baseline}`, url: `/baseline/?${q}` });
  // BENCH_VARIANTS="name=file.css,…": the widget with that file's CSS in place of its own (start
  // from target/bench/www/bench/widget.css plus style/actions.css and jobs.css), to try a CSS change
  // before rebuilding.
  for (const v of config.variants) list.push({ name: v.name, url: `/?${q}`, init: cssVariant(v.css) });
  return list;
}

async function ready(p) {
  await p.page.goto(config.base + p.url);
  await p.page.waitForFunction(() => window.__bench.rowCount() > 0 && !window.__bench.disabled("Next page"), null, {
    timeout: 60_000,
  });
}

/** Aims at the target (untimed: scroll, two frames), arms the probe, clicks, waits for the result. */
async function click(page, id, target, arg, condition, condArg) {
  const at = await page.evaluate(([t, a]) => window.__bench.aim(t, a), [target, arg]);
  await frames(page);
  await page.evaluate(([i, c, a]) => window.__bench.arm(i, c, a), [id, condition, condArg]);
  await page.mouse.click(at.x, at.y);
  await page.evaluate((i) => window.__bench.wait(i, 30_000), id);
}

/** Toggle one row, header select, header deselect, next page: one trace, four samples. */
async function cycle(browser, p, run) {
  if (await p.page.evaluate(() => window.__bench.disabled("Next page"))) await ready(p);
  const row = 2 + (run % 10);
  const before = await p.page.evaluate(() => window.__bench.firstName());
  await browser.startTracing(p.page, { categories: CATEGORIES });
  let buffer;
  try {
    await click(p.page, "toggle", "row", row, "toggle", { row });
    await click(p.page, "select", "header", null, "select");
    await click(p.page, "deselect", "header", null, "deselect");
    await click(p.page, "next", "button", "Next page", "next", { before });
    await frames(p.page);
  } finally {
    buffer = await browser.stopTracing();
  }
  const trace = parse(buffer);
  return Object.fromEntries(["toggle", "select", "deselect", "next"].map((op) => [op, measure(trace, op)]));
}

async function interaction(browser) {
  const list = pages();
  const open = [];
  for (const spec of list) {
    const p = await openPage(browser, spec.url, { init: spec.init });
    await ready(p);
    open.push({ ...p, name: spec.name });
  }
  const samples = {};
  for (const cpu of config.throttles) {
    for (const p of open) await p.cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    for (let run = 0; run < config.warmups + config.runs; run++) {
      // Interleaved, and the order rotates run by run so no page always goes first.
      const order = open.map((_, i) => open[(i + run) % open.length]);
      for (const p of order) {
        await p.page.bringToFront();
        const result = await cycle(browser, p, run);
        if (run < config.warmups) continue;
        for (const [op, s] of Object.entries(result)) {
          ((samples[`${op}@${cpu}`] ??= {})[p.name] ??= []).push(s);
        }
      }
      log(`cpu ${cpu}× run ${run + 1}/${config.warmups + config.runs}${run < config.warmups ? " (warm-up)" : ""}`);
    }
  }
  for (const p of open) await p.context.close();
  return { pages: list.map((p) => p.name), samples, runs: config.runs, warmups: config.warmups };
}

async function main() {
  // BENCH_REPORT_ONLY=1: rewrite RESULTS.md from results.json (after editing NOTES.md), no browser.
  if (env("BENCH_REPORT_ONLY", "")) {
    const out = env("BENCH_OUT", "bench");
    writeFileSync(`${out}/RESULTS.md`, report(JSON.parse(readFileSync(`${out}/results.json`, "utf8")), stats));
    return log(`wrote ${out}/RESULTS.md`);
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: launchArgs });
  const started = new Date();
  // BENCH_ONLY re-runs some parts and keeps the others from the last results.json.
  const out = env("BENCH_OUT", "bench");
  const previous = config.only && existsSync(`${out}/results.json`) ? JSON.parse(readFileSync(`${out}/results.json`, "utf8")) : {};
  const results = {
    ...previous,
    started: previous.started ?? started.toISOString(),
    config: { ...config, ...previous.config },
    browser: browser.version(),
    tools: JSON.parse(env("BENCH_TOOLS", "{}")),
    loadavg: { start: previous.loadavg?.start ?? os.loadavg() },
  };
  try {
    if (!config.only || config.only.includes("interaction")) {
      log("interaction");
      results.interaction = await interaction(browser);
      // Kept at once: the interaction runs are most of the time.
      mkdirSync(out, { recursive: true });
      writeFileSync(`${out}/results.json`, JSON.stringify(results, null, 1));
    }
    Object.assign(results, await extras(browser, config));
  } finally {
    await browser.close();
  }
  results.finished = new Date().toISOString();
  results.loadavg.end = os.loadavg();
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/results.json`, JSON.stringify(results, null, 1));
  writeFileSync(`${out}/RESULTS.md`, report(results, stats));
  log(`wrote ${out}/RESULTS.md`);
}

function cssVariant(css) {
  return `(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const shadow = attach.call(this, init);
      new MutationObserver((_, o) => {
        const root = shadow.querySelector(".plb-root");
        if (!root) return;
        o.disconnect();
        // A constructed sheet in place of the widget's: the page's CSP blocks a <style>.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(${JSON.stringify(css)});
        shadow.adoptedStyleSheets = [sheet];
      }).observe(shadow, { childList: true });
      return shadow;
    };
  })();`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
