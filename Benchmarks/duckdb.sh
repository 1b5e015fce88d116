# Sourced by the benchmarks: sets $duckdb to DuckDB's own executable, installing its CLI from
# PyPI when it is missing. The CLI there is a Python script that starts the real executable, and
# that one is what is timed.
duckdb_in_package() {
    python3 -c 'import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' 2>/dev/null
}
duckdb=$(duckdb_in_package) || {
    echo "installing DuckDB's CLI from PyPI (pip install duckdb-cli)..." >&2
    python3 -m pip install --quiet duckdb-cli >&2
    duckdb=$(duckdb_in_package)
}
[ -x "$duckdb" ] || { echo "DuckDB's executable is not at $duckdb" >&2; exit 1; }
