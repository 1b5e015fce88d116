#!/usr/bin/env python3
"""Runs the benchmarks side by side and prints a Markdown table of median wall time and peak
memory, for conflictq, sqlite3 and DuckDB. Called by Benchmarks/run.sh, which builds conflictq,
finds DuckDB's own executable and makes the data first.

    bench.py --conflictq BIN --duckdb BIN --data DIR [--runs N]

DuckDB runs on one thread (`SET threads = 1`), as conflictq and sqlite3 do, so that CPU times
compare the same work; on all cores its wall time would be shorter and its CPU time longer.

Each command is started directly (posix_spawn, no shell) for its time. Its peak resident memory
comes from /usr/bin/time -f %M in separate runs: a child started from Python reports Python's own
memory as its peak (the address space it was started from counts). The commands of one comparison
take turns, run by run, so that a busy moment on the machine falls on both alike. A command that
fails stops the benchmark: the time of an error says nothing.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv):
    """Wall seconds and CPU seconds (user and system) of one run, output thrown away."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0),
    ]
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(argv)}")
    return elapsed, usage.ru_utime + usage.ru_stime


def peak_memory(argv, runs=3):
    """The largest peak resident KB of a few runs, as GNU time measures it."""
    peak = 0
    with tempfile.NamedTemporaryFile("r") as report:
        for _ in range(runs):
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, *argv], check=True,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            report.seek(0)
            peak = max(peak, int(report.read().split()[-1]))
    return peak


def measure(commands, runs, warmups=2, clock="wall"):
    """{name: (median seconds, peak KB)} for commands run in turn; `clock` is "wall" or "cpu"."""
    for _ in range(warmups):
        for argv in commands.values():
            run_once(argv)
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            wall, cpu = run_once(argv)
            times[name].append(wall if clock == "wall" else cpu)
    # Peak memory barely varies; the large model's runs are too slow to repeat for it.
    memory_runs = 3 if clock == "wall" else 1
    return {name: (statistics.median(times[name]), peak_memory(argv, runs=memory_runs))
            for name, argv in commands.items()}


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def mb(kb):
    return f"{kb / 1024:.1f} MB"


def sqlite_script(data, path):
    """The SQL that loads the same CSV data sqlite3 compares against: typed tables, then an import."""
    with open(path, "w") as out:
        out.write(
            "CREATE TABLE actors(id TEXT PRIMARY KEY, name TEXT, kind TEXT);\n"
            "CREATE TABLE claims(id INTEGER PRIMARY KEY, event TEXT, measure TEXT, counted TEXT, unit TEXT, party TEXT,\n"
            "  party_name TEXT, value INTEGER, qualifier TEXT, low INTEGER, high INTEGER, claimant TEXT,\n"
            "  claimant_name TEXT, date TEXT);\n"
            f".import --csv --skip 1 {data}/actors.csv actors\n"
            f".import --csv --skip 1 {data}/claims.csv claims\n"
            # CSV has no null: an open interval's missing upper end comes in as ''.
            "UPDATE claims SET high = NULL WHERE high = '';\n")
    return path


