import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  test,
  expect,
  expectNoViolations,
  finished,
  jobs,
  newJobs,
  openAction,
  options,
  processedIds,
} from "./actions-support";
import { column, openViews, people, pick, settled } from "./helpers";

// Select from a list (§12), end to end against the mock. A list's job changes people, so these run
// on the actions specs' own mock (actions-support), not the shared one.

test.describe.configure({ timeout: 60_000 });

type Listed = { id: number; name: string; email: string; status: string };

/** Users as `GET /people` lists them (default order), asked by the test itself. */
async function listed(page: Page, query: string): Promise<Listed[]> {
  const res = await page.request.get(`/api/people?${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()).items;
}

/** Opens the list dialog from the selection bar. */
async function openListDialog(page: Page) {
  await page.getByRole("button", { name: "Select from a list" }).click();
  const dialog = page.getByRole("dialog", { name: "Select from a list" });
  await expect(dialog).toBeVisible();
  return dialog;
}

const range = (n: number) => `1–${n.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} ${n === 1 ? "user" : "users"}`;

test("paste 50 emails, show and select all 46, and Add labels acts on exactly those 46", async ({ page }) => {
  const o = await options(page);
  const users = (await listed(page, "per_page=100")).slice(0, 46);
  expect(users).toHaveLength(46);
  const emails = users.map((u) => u.email);
  // One in capitals: emails match without regard to case.
  emails[7] = emails[7].toUpperCase();
  const unknown = ["no.such.person@acme.example", "left.last.year@globex.example", "never.here@initech.example"];
  // 46 users, one of them twice, and three nobody has: 50 entries.
  const pasted = [...emails.slice(0, 20), unknown[0], users[3].email, ...emails.slice(20, 40), unknown[1], ...emails.slice(40), unknown[2]];
  expect(pasted).toHaveLength(50);

  await page.goto("/");
  await settled(page);
  const dialog = await openListDialog(page);
  await expectNoViolations(page, "list dialog");
  await dialog.getByRole("textbox", { name: "Paste the list" }).fill(pasted.join("\n"));
  await dialog.getByRole("button", { name: "Match", exact: true }).click();
  await expect(dialog.getByRole("heading", { name: "46 of 50 matched · 3 not found · 1 duplicate", exact: true })).toBeFocused();
  // The entries left out, in the order pasted, each with its reason: text to copy.
  await expect(dialog.getByRole("textbox", { name: /^Not matched/ })).toHaveValue(
    [
      `${unknown[0]}\tNo user has this email, username or id`,
      `${users[3].email}\tAlready in the list`,
      `${unknown[1]}\tNo user has this email, username or id`,
      `${unknown[2]}\tNo user has this email, username or id`,
      "",
    ].join("\n"),
  );
  // … and as a CSV file.
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download CSV of entries not matched" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")).toEqual([
    "\uFEFFEntry,Reason",
    `${unknown[0]},"No user has this email, username or id"`,
    `${users[3].email},Already in the list`,
    `${unknown[1]},"No user has this email, username or id"`,
    `${unknown[2]},"No user has this email, username or id"`,
    "",
  ]);
  await expectNoViolations(page, "list dialog, matched");

  const posted: { selection: Record<string, unknown> }[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/batch-jobs") posted.push(r.postDataJSON());
  });
  await dialog.getByRole("button", { name: "Show and select all 46", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/[?&]list=list-[^&]+/);
  const listId = new URL(page.url()).searchParams.get("list")!;
  await settled(page);
  await expect(page.getByText(range(46), { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove filter In list: Pasted list, .+ \(46\)$/ })).toBeVisible();
  await expect(page.getByText("All 46 users are selected.")).toBeVisible();
  await expect(people(page).count).toHaveText("46 selected");

  const before = await jobs(page);
  const action = await openAction(page, "Add labels");
  const labels = action.getByRole("group", { name: "Labels" });
  await labels.getByRole("searchbox", { name: "Search Labels" }).fill(o.labels[4].name);
  await labels.getByRole("checkbox", { name: o.labels[4].name, exact: true }).check();
  await action.getByRole("button", { name: "Review", exact: true }).click();
  await expect(action.getByText(`Add labels ${o.labels[4].name} to 46 users`, { exact: true })).toBeVisible();
  // The review names the frozen filter: the list, by its name.
  await expect(action.getByRole("list", { name: "Filters of this selection" }).getByRole("listitem")).toHaveText([
    /^In list: Pasted list, .+ \(46\)$/,
  ]);
  await action.getByRole("button", { name: "Add labels", exact: true }).click();
  await expect(action.getByRole("progressbar")).toBeVisible();

  // The job went out as the list's filter, never as 46 ids, and covers exactly the 46 users.
  expect(posted).toHaveLength(1);
  expect(posted[0].selection).toMatchObject({ type: "all_matching", filter: { list: listId }, expected_count: 46 });
  const created = await newJobs(page, before);
  expect(created).toHaveLength(1);
  expect(created[0].total).toBe(46);
  await finished(page.request, created[0].id);
  expect(await processedIds(page.request, created[0].id)).toEqual(users.map((u) => u.id).sort((a, b) => a - b));
});

test("a CSV from Excel (BOM, CRLF, an Email column) combines with Status: Active", async ({ page }) => {
  const users = (await listed(page, "per_page=100&sort=-hire_date")).slice(0, 40);
  const rows = users.map((u, i) => `${i + 1},"${u.name}",${u.email}`);
  const csv = `\uFEFFRow,Full name,Email\r\n${rows.join("\r\n")}\r\n`;
  const active = users.filter((u) => u.status === "active");
  expect(active.length).toBeGreaterThan(0);
  expect(active.length).toBeLessThan(users.length);

  await page.goto("/");
  await settled(page);
  const dialog = await openListDialog(page);
  await dialog.getByLabel("Or choose a .csv or .txt file").setInputFiles({
    name: "HR export.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await expect(dialog.getByRole("heading", { name: "40 of 40 matched", exact: true })).toBeVisible();
  await expect(dialog.getByText("List: HR export.csv")).toBeVisible();
  await dialog.getByRole("button", { name: "Show these 40 users", exact: true }).click();
  await settled(page);
  await expect(page.getByText(range(40), { exact: true })).toBeVisible();
  await expect(people(page).count).toHaveText("No users selected");

  await pick(page, "Status", "Active");
  await expect(page).toHaveURL(/list=list-.*status=active|status=active.*list=list-/);
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips.getByRole("button", { name: "Remove filter In list: HR export.csv (40)" })).toBeVisible();
  await expect(chips.getByRole("button", { name: "Remove filter Status: Active" })).toBeVisible();
  await expect(page.getByText(range(active.length), { exact: true })).toBeVisible();
  const emails = await column(page, 1);
  expect(emails.sort()).toEqual(active.map((u) => u.email).sort());
  for (const status of await column(page, 2)) expect(status).toBe("Active");

  // Removing the list's chip keeps the status.
  await chips.getByRole("button", { name: "Remove filter In list: HR export.csv (40)" }).click();
  await expect(page).not.toHaveURL(/list=/);
  await expect(page).toHaveURL(/status=active/);
});

test("reload, back and forward and a saved view keep the list filter", async ({ page }) => {
  const users = (await listed(page, "per_page=25&sort=name")).slice(0, 12);
  // Mixed, as one pasted spreadsheet row: user ids and emails.
  const pasted = users.map((u, i) => (i % 2 ? String(u.id) : u.email)).join(", ");
  const all = (await (await page.request.get("/api/people")).json()).total as number;

  await page.goto("/");
  await settled(page);
  const dialog = await openListDialog(page);
  await dialog.getByRole("textbox", { name: "Paste the list" }).fill(pasted);
  await dialog.getByRole("button", { name: "Match", exact: true }).click();
  await dialog.getByRole("button", { name: "Show these 12 users", exact: true }).click();
  await settled(page);
  const chip = page.getByRole("button", { name: /^Remove filter In list: Pasted list, .+ \(12\)$/ });
  await expect(chip).toBeVisible();
  const name = (await chip.getAttribute("aria-label"))!;
  await expect(page.getByText(range(12), { exact: true })).toBeVisible();

  // After a reload the widget asks the server what the list is called.
  await page.reload();
  await settled(page);
  await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
  await expect(page.getByText(range(12), { exact: true })).toBeVisible();
  expect((await column(page, 1)).sort()).toEqual(users.map((u) => u.email).sort());

  await page.goBack();
  await expect(page).not.toHaveURL(/list=/);
  await settled(page);
  await expect(page.getByText(`1–50 of ${all.toLocaleString("en-US")} users`, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/list=list-/);
  await settled(page);
  await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
  await expect(page.getByText(range(12), { exact: true })).toBeVisible();

  const views = await openViews(page);
  const view = `HR list ${Date.now()}`;
  await views.getByRole("textbox", { name: "View name" }).fill(view);
  await views.getByRole("button", { name: "Save view" }).click();
  await views.getByRole("button", { name: `Apply view ${view}` }).waitFor();
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page).not.toHaveURL(/list=/);
  await settled(page);
  await views.getByRole("button", { name: `Apply view ${view}` }).click();
  await expect(page).toHaveURL(/list=list-/);
  await settled(page);
  await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
  await expect(page.getByText(range(12), { exact: true })).toBeVisible();
});

test.describe("a list that is gone", () => {
  // The server refuses it (400 on /people, 404 on the list itself); the browser logs both answers.
  test.use({ expectedConsoleErrors: [/status of 40[04]/] });

  test("the chip and the table say so, and offer to remove it, keeping the other filters", async ({ page }) => {
    await page.goto("/?list=list-expired-long-ago&status=active");
    const results = people(page).results;
    await expect(results.getByRole("alert")).toContainText("This list is no longer available");
    await expect(page.getByRole("button", { name: "Remove filter In list: no longer available" })).toBeVisible();
    await results.getByRole("button", { name: "Remove the list" }).click();
    await expect(page).not.toHaveURL(/list=/);
    await expect(page).toHaveURL(/status=active/);
    await settled(page);
    for (const status of await column(page, 2)) expect(status).toBe("Active");
  });
});

test("what cannot be read is said next to it, and what was pasted stays", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const opener = page.getByRole("button", { name: "Select from a list" });
  const dialog = await openListDialog(page);
  const paste = dialog.getByRole("textbox", { name: "Paste the list" });
  const problem = dialog.getByRole("alert");
  const match = dialog.getByRole("button", { name: "Match", exact: true });
  const lists: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/people/lists") lists.push(r.method());
  });

  // As copied from a mail's To: line. (One per line is as valid, but Chromium's own typing of
  // thousands of lines into a text area, which Playwright's fill uses, takes minutes.)
  const tooMany = Array.from({ length: 12_430 }, (_, i) => `person${i}@acme.example`).join(", ");
  await paste.fill(tooMany);
  await match.click();
  await expect(problem).toHaveText("10,000 at most; this list has 12,430. Split it into smaller lists.");
  await expect(paste).toHaveValue(tooMany);
  await expect(paste).toHaveAttribute("aria-invalid", "true");

  await paste.fill(" ,\n;\t ");
  await match.click();
  await expect(problem).toContainText("There is nothing to match.");
  await expect(paste).toHaveValue(" ,\n;\t ");

  // A file saved as UTF-16 (Excel's "Unicode text"), and a table with no column of entries.
  await paste.fill("ada@acme.example");
  const file = dialog.getByLabel("Or choose a .csv or .txt file");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Email\r\nada@acme.example\r\n", "utf16le")]);
  await file.setInputFiles({ name: "export.txt", mimeType: "text/plain", buffer: utf16 });
  await expect(problem).toContainText("Save it as UTF-8 CSV");
  await file.setInputFiles({ name: "names.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Team\r\nAda Lovelace,Sales\r\nSam Okafor,Ops\r\n") });
  await expect(problem).toContainText("no column of emails, usernames or ids");
  await expect(paste).toHaveValue("ada@acme.example");
  // Nothing unreadable was sent.
  expect(lists).toEqual([]);

  // Esc closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
