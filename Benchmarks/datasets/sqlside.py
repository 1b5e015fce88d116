#!/usr/bin/env python3
"""The SQL side of the data set benchmark: each engine imports each CSV into its own database file
with its own bulk loader, then answers the questions of queries.sql, one process per question, on
that file. Prints a Markdown table of medians.

    sqlside.py --duckdb BIN [--conflictq BIN [--engines sqlite,duckdb]] [--runs N] [--import-runs N] [--db-dir DIR] DATA_DIR

DATA_DIR holds CSV files made by generate.py (or real ones in the same layouts); each file's header
tells which table it is: a UCDP GED 23.1 file becomes table `ged`, an ACLED file in the current
layout with YYYY-MM-DD dates becomes table `acled`. Other files are listed and skipped. The
database files go to --db-dir (default: Benchmarks/.build-data/datasets/db, git-ignored).

Import: sqlite3 `.import --csv` into a table created with the column types below, and DuckDB
`CREATE TABLE ... AS SELECT * FROM read_csv(...)` with the same columns (dates as DATE, which
sqlite3 has not: there they stay ISO text, which compares the same). No index on either. An empty
cell is NULL in DuckDB and '' in sqlite3; none of the queries reads a column where that differs.

Queries: each is one start of the engine's shell on its database file, opened read-only, running
one query and writing CSV to /dev/null: the cost of a one-shot question asked from the command line.
DuckDB runs twice: with `SET threads = 1`, as sqlite3 and conflictq run, and with its default
threads (one a core). CPU time is user plus system time of the process; on a machine where other
work runs it is the steadier figure, wall time the one a person waits. Peak resident memory comes
from /usr/bin/time -f %M in separate runs, since a child started from Python reports Python's own
peak. The engines take turns run by run, so a busy moment falls on all of them alike.

Before timing, every query's output is taken once from each engine and compared: the table says
how many rows it returned and whether all engines returned the same rows, value for value.

With --conflictq, conflictq imports each file into a store (`conflictq import ucdp|acled FILE
--output DB_DIR/NAME.cqstore`, once: it is the slowest of the imports) and asks the question that
queries.sql gives beside each SQL query ("-- conflictq: ..."), one start of `conflictq --model
STORE -c QUERY --format csv` per run, in turn with the engines. Its answers are not compared with
theirs: the language answers with claims (whose figure, which side), not with the file's columns.

With --conflictq, --engines sqlite,duckdb (the default; postgres too, on a throwaway server on a
Unix socket; --engines none for none) also exports each
store with `conflictq export --sql DIALECT --model STORE --output DB_DIR/NAME.DIALECT-export`, loads
it with the engine's own client inside that folder (`sqlite3 conflict.db < load.sql`, `duckdb
conflict.duckdb < load.sql`), once each, timing both, and asks each question of it with `conflictq
--engine DIALECT:FILE -c QUERY --format csv`, timed as the others. Each engine's CSV must be byte
for byte the built-in conflictq's on the store: a difference is printed as MISMATCH, both outputs
are kept in DB_DIR, and the script exits 1 at the end. A compiled query whose first run takes
longer than --slow seconds (30) is timed in that one run; one past --timeout (600) is killed.

Importable: a later conflictq benchmark can call load_queries(), detect(), import_sqlite(),
import_duckdb() and measure() with its own commands side by side.
"""
import argparse
import csv
import datetime
import io
import os
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The column lists are the generator's, and the timing of a run the main benchmark's.
sys.path[:0] = [HERE, os.path.dirname(HERE)]
from bench import run_once  # noqa: E402
from generate import ACLED_NEW_COLUMNS, GED_COLUMNS  # noqa: E402
QUERIES = os.path.join(HERE, "queries.sql")

# Column types: i integer, r real, d date, t text. Columns not named are text.
GED_TYPES = dict.fromkeys(
    "id year active_year type_of_violence conflict_dset_id conflict_new_id dyad_dset_id dyad_new_id side_a_dset_id "
    "side_a_new_id side_b_dset_id side_b_new_id number_of_sources where_prec priogrid_gid country_id event_clarity "
    "date_prec deaths_a deaths_b deaths_civilians deaths_unknown best high low".split(), "i")
