// Demo page only: choose which demo admin the mock API acts as. The mock reads the `plb_identity`
// cookie; a real host authenticates its own way. An external module so the page needs no inline script.
const picker = document.getElementById("demo-identity");

async function load() {
  const response = await fetch("/api/identities", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { items, current } = await response.json();
  picker.replaceChildren(
    ...items.map(({ id, label }) => {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = label;
      option.selected = id === current;
      return option;
    }),
  );
  picker.disabled = false;
}

picker.addEventListener("change", () => {
  document.cookie = `plb_identity=${encodeURIComponent(picker.value)}; path=/; SameSite=Lax`;
  location.reload();
});

load().catch((err) => {
  picker.replaceChildren(new Option("Identities unavailable"));
  console.warn("demo identities could not be loaded:", err.message);
});
