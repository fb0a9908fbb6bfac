"""Score the offline designer against descriptions with gold answers.

Runs ``appwright.design.offline.design_app`` on every description of a set and scores the
spec with the shared scorer (``score_spec.py``, found beside the dev set), which measures
recall of entities, fields, types, enum values, relationships, states, roles and reports.

    .venv/bin/python benchmarks/designer.py                    # the dev set
    .venv/bin/python benchmarks/designer.py --set heldout      # our own held-out descriptions
    .venv/bin/python benchmarks/designer.py --set all --write  # both, and refresh docs/benchmarks.md

Sets: ``dev`` is ``../shared/benchmarks/dev/*.yaml`` (override with APPWRIGHT_BENCHMARKS);
``heldout`` is ``benchmarks/descriptions/*.yaml``, written with their gold answers before the
designer was run on them, in batches (a ``batch`` key): each batch's first-run figures are in
docs/benchmarks.md, since the rules were then improved against the batches already seen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from report_section import replace_section

from appwright.design.offline import design_app

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("APPWRIGHT_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
SETS = {"dev": SHARED / "dev", "heldout": ROOT / "benchmarks" / "descriptions"}
SCORER = SHARED / "score_spec.py"
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:designer:start -->"
SECTION_END = "<!-- benchmark:designer:end -->"
COMMAND = ".venv/bin/python benchmarks/designer.py --set all --write"
COLUMNS = (
    ("entity_recall", "entities"),
    ("field_recall", "fields"),
    ("type_accuracy", "types"),
    ("enum_recall", "enums"),
    ("relationship_recall", "relations"),
    ("state_recall", "states"),
    ("role_recall", "roles"),
    ("report_recall", "reports"),
    ("overall", "overall"),
)

FIRST_RUNS: dict[int, tuple[int, float, str]] = {
    1: (13, 0.837, "written by the rules' author"),
    2: (10, 0.679, "written by the rules' author"),
    3: (8, 0.603, "written by the rules' author"),
    4: (10, 0.611, "written by the rules' author"),
    5: (10, 0.460, "written by the rules' author, deliberately hard styles"),
    6: (12, 0.805, "written by the rules' author, in the dev set's style"),
    7: (12, 0.792, "written by the rules' author, in the dev set's style"),
    8: (12, 0.577, "written by another author who never read the designer; mixed styles"),
    9: (
        12,
        0.725,
        "written by another author who never read the designer, in the dev set's style, and"
        " sealed until the rules learnt from batch 8 were in (the designer from before them"
        " scores 0.720 on it)",
    ),
    10: (
        12,
        0.645,
        "written by a fifth author who never read the designer, dev style, sealed until the"
        " end of the round that learnt from batches 9, 11 and 12 (the designer from before"
        " that round scores 0.638 on it)",
    ),
    11: (
        12,
        0.582,
        "written by a third author who never read the designer, dev style in varied voices"
        " (formal, casual, hurried); measured on the designer as the session began",
    ),
    12: (
        12,
        0.533,
        "written by a fourth author who never read the designer, dev style with possessives,"
        " passives, 'there are', lists after colons; one description (sawmill) crashed the"
        " designer and scored 0",
    ),
    13: (
        12,
        0.634,
        "written by a seventh author who never read the designer, eight in dev style and four"
        " in other voices (rambling, terse, a bullet list), sealed until the end of the round"
        " that learnt from batches 10 and 14; one description (roofer) sent the designer into"
        " endless recursion and scored 0. With that crash fixed, 0.682; the designer from before"
        " the round, with the same fix, scores 0.649",
    ),
    14: (
        12,
        0.620,
        "written by a sixth author who never read the designer, same mix of voices as batch 13;"
        " measured on the designer as the session began (0.620 also after the round's first"
        " rules, learnt from batch 10)",
    ),
    15: (
        12,
        0.660,
        "written by an eighth author who never read the designer, eight in dev style and four in"
        " other voices, sealed until the end of the round that learnt from batches 10 to 14;"
        " the designer from before the round scores 0.641 on it",
    ),
    16: (
        12,
        0.710,
        "written by a ninth author who never read the designer, eight in dev style and four in"
        " other voices, sealed until the end of the round that learnt from batches 10 to 15;"
        " the designer from before the round scores 0.701 on it",
    ),
    17: (
        12,
        0.710,
        "written by a tenth author who never read the designer, eight in dev style and four in"
        " other voices, sealed until the end of the round that learnt from batches 12, 13, 15"
        " and 16; the designer from before the round scores 0.707 on it",
    ),
    18: (
        12,
        0.665,
        "written by an eleventh author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that learnt from batch 17; the"
        " designer from before the round also scores 0.665 on it: the round's rules moved none"
        " of its descriptions",
    ),
    19: (
        12,
        0.658,
        "written by a twelfth author who never read the designer, eight in dev style and four in"
        " other voices, sealed until the end of the round that put the designer on a dependency"
        " parse (links read from counts and acts); the designer from before the round scores"
        " 0.653 on it: one description moved",
    ),
    20: (
        12,
        0.628,
        "written by a thirteenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that read field lists, records and"
        " report requests from the parse; the designer from before the round also scores 0.628"
        " on it: no description moved",
    ),
    21: (
        12,
        0.783,
        "written by a fourteenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that read records made by acts"
        " (bookings, attempts, consultations); the designer from before the round scores 0.777"
        " on it: one description moved (caving 0.41 to 0.48)",
    ),
    22: (
        12,
        0.765,
        "written by a fifteenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that linked the people no sentence"
        " links, read many-to-many said both ways and whole-number units; the designer from"
        " before the round scores 0.755 on it: one description moved (air quality 0.71 to"
        " 0.84)",
    ),
    23: (
        12,
        0.666,
        "written by a sixteenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that made junction records of"
        " values given to each pairing and read lists kept in brackets, time spans and acts"
        " named by their own verb; the designer from before the round scores 0.666 on it too:"
        " none of its twelve descriptions moved",
    ),
    24: (
        12,
        0.798,
        "written by a seventeenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that read conditions without their"
        " comma, records an act goes through, things there are on each record and what we"
        " charged; the designer from before the round scores 0.798 on it too: none of its"
        " twelve descriptions moved",
    ),
    25: (
        12,
        0.578,
        "written by an eighteenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that read inverted and dashed"
        " clauses, records each one gets, statuses told as a story and what each record needs;"
        " the designer from before the round scores 0.578 on it too: none of its twelve"
        " descriptions moved",
    ),
    26: (
        12,
        0.673,
        "written by a nineteenth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that read flows told with chevrons"
        " and asides, roles told as access and allowance, records made by one known other, acts"
        " under headers and lists kept per person; the designer from before the round scores"
        " 0.680 on it: one description fell (a new rule kept the runners' list from them when a"
        " junk record held it too); fixed after opening, it scores 0.680 again",
    ),
    27: (
        12,
        0.777,
        "written by a twentieth author who never read the designer, eight in dev style and four"
        " in other voices, sealed until the end of the round that read complaints in the perfect"
        " tense, small questions as fields, asides saying what we need of a record, parties in"
        " their roles and flows that go on from one of their ends; the designer from before the"
        " round scores 0.774 on it: one description rose a little, none fell",
    ),
    28: (
        12,
        0.745,
        "written by a twenty-first author who never read the designer, eight in dev style and"
        " four in other voices, sealed until the end of the round that read where a record sits,"
        " the parts of a record (every line on it, a line for each item), entries of one taking"
        " part (for each bird that takes part, every time a team competes) and the rounds of the"
        " business's one contest; the designer from before the round scores 0.738 on it: two"
        " descriptions rose, none fell (one of the two, asbestos, through a misreading the"
        " reread after opening found and mended)",
    ),
    29: (
        12,
        0.722,
        "written by a twenty-second author who never read the designer, eight in dev style and"
        " four in other voices (a first batch 29 was lost with a machine before it was run; this"
        " one was written again, to the same brief, by another author), sealed until the end of"
        " the round that read acts written down when they happen (when one orders we record"
        " ...), things booked or ordered for values, people who log in, the kind a record is,"
        " what is written on the day of a booked visit and things counted then taken each in"
        " turn; the designer from before the round scores 0.722 on it too: none of the round's"
        " rules met this batch, none rose, none fell",
    ),
    30: (
        12,
        0.779,
        "written by a twenty-third author who never read the designer, eight in dev style and"
        " four in other voices, sealed until the end of the round that read what batch 29"
        " missed (keep track of my hides, a thing for one of several kinds, lines that name a"
        " product, records of each pairing, assigned people's own records, a plural subject's"
        " second predicate, a quantity in kilos, arrows in a list's last item); the designer"
        " from before the round (431e971) scores 0.779 on it too, file by file the same: none of"
        " the round's rules met this batch",
    ),
    31: (
        12,
        0.726,
        "written by a twenty-fourth author who never read the designer, eight in dev style and"
        " four in other voices, sealed until the end of the round that read what batch 30 and"
        " the weakest held-out files missed (a payment method of cash or card, order lines each"
        " one drink, one of our engineers inspecting a property, a team with a name and a coach,"
        " which publications they take, an order's lines, flows told with who acts); the"
        " designer from before the round (86707cb) scores 0.726 on it too, file by file the"
        " same: for the third batch running, none of the round's rules met the new batch",
    ),
    32: (
        12,
        0.669,
        "written by a twenty-fifth author who never read the designer (trades, public services,"
        " farming, transport), eight in dev style and four in other voices; kept unread through"
        " the round and scored only as a whole, as a probe a rule had to move or leave alone; the"
        " figure is the designer from before the round (01996ed); the round's end scores 0.674"
        " on it",
    ),
    33: (
        12,
        0.816,
        "written by a twenty-sixth author who never read the designer (shops, hospitality, hire,"
        " clubs, practices, training, arts), eight in dev style and four in other voices, sealed"
        " until the end of the round whose changes were general passes (records left unlinked"
        " linked from the parse, field names as developers write them, a lone plural counted,"
        " 'for each one' named); the designer from before the round (01996ed) scores 0.812",
    ),
    34: (
        12,
        0.690,
        "written by a twenty-seventh author who never read the designer (workshops, charities,"
        " housing, logistics, repair and recycling), eight in dev style and four in other"
        " voices; kept unread through the round and scored only as a whole, as a probe a rule"
        " had to move or leave alone; the figure is the designer from before the round"
        " (3235d05); the round's end scores 0.718 on it",
    ),
    35: (
        12,
        0.819,
        "written by a twenty-eighth author who never read the designer (professional services,"
        " care, leisure facilities, media, labs), eight in dev style and four in other voices,"
        " sealed until the end of the round whose changes gave lists to the records the clause"
        " shape hides (a dash after the record we log, 'plots that have', 'their' lists,"
        " 'which I keep with', 'pieces of equipment', what a record says); the designer from"
        " before the round (3235d05) scores 0.791",
    ),
    36: (
        12,
        0.840,
        "written by a twenty-ninth author who never read the designer (animal services, tourism"
        " and outdoors, food and drink production, energy and environment, boats), eight in dev"
        " style and four in other voices; kept unread through the round and scored only as a"
        " whole, as a probe; the figure is the designer from before the round (05ef962); the"
        " round's end scores 0.847 on it",
    ),
    37: (
        12,
        0.628,
        "written by a thirtieth author who never read the designer (personal services, faith"
        " and community venues, security and facilities, online sellers, small IT services),"
        " eight in dev style and four in other voices, sealed until the end of the round whose"
        " changes read terse notes and hidden records (short words, orders to self, 'one X"
        " bringing in one Y', records kept before picked many-to-many, 'for whom we keep');"
        " the designer from before the round (05ef962) also scores 0.628; read once measured,"
        " the round's last changes bring it to 0.843",
    ),
}
"""Held-out batch → (descriptions, mean overall the first time the designer met it, who wrote it).

