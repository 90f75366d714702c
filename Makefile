# Grupo Motor: `make run` starts the app, `make test` runs every test.
# Both install what is missing first (Debian packages, npm packages, cargo
# tools), and are safe to run again.

SHELL := /bin/bash
.DEFAULT_GOAL := help
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TAURI_DRIVER_VERSION := 2.1.0
DEB_PACKAGES := build-essential pkg-config curl wget file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver poppler-utils

.PHONY: help run test setup deb-packages ui-deps tauri-driver ui-build app lint unit-tests e2e-tests bindings bench release release-test

help:
	@echo "make run    start Grupo Motor (loads demo data into a new, empty database)"
	@echo "make test   run every test: UI type check and unit tests, lint, Rust tests, end-to-end"
	@echo "make bench  run the benchmarks and print their figures"
	@echo "make release  build the installable .deb (target/release/bundle/deb/)"

run: setup ui-build
	cargo run -p grupo-motor --

test: setup ui-build lint app unit-tests e2e-tests

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

tauri-driver:
	@if ! command -v tauri-driver >/dev/null || \
	    [ "$$(cat $$HOME/.cargo/.tauri-driver-version 2>/dev/null)" != "$(TAURI_DRIVER_VERSION)" ]; then \
		cargo install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked && \
		echo $(TAURI_DRIVER_VERSION) > $$HOME/.cargo/.tauri-driver-version; \
	fi

ui-build:
	cd ui && npm run build

lint:
	cd ui && npm run check
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	@# The core must build without the shell: no Tauri, WebKit, GTK, dialogs or CLI parsing.
	@! cargo tree -p grupo-motor-core -e normal --prefix none | grep -E '^(tauri|wry|webkit2gtk|gtk|rfd|clap|open) ' \
		|| { echo "grupo-motor-core depends on a shell crate (above)"; exit 1; }

# The binary the whole-app tests drive (PDF, crash and end-to-end tests).
app:
	cargo build -p grupo-motor

unit-tests:
	cd ui && npm test
	cargo test --workspace

# The real app in a real WebKit window under Xvfb, through tauri-driver.
# The package test needs a release build (minutes): it has its own target.
e2e-tests: tauri-driver
	cargo test -p grupo-motor-tests -- --ignored --test-threads=1 --skip the_deb_installs

# The installable package, with Tauri's bundler (@tauri-apps/cli from ui/'s
# npm packages): a release build of the binary, then the .deb around it.
release: ui-deps ui-build
	ui/node_modules/.bin/tauri build --bundles deb

# Builds the .deb and checks it: control file, desktop entry, icon, and the
# packaged binary's --version, demo and pack.
release-test: setup
	cargo test -p grupo-motor-tests --test packaged_deb -- --ignored

bindings:
	UPDATE_BINDINGS=1 cargo test -p grupo-motor --lib bindings

bench:
	cargo bench -p grupo-motor-core
