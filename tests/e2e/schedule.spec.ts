import type { APIRequestContext, Locator, Page } from "@playwright/test";
import {
  test as base,
  expect,
  expectNoViolations,
  finished,
  jobs,
  newJobs,
  openAction,
  selectAllMatching,
  startMock,
} from "./actions-support";

// Run at a chosen time (§13). Two clocks are driven: the browser's (Playwright's clock) and the
// mock's (its test hook, `--test-clock true`), so a job scheduled for tomorrow runs in seconds. This
// spec has its own mock, so moving its clock moves no other spec's jobs.

const test = base.extend<object, { clockedMock: string }>({
  clockedMock: [
    async ({}, use) => {
      const mock = await startMock(["--test-clock", "true"]);
      await use(mock.url);
      mock.stop();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ clockedMock }, use) => use(clockedMock),
});

test.use({ timezoneId: "Europe/London" });
test.describe.configure({ timeout: 90_000 });

/** Monday 7 December 2026, 10:00 in London (UTC in winter), on both clocks. */
const MONDAY_10 = "2026-12-07T10:00:00Z";

async function setServerClock(request: APIRequestContext, now: string) {
  const res = await request.post("/api/test-clock", { data: { now } });
  expect(res.status()).toBe(200);
}

async function startAt(page: Page, now: string) {
  await setServerClock(page.request, now);
  await page.clock.install({ time: new Date(now) });
}

/** Send notification to the inactive users, configured, on Review. */
async function reviewNotification(page: Page, subject: string): Promise<{ dialog: Locator; total: number }> {
  const total = await selectAllMatching(page, "status=inactive");
  const dialog = await openAction(page, "Send notification");
  await dialog.getByRole("textbox", { name: "Subject" }).fill(subject);
  await dialog.getByRole("textbox", { name: "Message" }).fill("Please complete the course by Friday.");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  return { dialog, total };
}

test("schedule a notification for tomorrow 09:00: in the tray, kept over a reload, run when the time comes", async ({ page }) => {
  await startAt(page, MONDAY_10);
  const { dialog, total } = await reviewNotification(page, "Compliance reminder");
  const fmt = total.toLocaleString("en-US");
  await expect(dialog.getByRole("group", { name: "When" }).getByRole("radio", { name: "Run now" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Schedule" }).check();
  const when = dialog.getByLabel("Date and time (Europe/London)");

  // Out of hours is advice, never a block: at 22:00 it is said, at 09:00 not.
  await when.fill("2026-12-08T22:00");
  await expect(dialog.getByRole("note").filter({ hasText: "outside working hours" })).toBeVisible();
  await when.fill("2026-12-08T09:00");
  await expect(dialog.getByRole("note").filter({ hasText: "outside working hours" })).toHaveCount(0);
  await expect(
    dialog.getByText(`Send the notification “Compliance reminder” to ${fmt} users, on Tue 8 Dec at 09:00 (Europe/London)`, { exact: true }),
  ).toBeVisible();
  await expect(dialog.getByText(`It acts on the users who match these filters when it starts: ${fmt} today.`)).toBeVisible();
  await expectNoViolations(page, "review, scheduled");

  const before = await jobs(page);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(dialog.getByText("Starts on Tue 8 Dec at 09:00 (Europe/London).")).toBeVisible();
  const [job] = await newJobs(page, before);
  expect(job.status).toBe("scheduled");
  await expectNoViolations(page, "run step, scheduled");
  await dialog.getByRole("button", { name: "Close", exact: true }).click();

  const tray = page.getByRole("button", { name: "Jobs · 1 scheduled" });
  await expect(tray).toBeVisible();
  await page.reload();
  await tray.click();
  await expect(page.getByRole("region", { name: "Jobs" }).getByText("Scheduled for Tue 8 Dec at 09:00 (Europe/London)")).toBeVisible();

  // Tomorrow, 09:00:30: the mock starts it, and the widget, polling as slowly as the server said,
  // sees it run to its end.
  await setServerClock(page.request, "2026-12-08T09:00:30Z");
  await page.clock.fastForward("23:01:00");
  await expect(page.getByRole("group", { name: "Job finished" }).filter({ hasText: "Compliance reminder" })).toBeVisible({ timeout: 30_000 });
  const done = await finished(page.request, job.id);
  expect(done.total).toBe(total);
});

test("before it starts, a scheduled job moves to another time, then runs now", async ({ page }) => {
  await startAt(page, MONDAY_10);
  const { dialog } = await reviewNotification(page, "Course changes");
  await dialog.getByRole("radio", { name: "Schedule" }).check();
  const when = dialog.getByLabel("Date and time (Europe/London)");
  // A time gone is refused at the field, in the server's words, and stays as typed.
  await when.fill("2026-12-06T09:00");
  const before = await jobs(page);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "This time has passed: choose a later one" })).toBeVisible();
  await expect(when).toBeFocused();
  await expect(when).toHaveValue("2026-12-06T09:00");
  await when.fill("2026-12-09T11:00");
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(dialog.getByText("Starts on Wed 9 Dec at 11:00 (Europe/London).")).toBeVisible();
  const [job] = await newJobs(page, before);

  await dialog.getByRole("button", { name: "Reschedule" }).click();
  await dialog.getByLabel("New date and time (Europe/London)").fill("2026-12-10T14:30");
  await dialog.getByRole("button", { name: "Save new time" }).click();
  await expect(dialog.getByText("Starts on Thu 10 Dec at 14:30 (Europe/London).")).toBeVisible();
  expect((await (await page.request.get(`/api/batch-jobs/${job.id}`)).json()).run_at).toBe("2026-12-10T14:30:00Z");

  await dialog.getByRole("button", { name: "Run now" }).click();
  await expect(dialog.getByRole("region", { name: "Summary" })).toBeVisible({ timeout: 30_000 });
  expect((await finished(page.request, job.id)).status).toMatch(/^(succeeded|completed_with_failures)$/);
});
