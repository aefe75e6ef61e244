import { test, expect, LABELS, expectNoViolations, finished, jobs, newJobs, options, selectRows, step } from "./actions-support";
import { people, settled } from "./helpers";

// The Actions menu is exactly what `GET /me` allows, for every demo identity; and the whole flow
// works from the keyboard alone.

test.describe.configure({ timeout: 60_000 });

const IDENTITIES = ["owner", "admin", "admin_delete", "hr", "curator", "curator_sharing", "custom"];
/** The help article's groups (§5). */
const GROUPS: Record<string, string[]> = {
  "User management": ["resend_invitations", "send_password_reset", "deactivate", "reactivate", "delete"],
  Organisation: ["add_to_team", "add_specialisms", "change_role", "change_language", "add_labels", "remove_labels"],
  "Content & Communication": ["add_task", "share_content", "send_notification", "assign_certificate"],
};

for (const id of IDENTITIES) {
  test(`the menu of ${id} is its allowed actions`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "plb_identity", value: id, url: baseURL! }]);
    const me = await (await page.request.get("/api/me")).json();
    await selectRows(page, "", [0]);
    if (me.allowed_actions.length === 0) {
      const button = page.getByRole("button", { name: "No batch actions available for your role" });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(/Your role may not run batch actions on users\./);
      await expect(page.getByRole("menuitem")).toHaveCount(0);
      await expectNoViolations(page, `no actions (${id})`);
      return;
    }
    await page.getByRole("button", { name: "Actions", exact: true }).click();
    const menu = page.getByRole("menu", { name: "Actions" });
    await expect(menu).toBeVisible();
    // In the menu's order (§5), which is the order of LABELS.
    const expected = Object.keys(LABELS).filter((k) => me.allowed_actions.includes(k)).map((k) => LABELS[k]);
    await expect(menu.getByRole("menuitem")).toHaveText(expected);
    expect(new Set(me.allowed_actions).size).toBe(expected.length);
    // Grouped as the help article does; a group with nothing allowed is left out.
    for (const [group, kinds] of Object.entries(GROUPS)) {
      const inGroup = kinds.filter((k) => me.allowed_actions.includes(k)).map((k) => LABELS[k]);
      const shown = menu.getByRole("group", { name: group, exact: true });
      if (inGroup.length === 0) await expect(shown).toHaveCount(0);
      else await expect(shown.getByRole("menuitem")).toHaveText(inGroup);
    }
    if (id === "owner") await expectNoViolations(page, "open menu");
  });
}

test("switching “Acting as” in the demo changes the menu", async ({ page }) => {
  await page.goto("/");
  const picker = page.getByRole("combobox", { name: "Acting as" });
  await expect(picker).toBeEnabled();
  await picker.selectOption("hr");
  await expect(picker).toHaveValue("hr");
  await selectRows(page, "", [0]);
  await page.getByRole("button", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("menu", { name: "Actions" }).getByRole("menuitem")).toHaveText([
    "Add specialisms",
    "Add labels",
    "Remove labels",
    "Add task",
    "Share content",
    "Send notification",
  ]);
  await page.keyboard.press("Escape");
  await page.getByRole("combobox", { name: "Acting as" }).selectOption("curator");
  await expect(page.getByRole("combobox", { name: "Acting as" })).toHaveValue("curator");
  await selectRows(page, "", [0]);
  await expect(page.getByRole("button", { name: "No batch actions available for your role" })).toBeDisabled();
});

test("keyboard only: from the first checkbox to a created Add to team job", async ({ page }) => {
  const o = await options(page);
  // A team whose name no other team's contains, so typing it leaves one choice.
  const team = o.teams.find((t) => o.teams.filter((u) => u.name.toLowerCase().includes(t.name.toLowerCase())).length === 1)!;
  const before = await jobs(page);
  const listed = (await (await page.request.get("/api/people")).json()).items;
  await page.goto("/");
  await settled(page);
  const { rows, count } = people(page);
  const first = rows.nth(0).getByRole("checkbox");
  await first.focus();
  await page.keyboard.press("Space");
  await expect(count).toHaveText("1 selected");

  // Back to the Actions button, then the menu: Enter opens it on the first item.
  const actions = page.getByRole("button", { name: "Actions", exact: true });
  for (let i = 0; i < 40 && !(await actions.evaluate((b) => b === (b.getRootNode() as Document | ShadowRoot).activeElement)); i++) {
    await page.keyboard.press("Shift+Tab");
  }
  await expect(actions).toBeFocused();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Actions" });
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitem").last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const item = menu.getByRole("menuitem", { name: "Add to team" });
  for (let i = 0; i < 15 && !(await item.evaluate((b) => b === (b.getRootNode() as Document | ShadowRoot).activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");

  // Configure: type to narrow the teams, Tab to the one left, Space picks it, Tab on to Review.
  const dialog = page.getByRole("dialog", { name: "Add to team" });
  const search = dialog.getByRole("searchbox", { name: "Search Team" });
  await expect(search).toBeFocused();
  await page.keyboard.type(team.name);
  const radio = dialog.getByRole("radio", { name: team.name, exact: true });
  await expect(dialog.getByRole("radio")).toHaveCount(1);
  await page.keyboard.press("Tab");
  await expect(radio).toBeFocused();
  await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
  const review = dialog.getByRole("button", { name: "Review", exact: true });
  for (let i = 0; i < 10 && !(await review.evaluate((b) => b === (b.getRootNode() as Document | ShadowRoot).activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(step(dialog, "Review")).toHaveAttribute("aria-current", "step");
  await expect(dialog.getByText(`Add 1 user to team ${team.name}`, { exact: true })).toBeVisible();

  const run = dialog.getByRole("button", { name: "Add to team", exact: true });
  for (let i = 0; i < 40 && !(await run.evaluate((b) => b === (b.getRootNode() as Document | ShadowRoot).activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(run).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(step(dialog, "Run")).toHaveAttribute("aria-current", "step");

  const created = await newJobs(page, before);
  expect(created.map((j) => j.action)).toEqual([{ kind: "add_to_team", team_id: team.id }]);
  expect(created[0].total).toBe(1);
  const done = await finished(page.request, created[0].id);
  expect(done.processed).toBe(1);
  const results = await (await page.request.get(`/api/batch-jobs/${created[0].id}/results`)).json();
  expect(results.items.map((r: { user_id: number }) => r.user_id)).toEqual([listed[0].id]);
});
