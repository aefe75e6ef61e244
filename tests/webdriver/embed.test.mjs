// The embed page (examples/embed.html) in one engine: two instances in a hostile host page, each a
// guest in the host's URL, telling the host what happened.
import assert from "node:assert/strict";
import { test } from "node:test";
import { until } from "./webdriver.mjs";
import { ctx, useMockAndBrowser } from "./setup.mjs";

useMockAndBrowser();

const RANGE = /\d[\d.,]*–[\d.,]+ of [\d.,]+ users?/;

/** The page's URL as its query pairs and hash. */
async function location() {
  const href = await ctx.browser.run("return location.href;");
  const url = new URL(href);
  return { params: [...url.searchParams.entries()], hash: url.hash, path: url.pathname };
}

/** Waits until the instance inside host element `#id` shows a settled page of results. */
async function settledIn(id) {
  const b = ctx.browser;
  const host = await b.run("return document.getElementById(arguments[0]);", id);
  await until(`#${id} to settle`, async () => {
    const region = await b.find("region", "People", host);
    return region && (await b.attr(region, "aria-busy")) === "false";
  }, 30_000);
  await b.see(RANGE, host, 20_000);
  return host;
}

test("two instances: each keeps its own URL keys and selection, the host's query and hash survive, events reach the host", async () => {
  const { browser: b, base } = ctx;
  await b.goto(`${base}/embed.html?course=42#overview`);
  const main = await settledIn("people-main");
  const side = await settledIn("people-side");
  await b.see("1–25 of 5,000 users", main);
  // The side instance formats numbers in its own locale (en-DE: English words, German numbers).
  await b.see("1–50 of 5.000 users", side);

  // The main instance navigates: its key under its prefix; the host's parameter and hash stay.
  await b.click("button", "Next page", main);
  await b.see("26–50 of 5,000 users", main, 20_000);
  let url = await location();
  assert.deepEqual(url.params, [["course", "42"], ["plb1_page", "2"]]);
  assert.equal(url.hash, "#overview");
  await b.see("1–50 of 5.000 users", side);

  // The side instance navigates too; the main instance's key stays as it was.
  await b.click("button", "Next page", side);
  await b.see("51–100 of 5.000 users", side, 20_000);
  url = await location();
  assert.deepEqual(url.params, [["course", "42"], ["plb1_page", "2"], ["plb2_page", "2"]]);
  assert.equal(url.hash, "#overview");

  // Select one user in the main instance and run an action to its end; the side stays unselected.
  await b.click("checkbox", /^Select (?!all )/, main);
  await b.get("status", "1 selected", main);
  await b.get("status", "No users selected", side);
  await b.click("button", "Actions", main);
  await b.click("menuitem", "Add labels", main);
  const dialog = await b.get("dialog", "Add labels", main);
  const labels = await b.get("group", "Labels", dialog);
  await b.clickElement(await b.run("return arguments[0].querySelector('input[type=checkbox]');", labels));
  await b.click("button", "Review", dialog);
  await b.see(/Add labels .* to 1 user/, dialog, 20_000);
  await b.click("button", "Add labels", dialog);
  await b.see(/Done/, dialog, 30_000);

  // The host's log heard both ends of the job from the main instance.
  const log = await b.run("return document.getElementById('event-log');");
  await b.see(/people-main people-log:job-started /, log, 10_000);
  await b.see(/people-main people-log:job-finished .*"status":"(succeeded|completed_with_failures)"/, log, 30_000);
  const lines = await b.run("return [...document.querySelectorAll('#event-log li')].map((li) => li.textContent);");
  assert.ok(!lines.some((l) => l.startsWith("people-side people-log:job")), `only the main instance ran a job: ${lines}`);

  await b.click("button", "Close", dialog);
  // The host's own links still navigate the host (the page's listeners go with it: check them first).
  assert.deepEqual(await b.pageErrors(), [], "errors or CSP violations before the host navigated");
  await b.click("link", "Courses");
  await until("the host's link to navigate", async () => (await location()).params.some(([k, v]) => k === "course" && v === "7"), 20_000);
  await b.watch();
  url = await location();
  assert.deepEqual(url.params, [["course", "7"]]);
  assert.equal(url.hash, "#overview");
  await settledIn("people-main");
  await settledIn("people-side");
});
