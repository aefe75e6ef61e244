// The parts of the bench that go through the actions' dialogs and the job view: long tasks from each
// action's menu item to its review and from Run to a job's summary, the heap across dialog open and
// close cycles, and polling (requests per job against the server's interval, none while hidden).
import { randomUUID } from "node:crypto";
import { frames, log, openPage } from "./common.mjs";

/** How each action reaches its review from an all-matching selection: the pickers take their first
 * choice, text fields a short value (the same fields as tests/e2e/actions.spec.ts). */
const day = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export const ACTIONS = [
  ["Resend invitations"],
  ["Send password reset"],
  ["Deactivate"],
  ["Reactivate"],
  ["Delete"],
  ["Add to team", { pick: "Team" }],
  ["Add specialisms", { many: "Specialisms" }],
  ["Change role", { pick: "New role" }],
  ["Change language", { pick: "Language" }],
  ["Add labels", { many: "Labels" }],
  ["Remove labels", { many: "Labels" }],
  ["Add task", { pick: "Task" }],
  ["Share content", { many: "Content to share" }],
  ["Send notification", { text: [["Subject", "Quarterly review"], ["Message", "Please book your review by Friday."]] }],
  ["Assign certificate", { pick: "Certificate", date: ["Issue date", day(-3)] }],
];

export async function settled(page) {
  await page.waitForFunction(() => window.__bench.rowCount() > 0 && !window.__bench.busy(), null, { timeout: 60_000 });
}

export async function selectAllMatching(page) {
  await page.getByRole("checkbox", { name: "Select all users on this page" }).click();
  await page.getByRole("button", { name: /^Select all [\d,]+ users that match/ }).click();
  await page.getByText(/^All [\d,]+ users are selected\.$/).waitFor();
}

/** Opens an action from the menu and fills it up to its review, which is shown once the server's
 * dry run has answered. Returns the dialog. */
export async function toReview(page, [label, fill = {}]) {
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await page.getByRole("menuitem", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: label });
  await dialog.waitFor();
  const group = (name) => dialog.getByRole("group", { name });
  if (fill.pick) await group(fill.pick).getByRole("radio").first().check();
  if (fill.many) await group(fill.many).getByRole("checkbox").first().check();
  for (const [name, value] of fill.text ?? []) await dialog.getByRole("textbox", { name }).fill(value);
  if (fill.date) await dialog.getByLabel(fill.date[0]).fill(fill.date[1]);
  if (Object.keys(fill).length) await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await dialog.getByRole("region", { name: "What will happen" }).and(dialog.locator('[aria-busy="false"]')).waitFor();
  return dialog;
}

export async function closeDialog(page, dialog) {
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
}

const tasksSince = (page, t) => page.evaluate((t) => window.__bench.longTasks.filter((e) => e.start >= t), t);
const now = (page) => page.evaluate(() => performance.now());

/** Long tasks from each action's menu item to its review (all 5,000 selected), and from Run to the
 * job's summary (Send notification to all 5,000, which changes no user). Default page size. */
export async function dialogFlows(browser, config) {
  const p = await openPage(browser, "/");
  const { page } = p;
  await page.goto(config.base + "/");
  await settled(page);
  await selectAllMatching(page);
  const out = {};
  for (const action of ACTIONS) {
    await frames(page);
    const t = await now(page);
    const dialog = await toReview(page, action);
    await frames(page);
    out[`${action[0]}: dialog to review`] = [await tasksSince(page, t)];
    await closeDialog(page, dialog);
  }
  // Running empties the selection, so the job comes last.
  const dialog = await toReview(page, ACTIONS.find(([l]) => l === "Send notification"));
  await frames(page);
  const t = await now(page);
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();
  await dialog.getByRole("region", { name: "Summary" }).waitFor({ timeout: 120_000 });
  await frames(page);
  out["Send notification to 5,000: Run to the job's summary"] = [await tasksSince(page, t)];
  await p.context.close();
  return out;
}

