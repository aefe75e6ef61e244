import type { BrowserContext, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { test, expect, expectNoViolations, finished, jobs, newJobs, openAction, selectRows, shownCounts } from "./actions-support";
import { settled } from "./helpers";

// The organisation's batch history (§14) against the mock's seeded past (34 jobs by six admins).
// An Owner's undo changes people, so this runs on the actions specs' own mock.

test.describe.configure({ timeout: 90_000 });

type Job = {
  id: string;
  title: string;
  status: string;
  total: number;
  created_by: number;
  created_by_name: string;
  created_at: string;
  reason: string | null;
  undoable: boolean;
  undo_of: string | null;
  action: { kind: string };
};

const as = (id: string) => ({ "X-Demo-Identity": id });

async function actAs(context: BrowserContext, baseURL: string | undefined, id: string) {
  await context.addCookies([{ name: "plb_identity", value: id, url: baseURL! }]);
}

/** Every job the org history lists for `query`, as `who` reads it from the API. */
async function orgJobs(page: Page, who: string, query = ""): Promise<{ items: Job[]; total: number }> {
  const res = await page.request.get(`/api/batch-jobs?scope=org&per_page=500${query ? `&${query}` : ""}`, { headers: as(who) });
  expect(res.status()).toBe(200);
  return res.json();
}

/** The time a row shows for a job: the minute, in UTC. */
const shownTime = (instant: string) => `${instant.slice(0, 16).replace("T", " ")} UTC`;

const STATUS_WORDS: Record<string, string> = {
  succeeded: "Done",
  completed_with_failures: "Done with failures",
  failed: "Failed",
  cancelled: "Cancelled",
};

test("HR has no History button, and the organisation's history is a 403 for it", async ({ page, context, baseURL }) => {
  await actAs(context, baseURL, "hr");
  await selectRows(page, "", [0]);
  // The menu is built from /me: once it lists HR's actions, the permissions are known.
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Add labels", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "History", exact: true })).toHaveCount(0);
  const refused = await page.request.get("/api/batch-jobs?scope=org", { headers: as("hr") });
  expect(refused.status()).toBe(403);
});

test("an Admin filters the history by action and status; the URL keeps them through a reload", async ({ page, context, baseURL }) => {
  await actAs(context, baseURL, "admin");
  const deactivations = (await orgJobs(page, "admin", "action=deactivate")).items;
  expect(deactivations.length).toBeGreaterThan(0);
  const status = deactivations[0].status;
  const expected = (await orgJobs(page, "admin", `action=deactivate&status=${status}`)).items;

  await page.goto("/");
  await settled(page);
  await page.getByRole("button", { name: "History", exact: true }).click();
  const history = page.getByRole("dialog", { name: "History" });
  await expect(history.getByRole("table")).toBeVisible();
  await expectNoViolations(page, "history");

  await history.getByRole("combobox", { name: "Action", exact: true }).selectOption({ label: "Deactivate" });
  await expect(page).toHaveURL(/[?&]history_action=deactivate(&|$)/);
  await history.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: STATUS_WORDS[status] });
  await expect(page).toHaveURL(new RegExp(`[?&]history_status=${status}(&|$)`));
  const rows = history.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  const titles = rows.getByRole("button");
  await expect(titles).toHaveText(expected.map((j) => j.title));
  // Who, the selection, the reason: as the server recorded them.
  await expect(rows.first()).toContainText(expected[0].created_by_name);
  if (expected[0].reason) await expect(rows.first()).toContainText(expected[0].reason);

  await page.reload();
  await expect(history.getByRole("combobox", { name: "Action", exact: true })).toHaveValue("deactivate");
  await expect(history.getByRole("combobox", { name: "Status", exact: true })).toHaveValue(status);
  await expect(titles).toHaveText(expected.map((j) => j.title));
  await history.getByRole("button", { name: "Close", exact: true }).click();
  await expect(history).toBeHidden();
  await expect(page).not.toHaveURL(/history/);
});

