// Trims what wasm-bindgen wrote for the first download, in the wasm and in the glue together:
// - its imports get short names: `__wbg_toLocaleDateString_a28e82885ff6f01a` becomes `a3`. Each is
//   named after its function and a hash; 270 of them were 9 KB of the wasm, written again as the
//   keys of the glue's imports object, and the hashes do not compress (-6.3 KiB brotli);
// - so do the closure-invoking exports the glue calls (`wasm_bindgen__convert__closures_____invoke__h…`);
// - the stream classes wasm-streams exports (through Leptos' server_fn, which the widget does not
//   use) leave the glue and the wasm's exports, so wasm-opt then drops their code.
//   node scripts/trim-bindgen.mjs <wasm> <glue.js>
// Run by scripts/split-parts.sh on a release build, before wasm-opt and terser. Fails (non-zero,
// the reason) when the glue does not name a renamed thing exactly as expected, or a class to drop
// is not where it should be, rather than write a glue that does not match its wasm.
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
const fail = (message) => {
  console.error(`trim-bindgen: error: ${message}`);
  process.exit(1);
};
if (!wasmPath || !gluePath) fail("usage: node scripts/trim-bindgen.mjs <wasm> <glue.js>");

// The module wasm-bindgen's own imports come from (the glue, by the name of its _bg module).
const MODULE = "./people-log_bg.js";
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");

let at = 0;
const byte = () => wasm[at++];
const leb = () => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = byte();
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return value;
  }
};
const name = () => {
  const length = leb();
  const text = wasm.subarray(at, at + length).toString("utf8");
  at += length;
  return text;
};
const encodeLeb = (n) => {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
};
const encodeName = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};
// An import's description, copied as it is: only its names change.
const skipDescription = () => {
  const kind = byte();
  const limits = () => {
    const flags = byte();
    leb();
    if (flags & 1) leb();
  };
  if (kind === 0x00) leb();
  else if (kind === 0x01) {
    byte();
    limits();
  } else if (kind === 0x02) limits();
  else if (kind === 0x03) at += 2;
  else if (kind === 0x04) {
    byte();
    leb();
  } else fail(`import of unknown kind ${kind} at byte ${at - 1}`);
};

// A wasm-bindgen name as a regular expression matches it (they may hold `$`).
const literal = (field) => field.replace(/\$/g, "\\$");
// How often the glue names `field` as a whole word (not as the start of a longer name).
const occurrences = (field) => glue.match(new RegExp(`(?<![\\w$])${literal(field)}(?![\\w$])`, "g"))?.length ?? 0;

// The stream classes: each an `export class`, its dispose line and its finalization registry in
// the glue, and its exports (`intounderlyingsink_write`, `__wbg_intounderlyingsink_free`).
const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
const droppedExports = (name) =>
  UNUSED_CLASSES.some((c) => name.startsWith(`${c.toLowerCase()}_`) || name === `__wbg_${c.toLowerCase()}_free`);
for (const c of UNUSED_CLASSES) {
  const start = glue.indexOf(`export class ${c} {`);
  if (start < 0) fail(`${gluePath} has no class ${c}`);
  // The class's body ends at the first line that is only its closing brace.
  const end = glue.indexOf("\n}\n", start);
  if (end < 0) fail(`the class ${c} in ${gluePath} does not end`);
  glue = glue.slice(0, start) + glue.slice(end + 3);
  const pieces = [
    new RegExp(`^if \\(Symbol\\.dispose\\) ${c}\\.prototype\\[Symbol\\.dispose\\] = ${c}\\.prototype\\.free;\\n`, "m"),
    new RegExp(`^const ${c}Finalization = [^;]*;\\n`, "m"),
  ];
  for (const piece of pieces) {
    if (!piece.test(glue)) fail(`${gluePath} lacks ${piece} for the class ${c}`);
    glue = glue.replace(piece, "");
  }
  if (glue.includes(c) || glue.includes(c.toLowerCase())) fail(`${gluePath} still names ${c} once it is dropped`);
}

// The export section with the dropped classes' exports left out and the closure invokers renamed
// where the glue calls them (`wasm.<name>`).
let dropped = 0;
let shortened = 0;
function exportSection(end) {
  const count = leb();
  const entries = [];
  for (let i = 0; i < count; i++) {
    const field = name();
    const descriptionStart = at;
    byte();
    leb();
    const description = wasm.subarray(descriptionStart, at);
    if (droppedExports(field)) {
      dropped++;
      continue;
    }
    let short = field;
    if (field.startsWith("wasm_bindgen__convert__closures_____invoke__")) {
      short = `i${(shortened++).toString(36)}`;
      const use = new RegExp(`\\bwasm\\.${field}(?![\\w$])`, "g");
      const uses = glue.match(use)?.length ?? 0;
      // The glue also names a JS function after it, which terser shortens itself.
      if (uses === 0) fail(`${gluePath} never calls the export ${field} as wasm.${field}`);
      glue = glue.replace(use, `wasm.${short}`);
    }
    entries.push(encodeName(short), description);
  }
  if (at !== end) fail(`the export section of ${wasmPath} does not end where its size says`);
  const body = Buffer.concat([encodeLeb(entries.length / 2), ...entries]);
  return Buffer.concat([Buffer.from([7]), encodeLeb(body.length), body]);
}

// The import section with wasm-bindgen's own imports renamed, in the glue's imports object too.
let renamed = 0;
function importSection(end) {
  const count = leb();
  const entries = [encodeLeb(count)];
  for (let i = 0; i < count; i++) {
    const module = name();
    const field = name();
    const descriptionStart = at;
    skipDescription();
    const description = wasm.subarray(descriptionStart, at);
    let short = field;
    if (module === MODULE) {
      short = (renamed++).toString(36);
      short = /^[0-9]/.test(short) ? `_${short}` : short;
      const key = new RegExp(`(?<=[{,\\s])${literal(field)}(?=:)`);
      const found = occurrences(field);
      if (found !== 1 || !key.test(glue)) {
        fail(`${gluePath} names the import ${field} ${found} times, not once as a key`);
      }
      glue = glue.replace(key, short);
    }
    entries.push(encodeName(module), encodeName(short), description);
  }
  if (at !== end) fail(`the import section of ${wasmPath} does not end where its size says`);
  const body = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([2]), encodeLeb(body.length), body]);
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
at = 8;
const sections = [];
while (at < wasm.length) {
  const start = at;
  const id = byte();
  const size = leb();
  const end = at + size;
  if (id === 2) sections.push(importSection(end));
  else if (id === 7) sections.push(exportSection(end));
  else {
    sections.push(wasm.subarray(start, end));
    at = end;
  }
}
if (renamed === 0) fail(`${wasmPath} imports nothing from ${MODULE}`);
if (dropped === 0) fail(`${wasmPath} exports none of ${UNUSED_CLASSES.join(", ")}`);
writeFileSync(wasmPath, Buffer.concat([wasm.subarray(0, 8), ...sections]));
writeFileSync(gluePath, glue);
console.log(`trim-bindgen: ${renamed} imports and ${shortened} exports renamed, ${dropped} exports dropped`);
