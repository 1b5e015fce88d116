#!/usr/bin/env bash
# Benchmarks conflictq against sqlite3 and DuckDB on the same machine, side by side, in one run:
#   a. a one-shot query on the built-in model, against `sqlite3 :memory: 'select 1'`;
#   b. `conflictq --check` of the exported built-in model;
#   c. a generated model of 100,000 claims and 10,000 actors: loading it, `sum killed by party` and
#      a filtered listing, against sqlite3 and DuckDB importing the same data as CSV and running the
#      same in SQL.
#
#   Benchmarks/run.sh [RUNS]      default 30 runs of each quick command, a quarter of that for (c)
#
# Prints a Markdown table (docs-benchmarks.md holds the last one recorded). The release build goes
# to .build-bench and the data to Benchmarks/.build-data, both git-ignored. Run it on a quiet
# machine: other work running at the same time shows up in every figure.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${1:-30}
data=Benchmarks/.build-data

command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3" >&2; exit 1; }
# DuckDB's own executable, as $duckdb.
. Benchmarks/duckdb.sh

echo "building conflictq (release, one static executable, as make release builds it)..." >&2
make -s release BUILD_DIR=.build-bench >&2
conflictq=$PWD/.build-bench/release/conflictq

mkdir -p "$data"
if [ ! -f "$data/files" ] || [ Benchmarks/generate-model.py -nt "$data/files" ]; then
    echo "generating the 100,000-claim model..." >&2
    python3 Benchmarks/generate-model.py "$data"
fi
"$conflictq" --export-model >"$data/builtin.yaml"

echo "measuring..." >&2
echo "conflictq $(git rev-parse --short HEAD), $(nproc) cores, sqlite3 $(sqlite3 --version | cut -d' ' -f1), DuckDB $("$duckdb" --version | cut -d' ' -f1)"
echo
python3 Benchmarks/bench.py --conflictq "$conflictq" --duckdb "$duckdb" --data "$data" --runs "$runs"
