import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./actions-support";

// §7 on examples/embed.html: a mock LMS dashboard with hostile global CSS, its own links, query
// parameter and hash, and two instances: #people-main (mount(), pageSize 25, prefix plb1_) and
// #people-side (<people-log-batch>, page-size 50, en-DE: English words, German numbers, prefix plb2_). Runs on the actions
// specs' own mock, since it starts jobs.

test.describe.configure({ timeout: 90_000 });

const HOST_URL = "/embed.html?course=42#overview";

/** One widget instance, located inside its host element (Playwright pierces the open shadow root). */
function instance(page: Page, id: "people-main" | "people-side") {
  const host = page.locator(`#${id}`);
  return {
    id,
    host,
    results: host.getByRole("region", { name: "People" }),
    range: host.getByText(/^\d[\d.,]*–[\d.,]+ of [\d.,]+ users?$/),
    header: host.getByRole("checkbox", { name: "Select all users on this page" }),
    /** The selection bar's count while anything is selected. */
    selected: host.getByRole("status").filter({ hasText: /^[\d.,]+ (of [\d.,]+ )?selected/ }),
    nothingSelected: host.getByRole("status").filter({ hasText: /^No users selected$/ }),
  };
}
type Instance = ReturnType<typeof instance>;

async function settled(w: Instance) {
  await expect(w.results).toHaveAttribute("aria-busy", "false");
  await expect(w.range).toBeVisible();
}

async function pickStatus(w: Instance, status: string) {
  const toggle = w.host.getByRole("button", { name: /^Filters( · \d+)?$/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  const panel = w.host.getByRole("group", { name: "Filters" });
  await panel.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: status, exact: true }).check();
  await settled(w);
}

/** The page URL's query pairs and hash. */
function url(page: Page) {
  const u = new URL(page.url());
  return { params: [...u.searchParams.entries()], hash: u.hash };
}
function keysOf(page: Page, prefix: string) {
  return url(page).params.filter(([k]) => k.startsWith(prefix));
}

/** The host's event log as [instance id, event name, detail]. */
async function events(page: Page): Promise<[string, string, Record<string, unknown>][]> {
  const items = await page.getByRole("list", { name: "Events the host received" }).getByRole("listitem").allTextContents();
  return items.map((line) => {
    const [id, name, ...rest] = line.split(" ");
    return [id, name, JSON.parse(rest.join(" "))];
  });
}

async function total(page: Page, query: string): Promise<number> {
  return (await (await page.request.get(`/api/people?${query}`)).json()).total;
}

/** Filter by status, select all matching, send a notification, wait for the host to hear it end. */
async function coreFlow(page: Page, w: Instance, status: [label: string, wire: string], locale: string) {
  await pickStatus(w, status[0]);
  const n = await total(page, `status=${status[1]}`);
  const fmt = n.toLocaleString(locale);
  await w.header.check();
  await w.host.getByRole("button", { name: `Select all ${fmt} users that match these filters` }).click();
  await expect(w.host.getByText(`All ${fmt} users are selected.`)).toBeVisible();
  await w.host.getByRole("button", { name: "Actions", exact: true }).click();
  await w.host.getByRole("menuitem", { name: "Send notification", exact: true }).click();
  const dialog = w.host.getByRole("dialog", { name: "Send notification" });
  await dialog.getByRole("textbox", { name: "Subject" }).fill(`Hello from ${w.id}`);
  await dialog.getByRole("textbox", { name: "Message" }).fill("A message from the embed test.");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await expect(dialog.getByRole("region", { name: "What will happen" })).toHaveAttribute("aria-busy", "false");
  // Over 1,000 users a reason is required (§14); the active users are.
  await dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ }).fill(`Embed check of ${w.id}`);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect
    .poll(async () => (await events(page)).find(([id, name]) => id === w.id && name === "people-log:job-finished"), {
      timeout: 45_000,
    })
    .toBeTruthy();
  const log = (await events(page)).filter(([id]) => id === w.id);
  const started = log.find(([, name]) => name === "people-log:job-started")![2];
  const finished = log.find(([, name]) => name === "people-log:job-finished")![2];
  expect(started).toMatchObject({ action: "send_notification", total: n });
  // The detail is the server's final word on the job.
  const job = await (await page.request.get(`/api/batch-jobs/${started.jobId}`)).json();
  expect(job.total).toBe(n);
  expect(finished).toEqual({
    jobId: job.id,
    action: "send_notification",
    title: job.title,
    status: job.status,
    total: n,
    processed: n,
    succeeded: job.succeeded,
    skipped: job.skipped,
    failed: job.failed,
  });
  expect(log.some(([, name, d]) => name === "people-log:selection-change" && d.mode === "all_matching" && d.count === n)).toBe(true);
  // After the run the widget starts the next selection.
  await expect(w.nothingSelected).toBeVisible();
  await dialog.press("Escape");
  await expect(dialog).toBeHidden();
  return n;
}

