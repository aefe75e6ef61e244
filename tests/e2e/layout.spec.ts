import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { people, settled } from "./helpers";

// §7: the widget fits the space the host gives it, laid out by its own width (container queries),
// from a phone or a 360 px sidebar column to a full page; the demo page reflows around it.

/** How far the page scrolls sideways. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The widget's visible elements that stick out of its box (the table's own scroll box may scroll). */
const outside = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("[data-people-log]")!.shadowRoot!;
    const box = shadow.querySelector(".plb-root")!.getBoundingClientRect();
    const out: string[] = [];
    for (const el of shadow.querySelectorAll("*")) {
      // The table scrolls inside its box; the dialog and the toasts sit above the page.
      if (el.parentElement?.closest(".plb-scroll") || el.closest("dialog, .plb-toasts")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || !el.checkVisibility()) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
    return out;
  });

for (const width of [320, 360, 390]) {
  test(`at ${width} px the page does not scroll sideways and the dialog fits`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto("/");
    await settled(page);
    expect(await sideways(page)).toBe(0);
    expect(await outside(page)).toEqual([]);
    await page.getByRole("button", { name: /^Filters( · \d+)?$/ }).click();
    await expect(page.getByRole("group", { name: "Filters" })).toBeVisible();
    expect(await sideways(page)).toBe(0);
    expect(await outside(page)).toEqual([]);

    await page.getByRole("table", { name: "Users" }).getByRole("checkbox").nth(1).check();
    await page.getByRole("button", { name: "Actions", exact: true }).click();
    await expect(page.getByRole("menu", { name: "Actions" })).toBeVisible();
    expect(await outside(page)).toEqual([]);
    await page.getByRole("menuitem", { name: "Send notification", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Send notification" });
    await expect(dialog).toBeVisible();
    const fit = await dialog.evaluate((d) => {
      const r = d.getBoundingClientRect();
      return { inside: r.left >= 0 && r.right <= innerWidth, overflow: d.scrollWidth - d.clientWidth };
    });
    expect(fit).toEqual({ inside: true, overflow: 0 });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await sideways(page)).toBe(0);
  });
}

test("in a 360 px column of a wide page nothing overflows the widget", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await settled(page);
  // The host gives the widget a sidebar's width (CSSOM, which the page's CSP allows).
  await page.evaluate(() => {
    (document.querySelector("[data-people-log]") as HTMLElement).style.width = "360px";
  });
  expect(await outside(page)).toEqual([]);
  await page.getByRole("button", { name: /^Filters( · \d+)?$/ }).click();
  await expect(page.getByRole("group", { name: "Filters" })).toBeVisible();
  expect(await outside(page)).toEqual([]);
  await page.getByRole("table", { name: "Users" }).getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("menu", { name: "Actions" })).toBeVisible();
  expect(await outside(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /^Jobs/ }).click();
  await expect(page.getByRole("region", { name: "Jobs" })).toBeVisible();
  expect(await outside(page)).toEqual([]);
  // A condensed list: nothing to scroll sideways.
  const scroll = await page.getByRole("table", { name: "Users" }).evaluate((t) => {
    const box = t.closest(".plb-scroll")!;
    return box.scrollWidth - box.clientWidth;
  });
  expect(scroll).toBe(0);
});

/** The visible boxes of the widget's two bars, as rows of controls: each bar must be one row. */
const barRows = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("[data-people-log]")!.shadowRoot!;
    return [".plb-filter-row", ".plb-selbar"].map((bar) => {
      const tops = new Set<number>();
      for (const el of shadow.querySelector(bar)!.children) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && el.checkVisibility() && !el.classList.contains("plb-visually-hidden")) tops.add(Math.round(r.top + r.height / 2));
      }
      // Centres within a few pixels are one row (a button and a select differ by a pixel or two).
      return [...tops].sort((a, b) => a - b).filter((t, i, all) => i === 0 || t - all[i - 1] > 8).length;
    });
  });

test("at 360 px a press outside More's menu closes it, and focus goes where the press put it", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await settled(page);
  const more = page.getByRole("button", { name: "More" });
  const fromList = page.getByRole("button", { name: "Select from a list" });
  await more.click();
  await expect(fromList).toBeVisible();
  // A press inside the menu, between its controls, keeps it open.
  await page.locator("#plb-more").click({ position: { x: 2, y: 2 } });
  await expect(fromList).toBeVisible();
  // One on another control closes it and leaves focus there.
  const search = page.getByRole("searchbox", { name: "Search by name or email" });
  await search.click();
  await expect(fromList).toBeHidden();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await expect(search).toBeFocused();
  // So does one on the table, which takes no focus.
  await more.click();
  await expect(fromList).toBeVisible();
  await people(page).rows.nth(3).getByRole("rowheader").click();
  await expect(fromList).toBeHidden();
});

