import { test, expect } from "./fixtures";
import { openViews, pick, settled } from "./helpers";

// The duplicate-name attempt is answered 422 on purpose; the browser logs that response.
test.use({ expectedConsoleErrors: [/status of 422/] });

test("save, apply, rename and delete a view", async ({ page }) => {
  const name = `Sales EMEA ${Date.now()}`;
  const renamed = `${name} renamed`;
  await page.goto("/");
  await settled(page);
  await pick(page, "Team", "Sales EMEA");
  // The toolbar says how many filters narrow the table.
  await expect(page.getByRole("button", { name: "Filters · 1", exact: true })).toBeVisible();
  const views = await openViews(page);
  await expect(page.getByRole("button", { name: "Views", exact: true })).toHaveAttribute("aria-expanded", "true");

  await views.getByRole("button", { name: "Save view" }).click();
  await expect(views.getByRole("alert")).toHaveText("Enter a name");
  await views.getByRole("textbox", { name: "View name" }).fill(name);
  await views.getByRole("button", { name: "Save view" }).click();
  await expect(views.getByRole("button", { name: `Apply view ${name}` })).toBeVisible();
  await expect(views.getByRole("alert")).toHaveCount(0);

  await views.getByRole("textbox", { name: "View name" }).fill(name);
  await views.getByRole("button", { name: "Save view" }).click();
  await expect(views.getByRole("alert")).toContainText("already exists");

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await views.getByRole("button", { name: `Apply view ${name}` }).click();
  await expect(page).toHaveURL(/team=sales-emea/);
  await settled(page);

  await views.getByRole("button", { name: `Rename view ${name}` }).click();
  await views.getByRole("textbox", { name: `New name for ${name}` }).fill(renamed);
  await views.getByRole("button", { name: "Save name" }).click();
  await expect(views.getByRole("button", { name: `Apply view ${renamed}` })).toBeVisible();

  await views.getByRole("button", { name: `Delete view ${renamed}` }).click();
  await expect(views.getByRole("button", { name: `Apply view ${renamed}` })).toHaveCount(0);
});
