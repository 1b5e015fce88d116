#!/usr/bin/env python3
"""Scores `conflictq draft` against hand-made gold models, and prints Markdown tables.

    score-drafts.py --conflictq BIN --report R.txt --gold G.yaml [--gold G2.yaml ...] [--source ID]
                    [--report R2.txt --gold ... ]... [--held-out --report R3.txt --gold ... ...]
                    [--runs 5] [--ignore-measure M]... [--keep DIR]

Each --report starts a job; the --gold and --source after it belong to it. The jobs after
--held-out are held-out reports, which no one tunes the drafter on: they are scored the same way,
but printed after the others' total, as a table of their own ("Held out") with its own total, and
without the list of their missed, spurious and wrong figures. For each job:

1. `BIN draft R.txt --output TMP.yaml` runs --runs times (5); the draft time is the median.
2. The claims and statements of the draft and of the gold are exported with
   `BIN --model ... --format json -c 'claims with sources'` (and 'statements with sources').
   The gold is every --gold file loaded together, in order (`builtin` is the built-in model); with
   --source ID, only the claims and statements citing that source are kept, with only their
   references to it. The draft is loaded alone, or, if it does not load alone, after the built-in
   model, keeping what cites a source the built-in model does not hold.
3. Figures are paired one to one: first on (measure, value, qualifier, unit), then what is left on
   (measure, value, unit), so that a figure found with the wrong qualifier counts as found, with
   its qualifier wrong. Qualifiers that mean the same interval (approximately, around, about) are
   one, and a unit that `continues` another is the same unit for pairing. Among candidates, the
   pair that agrees on more of claimant, party, stance and paragraph is taken first.
4. For each pair: claimant and party (the same actor when a name or alias of one is a name or alias
   of the other, compared without case, accents or punctuation; two missing parties agree; and a
   body or an unnamed source of a state named with the state's word and one named without it, or
   with another form of it, are the same when they belong to the same state in the end (through
   part_of and represents): "defence ministry" and "Lurenne defence ministry" of Lurenne are the
   "Lurennian defence ministry" of Lurenne, "senior defence source" of Brevonia the "Senior
   Brevonian defence source" of its ministry),
   stance, paragraph (any paragraph in common), as_of, running_total.
5. Every excerpt of the draft (claims, statements, actors, events) must be an exact substring of
   the paragraph it cites: the title (paragraph 0) or a body paragraph, whitespace runs read as one
   space. Gold excerpts that fail this are reported as warnings on standard error, unless they
   all hold when every non-empty line is counted as a paragraph: then the gold's numbers are
   turned into the report's, with a note (for a model that counts paragraphs that way).
6. Statements are paired on (act, speaker); a reciprocal act without a speaker (a call, a
   consultation) on act and participants.

Measures that are no casualty or damage figure (by default: length, duration, in-need,
funding-received, funding-needed) are left out of both sides, with a note.

A report's paragraphs: optional header lines `Key: value` (URL, Title, Outlet, Date) ended by a line
of dashes, then the body. Paragraph 0 is the Title header; the body's paragraphs are numbered from
1: blocks of lines between blank lines if the body has blank lines, otherwise each non-empty line.

Before scoring, a one-sentence report of its own is drafted: if that fails, the draft command is
taken to be missing, and nothing is scored. Scored with Benchmarks/drafting/fake-conflictq, whose
drafts are the gold models themselves, every figure comes out right.

Exit status: 0 when every job was scored, 1 when the draft command is missing or any draft failed
(its gold then counts as missed in the total), 2 for a usage error. Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

# Figures of the gold models that are no casualty or damage: a border's length (the built-in model,
# timeline 07 and 18), how long fighting lasted (timeline 03), aid needed and received (timeline 10).
DEFAULT_IGNORED_MEASURES = ("length", "duration", "in-need", "funding-received", "funding-needed")
SAME_INTERVAL = {"approximately": "approximately", "around": "approximately", "about": "approximately"}


# ---------------------------------------------------------------------------------------------
# Reports


class Report:
    """A report's header and paragraphs: paragraphs[0] is the title, [1...] the body's."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if text.startswith("\ufeff"):
            text = text[1:]
        lines = text.split("\n")
        lines = [line[:-1] if line.endswith("\r") else line for line in lines]
        self.header = {}
        body = lines
        for index, line in enumerate(lines):
            if re.fullmatch(r"\s*-{3,}\s*", line):
                before = lines[:index]
                if all(not l.strip() or re.match(r"[A-Za-z][A-Za-z _-]*:", l) for l in before):
                    for l in before:
                        if ":" in l:
                            key, value = l.split(":", 1)
                            self.header.setdefault(key.strip().lower(), value.strip())
                    body = lines[index + 1:]
                break
        # Blank lines around the body are no paragraph breaks of note.
        while body and not body[0].strip():
            body = body[1:]
        while body and not body[-1].strip():
            body = body[:-1]
        title = self.header.get("title", "")
        paragraphs = []
        # Each non-empty line as a paragraph of its own, and the paragraph (block) each is part of:
        # some gold models count lines where a block holds several.
        self.lines = [title]
        self.block_of_line = [0]
        if any(not line.strip() for line in body):
            block = []
            for line in body:
                if line.strip():
                    block.append(line)
                    self.lines.append(line)
                    self.block_of_line.append(len(paragraphs) + 1)
                elif block:
                    paragraphs.append("\n".join(block))
                    block = []
            if block:
                paragraphs.append("\n".join(block))
        else:
            paragraphs = [line for line in body if line.strip()]
            self.lines += paragraphs
            self.block_of_line += list(range(1, len(paragraphs) + 1))
        self.paragraphs = [title] + paragraphs

    def holds(self, paragraph, excerpt, by_lines=False):
        """Whether excerpt is an exact substring of the paragraph (whitespace runs as one space)."""
        texts = self.lines if by_lines else self.paragraphs
        if not isinstance(paragraph, int) or paragraph < 0 or paragraph >= len(texts):
            return False
        text = texts[paragraph]
        if excerpt in text:
            return True
        return squeeze(excerpt) in squeeze(text)


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Models, through conflictq


