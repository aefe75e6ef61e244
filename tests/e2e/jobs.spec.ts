import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Page, type Request } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { people, settled } from "./helpers";

// Jobs (§8) against the mock. Jobs are started through the API (as the actions dialog will), then
// followed through the tray. A notification changes no user data, so the long jobs use it and the
// other spec files see the same people; Change role is undone by its own test.

type Job = {
  id: string;
  status: string;
  total: number;
  processed: number;
  succeeded: number;
  skipped: number;
  failed: number;
  reasons: { outcome: string; reason: string; count: number }[];
  retry_of: string | null;
  undo_of: string | null;
  reason: string | null;
};
type Body = { action: Record<string, unknown>; selection: Record<string, unknown>; reason?: string };

// Over 1,000 users: the server requires a reason (§14).
const NOTIFY_ALL: Body = {
  action: { kind: "send_notification", subject: "Quarterly update", message: "Hello" },
  selection: { type: "all_matching", filter: {}, expected_count: 5000 },
  reason: "Quarterly update for everyone",
};
const TERMINAL = /^(succeeded|completed_with_failures|failed|cancelled)$/;
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function startJob(request: APIRequestContext, body: Body): Promise<Job> {
  const res = await request.post("/api/batch-jobs", { data: body, headers: { "Idempotency-Key": randomUUID() } });
  expect(res.status(), await res.text()).toBe(202);
  return res.json();
}

async function jobNow(request: APIRequestContext, id: string): Promise<Job> {
  return (await request.get(`/api/batch-jobs/${id}`)).json();
}

async function waitForEnd(request: APIRequestContext, id: string): Promise<Job> {
  await expect.poll(async () => (await jobNow(request, id)).status, { timeout: 40_000 }).toMatch(TERMINAL);
  return jobNow(request, id);
}

/** Every result of a job with these outcomes, straight from the API. */
async function results(request: APIRequestContext, id: string, outcomes: string[]) {
  const rows: { user_id: number; name: string; email: string; outcome: string; reason: string }[] = [];
  for (let page = 1; ; page++) {
    const qs = outcomes.map((o) => `outcome=${o}`).join("&");
    const p = await (await request.get(`/api/batch-jobs/${id}/results?${qs}&per_page=500&page=${page}`)).json();
    rows.push(...p.items);
    if (page * 500 >= p.total) return rows;
  }
}

/** GETs of one job's status: the polls. */
function countPolls(page: Page, id: string) {
  const times: number[] = [];
  page.on("request", (r: Request) => {
    if (r.method() === "GET" && new URL(r.url()).pathname === `/api/batch-jobs/${id}`) times.push(Date.now());
  });
  return times;
}

async function openJobFromTray(page: Page, title: string) {
  const tray = page.getByRole("button", { name: /^Jobs/ });
  if ((await tray.getAttribute("aria-expanded")) !== "true") await tray.click();
  await page.getByRole("region", { name: "Jobs" }).getByRole("button", { name: title, exact: true }).first().click();
  // The job's dialog (a confirmation may open above it).
  const dialog = page.getByRole("dialog").filter({ has: page.getByRole("progressbar") });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function expectNoViolations(page: Page, state: string) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), state).toEqual([]);
}

