import { test, expect, newJobs, jobs, openAction, options, selectRows, finished } from "./actions-support";
import { openFilters, settled } from "./helpers";

// With 1,000 labels (the actions specs' mock runs with `--labels 1000`) the pickers stay usable:
// a bounded list, a search that narrows it, chips for what is chosen. In the Add labels form and in
// the filter bar, which share the picker.

test.describe.configure({ timeout: 60_000 });

test("the Add labels pick among 1,000 labels: bounded list, search, chips, a job", async ({ page }) => {
  const o = await options(page);
  expect(o.labels.length).toBe(1000);
  const seeded = o.labels[5];
  const far = o.labels[998];
  const ids = await selectRows(page, "", [0]);
  const before = await jobs(page);
  const dialog = await openAction(page, "Add labels");
  const group = dialog.getByRole("group", { name: "Labels" });
  // Not 1,000 checkboxes at once: the first matches and a way to narrow the rest.
  await expect(group.getByText("Showing 50 of 1,000. Type to narrow the list.")).toBeVisible();
  await expect(group.getByRole("checkbox")).toHaveCount(50);

  const search = group.getByRole("searchbox", { name: "Search Labels" });
  await search.fill(far.name);
  await expect(group.getByRole("checkbox")).toHaveCount(1);
  await group.getByRole("checkbox", { name: far.name, exact: true }).check();
  await expect(group.getByRole("button", { name: `Remove ${far.name}` })).toBeVisible();
  // A prefix shared by 100 labels: still bounded, and says how many match.
  await search.fill(far.name.slice(0, -2));
  await expect(group.getByText("Showing 50 of 100. Type to narrow the list.")).toBeVisible();
  await search.fill("no label is called this");
  await expect(group.getByText("Nothing matches. Try fewer letters.")).toBeVisible();
  await search.fill(seeded.name);
  await group.getByRole("checkbox", { name: seeded.name, exact: true }).check();
  await expect(group.getByRole("list", { name: "Chosen: Labels" }).getByRole("button")).toHaveText([
    `${far.name} ×`,
    `${seeded.name} ×`,
  ]);
  // A chip removes its choice.
  await group.getByRole("button", { name: `Remove ${far.name}` }).click();
  await expect(group.getByRole("button", { name: `Remove ${far.name}` })).toHaveCount(0);

  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await expect(dialog.getByText(`Add labels ${seeded.name} to 1 user`, { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Add labels", exact: true }).click();
  await expect(dialog.getByRole("progressbar")).toBeVisible();
  const created = await newJobs(page, before);
  expect(created.map((j) => j.action)).toEqual([{ kind: "add_labels", label_ids: [seeded.id] }]);
  expect(created[0].total).toBe(ids.length);
  await finished(page.request, created[0].id);
});

test("the filter bar's Labels pick among 1,000 labels", async ({ page }) => {
  const o = await options(page);
  const far = o.labels[998];
  await page.goto("/");
  await settled(page);
  const panel = await openFilters(page);
  const group = panel.getByRole("group", { name: "Label" });
  await expect(group.getByRole("checkbox")).toHaveCount(50);
  await group.getByRole("searchbox", { name: "Search Label" }).fill(far.name);
  await group.getByRole("checkbox", { name: far.name, exact: true }).check();
  await settled(page);
  // Labels past the seeded ones are carried by no one (docs/api.md).
  await expect(page.getByText("No users match these filters")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`label=${far.id}`));
});
