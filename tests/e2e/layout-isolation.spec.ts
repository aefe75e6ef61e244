import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { settled } from "./helpers";

// §7: host CSS cannot change the widget, and the host themes it only through --plb-* properties.

const PROPS = ["font-family", "font-size", "font-style", "font-weight", "line-height", "letter-spacing", "word-spacing",
  "text-transform", "text-align", "text-indent", "text-shadow", "white-space", "color", "cursor", "box-sizing", "color-scheme"];

/** A few computed styles of the widget's parts, found by role. */
async function look(page: Page) {
  const parts = {
    heading: page.getByRole("button", { name: /^Name/ }),
    search: page.getByRole("searchbox", { name: "Search by name or email" }),
    filters: page.getByRole("button", { name: /^Filters( · \d+)?$/ }),
    count: page.getByText("No users selected"),
    cell: page.getByRole("table", { name: "Users" }).getByRole("cell").nth(2),
  };
  const out: Record<string, Record<string, string>> = {};
  for (const [name, part] of Object.entries(parts)) {
    out[name] = await part.evaluate((el, props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }, PROPS);
  }
  return out;
}

/** Adds host CSS to the demo page as a constructed sheet (the page's CSP allows no inline style). */
async function hostCss(page: Page, css: string) {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

test("hostile host CSS changes nothing inside the widget", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const before = await look(page);
  await hostCss(
    page,
    `* { font: italic 900 22px/3 serif !important; box-sizing: content-box !important; letter-spacing: 3px !important;
         word-spacing: 9px !important; text-transform: uppercase !important; text-align: right !important;
         text-indent: 20px !important; text-shadow: 1px 1px red !important; white-space: nowrap !important;
         color: red !important; cursor: crosshair !important; color-scheme: dark !important; }
     html { font-size: 40px } table { display: block } button { all: unset } input[type=checkbox] { display: none }
     dialog { display: block }`,
  );
  // The host's rules did apply to its own page.
  await expect(page.getByRole("heading", { name: "People" })).toHaveCSS("font-size", "22px");
  expect(await look(page)).toEqual(before);
  await expect(page.getByRole("table", { name: "Users" }).getByRole("checkbox").first()).toBeVisible();
});

test("the host themes the widget through --plb-* properties, and a dark theme is one attribute away", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const filters = page.getByRole("button", { name: /^Filters( · \d+)?$/ });
  await expect(filters).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(filters).toHaveCSS("border-top-left-radius", "6px");
  await hostCss(page, "[data-people-log] { --plb-bg: rgb(250, 240, 230); --plb-radius: 0px; --plb-font: monospace }");
  await expect(filters).toHaveCSS("background-color", "rgb(250, 240, 230)");
  await expect(filters).toHaveCSS("border-top-left-radius", "0px");
  await expect(filters).toHaveCSS("font-family", "monospace");

  // The `theme` option's hook: data-theme on the widget's `.plb` root (light by default); "auto"
  // follows the reader's system.
  await page.reload();
  await settled(page);
  expect(await page.evaluate(() => (document.querySelector("[data-people-log]")!.shadowRoot!.querySelector(".plb") as HTMLElement).dataset.theme)).toBe("light");
  const setTheme = (theme: string) =>
    page.evaluate((theme) => {
      (document.querySelector("[data-people-log]")!.shadowRoot!.querySelector(".plb") as HTMLElement).dataset.theme = theme;
    }, theme);
  await setTheme("dark");
  await expect(filters).toHaveCSS("background-color", "rgb(13, 17, 23)");
  await expect(filters).toHaveCSS("color", "rgb(230, 237, 243)");
  await setTheme("auto");
  await expect(filters).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(filters).toHaveCSS("background-color", "rgb(13, 17, 23)");
  await setTheme("light");
  await expect(filters).toHaveCSS("background-color", "rgb(255, 255, 255)");
});
