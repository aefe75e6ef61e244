// One mock server and one browser session per spec file, in the engine E2E_ENGINE names; every test
// ends with no console errors and no CSP violations. `node --test` runs each spec file on its own:
// another page (the embed page) gets a `<page>.test.mjs` of its own calling `useMockAndBrowser`.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import assert from "node:assert/strict";
import { after, afterEach, before } from "node:test";
import { freePort, launch, until } from "./webdriver.mjs";

export const engine = process.env.E2E_ENGINE ?? "firefox";
export const fmt = (n) => n.toLocaleString("en-US");

/** `{ base, browser, api }`, filled in by `before`. */
export const ctx = {};

/** Starts the mock (release build, `dist/`) with extra flags, and the browser, around the file's tests. */
export function useMockAndBrowser(flags = []) {
  let server;
  before(async () => {
    const port = await freePort();
    ctx.base = `http://127.0.0.1:${port}`;
    server = spawn(
      "target/release/mock-api",
      ["--dist", "dist", "--host", "127.0.0.1", "--port", String(port), "--people", "5000", ...flags],
      { stdio: "ignore" },
    );
    await until("the mock API", () => fetch(`${ctx.base}/api/me`).then((r) => r.ok), 30_000);
    ctx.browser = await launch(engine);
  });
  afterEach(async () => {
    const errors = [...(await ctx.browser.pageErrors()), ...ctx.browser.consoleErrors()];
    assert.deepEqual(errors, [], `console errors or CSP violations in ${engine}`);
  });
  after(async () => {
    await ctx.browser?.quit();
    server?.kill();
  });
}

/** The mock's API, asked by the test itself. */
export async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
    body: JSON.stringify(body),
  };
  const res = await fetch(`${ctx.base}/api${path}`, init);
  assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`);
  return res.json();
}

/** Waits until the People table shows a settled result. */
export async function settled() {
  const { browser } = ctx;
  await until("the People region to settle", async () => {
    const region = await browser.find("region", "People");
    return region && (await browser.attr(region, "aria-busy")) === "false";
  }, 20_000);
  await browser.see(/\d[\d,]*–[\d,]+ of [\d,]+ users?|No users match these filters/, undefined, 20_000);
}