test("another admin's job opens read-only for an Admin; an Owner may undo it", async ({ page, context, baseURL }) => {
  // A finished, reversible job by neither the Admin (2) nor the Owner (1).
  const target = (await orgJobs(page, "owner")).items.find(
    (j) => j.created_by !== 1 && j.created_by !== 2 && j.undoable && j.status === "succeeded" && !j.undo_of,
  );
  expect(target, "the seeded past has a job to undo").toBeTruthy();
  const job = target!;
  const url = `/?history=1&history_by=${job.created_by}&history_action=${job.action.kind}`;
  const openTarget = async () => {
    await page.goto(url);
    const history = page.getByRole("dialog", { name: "History" });
    const row = history.getByRole("row").filter({ hasText: shownTime(job.created_at) }).filter({ hasText: job.title });
    await row.getByRole("button", { name: job.title }).click();
    await expect(history.getByRole("heading", { name: job.title })).toBeVisible();
    return history;
  };

  await actAs(context, baseURL, "admin");
  let history = await openTarget();
  await expect(history.getByRole("region", { name: "Summary" })).toBeVisible();
  if (job.reason) await expect(history.getByRole("region", { name: "Summary" })).toContainText(`Reason: ${job.reason}`);
  await expect(history.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);
  await expect(history.getByRole("button", { name: "Retry failed", exact: true })).toHaveCount(0);
  await expectNoViolations(page, "another admin's job");

  // One job's CSV: every user, the succeeded ones included.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    history.getByRole("button", { name: /^Download CSV of all [\d,]+ users$/ }).click(),
  ]);
  const lines = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("User ID,Name,Email,Outcome,Reason,What to do");
  expect(lines.length - 1).toBe(job.total);
  expect(lines.some((l) => l.includes(",Succeeded,"))).toBe(true);

  await actAs(context, baseURL, "owner");
  history = await openTarget();
  await history.getByRole("button", { name: "Undo", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: `Undo “${job.title}”?` });
  await confirm.getByRole("button", { name: "Undo changes" }).click();
  await expect(page.getByRole("dialog").getByRole("heading", { name: `Undo: ${job.title}` })).toBeVisible();
  const undo = (await orgJobs(page, "owner")).items.find((j) => j.undo_of === job.id);
  expect(undo?.created_by, "the Owner's undo is the Owner's job").toBe(1);
});

test("Download CSV of the history has a header and every listed job", async ({ page, context, baseURL }) => {
  await actAs(context, baseURL, "admin");
  const all = await orgJobs(page, "admin");
  expect(all.total).toBeGreaterThanOrEqual(34);
  await page.goto("/?history=1");
  const history = page.getByRole("dialog", { name: "History" });
  await expect(history.getByRole("table")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), history.getByRole("button", { name: "Download CSV", exact: true }).click()]);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(
    "Job ID,Created,Started,Finished,Run by,Action,Job,Selection,Users,Succeeded,Skipped,Failed,Status,Reason,Undone by",
  );
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(all.items.map((j) => j.id));
});

test("an Admin's Change role with its reason: an Owner finds it by admin and action, undoes it, and History lists both with their reasons", async ({ page, context, baseURL }) => {
  await actAs(context, baseURL, "admin");
  const admin = (await (await page.request.get("/api/me")).json()).name as string;
  const ids = await selectRows(page, "role=learner", [7, 8]);
  const before = await jobs(page);
  const dialog = await openAction(page, "Change role");
  await dialog.getByRole("group", { name: "New role" }).getByRole("radio", { name: "Curator", exact: true }).check();
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await shownCounts(page);
  const why = "Curators for the spring compliance courses";
  await dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ }).fill(why);
  await dialog.getByRole("button", { name: "Change role", exact: true }).click();
  const [job] = await newJobs(page, before);
  expect(job.total).toBe(ids.length);
  expect(job.reason).toBe(why);
  await finished(page.request, job.id);

  await actAs(context, baseURL, "owner");
  await page.goto("/");
  await settled(page);
  await page.getByRole("button", { name: "History", exact: true }).click();
  const history = page.getByRole("dialog", { name: "History" });
  await history.getByRole("combobox", { name: "Run by", exact: true }).selectOption({ label: admin });
  await history.getByRole("combobox", { name: "Action", exact: true }).selectOption({ label: "Change role" });
  await expect(page).toHaveURL(/[?&]history_action=change_role(&|$)/);
  const row = history.getByRole("row").filter({ hasText: why });
  await row.getByRole("button", { name: job.title, exact: true }).click();
  await expect(history.getByRole("heading", { name: job.title })).toBeVisible();
  await expect(history.getByRole("region", { name: "Summary" })).toContainText(`Reason: ${why}`);
  // The undo's own reason starts as the original's; the Owner says why they undo.
  const undoWhy = history.getByRole("textbox", { name: /^Reason \(shown in the history\)/ });
  await expect(undoWhy).toHaveValue(why);
  await undoWhy.fill("The spring courses were cancelled");
  await history.getByRole("button", { name: "Undo", exact: true }).click();
  await page.getByRole("dialog", { name: `Undo “${job.title}”?` }).getByRole("button", { name: "Undo changes" }).click();
  await expect(page.getByRole("dialog").getByRole("heading", { name: `Undo: ${job.title}` })).toBeVisible();
  const undo = (await orgJobs(page, "owner")).items.find((j) => j.undo_of === job.id)!;
  expect(undo.reason).toBe("The spring courses were cancelled");
  expect(undo.created_by).toBe(1);
  await finished(page.request, undo.id);

  // Both jobs in the history, newest first, each with its reason.
  await page.goto("/?history=1");
  const rows = history.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  await expect(rows.nth(0)).toContainText(`Undo: ${job.title}`);
  await expect(rows.nth(0)).toContainText("The spring courses were cancelled");
  await expect(rows.nth(1)).toContainText(job.title);
  await expect(rows.nth(1)).toContainText(why);
  await expect(rows.nth(1)).toContainText(admin);
});
