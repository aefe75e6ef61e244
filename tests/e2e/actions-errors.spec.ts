import type { Page, Route } from "@playwright/test";
import { randomUUID } from "node:crypto";
import {
  test,
  expect,
  expectNoViolations,
  finished,
  jobs,
  newJobs,
  openAction,
  options,
  selectAllMatching,
  selectRows,
  serverPreview,
  shownCounts,
  step,
} from "./actions-support";

// What Run does with each answer that is not a 202 (§5 item 6): handled in place, nothing the admin
// typed lost. Real server answers where the mock can give them (409, 403, 422), Playwright routing
// for the rest (401, 5xx, a dropped answer).

test.describe.configure({ timeout: 60_000 });
test.use({ expectedConsoleErrors: [/Failed to load resource/] });

const CREATE = "**/api/batch-jobs";
const isCreate = (route: Route) => route.request().method() === "POST";

/** The `Idempotency-Key` of every job creation the page sends, in order. */
function keysSent(page: Page) {
  const keys: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/batch-jobs") keys.push(r.headers()["idempotency-key"]);
  });
  return keys;
}

/** Selects two rows and reviews a notification to them; returns the dialog. */
async function reviewNotification(page: Page, rowsAt: number[]) {
  await selectRows(page, "status=active", rowsAt);
  const dialog = await openAction(page, "Send notification");
  await dialog.getByRole("textbox", { name: "Subject" }).fill("Office closed");
  await dialog.getByRole("textbox", { name: "Message" }).fill("The office is closed on Monday.");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await shownCounts(page);
  return dialog;
}

test("409: the count changed since review; the new count is shown and reviewed again", async ({ page }) => {
  const o = await options(page);
  const team = o.teams[0];
  const query = `status=active&team=${team.id}`;
  const reviewed = await selectAllMatching(page, query);
  const before = await jobs(page);
  const dialog = await openAction(page, "Send notification");
  await dialog.getByRole("textbox", { name: "Subject" }).fill("Team news");
  await dialog.getByRole("textbox", { name: "Message" }).fill("Read the team news.");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await shownCounts(page);
  // Frozen filter chips of the all-matching selection.
  await expect(dialog.getByRole("list", { name: "Filters of this selection" }).getByRole("listitem")).toHaveCount(2);

  // Meanwhile someone deactivates one of them: the selection now resolves to one user fewer.
  const last = (await (await page.request.get(`/api/people?${query}&sort=-name&per_page=25`)).json()).items[0].id;
  const change = await page.request.post("/api/batch-jobs", {
    data: { action: { kind: "deactivate" }, selection: { type: "explicit", ids: [last] }, reason: "Left the team" },
    headers: { "Idempotency-Key": randomUUID() },
  });
  expect(change.status()).toBe(202);
  await finished(page.request, (await change.json()).id);

  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  const now = reviewed - 1;
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText(
    `Since your review, the number of users that match changed: ${now.toLocaleString("en-US")} now, not ${reviewed.toLocaleString("en-US")}.`,
  );
  await expect(dialog).toBeVisible();
  await expectNoViolations(page, "409");

  await alert.getByRole("button", { name: "Review the new count" }).click();
  await expect(dialog.getByText(`Send the notification “Team news” to ${now.toLocaleString("en-US")} users`, { exact: true })).toBeVisible();
  const shown = await shownCounts(page);
  const expected = await serverPreview(page, {
    action: { kind: "send_notification", subject: "Team news", message: "Read the team news." },
    selection: { type: "all_matching", filter: { status: ["active"], team: [team.id] }, expected_count: now },
  });
  expect(shown).toEqual({ will_change: expected.will_change, will_skip: expected.will_skip, will_fail: expected.will_fail });
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(step(dialog, "Run")).toHaveAttribute("aria-current", "step");
  const created = (await newJobs(page, before)).filter((j) => j.action.kind === "send_notification");
  expect(created.map((j) => j.total)).toEqual([now]);
  await finished(page.request, created[0].id);
});

test("403: permission lost before Run; explained, and the action leaves the menu", async ({ page, context, baseURL }) => {
  const asDeleter = { "X-Demo-Identity": "admin_delete" };
  await context.addCookies([{ name: "plb_identity", value: "admin_delete", url: baseURL! }]);
  const before = (await (await page.request.get("/api/batch-jobs", { headers: asDeleter })).json()).items;
  await selectRows(page, "status=invited", [0, 1]);
  const dialog = await openAction(page, "Delete");
  await dialog.getByRole("textbox", { name: /^Type 2 to confirm/ }).fill("2");
  await dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ }).fill("Invitations never accepted");

  // The LMS takes the delete permission away (here: the session now acts as a plain Admin).
  await context.addCookies([{ name: "plb_identity", value: "admin", url: baseURL! }]);
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("You may no longer run this action: your permissions have changed.");
  await expectNoViolations(page, "403");
  await dialog.getByRole("alert").getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Deactivate", exact: true })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Delete", exact: true })).toHaveCount(0);
  const after = (await (await page.request.get("/api/batch-jobs", { headers: asDeleter })).json()).items;
  expect(after.length).toBe(before.length);
});