class ConflictqError(Exception):
    pass


def run_conflictq(binary, models, query):
    argv = [binary]
    for model in models:
        argv += ["--model", model]
    argv += ["--format", "json", "-c", query]
    done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode != 0:
        raise ConflictqError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()[:2000]}")
    return json.loads(done.stdout)


def export_model(binary, models):
    argv = [binary]
    for model in models:
        argv += ["--model", model]
    argv.append("--export-model")
    done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode != 0:
        raise ConflictqError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()[:2000]}")
    return done.stdout


def scalar(text):
    """A plain, single- or double-quoted YAML scalar as --export-model writes it."""
    text = text.strip()
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        return json.loads(text) if "\\" in text else text[1:-1]
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        return text[1:-1].replace("''", "'")
    if text in ("", "null", "~"):
        return None
    return text


def flow_list(text):
    """A one-line flow list `[a, "b, c", 'd']`."""
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return [scalar(text)]
    items, current, quote = [], "", None
    inner = text[1:-1]
    i = 0
    while i < len(inner):
        ch = inner[i]
        if quote:
            current += ch
            if ch == "\\" and quote == '"' and i + 1 < len(inner):
                current += inner[i + 1]
                i += 1
            elif ch == quote:
                if quote == "'" and i + 1 < len(inner) and inner[i + 1] == "'":
                    current += "'"
                    i += 1
                else:
                    quote = None
        elif ch in "\"'" and not current.strip():
            quote = ch
            current += ch
        elif ch == ",":
            items.append(scalar(current))
            current = ""
        else:
            current += ch
        i += 1
    if current.strip():
        items.append(scalar(current))
    return [item for item in items if item is not None]