/** RFC 4180 rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

test.describe.configure({ timeout: 90_000 });

test("a 5,000-user job: monotonic progress, the mock's counts and reasons, polls, CSV, axe @screenshot", async ({ page }) => {
  const preview = await (await page.request.post("/api/batch-jobs/preview", { data: NOTIFY_ALL })).json();
  expect(preview.will_fail).toBeGreaterThan(0);
  expect(preview.will_skip).toBeGreaterThan(0);
  const job = await startJob(page.request, NOTIFY_ALL);
  const polls = countPolls(page, job.id);
  await page.goto("/");
  await settled(page);
  await expect(page.getByRole("button", { name: "Jobs · 1 running" })).toBeVisible();
  const dialog = await openJobFromTray(page, "Send notification: Quarterly update");
  const bar = dialog.getByRole("progressbar", { name: "Progress of Send notification: Quarterly update" });
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        // The end first, then the bar: read the other way round, a job ending between the two
        // reads left a stale last value (4,700) beside "Done".
        const done = await dialog.getByText("Done with failures").isVisible();
        seen.push(Number(await bar.getAttribute("value")));
        return done;
      },
      { timeout: 40_000, intervals: [100] },
    )
    .toBe(true);
  expect(seen.some((v) => v > 0 && v < 5000), `progress shown on the way: ${seen}`).toBe(true);
  for (let i = 1; i < seen.length; i++) expect(seen[i], `progress ${seen.join(",")}`).toBeGreaterThanOrEqual(seen[i - 1]);
  expect(seen[seen.length - 1]).toBe(5000);
  await expect(dialog.getByText("5,000 of 5,000 users · 100%")).toBeVisible();

  const fmt = (n: number) => n.toLocaleString("en-US");
  const counts = dialog.locator("dl");
  await expect(counts.getByText("Succeeded", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(fmt(preview.will_change));
  await expect(counts.getByText("Skipped", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(fmt(preview.will_skip));
  await expect(counts.getByText("Failed", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(fmt(preview.will_fail));
  // docs/api.md: inactive users are skipped, bouncing mailboxes fail; a notification cannot be undone.
  await expect(dialog.getByText(`Email address bounced · ${fmt(preview.will_fail)} failed`)).toBeVisible();
  await expect(dialog.getByText(`User is inactive · ${fmt(preview.will_skip)} skipped`)).toBeVisible();
  await expect(dialog.getByText("Check the email address in the user's profile, then retry.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(dialog.getByRole("table", { name: "Skipped and failed users" })).toBeVisible();
  await expectNoViolations(page, "summary");
  // The README picture rewrites a tracked file: only `make screenshots` (SCREENSHOTS=1) takes it.
  if (process.env.SCREENSHOTS) {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: "docs/jobs-summary.png" });
  }

  // At most one poll per server-given interval (1 s), and none after the end.
  const final = await jobNow(page.request, job.id);
  expect(final.status).toBe("completed_with_failures");
  for (let i = 1; i < polls.length; i++) expect(polls[i] - polls[i - 1], `polls at ${polls}`).toBeGreaterThanOrEqual(900);
  const pollsAtEnd = polls.length;

  // The CSV: every failed and skipped user, all pages, cells safe for spreadsheets.
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download CSV" }).click();
  const text = readFileSync(await (await download).path(), "utf8");
  expect(text.startsWith("\ufeff")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(["User ID", "Name", "Email", "Outcome", "Reason", "What to do"]);
  const expected = await results(page.request, job.id, ["failed", "skipped"]);
  expect(rows.length).toBe(preview.will_fail + preview.will_skip);
  const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  expect(rows.map((r) => [Number(r[0]), r[1], r[2]])).toEqual(expected.map((e) => [e.user_id, safe(e.name), safe(e.email)]));
  for (const r of rows) for (const c of r) expect(c, "no cell a spreadsheet would run").not.toMatch(/^[=+\-@\t\r]/);
  expect(polls.length).toBe(pollsAtEnd);
});

test("reload in the middle of a job finds it in the tray, live, until the toast", async ({ page }) => {
  const job = await startJob(page.request, NOTIFY_ALL);
  await page.goto("/");
  await settled(page);
  await page.getByRole("button", { name: /^Jobs/ }).click();
  const item = page.getByRole("region", { name: "Jobs" }).getByRole("listitem").filter({ hasText: "Quarterly update" }).first();
  await expect(item.getByText("Running")).toBeVisible();
  await page.reload();
  await settled(page);
  await page.getByRole("button", { name: "Jobs · 1 running" }).click();
  await expect(item.getByText("Running")).toBeVisible();
  const progress = item.getByRole("progressbar");
  await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 20_000 }).toBeGreaterThan(0);
  // It finishes here: the toast (not focused; it stays because something failed) and the live region.
  const toast = page.getByRole("group", { name: "Job finished" });
  await expect(toast).toContainText(/^Sent “Quarterly update” to [\d,]+ users · [\d,]+ skipped · [\d,]+ failed/, { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: /^Sent “Quarterly update”/ })).toHaveCount(1);
  await expect(toast.getByRole("button", { name: "View summary" })).not.toBeFocused();
  expect((await jobNow(page.request, job.id)).status).toBe("completed_with_failures");
  await expectNoViolations(page, "toast");
  await toast.getByRole("button", { name: "View summary" }).click();
  await expect(page.getByRole("dialog").getByText("Done with failures")).toBeVisible();
});

test("Cancel asks first, then stops the job before the end", async ({ page }) => {
  const job = await startJob(page.request, NOTIFY_ALL);
  await page.goto("/");
  await settled(page);
  await page.getByRole("button", { name: "Jobs · 1 running" }).click();
  await expectNoViolations(page, "tray");
  const dialog = await openJobFromTray(page, "Send notification: Quarterly update");
  await expect(dialog.getByText("Time left")).toBeVisible();
  await expectNoViolations(page, "progress");
  await dialog.getByRole("button", { name: "Cancel job" }).click();
  const confirm = page.getByRole("dialog", { name: "Stop this job?" });
  await expect(confirm.getByRole("button", { name: "Keep running" })).toBeFocused();
  await confirm.getByRole("button", { name: "Stop job" }).click();
  await expect(dialog.getByText("Cancelled", { exact: true })).toBeVisible();
  const after = await jobNow(page.request, job.id);
  expect(after.status).toBe("cancelled");
  expect(after.processed).toBeLessThan(after.total);
  await expect(page.getByRole("group", { name: "Job finished" }).filter({ hasText: "cancelled after" })).toBeVisible();
});

test("Retry failed runs exactly the failed users, with its own progress", async ({ page }) => {
  const body: Body = { ...NOTIFY_ALL, selection: { type: "explicit", ids: ids(1, 2000) } };
  const job = await startJob(page.request, body);
  const original = await waitForEnd(page.request, job.id);
  expect(original.failed).toBeGreaterThan(0);
  await page.goto("/");
  await settled(page);
  const dialog = await openJobFromTray(page, "Send notification: Quarterly update");
  await dialog.getByRole("button", { name: "Retry failed" }).click();
  await expect(dialog.getByRole("heading", { name: "Retry failed: Send notification: Quarterly update" })).toBeVisible();
  await expect(dialog.getByText(`${original.failed} of ${original.failed} users · 100%`)).toBeVisible();
  const list = await (await page.request.get("/api/batch-jobs?mine=true")).json();
  const retry: Job = list.items.find((j: Job) => j.retry_of === job.id);
  expect(retry.total).toBe(original.failed);
  expect(retry.reason).toBe(NOTIFY_ALL.reason);
  const failedBefore = (await results(page.request, job.id, ["failed"])).map((r) => r.user_id);
  const retried = (await results(page.request, retry.id, [])).map((r) => r.user_id);
  expect(retried).toEqual(failedBefore);
});

test("Select failed users makes the selection exactly the failed users", async ({ page }) => {
  const job = await startJob(page.request, { ...NOTIFY_ALL, selection: { type: "explicit", ids: ids(1, 3000) } });
  const ended = await waitForEnd(page.request, job.id);
  expect(ended.failed).toBeGreaterThan(1);
  await page.goto("/");
  await settled(page);
  const dialog = await openJobFromTray(page, "Send notification: Quarterly update");
  await dialog.getByRole("button", { name: "Select failed users" }).click();
  await expect(dialog).toBeHidden();
  await expect(people(page).count).toHaveText(new RegExp(`^${ended.failed} selected`));
});

test("Undo of Change role asks, then restores every changed role", async ({ page }) => {
  const roles = async () => {
    const out = new Map<number, string>();
    for (let p = 1; p <= 10; p++) {
      const res = await (await page.request.get(`/api/people?per_page=500&page=${p}`)).json();
      for (const u of res.items) out.set(u.id, u.role);
    }
    return out;
  };
  const before = await roles();
  const job = await startJob(page.request, {
    action: { kind: "change_role", role: "curator" },
    selection: { type: "explicit", ids: ids(1, 400) },
    reason: "Curators for the spring courses",
  });
  const ended = await waitForEnd(page.request, job.id);
  expect(ended.succeeded).toBeGreaterThan(0);
  expect([...(await roles())].filter(([id, r]) => r !== before.get(id)).length).toBe(ended.succeeded);
  await page.goto("/");
  await settled(page);
  const dialog = await openJobFromTray(page, "Change role: Curator");
  // The undo carries its own reason, prefilled with the original's.
  const reason = dialog.getByRole("textbox", { name: "Reason (shown in the history)" });
  await expect(reason).toHaveValue("Curators for the spring courses");
  await reason.fill("Wrong list: curators are chosen by hand");
  await dialog.getByRole("button", { name: "Undo" }).click();
  const confirm = page.getByRole("dialog", { name: "Undo “Change role: Curator”?" });
  await expect(confirm).toContainText(`previous values for the ${ended.succeeded} users this job changed`);
  await confirm.getByRole("button", { name: "Undo changes" }).click();
  await expect(dialog.getByRole("heading", { name: "Undo: Change role: Curator" })).toBeVisible();
  await expect(dialog.getByText("Done", { exact: true })).toBeVisible({ timeout: 20_000 });
  expect(await roles()).toEqual(before);
  const undo = (await (await page.request.get("/api/batch-jobs?mine=true")).json()).items.find((j: Job) => j.undo_of === job.id);
  expect(undo.reason).toBe("Wrong list: curators are chosen by hand");
});

test("no poll while the page is hidden; one at once when it is visible again", async ({ page }) => {
  const job = await startJob(page.request, NOTIFY_ALL);
  const polls = countPolls(page, job.id);
  await page.goto("/");
  await settled(page);
  await page.getByRole("button", { name: "Jobs · 1 running" }).click();
  await expect.poll(() => polls.length).toBeGreaterThan(0);
  const setHidden = (hidden: boolean) =>
    page.evaluate((hidden) => {
      performance.setResourceTimingBufferSize(10_000);
      Object.defineProperty(document, "visibilityState", { value: hidden ? "hidden" : "visible", configurable: true });
      Object.defineProperty(document, "hidden", { value: hidden, configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
      return performance.now();
    }, hidden);
  const hiddenAt = await setHidden(true);
  await waitForEnd(page.request, job.id);
  // Polls the page started after it was hidden, by the browser's own resource timing.
  const startedSince = (t: number) =>
    page.evaluate(
      ([t, path]) =>
        performance
          .getEntriesByType("resource")
          .filter((e) => new URL(e.name).pathname === path && e.startTime > t).length,
      [t, `/api/batch-jobs/${job.id}`] as const,
    );
  expect(await startedSince(hiddenAt), "polls while hidden").toBe(0);
  const next = page.waitForRequest((r) => new URL(r.url()).pathname === `/api/batch-jobs/${job.id}`);
  await setHidden(false);
  await next;
  await expect(page.getByRole("group", { name: "Job finished" })).toBeVisible();
});

/** Selects all 5,000 users, and runs Send notification with `subject` from the action dialog; returns
 * the dialog, on its Run step. */