test("both instances load, each with its own page size and locale, in a hostile host", async ({ page }) => {
  await page.goto(HOST_URL);
  const [main, side] = [instance(page, "people-main"), instance(page, "people-side")];
  const n = await total(page, "");
  await settled(main);
  await settled(side);
  await expect(main.range).toHaveText(`1–25 of ${n.toLocaleString("en-US")} users`);
  await expect(side.range).toHaveText(`1–50 of ${n.toLocaleString("en-DE")} users`);
  await expect(main.host.getByRole("table", { name: "Users" }).getByRole("rowgroup").nth(1).getByRole("row")).toHaveCount(25);
  await expect(side.host.getByRole("table", { name: "Users" }).getByRole("rowgroup").nth(1).getByRole("row")).toHaveCount(50);
  expect(url(page)).toEqual({ params: [["course", "42"]], hash: "#overview" });
});

test("the core flow in each instance leaves the other's view, URL keys and selection alone", async ({ page }) => {
  await page.goto(HOST_URL);
  const [main, side] = [instance(page, "people-main"), instance(page, "people-side")];
  await settled(main);
  await settled(side);
  const sideRange = await side.range.textContent();

  await coreFlow(page, main, ["Invitation pending", "invited"], "en-US");
  expect(keysOf(page, "plb1_")).toEqual([["plb1_status", "invited"]]);
  expect(keysOf(page, "plb2_")).toEqual([]);
  expect(url(page).params[0]).toEqual(["course", "42"]);
  expect(url(page).hash).toBe("#overview");
  await expect(side.range).toHaveText(sideRange!);
  await expect(side.nothingSelected).toBeVisible();

  // The other way round: the side instance's selection and view; main keeps its filter.
  const mainRange = await main.range.textContent();
  await side.host.getByRole("checkbox", { name: /^Select / }).nth(1).check();
  await expect(side.selected).toHaveText(/^1 selected/);
  await coreFlow(page, side, ["Active", "active"], "en-DE");
  expect(keysOf(page, "plb2_")).toEqual([["plb2_status", "active"]]);
  expect(keysOf(page, "plb1_")).toEqual([["plb1_status", "invited"]]);
  expect(url(page).params[0]).toEqual(["course", "42"]);
  expect(url(page).hash).toBe("#overview");
  await expect(main.range).toHaveText(mainRange!);
  // The side's selection events name the side; main's selection was never touched by them.
  const sideSelections = (await events(page)).filter(([id, name]) => id === "people-side" && name.endsWith("selection-change"));
  expect(sideSelections[0][2]).toEqual({ count: 1, mode: "explicit" });
});

