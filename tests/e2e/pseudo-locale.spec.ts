import type { Page } from "@playwright/test";
import { test, expect } from "./actions-support";
import { accented, apiData, demoIn, either, pseudoCatalog, servePseudo, unbracketed } from "./locale-support";

// Issue 19: the widget walked in the pseudo-locale en-XA (accented, 40% longer, bracketed English,
// made from the English catalog by `catalogs --pseudo` and served by the test: it is not shipped).
// Any visible text or accessible name that is not bracketed and is not the API's data is a word
// not taken from a catalog. The walk goes through every state first and fails once, listing each
// such string with the state it was seen in.

test.beforeAll(() => {
  // Built before the first test's clock starts: the tool may need compiling.
  pseudoCatalog();
});

/** Where the walk found English words: "state: text". */
class Findings {
  all: string[] = [];
  constructor(private page: Page, private data: Set<string>) {}
  async check(state: string) {
    for (const text of await unbracketed(this.page, this.data)) {
      if (!this.all.some((seen) => seen.endsWith(`: ${text}`))) this.all.push(`${state}: ${text}`);
    }
  }
}

const SUBJECT = "Pseudo check";
const MESSAGE = "A message written by the admin.";

test("en-XA: every word of the table, filters, banner, a dialog's steps, progress, summary, toast and an error is from a catalog", async ({ page }) => {
  test.slow();
  await servePseudo(page);
  await demoIn(page, "en-XA");
  await page.goto("/");
  const results = page.locator("section.plb-results");
  await expect(results).toHaveAttribute("aria-busy", "false");
  await expect(page.locator(".plb")).toHaveAttribute("lang", "en-XA");
  // The catalog is the one served: the table's caption is en-XA's.
  await expect(page.getByRole("table")).toHaveAccessibleName(new RegExp(`^\\[${accented("Users")} ·+\\]$`));

  // Every user's strings (the review's sample and the summary's failures show users of any page).
  const pages = Array.from({ length: Math.ceil((await (await page.request.get("/api/people")).json()).total / 500) }, (_, i) => `/people?per_page=500&page=${i + 1}`);
  const data = await apiData(page, ["/filter-options", "/me", "/batch-jobs", ...pages]);
  for (const typed of [SUBJECT, MESSAGE, "Why: pseudo"]) data.add(typed);
  const found = new Findings(page, data);
  await found.check("table");

  // Filters, and the panel with its fields.
  await page.getByRole("button", { name: either(/Filters( · \d+)?/) }).click();
  const active = page.getByRole("checkbox", { name: either("Active") });
  await expect(active.first()).toBeVisible();
  await found.check("filter panel");
  await active.first().check();
  await expect(page.locator(".plb-chip").first()).toBeVisible();
  await expect(results).toHaveAttribute("aria-busy", "false");
  for (const path of ["/people?status=active&per_page=50"]) for (const s of await apiData(page, [path])) data.add(s);
  await found.check("filtered, chips");

  // The banner: the page, then everyone matching.
  await page.getByRole("checkbox", { name: either("Select all users on this page") }).check();
  const offer = page.getByRole("button", { name: either(/Select all [\d,]+ users that match these filters/) });
  await expect(offer).toBeVisible();
  await found.check("banner offer");
  await offer.click();
  await expect(page.getByRole("button", { name: either("Clear selection") }).first()).toBeVisible();
  await found.check("all matching");

  // One action through configure, review and run.
  await page.getByRole("button", { name: either("Actions") }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await found.check("actions menu");
  await page.getByRole("menuitem", { name: either("Send notification") }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("textbox", { name: either("Subject") }).fill(SUBJECT);
  await dialog.getByRole("textbox", { name: either("Message") }).fill(MESSAGE);
  await found.check("dialog: configure");
  await dialog.getByRole("button", { name: either("Review") }).click();
  await expect(dialog.locator("[aria-busy=false]").first()).toBeVisible();
  const reason = dialog.getByRole("textbox", { name: either(/Reason \(shown in the history\).*/) });
  if ((await reason.getAttribute("aria-required")) === "true") await reason.fill("Why: pseudo");
  await found.check("dialog: review");
  await dialog.locator(".plb-dialog-foot .plb-primary").click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  await found.check("dialog: progress");
  for (const s of await apiData(page, ["/batch-jobs"])) data.add(s);
  await expect(dialog.getByRole("button", { name: either("Close") })).toBeVisible({ timeout: 45_000 });
  await found.check("dialog: summary");
  await dialog.getByRole("button", { name: either("Close") }).click();
  await expect(dialog).toBeHidden();

  // A toast: a second job, finished while no dialog follows it.
  await page.getByRole("checkbox", { name: either("Select all users on this page") }).check();
  await page.getByRole("button", { name: either("Actions") }).click();
  await page.getByRole("menuitem", { name: either("Send notification") }).click();
  await dialog.getByRole("textbox", { name: either("Subject") }).fill(SUBJECT);
  await dialog.getByRole("textbox", { name: either("Message") }).fill(MESSAGE);
  await dialog.getByRole("button", { name: either("Review") }).click();
  await dialog.locator(".plb-dialog-foot .plb-primary").click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const toast = page.locator(".plb [popover], .plb [role=group]").filter({ hasText: SUBJECT }).last();
  await expect(toast).toBeVisible({ timeout: 45_000 });
  for (const s of await apiData(page, ["/batch-jobs"])) data.add(s);
  await found.check("toast");

  // An error state: the people request refused.
  await page.route("**/api/people**", (route) =>
    route.fulfill({
      status: 500,
      contentType: "application/problem+json",
      body: JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500, detail: "Pseudo failure" }),
    }),
  );
  for (const s of ["Internal Server Error", "Pseudo failure"]) data.add(s);
  await page.goto("/");
  await expect(page.getByRole("alert").first()).toBeVisible();
  await found.check("error");

  expect(found.all, "words not from a catalog (state: text), in en-XA").toEqual([]);
});

test.use({ expectedConsoleErrors: [/status of 500/] });
