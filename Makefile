# Grupo Motor: `make run` starts the app, `make test` runs every test.
# Both install what is missing first (Debian packages, npm packages, cargo
# tools), and are safe to run again.

SHELL := /bin/bash
.DEFAULT_GOAL := help
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TAURI_DRIVER_VERSION := 2.1.0
DEB_PACKAGES := build-essential pkg-config curl wget file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver poppler-utils

.PHONY: help run test setup deb-packages ui-deps tauri-driver ui-build app lint style unit-tests e2e-tests bindings bench bench-startup release release-test

help:
	@echo "make run    start Grupo Motor (loads demo data into a new, empty database)"
	@echo "make test   run every test: UI type check and unit tests, lint, Rust tests, end-to-end"
	@echo "make lint   only the checks: UI type check, rustfmt, clippy, the core's dependencies"
	@echo "make bench  run the benchmarks and print their figures"
	@echo "make bench-startup  time and weigh the release app's start against a bare Tauri window (BENCH_STARTUP_RUNS=10)"
	@echo "make release  build the installable .deb (target/release/bundle/deb/)"

run: setup ui-build
	cargo run -p grupo-motor --

# One compilation serves clippy, the tests and the app: clippy-driver wraps
# rustc for the workspace's own crates while they are really built (its lints
# with -D warnings, as `cargo clippy` passes them), and every cargo command
# below selects the whole workspace and all targets, so the dependencies are
# resolved with the same features and built once. The whole-app tests drive
# that same binary (GRUPO_MOTOR_BIN), so they build nothing of their own.
test: export RUSTC_WORKSPACE_WRAPPER := clippy-driver
test: export CLIPPY_ARGS := -D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
test: export GRUPO_MOTOR_BIN := $(CURDIR)/target/debug/grupo-motor
test: setup ui-build style app unit-tests e2e-tests

setup: deb-packages ui-deps

deb-packages:
	@# Node may come from elsewhere than Debian (it does on our machines): only ask apt when it is absent.
	@missing=$$(command -v npm >/dev/null || echo nodejs npm; for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

ui-deps:
	@if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then \
		cd ui && npm ci --no-audit --no-fund; \
	fi

# A debug build: it only relays WebDriver calls, and unoptimised it builds much sooner.
tauri-driver:
	@if ! command -v tauri-driver >/dev/null || \
	    [ "$$(cat $$HOME/.cargo/.tauri-driver-version 2>/dev/null)" != "$(TAURI_DRIVER_VERSION)" ]; then \
		env -u RUSTC_WORKSPACE_WRAPPER -u CLIPPY_ARGS \
			cargo install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked --debug && \
		echo $(TAURI_DRIVER_VERSION) > $$HOME/.cargo/.tauri-driver-version; \
	fi

ui-build:
	cd ui && npm run build

# The checks that need no compilation of the Rust code.
style:
	cd ui && npm run check
	cargo fmt --all -- --check
	@# The core must build without the shell: no Tauri, WebKit, GTK, dialogs or CLI parsing.
	@! cargo tree -p grupo-motor-core -e normal --prefix none | grep -E '^(tauri|wry|webkit2gtk|gtk|rfd|clap|open) ' \
		|| { echo "grupo-motor-core depends on a shell crate (above)"; exit 1; }

lint: style
	cargo clippy --workspace --all-targets -- -D warnings

# Every target of the workspace, the binary the whole-app tests drive among them
# (under `make test`, linted by clippy as it is built).
app:
	cargo build --workspace --all-targets

unit-tests:
	cd ui && npm test
	cargo test --workspace

# The real app in a real WebKit window under Xvfb, through tauri-driver.
# The package test needs a release build (minutes): it has its own target.
e2e-tests: tauri-driver
	cargo test --workspace --test 'e2e_*' -- --ignored --test-threads=1

# The installable package, with Tauri's bundler (@tauri-apps/cli from ui/'s
# npm packages): a release build of the binary, then the .deb around it.
release: ui-deps ui-build
	ui/node_modules/.bin/tauri build --bundles deb
	@# The bundler names the file after the product ("Grupo Motor_0.1.0_amd64.deb"):
	@# give it the package's own name, which needs no quoting to install.
	@cd target/release/bundle/deb && for f in *' '*.deb; do \
		[ -e "$$f" ] && mv -f "$$f" "$$(echo "$$f" | tr ' A-Z' '-a-z')"; done; true

# Builds the .deb and checks it: control file, desktop entry, icon, and the
# packaged binary's --version, demo and pack.
release-test: setup
	cargo test -p grupo-motor-tests --test packaged_deb -- --ignored

bindings:
	UPDATE_BINDINGS=1 cargo test -p grupo-motor --lib bindings

bench:
	cargo bench -p grupo-motor-core

# The release app's start against a bare Tauri 2 window under Xvfb: time to
# interactive, memory, binary and .deb size (minutes: two release builds).
# A measurement, not a test: not part of `make test`.
bench-startup: setup
	python3 tests/bench-startup/run.py
