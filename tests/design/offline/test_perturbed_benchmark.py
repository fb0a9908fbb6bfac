"""The rewordings of ``benchmarks/perturbed.py`` keep what a description says, and the measure
designs and scores both texts against the same gold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _perturbed_module() -> ModuleType:
    # The benchmark scripts import their sibling modules, as they do when run as scripts.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "perturbed_benchmark", ROOT / "benchmarks" / "perturbed.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up by name
    spec.loader.exec_module(module)
    return module


bench = _perturbed_module()


def test_each_and_every_swap_but_times_stay() -> None:
    said = "Each order has a date. Every driver is checked every so often, every other week."
    assert bench.each_every(said) == (
        "Every order has a date. Each driver is checked every so often, every other week."
    )


def test_each_standing_alone_is_not_swapped() -> None:
    """*every* must stand before its noun: *drivers each get*, *each with* stay as written."""
    said = "Drivers each get a van, with stops, each with a time. Each of our vans has a plate."
    assert bench.each_every(said) == said


def test_we_becomes_i_with_its_possessives() -> None:
    assert bench.we_i("We keep our customers, and they pay us.") == (
        "I keep my customers, and they pay me."
    )


def test_the_keeping_verbs_turn_round_after_we() -> None:
    assert bench.keep_verbs("we record the date, we note the time and we log a fee; a log") == (
        "we note the date, we log the time and we record a fee; a log"
    )


def test_contractions_greeting_and_one() -> None:
    assert bench.contractions("it is late and they are out") == "it's late and they're out"
    assert bench.greeting("Orders have a date.") == "Hi there. Orders have a date."
    assert bench.belongs_to_one("each order belongs to a customer") == (
        "each order belongs to one customer"
    )


def test_measure_scores_both_texts_against_the_same_gold(tmp_path: Path) -> None:
    gold = tmp_path / "orders.yaml"
    gold.write_text(
        "id: orders\n"
        "description: Each order belongs to a customer and has a date. Customers have a name.\n"
        "entities:\n  order: [date]\n  customer: [name]\n"
        "relationships:\n  - [order, customer, many_to_one]\n",
        encoding="utf-8",
    )
    results = bench.measure([gold])
    assert results["each ↔ every"].changed == 1
    assert results["contractions"].changed == 0  # nothing to contract: not counted
    row = results["belongs to a → one"]
    assert row.changed == 1 and row.before == 1.0 and row.after == 1.0 and row.worse == 0
    table = bench.markdown(results, 1)
    assert "| contractions | 0 | - | - | - | 0 |" in table
    assert "| belongs to a → one | 1 | 1.000 | 1.000 | 1.000 | 0 |" in table


def test_measure_lists_what_a_rewording_reads_worse(tmp_path: Path) -> None:
    """A rewording that loses a record names the description, with its score before and after."""
    gold = tmp_path / "orders.yaml"
    gold.write_text(
        "id: orders\ndescription: Orders have a date.\nentities:\n  order: [date]\n",
        encoding="utf-8",
    )
    lost = {"says nothing": lambda said: "Hello."}
    row = bench.measure([gold], lost)["says nothing"]
    assert row.worse == 1
    assert [(name, before) for name, before, _ in row.read_worse] == [("orders.yaml", 1.0)]
    assert row.read_worse[0][2] < 0.5


def test_one_kind_is_measured_alone_and_an_unknown_kind_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "orders.yaml"
    gold.write_text(
        "id: orders\ndescription: We sell. Each order has a date.\nentities:\n  order: [date]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(bench, "gold_files", lambda which: [gold] if which == "dev" else [])
    assert bench.main(["--kind", "every", "--worse"]) == 0
    printed = capsys.readouterr().out
    assert "each ↔ every" in printed and "we → I" not in printed
    with pytest.raises(SystemExit):
        bench.main(["--kind", "no such rewording"])
    assert "they are: each ↔ every" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        bench.main(["--kind", "every", "--write"])


# options: how a field's values and its kind are said


def test_options_of_after_a_word_for_a_quality_only() -> None:
    said = "Each job has a priority (low, high or urgent), a glass (coupe or flute) and a name."
    assert bench.options_of(said) == (
        "Each job has a priority of low, high or urgent, a glass (coupe or flute) and a name."
    )
    # an aside about the values is no bare choice, and a bracket the item goes on after stays
    aside = "a size (small, medium or large, we mostly sell medium) and a size (S or M) label"
    assert bench.options_of(aside) == aside


def test_options_that_can_be_keeps_every_bracket_of_values() -> None:
    said = "Each request has the room, a category (plumbing, electrics or heating), and notes."
    assert bench.options_that_can_be(said) == (
        "Each request has the room, a category that can be plumbing, electrics or heating, "
        "and notes."
    )
    assert bench.options_that_can_be("a difficulty (1 to 5).") == "a difficulty (1 to 5)."


def test_options_whether_only_as_an_item_of_a_list() -> None:
    said = (
        "Lanes have a number and a yes/no for whether bumpers are fitted, plus a flag for whether"
    )
    assert bench.options_whether(said + " it is lit.") == (
        "Lanes have a number and whether bumpers are fitted, plus whether it is lit."
    )
    alone = "every specimen needs a yes/no for whether it is protected"
    assert bench.options_whether(alone) == alone


def test_options_when_only_as_an_item_or_what_is_noted() -> None:
    said = "Members have a name and the date they joined; we note the date it was churned."
    assert bench.options_when(said) == (
        "Members have a name and when they joined; we note when it was churned."
    )
    kept = "every client gets a case with the date it was opened"
    assert bench.options_when(kept) == kept
