import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { people, pick, settled } from "./helpers";

test("select a page, take the banner, exclude two users", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const { header, rows, count } = people(page);
  await expect(page.getByRole("button", { name: "Actions" })).toBeDisabled();
  await expect(page.getByText("Select at least one user")).toBeVisible();

  await header.check();
  await expect(header).toHaveAttribute("aria-checked", "true");
  await expect(count).toHaveText("50 selected");
  await expect(page.getByText("All 50 users on this page are selected.")).toBeVisible();
  await page.getByRole("button", { name: "Select all 5,000 users that match these filters" }).click();
  await expect(page.getByText("All 5,000 users are selected.")).toBeVisible();
  await expect(count).toHaveText("5,000 selected");
  await expect(page.getByRole("button", { name: "Actions" })).toBeEnabled();

  await rows.nth(0).getByRole("checkbox").uncheck();
  await rows.nth(3).getByRole("checkbox").uncheck();
  await expect(count).toHaveText("4,998 of 5,000 selected");
  await expect(header).toHaveAttribute("aria-checked", "mixed");
  await expect(page.getByText("All 5,000 users are selected.")).toHaveCount(0);

  // Another page is selected too (it matches), and the selection survives paging and sorting.
  await page.getByRole("button", { name: "Next page" }).click();
  await settled(page);
  await expect(header).toHaveAttribute("aria-checked", "true");
  await page.getByRole("columnheader", { name: "Hire date" }).getByRole("button").click();
  await settled(page);
  await expect(count).toHaveText("4,998 of 5,000 selected");

  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await expect(count).toHaveText("No users selected");
  await expect(header).toHaveAttribute("aria-checked", "false");
});

test("Shift+click selects and deselects a range on the page", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const { rows, count } = people(page);
  await rows.nth(2).getByRole("checkbox").click();
  await rows.nth(7).getByRole("checkbox").click({ modifiers: ["Shift"] });
  await expect(count).toHaveText("6 selected");
  for (let i = 0; i < 10; i++) {
    await expect(rows.nth(i).getByRole("checkbox")).toBeChecked({ checked: i >= 2 && i <= 7 });
  }
  await rows.nth(5).getByRole("checkbox").click({ modifiers: ["Shift"] });
  await expect(count).toHaveText("3 selected");
  await expect(rows.nth(2).getByRole("checkbox")).toBeChecked();
  await expect(rows.nth(5).getByRole("checkbox")).not.toBeChecked();
});

test("a filter change clears an all-matching selection, politely", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const { header, count } = people(page);
  await header.check();
  await page.getByRole("button", { name: "Select all 5,000 users that match these filters" }).click();
  await expect(count).toHaveText("5,000 selected");
  await pick(page, "Status", "Invitation pending");
  await expect(count).toHaveText("No users selected");
  await expect(page.getByRole("status").filter({ hasText: "Selection cleared because the filters changed." })).toHaveCount(1);
});

/** The ids of every user `GET /people` lists for this filter query (all pages). */
async function listed(page: Page, filter: string): Promise<Set<number>> {
  const ids = new Set<number>();
  for (let n = 1; ; n++) {
    const body = await (await page.request.get(`/api/people?${filter}&per_page=500&page=${n}`)).json();
    for (const p of body.items as { id: number }[]) ids.add(p.id);
    if (n * 500 >= body.total) return ids;
  }
}

test("a filter change keeps an explicit selection and says what it hides", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const { header, rows, count } = people(page);
  // All but the first row of the page (a whole page would bring the banner).
  await header.check();
  await rows.nth(0).getByRole("checkbox").uncheck();
  await expect(count).toHaveText("49 selected");
  // Their ids from the API (the table shows the first page sorted by name).
  const first = await (await page.request.get("/api/people?per_page=50")).json();
  const ids: number[] = first.items.slice(1).map((p: { id: number }) => p.id);

  // A specialism is not in a row, so only the server can say which selected users it shows. The
  // expectation comes from listing the filter's users, not from the question the widget asks.
  const rust = await listed(page, "specialism=rust");
  const shown = ids.filter((id) => rust.has(id)).length;
  expect(shown, "the seed data gives a partial overlap").toBeGreaterThan(0);
  expect(shown).toBeLessThan(49);
  await pick(page, "Specialism", "Rust programming");
  await expect(count).toHaveText(`49 selected · ${49 - shown} not shown`);
  await page.getByRole("button", { name: "Deselect hidden" }).click();
  await expect(count).toHaveText(`${shown} selected`);
  await expect(page.getByRole("button", { name: "Deselect hidden" })).toHaveCount(0);

  // A narrower filter: a status the rows show, on top of the specialism.
  const narrower = await listed(page, "status=invited&specialism=rust");
  const left = ids.filter((id) => rust.has(id) && narrower.has(id)).length;
  expect(left, "the narrower filter hides some of them").toBeLessThan(shown);
  await pick(page, "Status", "Invitation pending");
  await expect(count).toHaveText(`${shown} selected · ${shown - left} not shown`);
});

test("selection works by keyboard alone", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const { header, rows, count } = people(page);
  await header.focus();
  await page.keyboard.press("Space");
  await expect(count).toHaveText("50 selected");
  await page.keyboard.press("Space");
  await expect(count).toHaveText("No users selected");
  // Past the three sort buttons to the first row's checkbox, then the next row's.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await expect(rows.nth(0).getByRole("checkbox")).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(rows.nth(1).getByRole("checkbox")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(count).toHaveText("2 selected");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  await expect(count).toHaveText("1 selected");
  await page.getByRole("button", { name: "Clear", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(count).toHaveText("No users selected");
});