test("the density chosen in a narrow widget's More menu is the one the wide filter row shows, and back", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await settled(page);
  const root = page.locator(".plb-root");
  const density = page.getByRole("combobox", { name: "Density" });
  await page.getByRole("button", { name: "More" }).click();
  await density.selectOption({ label: "Compact" });
  await expect(root).toHaveClass(/plb-compact/);
  await density.press("Escape");
  await expect(density).toBeHidden();

  // Wide, the chooser in the filter row shows, and says Compact: the rows are compact.
  await page.setViewportSize({ width: 1280, height: 740 });
  await expect(root).not.toHaveClass(/plb-narrow/);
  await expect(density).toHaveValue("compact");
  await density.selectOption({ label: "Comfortable" });
  await expect(root).not.toHaveClass(/plb-compact/);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole("button", { name: "More" }).click();
  await expect(density).toHaveValue("comfortable");
});

test("at 360 px each bar is one row, More reaches every other control, and rows are a condensed list", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await settled(page);
  const { rows, count } = people(page);
  await rows.nth(0).getByRole("checkbox").check();
  await expect(count).toHaveText("1 selected");
  expect(await barRows(page)).toEqual([1, 1]);
  // A short count keeps to one line beside Actions, Jobs and More.
  const lines = await count.evaluate((el) => {
    const text = document.createRange();
    text.selectNodeContents(el);
    return text.getClientRects().length;
  });
  expect(lines).toBe(1);

  // What the wide bars show beside Actions and Jobs is under More: Clear, Views, Density, Select
  // from a list and History, each doing what it does there.
  const more = page.getByRole("button", { name: "More" });
  for (const hidden of ["Clear", "Views", "Select from a list", "History"]) {
    await expect(page.getByRole("button", { name: hidden, exact: true })).toBeHidden();
  }
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("combobox", { name: "Density" })).toBeVisible();
  expect(await outside(page)).toEqual([]);
  await page.getByRole("button", { name: "Views", exact: true }).click();
  await expect(page.getByRole("region", { name: "Saved views" })).toBeVisible();
  // A choice closes the menu and gives focus back to More.
  await expect(page.getByRole("button", { name: "Clear", exact: true })).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await expect(count).toHaveText("No users selected");
  await more.click();
  const density = page.getByRole("combobox", { name: "Density" });
  await density.selectOption({ label: "Compact" });
  await expect(page.locator(".plb-root")).toHaveClass(/plb-compact/);
  // Escape from inside the menu closes it.
  await density.focus();
  await page.keyboard.press("Escape");
  await expect(density).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await page.getByRole("button", { name: "Select from a list" }).click();
  const list = page.getByRole("dialog", { name: "Select from a list" });
  await expect(list).toBeVisible();
  await list.getByRole("button", { name: "Cancel" }).click();
  await expect(more).toBeFocused();
  await more.click();
  await page.getByRole("button", { name: "History", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "History" })).toBeVisible();
  await page.keyboard.press("Escape");

  // Each row is its checkbox, the name and status over the email; the other columns are the
  // row's details, shown by a tap on it, and named in its cells.
  const first = rows.nth(0);
  const shown = await first.evaluate((row) =>
    [...(row as HTMLTableRowElement).cells].filter((c) => c.checkVisibility()).map((c) => c.className || c.textContent),
  );
  expect(shown).toEqual(["plb-check", "plb-name", "plb-email", expect.stringMatching(/Active|Invitation pending|Inactive/)]);
  const role = await first.locator("td").nth(3).textContent();
  await first.getByRole("rowheader").click();
  const tip = page.locator(".plb-tip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`Role ${role}`);
  await expect(tip).toContainText("Hire date");
  const fits = await tip.evaluate((t) => t.getBoundingClientRect().right <= innerWidth);
  expect(fits).toBe(true);
  // Every row has one height.
  const heights = await rows.evaluateAll((all) => new Set(all.slice(0, 50).map((r) => r.getBoundingClientRect().height)).size);
  expect(heights).toBe(1);
});
