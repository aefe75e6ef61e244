// Gives the wasm-bindgen imports of the first download short names, in the wasm and in the glue
// that provides them: `__wbg_toLocaleDateString_a28e82885ff6f01a` becomes `a3`. wasm-bindgen
// names each import after its function and a hash; 270 of them were 9 KB of the wasm, written
// again as the keys of the glue's imports object, and their hashes do not compress.
//   node scripts/short-imports.mjs <wasm> <glue.js>
// Run by scripts/split-parts.sh on a release build, before terser. Fails (non-zero, the reason)
// unless every renamed import is exactly one key of the glue's imports object.
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
const fail = (message) => {
  console.error(`short-imports: error: ${message}`);
  process.exit(1);
};
if (!wasmPath || !gluePath) fail("usage: node scripts/short-imports.mjs <wasm> <glue.js>");

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

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
at = 8;
const sections = [];
let renamed = 0;
while (at < wasm.length) {
  const start = at;
  const id = byte();
  const size = leb();
  const bodyStart = at;
  const end = bodyStart + size;
  if (id !== 2) {
    sections.push(wasm.subarray(start, end));
    at = end;
    continue;
  }
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
      const key = new RegExp(`(?<=[{,\\s])${field.replace(/\$/g, "\\$")}(?=:)`);
      const found = glue.split(field).length - 1;
      if (found !== 1 || !key.test(glue)) {
        fail(`${gluePath} names the import ${field} ${found} times, not once as a key`);
      }
      glue = glue.replace(key, short);
    }
    entries.push(encodeName(module), encodeName(short), description);
  }
  if (at !== end) fail(`the import section of ${wasmPath} does not end where its size says`);
  const body = Buffer.concat(entries);
  sections.push(Buffer.concat([Buffer.from([2]), encodeLeb(body.length), body]));
}
if (renamed === 0) fail(`${wasmPath} imports nothing from ${MODULE}`);
writeFileSync(wasmPath, Buffer.concat([wasm.subarray(0, 8), ...sections]));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed} imports renamed`);