def read_export(text):
    """From --export-model's text: actors' names and aliases, units' `continues`, and claims'
    running_total and since. The export's layout is fixed: sections at column 0, `  - id:` items,
    `    key: value` fields."""
    actors, continues, claims = {}, {}, {}
    section, item = None, None
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        top = re.match(r"^([a-z_]+):", line)
        if top:
            section, item = top.group(1), None
            continue
        sub = re.match(r"^  ([a-z_]+):\s*$", line)
        if sub and section == "vocabulary":
            section = "vocabulary." + sub.group(1)
            item = None
            continue
        start = re.match(r"^\s*- id: (.*)$", line)
        if start:
            item = {"id": scalar(start.group(1))}
            if section == "actors":
                actors[item["id"]] = item
            elif section == "vocabulary.units":
                continues[item["id"]] = None
            elif section == "claims":
                claims[int(item["id"])] = item
            continue
        field = re.match(r"^\s+([a-z_]+): (.*)$", line)
        if field and item is not None:
            key, value = field.group(1), field.group(2)
            if section == "actors" and key in ("name", "aliases", "part_of", "represents"):
                item[key] = flow_list(value) if key == "aliases" else scalar(value)
            elif section == "vocabulary.units" and key == "continues":
                continues[item["id"]] = scalar(value)
            elif section == "claims" and key in ("running_total", "since", "as_of"):
                item[key] = scalar(value)
    return actors, continues, claims


class Model:
    """The claims and statements of a set of model files, as conflictq exports them."""

    def __init__(self, binary, models, keep_sources=None, drop_sources=None, ignored=()):
        self.models = models
        claims = run_conflictq(binary, models, "claims with sources")["rows"]
        statements = run_conflictq(binary, models, "statements with sources")["rows"]
        actor_rows = run_conflictq(binary, models, "actors")["rows"]
        event_rows = run_conflictq(binary, models, "events")["rows"]
        source_rows = run_conflictq(binary, models, "sources")["rows"]
        actors, self.continues, extra = read_export(export_model(binary, models))
        self.names = {}
        for actor_id, actor in actors.items():
            names = {actor_id}
            if actor.get("name"):
                names.add(actor["name"])
            names.update(actor.get("aliases") or [])
            self.names[actor_id] = {fold(name) for name in names if name}
        # The state each actor belongs to in the end (what it is part of or represents, and so
        # on up), and its names without that state's word: what tells a body or an unnamed source
        # of one state from another's of the same name.
        owners = {actor_id: actor.get("part_of") or actor.get("represents") for actor_id, actor in actors.items()}
        self.roots, self.body_names = {}, {}
        for actor_id in actors:
            root, seen = owners.get(actor_id), {actor_id}
            while root and owners.get(root) and root not in seen:
                seen.add(root)
                root = owners[root]
            if root and root in actors:
                self.roots[actor_id] = root
                root_names = [name for name in self.names[root] if " " not in name]
                self.body_names[actor_id] = {without_owner(name, root_names) for name in self.names[actor_id]}
        self.source_ids = [row["id"] for row in source_rows]
        if keep_sources is None:
            keep_sources = set(self.source_ids) - set(drop_sources or ())

        def keep(rows):
            kept = []
            for row in rows:
                refs = [ref for ref in row.get("sources") or [] if ref["source"] in keep_sources]
                if refs:
                    row = dict(row)
                    row["sources"] = refs
                    kept.append(row)
            return kept

        self.ignored = []
        self.claims = []
        for row in keep(claims):
            if row["measure"] in ignored:
                self.ignored.append(row)
                continue
            info = extra.get(row["id"], {})
            row["running_total"] = info.get("running_total") == "true"
            row["since"] = info.get("since")
            self.claims.append(row)
        self.statements = keep(statements)
        self.actors = keep(actor_rows)
        self.events = keep(event_rows)
        self.keep_sources = keep_sources

    def actor_names(self, actor):
        if not actor:
            return set()
        return self.names.get(actor["id"], {fold(actor["id"]), fold(actor.get("name") or "")})

    def unit_root(self, unit):
        seen = set()
        while unit in self.continues and self.continues[unit] and unit not in seen:
            seen.add(unit)
            unit = self.continues[unit]
        return unit


def without_owner(name, owner_names):
    """A folded name without the words of the state it belongs to, in any form of that word:
    "lurennian defence ministry" of Lurenne is "defence ministry", "senior brevonian defence
    source" of Brevonia is "senior defence source"."""
    stems = [owner[:max(4, len(owner) - 2)] for owner in owner_names]
    words = [word for word in name.split() if not any(word.startswith(stem) for stem in stems)]
    return " ".join(words) if words else name