Each batch was written, gold answers included, before the designer ran on it; the rules were
then improved against what it missed, so only these first figures measure descriptions the
rules had never seen. A new batch is the way to measure that again; one written by someone
who has not read the rules is the honest kind."""

NOT_SCORED = "-"
"""A figure the gold answer does not ask for (no enums in it, say)."""

Score = dict[str, Any]


def load_scorer(path: Path = SCORER) -> Callable[[dict[str, Any], dict[str, Any]], Score]:
    """The ``score(gold, pred)`` function of the shared scorer, imported by path."""
    spec = importlib.util.spec_from_file_location("score_spec", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"no scorer at {path}")
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scorer: Callable[[dict[str, Any], dict[str, Any]], Score] = module.score
    return scorer


def gold_files(name: str) -> list[Path]:
    return sorted(SETS[name].glob("*.yaml"))


def score_set(name: str, scorer: Callable[[dict[str, Any], dict[str, Any]], Score]) -> list[Score]:
    rows: list[Score] = []
    for path in gold_files(name):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        result = design_app(gold["description"])
        figures = scorer(gold, result.spec.to_json_dict())
        rows.append({"id": gold.get("id", path.stem), "batch": gold.get("batch", 1), **figures})
    return rows


def mean(rows: list[Score], key: str) -> float | None:
    values = [row[key] for row in rows if key in row]
    return sum(values) / len(values) if values else None


def markdown(name: str, rows: list[Score]) -> str:
    header = "| description | " + " | ".join(label for _, label in COLUMNS) + " |"
    lines = [header, "|" + "---|" * (len(COLUMNS) + 1)]
    for row in rows:
        cells = [f"{row[key]:.2f}" if key in row else NOT_SCORED for key, _ in COLUMNS]
        lines.append(f"| {row['id']} | " + " | ".join(cells) + " |")
    groups = {f"{name}, {len(rows)}": rows}
    batches = sorted({row["batch"] for row in rows})
    if len(batches) > 1:
        for batch in batches:
            chosen = [row for row in rows if row["batch"] == batch]
            groups[f"{name} batch {batch}, {len(chosen)}"] = chosen
    for label, chosen in groups.items():
        means = [mean(chosen, key) for key, _ in COLUMNS]
        cells = [f"**{value:.3f}**" if value is not None else NOT_SCORED for value in means]
        lines.append(f"| **mean ({label})** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_section(tables: dict[str, str]) -> None:
    """Replace (or append) the designer section of docs/benchmarks.md, atomically."""
    today = dt.date.today().isoformat()
    parts = [
        SECTION_START,
        "## Offline designer (`design_app`)",
        "",
        f"Measured {today} with `{COMMAND}`; scored by `shared/benchmarks/score_spec.py`"
        " (recall figures in [0, 1]; `overall` weighs entities and fields 3, relationships 2,"
        " types, enums and states 1, roles and reports 0.5). `dev` is the shared dev set;"
        " `heldout` is `benchmarks/descriptions/`, whose gold answers were written before the"
        " designer first ran on them.",
        "",
    ]
    for name, table in tables.items():
        parts += [f"### {name}", "", table, ""]
    parts += [
        "First runs of the held-out batches (the designer had not seen them; its rules were",
        "improved against each batch afterwards, so the figures above are no longer unseen):",
        "",
    ]
    parts += [
        f"- batch {batch}: {count} descriptions, mean overall {figure:.3f} ({note})"
        for batch, (count, figure, note) in FIRST_RUNS.items()
    ]
    parts.append("")
    parts.append(SECTION_END)
    section = "\n".join(parts)
    replace_section(DOC, SECTION_START, SECTION_END, section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="dev", help="which descriptions")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    names = list(SETS) if args.set == "all" else [args.set]
    tables: dict[str, str] = {}
    for name in names:
        rows = score_set(name, scorer)
        tables[name] = markdown(name, rows)
        print(f"{name}\n{tables[name]}\n")
    if args.write:
        write_section(tables)
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
