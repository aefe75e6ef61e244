import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { settled } from "./helpers";

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
  // The table keeps its columns and scrolls inside its own box.
  const scroll = await page.getByRole("table", { name: "Users" }).evaluate((t) => {
    const box = t.closest(".plb-scroll")!;
    return { scrolls: box.scrollWidth > box.clientWidth, overflowX: getComputedStyle(box).overflowX };
  });
  expect(scroll).toEqual({ scrolls: true, overflowX: "auto" });
});
