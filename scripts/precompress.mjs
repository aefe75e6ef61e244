// Trunk's post-build hook: writes a brotli (.br) and a gzip (.gz) copy beside each text or wasm file
// of the build, so the mock API serves them compressed (ServeDir's precompressed files) at no cost
// per request: the wasm is ~1 MB raw and ~0.3 MB brotli, which is most of a first load on a slow link.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("precompress: no directory (TRUNK_STAGING_DIR unset and no argument)");
  process.exit(1);
}
// A debug build's wasm is tens of MB and only ever served on this machine: not worth the seconds.
if (process.env.TRUNK_PROFILE === "debug") process.exit(0);
// .txt: the locale catalogs (locales/<tag>.txt).
const compressible = /\.(wasm|js|mjs|css|html|json|svg|txt)$/;

function walk(path) {
  for (const name of readdirSync(path)) {
    const file = join(path, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (compressible.test(name)) compress(file);
  }
}

function compress(file) {
  const raw = readFileSync(file);
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
}

walk(dir);
