// A minimal W3C WebDriver client (plain HTTP, Node's fetch): what the cross-engine suite needs and
// nothing to install. Each engine is its vendor's driver: geckodriver for Firefox, WebKitWebDriver
// for WebKitGTK's MiniBrowser.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { FIND } from "./find.mjs";

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeout` ms. */
export async function until(what, probe, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const got = await probe();
      if (got) return got;
      last = got;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last?.message ?? JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** The engines: how to start each driver and what to ask it for. */
export const ENGINES = {
  firefox: {
    driver: () => process.env.GECKODRIVER ?? "geckodriver",
    args: (port) => [`--port=${port}`, "--log=warn"],
    capabilities: () => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
        args: ["-headless"],
        // The page's console messages to stdout, so load-time errors are seen too (consoleErrors);
        // the browser's own (remote settings, favicons: offline noise) not.
        prefs: { "devtools.console.stdout.content": true, "devtools.console.stdout.chrome": false, "browser.dom.window.dump.enabled": false },
      },
    }),
  },
  webkit: {
    driver: () => process.env.WEBKITWEBDRIVER ?? "WebKitWebDriver",
    args: (port) => [`--port=${port}`],
    capabilities: () => ({
      "webkitgtk:browserOptions": {
        binary: process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        // WebKitWebDriver passes on none of the browser's console output: `watch` is all there is.
        args: ["--automation"],
      },
    }),
  },
};

/** Starts the engine's driver and one session in it. */
export async function launch(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine "${engine}" (firefox or webkit)`);
  const port = await freePort();
  const output = [];
  const child = spawn(spec.driver(), spec.args(port), { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (d) => output.push(String(d)));
  child.stderr.on("data", (d) => output.push(String(d)));
  const failed = new Promise((_, reject) => child.on("error", (e) => reject(new Error(`cannot start ${spec.driver()}: ${e.message}`))));
  const base = `http://127.0.0.1:${port}`;
  await Promise.race([failed, until(`${spec.driver()} on port ${port}`, () => fetch(`${base}/status`).then((r) => r.ok), 30_000)]);
  const session = await call(base, "POST", "/session", { capabilities: { alwaysMatch: spec.capabilities() } });
  return new Browser(engine, base, session.sessionId, child, output);
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({ value: null }));
  if (!res.ok) {
    const v = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status}: ${v.message ?? ""}`);
  }
  return json.value;
}

export class Browser {
  constructor(engine, base, session, child, output) {
    Object.assign(this, { engine, base, session, child, output, seen: 0 });
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.session}${path}`, body);
  }

  /** Runs `body` (a function body using `arguments`) with the element finder in scope. */
  run(body, ...args) {
    return this.cmd("POST", "/execute/sync", { script: `${FIND}\n${body}`, args });
  }

  async goto(url) {
    await this.cmd("POST", "/url", { url });
    await this.watch();
  }

  async reload() {
    await this.cmd("POST", "/refresh", {});
    await this.watch();
  }

  /**
   * Records errors and CSP violations from now on (a document-level listener, as a page's own script
   * would add; the engine's console log in `consoleErrors` covers what happened before).
   */
  watch() {
    return this.run(`
      window.__e2e = [];
      const note = (what) => window.__e2e.push(what);
      document.addEventListener("securitypolicyviolation", (e) => note("CSP violation: " + e.violatedDirective + " " + e.blockedURI));
      window.addEventListener("error", (e) => note("error: " + e.message));
      window.addEventListener("unhandledrejection", (e) => note("unhandled rejection: " + e.reason));
      const error = console.error;
      console.error = (...a) => { note("console.error: " + a.join(" ")); error.apply(console, a); };
    `);
  }

  /** What the page's listeners recorded since the last navigation. */
  pageErrors() {
    return this.run("return window.__e2e ?? ['the page lost its error listener']");
  }

  /**
   * The page's console errors that the engine wrote to the driver's output since the last call
   * (Firefox: `console.error: …`, and `JavaScript error: <url>, line N: …` for uncaught errors,
   * which the browser's own scripts under resource:// and chrome:// also write).
   */
  consoleErrors() {
    const lines = this.output.join("").split("\n");
    const fresh = lines.slice(this.seen, -1);
    this.seen = lines.length - 1;
    return fresh.filter((l) => /^console\.error: |^JavaScript error: (?!resource:|chrome:)/.test(l));
  }

  /** The first visible element with this role and accessible name (string: exact; RegExp: test). */
  async find(role, name, within) {
    const [source, flags] = name instanceof RegExp ? [name.source, name.flags] : [name, null];
    return this.run("return find(arguments[0], arguments[1], arguments[2], arguments[3]);", role, source, flags, within ?? null);
  }

  /** Waits for `find` to find it; if it never does, says which of its role there are. */
  async get(role, name, within, timeout) {
    try {
      return await until(`${role} "${name}"`, () => this.find(role, name, within), timeout);
    } catch (e) {
      const seen = await this.run("return names(arguments[0]);", role).catch(() => []);
      throw new Error(`${e.message}; visible ${role}s: ${JSON.stringify(seen)}`);
    }
  }

  async click(role, name, within) {
    const el = await this.get(role, name, within);
    await this.cmd("POST", `/element/${el[ELEMENT]}/click`, {});
    return el;
  }

  clickElement(el) {
    return this.cmd("POST", `/element/${el[ELEMENT]}/click`, {});
  }

  async type(el, text) {
    await this.cmd("POST", `/element/${el[ELEMENT]}/clear`, {});
    await this.cmd("POST", `/element/${el[ELEMENT]}/value`, { text });
  }

  /**
   * Enters a date into an `<input type="date">` as this engine takes it over WebDriver: geckodriver
   * sets an ISO date as the value (the WebDriver spec's rule for such inputs); WebKit types keys
   * into the field's segments, month/day/year for MiniBrowser's en-US.
   */
  async typeDate(el, iso) {
    const [y, m, d] = iso.split("-");
    await this.type(el, this.engine === "webkit" ? `${m}/${d}/${y}` : iso);
  }

  /** The element's rendered text, whitespace collapsed. */
  text(el) {
    return this.run("return text(arguments[0]);", el);
  }

  attr(el, name) {
    return this.run("return arguments[0].getAttribute(arguments[1]);", el, name);
  }

  /** Waits until the widget's shadow root (or `within`) shows `pattern` as visible text. */
  see(pattern, within, timeout) {
    const re = pattern instanceof RegExp ? pattern : new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return until(
      `text ${re}`,
      () => this.run("return seeText(arguments[0], arguments[1], arguments[2]);", re.source, re.flags, within ?? null),
      timeout,
    );
  }

  async quit() {
    await this.cmd("DELETE", "", undefined).catch(() => {});
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.kill();
    await exited;
  }
}
