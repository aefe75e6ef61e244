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

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the Cargo.lock version)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
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
