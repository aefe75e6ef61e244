import { test, expect, openAction, selectRows, step } from "./actions-support";

// §7 under the strict CSP (the fixture fails the test on any violation): the Actions menu, the
// dialog and the toast are styled without inline style, and stay inside the widget's shadow root,
// the toast above the host page's own fixed content.

/** Whether the element sits in the demo widget's shadow root. */
const inWidget = (el: Element) => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && root.host.matches("[data-people-log]");
};

test("menu, dialog and toast raise no violation and stay in the widget", async ({ page }) => {
  await selectRows(page, "", [0, 1]);
  // Host content fixed where the toast will be, stacked as high as a host's chat button might be.
  await page.evaluate(() => {
    const bubble = document.createElement("div");
    bubble.id = "host-bubble";
    Object.assign(bubble.style, { position: "fixed", right: "0", bottom: "0", width: "50vw", height: "40vh", zIndex: "999" });
    document.body.append(bubble);
  });

  await page.getByRole("button", { name: "Actions", exact: true }).click();
  const menu = page.getByRole("menu", { name: "Actions" });
  await expect(menu).toBeVisible();
  expect(await menu.evaluate(inWidget)).toBe(true);
  await expect(menu).not.toHaveCSS("box-shadow", "none");
  await page.keyboard.press("Escape");

  const dialog = await openAction(page, "Send notification");
  expect(await dialog.evaluate(inWidget)).toBe(true);
  await expect(dialog).toHaveCSS("border-top-left-radius", "12px");
  await dialog.getByRole("textbox", { name: "Subject" }).fill("Welcome");
  await dialog.getByRole("textbox", { name: "Message" }).fill("Hello from the CSP test.");
  await dialog.getByRole("button", { name: "Review", exact: true }).click();
  await expect(step(dialog, "Review")).toHaveAttribute("aria-current", "step");
  await dialog.getByRole("button", { name: "Send notification", exact: true }).click();

  const toast = page.getByRole("group", { name: "Job finished" });
  await expect(toast).toContainText("Welcome", { timeout: 30_000 });
  expect(await toast.evaluate(inWidget)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // What the reader sees at the toast's centre is the widget, not the host's box beneath it.
  const top = await toast.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    const inner = (hit as Element | null)?.shadowRoot?.elementFromPoint(x, y);
    return { page: hit?.matches("[data-people-log]"), toast: !!inner && el.contains(inner) };
  });
  expect(top).toEqual({ page: true, toast: true });
});
