# The README's commands. Each installs what it needs (scripts/ensure-tools.sh) and rebuilds only
# what changed.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
PEOPLE ?= 5000
# A free port for the e2e server, so a running demo or another run never collides with it.
E2E_PORT ?= $(shell node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
CARGO_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_DIR)/bin:$(PATH)
# Panic locations in the wasm name source files: strip this machine's prefixes so every machine
# builds the same bytes and the size check is deterministic.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_DIR)/registry/src= --remap-path-prefix=$(CURDIR)=
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Firefox and WebKit (`make engines`): wasm-bindgen-test-runner takes WebKitGTK's driver where it
# expects Safari's (both speak W3C WebDriver), and runs it under Xvfb since MiniBrowser needs a display.
GECKODRIVER ?= $(CARGO_DIR)/bin/geckodriver
WEBKITWEBDRIVER ?= /usr/bin/WebKitWebDriver
XVFB := xvfb-run -a -s "-screen 0 1280x1024x24"
# The runner's 20 s default budget starts at the page's load event, before the 200 MB debug wasm is
# compiled; on a busy machine WebKit overran it there (Chromium and Firefox stay well under).
WEBKIT_TEST_TIMEOUT ?= 90

# Runs one named step of `make test`; on failure says which one and stops.
step = @printf '\n==> %s\n' "$(1)"; $(2) || { printf '\nmake test: FAILED at step "%s"\n' "$(1)" >&2; exit 1; }

.PHONY: help tools browser engines demo dev test release bench screenshots

help:
	@echo "make demo   build the widget and serve it with the mock API on http://127.0.0.1:$(PORT)/"
	@echo "make test   everything CI checks"
	@echo "make dev    trunk serve with hot reload, /api proxied to the mock API"
	@echo "make screenshots  retake docs/screenshot.png from the demo"
	@echo "make bench  performance against plain-JS pages (minutes; not part of make test): bench/RESULTS.md"

tools:
	@scripts/ensure-tools.sh

browser:
	@scripts/ensure-tools.sh browser

engines:
	@scripts/ensure-tools.sh engines

release: tools
	trunk build --release
	cargo build -p mock-api --release

demo: release
	exec target/release/mock-api --dist dist --host 127.0.0.1 --port $(PORT) --people $(PEOPLE)

dev: tools
	cargo build -p mock-api
	target/debug/mock-api --dist dist --port 8080 --people $(PEOPLE) & \
	trap 'kill $$!' EXIT; trunk serve

# README pictures taken by the e2e suite (tests tagged @screenshot); never part of `make test`.
screenshots: browser release
	SCREENSHOTS=1 E2E_PORT=$(E2E_PORT) playwright test --grep @screenshot

# Minutes long, so not part of `make test`; knobs in scripts/bench.sh.
bench: browser
	scripts/bench.sh

test: browser engines
	$(call step,rustfmt,cargo fmt --all --check)
	$(call step,clippy (native),cargo clippy --workspace --all-targets -- -D warnings)
	$(call step,clippy (wasm32),cargo clippy -p people-log --target wasm32-unknown-unknown --all-targets -- -D warnings)
	$(call step,cargo test,cargo test --workspace)
	$(call step,browser tests (Chromium),cargo test -p people-log --target wasm32-unknown-unknown --test browser)
	$(call step,browser tests (Firefox),GECKODRIVER=$(GECKODRIVER) cargo test -p people-log --target wasm32-unknown-unknown --test browser)
	$(call step,browser tests (WebKit),SAFARIDRIVER=$(WEBKITWEBDRIVER) WASM_BINDGEN_TEST_TIMEOUT=$(WEBKIT_TEST_TIMEOUT) $(XVFB) cargo test -p people-log --target wasm32-unknown-unknown --test browser)
	$(call step,release build,trunk build --release && cargo build -p mock-api --release)
	$(call step,schemathesis (API contract),mock-api/schemathesis/run.sh target/release/mock-api)
	$(call step,e2e (Playwright),E2E_PORT=$(E2E_PORT) playwright test)
	$(call step,e2e over WebDriver (Firefox),E2E_ENGINE=firefox node --test --test-concurrency=1 tests/webdriver/*.test.mjs)
	$(call step,e2e over WebDriver (WebKit),E2E_ENGINE=webkit $(XVFB) node --test --test-concurrency=1 tests/webdriver/*.test.mjs)
	$(call step,size check,node scripts/size-check.mjs dist)
	@printf '\nmake test: all steps passed\n'
