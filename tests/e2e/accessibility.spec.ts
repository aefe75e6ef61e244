import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { demoInDarkTheme, openFilters, people, pick, settled } from "./helpers";

async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];

/** The demo at `path` with its widget in `theme`. */
async function open(page: Page, theme: Theme, path: string) {
  if (theme === "dark") await demoInDarkTheme(page);
  await page.goto(path);
  await expect(page.locator(`.plb[data-theme="${theme}"]`)).toHaveCount(1);
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test(`axe: first page, filters, partial selection, banner, all matching`, async ({ page }) => {
      // Five full-page axe scans in one test: each takes seconds on a loaded 2-core machine.
      test.slow();
      await open(page, theme, "/");
      await settled(page);
      await expectNoViolations(page, "first page");

      await openFilters(page);
      await pick(page, "Team", "Sales EMEA");
      await expectNoViolations(page, "filters applied");

      const { rows, header } = people(page);
      await rows.nth(1).getByRole("checkbox").check();
      await expect(header).toHaveAttribute("aria-checked", "mixed");
      await expectNoViolations(page, "partial page selection");

      await header.check();
      const offer = page.getByRole("button", { name: /^Select all [\d,]+ users that match these filters$/ });
      await expect(offer).toBeVisible();
      await expectNoViolations(page, "banner");

      await offer.click();
      await expect(page.getByText(/^All [\d,]+ users are selected\.$/)).toBeVisible();
      await expectNoViolations(page, "all matching");
    });

    test("axe: empty state", async ({ page }) => {
      await open(page, theme, "/?q=zzzz-nobody-zzzz");
      await expect(page.getByText("No users match these filters")).toBeVisible();
      await expectNoViolations(page, "empty");
    });

    test.describe("axe: error state", () => {
      test.use({ expectedConsoleErrors: [/status of 503/] });

      test("error", async ({ page }) => {
        await page.route("**/api/people**", (route) =>
          route.fulfill({ status: 503, contentType: "application/problem+json", body: JSON.stringify({ type: "about:blank", title: "Unavailable", status: 503 }) }),
        );
        await open(page, theme, "/");
        await expect(page.getByRole("alert")).toContainText("Users could not be loaded");
        await expectNoViolations(page, "error");
      });
    });
  });
}