async function notifyEveryoneFromTheDialog(page: Page, subject: string) {
  await page.goto("/");
  await settled(page);
  await people(page).header.check();
  await page.getByRole("button", { name: "Select all 5,000 users that match these filters" }).click();
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await page.getByRole("menuitem", { name: "Send notification", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Send notification" });
  await dialog.getByRole("textbox", { name: "Subject" }).fill(subject);
  await dialog.getByRole("textbox", { name: "Message" }).fill("Hello");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await expect(dialog.getByRole("region", { name: "What will happen" })).toHaveAttribute("aria-busy", "false");
  // Over 1,000 users: the server requires a reason (§14).
  await dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ }).fill("Everyone needs to hear this");
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(dialog.getByRole("heading", { name: "Run" })).toBeVisible();
  return dialog;
}

test("Run in background: the dialog closes, the tray follows the job, a toast says when it ends", async ({ page }) => {
  const subject = `Background ${Date.now()}`;
  const dialog = await notifyEveryoneFromTheDialog(page, subject);
  await dialog.getByRole("button", { name: "Run in background" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Jobs · 1 running" }).click();
  const item = page.getByRole("region", { name: "Jobs" }).getByRole("listitem").filter({ hasText: subject });
  await expect(item.getByText("Running")).toBeVisible();
  const progress = item.getByRole("progressbar");
  await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 20_000 }).toBeGreaterThan(0);
  const toast = page.getByRole("group", { name: "Job finished" }).filter({ hasText: subject });
  await expect(toast).toContainText(new RegExp(`^Sent “${subject}” to [\\d,]+ users`), { timeout: 40_000 });
  await expect(item.getByText("Done with failures")).toBeVisible();
  await expect(page.getByRole("button", { name: "Jobs", exact: true })).toBeVisible();
});

