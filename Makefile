# Sitrep: `make run` serves the page, `make test` runs every test.
# Each target installs what is missing first (see ../shared/TOOLCHAIN.md for why
# the steps are what they are).

SHELL := /bin/bash
PORT ?= 8000
WASM_BINDGEN_VERSION := $(shell grep -A1 '^name = "wasm-bindgen"$$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: run site test bench quality deps deps-rust deps-browser deps-node lint unit js-unit wasm-test e2e fuzz-short clean

run: site
	@echo "Sitrep is at http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

site: deps-rust deps-node
	scripts/build_site.sh

test: deps lint unit js-unit wasm-test site e2e fuzz-short

bench: deps site
	scripts/bench.sh

quality: deps site
	python3 scripts/quality.py

deps: deps-rust deps-browser deps-node

deps-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (matches Cargo.lock)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

deps-browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo "installing Chromium and ChromeDriver from Debian"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

deps-node:
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund && touch node_modules/.package-lock.json; \
	fi

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

unit:
	cargo test

# The page's pure modules (corrections, exports, the timeline's window model) under node.
js-unit:
	node --test tests/js/*.test.mjs

wasm-test: deps-rust deps-browser
	cargo test --target wasm32-unknown-unknown --test wasm

e2e: deps-node deps-browser site
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

fuzz-short:
	scripts/fuzz.sh short

clean:
	cargo clean
	rm -rf www/pkg www/index.html node_modules test-results
