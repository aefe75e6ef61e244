import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./actions-support";
import { overflowing } from "./locale-support";
import { DIALOG_DE } from "../webdriver/german-words.mjs";

// Issue 19 in German and Arabic on the demo page (its language picker, `?lang=`): the compliance
// flow, the mirrored layout, axe, the length rule at 360 and 1280 px, and a live switch that
// keeps what the admin was doing.

/** The dialog's words the flows use, as a German and an Arabic admin read them. */
const DIALOG = DIALOG_DE;
const DIALOG_AR = { sendNotification: "إرسال إشعار", subject: "الموضوع", message: "الرسالة" };

const de = (n: number) => n.toLocaleString("de-DE");

async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** Waits for the table to show a settled answer (any language: the region's busy state). */
async function settledIn(page: Page) {
  await expect(page.locator("section.plb-results")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("table")).toBeVisible();
}

async function total(page: Page, query: string): Promise<number> {
  return (await (await page.request.get(`/api/people?${query}`)).json()).total;
}

test("de: filter, select all matching, Send notification, the summary; axe finds nothing", async ({ page }) => {
  test.slow();
  await page.goto("/?lang=de");
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("de");
  await expect(page.locator(".plb")).toHaveAttribute("lang", "de");
  await settledIn(page);
  await expect(page.getByText(`1–50 von ${de(await total(page, ""))} Benutzern`)).toBeVisible();
  await expectNoViolations(page, "de: first page");

  await page.getByRole("button", { name: /^Filter( · \d+)?$/ }).click();
  await page.locator("#plb-filter-panel").getByRole("group", { name: "Status" }).getByRole("checkbox", { name: "Aktiv", exact: true }).check();
  const n = await total(page, "status=active");
  await expect(page.getByText(`1–50 von ${de(n)} Benutzern`)).toBeVisible();
  await settledIn(page);

  await page.getByRole("checkbox", { name: "Alle Benutzer auf dieser Seite auswählen" }).check();
  await page.getByRole("button", { name: `Alle ${de(n)} Benutzer auswählen, die diesen Filtern entsprechen` }).click();
  await expect(page.getByText(`Alle ${de(n)} Benutzer sind ausgewählt.`)).toBeVisible();
  await expectNoViolations(page, "de: all matching");

  await page.getByRole("button", { name: "Aktionen", exact: true }).click();
  await page.getByRole("menuitem", { name: DIALOG.sendNotification, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: DIALOG.sendNotification });
  await dialog.getByRole("textbox", { name: DIALOG.subject }).fill("Pflichtschulung");
  await dialog.getByRole("textbox", { name: DIALOG.message }).fill("Bitte schließen Sie die Schulung bis Freitag ab.");
  await dialog.getByRole("button", { name: DIALOG.review, exact: true }).click();
  await expect(dialog.locator("[aria-busy=false]").first()).toBeVisible();
  // Over 1,000 users a reason is required (§14).
  await dialog.getByRole("textbox", { name: DIALOG.reason }).fill("Jährliche Compliance-Erinnerung");
  await expectNoViolations(page, "de: review");
  await dialog.locator(".plb-dialog-foot .plb-primary").click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  await expect(dialog.getByRole("button", { name: DIALOG.close, exact: true })).toBeVisible({ timeout: 45_000 });
  // The summary's counts are written the German way.
  await expect(dialog).toContainText(de(n));
  const job = (await (await page.request.get("/api/batch-jobs?mine=true")).json()).items.find(
    (j: { action: { subject?: string } }) => j.action.subject === "Pflichtschulung",
  );
  expect(job.total).toBe(n);
});

test("ar: the widget turns right to left: checkbox column at the right edge, the dialog's primary button on the left; axe finds nothing", async ({ page }) => {
  test.slow();
  await page.goto("/?lang=ar");
  await expect(page.locator(".plb")).toHaveAttribute("dir", "rtl");
  // The host page is left as it is.
  expect(await page.evaluate(() => document.documentElement.dir)).toBe("");
  await settledIn(page);
  await expectNoViolations(page, "ar: first page");

  const table = await page.getByRole("table").boundingBox();
  const header = page.locator("thead th").first();
  const first = await header.boundingBox();
  const checkbox = await header.getByRole("checkbox").boundingBox();
  const email = await page.locator("thead th").nth(1).boundingBox();
  // The first column (the checkboxes) is the rightmost one, at the table's right edge.
  expect(first!.x + first!.width).toBeGreaterThan(table!.x + table!.width - 2);
  expect(checkbox!.x).toBeGreaterThan(email!.x);

  await page.locator("tbody tr").first().getByRole("checkbox").check();
  await page.locator(".plb-selbar button[aria-haspopup=menu]").first().click();
  await page.getByRole("menuitem", { name: DIALOG_AR.sendNotification, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: DIALOG_AR.subject }).fill("تذكير");
  await dialog.getByRole("textbox", { name: DIALOG_AR.message }).fill("يرجى إكمال الدورة.");
  const primary = await dialog.locator(".plb-dialog-foot .plb-primary").boundingBox();
  const others = await dialog.locator(".plb-dialog-foot button:not(.plb-primary)").first().boundingBox();
  // Mirrored: the primary button, last in the footer, is at its left end.
  expect(primary!.x).toBeLessThan(others!.x);
  await expectNoViolations(page, "ar: dialog");
});

for (const lang of ["de", "ar"]) {
  for (const width of [360, 1280]) {
    test(`${lang} at ${width} px: no button, menu item, chip, step label or dialog title is clipped or overflows`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?lang=${lang}&status=active`);
      await settledIn(page);
      const found: string[] = [];
      const check = async (state: string) => found.push(...(await overflowing(page)).map((o) => `${state}: ${o}`));
      await check("table");
      await page.locator(".plb-filters button[aria-controls=plb-filter-panel]").click();
      await expect(page.locator("#plb-filter-panel")).toBeVisible();
      await check("filter panel");
      await page.locator("tbody tr").first().getByRole("checkbox").check();
      await page.locator(".plb-selbar button[aria-haspopup=menu]").first().click();
      await expect(page.getByRole("menu")).toBeVisible();
      await check("actions menu");
      const words = lang === "de" ? DIALOG : DIALOG_AR;
      await page.getByRole("menuitem", { name: words.sendNotification, exact: true }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await check("dialog: configure");
      await dialog.getByRole("textbox", { name: words.subject }).fill("Länge");
      await dialog.getByRole("textbox", { name: words.message }).fill("Länge");
      await dialog.locator(".plb-dialog-foot .plb-primary").click();
      await expect(dialog.locator("[aria-busy=false]").first()).toBeVisible();
      await check("dialog: review");
      expect(found, `boxes clipped or overflowing in ${lang} at ${width} px`).toEqual([]);
    });
  }
}

test("switching from en to de with a dialog open and three users selected keeps the draft and the selection", async ({ page }) => {
  await page.goto("/");
  await settledIn(page);
  const rows = page.locator("tbody tr");
  for (const i of [0, 2, 4]) await rows.nth(i).getByRole("checkbox").check();
  await expect(page.getByRole("status").filter({ hasText: "3 selected" })).toBeVisible();
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await page.getByRole("menuitem", { name: "Send notification", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Send notification" });
  await dialog.getByRole("textbox", { name: "Subject" }).fill("Kept across languages");

  // The page behind a modal dialog is inert, so the host switches through the handle.
  const requests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/")) requests.push(r.headers()["accept-language"] ?? "");
  });
  await page.evaluate(() => (document.querySelector("[data-people-log]") as unknown as { peopleLog: { setLocale(t: string): void } }).peopleLog.setLocale("de"));
  await expect(page.locator(".plb")).toHaveAttribute("lang", "de");
  // The table behind the dialog is German now; the dialog and its draft are as they were.
  await expect(page.getByText(/^1–50 von [\d.]+ Benutzern$/)).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Subject" })).toHaveValue("Kept across languages");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "3 ausgewählt" })).toBeVisible();
  for (const i of [0, 2, 4]) await expect(rows.nth(i).getByRole("checkbox")).toBeChecked();
  await expect(rows.nth(1).getByRole("checkbox")).not.toBeChecked();

  // Requests from now on ask for German problem details.
  await page.getByRole("button", { name: "Nächste Seite" }).click();
  await settledIn(page);
  expect(requests.length).toBeGreaterThan(0);
  expect(new Set(requests)).toEqual(new Set(["de"]));
});

test("the demo's picker switches without a reload and keeps the language in the URL", async ({ page }) => {
  await page.goto("/");
  await settledIn(page);
  await page.getByRole("checkbox", { name: /^Select (?!all )/ }).first().check();
  // A mark a reload would wipe.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await expect(page.locator(".plb")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/[?&]lang=fr\b/);
  // Still the same page: the selection is still there.
  await expect(page.getByRole("status").filter({ hasText: /^1 / })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await page.getByRole("combobox", { name: "Language" }).selectOption("en");
  await expect(page.getByRole("status").filter({ hasText: "1 selected" })).toBeVisible();
  await expect(page).not.toHaveURL(/lang=/);
});

test("the element's locale attribute switches language live", async ({ page }) => {
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<div data-people-log data-api-base="\/api"><\/div>/, '<people-log-batch api-base="/api"></people-log-batch>');
      await route.fulfill({ response, body });
    },
  );
  await page.goto("/");
  await settledIn(page);
  await page.evaluate(() => document.querySelector("people-log-batch")!.setAttribute("locale", "es"));
  await expect(page.locator(".plb")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("table")).not.toHaveAccessibleName("Users");
});

test.describe("a catalog that cannot be fetched", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("keeps the words shown and says so on the console", async ({ page }) => {
    await page.route("**/locales/fr.txt", (route) => route.fulfill({ status: 404, body: "" }));
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await page.goto("/?lang=de");
    await settledIn(page);
    await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
    await expect.poll(() => warnings.join("\n")).toContain("the words stay as they are");
    await expect(page.locator(".plb")).toHaveAttribute("lang", "de");
    await expect(page.getByText(/^1–50 von [\d.]+ Benutzern$/)).toBeVisible();
    // Still a working widget: the next page comes, in German.
    await page.getByRole("button", { name: "Nächste Seite" }).click();
    await expect(page.getByText(/^51–100 von [\d.]+ Benutzern$/)).toBeVisible();
  });
});
