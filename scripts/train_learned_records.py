"""Train the learned records step (``appwright.design.offline.learned_records``) and measure it.

    PYTHONPATH=src .venv/bin/python scripts/train_learned_records.py train --hold-out 75-78
    PYTHONPATH=src .venv/bin/python scripts/train_learned_records.py evaluate --batches 63-74
    PYTHONPATH=src .venv/bin/python scripts/train_learned_records.py evaluate --batches 75-76 \
        --hold-out 75-76

A candidate (``record_candidates``) is labelled right when the shared scorer pairs its name
with a gold record the spec lacks. The rows are the candidates of two kinds of spec of the
held-out descriptions (never the dev set): today's designer's without the step (cached in
--today) and the designer's each batch was first scored with (cached per batch in --first; a
batch whose first run names no commit has none). ``train`` fits the model on every batch but
the --hold-out ones, sets its threshold for --precision out-of-fold precision on the first-run
specs, and writes ``data/learned_records.json``. ``evaluate`` does the same leaving out each
batch of --batches in turn, adds what the step takes to that batch's first-run specs (today's
when it has none: a batch nobody has tuned on) as the designer does, and scores them before
and after: *right* is a gold record matched that was not, every other added record is *wrong*.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import learned_training as lt

from appwright.design.offline import design_app, learned_records
from appwright.design.offline.learned_model import LogisticModel
from appwright.design.offline.record_candidates import RecordCandidate, candidates
from appwright.design.offline.spec_repair import valid_spec


@dataclass(frozen=True)
class Row:
    path: Path
    candidate: RecordCandidate
    label: int
    source: str

    @property
    def features(self) -> dict[str, float]:
        return self.candidate.features

    @property
    def group(self) -> tuple[Any, ...]:
        return (self.source, self.path.name, *self.candidate.at)


def missed_records(score: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    """The gold records the scorer pairs with no record of the spec."""
    names = [e["name"] for e in pred.get("entities") or []]
    used: set[str] = set()
    missed = []
    for ge in gold.get("entities") or {}:
        found = score.best_match(ge, names, used)
        if found is None:
            missed.append(ge)
        else:
            used.add(found)
    return missed


def labelled(
    score: ModuleType, files: Sequence[Path], specs: dict[str, Any], source: str
) -> list[Row]:
    rows: list[Row] = []
    for path in files:
        pred = specs.get(path.name)
        if not pred:
            continue
        gold = lt.gold_of(path)
        missed = missed_records(score, gold, pred)
        for c in candidates(gold["description"], pred):
            right = any(score.best_match(ge, [c.name]) is not None for ge in missed)
            rows.append(Row(path, c, int(right), source))
    return rows


def model_of(rows: Sequence[Row], precision: float, most: int | None) -> dict[str, Any]:
    weights, bias = lt.fit(rows)
    return {
        "format": learned_records.FORMAT,
        "enabled": True,
        "bias": bias,
        "threshold": lt.threshold_for(rows, precision),
        "most": most,
        "precision_target": precision,
        "trained_on_batches": sorted({lt.batch_of(r.path) for r in rows}),
        "weights": dict(sorted(weights.items())),
    }


def as_model(data: dict[str, Any]) -> LogisticModel:
    return LogisticModel(data["weights"], data["bias"], data["threshold"], True, data["most"])


def _without_step(description: str) -> dict[str, Any]:
    return dict(design_app(description, learned=False).spec.to_json_dict())


def load_rows(args: argparse.Namespace, score: ModuleType) -> tuple[list[Row], dict[str, Any]]:
    files = sorted(lt.DESCRIPTIONS.glob("*.yaml"))
    today = lt.today_specs(files, args.today, _without_step)
    first = lt.first_run_specs(files, args.first)
    rows = labelled(score, files, today, "today")
    rows += labelled(score, [p for p in files if p.name in first], first, "first run")
    print(
        f"{len(rows)} candidates, {sum(r.label for r in rows)} right (first run: "
        f"{sum(1 for r in rows if r.source == 'first run')}, "
        f"{sum(r.label for r in rows if r.source == 'first run')} right)",
        flush=True,
    )
    return rows, {"today": today, "first run": first}


def train(args: argparse.Namespace) -> None:
    score = lt.scorer()
    rows, _ = load_rows(args, score)
    held = set(lt.batch_range(args.hold_out))
    data = model_of([r for r in rows if lt.batch_of(r.path) not in held], args.precision, args.most)
    learned_records.WEIGHTS_FILE.parent.mkdir(exist_ok=True)
    temporary = learned_records.WEIGHTS_FILE.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    temporary.replace(learned_records.WEIGHTS_FILE)
    print(
        f"wrote {learned_records.WEIGHTS_FILE}: {len(data['weights'])} weights, threshold "
        f"{data['threshold']}, batches {data['trained_on_batches'][0]}.."
        f"{data['trained_on_batches'][-1]} (held out: {sorted(held) or 'none'})"
    )


def after_step(description: str, pred: dict[str, Any], model: LogisticModel) -> dict[str, Any]:
    """The spec as the designer's step leaves it."""
    made = learned_records.add_learned_records(description, valid_spec(pred), model)
    return dict(made.spec.to_json_dict()) if made.added else pred


