# sendsafe: build the npm package (pkg/) from the Rust engine, test it, serve the demo.
#
#   make setup   install the build tools, only what is missing (run by the targets below)
#   make pkg     Rust -> wasm -> wasm-bindgen glue -> wasm-opt -> pkg/; prints the sizes
#   make test    cargo test, make pkg, the Node tests on the package as a client installs it,
#                then make fuzz
#   make fuzz    a minute of libFuzzer on each fuzz target (tests/fuzz; needs nightly Rust and
#                cargo-fuzz, installed when missing; skipped, saying so, where they cannot be)
#   make demo    make pkg, then serve www/ and pkg/ on http://127.0.0.1:8080 (PORT=N for another)
#   make bench   the benchmarks (not part of `make test`): bench-native, then bench-node, which
#                writes benches/results/ (node.json, README.md, chart.svg)
#   make clean   remove build output (pkg/, target/, tests/node/node_modules); keeps the tools

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:

# rustup installs cargo binaries here; not every shell has it on PATH.
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
# The CLI must be the exact version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
CRATE_VERSION := $(shell sed -n 's/^version = "\(.*\)"$$/\1/p' Cargo.toml | head -n 1)

RUST_WASM := target/$(WASM_TARGET)/release/sendsafe.wasm
BINDGEN_DIR := target/wasm-bindgen
TOOLS := scripts/node_modules/.package-lock.json
PKG_STAMP := pkg/.built

RUST_SOURCES := Cargo.toml Cargo.lock $(shell find src -type f)
TEMPLATE := $(shell find pkg-template -type f)

.PHONY: all setup pkg test test-node fuzz demo bench bench-native bench-accuracy bench-node clean

all: pkg

## setup: idempotent; a second run only compares versions.
setup: $(TOOLS)
	@if command -v rustup >/dev/null; then \
	  rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET); \
	else \
	  echo "setup: rustup not found; assuming the $(WASM_TARGET) target is installed" >&2; \
	fi
	@if ! command -v chromium >/dev/null && command -v apt-get >/dev/null; then \
	  echo "setup: installing Debian's chromium for the browser tests"; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get install -y --no-install-recommends chromium \
	    || { $$sudo apt-get update && $$sudo apt-get install -y --no-install-recommends chromium; } \
	    || echo "setup: chromium could not be installed; the browser tests will be skipped" >&2; \
	fi
	@if [ -z '$(WASM_BINDGEN_VERSION)' ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != 'wasm-bindgen $(WASM_BINDGEN_VERSION)' ]; then \
	  echo "setup: installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (the version in Cargo.lock)"; \
	  cargo install wasm-bindgen-cli --version '$(WASM_BINDGEN_VERSION)'; \
	fi

# Build tooling (wasm-opt from binaryen, tsc), pinned by scripts/package-lock.json.
$(TOOLS): scripts/package.json scripts/package-lock.json
	npm ci --prefix scripts --no-audit --no-fund
	@touch $@

## pkg: rebuilt only when src/, Cargo.*, pkg-template/ or the build script change.
pkg: $(PKG_STAMP)
	@scripts/build-pkg.sh sizes pkg

$(RUST_WASM): $(RUST_SOURCES) | setup
	cargo build --release --target $(WASM_TARGET) --lib
	@touch $@  # cargo leaves a fresh output untouched; make compares times

$(PKG_STAMP): $(RUST_WASM) $(TEMPLATE) $(TOOLS) scripts/build-pkg.sh | setup
	scripts/build-pkg.sh build $(RUST_WASM) $(BINDGEN_DIR) pkg $(CRATE_VERSION)
	@touch $@

## test: everything; fails if anything fails.
test: setup
	cargo test
	@$(MAKE) --no-print-directory pkg
	@$(MAKE) --no-print-directory test-node
	@$(MAKE) --no-print-directory fuzz

fuzz:
	scripts/fuzz.sh

# The Node tests install pkg/ as a client would: packed (so "files" applies), not linked.
test-node: $(PKG_STAMP) $(TOOLS)
	npm ci --prefix tests/node --install-links --no-audit --no-fund
	node --test tests/node/

# `make demo PORT=8081` when 8080 is taken.
demo: setup pkg
	python3 scripts/serve.py $(if $(PORT),--port $(PORT))

## bench: minutes, not part of `make test`; a missed budget is reported, a wrong answer fails.
bench:
	@$(MAKE) --no-print-directory bench-native
	@$(MAKE) --no-print-directory bench-accuracy
	@$(MAKE) --no-print-directory bench-node

bench-native:
	cargo bench --bench native

# Precision and recall of the privacy rules on generated fixtures (tests/fixtures/privacy).
bench-accuracy:
	cargo bench --bench accuracy

# Node and headless Chromium (/usr/bin/chromium, if installed) beside peer libraries, on the
# package installed as a client installs it; peers and playwright-core pinned in benches/node.
bench-node: $(PKG_STAMP)
	npm ci --prefix benches/node --install-links --no-audit --no-fund
	node benches/node/bench.js
	@# Link finding beside linkify-it: needs the links bench-accuracy wrote.
	@test -f target/link-spans.jsonl || cargo bench --bench accuracy
	node benches/node/links.js

clean:
	rm -rf pkg pkg.tmp target tests/node/node_modules
