import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

// What the locale specs share: the demo page with its widget in a locale, the pseudo-locale, and
// the checks a translated widget must pass (every word bracketed in en-XA; nothing clipped).

/** Serves the demo page with its declared widget in `locale` (data-locale), the page's own
 * headers, its CSP included, kept. */
export async function demoIn(page: Page, locale: string) {
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = html.replace('<div data-people-log data-api-base="/api">', `<div data-people-log data-api-base="/api" data-locale="${locale}">`);
      expect(body, "the demo page declares its widget as this test expects").not.toBe(html);
      await route.fulfill({ response, body });
    },
  );
}

let pseudoFile: string | undefined;

/** The pseudo-locale's compiled catalog, made by the catalog tool from this checkout's English
 * (`catalogs --pseudo`; never shipped in dist/). */
export function pseudoCatalog(): string {
  if (!pseudoFile) {
    const out = join(mkdtempSync(join(tmpdir(), "plb-pseudo-")), "en-XA.txt");
    execFileSync("cargo", ["run", "--quiet", "-p", "catalogs", "--", "--pseudo", "locales", out], { stdio: "inherit" });
    pseudoFile = readFileSync(out, "utf8");
  }
  return pseudoFile;
}

/** Answers the widget's fetch of `locales/en-XA.txt` with the pseudo-locale. */
export async function servePseudo(page: Page) {
  const body = pseudoCatalog();
  await page.route("**/locales/en-XA.txt", (route) => route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body }));
}

// The pseudo-locale's letters, written from the example (`[Šéļéçţ åļļ 4,213 ûšéŕš ·······]`),
// not from the tool, so a test can name what it expects to see.
const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = [..."åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"];

/** `text` as en-XA writes it, without brackets or padding. */
export function accented(text: string): string {
  return [...text].map((c) => (PLAIN.includes(c) ? ACCENTED[PLAIN.indexOf(c)] : c)).join("");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An accessible name that is `english` today, or its en-XA form once its screen is translated:
 * the walk goes on either way and the check lists what is still English. */
export function either(english: string | RegExp): RegExp {
  const source = english instanceof RegExp ? english.source.replace(/^\^|\$$/g, "") : escape(english);
  // Letters accented, a pattern's escapes (`\d`) kept.
  const pseudo = source.replace(/\\.|[a-zA-Z]/g, (m) => (m.length === 2 ? m : accented(m)));
  return new RegExp(`^(?:${source}|\\[${pseudo}.*\\])$`);
}

/**
 * Every visible text and accessible name inside the widget (its shadow roots) that is neither
 * bracketed (inside an en-XA message) nor data: `data` are the API's strings (names, emails,
 * teams, courses…), and numbers, dates and punctuation alone are exempt. Returns the offenders,
 * each once.
 */
export async function unbracketed(page: Page, data: Set<string>): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: false }) ?? true;
    // Whether the text from `offset` in `whole` is inside a [ … ] span.
    const inside = (whole: string, offset: number) => {
      let depth = 0;
      for (const c of whole.slice(0, offset)) depth += c === "[" ? 1 : c === "]" ? -1 : 0;
      return depth > 0;
    };
    const check = (text: string, whole = text, offset = 0) => {
      const t = text.replace(/\s+/g, " ").trim();
      if (t && !/[[\]]/.test(t) && !inside(whole, offset)) out.push(t);
    };
    const walk = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (["STYLE", "SCRIPT", "TEMPLATE"].includes(el.tagName) || !visible(el)) continue;
        for (const name of ["aria-label", "placeholder", "title", "alt", "aria-description", "aria-roledescription"]) {
          const value = el.getAttribute(name);
          if (value) check(value);
        }
        // Own text nodes, each judged within its element's whole text (a message may hold data).
        const whole = el.textContent ?? "";
        let offset = 0;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.nodeValue ?? "";
          if (node.parentElement === el) check(value, whole, offset);
          offset += value.length;
        }
        // A field's value is what the admin typed or chose; its options are checked as text.
      }
    };
    for (const host of document.querySelectorAll("[data-people-log], people-log-batch")) {
      if (host.shadowRoot) walk(host.shadowRoot);
    }
    return out;
  });
  const known = [...data].filter((d) => d.length > 0).sort((a, b) => b.length - a.length);
  const isData = (text: string) => {
    // Days as Intl writes them in English (the pseudo-locale's numbers and days are English's).
    let rest = text.replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/g, " ");
    // A value cut to fit its cell, "Engineering…": the start of a value.
    const cut = rest.match(/^(.+)…$/);
    if (cut && known.some((d) => d.startsWith(cut[1]))) return true;
    // A name's initials (the avatars).
    const initials = (d: string) => d.split(/[\s-]+/).map((w) => w[0] ?? "").join("").toUpperCase();
    if (/^\p{Lu}{1,3}$/u.test(rest) && known.some((d) => d.includes(" ") && initials(d).startsWith(rest))) return true;
    for (const d of known) if (rest.includes(d)) rest = rest.split(d).join(" ");
    return !/\p{L}/u.test(rest);
  };
  return [...new Set(found.filter((t) => !isData(t)))];
}

/** Every string of a JSON value. */
export function strings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, into));
  return into;
}

/** What the widget may show as data: every string the API answers for these paths. */
export async function apiData(page: Page, paths: string[]): Promise<Set<string>> {
  const data = new Set<string>();
  for (const path of paths) strings(await (await page.request.get(`/api${path}`)).json(), data);
  return data;
}

/**
 * The boxes issue 19 holds to the length rule, visible in the widget now, that are clipped
 * (their content wider or taller than they are) or have a child outside them: buttons, menu
 * items, chips, step labels and dialog titles. Each as "what: its text (why)".
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SELECTOR = "button, [role=menuitem], [role=menuitemcheckbox], .plb-chip, .plb-steps li, dialog h2";
    const out: string[] = [];
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
    const walk = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
      for (const el of root.querySelectorAll<HTMLElement>(SELECTOR)) {
        if (!visible(el)) continue;
        const what = `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}: ${(el.textContent ?? "").replace(/\s+/g, " ").trim() || el.getAttribute("aria-label")}`;
        // One pixel of slack: sub-pixel layout rounds either way.
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${what} (text ${el.scrollWidth}px in ${el.clientWidth}px)`);
        else if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== "visible") {
          out.push(`${what} (text ${el.scrollHeight}px tall in ${el.clientHeight}px)`);
        }
        const box = el.getBoundingClientRect();
        for (const child of el.children) {
          if (!visible(child)) continue;
          const c = child.getBoundingClientRect();
          if (c.width === 0 && c.height === 0) continue;
          if (c.left < box.left - 1 || c.right > box.right + 1 || c.top < box.top - 1 || c.bottom > box.bottom + 1) {
            out.push(`${what} (its ${child.tagName.toLowerCase()} sticks out)`);
            break;
          }
        }
      }
    };
    for (const host of document.querySelectorAll("[data-people-log], people-log-batch")) {
      if (host.shadowRoot) walk(host.shadowRoot);
    }
    return [...new Set(out)];
  });
}
