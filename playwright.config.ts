import { defineConfig } from "@playwright/test";

// E2E against the real mock server serving the release build (`trunk build --release` first).
const port = Number(process.env.E2E_PORT ?? 18080);

export default defineConfig({
  testDir: "tests/e2e",
  // The README screenshot rewrites a tracked file: only `make screenshots` (SCREENSHOTS=1) takes it.
  testIgnore: process.env.SCREENSHOTS === "1" ? [] : ["**/screenshot.spec.ts"],
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `target/release/mock-api --dist dist --host 127.0.0.1 --port ${port} --people 5000`,
    url: `http://127.0.0.1:${port}/api/me`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
