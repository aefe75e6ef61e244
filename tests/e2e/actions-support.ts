import AxeBuilder from "@axe-core/playwright";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { request as http, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { test as base, expect } from "./fixtures";
import { people, settled } from "./helpers";

// The actions specs change people (delete, deactivate, change role, …), so they run against a mock
// of their own: the other specs keep the seeded 5,000. It is seeded with 1,000 labels, so every
// label pick here is a pick among 1,000 options. One server per worker, shared by the actions specs.

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a mock of 5,000 people and 1,000 labels with `extra` arguments; returns its URL, once
 * it answers, and a way to stop it. */
export async function startMock(extra: string[] = []): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    "target/release/mock-api",
    ["--dist", "dist", "--host", "127.0.0.1", "--port", String(port), "--people", "5000", "--labels", "1000", ...extra],
    { stdio: "ignore" },
  );
  const api = await http.newContext({ baseURL: url });
  await expect
    .poll(async () => (await api.get("/api/me").catch(() => undefined))?.status(), { timeout: 30_000 })
    .toBe(200);
  await api.dispose();
  return { url, stop: () => server.kill() };
}

export const test = base.extend<object, { mockBase: string }>({
  mockBase: [
    async ({}, use) => {
      const mock = await startMock();
      await use(mock.url);
      mock.stop();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ mockBase }, use) => use(mockBase),
});

export { expect };

/** The 15 actions of §5 by wire kind: the menu item's name (the spec's words, written out here). */
export const LABELS: Record<string, string> = {
  resend_invitations: "Resend invitations",
  send_password_reset: "Send password reset",
  deactivate: "Deactivate",
  reactivate: "Reactivate",
  delete: "Delete",
  add_to_team: "Add to team",
  add_specialisms: "Add specialisms",
  change_role: "Change role",
  change_language: "Change language",
  add_labels: "Add labels",
  remove_labels: "Remove labels",
  add_task: "Add task",
  share_content: "Share content",
  send_notification: "Send notification",
  assign_certificate: "Assign certificate",
};

export type Named = { id: string; name: string };
export type Options = {
  teams: Named[];
  roles: Named[];
  labels: Named[];
  languages: Named[];
  specialisms: Named[];
  content: (Named & { kind: string })[];
  tasks: Named[];
  certificates: Named[];
  channels: Named[];
  learnlists: Named[];
};
export type Action = Record<string, unknown> & { kind: string };
export type Selection =
  | { type: "explicit"; ids: number[] }
  | { type: "all_matching"; filter: Record<string, unknown>; excluded_ids?: number[]; expected_count: number };
export type Body = { action: Action; selection: Selection; reason?: string };
export type Preview = { total: number; will_change: number; will_skip: number; will_fail: number };
export type Job = { id: string; action: Action; title: string; status: string; total: number; processed: number; reason: string | null };

export async function options(page: Page): Promise<Options> {
  return (await page.request.get("/api/filter-options")).json();
}

/** The server's dry run for a body, asked by the test itself. */
export async function serverPreview(page: Page, body: Body): Promise<Preview> {
  const res = await page.request.post("/api/batch-jobs/preview", { data: body });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

export async function jobs(page: Page): Promise<Job[]> {
  const res = await page.request.get("/api/batch-jobs");
  expect(res.status()).toBe(200);
  return (await res.json()).items;
}

/** The jobs created since `before` (ids of the earlier list). */
export async function newJobs(page: Page, before: Job[]): Promise<Job[]> {
  const known = new Set(before.map((j) => j.id));
  return (await jobs(page)).filter((j) => !known.has(j.id));
}

const TERMINAL = /^(succeeded|completed_with_failures|failed|cancelled)$/;

/** Waits until the job ended, so the next test sees settled data. */
export async function finished(request: APIRequestContext, id: string): Promise<Job> {
  await expect
    .poll(async () => (await (await request.get(`/api/batch-jobs/${id}`)).json()).status, { timeout: 30_000 })
    .toMatch(TERMINAL);
  return (await request.get(`/api/batch-jobs/${id}`)).json();
}

/** Every user id a job processed, from its results. */
export async function processedIds(request: APIRequestContext, id: string): Promise<number[]> {
  const ids: number[] = [];
  for (let p = 1; ; p++) {
    const page = await (await request.get(`/api/batch-jobs/${id}/results?per_page=500&page=${p}`)).json();
    ids.push(...page.items.map((i: { user_id: number }) => i.user_id));
    if (p * 500 >= page.total) return ids.sort((a, b) => a - b);
  }
}

/** Every user id `GET /people` lists for a query string (all pages). */
export async function matchingIds(request: APIRequestContext, query: string): Promise<number[]> {
  const ids: number[] = [];
  for (let p = 1; ; p++) {
    const res = await request.get(`/api/people?${query}${query ? "&" : ""}per_page=500&page=${p}`);
    const page = await res.json();
    ids.push(...page.items.map((i: { id: number }) => i.id));
    if (p * 500 >= page.total) return ids.sort((a, b) => a - b);
  }
}

/**
 * Ticks rows `indices` of the table at `path` (first page, default sort) and returns their ids, as
 * `GET /people` lists them for the same query (the rows' names are checked against it).
 */
export async function selectRows(page: Page, query: string, indices: number[]): Promise<number[]> {
  await page.goto(query ? `/?${query}` : "/");
  await settled(page);
  const listed = (await (await page.request.get(`/api/people?${query}`)).json()).items as { id: number; name: string }[];
  const { rows, count } = people(page);
  for (const i of indices) {
    await expect(rows.nth(i).getByRole("rowheader")).toHaveAccessibleName(listed[i].name);
    await rows.nth(i).getByRole("checkbox").check();
  }
  await expect(count).toHaveText(`${indices.length} selected`);
  return indices.map((i) => listed[i].id);
}

/** Selects every user matching the table at `query` through the header and the banner. */
export async function selectAllMatching(page: Page, query: string): Promise<number> {
  await page.goto(query ? `/?${query}` : "/");
  await settled(page);
  const total = (await (await page.request.get(`/api/people?${query}`)).json()).total as number;
  await people(page).header.check();
  const fmt = total.toLocaleString("en-US");
  await page.getByRole("button", { name: `Select all ${fmt} users that match these filters` }).click();
  await expect(page.getByText(`All ${fmt} users are selected.`)).toBeVisible();
  return total;
}

/** Opens the Actions menu by mouse and picks `label`; returns the dialog. */
export async function openAction(page: Page, label: string) {
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("menu", { name: "Actions" })).toBeVisible();
  await page.getByRole("menuitem", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: label });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** One entry of the dialog's step indicator; the current one has `aria-current="step"`. */
export function step(dialog: Locator, name: string) {
  return dialog.getByRole("list", { name: "Steps" }).getByText(name, { exact: true });
}

/** The dry run's three counts as the review step shows them, once it has answered. */
export async function shownCounts(page: Page) {
  const dialog = page.getByRole("dialog");
  const section = dialog.getByRole("region", { name: "What will happen" });
  await expect(section).toHaveAttribute("aria-busy", "false");
  const read = async (words: string) => {
    const text = await section.getByRole("listitem").filter({ hasText: new RegExp(`^[\\d,]+ ${words}$`) }).textContent();
    return Number((text ?? "").replace(/[^\d]/g, ""));
  };
  return { will_change: await read("will change"), will_skip: await read("will be skipped"), will_fail: await read("will fail") };
}

export async function expectNoViolations(page: Page, state: string) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const summary = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** `YYYY-MM-DD`, `days` from today (UTC, as the server counts). */
export function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
