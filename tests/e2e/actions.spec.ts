import type { Locator, Page } from "@playwright/test";
import {
  test,
  expect,
  LABELS,
  type Action,
  type Body,
  type Options,
  type Selection,
  day,
  expectNoViolations,
  finished,
  jobs,
  matchingIds,
  newJobs,
  openAction,
  options,
  processedIds,
  selectAllMatching,
  selectRows,
  serverPreview,
  shownCounts,
  step,
} from "./actions-support";
import { people } from "./helpers";

// Each of the 15 actions of §5 as the Owner, end to end against the mock: select, open from the
// menu, configure every field kind, review (the dry run the dialog shows is the server's), run, and
// find exactly one new job with that action, those parameters and that selection.

test.describe.configure({ timeout: 60_000 });

const users = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "user" : "users"}`;

/** Ticks one choice of the picker named `legend`, searching for it first (lists show at most 50). */
async function choose(dialog: Locator, legend: string, name: string, multiple = false) {
  const group = dialog.getByRole("group", { name: legend });
  await group.getByRole("searchbox", { name: `Search ${legend}` }).fill(name);
  await group.getByRole(multiple ? "checkbox" : "radio", { name, exact: true }).check();
  if (multiple) await expect(group.getByRole("button", { name: `Remove ${name}` })).toBeVisible();
  await group.getByRole("searchbox", { name: `Search ${legend}` }).fill("");
}

type Case = {
  kind: string;
  /** Selects users; returns the wire selection and the ids it stands for now. */
  select: (page: Page) => Promise<{ selection: Selection; ids: number[] }>;
  /** Fills the configuration form; returns the parameters the job must carry. */
  configure?: (dialog: Locator, o: Options) => Promise<Record<string, unknown>>;
  /** The review sentence for `n` users. */
  sentence: (n: number, o: Options) => string;
};

const rows = (query: string, indices: number[]) => async (page: Page) => {
  const ids = await selectRows(page, query, indices);
  return { selection: { type: "explicit" as const, ids }, ids };
};
const allMatching = (query: string, filter: Record<string, unknown>) => async (page: Page) => {
  const ids = await matchingIds(page.request, query);
  const total = await selectAllMatching(page, query);
  expect(total).toBe(ids.length);
  return { selection: { type: "all_matching" as const, filter, excluded_ids: [], expected_count: total }, ids };
};

const CASES: Case[] = [
  {
    kind: "resend_invitations",
    select: allMatching("status=invited", { status: ["invited"] }),
    sentence: (n) => `Resend invitations to ${users(n)}`,
  },
  { kind: "send_password_reset", select: rows("", [0, 1, 2]), sentence: (n) => `Send a password reset to ${users(n)}` },
  { kind: "deactivate", select: rows("status=active", [3, 4, 5]), sentence: (n) => `Deactivate ${users(n)}` },
  {
    kind: "reactivate",
    select: allMatching("status=inactive", { status: ["inactive"] }),
    sentence: (n) => `Reactivate ${users(n)}`,
  },
  { kind: "delete", select: rows("", [6, 7]), sentence: (n) => `Permanently delete ${users(n)}` },
  {
    kind: "add_to_team",
    select: rows("", [0, 1, 2, 3]),
    configure: async (dialog, o) => {
      await choose(dialog, "Team", o.teams[1].name);
      return { team_id: o.teams[1].id };
    },
    sentence: (n, o) => `Add ${users(n)} to team ${o.teams[1].name}`,
  },
  {
    kind: "add_specialisms",
    select: rows("", [2, 3, 4]),
    configure: async (dialog, o) => {
      await choose(dialog, "Specialisms", o.specialisms[0].name, true);
      await choose(dialog, "Specialisms", o.specialisms[2].name, true);
      return { specialism_ids: [o.specialisms[0].id, o.specialisms[2].id] };
    },
    sentence: (n, o) => `Add ${o.specialisms[0].name} and ${o.specialisms[2].name} to ${users(n)}`,
  },
  {
    kind: "change_role",
    select: rows("role=learner", [0, 1, 2]),
    configure: async (dialog, o) => {
      const group = dialog.getByRole("group", { name: "New role" });
      // Only an Owner may grant Owner; this is the Owner.
      await expect(group.getByRole("radio", { name: "Owner", exact: true })).toBeVisible();
      const hr = o.roles.find((r) => r.id === "hr")!;
      await choose(dialog, "New role", hr.name);
      return { role: "hr" };
    },
    sentence: (n) => `Change the role of ${users(n)} to HR`,
  },
  {
    kind: "change_language",
    select: rows("", [5, 6, 7]),
    configure: async (dialog, o) => {
      await choose(dialog, "Language", o.languages[1].name);
      return { language: o.languages[1].id };
    },
    sentence: (n, o) => `Change the language of ${users(n)} to ${o.languages[1].name}`,
  },
  {
    kind: "add_labels",
    select: rows("", [0, 1, 2]),
    configure: async (dialog, o) => {
      await choose(dialog, "Labels", o.labels[0].name, true);
      await choose(dialog, "Labels", o.labels[3].name, true);
      return { label_ids: [o.labels[0].id, o.labels[3].id] };
    },
    sentence: (n, o) => `Add labels ${o.labels[0].name} and ${o.labels[3].name} to ${users(n)}`,
  },
  {
    kind: "remove_labels",
    select: async (page) => {
      const o = await options(page);
      return rows(`label=${o.labels[2].id}`, [0, 1, 2])(page);
    },
    configure: async (dialog, o) => {
      await choose(dialog, "Labels", o.labels[2].name, true);
      return { label_ids: [o.labels[2].id] };
    },
    sentence: (n, o) => `Remove labels ${o.labels[2].name} from ${users(n)}`,
  },
  {
    kind: "add_task",
    select: rows("status=active", [0, 1, 2]),
    configure: async (dialog, o) => {
      await choose(dialog, "Task", o.tasks[0].name);
      await dialog.getByLabel("Due date (optional)").fill(day(7));
      return { task_id: o.tasks[0].id, due_date: day(7) };
    },
    sentence: (n, o) => `Assign task ${o.tasks[0].name} to ${users(n)}, due ${day(7)}`,
  },
  {
    kind: "share_content",
    select: rows("", [8, 9]),
    configure: async (dialog, o) => {
      const course = o.content.find((c) => c.kind === "course")!;
      const channel = o.channels[0];
      await choose(dialog, "Content to share", course.name, true);
      await dialog.getByRole("combobox", { name: /^Kind of content/ }).selectOption({ label: "Channels" });
      await choose(dialog, "Content to share", channel.name, true);
      // Chips name every choice, whichever kind the list shows now.
      await expect(dialog.getByRole("list", { name: "Chosen: Content to share" }).getByRole("button")).toHaveText([
        `${course.name} ×`,
        `${channel.name} ×`,
      ]);
      const note = dialog.getByRole("textbox", { name: "Note (optional)" });
      await note.fill("Start with the first module.");
      await expect(dialog.getByText("28 / 500 characters")).toBeVisible();
      return { content_ids: [course.id, channel.id], note: "Start with the first module." };
    },
    sentence: (n, o) => `Share ${o.content.find((c) => c.kind === "course")!.name} and ${o.channels[0].name} with ${users(n)}`,
  },
  {
    kind: "send_notification",
    select: allMatching("status=active&role=hr", { status: ["active"], role: ["hr"] }),
    configure: async (dialog) => {
      await dialog.getByRole("textbox", { name: "Subject" }).fill("Quarterly review");
      await dialog.getByRole("textbox", { name: "Message" }).fill("Please book your review by Friday.");
      await expect(dialog.getByText("16 / 150 characters")).toBeVisible();
      await expect(dialog.getByText("34 / 5,000 characters")).toBeVisible();
      // What a recipient sees.
      const preview = dialog.getByRole("region", { name: "Preview of the notification" });
      await expect(preview).toContainText("Quarterly review");
      await expect(preview).toContainText("Please book your review by Friday.");
      return { subject: "Quarterly review", message: "Please book your review by Friday." };
    },
    sentence: (n) => `Send the notification “Quarterly review” to ${users(n)}`,
  },
  {
    kind: "assign_certificate",
    select: rows("", [3, 4, 5]),
    configure: async (dialog, o) => {
      await choose(dialog, "Certificate", o.certificates[0].name);
      await dialog.getByLabel("Issue date").fill(day(-3));
      return { certificate_id: o.certificates[0].id, issue_date: day(-3) };
    },
    sentence: (n, o) => `Assign certificate ${o.certificates[0].name} to ${users(n)}, issued ${day(-3)}`,
  },
];

test("these cases are every action the Owner may run", async ({ page }) => {
  const me = await (await page.request.get("/api/me")).json();
  expect(CASES.map((c) => c.kind).sort()).toEqual([...me.allowed_actions].sort());
  expect(CASES.map((c) => c.kind).sort()).toEqual(Object.keys(LABELS).sort());
});

for (const c of CASES) {
  const label = LABELS[c.kind];
  test(`${label}: from the menu through the server's dry run to one job`, async ({ page }) => {
    const o = await options(page);
    const { selection, ids } = await c.select(page);
    const n = ids.length;
    const before = await jobs(page);

    const dialog = await openAction(page, label);
    let params: Record<string, unknown> = {};
    if (c.configure) {
      await expect(step(dialog, "Configure")).toHaveAttribute("aria-current", "step");
      await expectNoViolations(page, `configure ${label}`);
      params = await c.configure(dialog, o);
      await dialog.getByRole("button", { name: "Review", exact: true }).click();
    }
    await expect(step(dialog, "Review")).toHaveAttribute("aria-current", "step");
    await expect(dialog.getByText(c.sentence(n, o), { exact: true })).toBeVisible();

    // The counts shown are the server's for the same intent, asked independently.
    const action: Action = { kind: c.kind, ...params };
    const previewAction = c.kind === "delete" ? { ...action, confirm_count: n } : action;
    const shown = await shownCounts(page);
    const expected = await serverPreview(page, { action: previewAction, selection } as Body);
    expect(shown).toEqual({ will_change: expected.will_change, will_skip: expected.will_skip, will_fail: expected.will_fail });
    expect(expected.total).toBe(n);
    await expectNoViolations(page, `review ${label}`);

    const run = dialog.getByRole("button", { name: label, exact: true });
    if (["delete", "deactivate", "change_role"].includes(c.kind)) {
      // Destructive: opens with focus on the least destructive button (Review is the first step
      // for the ones without configuration).
      if (!c.configure) await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    }
    // §14: a reason is asked for exactly where the server requires one.
    const needsReason = ["delete", "deactivate", "change_role"].includes(c.kind) || n > 1000;
    const reason = dialog.getByRole("textbox", { name: /^Reason \(shown in the history\)/ });
    await expect(reason).toHaveAttribute("aria-required", String(needsReason));
    if (needsReason) await reason.fill(`Why: ${label}`);
    if (c.kind === "delete") {
      await expect(run).toBeDisabled();
      const typed = dialog.getByRole("textbox", { name: `Type ${n} to confirm you want to delete these users permanently` });
      await typed.fill(String(n + 1));
      await expect(run).toBeDisabled();
      await typed.fill(String(n));
      action.confirm_count = n;
    }
    await run.click();
    await expect(step(dialog, "Run")).toHaveAttribute("aria-current", "step");
    await expect(dialog.getByRole("progressbar")).toBeVisible();
    // The article's flow: act, then start the next selection.
    await expect(people(page).count).toHaveText("No users selected");

    const created = await newJobs(page, before);
    expect(created.map((j) => j.action)).toEqual([action]);
    expect(created[0].total).toBe(n);
    expect(created[0].reason).toBe(needsReason ? `Why: ${label}` : null);
    await finished(page.request, created[0].id);
    expect(await processedIds(page.request, created[0].id)).toEqual([...ids].sort((a, b) => a - b));

    // The summary's way out of the dialog. The run cleared the selection, so the Actions button
    // that opened it is disabled: focus goes where the next selection starts, not to the page's top.
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Actions", exact: true })).toBeDisabled();
    await expect(people(page).header).toBeFocused();
  });
}

test("a double click on Run creates one job", async ({ page }) => {
  const o = await options(page);
  const ids = await selectRows(page, "", [10, 11]);
  const before = await jobs(page);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/batch-jobs") posts.push(r.headers()["idempotency-key"]);
  });
  const dialog = await openAction(page, "Add to team");
  await choose(dialog, "Team", o.teams[2].name);
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await shownCounts(page);
  await dialog.getByRole("button", { name: "Add to team", exact: true }).dblclick();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  const created = await newJobs(page, before);
  expect(created.map((j) => j.action)).toEqual([{ kind: "add_to_team", team_id: o.teams[2].id }]);
  // Whatever reached the server went under one key.
  expect(new Set(posts).size).toBe(1);
  await finished(page.request, created[0].id);
  expect(await processedIds(page.request, created[0].id)).toEqual([...ids].sort((a, b) => a - b));
});
