#!/usr/bin/env bash
# Scores `conflictq draft` on every report that has a gold model, and prints Markdown tables:
#   Benchmarks/score-drafts.sh [REPORTS_DIR]
#
# - when REPORTS_DIR is given (a folder of stored reports, relative to the current folder): its
#   nine reports on Operation Ghazab lil-Haq, NN-*.txt, each against the built-in model and the
#   timeline model Models/timeline/NN-*.yaml, keeping what cites that model's source;
# - the two reports on other conflicts there, other-*.txt, against Benchmarks/drafting/gold/;
# - the test reports of our own, Tests/DraftingTests/Reports/*.txt, against Tests/DraftingTests/Gold/;
# - the held-out reports, Tests/DraftingTests/HeldOut/Reports/*.txt, against
#   Tests/DraftingTests/HeldOut/Gold/: printed after the others' total, as a table of their own
#   ("Held out") with its own total, and without their misses (see Tests/DraftingTests/HeldOut/README.md).
#
# It builds nothing: the binary is $CONFLICTQ, or else .build/release/conflictq, or else
# .build/debug/conflictq. Run by hand only; nothing in the build or the tests reads REPORTS_DIR,
# and without it only the project's own reports are scored. Extra options for score-drafts.py go in $SCORE_DRAFTS_OPTIONS (such as --runs 1).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# A directory or binary given relative to where the script was started from stays so.
absolute() { case $1 in /*) printf '%s\n' "$1" ;; */*) printf '%s\n' "$PWD/$1" ;; *) printf '%s\n' "$1" ;; esac; }
shared=${1:+$(absolute "$1")}
binary=${CONFLICTQ:+$(absolute "$CONFLICTQ")}
cd "$root"

if [ -z "$binary" ]; then
    for candidate in .build/release/conflictq .build/debug/conflictq; do
        if [ -x "$candidate" ]; then binary=$candidate; break; fi
    done
fi
[ -n "$binary" ] || { echo "score-drafts.sh: no conflictq: set CONFLICTQ, or build one (make release)" >&2; exit 1; }

jobs=()
if [ -n "$shared" ] && [ -d "$shared" ]; then
    for report in "$shared"/[0-9][0-9]-*.txt; do
        [ -e "$report" ] || continue
        number=$(basename "$report" | cut -c1-2)
        golds=(Models/timeline/"$number"-*.yaml)
        [ -f "${golds[0]}" ] || { echo "score-drafts.sh: no timeline model for $report" >&2; continue; }
        # The source id: the first `- id:` of the model's sources section.
        source=$(awk '/^sources:/ { inside = 1; next } /^[a-z_]+:/ { inside = 0 }
                      inside && /^ *- id:/ { sub(/^ *- id: */, ""); gsub(/["'\'']/, ""); print; exit }' "${golds[0]}")
        [ -n "$source" ] || { echo "score-drafts.sh: no source id in ${golds[0]}" >&2; exit 1; }
        jobs+=(--report "$report" --gold builtin --gold "${golds[0]}" --source "$source")
    done
    for report in "$shared"/other-*.txt; do
        [ -e "$report" ] || continue
        gold=Benchmarks/drafting/gold/$(basename "$report" .txt).yaml
        [ -f "$gold" ] || { echo "score-drafts.sh: no gold for $report" >&2; continue; }
        jobs+=(--report "$report" --gold "$gold")
    done
elif [ -n "$shared" ]; then
    echo "score-drafts.sh: no folder $shared" >&2
    exit 2
fi
for report in Tests/DraftingTests/Reports/*.txt; do
    [ -e "$report" ] || continue
    gold=Tests/DraftingTests/Gold/$(basename "$report" .txt).yaml
    [ -f "$gold" ] || { echo "score-drafts.sh: no gold for $report" >&2; continue; }
    jobs+=(--report "$report" --gold "$gold")
done
held_out=()
for report in Tests/DraftingTests/HeldOut/Reports/*.txt; do
    [ -e "$report" ] || continue
    gold=Tests/DraftingTests/HeldOut/Gold/$(basename "$report" .txt).yaml
    [ -f "$gold" ] || { echo "score-drafts.sh: no gold for $report" >&2; continue; }
    held_out+=(--report "$report" --gold "$gold")
done
[ ${#held_out[@]} -eq 0 ] || jobs+=(--held-out "${held_out[@]}")
[ ${#jobs[@]} -gt 0 ] || { echo "score-drafts.sh: no reports to score" >&2; exit 1; }

# shellcheck disable=SC2086
exec python3 Benchmarks/score-drafts.py --conflictq "$binary" ${SCORE_DRAFTS_OPTIONS:-} "${jobs[@]}"