def evaluate(args: argparse.Namespace) -> None:
    score = lt.scorer()
    rows, specs = load_rows(args, score)
    held = set(lt.batch_range(args.hold_out))
    files = sorted(lt.DESCRIPTIONS.glob("*.yaml"))
    print("| batch | specs | before | after | right | wrong | threshold |")
    print("|---|---|---:|---:|---:|---:|---:|")
    totals = [0.0, 0.0, 0, 0]
    count = 0
    for batch in lt.batch_range(args.batches):
        batch_files = [p for p in files if lt.batch_of(p) == batch]
        source = "first run" if any(p.name in specs["first run"] for p in batch_files) else "today"
        batch_files = [p for p in batch_files if specs[source].get(p.name)]
        if not batch_files:
            continue
        train_rows = [r for r in rows if lt.batch_of(r.path) not in held | {batch}]
        data = model_of(train_rows, args.precision, args.most)
        model = as_model(data)
        before = after = 0.0
        right = wrong = 0
        for path in batch_files:
            gold = lt.gold_of(path)
            pred = specs[source][path.name]
            new = after_step(gold["description"], pred, model)
            before += score.score(gold, pred)["overall"]
            after += score.score(gold, new)["overall"]
            gained = len(missed_records(score, gold, pred)) - len(missed_records(score, gold, new))
            added = len(new["entities"]) - len(pred["entities"])
            right += gained
            wrong += added - gained
            if args.show:
                made = {e["name"] for e in new["entities"]} - {e["name"] for e in pred["entities"]}
                for name in sorted(made):
                    print(f"    {path.name}: {name}", flush=True)
        k = len(batch_files)
        print(
            f"| {batch} | {source} | {before / k:.4f} | {after / k:.4f} | {right} | {wrong} "
            f"| {data['threshold']} |",
            flush=True,
        )
        totals = [
            totals[0] + before / k,
            totals[1] + after / k,
            totals[2] + right,
            totals[3] + wrong,
        ]
        count += 1
    b, a, r, w = totals
    taken = r + w
    print(
        f"| mean | | {b / count:.4f} | {a / count:.4f} | {r:.0f} | {w:.0f} | |\n"
        f"gain {(a - b) / count:+.4f}, {r:.0f} right {w:.0f} wrong, precision "
        f"{r / taken if taken else float('nan'):.3f}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("command", choices=("train", "evaluate"))
    parser.add_argument("--batches", default="63-74", help="evaluate: the batches left out in turn")
    parser.add_argument("--hold-out", default="", help="batches never trained on, e.g. 75-78")
    parser.add_argument("--today", type=Path, default=Path("/tmp/learned_records_today.json"))
    parser.add_argument("--first", default="/tmp/learned_records_first_{batch}.json")
    parser.add_argument("--precision", type=float, default=0.7)
    parser.add_argument("--most", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="evaluate: print each added record")
    args = parser.parse_args(argv)
    (train if args.command == "train" else evaluate)(args)


if __name__ == "__main__":
    main()
