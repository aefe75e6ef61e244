import { test as base, expect } from "@playwright/test";

/** One `securitypolicyviolation` event, as the page saw it. */
export type CspViolation = { id: string; directive: string; blocked: string; source: string; sample: string };

const REPORT = "__plbCspViolation";

// Runs in every document before its own scripts: a capture listener on the document sees every
// violation (the events are composed, so those inside the widget's shadow root too). Each is kept
// in the page and reported to the test at once, so one seen just before a navigation still counts.
function listen(report: string) {
  const seen: CspViolation[] = [];
  Object.defineProperty(window, "__plbCspSeen", { value: seen });
  document.addEventListener(
    "securitypolicyviolation",
    (e) => {
      const v = {
        id: Math.random().toString(36).slice(2),
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      };
      seen.push(v);
      (window as unknown as Record<string, (v: CspViolation) => void>)[report]?.(v);
    },
    true,
  );
}

// Every e2e test fails on a panic or a console error (§10), and on any Content-Security-Policy
// violation (§7: the mock serves every page under the strict policy). Errors and violations a test
// provokes on purpose (a mocked 500) are listed by the test in `expectedConsoleErrors` and
// `expectedCspViolations` (matched against "directive blocked").
export const test = base.extend<{
  expectedConsoleErrors: RegExp[];
  expectedCspViolations: RegExp[];
  cspViolations: CspViolation[];
}>({
  expectedConsoleErrors: [[], { option: true }],
  expectedCspViolations: [[], { option: true }],
  cspViolations: async ({}, use) => use([]),
  context: async ({ context, cspViolations }, use) => {
    await context.exposeFunction(REPORT, (v: CspViolation) => {
      if (!cspViolations.some((s) => s.id === v.id)) cspViolations.push(v);
    });
    await context.addInitScript(listen, REPORT);
    await use(context);
  },
  page: async ({ page, expectedConsoleErrors, expectedCspViolations, cspViolations }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
    await use(page);
    // Violation events are queued as tasks: let any still queued run (through a message, which a
    // test's fake clock does not hold back as it would a timer), then read the page's own list too
    // (a report may still be on its way).
    const current = await page
      .evaluate(async () => {
        await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
        return (window as unknown as { __plbCspSeen?: CspViolation[] }).__plbCspSeen ?? [];
      })
      .catch(() => [] as CspViolation[]);
    for (const v of current) if (!cspViolations.some((s) => s.id === v.id)) cspViolations.push(v);
    const violations = cspViolations
      .map((v) => `${v.directive} ${v.blocked} at ${v.source} ${v.sample}`.trim())
      .filter((v) => !expectedCspViolations.some((re) => re.test(v)));
    expect(violations, "Content-Security-Policy violations during the test").toEqual([]);
    const unexpected = errors.filter((e) => !expectedConsoleErrors.some((re) => re.test(e)));
    expect(unexpected, "console errors during the test").toEqual([]);
  },
});

export { expect };
