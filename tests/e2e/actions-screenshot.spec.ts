import { test, expect, openAction, options, selectAllMatching, shownCounts } from "./actions-support";

// The README's picture of the review step. Only `make screenshots` takes it (SCREENSHOTS=1), so
// `make test` never rewrites a tracked file.
test("README screenshot of the review step @screenshot", async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, "taken by `make screenshots`");
  const o = await options(page);
  const team = o.teams.find((t) => t.id === "sales-emea") ?? o.teams[0];
  await page.setViewportSize({ width: 1280, height: 1000 });
  await selectAllMatching(page, "status=active");
  const dialog = await openAction(page, "Add to team");
  const group = dialog.getByRole("group", { name: "Team" });
  await group.getByRole("searchbox", { name: "Search Team" }).fill(team.name);
  await group.getByRole("radio", { name: team.name, exact: true }).check();
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await shownCounts(page);
  await expect(dialog.getByRole("table", { name: "Some of the users" })).toBeVisible();
  await page.screenshot({ path: "docs/review-step.png" });
});
