import { test, expect } from "./fixtures";
import { column, openFilters, people, pick, settled } from "./helpers";

test("a team and a status filter: every row matches, chips remove them", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  await pick(page, "Team", "Sales EMEA");
  await pick(page, "Status", "Active");
  await expect(page).toHaveURL(/status=active/);
  await expect(page).toHaveURL(/team=sales-emea/);
  const total = await page.getByText(/of [\d,]+ users/).textContent();
  expect(total).not.toContain("of 5,000");
  for (const teams of await column(page, 4)) expect(teams).toContain("Sales EMEA");
  for (const status of await column(page, 2)) expect(status).toBe("Active");

  const chips = page.getByRole("list", { name: "Active filters" });
  await chips.getByRole("button", { name: "Remove filter Status: Active" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page).toHaveURL(/team=sales-emea/);
  await chips.getByRole("button", { name: "Clear all" }).click();
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await expect(chips).toHaveCount(0);
});

test("content progress and hire date filters", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const panel = await openFilters(page);
  await panel.getByRole("combobox", { name: "Content item" }).selectOption({ index: 1 });
  await expect(page).toHaveURL(/content=[^&]+&progress=not_completed/);
  await panel.getByRole("combobox", { name: "Progress" }).selectOption("completed");
  await expect(page).toHaveURL(/progress=completed/);
  await expect(page.getByRole("button", { name: /^Remove filter Has completed / })).toBeVisible();

  await panel.getByRole("spinbutton", { name: "Hired in the last (days)" }).fill("365");
  await panel.getByRole("spinbutton", { name: "Hired in the last (days)" }).press("Enter");
  await expect(page).toHaveURL(/hired_within=365/);
  await panel.getByLabel("Hired from").fill("2020-01-01");
  await expect(page).toHaveURL(/hired_from=2020-01-01/);
  await expect(page).not.toHaveURL(/hired_within/);
  await settled(page);
  for (const date of await column(page, 7)) expect(date >= "2020-01-01").toBe(true);
});

test("search is debounced into one request", async ({ page }) => {
  // The page's timers run on Playwright's clock: typing speed cannot decide how many requests go.
  await page.clock.install();
  await page.goto("/");
  await settled(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  const searches: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/people") && r.url().includes("q=")) searches.push(r.url());
  });
  // Slower than the debounce in real time, yet no time passes for the page.
  await page.getByRole("searchbox", { name: "Search by name or email" }).pressSequentially("agnieszka", { delay: 300 });
  await page.clock.runFor(249);
  await expect(page).not.toHaveURL(/q=/);
  expect(searches).toHaveLength(0);
  await page.clock.runFor(1);
  await expect(page).toHaveURL(/q=agnieszka/);
  await settled(page);
  expect(searches).toHaveLength(1);
  expect(new URL(searches[0]).searchParams.get("q")).toBe("agnieszka");
  for (const name of await people(page).table.getByRole("rowheader").allTextContents()) {
    expect(name.toLowerCase()).toContain("agnieszka");
  }
});

test("a superseded request is aborted and never shows as an error", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  // Hold the first search until the test lets it go, so the second one certainly supersedes it
  // while it is in flight (a timed hold races with a slow machine).
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname === "/api/people" && url.searchParams.get("q") === "slow", async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  const search = page.getByRole("searchbox", { name: "Search by name or email" });
  const slowRequest = page.waitForRequest((r) => new URL(r.url()).searchParams.get("q") === "slow");
  await search.fill("slow");
  await slowRequest;
  await search.fill("agnieszka");
  await expect(page).toHaveURL(/q=agnieszka/);
  await settled(page);
  await expect.poll(() => failed.some((u) => u.includes("q=slow"))).toBe(true);
  release();
  await expect(page.getByRole("alert")).toHaveCount(0);
  for (const name of await people(page).table.getByRole("rowheader").allTextContents()) {
    expect(name.toLowerCase()).toContain("agnieszka");
  }
});

test("reload, back and forward reproduce the view", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  await pick(page, "Team", "Sales EMEA");
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/team=sales-emea.*page=2/);
  await settled(page);
  const range = await page.getByText(/of [\d,]+ users/).textContent();
  const names = await people(page).table.getByRole("rowheader").allTextContents();

  await page.reload();
  await settled(page);
  await expect(page.getByText(range!)).toBeVisible();
  expect(await people(page).table.getByRole("rowheader").allTextContents()).toEqual(names);
  await expect(page.getByRole("button", { name: "Remove filter Team: Sales EMEA" })).toBeVisible();

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page).toHaveURL(/team=sales-emea/);
  await page.goBack();
  await expect(page.getByText("1–50 of 5,000 users")).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.getByText(range!)).toBeVisible();
  expect(await people(page).table.getByRole("rowheader").allTextContents()).toEqual(names);
});

test("hire-date fields refuse what the API would, next to the field, keeping the typing", async ({ page }) => {
  await page.goto("/?team=sales-emea");
  await settled(page);
  const panel = await openFilters(page);
  const days = panel.getByRole("spinbutton", { name: "Hired in the last (days)" });
  await days.fill("40000");
  await days.press("Enter");
  await expect(panel.getByRole("alert")).toHaveText("Enter a whole number of days from 1 to 36,500.");
  await expect(days).toHaveValue("40000");
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(page).not.toHaveURL(/hired_within/);
  await expect(page.getByText("Users could not be loaded")).toHaveCount(0);
  await days.fill("365");
  await days.press("Enter");
  await expect(page).toHaveURL(/hired_within=365/);
  await expect(panel.getByRole("alert")).toHaveCount(0);

  const from = panel.getByLabel("Hired from");
  const to = panel.getByLabel("Hired to");
  await from.fill("2024-05-01");
  await expect(page).toHaveURL(/hired_from=2024-05-01/);
  await to.fill("2024-01-01");
  await expect(panel.getByRole("alert")).toHaveText("“Hired from” must be on or before “Hired to”.");
  await expect(to).toHaveValue("2024-01-01");
  await expect(page).not.toHaveURL(/hired_to/);
  await from.fill("2023-05-01");
  await expect(page).toHaveURL(/hired_from=2023-05-01&hired_to=2024-01-01/);
  await expect(panel.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL(/team=sales-emea/);
});
