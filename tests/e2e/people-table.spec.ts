import { test, expect } from "./fixtures";
import { people, settled } from "./helpers";

test("pages, page sizes and first/last", async ({ page }) => {
  await page.goto("/");
  const { table, rows } = people(page);
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await expect(rows).toHaveCount(50);
  const firstPageNames = await table.getByRole("rowheader").allTextContents();

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("51–100 of 5,000 users")).toBeVisible();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  const secondPageNames = await table.getByRole("rowheader").allTextContents();
  expect(secondPageNames.filter((name) => firstPageNames.includes(name))).toEqual([]);

  await page.getByRole("button", { name: "Last page" }).click();
  await expect(page.getByText("4,951–5,000 of 5,000 users")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();

  await page.getByRole("button", { name: "First page" }).click();
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  expect(await table.getByRole("rowheader").allTextContents()).toEqual(firstPageNames);

  await page.getByRole("combobox", { name: "Rows per page" }).selectOption("500");
  await expect(page.getByText("1–500 of 5,000 users")).toBeVisible();
  await expect(rows).toHaveCount(500);
  await expect(page).toHaveURL(/per_page=500/);
});

test("sortable headers say how they sort", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const hire = page.getByRole("columnheader", { name: "Hire date" });
  await expect(hire).toHaveAttribute("aria-sort", "none");
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
  await hire.getByRole("button").click();
  await expect(page).toHaveURL(/sort=hire_date/);
  await expect(hire).toHaveAttribute("aria-sort", "ascending");
  await settled(page);
  const dates = await people(page).rows.evaluateAll((rows) => rows.map((r) => r.children[8].textContent ?? ""));
  expect([...dates].sort()).toEqual(dates);
  await hire.getByRole("button").click();
  await expect(hire).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=-hire_date/);
  await settled(page);
  const newest = await people(page).rows.evaluateAll((rows) => rows.map((r) => r.children[8].textContent ?? ""));
  expect([...newest].sort().reverse()).toEqual(newest);
  expect(newest[0] > dates[0], "the newest hires come first").toBe(true);
});

test("hostile names render as text", async ({ page }) => {
  await page.goto("/?q=%3C");
  await settled(page);
  const names = people(page).table.getByRole("rowheader");
  await expect(names.filter({ hasText: "<img src=x onerror=alert(1)>" })).toHaveCount(1);
  await expect(names.filter({ hasText: "<script>alert('xss')</script> Robert" })).toHaveCount(1);
  await expect(people(page).table.getByRole("img")).toHaveCount(0);
});

test("an empty result says so and Clear filters recovers", async ({ page }) => {
  await page.goto("/?q=zzzz-nobody-zzzz");
  await expect(page.getByText("No users match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await expect(page).not.toHaveURL(/q=/);
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

test.describe("when the link names a view that cannot be shown", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  test("a page past the end offers the first page, keeping the filters", async ({ page }) => {
    await page.goto("/?status=active&page=999");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("not valid for page");
    await alert.getByRole("button", { name: "Go to the first page" }).click();
    await expect(page.getByText(/^1–50 of [\d,]+ users$/)).toBeVisible();
    await expect(page).toHaveURL(/status=active/);
    await expect(page).not.toHaveURL(/page=999/);
  });

  test("an unreadable filter is dropped, the other filters kept", async ({ page }) => {
    await page.goto("/?status=asleep&team=sales-emea&page=2");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("`asleep` is not valid for status");
    await alert.getByRole("button", { name: "Remove the Status filter" }).click();
    await settled(page);
    await expect(page).toHaveURL(/team=sales-emea/);
    await expect(page).not.toHaveURL(/status=|page=/);
    await expect(page.getByRole("button", { name: "Remove filter Team: Sales EMEA" })).toBeVisible();
  });

  test("a hire date the API refuses drops only the hire-date filter", async ({ page }) => {
    await page.goto("/?team=sales-emea&hired_within=40000");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("hired_within");
    await alert.getByRole("button", { name: "Remove the hire-date filter" }).click();
    await settled(page);
    await expect(page).toHaveURL(/team=sales-emea/);
    await expect(page).not.toHaveURL(/hired_within/);
  });

  test("a team the server does not know drops only the team filter", async ({ page }) => {
    await page.goto("/?status=active&team=no-such-team");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("no-such-team");
    await alert.getByRole("button", { name: "Remove the Team filter" }).click();
    await settled(page);
    await expect(page).toHaveURL(/status=active/);
    await expect(page).not.toHaveURL(/team=/);
  });
});

test("the header row stays in view after scrolling 150 rows, and the checkbox and name columns when scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?per_page=200");
  await settled(page);
  const { rows, header } = people(page);
  await expect(rows).toHaveCount(200);
  // The wheel over the table scrolls its box first, then the page.
  await rows.nth(0).hover();
  const row151 = rows.nth(150);
  while (!(await row151.evaluate((r) => r.getBoundingClientRect().top < innerHeight / 2))) await page.mouse.wheel(0, 400);
  await expect(rows.nth(20)).not.toBeInViewport();
  await expect(header).toBeInViewport();
  await header.check();
  await expect(people(page).count).toHaveText("200 selected");
  await expect(page.getByRole("columnheader", { name: "Last active" })).toBeInViewport();

  // Sideways where the table is wider than the widget (above 480 px, where it is a list): the far
  // column comes into view, the checkbox and the name stay.
  await page.setViewportSize({ width: 600, height: 740 });
  const name = row151.getByRole("rowheader");
  const lastActive = page.getByRole("columnheader", { name: "Last active" });
  await row151.evaluate((r) => r.scrollIntoView({ block: "center" }));
  await expect(lastActive).not.toBeInViewport();
  await expect(name).toBeInViewport();
  await page.getByRole("table", { name: "Users" }).evaluate((t) => t.closest(".plb-scroll")!.scrollBy({ left: 2000 }));
  await expect(lastActive).toBeInViewport();
  await expect(name).toBeInViewport();
  await expect(row151.getByRole("checkbox")).toBeInViewport();
  await row151.getByRole("checkbox").uncheck();
  await expect(people(page).count).toHaveText("199 selected");
});
