"""What training a learned designer step needs: the held-out descriptions by batch, the specs
the designer made of them (today's, and the one each batch was first scored with), the shared
scorer, and a logistic regression with a threshold set for a precision.

Used by ``scripts/train_learned_records.py``. Reads ``benchmarks/descriptions`` only, never
the dev set. numpy (which spaCy brings) is used here and only here: the designer reads the
weights in plain Python (``appwright.design.offline.learned_model``).
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import numpy as np
import yaml

from appwright.design.offline.learned_model import LogisticModel

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTIONS = ROOT / "benchmarks" / "descriptions"
FIRST_RUNS = ROOT / "benchmarks" / "first_runs.yaml"
SHARED = Path(os.environ.get("APPWRIGHT_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
SCORER = SHARED / "score_spec.py"
MIN_COUNT = 3
"""A feature seen on fewer candidates than this gets no weight."""
L2 = 2.0
ITERATIONS = 400
INNER_FOLDS = 4


class Labelled(Protocol):
    """One candidate of one description's spec, with whether the scorer counts it right."""

    @property
    def path(self) -> Path: ...
    @property
    def features(self) -> dict[str, float]: ...
    @property
    def label(self) -> int: ...
    @property
    def source(self) -> str: ...
    @property
    def group(self) -> tuple[Any, ...]:
        """Candidates of one group compete: only the best of a group is decided."""


def scorer() -> ModuleType:
    found = importlib.util.spec_from_file_location("score_spec", SCORER)
    if found is None or found.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


def batch_of(path: Path) -> int:
    """The batch a description came in (``bNN_``); 0 for the unprefixed first ones."""
    found = re.match(r"b(\d+)_", path.name)
    return int(found.group(1)) if found else 0


def batch_range(text: str) -> list[int]:
    """``63-74`` → 63..74; ``75`` → [75]; ``51-62,70`` → both."""
    out: list[int] = []
    for part in filter(None, text.split(",")):
        low, _, high = part.partition("-")
        out += range(int(low), int(high or low) + 1)
    return out


