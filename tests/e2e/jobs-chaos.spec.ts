import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { request as http, type APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";

// A job under the mock's chaos switches (503s, up to 300 ms latency, dropped answers) on a server
// of its own, so the other specs run without chaos. Chromium quietly resends a GET whose connection
// closed before any answer, so dropped answers rarely reach the widget; 30% 503s over a 20-second
// job (250 users/s, ~15 polls) make a failed poll all but certain (0.7^15 ≈ 0.5% that none fails).
let server: ChildProcess;
let base = "";
let api: APIRequestContext;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Chaos hits the test's own requests too: send again (same idempotency key) until answered. */
async function persist<T>(send: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const got = await send().catch(() => undefined);
    if (got !== undefined) return got;
  }
  throw new Error("no answer through chaos after 50 tries");
}

test.beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    "target/release/mock-api",
    ["--dist", "dist", "--host", "127.0.0.1", "--port", String(port), "--people", "5000", "--rate", "250",
      "--chaos-error-rate", "0.3", "--chaos-latency-ms", "300", "--chaos-drop-rate", "0.25"],
    { stdio: "ignore" },
  );
  api = await http.newContext({ baseURL: base });
  // `/identities` is exempt from chaos: it answers once the server is up.
  await expect.poll(async () => (await api.get("/api/identities").catch(() => undefined))?.status(), { timeout: 30_000 }).toBe(200);
});

test.afterAll(async () => {
  await api?.dispose();
  server?.kill();
});

test.use({ expectedConsoleErrors: [/Failed to load resource/] });

test("with chaos on, a job still completes, once, showing Reconnecting… meanwhile", async ({ page }) => {
  test.setTimeout(120_000);
  const key = randomUUID();
  const body = {
    action: { kind: "send_notification", subject: "Chaos check", message: "Hello" },
    selection: { type: "all_matching", filter: {}, expected_count: 5000 },
    // Over 1,000 users: the server requires a reason (§14).
    reason: "Checks that a job survives a flaky network",
  };
  const job = await persist(async () => {
    const res = await api.post("/api/batch-jobs", { data: body, headers: { "Idempotency-Key": key } });
    return res.status() === 202 ? res.json() : undefined;
  });

  await page.goto(base);
  await page.getByRole("button", { name: "Jobs · 1 running" }).click();
  await expect(page.getByRole("region", { name: "Jobs" }).getByText("Send notification: Chaos check")).toBeVisible();
  // "Reconnecting…" lasts from a failed poll to the next good one: watch every frame for it.
  await page.waitForFunction(
    () => {
      const texts = (root: Document | ShadowRoot): string =>
        ((root instanceof Document ? root.body.textContent : root.textContent) ?? "") +
        [...root.querySelectorAll("*")].map((e) => (e.shadowRoot ? texts(e.shadowRoot) : "")).join("");
      return texts(document).includes("Reconnecting…");
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  await expect(page.getByRole("group", { name: "Job finished" })).toContainText("Sent “Chaos check”", { timeout: 60_000 });
  const ended = await persist(async () => {
    const res = await api.get(`/api/batch-jobs/${job.id}`);
    return res.ok() ? res.json() : undefined;
  });
  expect(ended.status).toBe("completed_with_failures");
  expect(ended.processed).toBe(5000);
  const mine = await persist(async () => {
    const res = await api.get("/api/batch-jobs?mine=true");
    return res.ok() ? res.json() : undefined;
  });
  expect(mine.items.map((j: { id: string }) => j.id)).toEqual([job.id]);
});