GED_TYPES.update(latitude="r", longitude="r", date_start="d", date_end="d")
# gwnoa and gwnob stay text: they are empty for non-state sides, and may list several states' codes.

ACLED_COLUMNS = ACLED_NEW_COLUMNS
ACLED_TYPES = dict.fromkeys("year time_precision iso geo_precision fatalities timestamp".split(), "i")
ACLED_TYPES.update(latitude="r", longitude="r", event_date="d")
# inter1, inter2 and interaction stay text: numbers in exports of 2023, words since.

SCHEMAS = {"ged": (GED_COLUMNS, GED_TYPES), "acled": (ACLED_COLUMNS, ACLED_TYPES)}
SQLITE_TYPE = {"i": "INTEGER", "r": "REAL", "d": "TEXT", "t": "TEXT"}
DUCKDB_TYPE = {"i": "BIGINT", "r": "DOUBLE", "d": "DATE", "t": "VARCHAR"}


def load_queries(path=QUERIES):
    """{"ged.a1": (description, sql), ...} in file order, from queries.sql's "-- name:" blocks."""
    queries = {}
    name, notes, sql = None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"--\s*name:\s*(\S+)", line)
            if m:
                if name:
                    queries[name] = (" ".join(notes), "\n".join(sql).strip())
                name, notes, sql = m.group(1), [], []
            elif line.startswith("-- conflictq:"):
                continue
            elif name and line.startswith("--") and not sql:
                notes.append(line[2:].strip())
            elif name and line.strip():
                sql.append(line.rstrip("\n"))
    if name:
        queries[name] = (" ".join(notes), "\n".join(sql).strip())
    return queries


def load_conflictq_queries(path=QUERIES):
    """{"ged.a1": query, ...}: the "-- conflictq:" line of each block that has one."""
    queries, name = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"--\s*name:\s*(\S+)", line)
            if m:
                name = m.group(1)
            elif name and line.startswith("-- conflictq:"):
                queries[name] = line[len("-- conflictq:"):].strip()
    return queries


def import_conflictq(conflictq, table, csv_path, store_path):
    """(wall, cpu, peak KB, store size) of one conflictq import into a fresh store."""
    if os.path.exists(store_path):
        os.remove(store_path)
    dataset = {"ged": "ucdp", "acled": "acled"}[table]
    argv = [conflictq, "import", dataset, csv_path, "--skip-bad-rows", "--output", store_path]
    # Its summary of what it imported goes to standard error.
    wall, cpu, peak = timed(argv, reports=True)
    return wall, cpu, peak, os.path.getsize(store_path)


def conflictq_rows(argv):
    """How many rows a conflictq query returned: its CSV's lines past the header."""
    done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {shlex.join(argv)}\n{done.stderr.decode(errors='replace')}")
    return max(0, len(list(csv.reader(io.StringIO(done.stdout.decode("utf-8"), newline="")))) - 1)


ENGINE_FILES = {"sqlite": "conflict.db", "duckdb": "conflict.duckdb", "postgres": None}
POSTGRES_BIN = "/usr/lib/postgresql/15/bin"