def gold_of(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- specs -----------------------------------------------------------------------------------


def today_specs(
    files: Sequence[Path], cache: Path | None, design: Callable[[str], dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each description's spec by ``design`` (today's designer without the step), cached by
    file name."""
    known: dict[str, dict[str, Any]] = {}
    if cache is not None and cache.exists():
        known = json.loads(cache.read_text(encoding="utf-8"))
    for path in files:
        if path.name not in known:
            known[path.name] = design(gold_of(path)["description"])
    if cache is not None:
        cache.write_text(json.dumps(known, sort_keys=True), encoding="utf-8")
    return known


# a first-run designer with the learned records step is run without it: the rows are what its
# readers left unused
_DESIGN_ALL = (
    "import inspect, json, sys, yaml\n"
    "from appwright.design.offline import design_app\n"
    "said = inspect.signature(design_app).parameters\n"
    "readers = {'learned': False} if 'learned' in said else {}\n"
    "out = {}\n"
    "for f in sys.argv[2:]:\n"
    "    g = yaml.safe_load(open(f, encoding='utf-8'))\n"
    "    try:\n"
    "        spec = design_app(g['description'], **readers).spec.to_json_dict()\n"
    "    except Exception:\n"
    "        spec = None\n"
    "    out[f.rsplit('/', 1)[-1]] = spec\n"
    "json.dump(out, open(sys.argv[1], 'w', encoding='utf-8'))\n"
)


def first_run_commits() -> dict[int, str]:
    """Each batch whose first-run note names the designer it was first scored with."""
    runs = yaml.safe_load(FIRST_RUNS.read_text(encoding="utf-8"))
    found = {}
    for run in runs:
        named = re.search(r"\(([0-9a-f]{7,40})\)", str(run.get("note", "")))
        if named:
            found[int(run["batch"])] = named.group(1)
    return found


def first_run_specs(files: Sequence[Path], pattern: str) -> dict[str, dict[str, Any]]:
    """Each description designed by the designer its batch was first scored with (the commit
    ``first_runs.yaml`` names, taken with ``git archive``): the specs an unseen description
    gets. Cached per batch in ``pattern`` (``/tmp/first_{batch}.json``); a description that
    designer failed on is left out."""
    commits = first_run_commits()
    known: dict[str, dict[str, Any] | None] = {}
    by_batch: dict[int, list[Path]] = {}
    for path in files:
        by_batch.setdefault(batch_of(path), []).append(path)
    for batch, paths in sorted(by_batch.items()):
        cache = Path(pattern.format(batch=batch))
        if not cache.exists() and batch in commits:
            _design_with(commits[batch], paths, cache)
        if cache.exists():
            known.update(json.loads(cache.read_text(encoding="utf-8")))
    return {name: spec for name, spec in known.items() if spec is not None}


def _design_with(commit: str, paths: list[Path], out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "src"], check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": str(Path(folder) / "src")}
        subprocess.run(
            [sys.executable, "-c", _DESIGN_ALL, str(out), *map(str, paths)], check=True, env=env
        )


# --- the model -------------------------------------------------------------------------------


def fit(rows: Sequence[Labelled]) -> tuple[dict[str, float], float]:
    """Logistic regression with an L2 penalty: full-batch Adam for a fixed number of steps
    from zero, so the same rows give the same weights."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row.features:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(names)}
    r, c, v = [], [], []
    for at, row in enumerate(rows):
        for name, value in sorted(row.features.items()):
            if name in index:
                r.append(at)
                c.append(index[name])
                v.append(value)
    rr, cc, vv = np.array(r, dtype=np.int64), np.array(c, dtype=np.int64), np.array(v)
    y = np.array([row.label for row in rows], dtype=float)
    n, d = len(rows), len(names)
    w, b = np.zeros(d), 0.0
    m, s, mb, sb = np.zeros(d), np.zeros(d), 0.0, 0.0
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, ITERATIONS + 1):
        z = np.bincount(rr, weights=vv * w[cc], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        error = p - y
        gw = np.bincount(cc, weights=vv * error[rr], minlength=d) / n + L2 * w / n
        gb = float(error.mean())
        m = beta1 * m + (1 - beta1) * gw
        s = beta2 * s + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        sb = beta2 * sb + (1 - beta2) * gb * gb
        fix1, fix2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m / fix1) / (np.sqrt(s / fix2) + eps)
        b -= rate * (mb / fix1) / (math.sqrt(sb / fix2) + eps)
    weights = {name: round(float(w[i]), 6) for name, i in index.items() if abs(w[i]) >= 1e-4}
    return weights, round(b, 6)


def threshold_for(rows: Sequence[Labelled], precision: float) -> float:
    """The lowest threshold at which out-of-fold precision (folds by batch) reaches
    ``precision`` with at least ten taken; above every score when none does. Measured on the
    first-run specs when there are any: those are what the step meets on unseen text."""
    batches = sorted({batch_of(row.path) for row in rows})
    measured = "first run" if any(row.source == "first run" for row in rows) else "today"
    scored: list[tuple[float, int]] = []
    for fold in range(INNER_FOLDS):
        held = {b for i, b in enumerate(batches) if i % INNER_FOLDS == fold}
        train = [row for row in rows if batch_of(row.path) not in held]
        test = [row for row in rows if batch_of(row.path) in held and row.source == measured]
        weights, bias = fit(train)
        model = LogisticModel(weights, bias, threshold=0.0)
        best: dict[tuple[Any, ...], tuple[float, int]] = {}
        for row in test:
            p = model.probability(row.features)
            if row.group not in best or p > best[row.group][0]:
                best[row.group] = (p, row.label)
        scored += best.values()
    scored.sort(key=lambda x: -x[0])
    chosen = 1.01
    right = 0
    for taken, (p, label) in enumerate(scored, start=1):
        right += label
        if taken >= 10 and right / taken >= precision:
            chosen = p
    return round(chosen, 6)
