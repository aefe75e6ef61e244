import { test as base, expect } from "@playwright/test";

// Every e2e test fails on a panic or a console error (§10). Errors the test provokes on purpose
// (a mocked 500) are listed by the test in `expectedConsoleErrors`.
export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
    await use(page);
    const unexpected = errors.filter((e) => !expectedConsoleErrors.some((re) => re.test(e)));
    expect(unexpected, "console errors during the test").toEqual([]);
  },
});

export { expect };