/** JS heap after a forced GC across 5 dialog open → review → close cycles (5,000 selected). */
export async function dialogMemory(browser, config, heap) {
  const p = await openPage(browser, "/");
  await p.page.goto(config.base + "/");
  await settled(p.page);
  await selectAllMatching(p.page);
  const series = [await heap(p.cdp)];
  for (let cycle = 0; cycle < 5; cycle++) {
    const action = ACTIONS[cycle % 2 ? 5 : 13]; // Send notification, then Add to team, in turn
    await closeDialog(p.page, await toReview(p.page, action));
    series.push(await heap(p.cdp));
  }
  await p.context.close();
  return { series };
}

const NOTIFY_ALL = {
  action: { kind: "send_notification", subject: "Bench", message: "Polling" },
  selection: { type: "all_matching", filter: {}, expected_count: 5000 },
  // Over 1,000 users: the server requires a reason (§14).
  reason: "Bench: polling",
};

/** Starts a job through the API, as the dialog would. */
async function startJob(request, base) {
  const res = await request.post(`${base}/api/batch-jobs`, { data: NOTIFY_ALL, headers: { "Idempotency-Key": randomUUID() } });
  if (res.status() !== 202) throw new Error(`POST /api/batch-jobs: ${res.status()} ${await res.text()}`);
  return res.json();
}

const TERMINAL = /^(succeeded|completed_with_failures|failed|cancelled)$/;

/** The page's GETs of one job's status (its polls): when each left, and when an answer first said
 * the job had ended. */
function polls(page, id) {
  const times = [];
  const mine = (r) => r.method() === "GET" && new URL(r.url()).pathname === `/api/batch-jobs/${id}`;
  page.on("request", (r) => mine(r) && times.push(Date.now()));
  page.on("response", async (res) => {
    if (!mine(res.request()) || times.ended) return;
    const body = await res.json().catch(() => ({}));
    if (TERMINAL.test(body.status ?? "")) times.ended = Date.now();
  });
  return times;
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** Document visibility as the page sees it (the override the e2e spec uses: a headless tab is
 * never hidden on its own). */
const setHidden = (page, hidden) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, "visibilityState", { value: hidden ? "hidden" : "visible", configurable: true });
    Object.defineProperty(document, "hidden", { value: hidden, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);

/** A 5,000-user job followed from the tray while visible until it ends, then another with the page
 * hidden for a while and shown again. */
export async function polling(browser, config) {
  const out = {};
  {
    const p = await openPage(browser, "/");
    const job = await startJob(p.page.request, config.base);
    const times = polls(p.page, job.id);
    const from = Date.now();
    await p.page.goto(config.base + "/");
    await settled(p.page);
    while (!times.ended) await wait(200);
    const ended = times.ended;
    await wait(3000); // a poll after the end would show here
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    out.visible = {
      serverIntervalMs: job.poll_after_ms ?? null,
      seconds: (ended - from) / 1000, // from opening the page to the answer saying it ended
      polls: times.length,
      afterEnd: times.filter((t) => t > ended).length,
      minGapMs: gaps.length ? Math.min(...gaps) : null,
      medianGapMs: gaps.length ? gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : null,
    };
    await p.context.close();
  }
  {
    const p = await openPage(browser, "/");
    const job = await startJob(p.page.request, config.base);
    const times = polls(p.page, job.id);
    await p.page.goto(config.base + "/");
    await settled(p.page);
    while (times.length === 0) await wait(100);
    await setHidden(p.page, true);
    const hiddenAt = Date.now();
    await wait(5000);
    const whileHidden = times.filter((t) => t > hiddenAt).length;
    const shownAt = Date.now();
    await setHidden(p.page, false);
    while (!times.some((t) => t > shownAt)) await wait(20);
    out.hidden = {
      hiddenSeconds: (shownAt - hiddenAt) / 1000,
      pollsWhileHidden: whileHidden,
      msToFirstPollWhenShown: times.find((t) => t > shownAt) - shownAt,
    };
    while (!times.ended) await wait(200); // no job left running for the parts after this one
    await p.context.close();
  }
  log(`polling: ${JSON.stringify(out)}`);
  return out;
}