def duckdb_script(data, path):
    """The SQL that loads the same CSV data into DuckDB, with the types sqlite3 gets."""
    claims = {"id": "INTEGER", "event": "VARCHAR", "measure": "VARCHAR", "counted": "VARCHAR", "unit": "VARCHAR",
              "party": "VARCHAR", "party_name": "VARCHAR", "value": "BIGINT", "qualifier": "VARCHAR", "low": "BIGINT",
              "high": "BIGINT", "claimant": "VARCHAR", "claimant_name": "VARCHAR", "date": "VARCHAR"}
    actors = {"id": "VARCHAR", "name": "VARCHAR", "kind": "VARCHAR"}

    def load(table, columns):
        spec = ", ".join(f"'{name}': '{kind}'" for name, kind in columns.items())
        return (f"CREATE TABLE {table} AS SELECT * FROM read_csv('{data}/{table}.csv', header = true,"
                f" columns = {{{spec}}});\n")

    with open(path, "w") as out:
        out.write("SET threads = 1;\n" + load("actors", actors) + load("claims", claims))
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conflictq", required=True)
    parser.add_argument("--duckdb", required=True, help="DuckDB's executable itself, not a wrapper script")
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=30, help="runs of each quick command; large ones run a quarter as often")
    args = parser.parse_args()
    cq, data = args.conflictq, os.path.abspath(args.data)
    big_runs = max(5, args.runs // 4)
    with open(os.path.join(data, "files")) as listing:
        model = [arg for name in listing.read().split() for arg in ("--model", os.path.join(data, name))]
    load_sql = sqlite_script(data, os.path.join(data, "load.sql"))
    load_duck = duckdb_script(data, os.path.join(data, "load-duckdb.sql"))

    def sqlite(query):
        return ["sqlite3", "-csv", ":memory:", "-cmd", f".read {load_sql}", query]

    def duckdb(query):
        return [args.duckdb, "-csv", ":memory:", "-cmd", f".read {load_duck}", query]

    rows = []

    one_shot = measure({
        "cq": [cq, "-c", 'sum killed where party = "Afghan Taliban"'],
        "sql": ["sqlite3", ":memory:", "select 1"],
        "duck": [args.duckdb, ":memory:", "select 1"],
    }, args.runs)
    rows.append(("one-shot query, built-in model", "`conflictq -c 'sum killed where party = \"Afghan Taliban\"'`",
                 one_shot["cq"], "`sqlite3 :memory: 'select 1'`, `duckdb` the same", one_shot["sql"], one_shot["duck"],
                 "≤ 2x"))

    check = measure({"cq": [cq, "--check", os.path.join(data, "builtin.yaml")]}, args.runs)
    rows.append(("check the exported built-in model", "`conflictq --check builtin.yaml`", check["cq"], "", None, None,
                 ""))

    # The same questions both ways. Each program loads the data every time it starts, so a query's
    # own cost is measured as the time of the load and the query asked REPEAT times in one process,
    # less the time of the load with a trivial query, divided by REPEAT. These times are CPU times
    # (user and system): the load's wall time varies by tens of milliseconds with whatever else the
    # machine does, more than some queries take; both programs run on one thread, so on a quiet
    # machine CPU time and wall time agree.
    repeat = 20
    queries = {
        "sum": ("`sum killed by party`", "sum killed by party",
                "select party_name, claimant_name, unit, sum(value), sum(low),"
                " case when count(high) = count(*) then sum(high) end, count(*)"
                " from claims where measure = 'killed' group by party_name, claimant_name, unit"),
        "list": ("filtered listing", 'claims where party = "Actor 17" and value > 50 limit 20',
                 # A figure is certainly above 50 when the low end of its interval is; the rows that
                 # only might be are counted for the note conflictq adds.
                 "select id, measure, value, qualifier, unit, counted, party_name, claimant_name, date,"
                 " (select count(*) from claims where party_name = 'Actor 17' and low <= 50"
                 " and (high is null or high > 50)) from claims"
                 " where party_name = 'Actor 17' and low > 50 order by id limit 20"),
    }
    commands = {
        "cq-load": [cq, *model, "-c", "count sources"],
        "sql-load": sqlite("select count(*) from actors"),
        "duck-load": duckdb("select count(*) from actors"),
    }
    for name, (_, cq_query, sql_query) in queries.items():
        commands[f"cq-{name}"] = [cq, *model, "--format", "csv", *[arg for _ in range(repeat) for arg in ("-c", cq_query)]]
        commands[f"sql-{name}"] = sqlite(";\n".join([sql_query] * repeat))
        commands[f"duck-{name}"] = duckdb(";\n".join([sql_query] * repeat))
    big = measure(commands, big_runs, warmups=1, clock="cpu")
    rows.append(("100,000 claims: load, with a trivial query (CPU time)", "`count sources`", big["cq-load"],
                 "import the CSV, `select count(*) from actors`", big["sql-load"], big["duck-load"], ""))
    for name, (label, cq_query, _) in queries.items():
        net = {side: ((big[f"{side}-{name}"][0] - big[f"{side}-load"][0]) / repeat, big[f"{side}-{name}"][1])
               for side in ("cq", "sql", "duck")}
        rows.append((f"100,000 claims: {label}, per query once loaded (CPU time)", f"`{cq_query}`", net["cq"],
                     "the same in SQL", net["sql"], net["duck"], "≤ 2x sqlite3"))

    print(f"Medians of {args.runs} runs ({big_runs} for the 100,000-claim model): wall time, or CPU time where"
          " marked; peak resident memory. A ratio is conflictq's time over the other's.\n")
    print("| what | conflictq | time | memory | sqlite3, DuckDB | sqlite3 | memory | ratio | DuckDB | memory | ratio"
          " | target |")
    print("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|")

    def side(result, ours):
        if not result:
            return " | | "
        ratio = f"{ours[0] / result[0]:.2f}x" if result[0] > 0 else "n/a"
        return f"{ms(result[0])} | {mb(result[1])} | {ratio}"

    for what, cq_command, cq_result, sql_command, sql_result, duck_result, target in rows:
        print(f"| {what} | {cq_command} | {ms(cq_result[0])} | {mb(cq_result[1])} | {sql_command} "
              f"| {side(sql_result, cq_result)} | {side(duck_result, cq_result)} | {target} |")


if __name__ == "__main__":
    main()