def fold(name):
    """A name compared without case, accents or punctuation."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"[^\w\s]", " ", name.casefold())
    return " ".join(name.split())


# ---------------------------------------------------------------------------------------------
# Scoring


def same_actor(draft_model, draft_actor, gold_model, gold_actor):
    if not draft_actor and not gold_actor:
        return True
    if not draft_actor or not gold_actor:
        return False
    if draft_model.actor_names(draft_actor) & gold_model.actor_names(gold_actor):
        return True
    # The same body of the same state, named with or without the state's word.
    draft_id, gold_id = draft_actor["id"], gold_actor["id"]
    draft_root, gold_root = draft_model.roots.get(draft_id), gold_model.roots.get(gold_id)
    if not draft_root or not gold_root:
        return False
    draft_body = draft_model.body_names.get(draft_id, set()) | draft_model.names.get(draft_id, set())
    gold_body = gold_model.body_names.get(gold_id, set())
    return bool(draft_body & gold_body) and bool(draft_model.names[draft_root] & gold_model.names[gold_root])


def paragraphs(row):
    return {ref["paragraph"] for ref in row.get("sources") or []}


def qualifier_class(value):
    qualifier = value.get("qualifier") or "exact"
    return SAME_INTERVAL.get(qualifier, qualifier)


def figure_key(model, claim, with_qualifier):
    value = claim["value"]
    key = (claim["measure"], value.get("value"), model.unit_root(claim.get("unit")))
    return key + (qualifier_class(value),) if with_qualifier else key


def claim_checks(draft_model, draft, gold_model, gold):
    return {
        "qualifier": qualifier_class(draft["value"]) == qualifier_class(gold["value"]),
        "claimant": same_actor(draft_model, draft.get("claimant"), gold_model, gold.get("claimant")),
        "party": same_actor(draft_model, draft.get("party"), gold_model, gold.get("party")),
        "stance": (draft.get("stance") or "asserted") == (gold.get("stance") or "asserted"),
        "paragraph": bool(paragraphs(draft) & paragraphs(gold)),
        "as_of": (draft.get("as_of") or None) == (gold.get("as_of") or None),
        "running_total": bool(draft.get("running_total")) == bool(gold.get("running_total")),
    }


def pair_up(drafts, golds, keys, agreement):
    """One-to-one pairs of draft and gold entries, by passes of keys; within a pass, the pairs that
    agree on most go first. Returns [(draft, gold)], unpaired drafts, unpaired golds."""
    pairs = []
    free_drafts = list(range(len(drafts)))
    free_golds = list(range(len(golds)))
    for key_of_draft, key_of_gold in keys:
        candidates = []
        for g in free_golds:
            gold_key = key_of_gold(golds[g])
            for d in free_drafts:
                if key_of_draft(drafts[d]) == gold_key:
                    candidates.append((-agreement(drafts[d], golds[g]), g, d))
        candidates.sort()
        used_d, used_g = set(), set()
        for _, g, d in candidates:
            if g in used_g or d in used_d:
                continue
            used_g.add(g)
            used_d.add(d)
            pairs.append((drafts[d], golds[g]))
        free_drafts = [d for d in free_drafts if d not in used_d]
        free_golds = [g for g in free_golds if g not in used_g]
    return pairs, [drafts[d] for d in free_drafts], [golds[g] for g in free_golds]


def statements_agree(draft_model, draft, gold_model, gold):
    if draft["act"] != gold["act"]:
        return False
    if gold.get("speaker"):
        return same_actor(draft_model, draft.get("speaker"), gold_model, gold["speaker"])
    # A reciprocal act without a quoted speaker: every participant of the gold must be among the
    # draft's participants or its speaker.
    draft_people = list(draft.get("participant") or [])
    if draft.get("speaker"):
        draft_people.append(draft["speaker"])
    gold_people = gold.get("participant") or []
    return bool(gold_people) and all(
        any(same_actor(draft_model, d, gold_model, g) for d in draft_people) for g in gold_people)


def pair_statements(draft_model, drafts, gold_model, golds):
    candidates = []
    for g, gold in enumerate(golds):
        for d, draft in enumerate(drafts):
            if statements_agree(draft_model, draft, gold_model, gold):
                candidates.append((0 if paragraphs(draft) & paragraphs(gold) else 1, g, d))
    candidates.sort()
    used_d, used_g, pairs = set(), set(), []
    for _, g, d in candidates:
        if g in used_g or d in used_d:
            continue
        used_g.add(g)
        used_d.add(d)
        pairs.append((drafts[d], golds[g]))
    return (pairs, [x for i, x in enumerate(drafts) if i not in used_d],
            [x for i, x in enumerate(golds) if i not in used_g])


CHECKS = ["qualifier", "claimant", "party", "stance", "paragraph", "as_of", "running_total"]


class Score:
    def __init__(self, name):
        self.name = name
        self.gold_figures = self.draft_figures = self.found = 0
        self.right = {check: 0 for check in CHECKS}
        self.excerpts = self.verbatim = 0
        self.gold_statements = self.draft_statements = self.statements_found = 0
        self.time_ms = None
        self.failure = None
        self.details = []
        self.notes = []


def describe_claim(claim):
    who = (claim.get("claimant") or {}).get("name", "no claimant")
    party = (claim.get("party") or {}).get("name", "no party")
    paras = ",".join(str(p) for p in sorted(paragraphs(claim)))
    stance = claim.get("stance") or "asserted"
    return (f"{claim['measure']} {claim['value'].get('text')} {claim.get('unit')} "
            f"({claim.get('counted')}), party {party}, claimant {who}, {stance}, ¶{paras}")


def describe_statement(statement):
    who = (statement.get("speaker") or {}).get("name")
    if not who:
        who = " & ".join(p["name"] for p in statement.get("participant") or []) or "no speaker"
    paras = ",".join(str(p) for p in sorted(paragraphs(statement)))
    return f"{statement['act']} by {who}, ¶{paras}"


def value_of(check, model, claim):
    if check == "qualifier":
        return claim["value"].get("qualifier") or "exact"
    if check in ("claimant", "party"):
        actor = claim.get(check)
        return actor["name"] if actor else "none"
    if check == "paragraph":
        return ",".join(str(p) for p in sorted(paragraphs(claim))) or "none"
    if check == "stance":
        return claim.get("stance") or "asserted"
    if check == "running_total":
        return "yes" if claim.get("running_total") else "no"
    return str(claim.get(check))


def score_job(args, job, builtin_sources):
    name = os.path.basename(job["report"])
    score = Score(name)
    report = Report(job["report"])
    ignored = set(args.ignore_measure if args.ignore_measure is not None else DEFAULT_IGNORED_MEASURES)

    # The gold.
    keep = {job["source"]} if job["source"] else None
    gold = Model(args.conflictq, job["gold"], keep_sources=keep, ignored=ignored)
    if job["source"] and job["source"] not in gold.source_ids:
        raise SystemExit(f"score-drafts: {name}: no source {job['source']!r} in {' '.join(job['gold'])}")
    gold_refs = [ref for row in gold.claims + gold.statements + gold.actors + gold.events
                 for ref in row["sources"]]
    astray = [ref for ref in gold_refs if not report.holds(ref["paragraph"], ref["excerpt"])]
    if astray and len(report.lines) != len(report.paragraphs) and all(
            report.holds(ref["paragraph"], ref["excerpt"], by_lines=True) for ref in gold_refs):
        # The gold counts every non-empty line as a paragraph: its numbers are turned into the
        # report's paragraphs, the blocks those lines are in.
        for ref in gold_refs:
            ref["paragraph"] = report.block_of_line[ref["paragraph"]]
        score.notes.append("the gold numbers every non-empty line as a paragraph, where the report's "
                           "paragraphs are blocks of lines; its paragraph numbers were turned into the "
                           "report's")
        astray = []
    for ref in astray:
        print(f"score-drafts: warning: {name}: gold excerpt not in ¶{ref['paragraph']}: "
              f"{ref['excerpt']!r}", file=sys.stderr)
    score.gold_figures = len(gold.claims)
    score.gold_statements = len(gold.statements)
    if gold.ignored:
        score.notes.append(f"left out of the gold, as no casualty or damage figure: " + "; ".join(
            describe_claim(c) for c in gold.ignored))

    # The draft.
    output = os.path.join(args.workdir, os.path.splitext(name)[0] + ".yaml")
    times = []
    for _ in range(args.runs):
        if os.path.exists(output):
            os.remove(output)
        argv = [args.conflictq, "draft", job["report"], "--output", output]
        start = time.perf_counter()
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        times.append((time.perf_counter() - start) * 1000)
        if done.returncode != 0 or not os.path.exists(output):
            message = done.stderr.strip() or done.stdout.strip()
            score.failure = f"`{' '.join(argv)}` exited {done.returncode}: {message[:500]}"
            return score, gold
    score.time_ms = statistics.median(times)
    try:
        draft = Model(args.conflictq, [output], ignored=ignored)
    except ConflictqError as alone:
        try:
            draft = Model(args.conflictq, ["builtin", output], drop_sources=builtin_sources, ignored=ignored)
            score.notes.append("the draft loads only with the built-in model")
        except ConflictqError:
            score.failure = f"the draft does not load: {alone}"
            return score, gold
    if draft.ignored:
        score.notes.append("left out of the draft, as no casualty or damage figure: " + "; ".join(
            describe_claim(c) for c in draft.ignored))

    # Figures.
    score.draft_figures = len(draft.claims)

    def agreement(d, g):
        return sum(claim_checks(draft, d, gold, g).values())

    pairs, spurious, missed = pair_up(draft.claims, gold.claims, [
        (lambda c: figure_key(draft, c, True), lambda c: figure_key(gold, c, True)),
        (lambda c: figure_key(draft, c, False), lambda c: figure_key(gold, c, False)),
    ], agreement)
    score.found = len(pairs)
    for d, g in pairs:
        checks = claim_checks(draft, d, gold, g)
        wrong = []
        for check in CHECKS:
            if checks[check]:
                score.right[check] += 1
            else:
                wrong.append(f"{check} {value_of(check, draft, d)!r}, gold {value_of(check, gold, g)!r}")
        if wrong:
            score.details.append(f"- wrong in {g['measure']} {g['value'].get('text')} (gold claim {g['id']}): "
                                 + "; ".join(wrong))
    for g in missed:
        score.details.append(f"- missed: {describe_claim(g)} (gold claim {g['id']})")
    for d in spurious:
        score.details.append(f"- spurious: {describe_claim(d)} (draft claim {d['id']})")

    # Excerpts: every one the draft cites.
    for row in draft.claims + draft.statements + draft.actors + draft.events:
        for ref in row["sources"]:
            score.excerpts += 1
            if report.holds(ref["paragraph"], ref["excerpt"]):
                score.verbatim += 1
            else:
                score.details.append(f"- excerpt not in ¶{ref['paragraph']}: {ref['excerpt']!r}")

    # Statements.
    score.draft_statements = len(draft.statements)
    spairs, sspurious, smissed = pair_statements(draft, draft.statements, gold, gold.statements)
    score.statements_found = len(spairs)
    for g in smissed:
        score.details.append(f"- missed statement: {describe_statement(g)} (gold statement {g['id']})")
    for d in sspurious:
        score.details.append(f"- spurious statement: {describe_statement(d)} (draft statement {d['id']})")
    return score, gold


PROBE = """Title: Two soldiers killed in border clash
Outlet: Example Wire
Date: 2026-01-05
----
Two soldiers were killed in a clash on the border on Monday, the army said.
"""


def probe_draft(binary):
    """None if `binary draft R.txt --output F` writes F for a one-sentence report; else why not."""
    with tempfile.TemporaryDirectory(prefix="score-drafts-probe-") as directory:
        report = os.path.join(directory, "probe.txt")
        output = os.path.join(directory, "probe.yaml")
        with open(report, "w", encoding="utf-8") as handle:
            handle.write(PROBE)
        done = subprocess.run([binary, "draft", report, "--output", output], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True)
        if done.returncode == 0 and os.path.exists(output):
            return None
        message = (done.stderr.strip() or done.stdout.strip()).splitlines()
        return (f"{binary} has no working `draft` command: `{binary} draft REPORT.txt --output FILE` "
                f"exited {done.returncode}" + (f" ({message[0]})" if message else "")
                + ("" if os.path.exists(output) else " and wrote no file"))


# ---------------------------------------------------------------------------------------------
# Tables


def ratio(part, whole):
    if not whole:
        return "–"
    return f"{part}/{whole} ({100 * part / whole:.0f}%)"


def percent(part, whole):
    return "–" if not whole else f"{100 * part / whole:.0f}%"


ROWS = [
    ("figures found (recall)", lambda s: (s.found, s.gold_figures)),
    ("spurious (1 − precision)", lambda s: (s.draft_figures - s.found, s.draft_figures)),
    ("qualifier right", lambda s: (s.right["qualifier"], s.found)),
    ("claimant right", lambda s: (s.right["claimant"], s.found)),
    ("party right", lambda s: (s.right["party"], s.found)),
    ("stance right", lambda s: (s.right["stance"], s.found)),
    ("paragraph right", lambda s: (s.right["paragraph"], s.found)),
    ("as of right", lambda s: (s.right["as_of"], s.found)),
    ("running total right", lambda s: (s.right["running_total"], s.found)),
    ("excerpts verbatim", lambda s: (s.verbatim, s.excerpts)),
    ("statements found", lambda s: (s.statements_found, s.gold_statements)),
    ("statements spurious", lambda s: (s.draft_statements - s.statements_found, s.draft_statements)),
]
SHORT = ["found", "spurious", "qualifier", "claimant", "party", "stance", "paragraph", "as of",
         "running total", "verbatim", "statements found", "statements spurious"]


def print_report(score, runs):
    print(f"### {score.name}")
    print()
    if score.failure:
        print(f"Not scored: {score.failure}")
        print()
        return
    print("| | score |")
    print("|---|---|")
    for label, counts in ROWS:
        print(f"| {label} | {ratio(*counts(score))} |")
    print(f"| draft time (median of {runs}) | {score.time_ms:.0f} ms |")
    print()
    for note in score.notes:
        print(f"Note: {note}")
        print()
    if score.details:
        print("\n".join(score.details))
        print()


def print_total(scores, title="Total", footnote=True):
    print(f"### {title}")
    print()
    print("| report | " + " | ".join(SHORT) + " | ms |")
    print("|---" * (len(SHORT) + 2) + "|")
    total = Score("total")
    total.time_ms = 0
    for s in scores:
        if s.failure:
            print(f"| {s.name} | " + " | ".join("failed" for _ in SHORT) + " | – |")
            total.gold_figures += s.gold_figures
            total.gold_statements += s.gold_statements
            continue
        print(f"| {s.name} | " + " | ".join(percent(*counts(s)) for _, counts in ROWS)
              + f" | {s.time_ms:.0f} |")
        for field in ("gold_figures", "draft_figures", "found", "excerpts", "verbatim",
                      "gold_statements", "draft_statements", "statements_found"):
            setattr(total, field, getattr(total, field) + getattr(s, field))
        for check in CHECKS:
            total.right[check] += s.right[check]
        total.time_ms += s.time_ms
    print("| **total** | " + " | ".join(ratio(*counts(total)) for _, counts in ROWS)
          + f" | {total.time_ms:.0f} |")
    print()
    if not footnote:
        return
    print("Percentages of: found, of the gold's figures; spurious, of the draft's; the checks, of the "
          "figures found; verbatim, of the draft's excerpts; statements, of the gold's and the "
          "draft's. The total adds the counts of every report (a failed draft counts its gold as "
          "missed) and the draft times.")


# ---------------------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Scores `conflictq draft` against gold models.",
        epilog="Each --report starts a job; the --gold and --source that follow it belong to it.")
    parser.add_argument("--conflictq", required=True, help="the conflictq binary")
    parser.add_argument("--runs", type=int, default=5, help="draft runs to time (median); default 5")
    parser.add_argument("--ignore-measure", action="append", metavar="MEASURE",
                        help="a measure to leave out of both sides (repeatable); default: "
                             + ", ".join(DEFAULT_IGNORED_MEASURES) + "; --ignore-measure '' for none")
    parser.add_argument("--keep", metavar="DIR", help="write the drafts into DIR and keep them")
    jobs = []
    held_out = [False]

    class HeldOut(argparse.Action):
        def __call__(self, parser, namespace, value, option_string=None):
            held_out[0] = True

    class Job(argparse.Action):
        def __call__(self, parser, namespace, value, option_string=None):
            if option_string == "--report":
                jobs.append({"report": value, "gold": [], "source": None, "held_out": held_out[0]})
                return
            if not jobs:
                parser.error(f"{option_string} before any --report")
            if option_string == "--gold":
                jobs[-1]["gold"].append(value)
            elif jobs[-1]["source"] is not None:
                parser.error(f"two --source for {jobs[-1]['report']}")
            else:
                jobs[-1]["source"] = value

    parser.add_argument("--report", action=Job, required=True, metavar="R.txt", help="a report")
    parser.add_argument("--gold", action=Job, metavar="G.yaml", help="a gold model file, or builtin")
    parser.add_argument("--source", action=Job, metavar="ID", help="keep only the gold citing this source")
    parser.add_argument("--held-out", action=HeldOut, nargs=0,
                        help="the reports after it are held out: a table of their own after the "
                             "others' total, with its own total, and no list of their misses")
    args = parser.parse_args(argv)
    if args.ignore_measure is not None:
        args.ignore_measure = [m for m in args.ignore_measure if m]
    for job in jobs:
        if not job["gold"]:
            parser.error(f"no --gold for {job['report']}")
        for path in [job["report"]] + [g for g in job["gold"] if g != "builtin"]:
            if not os.path.isfile(path):
                parser.error(f"no such file: {path}")
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    return args, jobs


def main(argv):
    args, jobs = parse_args(argv)
    if os.sep not in args.conflictq:
        found = shutil.which(args.conflictq)
        if found:
            args.conflictq = found
    if not (os.path.isfile(args.conflictq) and os.access(args.conflictq, os.X_OK)):
        print(f"score-drafts: {args.conflictq} is no executable file", file=sys.stderr)
        return 1
    try:
        builtin_sources = {row["id"] for row in run_conflictq(args.conflictq, ["builtin"], "sources")["rows"]}
    except ConflictqError as error:
        print(f"score-drafts: {error}", file=sys.stderr)
        return 1
    missing = probe_draft(args.conflictq)
    if missing:
        print(f"score-drafts: {missing}.\nscore-drafts: nothing was scored; point --conflictq (or "
              f"$CONFLICTQ) at a build that has the draft command.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="score-drafts-") as scratch:
        args.workdir = args.keep or scratch
        os.makedirs(args.workdir, exist_ok=True)
        return score_jobs(args, jobs, builtin_sources)


def score_jobs(args, jobs, builtin_sources):
    scores, held_out = [], []
    for job in jobs:
        try:
            score, _ = score_job(args, job, builtin_sources)
        except ConflictqError as error:
            print(f"score-drafts: {os.path.basename(job['report'])}: the gold does not load: {error}",
                  file=sys.stderr)
            return 1
        if job["held_out"]:
            # Printed after the others, without the figures it missed or got wrong: what the
            # drafter is tuned on must not come from these reports.
            held_out.append(score)
            continue
        scores.append(score)
        print_report(score, args.runs)
    if scores:
        print_total(scores)
    if held_out:
        if scores:
            print()
        print_total(held_out, title="Held out", footnote=not scores)
        if not scores:
            print()
        for s in held_out:
            if s.failure:
                print(f"Not scored: {s.name}: {s.failure}")
                print()
        print("Held out: reports no one tunes the drafter on, scored as the others; their missed, "
              "spurious and wrong figures are not listed.")
    return 1 if any(s.failure for s in scores + held_out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
