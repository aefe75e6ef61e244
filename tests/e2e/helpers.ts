import { expect, type Page } from "@playwright/test";

/** The People table and the region around it. */
export function people(page: Page) {
  const results = page.getByRole("region", { name: "People" });
  const table = page.getByRole("table", { name: "Users" });
  return {
    results,
    table,
    /** Body rows (the header row excluded). */
    rows: table.getByRole("rowgroup").nth(1).getByRole("row"),
    header: page.getByRole("checkbox", { name: "Select all users on this page" }),
    count: page.getByRole("status").filter({ hasText: /selected/ }),
  };
}

/** Waits until the table shows a settled result for the current URL. */
export async function settled(page: Page) {
  await expect(people(page).results).toHaveAttribute("aria-busy", "false");
  await expect(page.getByText(/^\d[\d,]*–[\d,]+ of [\d,]+ users?$|^No users match these filters$/)).toBeVisible();
}

export async function openFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters( · \d+)?$/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return page.getByRole("group", { name: "Filters" });
}

/** Opens the Views menu's panel (unless open) and returns its saved views. */
export async function openViews(page: Page) {
  const toggle = page.getByRole("button", { name: "Views", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return page.getByRole("region", { name: "Saved views" });
}

/** Ticks one option of a multi-select filter and waits for the result. */
export async function pick(page: Page, field: string, option: string) {
  const panel = await openFilters(page);
  await panel.getByRole("group", { name: field }).getByRole("checkbox", { name: option, exact: true }).check();
  await settled(page);
}

/** One column's whole values for every body row (0 = checkbox cell, 1 = email, 2 = status, … ): a
 * list's (teams, labels) from its accessible name, since only its first chips are text. */
export async function column(page: Page, index: number): Promise<string[]> {
  const rows = people(page).rows;
  const n = await rows.count();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const cell = rows.nth(i).getByRole("cell").nth(index);
    out.push((await cell.getAttribute("aria-label")) ?? (await cell.textContent()) ?? "");
  }
  return out;
}

/** Serves the demo page with its declared widget turned into the custom element with
 * theme="dark" (the page's own headers, its CSP included, kept). */
export async function demoInDarkTheme(page: Page) {
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = html.replace(/<div data-people-log data-api-base="\/api"><\/div>/, '<people-log-batch api-base="/api" theme="dark"></people-log-batch>');
      expect(body, "the demo page declares its widget as this test expects").not.toBe(html);
      await route.fulfill({ response, body });
    },
  );
}
