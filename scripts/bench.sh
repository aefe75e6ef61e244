#!/usr/bin/env bash
# `make bench`: builds the release widget, the React peer (bench/react), a profiling build (wasm
# function names kept) and, with
# BENCH_BASELINE=<git rev>, that commit's widget; serves them beside the plain-JS pages of bench/
# from the mock API (5,000 people, and a second one with 1,000,000 for the scale run); runs
# bench/run.mjs, which writes bench/RESULTS.md and bench/results.json. Nothing here is part of
# `make test`. Knobs (environment): BENCH_RUNS (15), BENCH_WARMUPS (5), BENCH_CPU ("1,4"),
# BENCH_LOAD_RUNS (5), BENCH_BASELINE (unset), BENCH_ONLY (some of interaction, load, menu, flows, scale,
# dialogs, memory, polling, profile), BENCH_SCALE=0 to skip the 1,000,000-people mock.
# The mock serves every page under a strict CSP, so a BENCH_BASELINE older than the CSP work
# (trunk's inline bootstrap, a <style> in the shadow root) loads unstyled or not at all.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench
www=$out/www
# A build served under /$1/ beside the release build. Since the CSP work the page and its loader
# name the files from the site's root (/loader.js, /people-log.js) whatever the public URL: point
# them at this build's, or the page would run the root's build (older pages, with trunk's
# bootstrap, already use the public URL). Their compressed copies, which a browser gets, are
# written again.
serve_under() {
  local dir="$www/$1" f
  for f in "$dir/index.html" "$dir/loader.js"; do
    if [[ -f "$f" ]]; then sed -i -e "s#\"/\\(loader\\.js\\|people-log\\)#\"/$1/\\1#g" "$f"; fi
  done
  if grep -q '"/\(loader\.js\|people-log\)' "$dir/index.html"; then
    echo "bench: the page under /$1/ still loads the root's files; update scripts/bench.sh" >&2
    exit 1
  fi
  node scripts/precompress.mjs "$dir"
}
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

echo "==> release build"
trunk build --release
cargo build -p mock-api --release

rm -rf "$www"
mkdir -p "$www/bench"
cp -a dist/. "$www/"
cp bench/lean.html bench/lean.css bench/lean.js bench/same-markup.html bench/same-markup.js "$www/bench/"
cp style/demo-page.css "$www/demo-page.css"
echo "==> React 19 + TanStack Table peer (bench/react: Vite, from its package-lock.json)"
npm ci --prefix bench/react --no-audit --no-fund --silent
(cd bench/react && BENCH_REACT_OUT="$OLDPWD/$www/bench/react" npx vite build)
# Compressed as the widget's files are, so the load table compares like with like.
node scripts/precompress.mjs "$www/bench/react"
# same-markup uses the widget's table, filter and layout CSS (src/ui/stylesheet.rs: SOURCE).
cat style/base.css style/people.css style/filters.css style/toolbar.css style/layout.css > "$www/bench/widget.css"

echo "==> profiling build (wasm-opt --debuginfo keeps function names for the profile)"
# Only the rust link gains attributes and relative paths move two levels up, so the page builds
# whatever else index.html loads (hashed or not, trunk's bootstrap or an external loader).
sed -e 's|data-bin="people-log"|href="../../Cargo.toml" data-bin="people-log" data-wasm-opt-params="--debuginfo" data-keep-debug|' \
  -E -e 's#(href|src)="(style|demo|examples)/#\1="../../\2/#g' index.html > "$out/profiling.html"
grep -q 'data-wasm-opt-params' "$out/profiling.html" || { echo "bench: index.html's rust link changed; update scripts/bench.sh" >&2; exit 1; }
PARTS_KEEP_NAMES=1 trunk build --release --dist "$www/profiling" --public-url /profiling/ "$out/profiling.html"
serve_under profiling
grep -q '"/profiling/people-log.js"' "$www/profiling/loader.js" || { echo "bench: demo/loader.js changed; update scripts/bench.sh" >&2; exit 1; }

if [[ -n "${BENCH_BASELINE:-}" ]]; then
  echo "==> baseline build of $BENCH_BASELINE"
  rm -rf "$out/baseline-src"
  mkdir -p "$out/baseline-src"
  git archive "$BENCH_BASELINE" | tar -x -C "$out/baseline-src"
  # Its own target dir (cargo would take the old sources, older than our build, as up to date),
  # hard-linked from ours so only the workspace's own crates rebuild: their files are removed, and
  # cargo writes new ones rather than through the links.
  rm -rf "$out/baseline-target"
  mkdir -p "$out/baseline-target"
  cp -al target/release target/wasm32-unknown-unknown "$out/baseline-target/"
  find "$out/baseline-target" \( -name 'people-log*' -o -name 'people_log*' -o -name 'libpeople_log*' \
    -o -name 'contract-*' -o -name 'libcontract-*' -o -name 'mock-api*' -o -name 'mock_api*' \) -prune -exec rm -rf {} +
  # A commit whose split hook looks for the linked wasm under its own target/ (before it read
  # CARGO_TARGET_DIR) finds it there, and the hook's tools (wasm-opt, terser) in node_modules/.
  ln -s "$PWD/$out/baseline-target" "$out/baseline-src/target"
  ln -s "$PWD/node_modules" "$out/baseline-src/node_modules"
  # A commit from before the split links without relocations: binaryen cannot optimise a wasm that
  # keeps them, and that commit's trunk runs wasm-opt itself.
  flags=$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
  grep -q split-parts "$out/baseline-src/Trunk.toml" || flags=${flags/ -Clink-args=--emit-relocs/}
  (cd "$out/baseline-src" && CARGO_TARGET_DIR="$OLDPWD/$out/baseline-target" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags" \
    trunk build --release --dist "$OLDPWD/$www/baseline" --public-url /baseline/)
  serve_under baseline
fi

port=${BENCH_PORT:-$(free_port)}
big_port=$(free_port)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
target/release/mock-api --dist "$www" --host 127.0.0.1 --port "$port" --people 5000 >"$out/mock.log" 2>&1 &
pids+=($!)
if [[ "${BENCH_SCALE:-1}" != 0 ]]; then
  target/release/mock-api --dist "$www" --host 127.0.0.1 --port "$big_port" --people 1000000 >"$out/mock-big.log" 2>&1 &
  pids+=($!)
  export BENCH_BIG_URL="http://127.0.0.1:$big_port"
fi
for url in "http://127.0.0.1:$port" ${BENCH_BIG_URL:-}; do
  for _ in $(seq 240); do curl -fs "$url/api/me" >/dev/null && break; sleep 0.5; done
  curl -fs "$url/api/me" >/dev/null || { echo "bench: the mock API at $url did not start (see $out/mock*.log)" >&2; exit 1; }
done

BENCH_TOOLS=$(node -e '
  const [rustc, trunk, bindgen, opt, pw] = process.argv.slice(1);
  console.log(JSON.stringify({ rustc, trunk, "wasm-bindgen": bindgen, "wasm-opt": opt, playwright: pw }));
' "$(rustc --version)" "$(trunk --version)" "$(wasm-bindgen --version)" "$(wasm-opt --version)" "$(playwright --version)")
export BENCH_TOOLS BENCH_URL="http://127.0.0.1:$port" BENCH_DIST="$www" BENCH_PROFILING=1
node bench/run.mjs
