#!/bin/sh
# Writes the Swift file that tells `conflictq --version` which commit it was built from:
#   build-info.sh PACKAGE_DIR OUTPUT_FILE
# "5716edf", "5716edf, modified" when the work tree had changes (untracked files included), or
# "unknown commit" when PACKAGE_DIR is not the top of a git work tree (a tarball) or git is missing.
# The file is rewritten only when its text changes, so that a build with nothing new links nothing.
set -u
package=$1
output=$2
PATH=/usr/bin:/bin:/usr/local/bin:${PATH:-}
source="unknown commit"
if command -v git >/dev/null 2>&1; then
    top=$(git -C "$package" rev-parse --show-toplevel 2>/dev/null) || top=
    # The package itself must be the work tree, not a folder inside someone else's.
    if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$(cd "$package" && pwd -P)" ]; then
        if commit=$(git -C "$package" rev-parse --short HEAD 2>/dev/null); then
            source=$commit
            # --no-optional-locks: reading the state must not rewrite the index under a running git.
            changes=$(git -C "$package" --no-optional-locks status --porcelain 2>/dev/null) || changes=unknown
            [ -z "$changes" ] || source="$commit, modified"
        fi
    fi
fi
mkdir -p "$(dirname "$output")"
text="// Written by Plugins/BuildInfo/build-info.sh at build time; not kept in git.
enum BuildInfo {
    /// The commit the binary was built from, and whether the work tree had changes.
    static let source = \"$source\"
}"
if [ ! -f "$output" ] || [ "$(cat "$output")" != "$text" ]; then
    printf '%s\n' "$text" > "$output.tmp" && mv "$output.tmp" "$output"
fi
