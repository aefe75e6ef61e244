import { test, expect } from "./fixtures";

// The README's screenshot, taken from the real demo so it never goes stale.
test("README screenshot of the demo", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await page.screenshot({ path: "docs/screenshot.png" });
});
