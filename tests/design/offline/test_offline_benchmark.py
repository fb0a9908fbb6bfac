"""End to end: every benchmark description designs into a valid spec that scores well.

Scored with the shared scorer (``shared/benchmarks/score_spec.py``, beside the repository, as
``benchmarks/designer.py`` uses it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from appwright.design.offline import design_app
from appwright.spec import load_spec

ROOT = Path(__file__).resolve().parents[3]


def _benchmark_module() -> ModuleType:
    # The benchmark scripts import their sibling helper module, as they do when run as scripts.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "designer_benchmark", ROOT / "benchmarks" / "designer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _benchmark_module()
DEV = bench.gold_files("dev")
HELDOUT = bench.gold_files("heldout")


@pytest.fixture(scope="module")
def score() -> Any:
    if not bench.SCORER.exists():
        pytest.fail(f"the shared scorer is missing: {bench.SCORER}")
    return bench.load_scorer()


def test_the_dev_set_is_there() -> None:
    assert len(DEV) >= 10, f"expected the shared dev set in {bench.SETS['dev']}"


@pytest.mark.parametrize("path", DEV, ids=[p.stem for p in DEV])
def test_dev_description_scores_at_least_0_8(path: Path, score: Any) -> None:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = design_app(gold["description"]).spec
    assert load_spec(spec.to_json_dict()) == spec
    figures = score(gold, spec.to_json_dict())
    assert figures["overall"] >= 0.8, figures


def test_dev_mean_reaches_the_target(score: Any) -> None:
    rows = bench.score_set("dev", score)
    assert bench.mean(rows, "overall") >= 0.85


# The held-out set is thousands of descriptions: designed once each, in interleaved shards so
# that pytest-xdist spreads them over its workers instead of leaving one to run them all.
HELDOUT_SHARDS = 8


def test_the_held_out_set_is_there() -> None:
    assert len(HELDOUT) >= 10 * HELDOUT_SHARDS


@pytest.mark.parametrize("shard", range(HELDOUT_SHARDS))
def test_held_out_descriptions_design_into_valid_specs_and_score_well(
    shard: int, score: Any
) -> None:
    overall: list[float] = []
    for path in HELDOUT[shard::HELDOUT_SHARDS]:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec = design_app(gold["description"]).spec
        assert load_spec(spec.to_json_dict()) == spec, path.name
        overall.append(score(gold, spec.to_json_dict())["overall"])
    assert sum(overall) / len(overall) >= 0.85


RAMBLING = bench.gold_files("rambling")


def test_a_rambling_rewrite_keeps_its_originals_gold() -> None:
    """Each rambling description is a held-out one told again: only its words (and its id)
    differ, so the same gold answer scores it."""
    assert len(RAMBLING) >= 30
    for path in RAMBLING:
        rewrite = yaml.safe_load(path.read_text(encoding="utf-8"))
        original = yaml.safe_load((bench.SETS["heldout"] / path.name).read_text(encoding="utf-8"))
        assert rewrite["id"] == f"{original['id']}_ramble", path.name
        assert rewrite["description"] != original["description"], path.name
        same = {k: v for k, v in rewrite.items() if k not in ("id", "description")}
        assert same == {k: v for k, v in original.items() if k not in ("id", "description")}


def test_every_held_out_batch_has_its_first_run_recorded() -> None:
    batches = {
        int(yaml.safe_load(path.read_text(encoding="utf-8")).get("batch", 0)) for path in HELDOUT
    } - {0}
    recorded = {int(row["batch"]) for row in bench.first_runs()}
    assert batches <= recorded, f"first run missing for batches {sorted(batches - recorded)}"
    assert all(0.0 <= float(row["overall"]) <= 1.0 for row in bench.first_runs())


def test_a_first_run_without_its_figure_is_named(tmp_path: Path, monkeypatch: Any) -> None:
    broken = tmp_path / "first_runs.yaml"
    broken.write_text("- batch: 40\n  descriptions: 12\n  note: no figure\n", encoding="utf-8")
    monkeypatch.setattr(bench, "FIRST_RUNS_FILE", broken)
    with pytest.raises(ValueError, match="overall"):
        bench.first_runs()
