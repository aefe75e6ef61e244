// Demo page only: the widget's language, kept in the URL (`?lang=de`) so a shared link opens in it.
// Runs before loader.js mounts the widget, so the first words are already in that language; a
// change afterwards calls the mounted widget's setLocale (no reload). An external module so the
// page needs no inline script.
const picker = document.getElementById("demo-language");
const widget = document.querySelector("[data-people-log]");
const languages = Array.from(picker.options, (option) => option.value);

const asked = new URLSearchParams(location.search).get("lang");
const initial = languages.includes(asked) ? asked : "en";
picker.value = initial;
if (initial !== "en") widget.dataset.locale = initial;

picker.addEventListener("change", () => {
  const tag = picker.value;
  const url = new URL(location.href);
  if (tag === "en") url.searchParams.delete("lang");
  else url.searchParams.set("lang", tag);
  // Replaced, not pushed: Back goes to the widget's previous view, not the previous language.
  history.replaceState(history.state, "", url);
  widget.dataset.locale = tag;
  widget.peopleLog?.setLocale(tag);
});
