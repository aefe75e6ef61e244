import { test, expect } from "./fixtures";
import { demoInDarkTheme, people, pick, settled } from "./helpers";

// The README's screenshot, taken from the real demo so it never goes stale: filters and a selection.
// Runs only under `make screenshots` (see playwright.config.ts): it rewrites a tracked file.
test("README screenshot of the demo @screenshot", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await settled(page);
  await pick(page, "Team", "Sales EMEA");
  await pick(page, "Status", "Active");
  await page.getByRole("button", { name: /^Filters( · \d+)?$/ }).click();
  const { rows, count } = people(page);
  await rows.nth(1).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();
  await rows.nth(4).getByRole("checkbox").check();
  await expect(count).toHaveText("3 selected");
  await page.screenshot({ path: "docs/screenshot.png" });
});

test("README screenshot of Select from a list @screenshot", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const listed = (await (await page.request.get("/api/people?per_page=50")).json()).items.slice(0, 40) as { email: string }[];
  const pasted = [...listed.map((p) => p.email), "left.last.year@globex.example", "no.such.person@acme.example"];
  await page.goto("/");
  await settled(page);
  await page.getByRole("button", { name: "Select from a list" }).click();
  const dialog = page.getByRole("dialog", { name: "Select from a list" });
  await dialog.getByRole("textbox", { name: "Paste the list" }).fill(pasted.join("\n"));
  await dialog.getByRole("button", { name: "Match", exact: true }).click();
  await expect(dialog.getByRole("heading", { name: /^40 of 42 matched/ })).toBeVisible();
  await page.screenshot({ path: "docs/select-from-list.png" });
});

test("README screenshot of the History @screenshot", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?history=1");
  const history = page.getByRole("dialog", { name: "History" });
  await expect(history.getByRole("table")).toBeVisible();
  await expect(history.getByRole("region", { name: "Batch jobs" })).toHaveAttribute("aria-busy", "false");
  await page.screenshot({ path: "docs/history.png" });
});

test("README screenshot of the demo at 360 px in the dark theme @screenshot", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.emulateMedia({ colorScheme: "dark" });
  await demoInDarkTheme(page);
  await page.goto("/");
  await settled(page);
  await pick(page, "Status", "Active");
  await page.getByRole("button", { name: /^Filters( · \d+)?$/ }).click();
  const { rows, count } = people(page);
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();
  await expect(count).toHaveText("2 selected");
  await page.screenshot({ path: "docs/screenshot-narrow-dark.png" });
});

test("README screenshot in Arabic, right to left @screenshot", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?lang=ar");
  await expect(page.locator(".plb")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("section.plb-results")).toHaveAttribute("aria-busy", "false");
  const rows = page.locator("tbody tr");
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();
  await page.locator(".plb-selbar button[aria-haspopup=menu]").first().click();
  await expect(page.getByRole("menu")).toBeVisible();
  await page.screenshot({ path: "docs/screenshot-ar.png" });
});
