// Prints the brotli-compressed size of the release widget (its wasm, JS glue and JS snippets; its CSS
// is inside the wasm) and fails above the recorded budget. The demo page's own files are not the widget.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = JSON.parse(readFileSync("size-budget.json", "utf8")).max_brotli_kib;
if (!existsSync(dist)) {
  console.error(`size check: ${dist}/ does not exist; run the release build first`);
  process.exit(1);
}
// The glue and the wasm, and the JS snippets the glue imports (dist/snippets/<crate>/src/...).
const snippets = (dir) =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir), { recursive: true }).map((f) => join(dir, f)).filter((f) => f.endsWith(".js"))
    : [];
const files = [...readdirSync(dist).filter((f) => /^people-log.*\.(wasm|js|css)$/.test(f)), ...snippets("snippets")];
if (!files.some((f) => f.endsWith(".wasm"))) {
  console.error(`size check: no .wasm in ${dist}/`);
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const raw = readFileSync(join(dist, file));
  const compressed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += compressed;
  console.log(`  ${file}: ${(raw.length / 1024).toFixed(1)} KiB raw, ${(compressed / 1024).toFixed(1)} KiB brotli`);
}
const kib = total / 1024;
console.log(`size check: ${kib.toFixed(1)} KiB brotli (budget ${budget} KiB)`);
if (kib > budget) {
  console.error(`size check: over budget by ${(kib - budget).toFixed(1)} KiB`);
  process.exit(1);
}
