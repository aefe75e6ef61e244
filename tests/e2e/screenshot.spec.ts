import { test, expect } from "./fixtures";
import { people, pick, settled } from "./helpers";

// The README's screenshot, taken from the real demo so it never goes stale: filters and a selection.
// Runs only under `make screenshots` (see playwright.config.ts): it rewrites a tracked file.
test("README screenshot of the demo @screenshot", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/");
  await settled(page);
  await pick(page, "Team", "Sales EMEA");
  await pick(page, "Status", "Active");
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  const { rows, count } = people(page);
  await rows.nth(1).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();
  await rows.nth(4).getByRole("checkbox").check();
  await expect(count).toHaveText("3 selected");
  await page.screenshot({ path: "docs/screenshot.png" });
});