class PostgresServer:
    """A throwaway PostgreSQL server for `--engines postgres`: a cluster made with initdb in a
    temporary folder, listening only on a Unix socket there, stopped and removed by stop(). As
    root it runs as the `postgres` user Debian's package makes, since the server refuses root."""

    user = "conflictq"

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="conflictq-bench-pg-")
        self.as_postgres = os.getuid() == 0
        if self.as_postgres:
            subprocess.run(["chown", "postgres", self.folder], check=True)
        self._run(f"{POSTGRES_BIN}/initdb -D {self.folder}/data -A trust -U {self.user} -E UTF8 --no-locale >/dev/null")
        self._run(f"{POSTGRES_BIN}/pg_ctl -D {self.folder}/data -o '-c listen_addresses= -k {self.folder} -p 5432' "
                  f"-l {self.folder}/server.log -w start >/dev/null")

    def _run(self, command):
        argv = ["su", "postgres", "-s", "/bin/sh", "-c", command] if self.as_postgres else ["/bin/sh", "-c", command]
        subprocess.run(argv, check=True)

    def uri(self, database="postgres"):
        return f"postgresql://{self.user}@/{database}?host={self.folder}&port=5432"

    def psql(self, database="postgres"):
        return [f"{POSTGRES_BIN}/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.uri(database)]

    def stop(self):
        self._run(f"{POSTGRES_BIN}/pg_ctl -D {self.folder}/data -m fast -w stop >/dev/null")
        subprocess.run(["rm", "-rf", "--", self.folder], check=True)


POSTGRES = None  # the server, started when --engines names postgres


def export_and_load(conflictq, duckdb, dialect, store, out_dir):
    """Exports the store with `conflictq export --sql DIALECT` into out_dir (replaced) and loads it
    with the engine's own loader, run inside out_dir as the README says: ((wall, cpu, peak KB) of the
    export, of the load, the folder's bytes, the database file's bytes, the database file)."""
    if os.path.exists(out_dir):
        subprocess.run(["rm", "-rf", "--", out_dir], check=True)
    export = timed([conflictq, "export", "--sql", dialect, "--model", store, "--output", out_dir], reports=True)
    folder = sum(os.path.getsize(os.path.join(out_dir, f)) for f in os.listdir(out_dir))
    if dialect == "postgres":
        # A database of its own on the benchmark's server, named after the export's folder.
        database = re.sub(r"[^a-z0-9]", "_", os.path.basename(out_dir).lower())
        subprocess.run(POSTGRES.psql() + ["-c", f"DROP DATABASE IF EXISTS {database}"], check=True)
        subprocess.run(POSTGRES.psql() + ["-c", f"CREATE DATABASE {database}"], check=True)
        load = timed(POSTGRES.psql(database) + ["-f", "load.sql"], cwd=out_dir)
        size = subprocess.run(POSTGRES.psql(database) + ["-A", "-t", "-c", f"SELECT pg_database_size('{database}')"],
                              capture_output=True, text=True, check=True).stdout.strip()
        return export, load, folder, int(size), POSTGRES.uri(database)
    db = os.path.join(out_dir, ENGINE_FILES[dialect])
    client = {"sqlite": ["sqlite3", "-bail", db], "duckdb": [duckdb, db]}[dialect]
    with open(os.path.join(out_dir, "load.sql"), "rb") as script:
        load = timed(client, stdin=script, cwd=out_dir)
    return export, load, folder, os.path.getsize(db), db


def answer(argv, timeout=None):
    """(stdout bytes, stderr text, (wall s, cpu s, peak KB)) of one run of a conflictq query under
    /usr/bin/time, or None for stdout when it ran past `timeout` seconds (it is then killed, and
    the figures are the wall time it had run, with no CPU time or memory). CPU time and memory
    take in the engine's client, which conflictq starts and waits for."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        # Its own process group, stopped with SIGTERM past the timeout: conflictq then stops the
        # engine's client it started (SIGKILL would leave the client running).
        process = subprocess.Popen(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, *argv],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
            return None, f"killed after {timeout:.0f} s", (time.perf_counter() - start, None, None)
        wall = time.perf_counter() - start
        if process.returncode != 0:
            sys.exit(f"failed ({process.returncode}): {shlex.join(argv)}\n{stderr.decode(errors='replace')}")
        user, system, peak = report.read().split()[-3:]
    return stdout, stderr.decode(errors="replace"), (wall, float(user) + float(system), int(peak))


def detect(path):
    """(table, None) for a CSV whose header is a layout benchmarked here, else (None, the reason)."""
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().lstrip("\ufeff").rstrip("\r\n").split(",")
        first = f.readline()
    if header == GED_COLUMNS:
        return "ged", None
    if header == ACLED_COLUMNS:
        date = first.split(",", 2)[1] if first.count(",") > 2 else ""
        if re.fullmatch(r"\d{4}-\d\d-\d\d", date):
            return "acled", None
        return None, "ACLED dates not YYYY-MM-DD (write them so: generate.py --acled-dates iso)"
    if header and header[0] == "data_id":
        return None, "ACLED layout before 2023 (not benchmarked: the queries read the current layout)"
    return None, "header is neither GED 23.1 nor the current ACLED layout"


def sqlite_load_script(table, csv_path, script_path):
    columns, types = SCHEMAS[table]
    spec = ", ".join(f"{c} {SQLITE_TYPE[types.get(c, 't')]}" for c in columns)
    with open(script_path, "w", encoding="utf-8") as out:
        out.write(f"CREATE TABLE {table}({spec});\n.import --csv --skip 1 {csv_path} {table}\n")
    return script_path


def duckdb_load_sql(table, csv_path, threads):
    columns, types = SCHEMAS[table]
    spec = ", ".join(f"'{c}': '{DUCKDB_TYPE[types.get(c, 't')]}'" for c in columns)
    path = csv_path.replace("'", "''")
    set_threads = "SET threads = 1; " if threads == 1 else ""
    return (f"{set_threads}CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', header = true, "
            f"auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {{{spec}}});")


def timed(argv, stdin=None, reports=False, cwd=None):
    """(wall s, cpu s, peak KB) of one run under /usr/bin/time; stops the benchmark on a failure,
    and on anything written to standard error unless the command `reports` there as it should."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, *argv], cwd=cwd,
                              stdin=stdin or subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {shlex.join(argv)}\n{done.stderr.decode(errors='replace')[-2000:]}")
        if done.stderr.strip() and not reports:  # sqlite3's .import reports rows it could not read on stderr, and goes on
            sys.exit(f"{shlex.join(argv)} reported:\n{done.stderr.decode(errors='replace')[-2000:]}")
        user, system, peak = report.read().split()[-3:]
    return wall, float(user) + float(system), int(peak)


def import_sqlite(table, csv_path, db_path):
    """Imports csv_path into a new sqlite3 database file: (wall, cpu, peak KB, file bytes)."""
    if os.path.exists(db_path):
        os.remove(db_path)
    script = sqlite_load_script(table, csv_path, db_path + ".load.sql")
    wall, cpu, peak = timed(["sqlite3", "-bail", db_path, f".read {script}"])
    return wall, cpu, peak, os.path.getsize(db_path)


def import_duckdb(duckdb, table, csv_path, db_path, threads=1):
    """Imports csv_path into a new DuckDB database file: (wall, cpu, peak KB, file bytes)."""
    for path in (db_path, db_path + ".wal"):
        if os.path.exists(path):
            os.remove(path)
    wall, cpu, peak = timed([duckdb, db_path, "-c", duckdb_load_sql(table, csv_path, threads)])
    return wall, cpu, peak, os.path.getsize(db_path)


def peak_memory(argv, runs=2, reports=False):
    return max(timed(argv, reports=reports)[2] for _ in range(runs))


def measure(commands, runs, warmups=1, memory_runs=2):
    """{name: (median wall, median cpu, peak KB)} for commands run in turn, run by run."""
    for _ in range(warmups):
        for argv in commands.values():
            run_once(argv)
    walls = {name: [] for name in commands}
    cpus = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            wall, cpu = run_once(argv)
            walls[name].append(wall)
            cpus[name].append(cpu)
    # conflictq writes an answer's notes to standard error, beside the CSV.
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name]),
                   peak_memory(argv, memory_runs, reports=name.startswith("conflictq")))
            for name, argv in commands.items()}


