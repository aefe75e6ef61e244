import type { Locator, Page } from "@playwright/test";
import {
  test,
  expect,
  expectNoViolations,
  finished,
  jobs,
  newJobs,
  openAction,
  options,
  processedIds,
  selectAllMatching,
  type Job,
} from "./actions-support";

// A pilot run (§13): the job tries the action on a few users spread across the selection, waits
// for the admin, then runs exactly the rest, or stops and can be undone.

test.describe.configure({ timeout: 90_000 });

/** Configures Add labels with one label (each test its own: the specs share one mock) and moves
 * on to Review. */
async function reviewAddLabels(page: Page, dialog: Locator, index: number) {
  const o = await options(page);
  const label = o.labels[index].name;
  const labels = dialog.getByRole("group", { name: "Labels" });
  await labels.getByRole("searchbox", { name: "Search Labels" }).fill(label);
  await labels.getByRole("checkbox", { name: label, exact: true }).check();
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  return label;
}

/** The job the dialog created, once the pilot has paused it. */
async function pausedJob(page: Page, before: Job[]): Promise<Job> {
  const created = await newJobs(page, before);
  expect(created).toHaveLength(1);
  await expect.poll(async () => (await (await page.request.get(`/api/batch-jobs/${created[0].id}`)).json()).status).toBe("paused");
  return (await page.request.get(`/api/batch-jobs/${created[0].id}`)).json();
}

test("a pilot of 10 over every user: inspect it, continue, and every user is processed once", async ({ page }) => {
  const total = await selectAllMatching(page, "");
  const before = await jobs(page);
  const dialog = await openAction(page, "Add labels");
  const label = await reviewAddLabels(page, dialog, 7);

  const pilot = dialog.getByRole("checkbox", { name: "Try on 10 first" });
  await pilot.check();
  const size = dialog.getByRole("spinbutton", { name: "Users to try first" });
  // What the server would refuse is said at the field, in its words, and what was typed stays.
  await size.fill("500");
  await dialog.getByRole("textbox", { name: /^Reason/ }).fill("Fire-safety refresher for everyone");
  await dialog.getByRole("button", { name: "Add labels", exact: true }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "Try the action on 1 to 100 users first" })).toBeVisible();
  await expect(size).toBeFocused();
  await expect(size).toHaveValue("500");
  await size.fill("10");
  // Every user: the 5,000 seeded, less any an earlier spec on this mock deleted.
  const fmt = (n: number) => n.toLocaleString("en-US");
  await expect(dialog.getByText(`Add labels ${label} to ${fmt(total)} users: 10 first, then the rest once you confirm`, { exact: true })).toBeVisible();
  await expectNoViolations(page, "review with a pilot");
  await dialog.getByRole("button", { name: "Add labels", exact: true }).click();

  // The pilot's ten users, spread across the selection, each with the outcome.
  await expect(dialog.getByRole("heading", { name: "Tried on 10 users: check how it went" })).toBeVisible();
  const job = await pausedJob(page, before);
  expect(job.total).toBe(total);
  const tried = dialog.getByRole("table", { name: "Users of the pilot" }).getByRole("row");
  await expect(tried).toHaveCount(11);
  const pilotIds = await processedIds(page.request, job.id);
  expect(pilotIds).toHaveLength(10);
  expect(pilotIds[9] - pilotIds[0], "spread across the selection, not the first ten").toBeGreaterThan(total / 2);
  await expectNoViolations(page, "pilot done");

  // Paused: nothing polls it until the admin decides.
  let polled = 0;
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === `/api/batch-jobs/${job.id}`) polled++;
  });
  await page.getByRole("button", { name: `Continue with the remaining ${fmt(total - 10)}`, exact: true }).click();
  await expect(dialog.getByRole("heading", { name: "Tried on 10 users: check how it went" })).toBeHidden();
  const done = await finished(page.request, job.id);
  expect(polled, "polled again once it runs").toBeGreaterThan(0);
  expect(done.status).toBe("succeeded");
  expect(done.processed).toBe(total);
  const all = await processedIds(page.request, job.id);
  expect(all).toHaveLength(total);
  expect(new Set(all).size).toBe(total);
});

test("stop after the pilot, then undo the pilot's users", async ({ page }) => {
  await selectAllMatching(page, "status=active");
  const before = await jobs(page);
  const dialog = await openAction(page, "Add labels");
  await reviewAddLabels(page, dialog, 8);
  await dialog.getByRole("checkbox", { name: "Try on 10 first" }).check();
  await dialog.getByRole("spinbutton", { name: "Users to try first" }).fill("5");
  await expect(dialog.getByRole("checkbox", { name: "Try on 5 first" })).toBeChecked();
  await dialog.getByRole("textbox", { name: /^Reason/ }).fill("Trying the new label");
  await dialog.getByRole("button", { name: "Add labels", exact: true }).click();

  await expect(dialog.getByRole("heading", { name: "Tried on 5 users: check how it went" })).toBeVisible();
  const job = await pausedJob(page, before);
  // The users the pilot changed (one that already had the label is skipped, and not undone).
  const changed = (await (await page.request.get(`/api/batch-jobs/${job.id}/results?outcome=succeeded&per_page=100`)).json()).items.map(
    (r: { user_id: number }) => r.user_id,
  );
  expect(changed.length).toBeGreaterThan(0);

  // Waiting for the admin, across a reload: the tray says so, and the job opens on its decision.
  await page.reload();
  const tray = page.getByRole("button", { name: "Jobs · 1 waiting for you" });
  await tray.click();
  const item = page.getByRole("region", { name: "Jobs" }).getByRole("listitem").filter({ hasText: job.title });
  await expect(item).toContainText("Waiting for you");
  await item.getByRole("button", { name: job.title, exact: true }).click();
  const jobDialog = page.getByRole("dialog").filter({ has: page.getByRole("progressbar") });
  await expect(jobDialog.getByRole("heading", { name: "Tried on 5 users: check how it went" })).toBeVisible();
  await expect(jobDialog.getByRole("table", { name: "Users of the pilot" }).getByRole("row")).toHaveCount(6);
  await jobDialog.getByRole("button", { name: "Stop here", exact: true }).click();
  await expect(jobDialog.getByRole("region", { name: "Summary" })).toBeVisible();
  const stopped = await finished(page.request, job.id);
  expect(stopped.status).toBe("cancelled");
  expect(stopped.processed).toBe(5);

  await jobDialog.getByRole("button", { name: "Undo", exact: true }).click();
  await page.getByRole("dialog", { name: /^Undo “/ }).getByRole("button", { name: "Undo changes" }).click();
  const undo = (await newJobs(page, [...before, job])).find((j) => j.id !== job.id)!;
  await finished(page.request, undo.id);
  expect(await processedIds(page.request, undo.id)).toEqual([...changed].sort((a, b) => a - b));
});

test("a backend that runs no pilots says so in /me, and Review offers none", async ({ page }) => {
  await page.route(
    (url) => url.pathname === "/api/me",
    async (route) => {
      const response = await route.fetch();
      const me = await response.json();
      expect(me.capabilities.pilot, "the mock runs pilots").toBe(true);
      await route.fulfill({ response, json: { ...me, capabilities: { pilot: false, schedule: false } } });
    },
  );
  await selectAllMatching(page, "status=active");
  const dialog = await openAction(page, "Add labels");
  await reviewAddLabels(page, dialog, 9);
  await expect(dialog.getByText("What will happen")).toBeVisible();
  await expect(dialog.getByRole("checkbox", { name: /^Try on/ })).toHaveCount(0);
});
