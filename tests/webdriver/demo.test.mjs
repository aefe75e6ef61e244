// The demo page end to end in one engine (E2E_ENGINE): filter, select, run an action to its summary,
// retry the failures, and a job that survives a reload.
import assert from "node:assert/strict";
import { test } from "node:test";
import { until } from "./webdriver.mjs";
import { api, ctx, fmt, settled, useMockAndBrowser } from "./setup.mjs";

// 250 users a second: a 5,000-user job runs for 20 s, long enough to reload in the middle of it.
useMockAndBrowser(["--rate", "250"]);

test("filter, select all matching but one, send a notification, watch it to the summary, retry the failures", async () => {
  const { browser: b, base } = ctx;
  await b.goto(`${base}/`);
  await settled();

  await b.click("button", "Filters");
  const filters = await b.get("group", "Filters");
  await b.click("checkbox", "Active", await b.get("group", "Status", filters));
  const active = (await api("/people?status=active")).total;
  await b.see(`1–50 of ${fmt(active)} users`, undefined, 20_000);
  await settled();

  await b.click("checkbox", "Select all users on this page");
  await b.get("status", "50 selected");
  await b.click("button", `Select all ${fmt(active)} users that match these filters`);
  await b.see(`All ${fmt(active)} users are selected.`);
  await b.click("checkbox", /^Select (?!all )/);
  await b.get("status", `${fmt(active - 1)} of ${fmt(active)} selected`);

  await b.click("button", "Actions");
  await b.get("menu", "Actions");
  await b.click("menuitem", "Send notification");
  const dialog = await b.get("dialog", "Send notification");
  await b.type(await b.get("textbox", "Subject", dialog), "Cross-engine check");
  await b.type(await b.get("textbox", "Message", dialog), "Hello from every engine.");
  await b.click("button", "Review", dialog);
  await b.see(`Send the notification “Cross-engine check” to ${fmt(active - 1)} users`, dialog, 20_000);
  // Over 1,000 users: a reason is required (§14).
  await b.type(await b.get("textbox", /^Reason \(shown in the history\)/, dialog), "Cross-engine release check");
  await b.click("button", "Send notification", dialog);

  // The progress moves, never back, up to the summary.
  const name = "Progress of Send notification: Cross-engine check";
  await b.get("progressbar", name, dialog);
  const seen = [];
  await until("the summary", async () => {
    const bar = await b.find("progressbar", name, dialog);
    if (bar) seen.push(Number(await b.attr(bar, "value")));
    return b.see("Done with failures", dialog, 0).catch(() => false);
  }, 40_000);
  assert.ok(seen.some((v) => v > 0 && v < active - 1), `progress on the way: ${seen}`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `monotonic: ${seen}`);

  const job = (await api("/batch-jobs?mine=true")).items.find((j) => j.title === "Send notification: Cross-engine check");
  assert.equal(job.total, active - 1, "the excluded user is not in the job");
  const ended = await api(`/batch-jobs/${job.id}`);
  assert.ok(ended.failed > 0, "bounced addresses fail (docs/api.md)");
  await b.see(`${fmt(active - 1)} of ${fmt(active - 1)} users · 100%`, dialog);

  // The retry is a job of its own, followed in the same dialog up to its own summary.
  await b.click("button", "Retry failed", dialog);
  await b.see(`${fmt(ended.failed)} of ${fmt(ended.failed)} users · 100%`, dialog, 30_000);
  const retry = (await api("/batch-jobs?mine=true")).items.find((j) => j.retry_of === job.id);
  assert.equal(retry.total, ended.failed);
});

test("a reload in the middle of a job finds it in the tray, live, until the toast", async () => {
  const { browser: b, base } = ctx;
  const job = await api("/batch-jobs", {
    action: { kind: "send_notification", subject: "Reload check", message: "Hello" },
    selection: { type: "all_matching", filter: {}, expected_count: 5000 },
    reason: "Reload check for every user",
  });
  await b.goto(`${base}/`);
  await settled();
  await b.click("button", /^Jobs · 1 running$/);
  await b.get("listitem", /Reload check.*Running/, await b.get("region", "Jobs"));
  await b.reload();
  await settled();
  await b.click("button", "Jobs · 1 running");
  const item = await b.get("listitem", /Reload check.*Running/, await b.get("region", "Jobs"));
  const progress = await b.get("progressbar", /Reload check/, item);
  await until("progress after the reload", async () => Number(await b.attr(progress, "value")) > 0, 20_000);
  const toast = await b.get("group", "Job finished", undefined, 40_000);
  await b.see(/^Sent “Reload check” to [\d,]+ users · [\d,]+ skipped · [\d,]+ failed/, toast);
  assert.equal((await api(`/batch-jobs/${job.id}`)).status, "completed_with_failures");
});

test("Assign certificate: a date entered in the engine's own date field reaches the review and the job", async () => {
  const { browser: b, base } = ctx;
  const certificate = (await api("/filter-options")).certificates[0];
  const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await b.goto(`${base}/`);
  await settled();
  await b.click("checkbox", /^Select (?!all )/);
  await b.get("status", "1 selected");
  // The History button comes with the batch part and /me. A click on the Actions stand-in while
  // they load was lost once in three Firefox runs (7 Dec, not yet explained): this test waits for
  // them, so it checks the date field; the race is an open bug.
  await b.get("button", "History");
  await b.click("button", "Actions");
  await b.click("menuitem", "Assign certificate");
  const dialog = await b.get("dialog", "Assign certificate");
  const group = await b.get("group", "Certificate", dialog);
  await b.type(await b.get("searchbox", "Search Certificate", group), certificate.name);
  await b.click("radio", certificate.name, group);
  await b.typeDate(await b.get("textbox", "Issue date", dialog), day);
  await b.click("button", "Review", dialog);
  await b.see(`Assign certificate ${certificate.name} to 1 user, issued ${day}`, dialog, 20_000);
  await b.click("button", "Assign certificate", dialog);
  await b.see(/Done/, dialog, 20_000);
  const job = (await api("/batch-jobs?mine=true")).items.find((j) => j.action.kind === "assign_certificate");
  assert.deepEqual(job.action, { kind: "assign_certificate", certificate_id: certificate.id, issue_date: day });
});
