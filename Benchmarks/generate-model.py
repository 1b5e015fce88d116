#!/usr/bin/env python3
"""Writes a large synthetic model for the benchmarks, twice: as conflictq model files (YAML, in the
layout `conflictq --export-model` writes) and as CSV tables for sqlite3 holding the same data.

    generate-model.py OUT_DIR [--claims N] [--actors N] [--events N] [--seed N]

Writes OUT_DIR/model.yaml (vocabulary, source, actors, events and the first claims), and, since a
model file may hold 16 MiB, the claims past every 50,000th in further files claims-2.yaml,
claims-3.yaml..., which load together with it (`--model model.yaml --model claims-2.yaml`);
OUT_DIR/files lists the model files in order. OUT_DIR/claims.csv and OUT_DIR/actors.csv hold the
same data; the claims table names each party and claimant as well as giving its id, so that SQL
filters by name without a join, as conflictq does. The numbers are random but the same for the
same seed, so runs compare.
"""
import argparse
import csv
import os
import random

MEASURES = ["killed", "injured", "destroyed", "captured", "targeted"]
COUNTED = ["personnel", "civilians", "posts", "tanks and armoured vehicles", "locations"]
# The unit each thing counted is in: figures are added only within one.
UNIT = {"personnel": "people", "civilians": "people", "posts": "posts", "tanks and armoured vehicles": "vehicles",
        "locations": "locations"}
KINDS = ["state", "government", "armed force", "armed group", "organisation", "person"]
# Weighted towards exact figures, as reports are.
QUALIFIERS = ["exact"] * 6 + ["approximately", "nearly", "more than", "at least", "up to"]
EVENT_KINDS = ["operation", "attack", "air strike", "clash"]
SOURCE = "bench-gazette-2026-03-01"


def interval(value, qualifier):
    """The interval a qualifier means, as the README's table gives it (m = 10 % of the value, rounded)."""
    m = round(value * 0.1)
    return {
        "exact": (value, value),
        "approximately": (value - m, value + m),
        "nearly": (value - m, value),
        "more than": (value + 1, None),
        "at least": (value, None),
        "up to": (0, value),
    }[qualifier]


def write_head(w, actors, events):
    """Everything but the claims, as the first model file starts."""
    w("# A synthetic model for benchmarks, made by Benchmarks/generate-model.py.\n")
    w("conflictq-model: 2\n\nvocabulary:\n  cameo_version: CAMEO 1.1b3\n  units:\n")
    for unit in sorted(set(UNIT.values())):
        w(f"    - id: {unit}\n      description: {unit}\n")
    w("  measures:\n")
    for measure in MEASURES:
        w(f"    - id: {measure}\n      description: {measure}\n")
    w("\nsources:\n")
    w(f"  - id: {SOURCE}\n    outlet: Bench Gazette\n    date: \"2026-03-01\"\n    title: A long war in numbers\n")
    w("\nactors:\n")
    for actor_id, name, kind in actors:
        w(f"  - id: {actor_id}\n    name: {name}\n    kind: {kind}\n\n")
    w("events:\n")
    for n in range(1, events + 1):
        w(f"  - id: event-{n}\n    name: Event {n}\n    kind: {EVENT_KINDS[n % len(EVENT_KINDS)]}\n")
        w(f"    date: \"2026-02-{1 + n % 28:02d}\"\n\n")
    w("claims:\n")


def write_claim(w, claim):
    w(f"  - id: {claim['id']}\n    event: {claim['event']}\n    measure: {claim['measure']}\n")
    w(f"    counted: {claim['counted']}\n    unit: {UNIT[claim['counted']]}\n")
    w(f"    party: {claim['party']}\n    value: {claim['value']}\n")
    if claim["qualifier"] != "exact":
        w(f"    qualifier: {claim['qualifier']}\n")
    w(f"    claimant: {claim['claimant']}\n    date: \"{claim['date']}\"\n")
    if claim["id"] % 10 == 0:  # some figures carry their source, as real ones do
        w(f"    sources:\n      - {{source: {SOURCE}, paragraph: {claim['id'] % 40}, excerpt: figure {claim['id']}}}\n")
    w("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000)
    parser.add_argument("--claims-per-file", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    actors = [(f"actor-{n}", f"Actor {n}", KINDS[n % len(KINDS)]) for n in range(1, args.actors + 1)]
    names = {actor_id: name for actor_id, name, _ in actors}
    # A couple of hundred actors make claims, as a few sides speak for a war; any actor can be a party.
    claimants = actors[: min(200, len(actors))]

    files = [os.path.join(args.out, "model.yaml")]
    model = open(files[0], "w", encoding="utf-8")
    write_head(model.write, actors, args.events)
    with open(os.path.join(args.out, "claims.csv"), "w", newline="", encoding="utf-8") as table:
        rows = csv.writer(table)
        rows.writerow(["id", "event", "measure", "counted", "unit", "party", "party_name", "value", "qualifier",
                       "low", "high", "claimant", "claimant_name", "date"])
        for n in range(1, args.claims + 1):
            if n > 1 and (n - 1) % args.claims_per_file == 0:
                model.close()
                files.append(os.path.join(args.out, f"claims-{len(files) + 1}.yaml"))
                model = open(files[-1], "w", encoding="utf-8")
                model.write("# More claims of the model in model.yaml, loaded together with it.\n")
                model.write("conflictq-model: 2\n\nclaims:\n")
            claim = {
                "id": n,
                "event": f"event-{rng.randint(1, args.events)}",
                "measure": rng.choice(MEASURES),
                "counted": rng.choice(COUNTED),
                "party": rng.choice(actors)[0],
                "value": rng.randint(1, 500),
                "qualifier": rng.choice(QUALIFIERS),
                "claimant": rng.choice(claimants)[0],
                "date": f"2026-02-{rng.randint(1, 28):02d}",
            }
            write_claim(model.write, claim)
            low, high = interval(claim["value"], claim["qualifier"])
            rows.writerow([n, claim["event"], claim["measure"], claim["counted"], UNIT[claim["counted"]], claim["party"],
                           names[claim["party"]], claim["value"], claim["qualifier"], low,
                           "" if high is None else high, claim["claimant"], names[claim["claimant"]],
                           claim["date"]])
    model.close()

    with open(os.path.join(args.out, "files"), "w", encoding="utf-8") as listing:
        listing.write("".join(os.path.basename(path) + "\n" for path in files))
    with open(os.path.join(args.out, "actors.csv"), "w", newline="", encoding="utf-8") as table:
        rows = csv.writer(table)
        rows.writerow(["id", "name", "kind"])
        rows.writerows(actors)


if __name__ == "__main__":
    main()
