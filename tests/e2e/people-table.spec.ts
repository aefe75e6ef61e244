import { test, expect } from "./fixtures";

test("the first and second pages show different users", async ({ page }) => {
  await page.goto("/");
  const table = page.getByRole("table", { name: "Users" });
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(51);
  const firstPageNames = await table.getByRole("rowheader").allTextContents();

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("51–100 of 5,000 users")).toBeVisible();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  const secondPageNames = await table.getByRole("rowheader").allTextContents();
  expect(secondPageNames).toHaveLength(50);
  expect(secondPageNames.filter((name) => firstPageNames.includes(name))).toEqual([]);

  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  expect(await table.getByRole("rowheader").allTextContents()).toEqual(firstPageNames);
});

test.describe("when the API fails", () => {
  test.use({ expectedConsoleErrors: [/status of 500/] });

  test("an error with Retry replaces the table, and Retry recovers", async ({ page }) => {
    await page.route("**/api/people**", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500 }),
      }),
    );
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Users could not be loaded");
    await expect(page.getByRole("table")).toHaveCount(0);

    await page.unroute("**/api/people**");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});
