# The two commands of the README: `make run` and `make test`.
# Each installs what is missing first (as root, or through sudo), so a fresh machine needs nothing else.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test release deps test-deps

## Build a release binary and open the shell on the built-in model.
run: release
	./.build/release/conflictq

## Every test: unit, golden queries, model files, the binary end to end, the REPL through a pty.
test: test-deps
	$(SWIFT) build
	$(SWIFT) test

## The Swift runtime is linked in statically: it starts faster and runs without the toolchain.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

deps:
	@pkg-config --exists libedit 2>/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; }

test-deps: deps
	@command -v tmux >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tmux; }
