#!/usr/bin/env bash
# Installs what the build and tests need and is missing; installs nothing when all is present.
#   scripts/ensure-tools.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   scripts/ensure-tools.sh browser  also Debian's Chromium and ChromeDriver, and schemathesis (PyPI)
#                                    in the project's .venv
#   scripts/ensure-tools.sh engines  Debian's firefox-esr, webkit2gtk-driver and xvfb, and geckodriver
#                                    (crates.io, pinned below): Firefox and WebKit for the tests
# Versions are pinned here (trunk), in Cargo.lock (wasm-bindgen) and in package-lock.json (binaryen,
# Playwright, axe-core); Trunk.toml's wasm_opt must name the binaryen version.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
SCHEMATHESIS_VERSION=4.32.5
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
BINARYEN_VERSION=$(node -p 'require("./package.json").devDependencies.binaryen.split(".")[0]')

say() { printf '[tools] %s\n' "$*"; }
fail() { printf '[tools] error: %s\n' "$*" >&2; exit 1; }

[ -n "$WASM_BINDGEN_VERSION" ] || fail "no wasm-bindgen version in Cargo.lock"
grep -q "^wasm_opt = \"version_${BINARYEN_VERSION}\"" Trunk.toml ||
  fail "Trunk.toml's wasm_opt must be \"version_${BINARYEN_VERSION}\", the binaryen version in package.json"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-test-runner serves the browser tests' page with tiny_http 0.12.0, whose thread pool
# can lose a wakeup: a connection accepted while a woken thread has not yet taken its own is queued
# behind connections that the browser keeps alive, and the page never loads ("Failed to detect test
# as having been run"; seen in Chromium, which opens six). tools/patches/ has the one-line fix, and
# the runner is built with it (a marker beside it says so).
TINY_HTTP=tiny_http-0.12.0
TINY_HTTP_SHA256=389915df6413a2e74fb181895f933386023c71110878cd0825588928e64cdc82
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
RUNNER_MARK="wasm-bindgen-cli $WASM_BINDGEN_VERSION with $TINY_HTTP-task-pool.patch"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  [ "$(cat "$CARGO_BIN/.wasm-bindgen-test-runner-build" 2>/dev/null)" != "$RUNNER_MARK" ]; then
  say "installing $RUNNER_MARK (the Cargo.lock version, about 4 minutes)"
  src="target/tools/$TINY_HTTP"
  rm -rf "$src" && mkdir -p "$src"
  curl -fsSL "https://static.crates.io/crates/${TINY_HTTP%-*}/$TINY_HTTP.crate" -o "$src.crate" ||
    fail "could not download $TINY_HTTP from crates.io"
  echo "$TINY_HTTP_SHA256  $src.crate" | sha256sum --check --quiet ||
    fail "$TINY_HTTP.crate is not the one crates.io published"
  tar -xzf "$src.crate" -C "$src" --strip-components=1
  # Its own repository, so git applies the patch to it and not to this one.
  git -C "$src" init --quiet && git -C "$src" apply "$PWD/tools/patches/$TINY_HTTP-task-pool.patch" ||
    fail "tools/patches/$TINY_HTTP-task-pool.patch does not apply"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force \
    --config "patch.crates-io.tiny_http.path=\"$PWD/$src\"" 2>&1 | tee target/tools/install.log
  ! grep -q "was not used" target/tools/install.log ||
    fail "wasm-bindgen-cli $WASM_BINDGEN_VERSION does not use $TINY_HTTP: update tools/patches/"
  echo "$RUNNER_MARK" > "$CARGO_BIN/.wasm-bindgen-test-runner-build"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = browser ] && ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
fi

if [ "${1:-}" = browser ] &&
  [ "$(.venv/bin/schemathesis --version 2>/dev/null)" != "schemathesis, version $SCHEMATHESIS_VERSION" ]; then
  say "installing schemathesis $SCHEMATHESIS_VERSION into .venv"
  python3 -m venv .venv || fail "python3 -m venv failed (on Debian: apt-get install python3-venv)"
  .venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

# `engines`: Firefox and WebKit for the browser tests and the cross-engine suite (tests/webdriver/):
# Debian's firefox-esr, webkit2gtk-driver (WebKitWebDriver, driving WebKitGTK's MiniBrowser) and xvfb
# (MiniBrowser needs a display), and geckodriver built from crates.io.
GECKODRIVER_VERSION=0.37.1
if [ "${1:-}" = engines ]; then
  # The build (CPU) runs alongside the apt install (mostly download), to keep a fresh CI run short.
  gecko=""
  if [ "$(geckodriver --version 2>/dev/null | head -n1 | cut -d' ' -f1-2)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION from crates.io (about 4 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --quiet &
    gecko=$!
  fi
  if ! { [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/bin/xvfb-run ]; }; then
    say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb
  fi
  if [ -n "$gecko" ]; then
    wait "$gecko" || fail "cargo install geckodriver $GECKODRIVER_VERSION failed"
  fi
fi
