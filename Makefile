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
# builds the same bytes and the size check is deterministic. No DWARF in any wasm build: no browser
# reads it (stack traces use the name section), and it made the browser tests' module 200 MB
# instead of 20, for each engine to download and parse within the runner's budget. Relocations
# kept in every wasm link: the splitter (scripts/split-parts.sh) moves code by them, and one set
# of flags for every wasm build lets them share compiled dependencies.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_DIR)/registry/src= --remap-path-prefix=$(CURDIR)= -C debuginfo=0 -Clink-args=--emit-relocs
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Firefox and WebKit (`make engines`): wasm-bindgen-test-runner takes WebKitGTK's driver where it
# expects Safari's (both speak W3C WebDriver), and runs it under Xvfb since MiniBrowser needs a display.
GECKODRIVER ?= $(CARGO_DIR)/bin/geckodriver
WEBKITWEBDRIVER ?= /usr/bin/WebKitWebDriver
XVFB := xvfb-run -a -s "-screen 0 1280x1024x24"
# The runner's budgets: 20 s for the whole suite from the page's load event (which comes before
# the wasm is compiled) and 5 s for a driver to start. On a busy machine WebKit overran the first;
# a budget only ends a run that hangs, so every engine gets room.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT ?= 30

# Runs one named step of `make test`; on failure repeats the lines that say what failed (a CI log
# may keep only its tail), says which step, and stops.
STEP_LOG := target/make-test-step.log
step = @printf '\n==> %s\n' "$(1)"; mkdir -p target; { $(2); } 2>&1 | tee $(STEP_LOG) || { \
	printf '\nmake test: what failed in "%s":\n' "$(1)" >&2; \
	grep -E 'panicked at|assertion|left:|right:|FAILED|failed|[Ee]rror[:\[]|✘|timed out|^\s+[0-9]+\) ' $(STEP_LOG) | tail -n 40 >&2; \
	printf '\nmake test: FAILED at step "%s"\n' "$(1)" >&2; exit 1; }

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

# trunk builds the page and runs cargo; its post-build hook splits the wasm (scripts/split-parts.sh).
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
	$(call step,clippy (wasm32 split),cargo clippy -p people-log --target wasm32-unknown-unknown --features split -- -D warnings)
	$(call step,cargo test,cargo test --workspace)
	$(call step,browser tests (Chromium),cargo test -p people-log --target wasm32-unknown-unknown --test browser)
	$(call step,browser tests (Firefox),GECKODRIVER=$(GECKODRIVER) cargo test -p people-log --target wasm32-unknown-unknown --test browser)
	$(call step,browser tests (WebKit),SAFARIDRIVER=$(WEBKITWEBDRIVER) $(XVFB) cargo test -p people-log --target wasm32-unknown-unknown --test browser)
	$(call step,release build,trunk build --release && cargo build -p mock-api --release)
	$(call step,schemathesis (API contract),mock-api/schemathesis/run.sh target/release/mock-api)
	$(call step,e2e (Playwright),E2E_PORT=$(E2E_PORT) playwright test)
	$(call step,e2e over WebDriver (Firefox),E2E_ENGINE=firefox node --test --test-concurrency=1 tests/webdriver/*.test.mjs)
	$(call step,e2e over WebDriver (WebKit),E2E_ENGINE=webkit $(XVFB) node --test --test-concurrency=1 tests/webdriver/*.test.mjs)
	$(call step,size check,node scripts/size-check.mjs dist)
	@printf '\nmake test: all steps passed\n'