test("back and forward restore each instance; the host's parameter and hash survive", async ({ page }) => {
  await page.goto(HOST_URL);
  const [main, side] = [instance(page, "people-main"), instance(page, "people-side")];
  await settled(main);
  await settled(side);
  const [mainAll, sideAll] = [await main.range.textContent(), await side.range.textContent()];
  await pickStatus(main, "Active");
  const mainActive = await main.range.textContent();
  await main.host.getByRole("button", { name: "Next page" }).click();
  await expect(main.range).not.toHaveText(mainActive!);
  await settled(main);
  const mainPage2 = await main.range.textContent();
  await pickStatus(side, "Inactive");
  const sideInactive = await side.range.textContent();
  expect(url(page)).toEqual({
    params: [["course", "42"], ["plb1_status", "active"], ["plb1_page", "2"], ["plb2_status", "inactive"]],
    hash: "#overview",
  });

  const expectView = async (m: string | null, s: string | null, params: string[][]) => {
    await expect(main.range).toHaveText(m!);
    await expect(side.range).toHaveText(s!);
    expect(url(page)).toEqual({ params, hash: "#overview" });
  };
  await page.goBack();
  await expectView(mainPage2, sideAll, [["course", "42"], ["plb1_status", "active"], ["plb1_page", "2"]]);
  await page.goBack();
  await expectView(mainActive, sideAll, [["course", "42"], ["plb1_status", "active"]]);
  await page.goBack();
  await expectView(mainAll, sideAll, [["course", "42"]]);
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expectView(mainPage2, sideInactive, [
    ["course", "42"],
    ["plb1_status", "active"],
    ["plb1_page", "2"],
    ["plb2_status", "inactive"],
  ]);
});

/** A few computed styles of the widget's own elements, which no host rule may change. */
async function styles(scope: Locator | Page) {
  const read = (l: Locator, props: string[]) =>
    l.evaluate((el, props) => props.map((p) => getComputedStyle(el).getPropertyValue(p)), props);
  // The Actions button is a stand-in until the batch part is in (its Jobs button is enabled), then the
  // part's own: read the one that stays.
  await expect(scope.getByRole("button", { name: "Jobs" })).toBeEnabled();
  const actions = scope.getByRole("button", { name: "Actions", exact: true });
  const header = scope.getByRole("checkbox", { name: "Select all users on this page" });
  const table = scope.getByRole("table", { name: "Users" });
  const search = scope.getByRole("searchbox", { name: "Search by name or email" });
  return {
    actions: await read(actions, ["font-family", "font-size", "box-sizing", "display", "padding-left", "border-top-style"]),
    header: await read(header, ["display", "box-sizing"]),
    table: await read(table, ["display", "font-family", "font-size"]),
    search: await read(search, ["font-family", "font-size", "box-sizing"]),
  };
}

test("the host's hostile CSS changes no computed style inside the widget", async ({ page }) => {
  // The demo's own widget, wide and at a sidebar's width (where the table is a condensed list),
  // against the host's instances of the same widths.
  const standalone = async (width: number) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    await expect(page.getByRole("region", { name: "People" })).toHaveAttribute("aria-busy", "false");
    return styles(page);
  };
  const wide = await standalone(1280);
  const narrow = await standalone(400);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(HOST_URL);
  for (const [id, expected] of [["people-main", wide], ["people-side", narrow]] as const) {
    const w = instance(page, id);
    await settled(w);
    expect(await styles(w.host), id).toEqual(expected);
  }
});

test("the host's own links navigate the host as usual", async ({ page }) => {
  await page.goto(HOST_URL);
  const main = instance(page, "people-main");
  await pickStatus(main, "Active");
  await page.getByRole("navigation", { name: "LMS" }).getByRole("link", { name: "Reports" }).click();
  await expect(page).toHaveURL(/\/embed\.html\?tab=reports#reports$/);
  await settled(instance(page, "people-main"));
  await page.getByRole("navigation", { name: "LMS" }).getByRole("link", { name: "Standalone demo" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "People", exact: true })).toBeVisible();
});

