import {
  test,
  expect,
  expectNoViolations,
  finished,
  jobs,
  newJobs,
  openAction,
  selectRows,
  shownCounts,
  step,
} from "./actions-support";

// The reason of a job (§14): asked on Review, required where the server requires one, kept as
// typed when refused, and shown back with the job.

test.describe.configure({ timeout: 60_000 });

test("Deactivate needs a reason: Run says so at the field, then the job carries it to its summary", async ({ page }) => {
  const ids = await selectRows(page, "status=active", [3, 4]);
  const before = await jobs(page);
  const dialog = await openAction(page, "Deactivate");
  await shownCounts(page);
  const reason = dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ });
  await expect(reason).toHaveAttribute("aria-required", "true");
  const run = dialog.getByRole("button", { name: "Deactivate", exact: true });

  await reason.fill("   ");
  await run.click();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription("Give a reason: every “Deactivate” job needs one");
  await expect(reason).toBeFocused();
  await expect(step(dialog, "Review")).toHaveAttribute("aria-current", "step");
  await expectNoViolations(page, "reason missing");
  expect(await newJobs(page, before)).toEqual([]);

  // Typing clears the message; a long reason shows how much room is left.
  await reason.fill(`Left the company in March. ${"x".repeat(400)}`);
  await expect(reason).toHaveAttribute("aria-invalid", "false");
  await expect(dialog.getByText("427 of 500 characters")).toBeVisible();
  await reason.fill("Left the company in March");
  await run.click();
  await expect(step(dialog, "Run")).toHaveAttribute("aria-current", "step");
  const created = await newJobs(page, before);
  expect(created.map((j) => j.reason)).toEqual(["Left the company in March"]);
  expect(created[0].total).toBe(ids.length);
  await finished(page.request, created[0].id);
  await expect(dialog.getByRole("region", { name: "Summary" })).toContainText("Reason: Left the company in March");
});

test.describe("a refused reason", () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test("a 422 on the reason from the server is said at the field, with what was typed kept", async ({ page }) => {
    await page.route("**/api/batch-jobs", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 422,
            contentType: "application/problem+json",
            body: JSON.stringify({
              type: "https://people-log.dev/problems/validation",
              title: "Some values are not valid",
              status: 422,
              detail: "reason: This LMS wants a ticket number in the reason",
              errors: [{ field: "reason", message: "This LMS wants a ticket number in the reason" }],
            }),
          })
        : route.fallback(),
    );
    await selectRows(page, "", [0, 1]);
    const dialog = await openAction(page, "Reactivate");
    await shownCounts(page);
    const reason = dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ });
    await expect(reason).toHaveAttribute("aria-required", "false");
    await reason.fill("Back from leave");
    await dialog.getByRole("button", { name: "Reactivate", exact: true }).click();
    await expect(reason).toHaveAccessibleDescription("This LMS wants a ticket number in the reason");
    await expect(reason).toHaveValue("Back from leave");
    await expect(step(dialog, "Review")).toHaveAttribute("aria-current", "step");
  });
});
