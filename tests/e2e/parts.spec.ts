// The batch part (docs/architecture.md, Parts): fetched after the first rows, at once on first use,
// and a failed fetch leaves the table working.
import type { Page, Route } from "@playwright/test";
import { test, expect } from "./fixtures";
import { people, settled } from "./helpers";

const PART = "**/people-log_batch.wasm";
/** The later screens' English, which the release build fetches with the part's code. */
const LATER_ENGLISH = "**/locales/en.txt";

/** Holds the part's request until `release()`; `asked` resolves when the browser asks for it. */
async function holdPart(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let asked!: () => void;
  const askedFor = new Promise<void>((r) => (asked = r));
  await page.route(PART, async (route: Route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, askedFor };
}

test("nothing of the batch part, code or English, is asked for before the first rows are in the page", async ({ page }) => {
  const rowsWhenAsked: Record<string, number[]> = { [PART]: [], [LATER_ENGLISH]: [] };
  for (const file of [PART, LATER_ENGLISH]) {
    await page.route(file, async (route) => {
      rowsWhenAsked[file].push(await people(page).rows.count());
      await route.continue();
    });
  }
  await page.goto("/");
  await settled(page);
  await expect(page.getByRole("button", { name: "Jobs" })).toBeEnabled();
  expect(rowsWhenAsked).toEqual({ [PART]: [50], [LATER_ENGLISH]: [50] });
});

test("a click on Actions before the part is in says Loading, then opens the menu", async ({ page }) => {
  const part = await holdPart(page);
  await page.goto("/");
  await settled(page);
  await part.askedFor;
  const actions = page.getByRole("button", { name: "Actions", exact: true });
  await expect(actions).toBeDisabled();
  await expect(page.getByText("Select at least one user")).toBeVisible();
  await people(page).rows.nth(0).getByRole("checkbox").check();
  await actions.click();
  await expect(actions).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect(page.getByRole("menu")).toHaveCount(0);

  part.release();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Resend invitations" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
});

test("Select from a list before the part is in says Loading, then opens the dialog", async ({ page }) => {
  const part = await holdPart(page);
  await page.goto("/");
  await settled(page);
  await part.askedFor;
  await page.getByRole("button", { name: "Select from a list" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  part.release();
  const dialog = page.getByRole("dialog", { name: "Select from a list" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Paste the list" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
});

test("nothing moves when the part comes in: the stand-ins have the real controls' size", async ({ page }) => {
  const part = await holdPart(page);
  await page.goto("/");
  await settled(page);
  await part.askedFor;
  const { results } = people(page);
  const jobs = page.getByRole("button", { name: "Jobs" });
  const actions = page.getByRole("button", { name: "Actions", exact: true });
  await expect(jobs).toBeDisabled();
  const before = { results: await results.boundingBox(), actions: await actions.boundingBox() };
  part.release();
  await expect(jobs).toBeEnabled();
  expect({ results: await results.boundingBox(), actions: await actions.boundingBox() }).toEqual(before);
});

test("the filter panel opened before the part is in says Loading, then shows its fields", async ({ page }) => {
  const part = await holdPart(page);
  await page.goto("/");
  await settled(page);
  await part.askedFor;
  await page.getByRole("button", { name: /^Filters( · \d+)?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  part.release();
  await expect(page.getByRole("group", { name: "Filters" }).getByRole("group", { name: "Status" })).toBeVisible();
});

test.describe("a part that cannot be fetched", () => {
  // The 404 itself, and the loader's report of the failed instantiation.
  test.use({ expectedConsoleErrors: [/Failed to load resource|status of 404|TypeError|WebAssembly|Response/] });

  test("says so with Retry, and the table still selects", async ({ page }) => {
    await page.route(PART, (route) => route.fulfill({ status: 404, contentType: "application/problem+json", body: "{}" }));
    await page.goto("/");
    await settled(page);
    const problem = page.getByRole("alert").filter({ hasText: "Part of People Log could not load" });
    await expect(problem).toBeVisible();

    const { rows, count } = people(page);
    await rows.nth(2).getByRole("checkbox").check();
    await expect(count).toHaveText("1 selected");
    await page.getByRole("button", { name: "Next page" }).click();
    await settled(page);
    await expect(count).toHaveText("1 selected");

    await page.unroute(PART);
    await problem.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("button", { name: "Jobs" })).toBeEnabled();
    await expect(problem).toHaveCount(0);
    await page.getByRole("button", { name: "Actions", exact: true }).click();
    await expect(page.getByRole("menu")).toBeVisible();
  });

  test("without the later screens' English the part is not in: said with Retry, which brings both", async ({ page }) => {
    await page.route(LATER_ENGLISH, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("/");
    await settled(page);
    const problem = page.getByRole("alert").filter({ hasText: "Part of People Log could not load" });
    await expect(problem).toBeVisible();
    await expect(page.getByRole("button", { name: "Jobs" })).toBeDisabled();
    const { rows, count } = people(page);
    await rows.nth(1).getByRole("checkbox").check();
    await expect(count).toHaveText("1 selected");

    await page.unroute(LATER_ENGLISH);
    await problem.getByRole("button", { name: "Retry" }).click();
    await expect(problem).toHaveCount(0);
    await page.getByRole("button", { name: "Actions", exact: true }).click();
    await expect(page.getByRole("menu").getByRole("menuitem", { name: "Resend invitations" })).toBeVisible();
  });

  test("Select from a list asks for the part again, and opens once Retry brings it", async ({ page }) => {
    let fetches = 0;
    await page.route(PART, (route) => {
      fetches += 1;
      return route.fulfill({ status: 404, contentType: "application/problem+json", body: "{}" });
    });
    await page.goto("/");
    await settled(page);
    const problem = page.getByRole("alert").filter({ hasText: "Part of People Log could not load" });
    await expect(problem).toBeVisible();
    expect(fetches).toBe(1);

    await page.getByRole("button", { name: "Select from a list" }).click();
    await expect.poll(() => fetches).toBe(2);
    await expect(problem).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await page.unroute(PART);
    await problem.getByRole("button", { name: "Retry" }).click();
    const dialog = page.getByRole("dialog", { name: "Select from a list" });
    await expect(dialog).toBeVisible();
    await expect(problem).toHaveCount(0);
  });
});
