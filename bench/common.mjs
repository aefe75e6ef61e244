// What every part of the bench shares: the knobs, the browser flags, opening an instrumented page.
import { readFileSync } from "node:fs";

export const env = (k, d) => process.env[k] ?? d;
export const config = {
  base: env("BENCH_URL", "http://127.0.0.1:18090"),
  bigBase: env("BENCH_BIG_URL", ""),
  runs: Number(env("BENCH_RUNS", 15)),
  warmups: Number(env("BENCH_WARMUPS", 5)),
  throttles: env("BENCH_CPU", "1,4").split(",").map(Number),
  perPage: 500,
  baseline: env("BENCH_BASELINE", ""),
  profiling: env("BENCH_PROFILING", "") !== "",
  only: env("BENCH_ONLY", ""),
  variants: env("BENCH_VARIANTS", "")
    .split(",")
    .filter(Boolean)
    .map((v) => v.split("="))
    .map(([name, file]) => ({ name, css: readFileSync(file, "utf8") })),
};

export const launchArgs = [
  "--no-sandbox",
  "--disable-gpu",
  // vsync off: a frame is produced as soon as the main thread commits, so a sample ends when the
  // work ends rather than on the next 16.7 ms tick.
  "--disable-gpu-vsync",
  "--disable-frame-rate-limit",
  "--disable-background-networking",
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
  "--disable-component-update",
  "--no-first-run",
  "--enable-precise-memory-info",
];

const probe = readFileSync(new URL("./probe.js", import.meta.url), "utf8");

export async function openPage(browser, url, { init = "" } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init);
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, url };
}

export const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export function log(msg) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

