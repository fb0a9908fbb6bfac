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


# The shapes of a whole description (round 58, g): bullets, terse notes, semicolons.


def test_shapes_bullets_keep_the_opening_and_list_the_rest() -> None:
    said = "We run a van hire. Each van has a plate and a model. Hires are for one van."
    assert bench.shapes_bullets(said) == (
        "We run a van hire.\n- Each van has a plate and a model\n- Hires are for one van"
    )
    assert bench.shapes_bullets("We run a van hire. Vans have a plate.") == (
        "We run a van hire. Vans have a plate."
    )  # an opening and one sentence is no list
    doubtful = "We hire vans, e.g. Transits. Each van has a plate. Hires are for one van."
    assert bench.shapes_bullets(doubtful) == doubtful


def test_shapes_terse_drops_the_verb_and_articles_of_a_plain_list() -> None:
    said = (
        "We run a van hire. Each van has a plate, a model and a daily rate. "
        "Drivers have a name, phone and their licence number. Each hire has one van and a date."
    )
    assert bench.shapes_terse(said) == (
        "We run a van hire. Van: plate, model, daily rate. "
        "Drivers: name, phone, licence number. Each hire has one van and a date."
    )
    unsure = (
        "Each van has a plate and a start and end date. Vans have a plate, which is new. "
        "Each van has a plate (long or short) and a type of fuel."
    )
    assert bench.shapes_terse(unsure) == unsure


def test_shapes_semicolons_split_and_join() -> None:
    said = "Each van has a plate; it is hired by the day (cash; card). Drivers have a name."
    assert bench.shapes_semicolon_split("Each van has a plate; it is hired by the day.") == (
        "Each van has a plate. It is hired by the day."
    )
    assert bench.shapes_semicolon_split(said) == said  # a semicolon inside a bracket
    joined = "Vans have a plate. Each driver has a name. Hires have a date. Drivers hire vans."
    assert bench.shapes_joined(joined) == (
        "Vans have a plate; each driver has a name. Hires have a date. Drivers hire vans."
    )
