import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

// The README's embedding snippet, run as written: its HTML as a page, its host script as /host.js.
// The snippet keeps no reference to its handle once it has run: the widget must stay mounted.

function snippet(language: "html" | "js"): string {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## Embedding"));
  const block = section.match(new RegExp("```" + language + "\\n([\\s\\S]*?)```"));
  if (!block) throw new Error(`README.md's Embedding section has no ${language} block`);
  return block[1];
}

test("the README's embedding snippet mounts both forms, each with its own URL keys", async ({ page }) => {
  await page.route(/\/readme-embed\.html/, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!DOCTYPE html><html lang="en"><body>${snippet("html")}</body></html>` }),
  );
  await page.route("**/host.js", (route) => route.fulfill({ contentType: "text/javascript", body: snippet("js") }));
  await page.goto("/readme-embed.html?tab=1");
  const main = page.locator("#people");
  const side = page.locator("people-log-batch");
  await expect(main.getByText(/^1–25 of [\d,]+ users$/)).toBeVisible();
  // The snippet's element says locale="de-DE": its words are German, its numbers too.
  await expect(side.getByText(/^1–50 von \d\.\d{3} Benutzern$/)).toBeVisible();
  await main.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\?tab=1&main_page=2$/);
  await expect(main.getByText(/^26–50 of [\d,]+ users$/)).toBeVisible();
  await expect(side.getByText(/^1–50 von \d\.\d{3} Benutzern$/)).toBeVisible();
});
