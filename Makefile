# The two commands of the README: `make run` and `make test`.
# Each installs what is missing first (as root, or through sudo), so a fresh machine needs nothing else.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test release deps test-deps

## Build a release binary and open the shell on the built-in model.
run: release
	./$(BUILD_DIR)/release/conflictq

## Every test: unit, golden queries, model files, the binary end to end, the REPL through a pty.
test: test-deps
	$(SWIFT) build
	$(SWIFT) test

## One static executable, the Swift runtime, libedit and the C library inside it: it runs without
## the toolchain, and starts without finding and relocating shared libraries, which was half the
## time of a one-shot query. A static link must name libedit's own libraries.
STATIC_LINK := --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd
BUILD_DIR ?= .build

release: deps
	$(SWIFT) build -c release $(STATIC_LINK) --scratch-path $(BUILD_DIR)

deps:
	@pkg-config --exists libedit 2>/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; }

test-deps: deps
	@command -v tmux >/dev/null && command -v strace >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tmux strace; }