test("Retry failed from the action dialog's summary is titled as the retry it shows", async ({ page }) => {
  const dialog = await notifyEveryoneFromTheDialog(page, `Retried ${Date.now()}`);
  const retry = dialog.getByRole("button", { name: "Retry failed" });
  await expect(retry).toBeVisible({ timeout: 40_000 });
  await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Send notification");
  await retry.click();
  await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Retry failed: Send notification");
  await expect(page.getByRole("dialog", { name: "Retry failed: Send notification" })).toBeVisible();
  // Ended before the next test, whose page would follow it.
  const list = await (await page.request.get("/api/batch-jobs?mine=true")).json();
  await waitForEnd(page.request, list.items.find((j: Job) => j.retry_of !== null).id);
});

test("a toast that comes while a dialog is open is above it, announced, and its buttons work", async ({ page }) => {
  const job = await startJob(page.request, { ...NOTIFY_ALL, action: { ...NOTIFY_ALL.action, subject: "Over the dialog" } });
  await page.goto("/");
  await settled(page);
  await people(page).rows.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await page.getByRole("menuitem", { name: "Add to team", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Add to team" });
  await expect(dialog).toBeVisible();
  const toast = page.getByRole("group", { name: "Job finished" }).filter({ hasText: "Over the dialog" });
  await expect(toast).toBeVisible({ timeout: 40_000 });
  expect((await jobNow(page.request, job.id)).status).toMatch(TERMINAL);
  // Announced: the live region is in the dialog, where assistive technology still reads.
  await expect(dialog.getByRole("status").filter({ hasText: /^Sent “Over the dialog”/ })).toHaveCount(1);
  // The pointer reaches it above the modal dialog (a click on an inert toast would not land).
  await toast.getByRole("button", { name: "Dismiss" }).click();
  await expect(toast).toBeHidden();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