test.describe("an expired session", () => {
  // The browser logs every refused request as a console error; these 401s are the test's own.
  test.use({ expectedConsoleErrors: [/status of 401/] });

  const expiries = async (page: Page, id: string) =>
    (await events(page)).filter(([who, name]) => who === id && name === "people-log:session-expired");

  test("401 on a page load: said in the table and once to the host; setHeaders, then Retry loads it", async ({ page }) => {
    await page.goto(HOST_URL);
    const main = instance(page, "people-main");
    await settled(main);
    // The host's token expires (the mock refuses "Bearer expired" with 401 on every path); the
    // host's button calls widget.setHeaders.
    await page.getByRole("button", { name: "Simulate an expired token" }).click();
    await main.host.getByRole("button", { name: "Next page" }).click();
    const alert = main.results.getByRole("alert");
    await expect(alert).toContainText("Your session has expired.");
    // Refused again: the same expiry, still one event.
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(main.results).toHaveAttribute("aria-busy", "false");
    await expect(alert).toContainText("Your session has expired.");
    await expect.poll(async () => (await expiries(page, "people-main")).length).toBe(1);
    expect((await expiries(page, "people-main"))[0][2]).toEqual({ status: 401 });

    await page.getByRole("button", { name: "Refresh the token" }).click();
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(main.range).toHaveText(/^26–50 of /);
    expect((await expiries(page, "people-main")).length).toBe(1);
    expect(await expiries(page, "people-side")).toEqual([]);
  });

  test("401 on Run: the dialog keeps what was typed; new headers on the element, then Retry runs it", async ({ page }) => {
    await page.goto(HOST_URL);
    const side = instance(page, "people-side");
    await settled(side);
    await side.host.getByRole("checkbox", { name: /^Select / }).nth(1).check();
    await side.host.getByRole("checkbox", { name: /^Select / }).nth(2).check();
    await side.host.getByRole("button", { name: "Actions", exact: true }).click();
    await side.host.getByRole("menuitem", { name: "Send notification", exact: true }).click();
    const dialog = side.host.getByRole("dialog", { name: "Send notification" });
    await dialog.getByRole("textbox", { name: "Subject" }).fill("Token refresh");
    await dialog.getByRole("textbox", { name: "Message" }).fill("Typed before the session expired.");
    await dialog.getByRole("button", { name: "Review", exact: true }).click();
    await expect(dialog.getByRole("region", { name: "What will happen" })).toHaveAttribute("aria-busy", "false");

    // The host's token code (not a click: the open modal dialog makes the host page inert) sets
    // the element's `headers` property.
    const setHeaders = (token: string) =>
      page.evaluate((token) => {
        (document.getElementById("people-side") as HTMLElement & { headers: object }).headers = {
          Authorization: `Bearer ${token}`,
        };
      }, token);
    await setHeaders("expired");
    await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("Your session has expired.");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(alert).toContainText("Your session has expired.");
    await expect.poll(async () => (await expiries(page, "people-side")).length).toBe(1);

    await setHeaders("renewed");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect
      .poll(async () => (await events(page)).find(([id, name]) => id === "people-side" && name === "people-log:job-started"))
      .toBeTruthy();
    const started = (await events(page)).find(([, name]) => name === "people-log:job-started")![2];
    const job = await (await page.request.get(`/api/batch-jobs/${started.jobId}`)).json();
    expect(job.action).toMatchObject({ kind: "send_notification", subject: "Token refresh", message: "Typed before the session expired." });
    expect(job.total).toBe(2);
    expect((await expiries(page, "people-side")).length).toBe(1);
  });
});

// docs/embedding.md's picture. Only `make screenshots` takes it (SCREENSHOTS=1), so `make test`
// never rewrites a tracked file.
test("docs screenshot of embed.html with both instances @screenshot", async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, "taken by `make screenshots`");
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(HOST_URL);
  const [main, side] = [instance(page, "people-main"), instance(page, "people-side")];
  await settled(main);
  await settled(side);
  await main.host.getByRole("checkbox", { name: /^Select / }).nth(1).check();
  await side.host.getByRole("checkbox", { name: /^Select / }).nth(2).check();
  await expect(page.getByRole("list", { name: "Events the host received" }).getByRole("listitem")).toHaveCount(2);
  await page.screenshot({ path: "docs/embed.png" });
});
