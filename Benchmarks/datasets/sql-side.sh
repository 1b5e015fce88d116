#!/usr/bin/env bash
# The SQL side of the data set benchmark: sqlite3 and DuckDB import each CSV in DATA_DIR into their
# own database files, then answer the questions of queries.sql one shot at a time, side by side.
#
#   Benchmarks/datasets/sql-side.sh DATA_DIR [RUNS] [more sqlside.py options]
#
# conflictq is benchmarked beside them when CONFLICTQ names its binary, or one is built at
# .build/release/conflictq (make release); CONFLICTQ=none leaves it out.
#
# RUNS (default 5) is the number of timed runs of each query; the table shows medians. Make the
# data first with generate.py, e.g. for the README's figures:
#
#   d=Benchmarks/.build-data/datasets
#   for n in 100000 1000000; do
#     python3 Benchmarks/datasets/generate.py --kind ged --events $n --out $d/ged-$n.csv
#     python3 Benchmarks/datasets/generate.py --kind acled --events $n --out $d/acled-$n.csv
#   done
#   Benchmarks/datasets/sql-side.sh $d
#
# Database files go to Benchmarks/.build-data/datasets/db (git-ignored) unless --db-dir says
# otherwise. Run it on a quiet machine: other work running at the same time shows in wall times.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
data=$1
shift
runs=5
if [ $# -ge 1 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    runs=$1
    shift
fi
[ -d "$data" ] || { echo "no such folder: $data" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)

command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed for peak memory: apt-get install time" >&2; exit 1; }
# DuckDB's own executable, as $duckdb.
. "$here/../duckdb.sh"

conflictq=${CONFLICTQ:-$here/../../.build/release/conflictq}
mine=()
if [ "$conflictq" != none ] && [ -x "$conflictq" ]; then mine=(--conflictq "$conflictq"); fi

exec python3 "$here/sqlside.py" --duckdb "$duckdb" --runs "$runs" "${mine[@]}" "$@" "$data"
