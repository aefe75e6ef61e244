// The demo page in German in one engine (E2E_ENGINE): the language from the URL (`?lang=de`), the
// compliance flow (filter, select all matching, Send notification, the summary) with German words
// and German numbers, then a live switch back to English that keeps the selection.
import assert from "node:assert/strict";
import { test } from "node:test";
import { until } from "./webdriver.mjs";
import { api, ctx, useMockAndBrowser } from "./setup.mjs";
import { DIALOG_DE } from "./german-words.mjs";

useMockAndBrowser(["--rate", "2000"]);

const de = (n) => n.toLocaleString("de-DE");

const DIALOG = DIALOG_DE;

async function settledDe() {
  const { browser } = ctx;
  await until("the Personen region to settle", async () => {
    const region = await browser.find("region", "Personen");
    return region && (await browser.attr(region, "aria-busy")) === "false";
  }, 20_000);
  await browser.see(/\d[\d.]*–[\d.]+ von [\d.]+ Benutzern?/, undefined, 20_000);
}

test("de: filter, select all matching, send a notification to its summary; then back to English, selection kept", async () => {
  const { browser: b, base } = ctx;
  await b.goto(`${base}/?lang=de`);
  await settledDe();
  await b.see(`1–50 von ${de(5000)} Benutzern`);

  await b.click("button", /^Filter( · \d+)?$/);
  const status = await b.get("group", "Status");
  await b.click("checkbox", "Aktiv", status);
  const active = (await api("/people?status=active")).total;
  await b.see(`1–50 von ${de(active)} Benutzern`, undefined, 20_000);
  await settledDe();

  await b.click("checkbox", "Alle Benutzer auf dieser Seite auswählen");
  await b.get("status", "50 ausgewählt");
  await b.click("button", `Alle ${de(active)} Benutzer auswählen, die diesen Filtern entsprechen`);
  await b.see(`Alle ${de(active)} Benutzer sind ausgewählt.`);

  await b.click("button", "Aktionen");
  await b.click("menuitem", DIALOG.sendNotification);
  const dialog = await b.get("dialog", DIALOG.sendNotification);
  await b.type(await b.get("textbox", DIALOG.subject, dialog), "Pflichtschulung");
  await b.type(await b.get("textbox", DIALOG.message, dialog), "Bitte bis Freitag abschließen.");
  await b.click("button", DIALOG.review, dialog);
  await b.type(await b.get("textbox", DIALOG.reason, dialog, 20_000), "Jährliche Erinnerung");
  await b.click("button", DIALOG.sendNotification, dialog);
  await b.get("button", DIALOG.close, dialog, 40_000);
  const job = (await api("/batch-jobs?mine=true")).items.find((j) => j.action.subject === "Pflichtschulung");
  assert.equal(job.total, active);
  // The job's toast may cover the button (WebKit refuses a click under it): a script click.
  await b.run("arguments[0].click();", await b.get("button", DIALOG.close, dialog));

  // A live switch (the demo's picker) keeps the view: the status filter is still on.
  await b.run(`const p = document.getElementById("demo-language"); p.value = "en"; p.dispatchEvent(new Event("change"));`);
  await b.see(`1–50 of ${active.toLocaleString("en-US")} users`, undefined, 20_000);
  assert.match(await b.run("return location.search;"), /^(?!.*lang=)/);
});
