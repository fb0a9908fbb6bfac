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


# subjects: how the subject of a sentence is said (a plural, *each*, *a*), verb agreeing


def test_a_plural_subject_is_said_of_each_one() -> None:
    said = bench.plurals_have_each_has
    assert said("Members have a name and an email. Pick-up points have a town.") == (
        "Each member has a name and an email. Each pick-up point has a town."
    )
    assert said("Staff members need a login.") == "Each staff member needs a login."
    # what they have is no count (*names*), a second predicate would not agree, the subject
    # is no plain noun or has no singular of its own: left as it is
    for kept in (
        "Members have names.",
        "Authors have a name and an email, and write manuscripts with a title.",
        "Tenants have a name and email, properties an address.",
        "Our members have a name.",
        "Most members have a car.",
        "People have a name.",
    ):
        assert said(kept) == kept


def test_each_subject_is_said_with_a() -> None:
    said = bench.each_a
    assert said("Each member has a name. Each order belongs to a customer.") == (
        "A member has a name. An order belongs to a customer."
    )
    assert said("Each item can be lent.") == "An item can be lent."
    for kept in ("Each one has a name.", "Each of them has a name.", "Each time we go."):
        assert said(kept) == kept


def test_each_subject_is_said_as_a_plural() -> None:
    said = bench.each_has_plurals_have
    assert said("Each member has a name. Each order belongs to a customer.") == (
        "Members have a name. Orders belong to a customer."
    )
    assert said("Each breeder colony can have several hives.") == (
        "Breeder colonies can have several hives."
    )
    for kept in (
        "Each exam has a date and takes place in one room.",
        "Each site has its own manager.",
        "Each site has a name, and it is open daily.",
        "Each one has a name.",
    ):
        assert said(kept) == kept