def engine_commands(duckdb, sqlite_db, duck_db, sql):
    """The one-shot query commands, by engine: sqlite3, DuckDB on one thread, DuckDB on its default.

    DuckDB writes NULL as an empty cell, as sqlite3 writes the '' its .import stores for one."""
    return {
        "sqlite3": ["sqlite3", "-readonly", "-csv", "-header", sqlite_db, sql],
        "duckdb-1": [duckdb, "-readonly", "-csv", "-header", "-nullvalue", "", "-cmd", "SET threads = 1", duck_db, sql],
        "duckdb-n": [duckdb, "-readonly", "-csv", "-header", "-nullvalue", "", duck_db, sql],
    }


def outputs_agree(commands):
    """(rows returned, True if every engine returned the same header and rows, value for value).

    The CSV is parsed before comparing: sqlite3 quotes every text with a space in it, DuckDB only
    the ones that need quotes."""
    results = []
    for argv in commands.values():
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True)
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {shlex.join(argv)}\n{done.stderr.decode(errors='replace')}")
        results.append(list(csv.reader(io.StringIO(done.stdout.decode("utf-8"), newline=""))))
    return max(0, len(results[0]) - 1), all(r == results[0] for r in results)


def duckdb_threads(duckdb):
    done = subprocess.run([duckdb, "-csv", "-noheader", ":memory:", "SELECT current_setting('threads')"],
                          capture_output=True, text=True)
    return done.stdout.strip() or "?"


