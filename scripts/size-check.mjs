// Prints the brotli size of the release widget and fails above either budget of size-budget.json:
//   first download: what a browser fetches before the first rows: the glue (people-log.js), every
//     module it imports statically (the JS snippets, the parts loader), and people-log_bg.wasm;
//   everything shipped: that plus every later part (people-log_<part>.wasm) and every locale
//     catalog (dist/locales/), each counted once;
//   one locale: each catalog file alone, fetched when its locale is chosen, at most
//     locale_max_kib (issue 19: 8 KiB).
// Its CSS is inside the wasm. The demo page's own files are not the widget.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, dirname, normalize } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = JSON.parse(readFileSync("size-budget.json", "utf8"));
const fail = (message) => {
  console.error(`size check: ${message}`);
  process.exit(1);
};
if (!existsSync(dist)) fail(`${dist}/ does not exist; run the release build first`);
for (const key of ["first_download_max_kib", "everything_max_kib", "locale_max_kib"]) {
  if (typeof budget[key] !== "number") fail(`size-budget.json has no number "${key}"`);
}
const glue = "people-log.js";
if (!existsSync(join(dist, glue)) || !existsSync(join(dist, "people-log_bg.wasm"))) {
  fail(`no ${glue} or people-log_bg.wasm in ${dist}/`);
}

// The glue and what it imports, transitively: `import … from "./x.js"` and `import "./x.js"`, also
// minified (`import{a as b}from"./x.js"`); not `import(…)` or `import.meta`.
const IMPORT = /(?<![\w$.])import(?![\w$.(])\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
function staticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(dist, file), "utf8");
  for (const [, path] of source.matchAll(IMPORT)) {
    const target = normalize(join(dirname(file), path));
    if (!existsSync(join(dist, target))) fail(`${file} imports ${path}, which is not in ${dist}/`);
    staticImports(target, seen);
  }
  return seen;
}
const first = [...staticImports(glue), "people-log_bg.wasm"];

const walk = (dir) =>
  readdirSync(join(dist, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(dist, path)).isDirectory() ? walk(path) : [path];
  });
const parts = readdirSync(dist).filter((f) => /^people-log_.*\.wasm$/.test(f) && f !== "people-log_bg.wasm");
const snippets = existsSync(join(dist, "snippets")) ? walk("snippets").filter((f) => f.endsWith(".js")) : [];
const locales = existsSync(join(dist, "locales")) ? walk("locales").filter((f) => !/\.(br|gz)$/.test(f)) : [];
const glueFiles = readdirSync(dist).filter((f) => /^people-log.*\.js$/.test(f));
const everything = [...new Set([...first, ...glueFiles, ...snippets, ...parts, ...locales])];

const sizes = new Map();
for (const file of everything) {
  const raw = readFileSync(join(dist, file));
  const compressed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes.set(file, compressed);
  const when = first.includes(file) ? "first" : "later";
  console.log(`  ${when}  ${file}: ${(raw.length / 1024).toFixed(1)} KiB raw, ${(compressed / 1024).toFixed(1)} KiB brotli`);
}
const kib = (files) => files.reduce((sum, f) => sum + sizes.get(f), 0) / 1024;
let over = false;
for (const [name, files, max] of [
  ["first download", first, budget.first_download_max_kib],
  ["everything shipped", everything, budget.everything_max_kib],
]) {
  const size = kib(files);
  console.log(`size check: ${name} ${size.toFixed(1)} KiB brotli (budget ${max} KiB)`);
  if (size > max) {
    console.error(`size check: ${name} is over budget by ${(size - max).toFixed(1)} KiB`);
    over = true;
  }
}
for (const file of locales) {
  const size = kib([file]);
  if (size > budget.locale_max_kib) {
    console.error(`size check: ${file} is ${size.toFixed(1)} KiB brotli, over the ${budget.locale_max_kib} KiB a locale may take`);
    over = true;
  }
}
if (locales.length > 0) {
  const largest = Math.max(...locales.map((f) => kib([f])));
  console.log(`size check: largest locale ${largest.toFixed(1)} KiB brotli (budget ${budget.locale_max_kib} KiB each)`);
}
if (over) process.exit(1);
