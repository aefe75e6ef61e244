// The dialog's words the German flows name, as a German admin reads them (locales/de/actions.ftl):
// written out, not read from the catalog, so a wrong translation or a missing one fails. Shared by
// tests/e2e/locales.spec.ts and tests/webdriver/locale.test.mjs.
export const DIALOG_DE = {
  sendNotification: "Benachrichtigung senden",
  subject: "Betreff",
  message: "Nachricht",
  review: "Überprüfen",
  reason: /^Grund \(wird im Verlauf angezeigt\)/,
  close: "Schließen",
};
