import { test, expect } from "./fixtures";
import { column, openFilters, people, settled } from "./helpers";

type Person = { id: number; email: string; status: string };

// Issue 7, item 1: while the next result loads, the rows, header checkbox and banner on screen
// belong to the previous query. Nothing clicked on them may act, so the selection after the new
// result lands is exactly what the screen shows.
test("stale rows and banner are inert while the next result loads", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const { header, rows, count } = people(page);
  await header.check();
  await expect(count).toHaveText("50 selected");
  const offer = page.getByRole("button", { name: "Select all 5,000 users that match these filters" });
  await expect(offer).toBeEnabled();

  // Hold the next `/people` answer (the one for the new filter) until the test lets it go.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/api/people" && url.searchParams.get("status") === "active",
    async (route) => {
      await released;
      await route.continue();
    },
  );
  const held = page.waitForRequest((r) => new URL(r.url()).searchParams.get("status") === "active");
  const panel = await openFilters(page);
  await panel.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: "Active", exact: true }).check();
  await held;

  // The old page is still on screen, and inert.
  await expect(people(page).results).toHaveAttribute("aria-busy", "true");
  await expect(offer).toBeDisabled();
  await expect(header).toBeDisabled();
  const staleRow = rows.nth(3).getByRole("checkbox");
  await expect(staleRow).toBeDisabled();
  await offer.click({ force: true });
  await staleRow.click({ force: true });
  await header.click({ force: true });
  await expect(count).toHaveText(/^50 selected/);

  release();
  await settled(page);

  // Expected from the API, not from the widget: the 50 users of the unfiltered first page stay
  // selected, and those who are not active are the ones the new filter hides.
  const first: Person[] = (await (await page.request.get("/api/people?per_page=50")).json()).items;
  const chosen = new Set(first.map((p) => p.email));
  const hidden = first.filter((p) => p.status !== "active").length;
  expect(hidden).toBeGreaterThan(0);
  await expect(count).toHaveText(`50 selected · ${hidden} not shown`);
  await expect(page.getByText(/^All [\d,]+ users are selected\.$/)).toHaveCount(0);
  const emails = await column(page, 1);
  expect(emails.some((e) => chosen.has(e))).toBe(true);
  for (let i = 0; i < emails.length; i++) {
    await expect(rows.nth(i).getByRole("checkbox")).toBeChecked({ checked: chosen.has(emails[i]) });
  }
});
