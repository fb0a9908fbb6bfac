"""The rewordings of ``benchmarks/rewordings/`` keep what a description says, and the measure
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
rewordings = sys.modules["rewordings"]  # imported by the benchmark, from benchmarks/


def test_each_and_every_swap_but_times_stay() -> None:
    said = "Each order has a date. Every driver is checked every so often, every other week."
    assert rewordings.each_every(said) == (
        "Every order has a date. Each driver is checked every so often, every other week."
    )


def test_each_standing_alone_is_not_swapped() -> None:
    """*every* must stand before its noun: *drivers each get*, *each with* stay as written."""
    said = "Drivers each get a van, with stops, each with a time. Each of our vans has a plate."
    assert rewordings.each_every(said) == said


def test_we_becomes_i_with_its_possessives() -> None:
    assert rewordings.we_i("We keep our customers, and they pay us.") == (
        "I keep my customers, and they pay me."
    )


def test_the_keeping_verbs_turn_round_after_we() -> None:
    assert rewordings.keep_verbs(
        "we record the date, we note the time and we log a fee; a log"
    ) == ("we note the date, we log the time and we record a fee; a log")


def test_contractions_greeting_and_one() -> None:
    assert rewordings.contractions("it is late and they are out") == "it's late and they're out"
    assert rewordings.greeting("Orders have a date.") == "Hi there. Orders have a date."
    assert rewordings.belongs_to_one("each order belongs to a customer") == (
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


# ---- fields: how a record's field list is said ----------------------------------------------


def test_fields_each_has_becomes_for_each_we_keep() -> None:
    said = "Each tank has a code and a volume in litres. Every kiln has a name and a capacity."
    assert rewordings.fields_for_each_we_keep(said) == (
        "For each tank we keep a code and a volume in litres. "
        "For every kiln we keep a name and a capacity."
    )


def test_fields_a_second_predicate_or_records_it_has_are_not_reworded() -> None:
    """*..., and belongs to one patrol*, *comes from one supplier*, *several stops*, *one
    teacher*: not a field list alone, so the sentence stays as written."""
    said = (
        "Each scout has a name and a date of birth, and belongs to one patrol. "
        "Each product has a name, the kilos left and comes from one supplier. "
        "Each route has a code and several stops. Each group has a name and one teacher."
    )
    assert rewordings.fields_for_each_we_keep(said) == said
    assert rewordings.fields_we_keep_for_each(said) == said


def test_fields_plural_have_becomes_for_them_we_need() -> None:
    said = "Customers have a name, a phone and an email. Patrols just have a name and a colour."
    assert rewordings.fields_for_them_we_need(said) == (
        "For customers we need a name, a phone and an email. "
        "For patrols we just need a name and a colour."
    )
    # a plural subject's second act is no field list
    kept = "Landlords have a name, email and phone and own properties."
    assert rewordings.fields_for_them_we_need(kept) == kept


def test_fields_the_list_is_told_before_its_record() -> None:
    said = "Every tank has a code and a volume in litres. Drivers have a name and a phone number."
    assert rewordings.fields_we_keep_for_each(said) == (
        "We keep a code and a volume in litres for every tank. "
        "We keep a name and a phone number for each driver."
    )
    # an aside or a with after the last item would run into "for each ...": left as written
    aside = "Every tank has a name and a type, either pod or open room."
    assert rewordings.fields_we_keep_for_each(aside) == aside


def test_fields_each_has_becomes_each_needs() -> None:
    said = (
        "Each booking has a date and a start time. Each scout has a name, and belongs to a patrol."
    )
    assert rewordings.fields_each_needs(said) == (
        "Each booking needs a date and a start time. Each scout has a name, and belongs to a patrol."
    )


# links: how a link between two records is said (round 58, engineer c)


def test_links_belongs_to_is_said_as_linked_to_in_its_number() -> None:
    said = "Each van belongs to a depot. Drivers belong to one depot, which they belong to."
    assert rewordings.links_linked_to(said) == (
        "Each van is linked to a depot. Drivers are linked to one depot, which they belong to."
    )


def test_links_belongs_to_is_turned_round_into_has_many() -> None:
    assert rewordings.links_has_many(
        "Each site belongs to one client and has an address. An exam entry belongs to a pupil."
    ) == (
        "A client can have many sites, and each site has an address. A pupil can have many exam"
        " entries."
    )
    assert rewordings.links_has_many("Guests belong to a wedding, with a name and a meal.") == (
        "A wedding can have many guests, each with a name and a meal."
    )


def test_links_has_many_leaves_what_it_cannot_be_sure_of() -> None:
    """A relative clause on the subject, *one of our*, a list after the owner: as written."""
    said = (
        "Every pupil I see belongs to a school. Each skater belongs to one of our teams, which"
        " have a name. Each pet belongs to an owner with a name. Each one belongs to a client."
    )
    assert rewordings.links_has_many(said) == said


def test_links_has_many_is_turned_round_into_belongs_to() -> None:
    assert rewordings.links_belongs_to(
        "One customer can have several sites. Each owner can have several dogs, each with a name."
    ) == ("Each site belongs to a customer. Each dog belongs to an owner, with a name.")
    # the other side told after *and*: a many-to-many, left as written
    both = "A course can have several instructors, and an instructor teaches on many courses."
    assert rewordings.links_belongs_to(both) == both


def test_links_many_to_many_told_both_ways_is_said_in_one() -> None:
    assert rewordings.links_many_to_many(
        "Doors are fitted, so an installation can have several fitters and each fitter does many"
        " installations. Members go on many callouts, callouts have many members."
    ) == (
        "Doors are fitted, so installations and fitters are many to many."
        " Members and callouts are many to many."
    )
    # not mirrored (*riders* are not *members*): as written
    said = "Members come on many rides and every ride has many riders."
    assert rewordings.links_many_to_many(said) == said


# states: a status flow told *goes from A to B to C*, said in its twins (round 58, e)

_FLOW = "A job goes from booked to in the workshop, then ready and finally collected, or cancelled."


def test_a_flow_starts_as_its_first_state_then_becomes_the_rest() -> None:
    assert rewordings.states_starts_as(_FLOW) == (
        "A job starts as booked, then becomes in the workshop, then ready, then collected,"
        " or cancelled."
    )
    assert rewordings.states_starts_as("Quotes go from sent to either accepted or declined.") == (
        "Quotes start as sent and then become either accepted or declined."
    )


def test_a_flow_goes_by_arrows_and_is_first_then() -> None:
    assert rewordings.states_arrows(_FLOW) == (
        "A job goes booked → in the workshop → ready → collected, or cancelled."
    )
    assert rewordings.states_first_then(_FLOW) == (
        "A job is first booked, then in the workshop, then ready, and finally collected,"
        " or cancelled."
    )
    assert rewordings.states_first_then("Orders go from placed to paid.") == (
        "Orders are first placed and then paid."
    )


def test_a_from_to_that_is_no_certain_flow_stays() -> None:
    """Things with an article, one state twice, a state told with *to*, a choice of three after
    a bare comma, and steps that go on after a condition are left as written."""
    for said in (
        "The van goes from the depot to the customer.",
        "The cleaner moves from room to room.",
        "A repair goes from received to ready to collect and then collected.",
        "An incident goes from reported to passed to police, then closed.",
        "A complaint goes from received to warning issued, prosecution or no action.",
        "An entry moves from proposed to entered once paid and then to sat.",
    ):
        for reword in (
            rewordings.states_starts_as,
            rewordings.states_arrows,
            rewordings.states_first_then,
        ):
            assert reword(said) == said


def test_a_side_exit_after_a_flow_can_be_reached_at_any_point() -> None:
    assert rewordings.states_side_exit(
        "Gigs go from enquiry to booked to played, or get cancelled."
    ) == ("Gigs go from enquiry to booked to played, and they can be cancelled at any point.")
    # *or declined* after the last state may be its other choice: left as written
    said = "A request goes from requested to offered and then accepted, or declined."
    assert rewordings.states_side_exit(said) == said


# acts: records that arise from an act, and how a thing to track is opened (round 58, f)


def test_acts_when_and_each_time_are_swapped_only_where_a_sentence_opens_with_one_acting() -> None:
    assert rewordings.acts_when_each_time(
        "Tools have a name. When a member borrows a tool we record a loan."
    ) == ("Tools have a name. Each time a member borrows a tool we record a loan.")
    assert rewordings.acts_when_each_time("Whenever we lend one we log it.") == (
        "When we lend one we log it."
    )
    assert rewordings.acts_when_each_time("Every time I pick I log a harvest.") == (
        "When I pick I log a harvest."
    )
    # *when it comes to*, *when the season ends*, and a *when* inside a sentence keep their words
    for kept in (
        "When it comes to money we keep it simple.",
        "When the season ends we close.",
        "We log the date and when it came back.",
    ):
        assert rewordings.acts_when_each_time(kept) == kept


def test_acts_kept_when_puts_the_act_after_what_is_kept_of_it() -> None:
    assert rewordings.acts_kept_when(
        "Tools have a name. When someone borrows a tool we record a loan with the date. Bye."
    ) == ("Tools have a name. We record a loan with the date when someone borrows a tool. Bye.")
    assert rewordings.acts_kept_when("When an item sells, I note the price and the date.") == (
        "I note the price and the date when an item sells."
    )
    # a second clause, a pronoun that speaks of the act, or a condition of its own: left alone
    for kept in (
        "When a customer rings we take their name, and open a job with a date.",
        "When a charger breaks we log a fault on it with a date.",
        "When a customer rings we take a name, phone and address, and open a job.",
        "When the season ends we log the takings.",
    ):
        assert rewordings.acts_kept_when(kept) == kept


def test_acts_keep_track_and_track_are_swapped_after_a_wish() -> None:
    assert (
        rewordings.acts_keep_track("I need to keep track of my gigs.") == "I need to track my gigs."
    )
    assert rewordings.acts_keep_track("HR wants to track staff training.") == (
        "HR wants to keep track of staff training."
    )
    # what is not a wish of the app, or opens a list, keeps its words
    for kept in ("I can't keep track of it all.", "We track orders.", "I need to keep track of:"):
        assert rewordings.acts_keep_track(kept) == kept


def test_acts_record_each_time_puts_the_act_after_the_record_it_makes() -> None:
    assert rewordings.acts_record_each_time(
        "Houses have a name. Each time I do a house I log a visit with the date and the price."
    ) == ("Houses have a name. I log a visit each time I do a house, with the date and the price.")
    assert rewordings.acts_record_each_time(
        "When someone borrows a tool, we record a loan with the date."
    ) == ("We record a loan each time someone borrows a tool, with the date.")
    # a list that speaks of the act (*it*), goes on (*plus*, *, and*), or no record named
    for kept in (
        "When someone borrows a book we record a loan with the date it was borrowed.",
        "When a driver stops we log a visit with the date, plus the cash.",
        "When an item sells we note the date and the price.",
    ):
        assert rewordings.acts_record_each_time(kept) == kept


def test_acts_when_if_says_the_act_as_a_condition_only_before_what_we_keep() -> None:
    assert rewordings.acts_when_if(
        "Tools have a name. When a member borrows a tool we log a loan."
    ) == ("Tools have a name. If a member borrows a tool, we log a loan.")
    for kept in ("When a member borrows a tool, the loan is out.", "When we lend one we log it."):
        assert rewordings.acts_when_if(kept) == kept


def test_acts_keep_a_list_only_before_a_plural_the_owner_has() -> None:
    assert rewordings.acts_keep_a_list("I want to keep track of my gigs.") == (
        "I want to keep a list of my gigs."
    )
    for kept in ("I need to keep track of who comes.", "We need to keep track of stock."):
        assert rewordings.acts_keep_a_list(kept) == kept


def test_acts_the_app_holds_says_the_things_kept_of_the_app() -> None:
    assert rewordings.acts_the_app_holds("We need to track our kayaks, each with a length.") == (
        "The app should hold our kayaks, each with a length."
    )
    assert rewordings.acts_the_app_holds("I'm a DJ and want to keep track of my gigs.") == (
        "I'm a DJ and the app should hold my gigs."
    )
    for kept in ("We need to track stock.", "I can't keep track of my gigs."):
        assert rewordings.acts_the_app_holds(kept) == kept


# options: how a field's values and its kind are said


def test_options_of_after_a_word_for_a_quality_only() -> None:
    said = "Each job has a priority (low, high or urgent), a glass (coupe or flute) and a name."
    assert rewordings.options_of(said) == (
        "Each job has a priority of low, high or urgent, a glass (coupe or flute) and a name."
    )
    # an aside about the values is no bare choice, and a bracket the item goes on after stays
    aside = "a size (small, medium or large, we mostly sell medium) and a size (S or M) label"
    assert rewordings.options_of(aside) == aside


def test_options_that_can_be_keeps_every_bracket_of_values() -> None:
    said = "Each request has the room, a category (plumbing, electrics or heating), and notes."
    assert rewordings.options_that_can_be(said) == (
        "Each request has the room, a category that can be plumbing, electrics or heating, "
        "and notes."
    )
    assert rewordings.options_that_can_be("a difficulty (1 to 5).") == "a difficulty (1 to 5)."


def test_options_whether_only_as_an_item_of_a_list() -> None:
    said = (
        "Lanes have a number and a yes/no for whether bumpers are fitted, plus a flag for whether"
    )
    assert rewordings.options_whether(said + " it is lit.") == (
        "Lanes have a number and whether bumpers are fitted, plus whether it is lit."
    )
    alone = "every specimen needs a yes/no for whether it is protected"
    assert rewordings.options_whether(alone) == alone


def test_options_when_only_as_an_item_or_what_is_noted() -> None:
    said = "Members have a name and the date they joined; we note the date it was churned."
    assert rewordings.options_when(said) == (
        "Members have a name and when they joined; we note when it was churned."
    )
    kept = "every client gets a case with the date it was opened"
    assert rewordings.options_when(kept) == kept


# subjects: how the subject of a sentence is said (a plural, *each*, *a*), verb agreeing


def test_a_plural_subject_is_said_of_each_one() -> None:
    said = rewordings.plurals_have_each_has
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
    said = rewordings.each_a
    assert said("Each member has a name. Each order belongs to a customer.") == (
        "A member has a name. An order belongs to a customer."
    )
    assert said("Each item can be lent.") == "An item can be lent."
    for kept in ("Each one has a name.", "Each of them has a name.", "Each time we go."):
        assert said(kept) == kept


def test_each_subject_is_said_as_a_plural() -> None:
    said = rewordings.each_has_plurals_have
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


# The shapes of a whole description (round 58, g): bullets, terse notes, semicolons.


def test_shapes_bullets_keep_the_opening_and_list_the_rest() -> None:
    said = "We run a van hire. Each van has a plate and a model. Hires are for one van."
    assert rewordings.shapes_bullets(said) == (
        "We run a van hire.\n- Each van has a plate and a model\n- Hires are for one van"
    )
    assert rewordings.shapes_bullets("We run a van hire. Vans have a plate.") == (
        "We run a van hire. Vans have a plate."
    )  # an opening and one sentence is no list
    doubtful = "We hire vans, e.g. Transits. Each van has a plate. Hires are for one van."
    assert rewordings.shapes_bullets(doubtful) == doubtful


def test_shapes_terse_drops_the_verb_and_articles_of_a_plain_list() -> None:
    said = (
        "We run a van hire. Each van has a plate, a model and a daily rate. "
        "Drivers have a name, phone and their licence number. Each hire has one van and a date."
    )
    assert rewordings.shapes_terse(said) == (
        "We run a van hire. Van: plate, model, daily rate. "
        "Drivers: name, phone, licence number. Each hire has one van and a date."
    )
    unsure = (
        "Each van has a plate and a start and end date. Vans have a plate, which is new. "
        "Each van has a plate (long or short) and a type of fuel."
    )
    assert rewordings.shapes_terse(unsure) == unsure


def test_shapes_semicolons_split_and_join() -> None:
    said = "Each van has a plate; it is hired by the day (cash; card). Drivers have a name."
    assert rewordings.shapes_semicolon_split("Each van has a plate; it is hired by the day.") == (
        "Each van has a plate. It is hired by the day."
    )
    assert rewordings.shapes_semicolon_split(said) == said  # a semicolon inside a bracket
    joined = "Vans have a plate. Each driver has a name. Hires have a date. Drivers hire vans."
    assert rewordings.shapes_joined(joined) == (
        "Vans have a plate; each driver has a name. Hires have a date. Drivers hire vans."
    )