def ms(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def mb(kb):
    return f"{kb / 1024:.0f} MB"


def size(n):
    return f"{n / 1e6:.0f} MB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("data_dir")
    parser.add_argument("--duckdb", required=True, help="DuckDB's executable itself, not a wrapper script")
    parser.add_argument("--runs", type=int, default=5, help="runs of each query (default 5); medians are printed")
    parser.add_argument("--import-runs", type=int, default=3, help="imports of each file by each engine (default 3)")
    parser.add_argument("--db-dir", default=os.path.join(HERE, "..", ".build-data", "datasets", "db"))
    parser.add_argument("--only", help="names of queries to run, comma-separated (default: all)")
    parser.add_argument("--conflictq", help="a conflictq binary, to import each file to a store and ask the same questions")
    parser.add_argument("--engines", help="with --conflictq: the engines to export the store to and run the compiled "
                        "queries on (`conflictq --engine`), comma-separated from sqlite,duckdb,postgres; default "
                        "sqlite,duckdb; none for none")
    parser.add_argument("--slow", type=float, default=30,
                        help="a compiled query whose first run takes longer (seconds, default 30) is timed in that run only")
    parser.add_argument("--timeout", type=float, default=600,
                        help="a compiled query still running after this many seconds (default 600) is killed")
    args = parser.parse_args()
    engines = []
    if args.conflictq:
        engines = [e for e in (args.engines or "sqlite,duckdb").split(",") if e and e != "none"]
        unknown = [e for e in engines if e not in ENGINE_FILES]
        if "postgres" in engines and not os.path.exists(f"{POSTGRES_BIN}/initdb"):
            sys.exit(f"--engines postgres needs PostgreSQL 15's server in {POSTGRES_BIN}: apt-get install postgresql")
        if unknown:
            sys.exit(f"--engines: unknown {', '.join(unknown)} (known: {', '.join(ENGINE_FILES)})")
    elif args.engines and args.engines != "none":
        sys.exit("--engines needs --conflictq")
    # conflictq --engine duckdb:... starts DuckDB's own executable, not PyPI's Python wrapper.
    os.environ["CONFLICTQ_DUCKDB"] = args.duckdb
    engine_title = {"sqlite": "conflictq on SQLite", "duckdb": "conflictq on DuckDB", "postgres": "conflictq on PostgreSQL"}
    global POSTGRES
    if "postgres" in engines:
        POSTGRES = PostgresServer()
    queries = load_queries()
    conflictq_queries = load_conflictq_queries() if args.conflictq else {}
    if args.only:
        wanted = args.only.split(",")
        queries = {k: v for k, v in queries.items() if k in wanted}
    db_dir = os.path.abspath(args.db_dir)
    os.makedirs(db_dir, exist_ok=True)
    files = sorted((f for f in os.listdir(args.data_dir) if f.endswith(".csv")),
                   key=lambda f: (os.path.getsize(os.path.join(args.data_dir, f)), f))
    if not files:
        sys.exit(f"no .csv files in {args.data_dir}: make some with Benchmarks/datasets/generate.py")
    sqlite_version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    duck_version = subprocess.run([args.duckdb, "--version"], capture_output=True, text=True).stdout.split()[0]
    threads = duckdb_threads(args.duckdb)
    load = os.getloadavg()
    print(f"{datetime.date.today()}, {os.cpu_count()} cores, sqlite3 {sqlite_version}, DuckDB {duck_version} "
          f"(default threads: {threads}); load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    print(f"Medians of {args.runs} runs of each query and {args.import_runs} imports of each file; CPU time is user"
          " plus system time; memory is peak resident. DuckDB 1 is `SET threads = 1`, DuckDB n its default.\n")
    if engines:
        print("conflictq on an engine is `conflictq --engine DIALECT:FILE -c QUERY --format csv` on the store's "
              "`conflictq export --sql DIALECT`, loaded by the engine's own client (`sqlite3 conflict.db < load.sql`, "
              "`duckdb conflict.duckdb < load.sql`); its CPU time and memory take in the client it starts. "
              "\"same as built-in\": its CSV is byte for byte the built-in conflictq's on the store.\n")
    theirs = " | conflictq CPU | wall | memory | rows" if args.conflictq else ""
    theirs += "".join(f" | {engine_title[e]} CPU | wall | memory" for e in engines)
    theirs += " | same as built-in" if engines else ""
    print("| data | what | sqlite3 CPU | wall | memory | DuckDB 1 CPU | wall | memory | DuckDB n CPU | wall | memory"
          f" | rows | same{theirs} |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|" + ("---:|---:|---:|---:|" if args.conflictq else "")
          + "---:|---:|---:|" * len(engines) + ("---|" if engines else ""))
    blank_engines = " |" * (3 * len(engines)) + (" |" if engines else "")
    skipped, mismatches, notes = [], [], []
    for name in files:
        path = os.path.abspath(os.path.join(args.data_dir, name))
        table, why = detect(path)
        if table is None:
            skipped.append((name, why))
            continue
        stem = os.path.splitext(name)[0]
        sqlite_db = os.path.join(db_dir, stem + ".sqlite")
        duck_db = os.path.join(db_dir, stem + ".duckdb")
        results = {"sqlite3": [], "duckdb-1": [], "duckdb-n": []}
        for _ in range(args.import_runs):  # in turn, as the queries are
            results["sqlite3"].append(import_sqlite(table, path, sqlite_db))
            results["duckdb-n"].append(import_duckdb(args.duckdb, table, path, duck_db, threads=0))
            results["duckdb-1"].append(import_duckdb(args.duckdb, table, path, duck_db, threads=1))
        counts = set()
        for argv in engine_commands(args.duckdb, sqlite_db, duck_db, f"SELECT count(*) AS n FROM {table}").values():
            out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout.split()
            counts.add(out[-1])
        if len(counts) != 1:
            sys.exit(f"{name}: the engines imported different numbers of rows: {sorted(counts)}")
        rows = int(counts.pop())

        def cells(runs):
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            return f"{ms(cpu)} | {ms(wall)} | {mb(max(r[2] for r in runs))}"

        store = os.path.join(db_dir, stem + ".cqstore")
        ours, store_size = "", ""
        if args.conflictq:
            imported = [import_conflictq(args.conflictq, table, path, store)]
            ours = f" {cells(imported)} | |"
            store_size = f", conflictq {size(imported[-1][3])}"
        print(f"| {name} ({rows:,} rows, {size(os.path.getsize(path))}) | import (database file: sqlite3 "
              f"{size(results['sqlite3'][-1][3])}, DuckDB {size(results['duckdb-1'][-1][3])}{store_size}) | "
              f"{cells(results['sqlite3'])} | {cells(results['duckdb-1'])} | {cells(results['duckdb-n'])} | "
              f"{rows:,} | |{ours}{blank_engines}", flush=True)
        engine_dbs, exported, loaded = {}, [], []
        for engine in engines:  # once each, as conflictq's import is
            export, load, folder, db_size, db = export_and_load(
                args.conflictq, args.duckdb, engine, store, os.path.join(db_dir, f"{stem}.{engine}-export"))
            engine_dbs[engine] = db
            exported.append((engine, export, folder))
            loaded.append((engine, load, db_size))
        if engines:
            empty = " | | |" * 3 + " | |" + " | | | | |"
            print(f"| {name} | conflictq export --sql (folder: "
                  + ", ".join(f"{engine_title[e][13:]} {size(n)}" for e, _, n in exported)
                  + f"){empty}" + "".join(f" {cells([r])} |" for _, r, _ in exported) + " |", flush=True)
            print(f"| {name} | the export's load.sql (database file: "
                  + ", ".join(f"{engine_title[e][13:]} {size(n)}" for e, _, n in loaded)
                  + f"){empty}" + "".join(f" {cells([r])} |" for _, r, _ in loaded) + " |", flush=True)
        for qname, (_, sql) in queries.items():
            if not qname.startswith(table + "."):
                continue
            commands = engine_commands(args.duckdb, sqlite_db, duck_db, sql)
            returned, same = outputs_agree(commands)
            ours, slow, verdict = "", {}, ""
            if qname in conflictq_queries:
                query = conflictq_queries[qname]
                commands["conflictq"] = [args.conflictq, "--model", store, "-c", query, "--format", "csv"]
                built_in, built_in_notes, _ = answer(commands["conflictq"])
                ours = f" {max(0, len(list(csv.reader(io.StringIO(built_in.decode('utf-8'), newline='')))) - 1):,} |"
                differ = []
                for engine in engines:
                    address = engine_dbs[engine] if engine == "postgres" else f"{engine}:{engine_dbs[engine]}"
                    argv = [args.conflictq, "--engine", address, "-c", query, "--format", "csv"]
                    out, err, figures = answer(argv, args.timeout)
                    if out is None:
                        differ.append(f"{engine} (killed after {args.timeout:.0f} s)")
                        slow[engine] = figures
                        continue
                    if figures[0] > args.slow:
                        slow[engine] = figures  # timed in this one run only
                    else:
                        commands[f"conflictq-{engine}"] = argv
                    if out != built_in:
                        differ.append(engine)
                        keep = os.path.join(db_dir, f"{stem}.{qname}")
                        with open(keep + ".built-in.csv", "wb") as f:
                            f.write(built_in)
                        with open(f"{keep}.{engine}.csv", "wb") as f:
                            f.write(out)
                        mismatches.append(f"{name} {qname} on {engine}: the answer differs from the built-in one "
                                          f"(diff {keep}.built-in.csv {keep}.{engine}.csv)")
                        print(f"MISMATCH: {mismatches[-1]}", file=sys.stderr, flush=True)
                    elif err != built_in_notes:
                        notes.append(f"{name} {qname} on {engine}: same CSV, other notes on standard error:\n"
                                     f"  built-in: {built_in_notes.strip()!r}\n  {engine}: {err.strip()!r}")
                if engines:
                    verdict = " yes |" if not differ else f" **NO: {', '.join(differ)}** |"
            result = measure(commands, args.runs)
            cells_of = [f"{ms(c)} | {ms(w)} | {mb(m)}" for w, c, m in result.values()]
            row = " | ".join(cells_of[:3])
            mine = f" {cells_of[3]} |{ours}" if ours else ""
            for engine in engines if ours else ():
                if engine in slow:
                    wall, cpu, peak = slow[engine]
                    mine += (f" {ms(cpu)} | {ms(wall)} (1 run) | {mb(peak)} |" if cpu is not None
                             else f" | over {ms(wall)}, killed | |")
                else:
                    w, c, m = result[f"conflictq-{engine}"]
                    mine += f" {ms(c)} | {ms(w)} | {mb(m)} |"
            if not ours:
                mine = " | | | |" + blank_engines if args.conflictq else ""
            print(f"| {name} | query {qname} | {row} | {returned:,} | {'yes' if same else '**no**'} |{mine}{verdict}",
                  flush=True)
    load = os.getloadavg()
    print(f"\nLoad average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}.")
    for name, why in skipped:
        print(f"Skipped {name}: {why}.")
    for note in notes:
        print(f"Note: {note}")
    if mismatches:
        print("\n**MISMATCHES** between conflictq on an engine and the built-in conflictq:")
        for mismatch in mismatches:
            print(f"- {mismatch}")
        sys.exit(1)


if __name__ == "__main__":
    try:
        main()
    finally:
        if POSTGRES is not None:
            POSTGRES.stop()
