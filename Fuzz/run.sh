#!/usr/bin/env bash
# Builds each libFuzzer target and runs it for a while; says per target whether it found a crash.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]     default: 60 seconds each, every target
#
# New inputs go to Fuzz/.build-corpus/TARGET (git-ignored), seeded from Fuzz/Corpus/TARGET, which
# stays as committed; logs go to Fuzz/.build-logs. A crash, a leak or an input slower than 10 s is
# written to Fuzz/.build-findings/TARGET/; reproduce it with `Fuzz/.build/TARGET/release/TARGET FILE`.
# Once fixed, keep it as a test under Tests/*/FuzzRegressions/.
set -uo pipefail

cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzParser FuzzEvaluator FuzzScript FuzzModelFile FuzzYAMLDifferential FuzzDraft FuzzImport FuzzStore FuzzEngineOutput)

# The fuzzers run with SWIFT_BACKTRACE=enable=no: after a crash Swift's backtracer can keep the
# process alive for minutes. It must not be set for the builds: with it in the environment the
# driver leaves out the fuzzer's coverage instrumentation, so the builds drop it even when the
# caller has set it.

# Queries are lines typed at a prompt; a few KB reach every rule of the grammar. Model files need
# room for the exported built-in model (about 25 KB), which is in the seed corpus.
max_len() {
    case $1 in
        FuzzModelFile) echo 65536 ;;
        FuzzScript) echo 8192 ;;
        *) echo 4096 ;;
    esac
}
dictionary() {
    case $1 in
        FuzzModelFile | FuzzYAMLDifferential) echo model.dict ;;
        *) echo query.dict ;;
    esac
}
# FuzzScript runs the shell, whose error messages for broken scripts would bury libFuzzer's own
# output: its standard error is closed (libFuzzer keeps a copy for its reports and crashes).
close_fd_mask() {
    case $1 in
        FuzzScript) echo 2 ;;
        *) echo 0 ;;
    esac
}

# Each product is built alone, as the fuzzer flags cannot link the main package's executable, in a
# build folder of its own. Two runs of this script at once take turns to build.
#
# SwiftPM hands the compiler its two --sanitize flags in no fixed order, and the compiler keeps only
# the last: half the builds had no coverage (not fuzzing at all), the other half no AddressSanitizer.
# The same two in one flag, after SwiftPM's, give every build both. SwiftPM's own flags stay: they
# are what makes it link the target for libFuzzer's main.
build() {
    flock .build-logs/build.lock env -u SWIFT_BACKTRACE swift build -c release \
        --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
        --product "$1" --scratch-path ".build/$1" \
        >".build-logs/$1.build.log" 2>&1
}
binary() { echo ".build/$1/release/$1"; }
# The targets that need a file write their inputs to TMPDIR, a folder of the target's own.
scratch() { mkdir -p ".build-scratch/$1" && echo "$PWD/.build-scratch/$1"; }
instrumented() {
    TMPDIR="$(scratch "$1")" SWIFT_BACKTRACE=enable=no "$(binary "$1")" "Corpus/$1" -runs=0 2>&1 |
        grep 'INITED cov:' >/dev/null
}

declare -A result
mkdir -p .build-logs
for target in "${targets[@]}"; do
    echo "== $target: building"
    if ! build "$target"; then
        tail -20 ".build-logs/$target.build.log"
        result[$target]="did not build (see Fuzz/.build-logs/$target.build.log)"
        continue
    fi
    # Without coverage libFuzzer only tries random bytes, which is not fuzzing.
    if ! instrumented "$target"; then
        rm -rf ".build-scratch/$target"
        result[$target]="no coverage instrumentation: rm -rf Fuzz/.build/$target and run again"
        continue
    fi
    mkdir -p ".build-corpus/$target" ".build-findings/$target"
    echo "== $target: fuzzing for ${seconds}s"
    # Niced: others build on this machine while it runs.
    TMPDIR="$(scratch "$target")" SWIFT_BACKTRACE=enable=no nice -n 10 "$(binary "$target")" ".build-corpus/$target" "Corpus/$target" \
        -max_total_time="$seconds" -max_len="$(max_len "$target")" -dict="$(dictionary "$target")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -close_fd_mask="$(close_fd_mask "$target")" \
        -artifact_prefix=".build-findings/$target/" >".build-logs/$target.fuzz.log" 2>&1
    status=$?
    rm -rf ".build-scratch/$target"
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' ".build-logs/$target.fuzz.log"
    if [ $status -eq 0 ]; then
        result[$target]="no crash"
    else
        grep -E '^==[0-9]+==ERROR|^SUMMARY|Fatal error|^ALARM|^==.*deadly signal' ".build-logs/$target.fuzz.log" | head -3
        found=$(ls -t ".build-findings/$target" | head -1)
        result[$target]="CRASHED (exit $status): Fuzz/.build-findings/$target/$found, log Fuzz/.build-logs/$target.fuzz.log"
    fi
done

echo
echo "== results (${seconds}s each)"
failed=0
for target in "${targets[@]}"; do
    printf '%-20s %s\n' "$target" "${result[$target]}"
    [ "${result[$target]}" = "no crash" ] || failed=1
done
exit $failed
