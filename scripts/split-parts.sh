#!/usr/bin/env bash
# Trunk's post-build hook: makes the widget's files from the wasm cargo
# linked, in place of trunk's own wasm-bindgen output (trunk cannot run a step between the link
# and wasm-bindgen: trunk-rs/trunk#1022). Splits it at its in_part! door
# (tools/split-parts), runs wasm-bindgen on the first download, wasm-bindgen's output
# trimmed (scripts/trim-bindgen.mjs), wasm-opt on every part, terser on the JS (the glue, the
# parts loader and the snippets), writes the locale catalogs
# (tools/catalogs: locales/<tag>/*.ftl -> locales/<tag>.txt, every locale, English's holding
# the later screens' words only: the first screen's are in the wasm), and then
# scripts/precompress.mjs.
#   scripts/split-parts.sh            as a trunk hook (TRUNK_STAGING_DIR, TRUNK_PROFILE)
#   scripts/split-parts.sh OUT [debug|release]   by hand, into OUT
# PARTS_KEEP_NAMES=1 keeps the wasm function names (make bench's profiling build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${TRUNK_STAGING_DIR:-${1:?usage: scripts/split-parts.sh OUT [debug|release]}}
profile=${TRUNK_PROFILE:-${2:-release}}
# Where cargo linked it: CARGO_TARGET_DIR when set (make bench's baseline build sets it).
target=${CARGO_TARGET_DIR:-$root/target}
linked=$target/wasm32-unknown-unknown/$profile/people-log.wasm
work=$target/split-parts/$profile
fail() { printf 'split-parts: error: %s\n' "$*" >&2; exit 1; }

[ -f "$linked" ] || fail "no $linked: build the widget first (make release)"
rm -rf "$work"
mkdir -p "$work/bindgen"
cargo run --quiet -p split-parts -- "$linked" "$work"
keep=()
[ "${PARTS_KEEP_NAMES:-}" = 1 ] && keep=(--keep-debug)
wasm-bindgen --target web --keep-lld-exports --no-typescript "${keep[@]}" --out-name people-log \
  --out-dir "$work/bindgen" "$work/main.wasm"

rm -rf "$out"/people-log* "$out/snippets" "$out/locales"
cp -r "$work/bindgen/." "$out/"
cp "$work"/people-log_parts.js "$work"/people-log_*.wasm "$out/"
# Release only: -Oz measured against -Os, -O3, --converge and --gufa-optimizing (all within
# 0.3 KiB); then flattened and its control flow rebuilt (--flatten --rereloop) and -Oz twice
# more, which -Oz alone does not reach: -1.2 KiB brotli first download, -2.0 the batch part
# (more passes or rounds took nothing more). The glue and the snippets it imports minified
# (9.6 -> 7.4 and 2.0 -> 1.0 KiB brotli), since they are in every first download.
if [ "$profile" = release ]; then
  strip=(--strip-debug --strip-producers)
  [ "${PARTS_KEEP_NAMES:-}" = 1 ] && strip=(--debuginfo)
  # Short names for wasm-bindgen's imports and closure exports, the unused stream classes out
  # (scripts/trim-bindgen.mjs), before wasm-opt, which then drops those classes' code.
  node "$root/scripts/trim-bindgen.mjs" "$out/people-log_bg.wasm" "$out/people-log.js"
  for wasm in "$out"/people-log*.wasm; do
    "$root/node_modules/.bin/wasm-opt" -Oz --flatten --rereloop -Oz -Oz "${strip[@]}" "$wasm" -o "$wasm"
  done
  for js in "$out/people-log.js" "$out/people-log_parts.js" $(find "$out/snippets" -name '*.js'); do
    "$root/node_modules/.bin/terser" --module --compress --mangle --output "$js" "$js"
  done
fi
# Here rather than in a hook of its own: trunk runs one stage's hooks at once, and these files
# must exist before precompress. A catalog the compiler refuses has failed the cargo build
# already (build.rs); this writes what the widget fetches.
cargo run --quiet -p catalogs -- "$root/locales" "$out/locales"
TRUNK_PROFILE=$profile node "$root/scripts/precompress.mjs" "$out"