test("422 from the server: the error sits next to its field on Configure, typed values kept", async ({ page }) => {
  const before = await jobs(page);
  await page.route(CREATE, (route) =>
    isCreate(route)
      ? route.fulfill({
          status: 422,
          contentType: "application/problem+json",
          body: JSON.stringify({
            type: "https://people-log.dev/problems/invalid-body",
            title: "Invalid request",
            status: 422,
            detail: "action.subject: This LMS does not allow that word in a subject",
            errors: [{ field: "action.subject", message: "This LMS does not allow that word in a subject" }],
          }),
        })
      : route.fallback(),
  );
  const dialog = await reviewNotification(page, [0, 1]);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(step(dialog, "Configure")).toHaveAttribute("aria-current", "step");
  const subject = dialog.getByRole("textbox", { name: "Subject" });
  await expect(subject).toHaveAccessibleDescription(/This LMS does not allow that word in a subject/);
  await expect(subject).toHaveAttribute("aria-invalid", "true");
  await expect(subject).toHaveValue("Office closed");
  await expect(dialog.getByRole("textbox", { name: "Message" })).toHaveValue("The office is closed on Monday.");
  await expectNoViolations(page, "422 on Configure");
  // Editing the field clears its error.
  await subject.fill("Office closed on Monday");
  await expect(subject).toHaveAttribute("aria-invalid", "false");
  expect(await newJobs(page, before)).toEqual([]);
});

test("422 for real: a label no one may be given is refused next to the Labels pick", async ({ page }) => {
  const o = await options(page);
  // Labels past the 16 seeded ones are listed but refused by jobs (docs/api.md, --labels).
  const extra = o.labels[500];
  await selectRows(page, "", [0, 1]);
  const dialog = await openAction(page, "Add labels");
  const labels = dialog.getByRole("group", { name: "Labels" });
  await labels.getByRole("searchbox", { name: "Search Labels" }).fill(extra.name);
  await labels.getByRole("checkbox", { name: extra.name, exact: true }).check();
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await expect(dialog.getByRole("region", { name: "What will happen" }).getByRole("alert")).toContainText("The dry run failed.");
  await expectNoViolations(page, "dry run refused");
  await dialog.getByRole("button", { name: "Add labels", exact: true }).click();
  await expect(step(dialog, "Configure")).toHaveAttribute("aria-current", "step");
  const group = dialog.getByRole("group", { name: "Labels" });
  await expect(group).toHaveAccessibleDescription(/label/i);
  await expect(group.getByRole("button", { name: `Remove ${extra.name}` })).toBeVisible();
  await expectNoViolations(page, "422 on a pick");
});

test("Review with a missing or invalid value: the widget's own check, next to the field", async ({ page }) => {
  await selectRows(page, "", [0]);
  const dialog = await openAction(page, "Add task");
  await dialog.getByLabel("Due date (optional)").fill("2001-01-01");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await expect(dialog.getByRole("group", { name: "Task" })).toHaveAccessibleDescription("Choose a task");
  await expect(dialog.getByLabel("Due date (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel("Due date (optional)")).toHaveValue("2001-01-01");
  await expect(step(dialog, "Configure")).toHaveAttribute("aria-current", "step");
  await expectNoViolations(page, "invalid configuration");
});

test("401: “Your session has expired”, the dialog stays, Retry sends the same key", async ({ page }) => {
  const keys = keysSent(page);
  const before = await jobs(page);
  let answered = 0;
  await page.route(CREATE, (route) => {
    if (!isCreate(route) || answered++ > 0) return route.fallback();
    return route.fulfill({
      status: 401,
      contentType: "application/problem+json",
      body: JSON.stringify({ type: "about:blank", title: "Unauthorized", status: 401 }),
    });
  });
  const dialog = await reviewNotification(page, [2, 3]);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("Your session has expired");
  await expect(dialog).toBeVisible();
  await expect(step(dialog, "Review")).toHaveAttribute("aria-current", "step");
  await expectNoViolations(page, "401");

  await dialog.getByRole("alert").getByRole("button", { name: "Retry" }).click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  expect(keys.length).toBe(2);
  expect(keys[1]).toBe(keys[0]);
  const created = await newJobs(page, before);
  expect(created.length).toBe(1);
  await finished(page.request, created[0].id);
});

test("503: message and Retry; the retry reuses the Idempotency-Key", async ({ page }) => {
  const keys = keysSent(page);
  const before = await jobs(page);
  let answered = 0;
  await page.route(CREATE, (route) => {
    if (!isCreate(route) || answered++ > 0) return route.fallback();
    return route.fulfill({
      status: 503,
      headers: { "Retry-After": "1" },
      contentType: "application/problem+json",
      body: JSON.stringify({ type: "https://people-log.dev/problems/chaos", title: "Service unavailable", status: 503 }),
    });
  });
  const dialog = await reviewNotification(page, [4, 5]);
  const run = dialog.getByRole("button", { name: "Send notification", exact: true });
  await run.click();
  const alert = dialog.getByRole("alert");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(alert).not.toBeEmpty();
  expect(await newJobs(page, before)).toEqual([]);
  await expectNoViolations(page, "503");

  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  expect(keys).toEqual([keys[0], keys[0]]);
  const created = await newJobs(page, before);
  expect(created.length).toBe(1);
  await finished(page.request, created[0].id);
});

test("an answer lost on the way: Retry with the same key finds the job the server created", async ({ page }) => {
  const keys = keysSent(page);
  const before = await jobs(page);
  let answered = 0;
  await page.route(CREATE, async (route) => {
    if (!isCreate(route) || answered++ > 0) return route.fallback();
    // The server creates the job; the connection drops before the answer arrives.
    const res = await route.fetch();
    expect(res.status()).toBe(202);
    return route.abort("connectionreset");
  });
  const dialog = await reviewNotification(page, [6, 7]);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  const alert = dialog.getByRole("alert");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  await expectNoViolations(page, "network failure");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  expect(keys).toEqual([keys[0], keys[0]]);
  const created = await newJobs(page, before);
  expect(created.length).toBe(1);
  await finished(page.request, created[0].id);
});
