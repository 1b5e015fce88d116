#!/usr/bin/env python3
"""Checks a CSV made by generate.py against the rules it promises, and prints what it found.

    check.py FILE...            exit status 1 if any rule is broken

GED: the 49 columns in order and in every row; unique ids; best = deaths_a + deaths_b +
deaths_civilians + deaths_unknown; low <= best <= high; date_start <= date_end, both in `year`;
date_prec 1-5; Civilians only as side B of one-sided violence. ACLED (either layout): the columns in
order and in every row; unique event ids; the date in the layout's format and in `year`; interaction
made of inter1 and inter2 as the codebook combines them; fatalities a whole number >= 0.
"""
import csv
import datetime
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402  (the layouts and the interaction rule, from the generator itself)


def check_ged(rows, problems):
    ids = set()
    for n, r in rows:
        if r["id"] in ids:
            problems.append(f"record {n}: id {r['id']} repeated")
        ids.add(r["id"])
        deaths = sum(int(r[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"))
        best, low, high = int(r["best"]), int(r["low"]), int(r["high"])
        if best != deaths:
            problems.append(f"record {n}: best {best} is not the sum of the deaths columns ({deaths})")
        if not low <= best <= high:
            problems.append(f"record {n}: not low <= best <= high ({low}, {best}, {high})")
        start, end = datetime.date.fromisoformat(r["date_start"]), datetime.date.fromisoformat(r["date_end"])
        if not (start <= end and start.year == end.year == int(r["year"])):
            problems.append(f"record {n}: dates {start} to {end} in year {r['year']}")
        if r["date_prec"] not in "12345" or len(r["date_prec"]) != 1:
            problems.append(f"record {n}: date_prec {r['date_prec']}")
        if (r["side_b"] == "Civilians") != (r["type_of_violence"] == "3"):
            problems.append(f"record {n}: side_b {r['side_b']} with type_of_violence {r['type_of_violence']}")


def check_acled(rows, problems):
    codes = {v: k for k, v in generate.INTER_TEXT.items()}
    ids = set()
    for n, r in rows:
        if r["event_id_cnty"] in ids:
            problems.append(f"record {n}: event_id_cnty {r['event_id_cnty']} repeated")
        ids.add(r["event_id_cnty"])
        text = r["event_date"]
        if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
            day = datetime.date.fromisoformat(text)
        else:
            day = datetime.datetime.strptime(text, "%d %B %Y").date()
        if day.year != int(r["year"]):
            problems.append(f"record {n}: event_date {text} in year {r['year']}")
        inter1, inter2 = r["inter1"], r["inter2"]
        if inter1.isdigit():
            a, b = int(inter1), int(inter2)
            expected = str(10 * a if b == 0 else 10 * min(a, b) + max(a, b))
        else:
            a, b = codes[inter1], codes.get(inter2, 0)
            expected = generate.interaction_text(a, b)
        if r["interaction"] != expected:
            problems.append(f"record {n}: interaction {r['interaction']} for {inter1} and {inter2}")
        if (r["actor2"] == "") != (b == 0):
            problems.append(f"record {n}: actor2 {r['actor2']!r} with inter2 {inter2!r}")
        if not r["fatalities"].isdigit():
            problems.append(f"record {n}: fatalities {r['fatalities']}")


def check_rows(kind, rows, problems):
    if kind == "ged":
        check_ged(rows, problems)
    else:
        check_acled(rows, problems)


def check(path):
    problems = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        layouts = {tuple(generate.GED_COLUMNS): "ged", tuple(generate.ACLED_NEW_COLUMNS): "acled-new",
                   tuple(generate.ACLED_OLD_COLUMNS): "acled-old"}
        kind = layouts.get(tuple(header))
        if kind is None:
            return [f"header is none of generate.py's layouts: {header[:5]}..."], None, 0
        rows = []
        count = 0
        for n, cells in enumerate(reader, start=2):
            count += 1
            if len(cells) != len(header):
                problems.append(f"record {n}: {len(cells)} cells, not {len(header)}")
                continue
            rows.append((n, dict(zip(header, cells))))
            if len(rows) == 10000:
                check_rows(kind, rows, problems)
                rows.clear()
        check_rows(kind, rows, problems)
    return problems, kind, count


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    failed = False
    for path in sys.argv[1:]:
        problems, kind, count = check(path)
        if problems:
            failed = True
            print(f"{path}: {len(problems)} problems")
            for p in Counter(problems).most_common(10):
                print(f"  {p[0]}")
        else:
            print(f"{path}: {kind}, {count:,} rows, every rule holds")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
