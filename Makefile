# The two commands of the README: `make run` and `make test`.
# Each installs what is missing first (as root, or through sudo), so a fresh machine needs nothing else.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test release deps test-deps install uninstall dist

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

## tmux and strace drive the REPL and write tests; groff and man check the man page; zsh and fish check
## their completion scripts; sqlite3 and PostgreSQL (its initdb, outside PATH) load the SQL exports,
## as does DuckDB's CLI, from PyPI. The tests install what is missing too, the same way.
TEST_TOOLS := tmux strace groff man zsh fish sqlite3
TEST_PACKAGES := tmux strace groff-base man-db zsh fish sqlite3 postgresql

test-deps: deps
	@for tool in $(TEST_TOOLS); do command -v $$tool >/dev/null || missing=1; done; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing=1; \
	[ -z "$$missing" ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(TEST_PACKAGES); }
	@python3 -c 'import duckdb_cli' 2>/dev/null || python3 -m pip install --quiet duckdb-cli

## Installing: make install [PREFIX=/usr/local] [DESTDIR=/a/staging/root] [BINARY=a/built/conflictq].
## Without BINARY, install and dist first build the release binary (make release).
PREFIX ?= /usr/local
DESTDIR ?=
BINARY ?= $(BUILD_DIR)/release/conflictq
BUILD_BINARY := $(if $(filter file,$(origin BINARY)),release)

## Every file install writes, as PATH-UNDER-PREFIX:SOURCE:MODE. uninstall removes these, and dist
## packs them: one list, so that the three cannot drift apart.
INSTALLED_FILES = \
	bin/conflictq:$(BINARY):755 \
	share/man/man1/conflictq.1:Documentation/conflictq.1:644 \
	share/bash-completion/completions/conflictq:Completions/conflictq.bash:644 \
	share/zsh/site-functions/_conflictq:Completions/_conflictq:644 \
	share/fish/vendor_completions.d/conflictq.fish:Completions/conflictq.fish:644

## install also notes the directories it had to make, and only those, so that uninstall removes
## them once they are empty, and never a /usr/local/bin that was there, empty, before.
INSTALL_ROOT = $(DESTDIR)$(PREFIX)
CREATED_DIRECTORIES := share/conflictq/created-directories

## Writes the files, making the directories they need. Files whose text and mode are already
## there are not touched (install -C), so a second run changes nothing.
install: $(BUILD_BINARY)
	@set -e; root='$(INSTALL_ROOT)'; record="$$root/$(CREATED_DIRECTORIES)"; \
	for entry in $(INSTALLED_FILES); do \
	    source=$${entry#*:}; source=$${source%:*}; \
	    [ -f "$$source" ] || { echo "make install: $$source is missing" >&2; exit 1; }; \
	done; \
	needed=$$(for path in $(foreach entry,$(INSTALLED_FILES),$(firstword $(subst :, ,$(entry)))) $(CREATED_DIRECTORIES); do \
	    directory=$$(dirname "$$path"); \
	    while [ "$$directory" != . ]; do echo "$$directory"; directory=$$(dirname "$$directory"); done; \
	done | LC_ALL=C sort -u); \
	created=; \
	if [ ! -d "$$root" ]; then mkdir -p "$$root"; created=.; fi; \
	for directory in $$needed; do \
	    [ -d "$$root/$$directory" ] || { mkdir "$$root/$$directory"; created="$$created $$directory"; }; \
	done; \
	noted=$$({ [ ! -f "$$record" ] || cat "$$record"; for directory in $$created; do echo "$$directory"; done; } \
	    | LC_ALL=C sort -u); \
	if [ ! -f "$$record" ] || [ "$$(cat "$$record")" != "$$noted" ]; then \
	    if [ -n "$$noted" ]; then printf '%s\n' "$$noted" > "$$record"; else : > "$$record"; fi; \
	    chmod 644 "$$record"; \
	fi; \
	for entry in $(INSTALLED_FILES); do \
	    path=$${entry%%:*}; source=$${entry#*:}; source=$${source%:*}; mode=$${entry##*:}; \
	    install -C -m "$$mode" "$$source" "$$root/$$path"; \
	    echo "installed $$root/$$path"; \
	done

## Removes the files install writes, then the directories it made, deepest first, if they are empty.
uninstall:
	@set -e; root='$(INSTALL_ROOT)'; record="$$root/$(CREATED_DIRECTORIES)"; \
	created=; [ ! -f "$$record" ] || created=$$(LC_ALL=C sort -r "$$record"); \
	for path in $(foreach entry,$(INSTALLED_FILES),$(firstword $(subst :, ,$(entry)))) $(CREATED_DIRECTORIES); do \
	    if [ -e "$$root/$$path" ] || [ -L "$$root/$$path" ]; then rm -f "$$root/$$path"; echo "removed $$root/$$path"; fi; \
	done; \
	for directory in $$created; do \
	    if [ "$$directory" = . ]; then directory="$$root"; else directory="$$root/$$directory"; fi; \
	    [ ! -d "$$directory" ] || rmdir "$$directory" 2>/dev/null || true; \
	done

## A release tarball: conflictq-VERSION-linux-ARCH/ with bin/ and share/ laid out as under PREFIX,
## README.md and LICENSE. Checked before it is done: unpacked in an empty folder, its binary
## answers a query with an empty environment.
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/ConflictShell/Shell.swift)
DIST_DIR ?= $(BUILD_DIR)/dist
DIST_NAME := conflictq-$(VERSION)-linux-$(shell uname -m)

dist: $(BUILD_BINARY)
	@set -e; stage='$(DIST_DIR)/$(DIST_NAME)'; \
	rm -rf "$$stage" "$$stage.tar.gz"; \
	for entry in $(INSTALLED_FILES); do \
	    path=$${entry%%:*}; source=$${entry#*:}; source=$${source%:*}; mode=$${entry##*:}; \
	    install -D -m "$$mode" "$$source" "$$stage/$$path"; \
	done; \
	install -m 644 README.md LICENSE "$$stage/"; \
	epoch=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)}; \
	tar -C '$(DIST_DIR)' --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$$epoch" -cf - '$(DIST_NAME)' \
	    | gzip -9n > "$$stage.tar.gz"; \
	check=$$(mktemp -d); trap 'rm -rf "$$check"' EXIT; \
	tar -C "$$check" -xzf "$$stage.tar.gz"; \
	(cd "$$check" && env -i "./$(DIST_NAME)/bin/conflictq" -c 'count claims' >/dev/null) \
	    || { echo "make dist: the unpacked $(DIST_NAME)/bin/conflictq does not run" >&2; exit 1; }; \
	version=$$("$$stage/bin/conflictq" --version); \
	case "$$version" in *modified* | *"unknown commit"*) echo "make dist: warning: $$version" >&2 ;; esac; \
	echo "$$stage.tar.gz"
