"""Sentence simplification: a sentence rewritten into the plain clauses the readers know.

Every reader of the object model takes one clause with one subject and one predicate
(``a donation belongs to a donor``). People write several at once: ``a donation belongs to a
donor and is taken at a site``, ``after each round a member fills in a card``, ``members,
with a name, book a telescope``. Each rewrite here undoes one such *syntactic* habit, whatever
the domain, so that no reader has to know about it:

- two predicates sharing one subject become two clauses;
- a phrasal verb loses its particle (``fills in a card`` → ``fills a card``);
- a time phrase before a new subject is dropped (``after each round a member ...``);
- a collective noun is the record (``a batch of fish`` → ``a batch``);
- ``a priority of red, amber or green`` becomes ``a priority (red, amber or green)``;
- *gets* passives, a time's possessive, an apposed *with* list, and *they* are written plainly;
- the line that opens a bulleted list, and a header's relative clause (*boats we buy from:*);
- how owners talk: asides (*could be a pike, whatever*), *i have to*, the business they run,
  and what people give about themselves (*customers give us their name and phone*).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.all_of_its import all_of_its
from appwright.design.offline.arising_records import (
    comes_in_as,
    off_the_back_of,
    there_is_one_to_do_so,
    whenever_it_happens_log_it,
)
from appwright.design.offline.asides import (
    dashed_list_as_brackets,
    which_is_just_aside,
    with_its_list_aside,
    without_only_ones_aside,
)
from appwright.design.offline.clause_rewrites import per_clause, per_match, reordered
from appwright.design.offline.date_and_time import date_and_time_of_an_act
from appwright.design.offline.each_side import one_for_each_side
from appwright.design.offline.flow_wording import (
    acts_in_turn,
    done_without_now_and_then,
    ends_with_a_step,
    flow_after_their_act,
    mark_it_as_one_of,
    shows_whether_it_is,
    some_along_the_way,
    starts_before_done,
    step_without_when_or_how_often,
    stepping_from,
    steps_without_sometimes,
    they_start_as,
    waits_until_done,
    wanted_status,
    when_marked,
)
from appwright.design.offline.going_round import go_one_by_one, without_what_we_carry
from appwright.design.offline.grouped_into import grouped_into_which_is
from appwright.design.offline.header_heads import (
    clause_then_its_list,
    header_without_asides,
    header_without_examples,
    which_ones_listed,
)
from appwright.design.offline.held_at_ours import holds_one_at_one_of_ours
from appwright.design.offline.kinds_said import are_kinds_with
from appwright.design.offline.made_at_ones import holds_a_number_on_one, made_at_ones_with
from appwright.design.offline.named_as import we_call_them
from appwright.design.offline.our_whole import without_our_whole
from appwright.design.offline.passing_records import (
    act_against_one_with,
    acts_on_one_just_named,
    as_well_as_several,
    becomes_a_record,
    comes_out_of_one_with,
    done_and_we_note,
    enough_for_them,
    kept_against_one_with,
    know_which_it_came_from,
    logged_by_one_with,
    makes_one_where_we_put,
    marked_present,
    match_one_to_it,
    meet_each_and_record,
    on_one_we_note,
    one_has_several_of_them,
    one_of_them_done,
    one_on_another,
    pairing_makes,
    signs_up_with,
    someone_gets_in_touch,
    takes_a_turn_giving,
    the_ones_we_keep_each_have,
    the_two_of_them,
    their_own_list,
    theirs_entered_as,
    they_are_we_keep_for_them,
    visit_it_for,
    we_record_who_did_it,
    when_in_take_theirs,
    when_we_go_back,
    which_went_into_each,
    whose_we_hold,
)
from appwright.design.offline.people_told import logs_in, people_who_do, people_who_need
from appwright.design.offline.plain_wording import (
    a_few_as_several,
    a_list_of_each_with,
    a_one_gets_one_with,
    a_record_for_each,
    a_set_of_as_several,
    a_tick_for_whether,
    acts_on_a_date,
    and_each_one_is,
    and_say_which,
    and_that_goes,
    and_they_act_with,
    are_easy_just,
    attends_one,
    comes_from_one,
    comma_then_it_has,
    covers_one,
    date_without_purpose,
    details_of_the_one_who,
    done_by_ones_listed,
    each_in_the_unit,
    each_one_having,
    each_one_of_kinds,
    each_one_they_act_on,
    each_who_came,
    end_up_doing,
    ended_at_any_stage,
    examples_between_commas,
    for_each_each_ones,
    for_each_there_is_one,
    for_one_someone_notes,
    for_them_we_need,
    from_one_time_to_another,
    happens_on_a_when,
    header_of_notes,
    how_many_of_each_come,
    in_one_or_the_other,
    is_numbered,
    is_one_of_kinds,
    it_has_in_brackets,
    just_need,
    list_of_them_then_details,
    listed_status_which_goes,
    listed_then_given_to_one,
    made_up_of_each_with,
    most_of_them_as_they,
    named_once_with_bracket,
    one_on_one_on_a_date,
    one_particular,
    one_turns_up_in_several,
    ones_coming_along,
    ones_per_each,
    our_places,
    own_list_as_several,
    per_one_first,
    plain_about_who_sees,
    put_their_names_down,
    puts_one_on_one_for_a,
    several_left_unsaid,
    several_then_we_note_whether_it,
    so_each_one,
    someones_one_on,
    starts_as_then,
    status_which_moves,
    value_like_these,
    visits_on_one_where_we_log,
    we_need_in_brackets,
    when_we_make_one_of,
    where_we_write,
    whether_one_of,
    whether_without_yes_or_no,
    with_one_of_them,
    within_one_there_are,
    without_app_for_ours,
    without_each_time_we_go,
    without_how_many_aside,
    without_if_aside_in_flow,
    without_if_we_can_get_one,
    without_in_advance,
    without_out_of_hand,
    without_people_on_them,
    without_roughly,
    without_what_it_is_for,
    without_what_they_mostly_are,
    without_when_each_gets,
    without_where_we_are,
    without_who_gave_it,
    without_who_noticed_them,
)
from appwright.design.offline.points_at import points_at_one_with
from appwright.design.offline.record_wording import (
    and_can_name_the_one,
    and_for_each_of_theirs,
    and_its_part_has,
    aside_list_of_the_subject,
    book_a_place_at,
    book_onto_one,
    broken_down_into,
    by_them_then_theirs,
    can_be_done_and_the_act_has,
    done_against_one_by_another,
    done_and_jotted_down,
    each_recorded_against,
    each_time_is_one_with,
    enter_one_with_their_name,
    every_time_one_goes,
    for_a_place_in_one_on_one,
    gapped_has,
    gets_one_to_do,
    gives_each_one_a,
    hangs_off_one,
    header_for_each_one,
    is_one_and_with,
    is_one_on_one_date,
    kinds_each_with_in_brackets,
    listing_how_many_of_each,
    made_for_one_with,
    on_each_every_one_is_ticked,
    on_one_we_act_on_things_colon,
    one_doing_one_on_a_date,
    one_is_put_on_each,
    one_of_ours_does_each,
    one_records_a_thing_against,
    one_which_is_a_list,
    puts_one_in_for,
    run_by_one_of_ours_we_keep,
    runs_on_at_for,
    someone_does_one_with,
    split_into_ones,
    stuff_we_keep_as,
    themselves_are_just,
    there_are_the_ones,
    they_act_and_record,
    they_log_them_against,
    things_each_one_owns,
    through_a_record,
    ticked_as_done,
    we_act_on_things_colon,
    we_add_the_ones_to,
    we_put_one_in_one_for,
    we_set_a_target,
    when_one_comes_in_we_log_it,
    when_one_is_we_send,
    where_one_is_one_in_one,
    where_one_signs_in,
    which_of_them_did_it,
    which_ones_at_which,
)
from appwright.design.offline.recorded_against import against_one_and_another
from appwright.design.offline.text import (
    AUXILIARIES,
    FUNCTION_WORDS,
    PIECES,
    PREPOSITIONS,
    act_noun,
    act_or_irregular_noun,
    can_be_noun,
    can_be_verb,
    clauses,
    done_form,
    is_adverb,
    is_clause,
    is_past_participle,
    is_plural,
    leading_noun_phrase,
    names_a_doer,
    outside_brackets,
    parts_of_speech,
    plural,
    singular,
    singular_phrase,
    split_list,
    strip_determiners,
    verb_form,
    verb_lemma,
    word_set,
    words,
)
from appwright.design.offline.them_listed import (
    costs_a_value,
    done_for_a_number_of,
    for_the_ones_named,
    the_ones_each_has_done,
    then_their_which_has,
)
from appwright.design.offline.told_records import (
    asks_for_a_number,
    assigns_then_each,
    does_many_so_each,
    does_one_and_notes,
    done_every_so_note,
    for_each_counted,
    got_them_and_need,
    has_them_and_need,
    is_a_kind_for,
    keeps_a_roster,
    list_of_theirs,
    make_them_for,
    need_one_we_log,
    on_the_day,
    one_for_every,
    one_makes_one_for,
    one_of_ours_on,
    per_one_files,
    played_between,
    put_each_and_need,
    question_as_whether,
    saying_which,
    then_open_for_them,
    when_one_acts,
    when_we_write_up,
    which_did_each,
    which_did_which,
    which_one_did_it,
    which_plays_which,
    which_went_where,
    who_they_are,
)
from appwright.design.offline.two_kinds import which_of_the_two
from appwright.design.offline.types import UNIT_TYPES, infer_type


def simplify(sentence: str) -> str:
    """``sentence`` (normalized, lower case) as the plain clauses it holds, joined by ``; ``."""
    for rewrite in _REWRITES:
        sentence = rewrite(sentence)
    return sentence


def for_the_parse(sentence: str) -> str:
    """``sentence`` with the few rewrites the dependency parse needs before it looks for lists
    (the rest it reads as written): *crew members need a login to see their jobs* is people
    using the app, no login field; *a wig needs several fittings, and for each one ...* is
    each fitting; *a setup, which is standing or seated* gives the setup's values; *we store
    which member plays which part* is the casting's; *toppings such as pearls have ...* names
    no examples; *on every job the crew lists the trees they worked on: ...* and *orders come
    in for a customer with ...* are the trees' and the orders' lists; *a session has many
    attendees and each young person comes to many sessions* names no attendee record; *panels,
    recorded with a width and height in mm* are each panel's width in mm and height in mm; *staff
    inspect items and record the date, ...* is the inspection's list, *on a departure we
    allocate seats: ...* the allocation's; *certificates are done by
    engineers, and i keep their name* is each engineer's, *a tenancy has an end date, and
    its deposit records the amount held* the deposit's, *for each vehicle I want the make, and
    then all of its inspections, each with ...* the inspections', and *pick-up points are
    fixed stops with a town* each pick-up point's."""
    sentence = kept_against_one_with(has_plus_several(all_of_its(sentence)))
    sentence = logs_in(which_is_one_of(without_examples(without_denied_tie(sentence))))
    sentence = and_its_part_has(by_them_then_theirs(sentence))
    sentence = which_plays_which(for_each_counted(sentence))
    sentence = several_then_we_note_whether_it(each_in_the_unit(sentence))
    sentence = enter_one_with_their_name(where_one_is_one_in_one(sentence))
    sentence = on_one_we_act_on_things_colon(they_act_and_record(sentence))
    sentence = many_of_the_other(come_in_for_with(lists_the_things_done(sentence)))
    return are_kinds_with(sentence)


# --- one word or phrase -----------------------------------------------------------------------

_ADJECTIVE_PERSON = re.compile(r"\b(?P<kind>[a-z][\w\-]*)\s+(?:person|people|persons|individual)\b")


def adjective_as_noun(said: list[str]) -> list[str]:
    """``for every deceased person we keep ...`` with ``an arrangement is made for one
    deceased`` elsewhere: *every deceased*; the word the owner uses alone names the record."""
    text = " ".join(said)
    kinds = {
        kind
        for kind in (m["kind"] for m in _ADJECTIVE_PERSON.finditer(text))
        if kind not in FUNCTION_WORDS
        and re.search(
            rf"\b(?:one|a|an|the|each|every)\s+{re.escape(kind)}\b(?!\s+(?:person|people|persons|individual)\b)",
            text,
        )
    }
    if not kinds:
        return said
    named = re.compile(
        rf"\b(?P<kind>{'|'.join(map(re.escape, sorted(kinds)))})\s+(?:person|people|persons|individual)\b"
    )
    return [named.sub(r"\g<kind>", sentence) for sentence in said]


_GET_DONE = re.compile(r"\b(?P<get>gets|get|got)\s+(?P<done>[a-z]+)\b")
_SAME_FORM_DONE = word_set("put set cut shut spread cast")
"""Participles spelt as their verbs, which the dictionary test cannot tell: *gets put into*."""


_ON_A_VALUED = re.compile(
    r"\b(?:is|are)\s+on\s+(?P<what>(?:a|an|one)\s+[a-z][\w\-]*)\s+(?P<values>\([^()]*\bor\b[^()]*\))"
    r"(?P<with>\s+with\s+)?"
)


_SOLD_AT_A_PRICE = re.compile(
    r"\b(?P<be>is|are)\s+(?:sold|priced|charged|offered|rented|rented\s+out|hired|hired\s+out|let|"
    r"billed)\s+(?:at|for)\s+(?P<what>(?:a|an)\s+(?:[a-z]+\s+)?(?:price|rate|fee|cost|charge))\b"
)


_FROM_THEM_EACH_WITH = re.compile(
    r"\bfrom\s+(?P<who>(?:our\s+|the\s+)?[a-z][\w\-]*s),\s+each\s+with\s+"
    r"(?=(?:a|an|the|their|its)\s)"
)


def from_them_each_with(sentence: str) -> str:
    """``collects photos from students, each with a name and a grade``: *from students, who
    each have a name and a grade*; the *each* is the people it was taken from."""
    return _FROM_THEM_EACH_WITH.sub(
        lambda m: f"from {m['who']}, who each have " if is_plural(m["who"].split()[-1]) else m[0],
        sentence,
    )


_IS_JUST_A_LIST = re.compile(
    r"^(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:really\s+)?"
    r"(?:just|only|simply)\s+(?P<list>(?:a|an|the|its)\s+[^;]+(?:,|\sand\s)[^;]+)$"
)


def is_just_a_list(sentence: str) -> str:
    """``a publication is just a title, a cover price and the days it comes out``: *a
    publication has ...*; what a record *is just* is what it holds."""

    return per_match(sentence, _IS_JUST_A_LIST, lambda m: [f"{m['np']} has {m['list']}"])


_FOR_EACH_THEN_EACH_ONE = re.compile(
    r"^(?P<first>for\s+(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:we|i)\s+[^;]+?),\s+and\s+(?:each|every)\s+one\s+(?P<rest>(?:is|has|gets|belongs|"
    r"can|must|should|goes|moves)\b[^;]*)$"
)


def for_each_then_each_one(sentence: str) -> str:
    """``for each defibrillator we record a serial number, and each one is looked after by a
    guardian``: *...; each defibrillator is looked after by a guardian*."""
    match = _FOR_EACH_THEN_EACH_ONE.match(sentence)
    if match is None:
        return sentence
    return f"{match['first']}; each {match['np']} {match['rest']}"


_EITHER_KIND = re.compile(
    r"\b(?P<verb>uses|use|takes|take|comes\s+with|come\s+with|has|have)\s+either\s+(?:a|an)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+or\s+(?:(?:a|an)\s+)?(?P<other>[a-z][\w\-]*)\s+(?P<noun>[a-z][\w\-]*)"
    r"(?=\s*(?:[,;.]|$|\s+and\s))"
)
_LASTS_A_NUMBER_OF = re.compile(
    r"\b(?P<verb>lasts|last|runs\s+for|run\s+for|takes|take)\s+(?:a\s+(?:set\s+|given\s+)?number\s+of|"
    r"so\s+many|several)\s+(?P<unit>minutes|hours|days|weeks)\b"
)


_USES_A_VALUED = re.compile(
    r"\b(?P<verb>uses|use|follows|follow|comes\s+in|come\s+in)\s+"
    r"(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*(?::\s*[^;]*\bor\b|\([^()]*\bor\b[^()]*\)))"
)


def either_kind(sentence: str) -> str:
    """``a lesson uses either a manual or automatic transmission``: *has a transmission
    (manual or automatic)*; ``uses a format: british parliamentary or oxford``: *has a format:
    ...*; ``lasts a number of minutes``: *has a duration in minutes*."""
    sentence = _USES_A_VALUED.sub(
        lambda m: "has " if m["verb"].split()[0].endswith("s") else "have ", sentence
    )
    sentence = _EITHER_KIND.sub(
        lambda m: (
            f"{'has' if m['verb'].endswith('s') else 'have'} a {m['noun']} ({m['one']} or"
            f" {m['other']})"
        ),
        sentence,
    )
    return _LASTS_A_NUMBER_OF.sub(
        lambda m: (
            f"{'has' if m['verb'].split()[0].endswith('s') else 'have'} a duration in {m['unit']}"
        ),
        sentence,
    )


_DOING_GIVES_MANY = re.compile(
    r"^(?:(?:each|every)\s+time\s+(?:we|i)\s+[a-z]+|[a-z]+ing)\s+(?:a|an|each|every|the|one)\s+"
    r"(?P<whole>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gives|produces|yields|makes|creates|"
    r"results\s+in|turns\s+out|gives\s+us|we\s+get)\s+"
    r"(?P<many>(?:several|many|multiple|one\s+or\s+more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s+.+)$"
)


def doing_gives_many(sentence: str) -> str:
    """``sawing a log gives several board batches with a thickness``: *each log has several
    board batches with a thickness*; what working on a record yields is its own."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["whole"].split()[-1] in FUNCTION_WORDS:
            return None
        return [f"each {match['whole']} has {match['many']}"]

    return per_match(sentence, _DOING_GIVES_MANY, plain)


_ONE_WHERE_WE_KEEP = re.compile(
    r"(?P<before>\b(?:one|a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)),\s+(?:where|for\s+which|"
    r"of\s+which|and\s+for\s+each)\s+(?:we|i)\s+(?:(?:also|only|just)\s+)?"
    r"(?:keep|record|hold|store|note|track|log|list)\s+(?P<list>(?:the|a|an|its|their)\s+[^;]+)$"
)


def one_where_we_keep(sentence: str) -> str:
    """``every part is sprayed with one powder, where we keep the colour code and the kilos
    left``: *...; each powder has the colour code and the kilos left*."""

    def plain(clause: str) -> list[str]:
        match = _ONE_WHERE_WE_KEEP.search(clause)
        if match is None or match["thing"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        head = clause[: match.end("before")]
        return [head, f"each {match['thing']} has {match['list']}"]

    return per_clause(sentence, plain)


_JOINED_FOR = re.compile(r"^(?:and|but|so|also|plus)\s+(?=for\s+(?:the|each|every|a|an|our)\s)")


def without_joining_word(sentence: str) -> str:
    """``...; and for the hirer we only need name and phone``: *for the hirer we only need
    ...*; a clause cut from the one before keeps no joining word."""
    return per_clause(sentence, lambda clause: [_JOINED_FOR.sub("", clause)])


_THAT_HANGS_OFF = re.compile(
    r"^(?P<head>.*\b(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+.+?),?\s+and\s+(?:that|it|this)\s+"
    r"(?:should|must|needs\s+to|has\s+to|will|can)\s+(?:hang\s+off|belong\s+to|be\s+linked\s+to|"
    r"be\s+attached\s+to|attach\s+to|sit\s+under|go\s+against|be\s+tied\s+to|be\s+kept\s+against)\s+"
    r"(?:the|a|an|its|their)\s+(?P<target>[a-z][\w\-]*)$"
)


def that_hangs_off(sentence: str) -> str:
    """``write up an inspection with the date ..., and that should hang off the booking``:
    *...; each inspection belongs to one booking*; where the owner wants the record kept."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["record"] == match["target"]:
            return None
        return [match["head"], f"each {match['record']} belongs to one {match['target']}"]

    return per_match(sentence, _THAT_HANGS_OFF, plain)


_WHO_RECORDS_AGAINST_IT = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<subject>[a-z][\w\-]*)\s+(?:is|gets)\s+[a-z]+\s+to\s+"
    r"(?:a|an|one)\s+[a-z][\w\-]*),\s+who\s+(?:then\s+)?(?:records|logs|adds|notes|enters|writes\s+up)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|on|for)\s+(?:it|them)\s+with\s+"
    r"(?P<list>.+)$"
)


def who_records_against_it(sentence: str) -> str:
    """``each complaint is assigned to an officer, who records site visits against it with a
    date and notes``: *...; each site visit belongs to one complaint; each site visit has a
    date and notes*; what is logged against the record is the record's."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not is_plural(match["things"].split()[-1]):
            return None
        thing = singular(match["things"])
        return [
            match["head"],
            f"each {thing} belongs to one {match['subject']}",
            f"each {thing} has {match['list']}",
        ]

    return per_match(sentence, _WHO_RECORDS_AGAINST_IT, plain)


_AND_ITS_STAGE = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<pred>(?:is|are|gets|get)\s+[a-z]+\s+(?:to|into|in|at|on|with|for)\s+[^;]+?),?\s+and\s+"
    r"its\s+(?P<field>status|stage|state)\s+(?P<rest>(?:goes|moves|runs|passes|changes|starts)\s[^;]+)$"
)


def and_its_stage(sentence: str) -> str:
    """``a batch is stocked into a tank with a date, and its stage goes from eggs to fry``:
    *...; the batch's stage goes from eggs to fry*; *its* is the subject's, not the tank's."""

    def plain(match: re.Match[str]) -> list[str]:
        subject = match["subject"]
        record = subject.split(maxsplit=1)[1]
        return [f"{subject} {match['pred']}", f"the {record}'s {match['field']} {match['rest']}"]

    return per_match(sentence, _AND_ITS_STAGE, plain)


_BOUGHT_FROM_OURS = re.compile(
    r"^(?P<lead>(?:i|we)\s+(?:(?:also|then|just|usually)\s+)?)(?P<verb>order|buy|get|source|hire|rent|purchase)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+from\s+(?:my|our|the|one\s+of\s+(?:my|our)|several|various)\s+"
    r"(?P<sources>[a-z][\w\-]*s)\s+(?P<rest>(?:against|for|on)\s+.+)$"
)


def bought_from_ours(sentence: str) -> str:
    """``i order materials from my suppliers against each job, noting ...``: *i order
    materials against each job ...; each material belongs to one supplier*."""

    def plain(match: re.Match[str]) -> list[str]:
        thing, source = singular(match["things"]), singular(match["sources"])
        return [
            f"{match['lead']}{match['verb']} {match['things']} {match['rest']}",
            f"each {thing} belongs to one {source}",
        ]

    return per_match(sentence, _BOUGHT_FROM_OURS, plain)


_LISTS_THE_THINGS_DONE = re.compile(
    r"^(?:on|for|at|after)\s+(?:every|each)\s+(?P<whole>[a-z][\w\-]*)\s+(?:the\s+[a-z][\w\-]*|we|i|they)\s+"
    r"(?:lists?|records?|logs?|notes?|writes?\s+down)\s+(?:the|all\s+the|each\s+of\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:they|we|it|he|she)\s+[a-z]+(?:\s+(?:on|in|with|for|at|to))?\s*:\s+"
    r"(?P<list>[^;]+)$"
)


_EACH_LISTS_THE_THINGS_DONE = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:each|every)\s+(?P<whole>[a-z][\w\-]*)\s+"
    r"(?:lists|records|logs|notes|holds|shows)\s+"
    r"(?:the|all\s+the|each\s+of\s+the)\s+(?P<things>[a-z][\w\-]*s)"
    r"(?:\s+(?:they|we|i)\s+[a-z]+(?:\s+(?:on|in|with|for|at|to))?)?\s*(?:\s-|:)\s+"
    r"(?P<list>[^;]+?)(?:\s+-\s+(?:plus|and\s+also|and|as\s+well\s+as)\s+(?P<rest>[^;]+))?$"
)


def lists_the_things_done(sentence: str) -> str:
    """``on every job the crew lists the trees they worked on: species, height and ...``:
    *each job has several trees; each tree has species, height and ...*; so does ``each quote
    lists the windows we measured - room, width and ... - plus a total price``, whose words
    after the second dash are the quote's own."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not is_plural(match["things"]) or match["things"] in FUNCTION_WORDS:
            return None
        if re.search(r"\bor\b", outside_brackets(match["list"])):
            return None  # "lists the extras - gutter, fascia or soffit": which of them
        thing = singular(match["things"])
        rest = match.groupdict().get("rest")
        return [
            f"each {match['whole']} has several {match['things']}",
            f"each {thing} has {match['list']}",
            *([f"each {match['whole']} has {rest}"] if rest else []),
        ]

    sentence = per_match(sentence, _LISTS_THE_THINGS_DONE, plain)
    # the dashes would part the clauses: the whole sentence is read
    dashed = _EACH_LISTS_THE_THINGS_DONE.search(sentence)
    made = plain(dashed) if dashed else None
    if dashed is None or made is None:
        return sentence
    lead = "; " if dashed["lead"] else ""
    return sentence[: dashed.start()] + lead + "; ".join(made)


_RECORD_GIVES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+for\s+(?:a|an|one|each)\s+[a-z][\w\-]*)?)\s+"
    r"(?:gives|states|sets\s+out|spells\s+out)\s+(?=(?:the|a|an|its)\s[^;]*(?:,|\sand\s))"
)


def record_gives(sentence: str) -> str:
    """``a quote for a customer gives the surface, the area and the price``: *has the surface,
    ...*; what a written record gives is what it holds."""
    return per_clause(sentence, lambda clause: [_RECORD_GIVES.sub(r"\g<subject> has ", clause)])


_COME_IN_FOR_WITH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?:come|comes|arrive|arrives|are\s+placed|get\s+placed|are\s+booked)"
    r"(?:\s+in)?\s+for\s+(?:a|an|one)\s+(?P<whom>[a-z][\w\-]*)\s+with\s+(?P<list>[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:they|it)\s+[^;]+))?$"
)


def come_in_for_with(sentence: str) -> str:
    """``orders come in for a customer with the litres wanted and a delivery date, and they go
    from ordered to ...``: *each order belongs to one customer; each order has ...; orders go
    from ...*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["things"] == f"{match['whom']}s":
            return None
        thing, things = singular(match["things"]), match["things"]
        rest = [re.sub(r"^(?:they|it)\b", things, match["rest"])] if match["rest"] else []
        return [
            f"each {thing} belongs to one {match['whom']}",
            f"each {thing} has {match['list']}",
            *rest,
        ]

    return per_match(sentence, _COME_IN_FOR_WITH, plain)


def sold_at_a_price(sentence: str) -> str:
    """``products are sold at a fixed price and have a name``: *products have a fixed price
    and have a name*; what a thing is sold at is its price."""
    return _SOLD_AT_A_PRICE.sub(
        lambda m: f"{'has' if m['be'] == 'is' else 'have'} {m['what']}", sentence
    )


def on_a_valued(sentence: str) -> str:
    """``every website is on a plan (starter, business or pro) with a domain, ...``: *has a
    plan (starter, business or pro), a domain, ...*; a thing it is on, told by its values, is
    one of its fields."""
    return _ON_A_VALUED.sub(
        lambda m: f"has {m.group('what')} {m.group('values')}{', ' if m.group('with') else ''}",
        sentence,
    )


_NOUN = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_IS_FOR_KINDS = re.compile(
    rf"^(?P<subject>(?:each|every|a|an|the)\s+{_NOUN})\s+(?:is|are)\s+(?:always\s+)?for\s+"
    rf"(?:a|an)\s+(?P<kinds>{_NOUN}(?:,\s+(?:(?:a|an)\s+)?{_NOUN})+,?\s+or\s+(?:(?:a|an)\s+)?{_NOUN})"
    r"(?:,\s+with\s+(?P<rest>.+))?$"
)


def is_for_kinds(sentence: str) -> str:
    """``a commission is for a belt, wallet, bag or dog collar, with a colour``: *has a type
    (belt, wallet, bag or dog collar), a colour*; three or more kinds of one thing, each a
    single noun, are the values of its type."""

    def typed(clause: str) -> list[str]:
        match = _IS_FOR_KINDS.match(clause)
        if match is None:
            return [clause]
        kinds = [strip_determiners(kind) for kind in re.split(r",\s+|,?\s+or\s+", match["kinds"])]
        if any(is_plural(kind.split()[-1]) or not can_be_noun(kind.split()[-1]) for kind in kinds):
            return [clause]
        values = f"{', '.join(kinds[:-1])} or {kinds[-1]}"
        rest = f", {match['rest']}" if match["rest"] else ""
        return [f"{match['subject']} has a type ({values}){rest}"]

    return per_clause(sentence, typed)


def _belongs_to(record: str, *others: str) -> list[str]:
    """*each appointment belongs to one dog*, one clause for each record it holds one of."""
    return [f"each {record} belongs to one {other}" for other in others]


_WHO_DIED = re.compile(
    r"\b(?:the|a)\s+(?:person|pet|animal|man|woman|child|baby|one)\s+(?:who|that)\s+"
    r"(?:has\s+|had\s+)?(?:died|passed\s+away|passed\s+on)\b"
)


def the_deceased(sentence: str) -> str:
    """``the name of the person who has died``: *the name of the deceased*; the relative
    clause names the person, and its *has* is no record having something."""
    return _WHO_DIED.sub("the deceased", sentence)


_RIGHT_TO = re.compile(
    r"^(?:the\s+)?(?:right|rights|lease|licence|license|ownership|use)\s+(?:to|of|on)\s+"
    rf"(?=(?:a|an|each|every|one)\s+{_NOUN}\s+(?:is|are|can\s+be|gets|get)\s+[a-z]+\s+by\b)"
)


def without_right_to(sentence: str) -> str:
    """``the right to a plot is bought by a grant holder (name, email)``: *a plot is bought by
    a grant holder ...*; the right held is the record's tie to its holder, not a record."""
    return per_clause(sentence, lambda clause: [_RIGHT_TO.sub("", clause)])


_BOUGHT_IN_UNITS = re.compile(
    r"^(?:we|i)\s+(?:buy|get|keep|order|stock|store|hold|receive)\s+(?:our\s+|the\s+)?"
    r"(?P<stuff>[a-z][\w\-]*)\s+in\s+(?P<units>rolls|reels|boxes|packs|bags|sheets|tins|bottles|"
    r"cases|crates|tubs|sacks|drums|cans|bales|pallets|jars|cartons|barrels|kegs|skeins|spools)\s+"
    r"(?P<with>with|that\s+have|which\s+have)\s+(?P<rest>.+)$"
)


def bought_in_units(sentence: str) -> str:
    """``we buy vinyl in rolls with a colour, a width and the metres left``: *each vinyl roll
    has a colour, ...*; what the stock is kept by is the record, named by both."""

    return per_match(
        sentence,
        _BOUGHT_IN_UNITS,
        lambda m: [f"each {m['stuff']} {singular(m['units'])} has {m['rest']}"],
    )


_STOCK_HEADER = re.compile(
    r"^(?P<thing>[a-z][\w\-]*)\s+(?:stock|inventory)\s*:\s*"
    r"(?:(?P<item>[a-z][\w\-]*)(?=\s+(?:no\b|number\b|code\b|ref\b)))?"
)


def stock_header(sentence: str) -> str:
    """``glass stock: part no., description, qty in stock``: *glass parts: part no., ...*;
    the stock is kept as its items, named by what numbers them."""

    def items(match: re.Match[str]) -> str:
        item = match["item"]
        if item and item != match["thing"]:
            return f"{match['thing']} {plural(item)}: {item}"
        return f"{plural(match['thing'])}: {item or ''}"

    return _STOCK_HEADER.sub(items, sentence, count=1)


_FOR_THEM_IT_IS = re.compile(
    rf"^for\s+(?:the\s+|each\s+|every\s+|our\s+)?(?P<np>{_NOUN})\s*,?\s+it\s+is\s+"
    r"(?:just\s+|simply\s+|basically\s+|usually\s+)?(?P<listed>.+)$"
)


def for_them_it_is(sentence: str) -> str:
    """``for the dogs it's the name, the breed and any allergies``: *for each dog we keep the
    name, ...*; what is kept for each of them, said as what *it* is."""

    return per_match(
        sentence,
        _FOR_THEM_IT_IS,
        lambda m: [f"for each {singular_phrase(m['np'])} we keep {m['listed']}"],
    )


_IS_ONE_WITH_ONE = re.compile(
    rf"^(?:(?:then|and|so|also)\s+)?(?P<det>each|every|an?|the)\s+(?P<record>{_NOUN})\s+is\s+(?:for\s+)?one\s+(?P<one>{_NOUN})\s+"
    rf"(?:with|and|by|for)\s+one\s+(?P<other>{_NOUN}?)(?=\s+(?:on|at|in|with|for)\b|\s*,|\s*$)"
    r"(?P<rest>.*)$"
)


def is_one_with_one(sentence: str) -> str:
    """``each appointment is one dog with one groomer on a date, with the price``: *each
    appointment belongs to one dog; ... to one groomer; each appointment has a date, the
    price*; a record that pairs one of each, and what it holds."""

    def paired(match: re.Match[str]) -> list[str]:
        record = match["record"]
        said = _belongs_to(record, match["one"], match["other"])
        rest = match["rest"]
        held = re.match(r"^\s*,?\s*(?:on|at|in|for|with)\s+", rest)
        if not held:
            # "..., has a scheduled start and goes from ...": its own predicates follow
            told = rest.strip(" ,")
            return [*said, f"each {record} {told}"] if told else said
        rest = re.sub(r",\s*(?:and\s+)?with\s+", ", ", rest[held.end() :]).strip(" ,")
        return [*said, f"each {record} has {rest}"]

    return per_match(sentence, _IS_ONE_WITH_ONE, paired)


_ONE_OF_NAMED = re.compile(
    r"\bone\s+of\s+(?:the|our)\s+(?P<things>[a-z][\w\-]*s)\s*,\s+"
    r"(?P<named>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*,?\s+or\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?=,|;|$)"
)


def one_of_named(sentence: str) -> str:
    """``a booking is for one of the rooms, main hall, small hall or kitchen, on a date``:
    *a booking is for one room, on a date*; the rooms named are records of their own, not
    the booking's values."""
    return _ONE_OF_NAMED.sub(lambda m: f"one {singular(m['things'])}", sentence)


_ONE_OF_OURS_DOES_IT = re.compile(
    r"^(?P<who>one\s+of\s+(?:our|the)\s+[a-z][\w\-]*s)\s+(?P<acts>[a-z]+s)\s+it$"
)
"""``one of our hairdressers runs it``: who does the record just told."""
_FOR_ONE_ON_A_DAY = re.compile(
    rf"^(?:(?P<lead>[^:;]+):\s+)?(?P<subject>(?:each|every|a|an|the)\s+{_NOUN})\s+"
    r"(?:is|happens|takes\s+place|is\s+held)\s+"
    rf"(?P<link>for|from|at|in)\s+one\s+(?P<one>{_NOUN}),?\s+(?:on|at)\s+(?:a|an)\s+"
    r"(?:(?:set|given|fixed|agreed)\s+)?(?P<when>date|day|time|date\s+and\s+time)"
    r"(?:\s+with\s+(?P<rest>.+?))?(?P<after>,\s+and\s+.+|\s+and\s+(?=one\s+of\s).+)?$"
)


def for_one_on_a_day(sentence: str) -> str:
    """``a booking is for one room, on a date with a start and an end time``: *a booking is
    for one room; a booking has a date, a start and an end time*; when it is, its own (so is
    *a collection is from one henhouse on a date*, and *a hair day happens at one care home on
    a set date and one of our hairdressers runs it*, whose last clause is who runs the day)."""

    def dated(match: re.Match[str]) -> list[str]:
        subject = match["subject"]
        when = f"a {match['when']}"
        held = f"{when}, {match['rest']}" if match["rest"] else when
        after = (match["after"] or "").removeprefix(",").strip()
        after = re.sub(r"^and\s+", "", after)
        if re.match(r"(?:records|notes|logs|keeps|holds|lists|says|shows)\s", after):
            after = f"{subject} {after}"  # "..., and records how many eggs": the subject's
        does_it = _ONE_OF_OURS_DOES_IT.match(after)
        done = done_form(does_it["acts"]) if does_it else None
        if does_it and done:
            after = f"{subject} is {done} by {does_it['who']}"
        return [
            c
            for c in (
                match["lead"] or "",  # "we run hair days: a hair day ...": a clause of its own
                f"{subject} is {match['link']} one {match['one']}",
                f"{subject} has {held}",
                after,
            )
            if c
        ]

    return per_match(sentence, _FOR_ONE_ON_A_DAY, dated)


_KINDS_THEN_EACH = re.compile(
    r"^(?:we|i)\s+(?:have|have\s+got|stock|keep|hire\s+out|rent\s+out|lend\s+out)\s+"
    r"(?P<kinds>[a-z][\w\-]*s(?:,\s+[a-z][\w\-]*s)*,?\s+and\s+[a-z][\w\-]*s),\s+and\s+"
    r"(?P<rest>(?:every|each)\s+[a-z][\w\-]*\s+.+)$"
)


def kinds_then_each(sentence: str) -> str:
    """``we've got harnesses, shoes and helmets, and every item has a code``: *every item has
    a code*; the things listed first are the kinds of the record said next."""
    match = _KINDS_THEN_EACH.match(sentence)
    return match["rest"] if match else sentence


_LENT_TO = re.compile(
    r"^(?:every\s+time|each\s+time|whenever|when)\s+(?:something|anything|an?\s+[a-z][\w\-]*|one)"
    r"(?:'s|\s+is|\s+gets)\s+(?P<done>[a-z]+)(?:\s+out)?\s+to\s+(?:a|an)\s+(?P<who>[a-z][\w\-]*)"
    r",?\s+(?:we|i)\s+(?:log|record|note|write\s+down|keep|take)\s+(?P<listed>.+)$"
)


def lent_to_someone(sentence: str) -> str:
    """``every time something's lent out to a climber we log when it went out and when it
    came back``: *each loan is for one climber; each loan has ...*; the act is the record."""
    match = _LENT_TO.match(sentence)
    act = _act_done(match["done"]) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} is for one {match['who']}; each {act} has {match['listed']}"


_OPENING_ADVERB = re.compile(
    r"^(?:separately|additionally|also|besides|then|next|finally|on\s+top\s+of\s+that|"
    r"apart\s+from\s+that|as\s+well\s+as\s+that|alongside\s+that|in\s+addition|on\s+the\s+side)"
    r",?\s+(?=(?:i|we)\s+[a-z])"
    r"|^then,?\s+(?=(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:gets|is\s+given)\s)"
)


def without_opening_adverb(sentence: str) -> str:
    """``separately i record every silver purchase: ...``: *i record every silver purchase:
    ...*; the adverb ties the sentence to the last, and says nothing of the records."""
    return _OPENING_ADVERB.sub("", sentence, count=1)


_YES_OR_NO_REMARK = re.compile(
    r",?\s+(?:just\s+|only\s+|simply\s+)?a\s+yes\s+or\s+(?:a\s+)?no(?:\s+really)?\b"
)
_BEING_DONE = re.compile(
    r"\b(?P<noun>[a-z][\w\-]*)\s+being\s+(?P<done>[a-z]+(?:ed|en)|made|done|built|sold|sent|held|run)\b"
)
"""``the item being made``: the item made."""
_BRACKET_REMARK = re.compile(
    r",\s+(?:we|i|they)\s+[a-z]+\s+(?:them|it|those|these)(?:\s+[a-z]+)?(?=\))"
    r"|,\s+(?:that|which)\s+is\s+(?:the|our)\s+(?:scale|list|range|set)(?:\s+we\s+use)?(?=\))"
)


def without_remarks(sentence: str) -> str:
    """``whether they've paid, just a yes or no really``, ``the item being made`` and
    ``(paperweight, bauble or drinking glass, we rotate them)`` or ``(low, high or severe, that
    is the scale)``: the yes/no said as a yes/no,
    the item made, and the aside in the brackets gone; none is a value or a field."""
    sentence = _YES_OR_NO_REMARK.sub(" (yes/no)", sentence)
    sentence = _BEING_DONE.sub(r"\g<noun> \g<done>", sentence)
    return _BRACKET_REMARK.sub("", sentence)


_FOR_ONE_WHERE_WE_KEEP = re.compile(
    r"\b(?P<it>it|they)\s*(?:'s|'re|\s+is|\s+are)\s+for\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)"
    r"(?:,\s+[^,;]+,)?\s+(?:where|for\s+whom|of\s+whom|about\s+whom)\s+(?:i|we)\s+"
    r"(?:keep|note|record|take|hold|store|have)\s+(?P<listed>[^;]+)$"
)


def for_one_where_we_keep(sentence: str) -> str:
    """``..., and it's for a client, usually the couple, where i keep a contact name and an
    email``: *it is for one client; each client has a contact name and an email*; what is
    kept is the one it is for's."""
    return _FOR_ONE_WHERE_WE_KEEP.sub(
        lambda m: f"{m['it']} is for one {m['who']}; each {m['who']} has {m['listed']}", sentence
    )


_IS_FOR_ONE_LIST = re.compile(
    rf"^(?P<subject>(?:each|every|a|an|the)\s+{_NOUN})\s+(?:is|are)\s+for\s+(?:one|a|an)\s+"
    rf"(?P<other>{_NOUN})\s*:\s*(?P<items>.+,.+)$"
)


def is_for_one_list(sentence: str) -> str:
    """``a booking is for one service: the venue, the date of the service and the fee``: the
    list tells what the booking keeps when it speaks of *the service* it is; otherwise
    (``an order is for one customer: name, email``) what that other record keeps."""

    def listed(match: re.Match[str]) -> list[str]:
        other = strip_determiners(match["other"])
        if re.search(rf"\b(?:of|for)\s+the\s+{re.escape(other)}\b", match["items"]):
            return [f"{match['subject']} has {match['items']}"]
        return [
            f"{match['subject']} is for one {other}",
            f"each {other} has {match['items']}",
        ]

    return per_match(sentence, _IS_FOR_ONE_LIST, listed)


_WHICH_IS_ONE_OF = re.compile(
    # "a setup, which is ...", and a bare item of a list: "..., email and position, which is ..."
    r"\b(?P<field>(?:(?:a|an|the|its|their)\s+)?(?!(?:and|or|with)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:and|or)\b)[a-z][\w\-]*)?),\s+(?:which\s+(?:is|can\s+be)\s+"
    r"(?:either\s+|one\s+of\s+)?|either\s+)(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    r"(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})*,?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"(?=,\s+(?:and|but|while|because|since|as|so)\s|;|$)"
)


def which_is_one_of(sentence: str) -> str:
    """``each bay has a number and a setup, which is standing, seated or racing rig``: *a
    setup (standing, seated or racing rig)*; the values a field is said to take, also told
    after a comma alone (*a status, either on or called off*)."""
    return _WHICH_IS_ONE_OF.sub(lambda m: f"{m['field']} ({m['values']})", sentence)


_AT_AN_AGREED_PRICE = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<said>(?:is|are)\s+.+?)"
    r"\s+at\s+(?:a|an)\s+(?P<price>(?:agreed|fixed|set|quoted|negotiated)\s+(?:price|rate|fee|cost))$"
)


def at_an_agreed_price(sentence: str) -> str:
    """``each booking is for one farm on a given date at an agreed price``: *...; each booking
    has an agreed price*; a price said as where the deal stands is the record's field."""

    def priced(clause: str) -> list[str]:
        match = _AT_AN_AGREED_PRICE.match(clause)
        if match is None:
            return [clause]
        subject = match["subject"]
        return [f"{subject} {match['said']}", f"{subject} has an {match['price']}"]

    return per_clause(sentence, priced)


_ASIDE_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+|[,;]\s+)(?P<head>(?:for|about)\s+(?:the|our|all\s+the)\s+[a-z][\w\-]*s),\s+"
    r"(?:who|which)\s+(?:are|is)\s+"
    r"[^,;]+,\s+(?=(?:i|we)\s)"
)
_EACH_ONE_AFTER = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<said>[^;,]+)(?P<sep>;|,)\s+(?:and\s+)?for\s+each\s+one\b"
)


def for_each_one(sentence: str) -> str:
    """``for the carriers, who are mostly local teenagers, i need their name``: *for the
    carriers i need ...*; ``houses sit on a round; for each one i keep the address``: *...;
    for each house i keep ...*, the one being the records the clause before is about."""
    sentence = _ASIDE_RELATIVE.sub(
        lambda m: f"{'; ' if m.group('lead') else ''}{m.group('head')} ", sentence
    )
    return _EACH_ONE_AFTER.sub(
        lambda m: (
            f"{m.group('things')} {m.group('said')}{m.group('sep')} and for each"
            f" {singular(m.group('things'))}"
        ),
        sentence,
    )


_MADE_OF = re.compile(
    r"\b(?P<be>is|are)\s+made\s+of\s+(?=(?P<noun>[a-z][\w\-]*)\b(?:\s+(?P<second>[a-z][\w\-]*)\b)?)"
)
_THAT_NAME = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:that|which)\s+(?:name|list|give|state|say|show|specify)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def made_of_parts(sentence: str) -> str:
    """``each order is made of lines that name a product and a quantity``: *is made up of
    lines with a product and a quantity*; a record made of many others holds them, and what
    each part names is its list. A material (*made of oak*, *made of glass*) stays."""
    sentence = _MADE_OF.sub(
        lambda m: (
            f"{m['be']} made up of "
            if is_plural(m["noun"]) or (m["second"] and is_plural(m["second"]))
            else m[0]
        ),
        sentence,
    )
    return _THAT_NAME.sub(lambda m: f"{m['things']} with ", sentence)


_GETS_ONE = re.compile(
    r"^(?P<subject>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+gets\s+(?=(?:a|an|one)\s)"
)


def gets_one(sentence: str) -> str:
    """``every client gets a case with the date it was opened``: *has a case*; what a record
    gets is what it has."""
    return reordered(
        sentence, _GETS_ONE, lambda match, rest: f"{match.group('subject')} has {rest}"
    )


_USES_MANY_WITH = re.compile(
    r"\b(?:uses|use|needs|need|requires|require|consumes|consume)\s+"
    r"(?=(?:several|many|multiple|one or more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s)"
)


def uses_many_with(sentence: str) -> str:
    """``a display uses many products with a quantity``: *contains*; the quantity is each
    pairing's, as with any record that contains many others with a list."""
    return _USES_MANY_WITH.sub("contains ", sentence)


_OWN_RECORD = re.compile(
    r"(?:^|(?<=[;,:\-]\s))(?:that's|that is|it's|it is|which is|those are|they are)\s+"
    r"(?:its|their)\s+own\s+(?:record|records|thing|entry|entries)"
    r"(?:\s+(?:on|against|for|under|attached\s+to)\s+(?P<on>(?:the|a|an|each)\s+[a-z][\w\-]*))?"
    r"(?P<rest>\s*(?:,|;|$).*)$"
)
_NAMED_THING = re.compile(
    r"\b(?:a|an|the|one)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?=[;,]?\s*$)"
)


def own_record(sentence: str) -> str:
    """``we need a council permit; that's its own record on the order, with a permit
    number``: *a council permit belongs to the order; a council permit has a permit number*.
    The record is the thing named just before, not a *record*."""
    match = _OWN_RECORD.search(sentence)
    if match is None:
        return sentence
    before = sentence[: match.start()]
    named = _NAMED_THING.search(before.rstrip(" ,;:-"))
    if named is None:
        return sentence
    thing = f"a {named.group('np')}"
    plain = [before.rstrip(" ,;:-")]
    if match.group("on"):
        plain.append(f"{thing} belongs to {match.group('on')}")
    plain.extend(_listed(thing, match.group("rest")))
    return "; ".join(plain)


_TAKES_PLACE = re.compile(r"\b(?:takes|take|took)\s+place\s+(?=(?:in|at|on)\s)")


def happens_for_takes_place(sentence: str) -> str:
    """``each exam takes place in one room``: *happens in one room*; no *take* is kept."""
    return _TAKES_PLACE.sub("happens ", sentence)


_WHILE_IT_LASTS = re.compile(
    r"^(?:while|whilst|during the time)\s+(?P<det>a|an|each|every|the)\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?P<act>(?!is\b|are\b)[a-z]+(?:\s+(?!i\b|we\b)[a-z]+){0,4}?),?\s+(?P<we>i|we)\s+"
    r"(?P<verb>log|record|note|keep|track|write down|jot down)\s+(?P<each>every|each|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*)(?P<rest>\s+with\s.*)$"
)


def while_it_lasts(sentence: str) -> str:
    """``while a batch ages in the cave we log every turning with the date``: each turning is
    the batch's, logged while it lasts."""
    match = _WHILE_IT_LASTS.match(sentence)
    if match is None or verb_lemma(match.group("act").split()[0]) is None:
        return sentence
    y = match.group("y")
    return (
        f"{match.group('we')} {match.group('verb')} every {y}{match.group('rest')}; "
        f"each {y} belongs to a {match.group('x')}"
    )


_HEADER_EVENT = re.compile(
    r"^(?P<header>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(?:a|an|each|every)\s+"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)(?:\s+(?:out|in|up|back|on|off|over))?"
    r"\s+(?:a|an|one|the)\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)(?P<rest>\s*(?:,|$).*)$"
)
_ANY_THING = word_set("item thing one piece")
"""*takes out one item*: whatever thing it is, named elsewhere, no record of its own."""


def header_event(sentence: str) -> str:
    """``bookings: a guest books a session, with the number of places``: under a plural
    header, the act it names is one of those records, of both sides, with the list."""
    match = _HEADER_EVENT.match(sentence)
    if match is None:
        return sentence
    header = match.group("header")
    if not is_plural(header.split()[-1]) or verb_lemma(match.group("verb")) is None:
        return sentence
    one = f"each {singular_phrase(header)}"
    ends = [match.group(n) for n in ("who", "what") if match.group(n) not in _ANY_THING]
    owned = [f"{one} belongs to a {end}" for end in ends]
    return "; ".join([*owned, *_listed(one, match.group("rest"))])


_LOGGED_IN = re.compile(
    r"^(?P<det>every|each)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in|on|from|under|during)\s+"
    r"(?:a|an|the|each)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<rest>(?:is|gets)\s+(?:logged|recorded|noted|entered|listed|written\s+down)\s+with\s.*)$"
)


def logged_in(sentence: str) -> str:
    """``every blade in a drop-off gets logged with its kind``, ``each spraying visit under a
    plan is logged with the date``: each blade is logged, and is the drop-off's."""

    def plain(clause: str) -> list[str]:
        match = _LOGGED_IN.match(clause)
        if match is None:
            return [clause]
        x = match.group("x")
        return [
            f"{match.group('det')} {x} {match.group('rest')}",
            f"each {x} belongs to a {match.group('y')}",
        ]

    return per_clause(sentence, plain)


_A_SINGLE = re.compile(r"\ba\s+single\s+(?!(?:room|bed|bedroom|ticket|parent|malt)\b)(?=[a-z])")
"""(*a single room* is a kind of room.)"""


def one_for_a_single(sentence: str) -> str:
    """``is assigned a single lead firer``: *one lead firer*; *single* counts, it does not
    name the record."""
    return _A_SINGLE.sub("one ", sentence)


_NP = r"[a-z][\w\-]*(?:\s+(?!and\b|to\b|with\b)[a-z][\w\-]*)?"
_RECORD_SUBJECT = rf"(?P<subject>(?:each|every|a|an)\s+{_NP})"
_TIES = re.compile(
    rf"(?:^|(?<=, )(?:so |and |then )?){_RECORD_SUBJECT}\s+(?:ties|links|connects|pairs|matches|joins)\s+"
    rf"(?P<first>(?:a|an|one|the)\s+{_NP})\s+(?:to|with)\s+(?P<second>(?:a|an|one|the)\s+{_NP}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|one|the)\s+{_NP})*)"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*an order ties a customer to one skip, with a price*; *..., so a loan ties an item to a
member and a trip and has a returned tick box*: the record belongs to each of them."""
_IS_FOR_BOTH = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:is\s+(?:always\s+)?for|belongs\s+to)\s+"
    rf"(?P<first>(?:a|an|one|the)\s+{_NP})\s+and\s+(?:to\s+|for\s+)?"
    rf"(?P<second>(?:a|an|one|the|one\s+of\s+(?:our|the|my))\s+{_NP})"
    r"(?P<rest>\s*(?:,|$|and\s+(?:has|is)\s).*)$"
)
_SENDS_ONE_TO_ONE = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:sends|takes|brings|delivers|carries|ships)\s+(?P<first>one\s+{_NP})\s+"
    rf"to\s+(?P<second>one\s+{_NP})(?P<rest>\s*(?:,|$|and\s+(?:has|is|gets)\s).*)$"
)
"""*a shipment sends one box to one subscriber, with a tracking number*: the record that
moves one of a thing to one of another (not a doer's act: *a driver takes ...*)."""
_ONE_IN_ONE = re.compile(
    rf"^(?:(?:then|and|so|now)\s+)?{_RECORD_SUBJECT}\s+is\s+(?P<first>one\s+[a-z][\w\-]*(?:\s+(?![a-z]+ing\b)(?!and\b|to\b|with\b)[a-z][\w\-]*)?)\s+"
    r"(?:[a-z]+ing\s+(?:(?:in|back|over|along|round|up)\s+)?|(?:in|at|on|for|with|to)\s+)"
    rf"(?P<second>one\s+{_NP})(?P<rest>\s*(?:,|$|and\s+(?:has|is)\s).*)$"
)
"""*each entry is one exhibitor in one class*: the record is the meeting of the two."""
_ONE_OF_OURS = re.compile(
    rf"^{_RECORD_SUBJECT}\s+(?:gets|has|is given)\s+one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)"
    r"(?P<rest>\s*(?:,|$).*)$"
)
_REST_FIELDS = re.compile(
    r"^\s*,\s*(?:and\s+)?(?:just\s+|only\s+)?(?P<how>with|their|its)\s+(?P<list>.+)$"
)
_REST_WE_KEEP = re.compile(
    r"^\s*,?\s*(?:and|so)\s+(?:then\s+)?(?:we|i)\s+(?:also\s+)?(?:put|record|log|note|keep|take|"
    r"write|jot|enter|store)(?:\s+down)?\s+(?P<list>(?:the|a|an|its|their)\s.+)$"
)
"""``..., and we put down the weight, the date and ...``: what we keep for the record met."""


_LISTED_ENDS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|one|the)\s)")


def belongs_to_both(sentence: str) -> str:
    """``an order ties a customer to one skip, with a price`` and ``a booking is for one hut
    and one hirer``: the record belongs to both; ``every order gets one of our drivers, just
    their name and licence number``: it belongs to one of them, and the list is theirs."""

    def plain(clause: str) -> list[str]:
        header, colon, body = clause.rpartition(": ")
        if colon and len(header.split()) <= MAX_HEADER_WORDS + 1:
            # "oh, and drivers: every order gets one of our drivers, ...": the header goes
            rewritten = plain(body)
            return [clause] if rewritten == [body] else rewritten
        pair = (
            _TIES.search(clause)
            or _IS_FOR_BOTH.match(clause)
            or _one_in_one(clause)
            or _sends_one_to_one(clause)
        )
        if pair is not None:
            before = clause[: pair.start()].rstrip(" ,")
            subject = pair.group("subject")
            ends = [pair.group("first"), *_LISTED_ENDS.split(pair.group("second"))]
            owned = [f"{subject} belongs to {_one_of_ours(end)}" for end in ends]
            return [*([before] if before else []), *owned, *_listed(subject, pair.group("rest"))]
        one = _ONE_OF_OURS.match(clause)
        if one is None:
            return [clause]
        picked = singular(one.group("many"))
        subject = one.group("subject")
        listed = _listed(subject, one.group("rest"), owner=f"each {picked}")
        return [f"{subject} belongs to one {picked}", *listed]

    return per_clause(sentence, plain)


def _one_of_ours(phrase: str) -> str:
    """*one of our decorators* → *one decorator*."""
    many = re.match(r"^one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*)$", phrase)
    return f"one {singular(many.group('many'))}" if many else phrase


_WITH_A_LIST = re.compile(r",?\s+with\s+(?=(?:a|an|the|its)\s)")


def _sends_one_to_one(clause: str) -> re.Match[str] | None:
    # "... to one subscriber with a tracking number": the list, as after a comma
    listed = _WITH_A_LIST.sub(", with ", clause, count=1)
    match = _SENDS_ONE_TO_ONE.match(listed)
    if match is None or names_a_doer(match.group("subject").split()[-1]):
        return None
    return match


def _one_in_one(clause: str) -> re.Match[str] | None:
    match = _ONE_IN_ONE.match(clause)
    if match is None:
        return None
    heads = (match.group(n).split()[-1] for n in ("first", "second"))
    # "each booking is one night at one site": a time or a measure is no record
    return None if any(h in TIME_WORDS or h in UNIT_TYPES for h in heads) else match


_LIST_END = re.compile(r",\s+(?:and|but|so)\s+(?=(?:at|in|on|for|i|we|then|every|each|once)\b)")
"""Where a list ends and a clause of its own begins (*..., and at the end of the month i ...*)."""


def _listed(subject: str, rest: str, *, owner: str | None = None) -> list[str]:
    """The clause a trailing ``, with ...`` (the subject's) or ``, just their ...`` (``owner``'s)
    list makes; the rest of the clause as it was when it is no list."""
    if not rest.strip(" ,"):
        return []
    if rest.lstrip().startswith("and "):
        # "... and one crew and has the date": the subject's second predicate
        return [f"{subject} {rest.lstrip().removeprefix('and ')}"]
    listed = _REST_FIELDS.match(rest)
    if listed is None:
        kept = _REST_WE_KEEP.match(rest)
        return [f"{subject} has {kept.group('list')}" if kept else rest.strip(" ,")]
    holder = owner if owner and listed.group("how") == "their" else subject
    items, *after = _LIST_END.split(listed.group("list"), maxsplit=1)
    return [f"{holder} has {items}", *after]


def plain_passive(sentence: str) -> str:
    """``every treatment gets logged against a block``: the passive with *is*, as the readers
    of passives expect it."""

    def plain(match: re.Match[str]) -> str:
        if (
            not is_past_participle(match.group("done"))
            and match.group("done") not in _SAME_FORM_DONE
        ):
            return match.group(0)
        return f"{'are' if match.group('get') == 'get' else 'is'} {match.group('done')}"

    return _GET_DONE.sub(plain, sentence)


_TIME_POSSESSIVE = re.compile(
    r"\b(?P<det>each|every)\s+(?:day|week|night|month|year|morning|evening|shift)'s\s+(?=[a-z])"
)


_TO_US = re.compile(r"\b(?P<done>[a-z]+)\s+(?:to|for)\s+us\s+(?=(?:by|from|through|via)\s)")


def without_to_us(sentence: str) -> str:
    """``households are referred to us by an agency``: *referred by an agency*; ``a customer
    brings us their van``: *brings in their van*; who the business is goes without saying."""

    def plain(match: re.Match[str]) -> str:
        done = match.group("done")
        return f"{done} " if is_past_participle(done) else match.group(0)

    sentence = _TO_US.sub(plain, sentence)
    return _BRINGS_US.sub(r"\g<verb> in ", sentence)


_BRINGS_US = re.compile(r"\b(?P<verb>brings?|bring)\s+us\s+(?=(?:their|his|her|its|a|an)\s)")


def without_time_possessive(sentence: str) -> str:
    """``each day's pick is recorded``: one pick each day, a pick record."""
    return _TIME_POSSESSIVE.sub(r"\g<det> ", sentence)


PARTICLE_VERBS = word_set("fill write hand send type key turn put jot note sign")
"""Verbs whose particle adds nothing a record needs (*fill in a form*, *write up a report*)."""
_PARTICLE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:in|out|up|down)\s+(?=(?:a|an|the|each|every|their|its|his|her)\s)"
)


def without_particle(sentence: str) -> str:
    """``a member fills in a score card with ...``: *fills a score card with ...*; a plural act
    with *their* list keeps its particle, which the readers of people's acts know; *pair them
    up with mentors* is *pair them with mentors*."""

    def plain(match: re.Match[str]) -> str:
        verb = match.group("verb")
        if (verb_lemma(verb) or verb) not in PARTICLE_VERBS:
            return match.group(0)
        if verb == verb_lemma(verb) and " with their " in sentence[match.end() :]:
            return match.group(0)  # "adopters fill in a form with their name": the readers of
            # people's acts know whose the list is
        return f"{verb} "

    return _PRONOUN_PARTICLE.sub(r" \g<pronoun> ", _PARTICLE.sub(plain, sentence))


_PRONOUN_PARTICLE = re.compile(
    r"(?<=[a-z])\s+(?P<pronoun>them|it|him|her|us)\s+(?:up|in|out|off|over|back|down)\s+"
    r"(?=(?:with|to|for|against|into|onto|from)\s)"
)
"""*pair them up with mentors*: the particle after a pronoun is no record (*up*)."""


_PASSIVE_PARTICLE = re.compile(
    r"\b(?P<be>is|are|was|were|gets|get|and)\s+(?P<done>[a-z]+)\s+(?:after|over|up|out|off|on)"
    r"\s+by\b"
)


def without_passive_particle(sentence: str) -> str:
    """``every enclosure is looked after by one keeper``: *is looked by one keeper*, the
    passive every reader of who-does-what takes; so is a second passive (*is logged at an
    event and taken on by one fixer*)."""

    def plain(match: re.Match[str]) -> str:
        be = match.group("be")
        if be == "and":
            if not is_past_participle(match.group("done")):
                return match.group(0)
            # "and is taken by": the second predicate, as the clause splitter knows it
            many = re.search(r"\b(?:are|were)\b", sentence[: match.start()])
            be = "and are" if many else "and is"
        return f"{be} {match.group('done')} by"

    return _PASSIVE_PARTICLE.sub(plain, sentence)


COLLECTIVE_NOUNS = word_set(
    "batch batches lot lots flock flocks herd herds litter litters brood broods clutch "
    "clutches swarm swarms colony colonies consignment consignments shipment shipments"
)
"""Nouns that are the record of a group (*a batch of fish* is a batch), unlike containers
(*a list of companies* is about companies)."""
_COLLECTED = re.compile(
    r"\b(?P<head>[a-z]+)\s+of\s+(?!(?:a|an|the|each|every|our|their|its|one)\b)[a-z]+\b"
)
"""*a batch of fish*; not *a batch of a beer*, which names the beer it is a batch of."""


def collective_head(sentence: str) -> str:
    """``a batch of fish is stocked into a tank``: *a batch is stocked ...*; the batch is the
    record, its fish are what it counts."""

    def head(match: re.Match[str]) -> str:
        if match.group("head") not in COLLECTIVE_NOUNS or match.start() == 0:
            return match.group(0)
        before = words(sentence[: match.start()])
        return match.group("head") if before[-1:] and before[-1] in _ARTICLES else match.group(0)

    return _COLLECTED.sub(head, sentence)


_ARTICLES = word_set("a an the each every one")
_VALUES_OF = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<field>(?:[a-z]+\s+)?[a-z]+)\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)\b"
    r"(?P<more>\s+with\s+[a-z][\w\-]*\b)?"
)


_TWO_VALUES_OF = re.compile(
    r"\b(?P<det>a|an)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s+(?!or\b)[a-z][\w\-]*){0,3}\s+or\s+[a-z][\w\-]*"
    r"(?:\s+(?!and\b)[a-z][\w\-]*){0,3}?)(?=\s*(?:,|;|$)|\s+and\s)"
)
"""*a payment method of cash or card*, *a delivery method of collect at the gym or post*."""
_CHOICE_HEADS = word_set(
    "method type kind mode size level grade class category choice option format style colour "
    "color basis status priority tier plan rating band outcome result gender side shift "
    "recommendation verdict decision"
)
"""Heads of a field whose two values may follow *of* (*a payment method of cash or card*)."""


def _bracketed_values(match: re.Match[str]) -> str:
    """*a result of pass, fail or pass with advisories*: a value said again with more to it is
    a value of its own, *with* and all; otherwise what follows *with* is the record's."""
    values, more = match["values"], match["more"] or ""
    said = re.split(r"\s*,\s*|,?\s+or\s+", values)
    if more and said[-1] in said[:-1]:
        return f"{match['det']} {match['field']} ({values}{more})"
    return f"{match['det']} {match['field']} ({values}){more}"


_PHRASE_VALUES_OF = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<field>(?:[a-z]+\s+)?(?P<head>[a-z]+))\s+of\s+"
    r"(?P<values>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:\s*,\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})+"
    r",?\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s*(?:[,;.]|$)|\s+and\s+(?:a|an|the|its)\s)"
)
"""``a cover level of accident only, time limited or lifetime``: values of several words, after
a word for a choice."""


def values_of(sentence: str) -> str:
    """``a priority of red, amber or green`` and ``a payment method of cash or card``: the
    field and its values, in brackets; two values only after a word for a choice, since
    *a list of members or guests* names no values."""
    sentence = _PHRASE_VALUES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})" if m["head"] in _CHOICE_HEADS else m[0]
        ),
        sentence,
    )
    sentence = _VALUES_OF.sub(_bracketed_values, sentence)
    return _TWO_VALUES_OF.sub(
        lambda m: (
            f"{m['det']} {m['field']} ({m['values']})" if m["head"] in _CHOICE_HEADS else m[0]
        ),
        sentence,
    )


_VALUE = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_VALUES_TOLD = re.compile(
    r"\b(?P<field>[a-z][\w\-]*)\s+(?:that|which)(?:'s|\s+is|\s+can\s+be)\s+"
    rf"(?:(?:either|one\s+of)\s+(?P<either>{_VALUE}(?:\s*,\s*{_VALUE})*,?\s+or\s+{_VALUE})"
    rf"|(?P<listed>{_VALUE}(?:\s*,\s*{_VALUE})+,?\s+or\s+{_VALUE}))"
    r"(?=\s*(?:[,;:.]|\s(?:and|but|so)\s|$))"
)
"""*a time slot that's either sunrise or evening*, *a size that can be small, medium or
large*: two values need *either*, three make a list by themselves."""


def told_values(sentence: str) -> str:
    """``a time slot that's either sunrise or evening``: *a time slot (sunrise or evening)*, the
    bracketed values every field reader takes."""

    def bracketed(match: re.Match[str]) -> str:
        return f"{match.group('field')} ({match.group('either') or match.group('listed')})"

    return _VALUES_TOLD.sub(bracketed, sentence)


_PICKED_FROM = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:picked|chosen|selected|taken|drawn)\s+from\s+"
    r"(?:our|the|their|your|a)\s+(?P<source>[a-z][\w\-]*)(?:\s+(?:list|register|roster|pool|table))?"
    r"\b"
)


def picked_from(sentence: str) -> str:
    """``a job has a start date and a crew leader picked from our staff list``: *a job has a
    start date and a staff; a job belongs to a staff*, the record the field points at."""

    def linked(part: str) -> list[str]:
        match = _PICKED_FROM.search(part)
        tokens = words(part)
        subject = leading_noun_phrase(tokens) if tokens[:1] and tokens[0] in _ARTICLES else ""
        if not match or not subject:
            return [part]
        source = singular(match.group("source"))
        return [
            f"{part[: match.start()]}a {source}{part[match.end() :]}",
            f"{tokens[0]} {subject} belongs to a {source}",
        ]

    return per_clause(sentence, linked)


_CONDITION = re.compile(
    r"(?<=[a-z])\s+(?:if|when|once|unless)\s+(?:they|she|he|it|we|you|the|there|any|one|someone)\b"
    r"[^,;:()]*?(?=\s*(?:[,;:)]|$|\s(?:and|plus)\s+(?:a|an|the|their|its|how|whether|what)\s))"
)
_JOINING = word_set("and or but also plus")
_LISTED_BEFORE = re.compile(
    r"\b(?:has|have|with|plus|and|keep|record|need|note|log)\s+(?:a|an|the|their|its)\s+[a-z]"
)
"""A condition only counts inside a list of what is kept, after the things it is about."""


def without_condition(sentence: str) -> str:
    """``a name if the kids have given her one, and a date of birth``: *a name, and a date of
    birth*; the field is kept whatever the condition, and the condition names no field."""

    def dropped(match: re.Match[str]) -> str:
        before = sentence[: match.start()]
        if words(before)[-1:] and words(before)[-1] in _JOINING:
            return match.group(0)  # "a number, the zone and if it has a monitor": a field
        return "" if _LISTED_BEFORE.search(before.rsplit(";", 1)[-1]) else match.group(0)

    return _CONDITION.sub(dropped, sentence)


_TELLING = (
    r"(?:giving|recording|noting|stating|including|listing|showing|logging|saying|"
    r"specifying|ticking|marking|choosing|picking)"
)
_PARTICIPLE_LIST = re.compile(
    rf",\s+{_TELLING}\s+(?=(?:the|a|an|their|its|how|whether|what|when)\s)"
)
_AND_TELLING = re.compile(rf",?\s+and\s+{_TELLING}\s+(?=(?:the|a|an|their|its|how|whether)\s)")


def participle_list(sentence: str) -> str:
    """``members list the stamps, giving the country, year of issue and a value``: *members
    list the stamps with the country, ...*; the participle introduces the stamps' fields, and
    a second one (*..., and ticking whether ...*) goes on with the same list."""
    listed = _PARTICIPLE_LIST.search(sentence)
    if listed is None:
        return sentence
    rest = _AND_TELLING.sub(" and ", sentence[listed.end() :])
    return f"{sentence[: listed.start()]} with {rest}"


_ADVERB_AFTER_US = re.compile(
    r"\b(?P<us>i|we)\s+(?:just|also|usually|always|simply|basically|normally|then|often)\s+"
    r"(?=[a-z])"
)
_WE_KEEP = "need|keep|record|take|want|note|store|log|track"
"""The verbs an owner says what is kept with (*for an exhibitor i need ...*), for the rewrites
that find a field list after them."""
_THEN_AFTER_PEOPLE = re.compile(
    r"(?P<people>(?:^|[;,]\s*|\band\s+)(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+then\s+(?=[a-z]+\s)"
)


_FOR_ONE = re.compile(
    r"(?P<lead>^|,\s*(?:and\s+)?)for\s+(?:a|an|any)\s+(?P<np>[a-z][\w\-]*)\s+"
    rf"(?=(?:we|i)\s+(?:only\s+|just\s+|also\s+)?(?:{_WE_KEEP})\b)"
)


_PEOPLE_ARE_SO = re.compile(
    r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+are\s+(?:(?:all|mostly|just)\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s\s*,?\s+so\s+(?:i|we)\s+(?:only\s+|just\s+)?"
    rf"(?:{_WE_KEEP})\s+(?:their\s+)?(?P<list>[a-z].+)$"
)


def people_are_so(sentence: str) -> str:
    """``shoppers are freelancers, so i only need their name, phone and paypal email``:
    *shoppers have a name, phone and paypal email*; what they are says why so little is kept."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_ARE_SO.match(clause)
        if match is None or not is_plural(match.group("people").split()[-1]):
            return [clause]
        return [f"{match.group('people')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_PEOPLE_ACT_WE_KEEP = re.compile(
    r"^(?:then\s+|and\s+)?(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+"
    r"(?P<object>them|it|(?:a|an|the|one|our)\s+[a-z][\w\-]*)\s*,\s*and\s+(?:i|we)\s+"
    rf"(?:only\s+|just\s+|also\s+)?(?:{_WE_KEEP})\s+their\s+(?P<list>.+?)"
    r"(?:,\s+and\s+(?P<rest>(?:when|whenever|once|if|then|each|every|we|i)\b.*))?$"
)


def people_act_we_keep(sentence: str) -> str:
    """``then customers rent them, and we need their name, email and phone, and when ...``:
    *customers rent them; customers have name, email and phone; when ...*, *their* the people
    just named, not what they act on."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_ACT_WE_KEEP.match(clause)
        if match is None:
            return [clause]
        people, verb = match.group("people"), match.group("verb")
        if not is_plural(people.split()[-1]) or verb_lemma(verb) != verb or not can_be_verb(verb):
            return [clause]
        found = [
            f"{people} {verb} {match.group('object')}",
            f"{people} have {match.group('list')}",
        ]
        return found + ([match.group("rest")] if match.group("rest") else [])

    return per_clause(sentence, plain)


def for_one(sentence: str) -> str:
    """``exhibitors enter classes, and for an exhibitor i need their name``: *...; for each
    exhibitor i need their name*, what is kept for every one of them."""

    def each(match: re.Match[str]) -> str:
        lead = "; " if match.group("lead") else ""
        return f"{lead}for each {match.group('np')} "

    return _FOR_ONE.sub(each, sentence)


def without_our_adverb(sentence: str) -> str:
    """``for each sharpening i just jot the name``: *i jot the name*; ``wardens then record
    sandbag drops``: *wardens record ...*; the adverb says when or how often, never what is
    kept."""
    sentence = _ADVERB_AFTER_US.sub(r"\g<us> ", sentence)
    return _THEN_AFTER_PEOPLE.sub(r"\g<people> ", sentence)


_PLACE_IN = re.compile(
    r"\b(?P<verb>(?:book|reserve|take|buy|get|hold|want|request)(?:s|ed)?)\s+"
    r"(?:(?:a|an|the)\s+(?P<spot>spot|place|seat|slot|space)|(?:some\s+|several\s+)?(?:spots|places|seats|slots))"
    r"\s+(?:in|on|at|for)\s+(?:(?P<det>a|an|the|one)\s+(?=[a-z])|(?=[a-z][\w\-]*s\b))"
)


def place_in(sentence: str) -> str:
    """``people book a spot in a session``: *people book a session*; the spot is their part of
    the session the booking is for, not a record of its own, unless the sentence tells what
    one keeps (*a member books a slot on a reformer, and a slot is just a date, ...*)."""

    def booked(match: re.Match[str]) -> str:
        spot = match.group("spot")
        if spot and re.search(rf"\b(?:a|an|each|every|the)\s+{spot}\s+(?:is|has)\b", sentence):
            return match.group(0)
        if match.group("det") is None:
            return f"{match.group('verb')} "  # "book seats on trips": book trips
        det = "a" if match.group("det") == "one" else match.group("det")
        return f"{match.group('verb')} {det} "

    return _PLACE_IN.sub(booked, sentence)


_OUR_BUSINESS = re.compile(
    r"^(?:(?:every|each)\s+[a-z]+,?\s+)?(?P<us>i|we)\s+(?:run|own|operate|manage|are|am|open)\s+"
    r"(?:a|an)\s+[a-z][\w\- ]*?\s+with\s+"
    r"(?P<many>(?:(?:a\s+few|a\s+couple\s+of|some|several|many|lots\s+of|\d+|two|three|four|five|"
    r"six|ten|twelve)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\b(?!\s*,\s*each\b)"
)


_OPENS_A_CLAUSE = word_set("what it this that the main biggest")


def without_our_business(sentence: str) -> str:
    """``i run a car wash with a few bays and want ...``: *we have a few bays; i want ...*;
    the business is the app, not one of its records. Left alone when more things follow
    (*with two cabins and a plunge pool*)."""
    business = _OUR_BUSINESS.match(sentence)
    if business is None:
        return sentence
    owned = f"we have {business.group('many')}"
    rest = sentence[business.end() :].strip(" ,")
    tokens = words(rest)
    if not tokens:
        return owned  # "... with additional needs." ends the sentence
    if tokens[0] in ("in", "at", "across", "around") and "," not in rest.partition(" and ")[2]:
        return owned  # "with clothing banks in car parks, schools and churches": where they are
    placed = is_past_participle(tokens[0]) or tokens[0] in _SAME_FORM_DONE
    if placed and tokens[0] not in FUNCTION_WORDS:
        return owned  # "with scare actors spread across themed rooms": where they are
    if tokens[0] == "and" and len(tokens) > 2 and tokens[1] in _OPENS_A_CLAUSE:
        # "with twenty narrowboats, and what keeps biting us is faults": a clause of its own
        return f"{owned}; {rest.removeprefix('and ')}"
    if tokens[0] != "and" or len(tokens) < 2 or verb_lemma(tokens[1]) != tokens[1]:
        return sentence  # "with two cabins and a plunge pool": the list goes on
    return f"{owned}; {business.group('us')} {rest.removeprefix('and ')}"


_BRACKETED_CLAUSE = re.compile(
    r"\s*\((?P<clause>(?:(?:the\s+|our\s+)?[a-z][\w\-]*s(?:\s+(?:just|only|each|all))?\s+"
    r"(?:have|carry|hold|need|(?P<with>with))"
    # "(every source has a type, a title and ...)": one said of each
    r"|(?:each|every)\s+[a-z][\w\-]*\s+(?:has|carries|holds|needs))\s+[^()]+)\)"
)


def bracketed_clause(sentence: str) -> str:
    """``a start time in a bay (bays just have a number)``: the bracket is a clause of its own
    about the bays. Only where the bracket ends a clause: ``assigned to a crew (crews have a
    name) and move from ...`` goes on about what was assigned."""
    aside = _BRACKETED_CLAUSE.search(sentence)
    if aside is None or not re.match(r"\s*(?:[,;:]|$)", sentence[aside.end() :]):
        return sentence
    clause = aside.group("clause")
    if aside.group("with"):
        # "(breeders with a name and phone)": what the breeders have
        clause = re.sub(r"\s+with\s+", " have ", clause, count=1)
    before, after = sentence[: aside.start()], sentence[aside.end() :]
    if re.match(r"\s*,\s*(?:and\s+)?(?:it|they)\s", after):
        return f"{before}{after}; {clause}"  # "..., and it lives in ...": still the subject
    return f"{before}; {clause}{after}"


_KEPT_IN_BRACKETS = re.compile(
    r"\((?:(?:(?:we|i)\s+(?:only\s+|just\s+|also\s+|always\s+)?"
    r"(?:keep|need|take|record|store|note|log|want|get|collect|ask for|write down|jot down|"
    r"take down|have)"
    # "(all i need is their name, phone and email)": all we need is what we need
    r"|all\s+(?:we|i)\s+(?:need|want|keep|take)\s+is)"
    r"\s+(?:(?:their|his|her|its)\s+|the\s+[a-z][\w\-]*'s\s+(?P<whose>))?"
    r"|(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s+with\s+)"
    r"(?P<list>[^()]+?)(?:\s+(?:for|on|about)\s+(?:each|every one|each one|them|it)\b[^()]*)?\)"
)


_ENOUGH_IN_BRACKETS = re.compile(
    r"\((?:just\s+|only\s+)?(?P<list>(?!for\s)[^()]+?(?:,|\s+and\s+)[^()]+?)\s+(?:is|are|will\s+do|would\s+do)\s+"
    r"(?:plenty|enough|fine|all\s+we\s+need)(?:\s+really)?\s*\)"
)
"""``the passengers (name and seat number is plenty)``: what is enough of them is their list."""
_BRACKET_AGAIN = re.compile(r"\(\s*(?:again|as before|likewise|same again|also)\s*,\s*(?=[^()]+\))")


def kept_in_brackets(sentence: str) -> str:
    """``a customer (we only need their name, phone and email)``, ``a guardian (a local
    volunteer with a name and phone)``, ``fitters (we keep a name and mobile for each)``: the
    bracket lists the fields of the noun before it, as ``a customer (name, phone, email)``;
    ``(again, just a name)`` is ``(just a name)``, the *again* no field; ``(name and seat
    number is plenty)`` is ``(name and seat number)``."""
    sentence = _ENOUGH_IN_BRACKETS.sub(r"(\g<list>)", _BRACKET_AGAIN.sub("(", sentence))
    return _KEPT_IN_BRACKETS.sub(
        lambda match: (
            f"({match.group('list')})"
            # one item is a field where it is said whose (*we only need the driver's name*)
            if "," in match.group("list")
            or " and " in match.group("list")
            or match.group("whose") is not None
            else match.group(0)
        ),
        sentence,
    )


_PURPOSE = re.compile(
    r"(?<![,;])\s+(?:so(?:\s+that)?|because|in case)\s+(?:we|i|you|they|he|she|it|(?:the\s+)?[a-z]+s)\s+"
    r"(?:can|could|will|would|do not|does not|don't|doesn't|have to|has to|need to|must|know|knows)\b"
    r"[^,;:()]*"
    r"|(?<![,;])\s+because\s+(?:those|these|they|that|it)\s+(?:always|often|usually|sometimes)\s+"
    r"[a-z][^,;:()]*$"
    r"|(?<![,;])\s+because\s+(?:(?:many|most|some|all|several|lots)\s+(?:of\s+)?)?"
    r"(?:them|they|those|these)\s+(?:are|were|get|have)\s[^,;:()]*"
)
"""A purpose after a list of what is kept (*... and phone so we can call them back*), or why
it is kept (*... and the meter readings because those always cause arguments*, *... and an
email for a parent because lots of them are juniors*)."""

_REASON = re.compile(
    r",\s+(?:because|since)\s+(?:we|i|you|they|he|she|it)\s+(?:can(?:'t|not)?|could(?:n't)?|"
    r"won't|will|would|do not|does not|don't|doesn't|have to|has to|need to|must)\b[^;:()]*$"
    r"|,\s+because\s+(?!of\b)(?![^;:()]*\b(?:same|lots|many|several|each|every)\b)"
    r"(?:(?!,\s+(?:so|and)\s|\s-\s)[^;:()\u2013\u2014])*(?=,\s+(?:so|and)\s|$)"
)
"""A reason at the end of a list of what is kept (*..., because they can't have lenses if ...*,
*..., light, medium or heavy, because some clients need the gentler ones*); after a comma only
*because* and *since* run on, to the end or to a new clause (*, so ...*). A reason that says
how records share (*because the same item goes out in lots of batches*), or that what follows
a dash speaks of (*because then we need a council permit - that's its own record*), is kept."""


def without_purpose(sentence: str) -> str:
    """``we keep their name, email and phone so regulars do not have to type it again``: *we
    keep their name, email and phone*; why a field is kept names no field. ``a weekly count
    per client would help with invoicing``: *a weekly count per client*."""

    def dropped(match: re.Match[str]) -> str:
        before = sentence[: match.start()]
        return "" if _LISTED_BEFORE.search(before.rsplit(";", 1)[-1]) else match.group(0)

    sentence = _REASON.sub(dropped, _PURPOSE.sub(dropped, sentence))
    return _WOULD_HELP.sub("", sentence)


_WOULD_HELP = re.compile(
    r"\s+would\s+(?:really\s+)?(?:help|be\s+(?:a\s+)?(?:great|useful|handy|nice|good|ideal|brilliant|"
    r"lovely|helpful|a\s+help|a\s+godsend))\b(?:\s+(?:with|for|when)\s+[^;]*)?(?=;|$)"
)
"""``a weekly count of meals per client would help with invoicing``: what a report is for."""


_MANY_TO_DO = re.compile(
    r"\b(?P<np>(?:several|many|some|a few|multiple|a number of|lots of)\s+[a-z][\w\-]*s)\s+"
    r"to\s+(?:be\s+)?[a-z]+(?:\s+(?:out|up|in|off))?(?=\s*(?:,|;|$))"
)


def without_infinitive_purpose(sentence: str) -> str:
    """``every production has several parts to cast, each with a description``: *several
    parts, each with ...*; what the things are for names none of them."""
    return _MANY_TO_DO.sub(lambda match: match.group("np"), sentence)


_TIME_SPAN = re.compile(
    r",?\s+(?:from|between)\s+(?P<start>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\s+"
    r"(?:to|and|until|till)\s+(?P<end>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\b"
)
_SPAN_SUBJECT = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?=(?:one|a|an)\s)"
)
_BOOKING_VERBS = frozenset(["books", "reserves", "hires", "rents", "orders"])
"""Verbs whose span belongs to the act they make, which the readers of dated acts find."""


def time_span(sentence: str) -> str:
    """``a shift puts one guard at one venue from a start time to an end time``: *a shift
    puts one guard at one venue; a shift has a start time and an end time*, the times of the
    record the clause opens with."""

    def plain(clause: str) -> list[str]:
        opening = _SPAN_SUBJECT.match(clause)
        span = _TIME_SPAN.search(clause)
        if opening is None or span is None or opening.group("verb") in _BOOKING_VERBS:
            return [clause]
        rest = f"{clause[: span.start()]}{clause[span.end() :]}"
        return [
            rest,
            f"{opening.group('subject')} has {span.group('start')} and {span.group('end')}",
        ]

    return per_clause(sentence, plain)


_RUNS_SPAN = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?:runs|lasts)\s+"
    r"(?:from|between)\s+(?P<start>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))\s+"
    r"(?:to|and|until|till)\s+(?P<end>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|day))"
    r"(?:\s+(?:at|for)\s+(?P<price>(?:a|an)\s+(?:[a-z]+\s+)?(?:price|cost|fee|rate|charge)))?"
    r"(?=\s*(?:,|;|$))"
)


def runs_from_to(sentence: str) -> str:
    """``a booking runs from a start date to an end date at a total price``: *a booking has a
    start date, an end date and a total price*."""

    def plain(clause: str) -> list[str]:
        runs = _RUNS_SPAN.match(clause)
        if runs is None:
            return [clause]
        start, end, price = runs.group("start", "end", "price")
        held = f"{start}, {end} and {price}" if price else f"{start} and {end}"
        return [f"{runs.group('subject')} has {held}{clause[runs.end() :]}"]

    return per_clause(sentence, plain)


_PLACED_SUBJECT = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?P<place>(?:on|against|for|about)\s+(?:a|an|the|each|every)\s+"
    r"[a-z][\w\-]*)\s+(?P<done>(?:get|are|were|got)\s+[a-z]+ed)\b"
)


def placed_after_passive(sentence: str) -> str:
    """``faults on a unit get raised with a description``: *faults get raised on a unit with a
    description*, the record first, then where it is raised, as the passive readers expect."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not is_past_participle(match.group("done").split()[-1]):
            return None
        return f"{match.group('things')} {match.group('done')} {match.group('place')}{rest}"

    return reordered(sentence, _PLACED_SUBJECT, reorder)


_WHEN_SOMEONE_ACTS = re.compile(
    r"(?:^|,\s*|\band\s+)(?:when|whenever|if)\s+(?:someone|somebody|anyone|anybody|a customer|customers|people)\s+"
    r"(?:(?:rings?|calls?|phones?|comes?|writes?|emails?)(?:\s+(?:up|in))?\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b[^,;]*?,?\s+(?:i|we)\s+(?:(?:would like|want|need|have|like)\s+to\s+|will\s+)?"
    r"(?P<keep>log|record|note|keep|enter|file)\s+it\s+(?P<rest>(?:against|on|for|under)\s+.+)$"
)


_LOG_THEIR = re.compile(
    r"(?:(?P<lead>^|,\s+and\s+|;\s+)(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:also\s+)?|\b)"
    r"(?P<verb>log|logs|record|records|book|books|enter|enters|submit|submits)\s+"
    r"(?:(?:their|his|her)\s+(?P<what>[a-z][\w\-]*)|(?P<hours>hours))\s+"
    r"(?=(?:against|on|to)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+with\s+(?P<list>[^;]*))"
)
_HOURS_SAID = re.compile(r"\b(?:hours|minutes|mins|duration)\b")


def log_their_time(sentence: str) -> str:
    """``investigators log their time against a case with a date, hours ...``: *log a time
    log against a case with ...*, a record of each time they do it; ``engineers log their
    hours on a work order with the date``: a time log, whose list keeps the hours."""
    hours = _LOG_THEIR.search(sentence)
    if hours and "hours" in hours.group("what", "hours") and not _HOURS_SAID.search(hours["list"]):
        at = hours.start("list")
        sentence = f"{sentence[:at]}the hours, {sentence[at:]}"

    def plain(match: re.Match[str]) -> str:
        verb, people = match.group("verb", "people")
        what = "time" if match["hours"] else match["what"]
        what = "time" if what == "hours" else what  # the hours logged are time spent
        if is_plural(what) and what not in TIME_WORDS and singular(what) not in UNIT_TYPES:
            record = singular(what)  # "log their expenses against a job"
        else:
            record = f"{what} {'log' if verb.startswith('log') else 'entry'}"
        if people is None or people in FUNCTION_WORDS:
            return f"{verb} a {record} "
        # the people who log it are whose each one is
        lead = "; " if match["lead"] else ""
        return f"{lead}each {record} is made by one {singular(people)}; {people} {verb} a {record} "

    return _LOG_THEIR.sub(plain, sentence)


_LOGGED_THEN_ASKED = re.compile(
    r"\b(?P<logged>(?:log|logs|record|records|note|notes|enter|enters)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:against|for|on|under)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*),\s+"
    r"(?=(?:how\s+(?:many|much|long)|what|which|when|who)\s)"
)


def logged_then_asked(sentence: str) -> str:
    """``i log ticket sales against a show, how many were sold and on what date``: *... with
    how many were sold ...*; the questions after the act are what each record holds."""
    return _LOGGED_THEN_ASKED.sub(r"\g<logged> with ", sentence)


def logged_act(sentence: str) -> str:
    """``when somebody rings up to complain about their paper i log it against the house with
    the date``: *we log a complaint against the house with the date*, the act's own record."""
    match = _WHEN_SOMEONE_ACTS.search(sentence)
    said = match.group("verb") if match else None
    lemma = verb_lemma(said) if said and said not in AUXILIARIES else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if match is None or act is None:
        return sentence
    before = sentence[: match.start()].rstrip(" ,")
    logged = f"we {match.group('keep')} a {act} {match.group('rest')}"
    said_before = [w for w in words(before) if w not in FUNCTION_WORDS]
    # "oh, and when somebody rings up ...": an interjection before it is no clause to keep
    return f"{before}; {logged}" if any(can_be_verb(w) for w in said_before) else logged


_GET_GIVEN = re.compile(
    r"^(?:the\s+|our\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:\([^()]*\)\s+)?(?:each\s+|all\s+)?get\s+"
    r"(?:given|sent|assigned|allocated)\s+(?P<things>[a-z][\w\-]*s)\b"
)


def get_given(sentence: str) -> str:
    """``the drivers each get given orders to deliver``: *orders are given to drivers to
    deliver*, the things handed out first, as the readers of handing out expect."""
    return reordered(
        sentence,
        _GET_GIVEN,
        lambda match, rest: f"{match.group('things')} are given to {match.group('people')}{rest}",
    )


_OPENING_TIME = re.compile(
    r"^(?:after|before|at the end of|at the start of|during|following)\s+"
    r"(?:each|every|a|an|the)\s+(?P<when>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"(?=(?:a|an|the|each|every)\s+[a-z])"
)
_WRITES_ONE = re.compile(
    r"^(?:the|a|an|each|every)\s+[a-z][\w\-]*\s+(?:writes|fills\s+in|completes|files)\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*(?:\s+(?!for\b|with\b|on\b|about\b)[a-z][\w\-]*)?)\b"
)


def without_opening_time(sentence: str) -> str:
    """``after each round a member fills a card``: *a member fills a card*; the time says when,
    the clause says what is kept. (``after each trip we log ...`` keeps its trip: the clause
    after it has no subject of its own.) ``after a session the therapist writes a progress
    note``: the note written after it is the session's too."""
    opening = _OPENING_TIME.match(sentence)
    if opening is None:
        return sentence
    rest = sentence[opening.end() :]
    written = _WRITES_ONE.match(rest)
    if written is None or words(opening["when"])[-1] in TIME_WORDS:
        return rest
    said, stop = rest.rstrip(".!?"), rest[len(rest.rstrip(".!?")) :]
    return f"{said}; each {written['made']} is for one {opening['when']}{stop}"


_OPENING_PLACE = re.compile(
    r"^(?:(?:out|back|down|up)\s+)?(?:in|at|on)\s+the\s+(?!end\b|start\b|same\b)[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s*,?\s+(?=(?:we|i)\s+(?:also\s+)?(?:record|log|keep|note|track|jot"
    r"|write|store|list)\b)"
)


def without_opening_place(sentence: str) -> str:
    """``in the kitchen we record production batches: ...``: *we record production batches:
    ...*; where the owner writes things down is not what is written."""
    return per_clause(sentence, lambda clause: [_OPENING_PLACE.sub("", clause, count=1)])


_STATUS_GOING = re.compile(
    r"\b(?P<noun>status|stage|state)\s+(?:going|moving|running|passing|progressing)\s+"
    r"(?=(?:from|through)?\s*[a-z])"
)


_DONE_AT_ONE_NOTED = re.compile(
    r"^(?:(?:each|every|any|all|the)\s+)?(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<done>[a-z]+ed)\s+"
    r"(?:at|on|in|during|for|from|with)\s+(?:a|an|the|each|one)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:are|is|get|gets)\s+(?:noted|recorded|logged|kept|entered|written\s+down|listed)\s+"
    r"with\s+(?P<list>(?:a|an|the|its|their|how|what|which|whether)\s.+)$"
)


def done_at_one_noted(sentence: str) -> str:
    """``medicines prescribed at a visit are noted with the product, the dose``: *each
    medicine belongs to one visit; each medicine has the product, the dose*, what is done at
    one record kept with its own list."""

    def plain(clause: str) -> list[str]:
        match = _DONE_AT_ONE_NOTED.match(clause)
        if match is None or not is_past_participle(match["done"]):
            return [clause]
        things = match["things"]
        if not can_be_noun(things.split()[-1]) or things.split()[-1] in FUNCTION_WORDS:
            return [clause]
        each = singular_phrase(things)
        return [f"each {each} belongs to one {match['one']}", f"each {each} has {match['list']}"]

    return per_clause(sentence, plain)


_WE_CHARGE_FOR = re.compile(
    r"(?:^|,\s+(?:and\s+)?|\band\s+)(?:we|i)\s+(?:also\s+)?(?:charge|bill|take|collect)\s+(?:a|an|the)\s+"
    r"(?P<fee>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|on)\s+(?:the|each|every|a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def we_charge_for(sentence: str) -> str:
    """``we charge a call-out fee for the visit``: *each visit has a call-out fee*, the sum
    being the record's."""

    def plain(clause: str) -> list[str]:
        match = _WE_CHARGE_FOR.search(clause)
        if match is None or infer_type(words(match["fee"])) != "decimal":
            return [clause]
        if is_plural(match["thing"].split()[-1]):
            return [clause]
        before = clause[: match.start()]
        return [*([before] if before else []), f"each {match['thing']} has a {match['fee']}"]

    return per_clause(sentence, plain)


_ONE_GETS_IN_TOUCH = re.compile(
    r"^(?:so\s+|basically\s+|first\s+)?(?:when\s+)?(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:calls|rings|phones|emails|enquires|books|arrives|comes in|turns up|gets in touch)"
    r"(?:\s+(?:up|in|us|me))?\s*,\s+(?:so\s+|then\s+)?(?:i|we)\s+"
    r"(?:take|note|get|grab|write down|jot down|record|ask for|need|log)\s+their\s+"
    r"(?P<list>.+?)(?P<rest>,\s+and\s+(?:i|we|then)\s.*)?$"
)


def one_gets_in_touch(sentence: str) -> str:
    """``a customer calls, i take their name, phone and where the car is``: *each customer
    has name, phone and where the car is*, what is taken down of the one who got in touch."""
    match = _ONE_GETS_IN_TOUCH.match(sentence)
    if match is None or not can_be_noun(match["who"]) or match["who"] in FUNCTION_WORDS:
        return sentence
    rest = (
        f"; {match['rest'].removeprefix(',').strip().removeprefix('and ')}" if match["rest"] else ""
    )
    return f"each {match['who']} has {match['list']}{rest}"


_RATE_ONE = re.compile(
    r"\b(?P<who>[a-z][\w\-]*s)\s+(?P<modal>(?:can|may|will|also)\s+)?rate\s+"
    r"(?P<thing>(?:a|an|each|every|the|their)\s+[a-z][\w\-]*(?:\s+(?!from\b|between\b|out\b)"
    r"[a-z][\w\-]*)?)\s+(?P<scale>(?:from\s+|between\s+)?\d+\s*(?:to|-|and)\s*\d+|out\s+of\s+\d+)"
    r"(?:\s*,?\s+(?:with|and\s+(?:leave|add|write))\s+(?P<rest>[^;,]+))?"
)


def rate_one(sentence: str) -> str:
    """``subscribers can rate a box from 1 to 5 with a comment``: *subscribers can review a
    box with a rating from 1 to 5 and a comment*, a review of the thing by the people, its
    rating on the scale told."""

    def plain(match: re.Match[str]) -> str:
        said = f"{match['who']} {match['modal'] or ''}review {match['thing']} with a rating"
        rest = f" and {match['rest']}" if match["rest"] else ""
        return f"{said} {match['scale']}{rest}"

    return _RATE_ONE.sub(plain, sentence)


_FLOW_TOLD = re.compile(r"\b(?:goes|go|moves|move|passes|runs|progresses)\s+(?:through|from)\s")
_WHILE_IN_FLOW = re.compile(
    r"\s+(?:while|whilst)\s+(?:the|a|an|they|we|i|he|she|it|our|my|their)\s+[^,;]*"
)
_ENDS_UP = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:ends|finishes|winds)(?:\s+up)?\s+(?:either\s+|as\s+)?(?=[a-z])"
)


def flow_ends_up(sentence: str) -> str:
    """``the case goes through diagnosis, then awaiting approval while the customer thinks
    about my quote, then recovery, and ends up either recovered or unrecoverable``: *... goes
    through diagnosis, then awaiting approval, then recovery, then recovered or
    unrecoverable*; what happens meanwhile is no state, and where it ends is its last."""
    told = _FLOW_TOLD.search(sentence)
    if told is None:
        return sentence
    flow = _WHILE_IN_FLOW.sub("", sentence[told.end() :])
    return f"{sentence[: told.end()]}{_ENDS_UP.sub(', then ', flow)}"


_COMMA_MOVING = re.compile(
    r",\s+(?:then\s+)?(?:moving|going|progressing|passing)\s+(?=(?:from|through)\s+[a-z])"
)
"""*..., with a tracking number, moving from packed to ...*: the record moving, told after its
list."""


def status_going(sentence: str) -> str:
    """``a status going placed, packed, delivered``: *a status that goes ...*, the shape the
    flow readers take; ``..., with a tracking number, moving from packed to shipped, or
    returned``: *...; each shipment moves from ...*, a clause of its own, so its last value is
    a state and not one more item of the list."""
    moving = _COMMA_MOVING.search(sentence)
    # "a helpdesk: tickets with ..., moving from ...": the records after a header
    before = sentence[: moving.start()].rsplit(":", 1)[-1].strip() if moving else ""
    record = _record_before(before, len(before)) if moving else None
    if moving and record and can_be_noun(record.split()[-1]):
        said = f"each {singular_phrase(strip_determiners(record))} moves "
        sentence = f"{sentence[: moving.start()]}; {said}{sentence[moving.end() :]}"
    return _STATUS_GOING.sub(r"\g<noun> that goes ", sentence)


# --- whole clauses ----------------------------------------------------------------------------

_APPOSED_WITH = re.compile(
    r"^(?:(?:the|our|all|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?:each\s+)?with\s+"
    r"(?P<list>[^,]+(?:,(?:(?!\s(?:and|or)\s)[^,])+)*?\s+(?:and|or)\s+[^,]+),\s+"
    r"(?P<rest>[a-z].+)$"
)
"""``Members, with a name, email and membership number, book a telescope``: the subject's
fields between commas, then its predicate."""


def unfold_apposition(sentence: str) -> str:
    """``members, with a name and an email, book a telescope``: the members have a name and an
    email; members book a telescope (two clauses every reader can take)."""

    def unfolded(part: str) -> list[str]:
        apposed = _APPOSED_WITH.match(part)
        if apposed is None or not is_plural(words(apposed.group("np"))[-1]):
            return [part]
        np = apposed.group("np")
        return [f"{np} have {apposed.group('list')}", f"{np} {apposed.group('rest')}"]

    return per_clause(sentence, unfolded)


_SECOND_PREDICATE = re.compile(
    r"((?:,\s+|\s+)and\s+(?:(?:then|also|usually|always)\s+)?|,\s+(?=(?:stays|remains)\s)"
    r"|,\s+(?=[a-z]+s\s+(?:several|many|each|every|one|a|an|the|its)\s)"
    r"|,\s+(?=is\s+[a-z]+ed\s)|,\s+(?=is\s+[a-z]+\s+(?:by|for|with)\s)|,\s+(?=[a-z]+s\s+(?:from|to|into|at|in|on|with|by)\s))(?=[a-z])"
)
AUXILIARY_VERBS = word_set("is has belongs gets can must may should will")
STATE_VERBS = word_set("stays remains becomes goes moves passes starts begins runs lasts")
"""Verbs a record's states follow with no object (*stays pending*)."""
_COMING_VERBS = word_set("come go move travel arrive return belong run pass head report lead")
"""Verbs of where a record comes from or goes, whose *-s* form is also a plural noun."""
_PLACED_VERBS = word_set("stand sit live stay happen occur")
"""Verbs of where a record is (*... and stands at a location*, *... and happens in one of the
rooms*); most are also plural nouns."""
_ENDING_VERBS = word_set("end finish close start begin open")
"""Verbs of how a record starts or ends (*... and ends with a result*), a predicate of their
own before *with*."""
_OBJECT_OPENERS = word_set(
    "a an the its their one either each every whether some several many multiple various"
)


def _finite_verb(tokens: list[str], *, with_object: bool = True) -> bool:
    """Whether ``tokens`` open with a singular verb (*is taken*, *goes pending*) and, where
    ``with_object``, its object (*lasts a*): with no subject written, *and notes* is a noun."""
    if not tokens:
        return False
    if tokens[0] in AUXILIARY_VERBS or tokens[0] in STATE_VERBS:
        return True
    lemma = verb_lemma(tokens[0])
    return (
        lemma is not None
        and lemma != tokens[0]
        and tokens[0].endswith("s")
        and (not with_object or (len(tokens) > 1 and tokens[1] in _OBJECT_OPENERS))
    )


def split_predicates(sentence: str) -> str:
    """``a donation belongs to a donor and is taken at a site``: *a donation belongs to a
    donor; a donation is taken at a site*. Only a singular subject with a determiner and a
    singular verb after *and*, so the verb can only be the subject's. A flow (*goes from open
    to ..., and is then resolved*) is one predicate however it goes on."""
    parts = clauses(sentence)
    split: list[str] = []
    for part in parts:
        tokens = words(outside_brackets(part))
        subject = leading_noun_phrase(tokens) if tokens[:1] and tokens[0] in _ARTICLES else ""
        size = len(subject.split())
        said = tokens[size + 1 :]
        # "a debate happens on a date, has a motion and ...": a verb and where or when
        placed = len(said) > 1 and said[1] in PREPOSITIONS
        acting = _finite_verb(said) or (placed and _finite_verb(said, with_object=False))
        if not subject or is_plural(tokens[size]) or not acting:
            split.append(part)
            continue
        named = f"{tokens[0]} {subject}"
        pieces = _SECOND_PREDICATE.split(part)
        kept = pieces[0]
        for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            flowing = words(kept)[len(named.split()) : len(named.split()) + 1]
            said = words(piece)
            placed = len(said) > 1 and said[1] in PREPOSITIONS
            acts = (
                _finite_verb(said)
                or (
                    # "a referral is for one patient, comes from one surgery, ...": a verb no
                    # list item could be (*notes for staff* could)
                    joint.startswith(",")
                    and placed
                    and _finite_verb(said, with_object=False)
                    and (not is_plural(said[0]) or verb_lemma(said[0]) in _COMING_VERBS)
                )
                or (
                    # "... and an install date and stands at a location"
                    placed
                    and _finite_verb(said, with_object=False)
                    and verb_lemma(said[0]) in _PLACED_VERBS | _COMING_VERBS
                )
                or (
                    # "... for a number of rounds and ends with a result": how it ends
                    said[1:2] == ["with"]
                    and _finite_verb(said, with_object=False)
                    and verb_lemma(said[0]) in _ENDING_VERBS
                )
            )
            if acts and not (flowing and flowing[0] in STATE_VERBS):
                split.append(kept)
                kept = f"{named} {piece}"
            else:
                kept = f"{kept}{joint}{piece}"
        split.append(kept)
    return "; ".join(split) if split != parts else sentence


_WE_KEEP_THEIR = re.compile(
    r"^(?:i|we)\s+(?:(?:also|only|just|then)\s+)?(?:keep|hold|store|record|need|take|note|log|track"
    r"|want|have)\s+their\s+(?P<list>.+)$"
)


def their_after_people(sentence: str) -> str:
    """``several volunteers go on each survey; we hold their name, email and licence number``:
    *...; volunteers have a name, email and licence number*; *their* is the people the clause
    before opened with."""
    parts = clauses(sentence)
    made = list(parts)
    for index in range(1, len(parts)):
        kept = _WE_KEEP_THEIR.match(parts[index])
        people = leading_noun_phrase(words(parts[index - 1]))
        if kept is None or not people or not is_plural(people.split()[-1]):
            continue
        made[index] = f"{people} have a {kept['list']}"
    return "; ".join(made) if made != parts else sentence


_TWO_SUBJECTS_HAVE = re.compile(
    r"^(?:both\s+)?(?P<first>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
    r"(?P<second>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)\s+"
    r"(?P<have>(?:(?:only|just|both|all|each)\s+)?(?:have|need|get)\s+(?:(?:a|an|their)\s|name\b).+)$"
)


def two_subjects_have(sentence: str) -> str:
    """``surgeries and link workers only need a name``: *surgeries only need a name; link
    workers only need a name*; two kinds of record said to hold one list each hold it."""

    def shared(clause: str) -> list[str]:
        match = _TWO_SUBJECTS_HAVE.match(clause)
        if match is None:
            return [clause]
        first, second = match["first"], match["second"]
        if not all(
            is_plural(s.split()[-1]) and can_be_noun(s.split()[-1]) for s in (first, second)
        ):
            return [clause]
        return [f"{first} {match['have']}", f"{second} {match['have']}"]

    return per_clause(sentence, shared)


_PLURAL_SECOND_PREDICATE = re.compile(
    r"^(?P<subject>(?:(?:our|the|all|all\s+the)\s+)?[a-z][\w\-]*s)\s+(?P<have>(?:have|need|get)\s[^;]+?),?"
    r"\s+and\s+(?P<then>(?:can|may|might|must|will|should|are|often|sometimes|usually)\s[^;]+)$"
)


def plural_second_predicate(sentence: str) -> str:
    """``witnesses have a name and a phone and may be called to several hearings``: *...;
    witnesses may be called to several hearings*. After a plural subject's list, *and* then a
    modal or *are* opens its second predicate, which no list item starts with."""

    def split(clause: str) -> list[str]:
        match = _PLURAL_SECOND_PREDICATE.match(clause)
        if match is None or not is_plural(match["subject"].split()[-1]):
            return [clause]
        subject = match["subject"]
        return [f"{subject} {match['have']}", f"{subject} {match['then']}"]

    return per_clause(sentence, split)


_THEN_ACTS = re.compile(
    r"^(?P<subject>(?:(?:our|the|all|each|every|a|an)\s+)?[a-z][\w\-]*)\s+(?P<first>[a-z]+\s[^;]+?),"
    r"\s+(?:and\s+)?then\s+(?P<verb>[a-z]+)\s+(?P<rest>[^;]+)$"
)


_FLOW_VERBS = word_set("start become go get move turn are be pass stay remain")
"""Plural and base forms of the verbs a flow's states follow."""


def then_they_act(sentence: str) -> str:
    """``customers sign up with their name, then place rental orders with a pickup date``:
    *customers sign up with their name; customers place rental orders with a pickup date*;
    the next act of the same subject, whose list is not the first act's."""

    def split(clause: str) -> list[str]:
        match = _THEN_ACTS.match(clause)
        if match is None:
            return [clause]
        subject, verb = match["subject"], match["verb"]
        head = subject.split()[-1]
        lemma = verb_lemma(verb)
        plural_subject = is_plural(head) and subject.split()[0] not in ("each", "every", "a", "an")
        # "a job is booked, then done" is a flow: only a present verb is a next act
        agrees = verb == lemma if plural_subject else (verb.endswith("s") and verb != lemma)
        flowing = {verb, match["first"].split()[0]} & (STATE_VERBS | AUXILIARY_VERBS | _FLOW_VERBS)
        if lemma is None or not agrees or not can_be_noun(head) or flowing:
            return [clause]  # "an order starts as received, then moves to packed": a flow
        return [f"{subject} {match['first']}", f"{subject} {verb} {match['rest']}"]

    return per_clause(sentence, split)


_NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|so)\s+(?:(?:then|also|honestly|usually)\s+)?|:\s+"
    r"|,\s+(?=it\s+(?:is|has|gets|goes)\s))"
    r"(?=[a-z])"
)
"""(*, and each X verbs* is a clause boundary ``text.clauses`` already knows.)"""


MAX_HEADER_WORDS = 3
"""A colon after at most this many words ends a header (*pledges:*), not a clause."""


_OCCASION_OPENS = re.compile(
    r"^(?:when|whenever|once|each time|every time)\s+(?:someone|somebody|anyone|a|an|the|we|i|they"
    r"|customers|people)\s+[a-z]+[^;]*?,?\s+(?:we|i)\s+[a-z]"
)
"""``when someone buys one i want a sale recorded``: an occasion and what is kept on it."""


def split_new_subjects(sentence: str) -> str:
    """``..., and an order goes pending, ...`` / ``special orders: a special order starts as
    ...``: a new subject with its own verb opens a clause of its own, and so do ``..., and
    people book a session ...``, ``..., and for each sharpening i jot ...`` and ``..., and it
    starts out scheduled`` (with *it* written as the subject it stands for)."""
    pieces = _NEW_CLAUSE.split(sentence)
    if len(pieces) == 1:
        return sentence
    joints = [m.group(0) for m in _NEW_CLAUSE.finditer(sentence)]
    joined = pieces[0]
    for joint, piece in zip(joints, pieces[1:], strict=True):
        before = joined.split(";")[-1]
        if joint.startswith(":"):
            header = len(words(before)) <= MAX_HEADER_WORDS
            opened = "" if header else _opened_by_record(piece)
        elif piece.startswith("it ") and joint.strip() == ",":
            # "a bout has a number and a weight, it is fought between ...": a comma splice
            # after a list the subject has, no item of it
            listed = re.search(r"\s(?:has|have)\s[^;]*(?:,|\sand\s)", before) is not None
            opened = _named_it(before, piece) if listed else ""
        elif piece.startswith("it "):
            opened = _named_it(before, piece, joining=True)
        elif piece.startswith(("each one ", "every one ")):
            opened = _named_each_one(before, piece)
        elif _OCCASION_OPENS.match(piece):
            opened = piece  # "..., and when someone buys one i want a sale recorded ..."
        else:
            opened = _opened_by_record(piece) or _opened_by_people(piece)
        joined += f"; {opened}" if opened else f"{joint}{piece}"
    return joined


def _opened_by_record(piece: str) -> str:
    """``an order goes pending``: one record and its own singular verb."""
    tokens = words(outside_brackets(piece))
    if not tokens or tokens[0] not in ("a", "an", "the"):
        return ""
    subject = leading_noun_phrase(tokens)
    size = len(subject.split())
    following = tokens[size + 1] if len(tokens) > size + 1 else ""
    if size > 1 and can_be_verb(tokens[size]) and following in FUNCTION_WORDS:
        size -= 1  # "the case moves through new, ...": before a preposition, the verb
    verb = tokens[size + 1 :]
    if subject and not is_plural(tokens[size]) and _finite_verb(verb, with_object=False):
        return piece
    return ""


_FOR_EACH_WE = re.compile(r"^for\s+(?:each|every)\s+[a-z][\w\- ]*?\s+(?:i|we)\s+[a-z]")


_BEFORE_PLURAL_ACT = word_set("only just also all both")


def _opened_by_people(piece: str) -> str:
    """``people book a session with their name``: people and their own plural act on a
    record; ``for each sharpening i jot the name``: what we keep for each record."""
    if _FOR_EACH_WE.match(piece):
        return piece
    tokens = [w for w in words(outside_brackets(piece)) if w != "themselves"]
    if tokens[:1] and tokens[0] in ("the", "our"):
        tokens = tokens[1:]
    people = leading_noun_phrase(tokens)
    size = len(people.split())
    while len(tokens) > size + 1 and tokens[size] in _BEFORE_PLURAL_ACT:
        tokens = [*tokens[:size], *tokens[size + 1 :]]  # "the sites themselves only need ..."
    act = tokens[size : size + 2]
    if not people or not is_plural(tokens[size - 1]) or len(act) < 2:
        return ""
    if verb_lemma(act[0]) == act[0] and act[1] in _OBJECT_OPENERS:
        return piece
    return ""


def _named_each_one(before: str, piece: str) -> str:
    """``animals have a name, and each one lives in an enclosure``: *each animal lives in an
    enclosure*; or "" where no plural subject comes before."""
    tokens = words(outside_brackets(before))
    people = leading_noun_phrase(tokens)
    rest = piece.split(" ", 2)[2]
    if not people or not is_plural(people.split()[-1]):
        return ""
    if not _finite_verb(words(rest), with_object=False):
        return ""
    return f"each {singular(people.split()[-1])} {rest}"


_RELATIVE_HAVE = re.compile(
    r"^(?P<head>.+?\s)(?P<np>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+"
    r"(?:has|have|carries|holds)\s+(?P<list>(?:a|an|the|its)\s.+)$"
)


_RELATIVE_HAVE_EACH = re.compile(
    r"^(?P<head>.+?\s)(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,\s+(?:who|which)\s+(?:each\s+|all\s+)?|\s+(?:who|which|that)\s+each\s+)"
    r"(?:have|carry|hold|earn|get|receive|charge|are\s+paid)\s+(?P<list>(?:a|an|the|their)\s.+)$"
)
"""``it is assigned to one of our joiners, who each have a name and a day rate``; ``drawn by
one of our artists, who each earn a royalty percentage``: what each is paid is theirs too."""


def relative_have(sentence: str) -> str:
    """``each animal lives in an enclosure that has a name and a zone``: *... lives in an
    enclosure; an enclosure has a name and a zone*, the object's own fields. So with a plural
    (*one of our joiners, who each have a name*): *each joiner has a name*."""

    def unfolded(part: str) -> list[str]:
        relative = _RELATIVE_HAVE.match(part)
        if relative is not None and relative.group("head").strip():
            np = relative.group("np")
            return [f"{relative.group('head')}{np}", f"{np} has {relative.group('list')}"]
        plural = _RELATIVE_HAVE_EACH.match(part)
        if plural is None or not is_plural(plural.group("np").split()[-1]):
            return [part]
        np = plural.group("np")
        head_noun = singular_phrase(strip_determiners(np))
        listed = re.sub(r"^their\s", "a ", plural.group("list"))
        return [f"{plural.group('head')}{np}", f"each {head_noun} has {listed}"]

    return per_clause(sentence, unfolded)


_SECOND_OWNER = re.compile(
    r"^(?P<head>(?:[^:]+:\s+)?(?P<us>i|we)\s+(?P<verb>[a-z]+)\s+(?:the|their|its)\s+[a-z][\w\-]*'s\s.+?),?\s+and\s+"
    r"(?P<owner>(?:the|their|its)\s+[a-z][\w\-]*'s\s.+)$"
)


def second_owner(sentence: str) -> str:
    """``i note the customer's name and phone, and the contract's price``: *...; i note the
    contract's price*, each owner's list a clause of its own."""

    def split(part: str) -> list[str]:
        owners = _SECOND_OWNER.match(part)
        if owners is None:
            return [part]
        us, verb = owners.group("us"), owners.group("verb")
        return [owners.group("head"), f"{us} {verb} {owners.group('owner')}"]

    return per_clause(sentence, split)


_TURNS_INTO = re.compile(
    r"^(?P<before>.+?)\s+(?:(?:turns|is\s+turned|is\s+converted|converts)\s+(?:in)?to|becomes)\s+"
    r"(?P<det>a|an)\s+(?P<after>[a-z].*)$"
)


def turned_into(sentence: str) -> str:
    """``an accepted quote turns into a job with a start date``: *a job belongs to a quote; a
    job has a start date*; the new record comes from the old one."""

    def turned(part: str) -> list[str]:
        match = _TURNS_INTO.match(part)
        before = words(match.group("before")) if match else []
        # "each device then becomes a case": when it does is no part of the record
        before = [w for w in before if w not in ("then", "later", "eventually", "usually")]
        source = leading_noun_phrase(before) if before[:1] and before[0] in _ARTICLES else ""
        result = leading_noun_phrase(words(match.group("after"))) if match else ""
        if not match or not source or not result or len(source.split()) + 1 != len(before):
            return [part]
        source_words = source.split()
        if len(source_words) > 1 and is_past_participle(source_words[0]):
            source = " ".join(source_words[1:])  # "an accepted quote": a quote
        rest = match.group("after")[len(result) :].strip()
        made = [f"a {result} belongs to a {source}"]
        if rest.startswith("with "):
            made.append(f"a {result} has {rest.removeprefix('with ')}")
        return made

    return per_clause(sentence, turned)


_STATE_TAIL = re.compile(
    r"^it\s+(?:(?:can|may|might|could|will)\s+(?:also\s+)?be|is|gets)\s+(?:then\s+)?[a-z]+ed\b"
    r"(?!\s+(?:to|at|in|with|from|for|on|by)\s+(?:a|an|one|the)\s)"
)
"""``..., then confirmed, and it can be cancelled``: the last step of the flow before it; not
``it is assigned to a joiner``, which says which record it goes to."""


def _named_it(before: str, piece: str, *, joining: bool = False) -> str:
    """``a flight has a date, and it starts out scheduled``: *a flight starts out scheduled*,
    or "" where *it* has no singular subject before it to stand for. ``joining``: *it* came
    after *, and*, where *it can be cancelled* is still the flow before it."""
    tokens = words(outside_brackets(before))
    if not tokens or tokens[0] not in _ARTICLES:
        return ""
    subject = leading_noun_phrase(tokens)
    if not subject or is_plural(subject.split()[-1]):
        return ""
    if joining and _STATE_TAIL.match(piece):
        return ""
    if not _finite_verb(words(piece)[1:], with_object=False):
        return ""
    return f"{tokens[0]} {subject} {piece.removeprefix('it ')}"


_REDUCED_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"|(?<![\w\s])[a-z][\w\-]*s)\s+"
    r"(?:we|i|you|they)\s+(?:[a-z]+\s+)?(?:[a-z]+)\s+"
    r"(?=(?:(?:each|all|both)\s+)?(?:has|have|is|are|needs|gets|carries|records|notes|holds|lists|"
    r"logs|stores)\s)"
)
_RELATIVE_ENDING_IN_PLACE = re.compile(
    r"(?P<np>\band\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she|we|i)\s+"
    r"(?:will\s+|would\s+|can\s+|usually\s+)?[a-z]+\s+(?:at|from|on|in|to|with)(?=\s*(?:;|\.|$))"
)
"""``..., how many seats they want and the pick-up point they will join at``: *and the pick-up
point*, the last thing listed, whose relative only says where they come in."""


_PARTICIPLE_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<done>[a-z]+)"
    r"(?:\s+(?:out|up|in|off|aside|back))?"
    r"(?:\s+(?:for|to|by|from|at|into|on)\s+(?!(?:a|an|the|one|each|every|our|their|its)\b)"
    r"[a-z][\w\-]*)?\s+(?=(?:has|have|gets|needs|carries)\s)"
)
"""``each item picked out for online has a stock code``: how an item came to be kept is no kind
of it, nor a record (a record named after the participle, *sold to a buyer*, stays)."""
_ARRIVING_RELATIVE = re.compile(
    # "the way it works is that every donor who signs up gets ...": the lead-in says nothing
    r"(?P<lead>^|,\s+and\s+|\bis\s+that\s+)(?P<np>(?:each|every|any)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:that|which|who)\s+(?:comes|arrives|turns|is\s+sent|gets\s+sent|is\s+submitted|"
    r"gets\s+submitted|is\s+received|is\s+handed|signs|joins|registers|enrols|enrolls)"
    r"(?:\s+(?:in|up|through|back|to\s+(?:us|me)))?\s+"
    r"(?=(?:has|have|gets|needs|carries)\s)"
)
"""``each puzzle that comes in has a title``: every puzzle has one; arriving is how there
come to be puzzles, not a kind of them. So is joining: ``every donor who signs up gets a
donor number``."""
_RELATIVE_BEFORE_WITH = re.compile(
    r"\b(?P<np>(?:each|every|any)\s+[a-z][\w\-]*|the\s+[a-z][\w\-]*s)\s+(?:we|i|they|you)"
    r"(?:\s+(?:are|were|am|have|had))?"
    r"\s+[a-z]+(?:\s+to\s+[a-z]+)?(?:\s+(?:on|at|in|from|for|to|up|out|off))?"
    r"(?:\s+(?:with|for)\s+us\b\s*|,?\s+(?=with\s))"
)
"""``every shore we are licensed to cut on with its name``: the shore, with its name;
``every website they host with us is ...``: the website; ``the competitions we travel to,
with a name``: the competitions."""
_ONCE_IN_A_LIST = re.compile(
    r"\band,\s+(?:once|when|after|if)\s+[^,;]+,\s+(?=(?:the|a|an|their|its)\s)"
)
"""``the entry fee we paid and, once we are back, the placing``: when is no item."""
_ALLOWED_PER = re.compile(
    r"\b(?P<np>the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:we|i|they|you)\s+"
    r"(?:(?:may|can|could|will|are allowed to|are able to)\s+[a-z]+\s+(?:per|a|each)\s+"
    r"(?P<period>year|month|week|day|hour|night|visit)|(?:charge|charges|pay|pays|earn|earns|ask|asks)"
    r"\s+per\s+(?P<unit>[a-z][\w\-]*))(?=\s*(?:[,;()]|$|\s(?:and|or)\s))"
)
"""``the maximum tonnes we may take per year``: the maximum tonnes per year; ``the fee they
charge per puzzle``: the fee per puzzle."""
_REFLEXIVE = re.compile(r"\s+(?:themselves|itself)\b")
_OBJECT_RELATIVE = re.compile(
    r"\b(?P<np>(?:the|all the|its|their)\s+(?!(?:date|day|time|year|month|week)\b)[a-z][\w\-]*"
    r"(?:\s+(?!it\b|they\b|date\b|day\b|time\b|where\b)[a-z][\w\-]*)?)\s+(?:where\s+)?"
    r"(?:they|we|you|it|i|he|she)(?:'s|'re|\s+(?:was|were|is|are|has been|have been|had been|"
    r"has|have|had))?\s+[a-z]+(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``tagged with the allergens they use (nuts, ...)``, ``the price we charged``, ``the theme
they have described``, ``the stop where they are waiting``: the allergens, the price, the
theme, the stop. Not a date (*the date they joined* is when they joined) nor a place
(*the water it came from* says which water)."""


_OBJECT_RELATIVE_PLACED = re.compile(
    r"\b(?P<np>(?:the|its|their)\s+(?!(?:date|day|time|year|month|week)\b)[a-z][\w\-]*"
    r"(?:\s+(?!it\b|they\b|date\b|day\b|time\b)[a-z][\w\-]*)?)\s+"
    r"(?:they|we|you|i)\s+(?P<verb>[a-z]+)"
    r"(?P<phrases>(?:\s+(?:at|on|in|from|for|by|with)\s+(?:(?:the|a|an)\s+)?[a-z]+"
    r"(?:\s+per\s+[a-z]+)?)+)(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``the depth we drilled in metres``, ``the flow rate we got at the end in litres per
minute``: the depth in metres, the flow rate in litres per minute (the unit says the type)."""
_UNIT_PHRASE = re.compile(rf"\s+in\s+(?:{'|'.join(UNIT_TYPES)})(?:\s+per\s+[a-z]+)?$")


def _placed_object(match: re.Match[str]) -> str:
    if verb_lemma(match.group("verb")) in (None, match.group("verb")):
        return match.group(0)  # "the rooms we book at ..." is a present act, not a value
    phrases = re.split(r"(?=\s+(?:at|on|in|from|for|by|with)\s)", match.group("phrases"))
    units = [phrase for phrase in phrases if _UNIT_PHRASE.fullmatch(phrase)]
    return match.group("np") + "".join(units)


_WHO_DID_IT = re.compile(
    r"\b(?:the\s+name\s+of\s+)?the\s+(?P<who>[a-z][\w\-]*)\s+(?:who|that)\s+"
    r"(?:did|does|carried\s+out|carries\s+out|took|takes|ran|runs|led|leads|handled)\s+(?:it|them)\b"
)
"""``the name of the audiologist who did it``: the audiologist, in a list of what is kept."""


def without_reduced_relative(sentence: str) -> str:
    """``every instrument we own has a serial number``: *every instrument has ...*; and
    ``the spirits themselves`` are the spirits; ``the name of the audiologist who did it``:
    *the audiologist*; ``... and the pick-up point they will join at``: *the pick-up point*."""
    sentence = _WHO_DID_IT.sub(r"the \g<who>", sentence)
    sentence = _OBJECT_RELATIVE.sub(r"\g<np>", _REFLEXIVE.sub("", sentence))
    sentence = _OBJECT_RELATIVE_PLACED.sub(_placed_object, sentence)
    sentence = _RELATIVE_BEFORE_WITH.sub(r"\g<np> ", sentence)
    sentence = _ONCE_IN_A_LIST.sub("and ", sentence)
    sentence = _ARRIVING_RELATIVE.sub(r"\g<lead>\g<np> ", sentence)
    sentence = _RELATIVE_ENDING_IN_PLACE.sub(r"\g<np>", sentence)
    sentence = _PARTICIPLE_RELATIVE.sub(
        lambda m: f"{m['lead']}{m['np']} " if is_past_participle(m["done"]) else m[0], sentence
    )
    sentence = _ALLOWED_PER.sub(
        lambda m: f"{m.group('np')} per {m.group('period') or m.group('unit')}", sentence
    )
    parts = [part.strip() for part in sentence.split(";")]
    plain = [_REDUCED_RELATIVE.sub(r"\g<lead>\g<np> ", part, count=1) for part in parts]
    return "; ".join(plain) if plain != parts else sentence


_FOR_THEM = re.compile(
    r"\b(?:we|i)\s+(?:then\s+|also\s+)?(?:open|create|start|make|book|raise|set up|log|add|"
    r"register|write up)s?\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+for\s+"
    r"(?P<them>them|him|her)\b"
)
_ONE_OR_MANY = re.compile(r"^(?:(?P<one>a|an|each|every|any)\s+)?[a-z][\w\-]*(?P<next>\s+[a-z]+)?")


def for_them(sentence: str) -> str:
    """``a client rings up, ..., and then we open a job for them``: *for the client*, the
    record the sentence opened with."""
    match = _FOR_THEM.search(sentence)
    opener = _ONE_OR_MANY.match(sentence)
    if match is None or opener is None:
        return sentence
    people = leading_noun_phrase(words(outside_brackets(sentence[: match.start()])))
    head = people.split()[-1] if people else ""
    if not head or (opener.group("one") is None and (" " in people or not is_plural(head))):
        return sentence  # "our plumber rings up": no record is named plainly enough
    named = f"the {people}"
    return f"{sentence[: match.start('them')]}{named}{sentence[match.end('them') :]}"


def name_they(sentence: str) -> str:
    """``judges are listed ..., and they review each project``: *they* is the people the
    clause before opened with, written out so every reader sees who acts; *it* after a
    semicolon is the one record the clause before opened with (``a submission has a title;
    it is submitted, ...``)."""
    parts = clauses(sentence)
    if len(parts) < 2 or not any(p.startswith(("they ", "it ")) for p in parts[1:]):
        return sentence
    named = [parts[0]]
    for before, part in pairwise(parts):
        people = leading_noun_phrase(words(outside_brackets(before)))
        if part.startswith("they ") and people and is_plural(people.split()[-1]):
            part = f"{people} {part.removeprefix('they ')}"
        elif part.startswith("it "):
            part = _named_it(before, part) or part
        named.append(part)
    return "; ".join(named)


# --- headers of a list and the line that opens it ---------------------------------------------

_INTRODUCTION = re.compile(
    r"^(?:i|we)\b[^:]*\b(?:app|application|system|tool|database|program|software)\b[^:]*:$"
)


_TRADE = r"(?:business|firm|company|agency|service|trade)"
_OUR_TRADE = re.compile(
    rf"^(?:(?:[a-z][\w\-']*\s+){{0,4}}{_TRADE}|"
    rf"(?:[a-z][\w\-']*\s+){{0,5}}{_TRADE}\s+[a-z]+ing(?:\s+[a-z][\w\-']*){{1,3}})"
    r"\s*:\s*(?P<rest>.*)$"
)
"""*domestic appliance repair business:*, *we are a family coach firm running day trips:*."""


def without_introduction(sentence: str) -> str:
    """``i run a fishmonger's with a wholesale side, and i need an app for it:``: the line
    that opens a list of records says what the app is for, nothing the lines after it need;
    ``domestic appliance repair business: washing machines, dishwashers and fridges``: the
    trade, and the kinds of work it does, when no clause follows (so too *a coach firm
    running day trips: seaside towns, garden shows*)."""
    if _INTRODUCTION.match(sentence):
        return ""
    trade = _OUR_TRADE.match(sentence)
    if trade is None:
        return sentence
    rest = trade.group("rest")
    return rest if any(is_clause(item) for item in split_list(rest)) else ""


_HEADER_RELATIVE = re.compile(
    r"^(?P<np>(?:(?!that\b|which\b|who\b)[a-z][\w\-]*\s+){0,2}(?!that\b|which\b|who\b)"
    r"[a-z][\w\-]*)\s+"
    r"(?:that\s+|which\s+|who\s+)?(?:we|i|you)\s+(?P<verb>[a-z]+)"
    r"(?P<place>\s+(?:for|on|from|against|at|in|to)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*)?"
    r"(?:\s+(?:from|to|with|for|at|in|on|up|out))?\s*:"
)


def header_relative(sentence: str) -> str:
    """``boats we buy from: name, skipper``: the header is the boats; ``materials i buy for a
    job: item, ...``: *materials bought for a job*, the record a header names keeps its place."""
    match = _HEADER_RELATIVE.match(sentence)
    if match is None or not is_plural(match.group("np").split()[-1]):
        return sentence
    lemma = verb_lemma(match.group("verb"))
    if lemma is None:
        return sentence
    rest = sentence[match.end() :]
    if match.group("place"):
        return f"{match.group('np')} {verb_form(lemma, 'VBN')}{match.group('place')}:{rest}"
    return f"{match.group('np')}:{rest}"


_EACH_AFTER_HEADER = re.compile(
    r"^(?:(?:first|then|next|also|so)\s+)?(?:(?:i|we)\s+(?:need|want|keep|track)\s+)?"
    # "then there are the lenses themselves: each one has ...": the records said to exist
    r"(?:there\s+(?:are|is)\s+)?(?:(?:our|the|my|all)\s+)?"
    # "i keep a stock list of sneakers: each one has ...": the things the list holds
    r"(?:(?:a|an)\s+(?:[a-z][\w\-]*\s+)?(?:list|register|log|catalogue|catalog|database)\s+of\s+)?"
    r"(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*):\s*(?:each|every)(?:\s+one)?\s+(?P<verb>[a-z]+s)\b"
)


def each_after_header(sentence: str) -> str:
    """``order lines: each takes a weight from one catch``, ``first i need our units: each one
    has ...``, ``i keep a stock list of sneakers: each one has ...``, ``then there are the lenses:
    each one has ...``: *each order line takes ...*, *each unit has ...*, *each sneaker has ...*,
    *each lens has ...*."""
    sentence = re.sub(r"\s+themselves:", ":", sentence, count=1)
    match = _EACH_AFTER_HEADER.match(sentence)
    if match is None or not is_plural(match.group("np").split()[-1]):
        return sentence
    if verb_lemma(match.group("verb")) is None:
        return sentence
    return f"each {singular_phrase(match.group('np'))} {sentence[match.start('verb') :]}"


# --- how owners talk: asides, obligations, the business, what people give -------------------

_GIVE_DETAILS = re.compile(
    r"^(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?P<verb>give|leave|provide|supply|share|"
    r"gives|leaves|provides|supplies|shares)\s+"
    r"(?:us\s+|me\s+)?(?P<list>(?:their|a|an)\s+[^;()]+?)"
    # "..., and for every clock they bring in i note ...": a clause of its own
    r"(?:,?\s+and\s+(?P<next>for\s+(?:each|every)\s+.+))?$"
)
_PEOPLE_WHO_MAY = re.compile(
    r"\b(?P<people>(?:one\s+of\s+)?(?:our|the)\s+(?P<plural>[a-z][\w\-]*s))(?P<bracket>\s+\([^()]*\))?,\s+"
    r"who\s+(?P<rest>(?:can|may|only|just)\s+[^;]+|(?:see|view|edit|update|handle|manage|approve|close)\s+[^;]+)"
)


def people_who_may(sentence: str) -> str:
    """``faults are handed to one of our electricians (name, mobile), who see only the faults
    assigned to them``: *...; electricians see only the faults assigned to them*, what the
    people in a relative clause may do is a rule of their own."""
    return _PEOPLE_WHO_MAY.sub(
        lambda m: (
            f"{m.group('people')}{m.group('bracket') or ''}; {m.group('plural')} {m.group('rest')}"
        ),
        sentence,
    )


_FOR_EACH_THEY_DO = re.compile(
    r"(?P<lead>^|;\s+)for\s+(?P<q>each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:that\s+|which\s+)?"
    r"(?P<who>they|we|you)\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>in|up|out|along|back|over|round))?"
    r"(?:\s+to\s+us)?,?\s+(?=(?:i|we)\s+[a-z])"
)


def for_each_they_do(sentence: str) -> str:
    """``customers have a name; for every clock they bring in i note the maker``: *customers
    bring in several clocks; for every clock i note the maker*, the clocks theirs."""

    def plain(match: re.Match[str]) -> str:
        lead, thing = match.group("lead"), match.group("thing")
        head = f"{lead}for {match.group('q')} {thing} "
        people = _record_before(sentence, match.start()) if match.group("who") == "they" else None
        verb = match.group("verb")
        if people is None or not is_plural(people.split()[-1]) or not can_be_verb(verb):
            return head
        particle = f" {match.group('particle')}" if match.group("particle") else ""
        return f"{lead}{people} {verb}{particle} several {plural(thing)}; {head[len(lead) :]}"

    return _FOR_EACH_THEY_DO.sub(plain, sentence)


_AND_THEN_ACT = re.compile(r"\s+and\s+(?=(?P<verb>[a-z]+)\s+(?P<next>[a-z][\w\-]*))")
_OBJECT_START = word_set("a an the their one several some")
_DETAIL_HEADS = word_set("number numbers details address addresses code codes")
_MODALS = word_set("may can might will must")
_PERSONAL_DETAIL = re.compile(r"(?:their\s|(?:a|an)\s+(?:full\s+)?(?:name|phone|email|e-mail)\b)")


def people_give_details(sentence: str) -> str:
    """``customers give us their name, email and phone and make rentals``: *customers have
    their name, email and phone; customers make rentals*. What people hand over about
    themselves is what the app keeps about them."""

    def plain(clause: str) -> list[str]:
        match = _GIVE_DETAILS.match(clause)
        if match is None:
            return [clause]
        people, details = match.group("np"), match.group("list")
        # "a customer gives us a name, ... and may own ...": any one of them, as *each* says;
        # without what else they do, one person giving their details is left alone
        indefinite = people.split()[0] in ("a", "an")
        each = people.split()[0] in ("each", "every", "a", "an") and match["verb"].endswith("s")
        if not each and (not is_plural(people.split()[-1]) or match["verb"].endswith("s")):
            return [clause]
        # "each hirer gives us their name, ...": what every one of them hands over
        people = plural(" ".join(people.split()[1:])) if each else people
        if not _PERSONAL_DETAIL.match(details):
            return [clause]  # "visitors leave a rating and a comment": a record of its own
        if match.group("next") and not indefinite:
            return [f"{people} have {details}", match.group("next")]
        for act in _AND_THEN_ACT.finditer(details):
            verb, following = act.group("verb"), act.group("next")
            if verb in _MODALS and can_be_verb(following):
                # "... and phone number and may own several ponds": what else they do
                return [
                    f"{people} have {details[: act.start()]}",
                    f"{people} {details[act.end() :]}",
                ]
            if indefinite or following in _DETAIL_HEADS or verb_lemma(verb) != verb:
                continue
            if following in _OBJECT_START or is_plural(following):
                # "... and phone and make rentals": the first *and* a verb with its object
                rest = details[act.end() :]
                return [f"{people} have {details[: act.start()]}", f"{people} {rest}"]
        return [clause] if indefinite else [f"{people} have {details}"]

    return per_clause(sentence, plain)


_EXAMPLES_AFTER = re.compile(
    r",\s+(?:could be|say|like|such as|e\.g\.)\s+(?:a|an)\s+[^;:()]*?"
    r"(?:,?\s+(?:or\s+)?(?:whatever|anything|etc|and so on))(?=\s*(?:,|;|$))"
)


_ONE_EXAMPLE = re.compile(
    r",?\s+(?:such\s+as|e\.g\.|for\s+example)\s+the\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,3}"
    r"(?=\s*(?:,|;|$))"
    r"|(?:\s+for\s+(?:things|stuff|notes))?,?\s+(?:such\s+as|e\.g\.,?|for\s+example|like|say)\s+"
    r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]"
)
"""``a competition such as the club championship``, ``a location such as "outside the post
office"``, ``a notes box for things like "adjoining if possible"``: one example, no value."""


_DASHED_EXAMPLES = re.compile(
    r"\s+-\s+(?:(?:things|stuff|ones|items)\s+)?(?:like|such\s+as|e\.g\.|for\s+example|say)\s+"
    r"[^;:()]*?\s+-(?=\s)"
)


_PLURAL_LIKE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:like|such\s+as)\s+"
    r"(?P<examples>(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,\s+(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*,?\s+"
    r"(?:or|and)\s+(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=,\s+each\s|\s+(?:each\s+)?(?:have|has|come\s+with|cost|can|may|are|with)\s)"
)
"""``extras like lighting, flooring or heaters, each with ...``, ``materials like felt, thread
and buttons with what each one costs``, ``toppings such as pearls
or popping boba have a name``, ``extras such as a cake or party bags can be added`` and
``treatments such as a classic set or an infill each have``:
the extras, with what they have (the examples name no values
of a field)."""
_EACH_HAVING = re.compile(r"(?<=,)\s+each\s+(?:one\s+|[a-z][\w\-]*\s+)?having\s+(?:its\s+own\s+)?")
"""``..., each extra having its own name and price``: each with a name and price."""
_LIKE_A_VALUE = re.compile(
    r"\s+like\s+[\w\-]*\d[\w\-]*(?=\s*(?:,|;|$)|\s+and\s)"
    r"|(?<=\bname)\s+like\s+[a-z][\w\-]*(?:\s+[\w\-]+)?\s+or\s+[a-z][\w\-]*(?:\s+[\w\-]+)?"
    r"(?=\s*(?:,|;|$)|\s+and\s)"
)
"""``a size like 6x12``: the size, shown by one value; ``a name like kitchen or bedroom 1``:
the name, shown by two."""


def without_examples(sentence: str) -> str:
    """``people bring in a specimen, could be a pheasant, a pike, whatever, and i ...``,
    ``a competition such as the club championship`` and ``the classes - things like "three
    onions" - with a number``: the examples say what a record may be, not what the app keeps;
    ``extras like lighting or heaters, each extra having its own name`` are *extras, each with
    a name*."""
    sentence = _LIKE_A_VALUE.sub("", sentence)
    sentence = _EACH_HAVING.sub(" each with ", _PLURAL_LIKE.sub(r"\g<things>", sentence))
    sentence = _DASHED_EXAMPLES.sub("", sentence)
    return _ONE_EXAMPLE.sub("", _EXAMPLES_AFTER.sub("", sentence))


_OBLIGATION = re.compile(
    r"\b(?P<us>i|we)\s+(?:have\s+to|has\s+to|have\s+got\s+to|got\s+to|must)\s+(?=[a-z])"
)


_NARRATED_FLOW = re.compile(
    r"\b(?P<head>status|stage|state)\s*:\s*(?:it|they)\s+(?:starts?|begins?)\s+(?:off\s+|out\s+)?"
    r"(?:as|in|at)\s+(?:(?:a|an)\s+)?(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,\s*(?P<rest>[^;:]+)$"
)
_NARRATED_STEP = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:(?:gets|get|is|are|goes|go|becomes|become|moves\s+to|is\s+then|"
    r"gets\s+then|then\s+gets)\s+)?(?:then\s+)?(?P<state>[a-z][\w\-]*(?:\s+(?:or|and)\s+[a-z][\w\-]*)?)$"
)


def narrated_flow(sentence: str) -> str:
    """``a status: it starts as a draft, gets sent, and is then accepted or declined``: *a
    status: draft -> sent -> accepted or declined*, the states told as a story."""
    match = _NARRATED_FLOW.search(sentence)
    if match is None:
        return sentence
    states = [match.group("first")]
    for piece in re.split(r",\s*", match.group("rest")):
        step = _NARRATED_STEP.match(piece.strip())
        if step is None:
            return sentence
        states.append(step.group("state"))
    if len(states) < 3:
        return sentence
    flow = " -> ".join(states)
    return f"{sentence[: match.start()]}{match.group('head')}: {flow}"


_RULE_MEANS = re.compile(
    r"^(?:the|our|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:licence|license|law|insurance|insurer|council|"
    r"regulator|regulations|rules|inspector|auditor|accountant|contract|policy)\s+"
    r"(?:means|says|requires|insists)\s+(?:that\s+)?(?=(?:i|we)\s)"
)
"""``the council licence means we must log ...``: why, before what we do."""


def without_obligation(sentence: str) -> str:
    """``i have to write down the species``: *i write down the species*; ``the council
    licence means we must log vet checks``: *we log vet checks*; ``every waste bag we take
    away has to be logged against its job``: *every waste bag is logged against its job*."""
    sentence = _BECAUSE_OF_RULES.sub("", sentence)
    sentence = _MUST_BE_DONE.sub(
        lambda m: "are " if m["be"] in ("have", "need") else "is ", sentence
    )
    return _OBLIGATION.sub(r"\g<us> ", _RULE_MEANS.sub("", sentence))


_BECAUSE_OF_RULES = re.compile(
    r"^(?:then\s+|and\s+|also\s+)?(?:because\s+of|due\s+to|under|for)\s+(?:the\s+)?"
    r"(?:regulations|rules|law|insurance|council|licence|license|legislation)\s*,?\s+"
    r"(?=(?:every|each|all|we|i)\s)"
)
"""*then because of the regulations every waste bag ...*: why, said first; no record."""
_MUST_BE_DONE = re.compile(r"\b(?P<be>has|have|needs|need)\s+to\s+be\s+(?=[a-z]+ed\b)")


_EACH_EITHER = re.compile(
    r"\b(?P<np>[a-z][\w\-]*s),\s+each\s+(?:one\s+)?either\s+(?:a|an)\s+(?P<one>[a-z][\w\- ]*?)\s+"
    r"or\s+(?:a|an)\s+(?P<other>[a-z][\w\- ]*?)(?P<end>,\s+with\s+|\s*$|\s*[,;]\s*)"
)


def each_either(sentence: str) -> str:
    """``we put on events, each either a road run or a rally, with a name ...``: *events, each
    with a type (road run, rally), a name ...*; what kind each one is, not two records."""

    def plain(match: re.Match[str]) -> str:
        kinds = (
            f"{match.group('np')}, each with a type ({match.group('one')}, {match.group('other')})"
        )
        return f"{kinds}, " if match.group("end").strip(" ,;") else f"{kinds}{match.group('end')}"

    return _EACH_EITHER.sub(plain, sentence)


_ON_EACH_THEY = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s*)(?:on|at|after|during|with|in)\s+(?P<det>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*,?\s+(?:they|we|i)\s+(?:also\s+)?(?=[a-z]+\s+(?:the|a|an|their|its|several|any|each|every)\s)"
)


_NOTE_TO_SELF = re.compile(
    r"(?P<lead>^|;\s+|(?<=[a-z]),\s+(?:then\s+)?(?=[a-z]+\s+(?!down\b)[a-z]))"
    r"(?P<verb>log|note|jot\s+down|write\s+down|record)\s+(?=[a-z][^;]*(?:,|\sand\s)[^;]*$)"
)
"""``..., log setup mins + run mins``: an order to ourselves to keep a list."""


_LOGGED_BY_ITS = re.compile(
    r"\b(?P<log>(?:log|logs|record|records|note|notes|list|lists|track|tracks)\s+(?:every|each|all)\s+"
    r"[a-z][^,;:]*?)\s+by\s+(?=(?:its|their)\s)"
)
"""``we log every key we hold for a site by its tag number``: kept *with* its tag number."""
_WE_HOLD = re.compile(
    r"\b(?P<each>(?:every|each)\s+[a-z][\w\-]*)\s+(?:that\s+|which\s+)?(?:we|i)\s+"
    r"(?:hold|have|keep|store|look\s+after)\s+(?=(?:for|at|in|on)\s)"
)
"""*every key we hold for a site*: every key for a site; holding it is what keeping it is."""


def logged_by_its(sentence: str) -> str:
    """``we log every key ... by its tag number and the date``: *... with its tag number and
    the date*, what each is told apart by is what is kept of it."""
    sentence = _WE_HOLD.sub(r"\g<each> ", sentence)
    return _LOGGED_BY_ITS.sub(r"\g<log> with ", sentence)


def we_log(sentence: str) -> str:
    """``each op on a work order runs on one machine, log setup minutes and run minutes``:
    *...; we log setup minutes and run minutes*; a note-taker leaves out who keeps the list (a
    comma's imperative counts only after a clause about each record)."""

    def plain(match: re.Match[str]) -> str:
        if match.group("lead").startswith(",") and not sentence.startswith(("each ", "every ")):
            return match.group(0)
        lead = "" if not match.group("lead") else "; "
        said = sentence[match.end() :]
        # the article a note leaves out too, as the readers of what we keep expect one
        the = "" if re.match(r"(?:the|a|an|their|its|all)\s", said) else "the "
        return f"{lead}we {match.group('verb')} {the}"

    return _NOTE_TO_SELF.sub(plain, sentence)


_ASK_WITH_ONE_THAT = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?P<act>[a-z]+\s(?:[^;,]*?\s)?)with\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+(?P<verb>[a-z]+s)\s+"
    r"(?P<rest>[^;]+)$"
)


def ask_with_one_that(sentence: str) -> str:
    """``clients ask for boxes back with a retrieval request that covers one or more boxes,
    has a requested date ...``: *clients ask for boxes back; each retrieval request belongs to
    one client; each retrieval request covers ...*, a record the people make, told in a
    relative clause of its own."""

    def plain(clause: str) -> list[str]:
        match = _ASK_WITH_ONE_THAT.match(clause)
        if match is None:
            return [clause]
        who, record, verb = match.group("who"), match.group("record"), match.group("verb")
        if not (is_plural(who) and can_be_noun(record.split()[-1])) or verb_lemma(verb) in (
            None,
            verb,
        ):
            return [clause]
        return [
            f"{who} {match.group('act').strip()}",
            f"each {record} belongs to one {singular(who)}",
            f"each {record} {verb} {match.group('rest')}",
        ]

    return per_clause(sentence, plain)


def on_each_we(sentence: str) -> str:
    """``on every visit they also log the chemicals ...``: *for every visit we log the
    chemicals ...*, what is kept for each record, whoever keeps it."""
    return _ON_EACH_THEY.sub(r"\g<lead>for \g<det> \g<np> we ", sentence)


_KEPT_AS_OWN_LIST = re.compile(
    r"\b(?:we|i)\s+(?:keep|store|hold|track|list)\s+(?P<things>[a-z][\w\-]*s)\s+as\s+"
    r"(?:their\s+own|a\s+separate|its\s+own|a)\s+(?:list|record|table|sheet|register)s?\s+with\s+(?=[a-z])"
)
_KEPT_ON_FILE = re.compile(
    r"^(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),?\s+(?:we|i)\s+(?:just\s+|also\s+)?"
    r"(?:keep|store|hold|have|track|list|record)\s+(?:(?:on|in)\s+(?:file|record|the\s+books|our\s+books|a\s+list)\s+)?"
    r"with\s+(?P<list>[^;]+?)(?:,?\s+(?:because|since|as|so\s+that)\s+[^;]*)?(?=;|$)"
)
"""``comedians i keep on file with their stage name, ...``: the records named first, then what
we keep them with."""
_DEALT_WITH = re.compile(
    r"^(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|only\s+)?"
    # the trade and work we do with others, not how ("we deliver to shops with a van")
    r"(?:buy|order|source|purchase|sell|supply|work|deal|trade|partner|hire|rent|lend|loan)\s+"
    r"(?:from|to|with)\s+"
    r"(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""``we buy from suppliers with a name, ...``: the ones we deal with, then their list."""
_WE_HAVE_THEIR = re.compile(
    r"^(?:we|i)\s+have\s+(?:got\s+)?(?:\d+|[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+and\s+(?:i|we)\s+"
    r"(?:only\s+|just\s+|also\s+)?(?:need|keep|want|record|track|note|take)\s+(?=their\s)"
)
"""``we have forty members and i only need their names``: *members have their names*."""
_KINDS_OF_KIT = re.compile(
    r"^(?:then\s+)?(?:there\s+is|we\s+have|we\s+have\s+got)\s+(?:the|our|all\s+the)\s+(?P<what>[a-z][\w\-]*)\s*:\s+"
    r"(?P<kinds>[a-z][\w\-]*s(?:\s*,\s*[a-z][\w\-]*s)*,?\s+(?:and|or)\s+[a-z][\w\-]*s),\s+"
    r"each\s+(?:item|one|piece|thing)\s+with\s+(?P<list>.+)$"
)
_ONE_OF_OURS_WHO = re.compile(
    r"\b(?:a|an|the)\s+(?P<role>[a-z][\w\-]*),\s+who\s+is\s+(?:just\s+|always\s+|simply\s+|also\s+)?"
    r"one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)\b"
)


def kinds_of_things(sentence: str) -> str:
    """``then there's the kit: helmets, lights and harnesses, each item with a code and a
    type``: *each kit item has a type (helmet, light, harness), a code*, one record whose
    kinds are listed; ``a leader, who is just one of our members``: *one leader member*,
    a member in the leader's role."""
    sentence = _ONE_OF_OURS_WHO.sub(
        lambda m: f"one {m.group('role')} {singular(m.group('many'))}", sentence
    )
    kit = _KINDS_OF_KIT.match(sentence)
    if kit is None:
        return sentence
    kinds = ", ".join(
        singular(k)
        for k in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", kit.group("kinds"))
    )
    listed = re.sub(r"(?:,\s*|\s+)(?:and\s+)?(?:a|the)\s+type\b", "", kit.group("list"))
    return f"each {kit.group('what')} item has a type ({kinds}), {listed}"


_PLUS_SEVERAL = re.compile(
    r"^(?P<head>for\s+(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+(?:we|i)\s+"
    r"[a-z]+\s+.+?),?\s+(?:plus|and also|as well as)\s+(?P<many>several|many|multiple)\s+(?P<rest>[a-z].+)$"
)


_PLUS_MORE = re.compile(
    r"^(?P<lead>(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:can\s+|may\s+)?"
    r"(?:include|includes|contain|contains|cover|covers|comes?\s+with|uses?|needs?|takes?))\s+"
    r"(?P<first>[^,;]+?),\s+plus\s+(?:(?:some|any|several|optional)\s+)?"
    r"(?P<rest>(?P<things>[a-z][\w\-]*s)\b[^;]*)$"
)


def plus_several(sentence: str) -> str:
    """``for every client we keep the full name, plus one or more contacts with a name and
    phone``: *for every client we keep the full name; every client has several contacts with
    a name and phone*, the records each one has, after what it holds."""
    match = _PLUS_SEVERAL.match(sentence)
    if match is None:
        return sentence
    np, many = match.group("np"), match.group("many")
    return f"{match.group('head')}; every {np} has {many} {match.group('rest')}"


_HAS_PLUS_SEVERAL = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:has|have)\s+[^;]+?),?"
    r"\s+plus\s+(?P<many>several|many|multiple)\s+(?=[a-z][\w\-]*s\b)"
)


def has_plus_several(sentence: str) -> str:
    """``a listing has a title and a price, plus several photos, each just an image link``:
    *..., and several photos, ...*; the records it has after the fields it holds, as with
    *and*, no *plus* in their name."""
    return per_clause(
        sentence, lambda clause: [_HAS_PLUS_SEVERAL.sub(r"\g<head>, and \g<many> ", clause)]
    )


def plus_more(sentence: str) -> str:
    """``a booking can include several marquees, plus extras, each with name and price``:
    *...; a booking can include several extras, each with ...*, a second kind of thing it
    takes (read once the sentence is in plain clauses)."""

    def plain(clause: str) -> list[str]:
        more = _PLUS_MORE.match(clause)
        if more is None or not is_plural(more.group("things")):
            return [clause]
        lead = more.group("lead")
        return [f"{lead} {more.group('first')}", f"{lead} several {more.group('rest')}"]

    return per_clause(sentence, plain)


_OWN_RECORD_WITH = re.compile(
    r"\b(?:gets|get|has|have|is given|are given)\s+(?:its|their)\s+own\s+"
    r"(?:record|entry|card|page|file|row|profile)\s+with\s+(?=[a-z])"
)
_DASHED_NEED = re.compile(
    r"(?P<before>\b(?:a|an|one)\s+(?P<np>[a-z][\w\-]*))\s+-\s+[^\-;]*?\b(?:we|i)\s+"
    r"(?:(?:only|just|really|also)\s+)*(?:need|keep|take|want|record|store|note)\s+"
    r"(?P<list>(?:a|an|the|their|his|her)\s+[^\-;]+?)\s+-(?:\s+(?:and\s+)?(?P<rest>[^;]*))?$"
)
_FOR_WHOM = re.compile(
    r"(?P<np>\b[a-z][\w\-]*s),\s+(?:for|about|of)\s+(?:whom|which|them)\s+(?:we|i)\s+"
    r"(?:(?:only|just|really|also)\s+)*(?:need|keep|want|store|record|track|note|take)\s+"
    r"(?P<list>[^;]+?)(?=,\s+(?:and|but|so)\s+(?:i|we)\b|;|$)"
)
_TRACKED_BY = re.compile(
    r"(?P<np>\b[a-z][\w\-]*s),\s+which\s+(?:i|we)\s+(?:track|record|keep|note|list|log|identify|know)"
    r"\s+by\s+(?P<list>[^,;]+?(?:\s+and\s+[^,;]+?)?)(?=\s+(?:because|since|as|so)\b|\s*[,;]|$)"
)


def own_record_with(sentence: str) -> str:
    """``every animal gets its own record with species, morph ...``: *has species, morph ...*;
    ``one of our enclosures, which i track by code and temperature setting``: *...
    enclosures; each enclosure has a code and temperature setting*; ``one of our architects,
    for whom we only need a name and initials``: *... architects; each architect has a name
    and initials*; ``every project is for a client - often a couple, but we just need a name
    and phone - and ...``: *every project is for a client; each client has a name and phone;
    ...*; ``comedians i keep on file
    with a stage name, ...``: *comedians have a stage name, ...*; ``we buy from suppliers
    with a name``: *suppliers have a name*; ``we have forty members and i only need their
    names``: *members have their names*."""
    sentence = _OWN_RECORD_WITH.sub("has ", sentence)
    sentence = _KEPT_AS_OWN_LIST.sub(r"\g<things> have ", sentence)
    sentence = _KEPT_ON_FILE.sub(r"\g<things> have \g<list>", sentence)
    sentence = _DEALT_WITH.sub(r"\g<things> have ", sentence)
    sentence = _WE_HAVE_THEIR.sub(r"\g<things> have ", sentence)
    dashed = _DASHED_NEED.search(sentence)
    if dashed:
        held = f"each {dashed.group('np')} has {dashed.group('list')}"
        rest = f"; {dashed.group('rest')}" if dashed.group("rest") else ""
        sentence = f"{sentence[: dashed.end('before')]}; {held}{rest}"
    whom = _FOR_WHOM.search(sentence)
    if whom:
        np = whom.group("np")
        held = f"each {singular(np)} has {whom.group('list')}"
        sentence = f"{sentence[: whom.start()]}{np}; {held}{sentence[whom.end() :]}"
    tracked = _TRACKED_BY.search(sentence)
    if tracked is None:
        return sentence
    np = tracked.group("np")
    rest = sentence[tracked.end() :]
    rest = re.sub(r"^\s+(?:because|since|as|so)\b[^;]*", "", rest)
    held = f"each {singular(np)} has {tracked.group('list')}"
    return f"{sentence[: tracked.start()]}{np}; {held}{rest}"


_RECORD_PER = re.compile(
    r"\b(?P<record>(?:a|an)\s+[a-z][\w\-]*(?:\s+(?:record|entry|row|line|note|log|sheet))?)\s+per\s+"
    r"(?P<each>[a-z][\w\-]*)\s+(?:saying|showing|noting|stating|recording|with)\s+(?=whether|if|a|an|the)"
)
_SERIES_OF = re.compile(
    r"\b(?:meets|runs|happens|takes place|is run|is held|is taught)\s+(?:as|in|over)\s+(?:a\s+)?"
    r"(?:series|set|block|run|string)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)
_RUNS_IN = re.compile(
    r"^(?P<whole>(?:the|our|this|each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:meets|runs|happens|takes place|is run|is held|is played|is split|is divided)\s+"
    r"(?:in|into|over)\s+(?P<things>[a-z][\w\-]*s),\s+each\s+with\s+"
)
"""``every class meets in lessons, each with a date``: several lessons; ``the contest runs in
rounds, each with a number``: the one contest is the business itself, so the rounds are
records with no owner."""
_ORDER_OF = re.compile(
    r"\b(?P<has>has|have)\s+(?:a|an|its|their)\s+(?:running\s+order|line-up|lineup|sequence|string|"
    r"programme|program|rota)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)
_LIST_OF_EACH = re.compile(
    r"\b(?P<has>has|have)\s+(?:a|an|its|their)\s+(?:own\s+)?(?:list|set|collection|bank|pool|register)\s+"
    r"of\s+(?P<things>[a-z][\w\-]*s),\s+each\s+(?:(?:stored|kept|recorded|listed|logged|noted|saved|"
    r"entered|written\s+down)\s+)?with\s+"
)
"""``every round has its own list of words, each stored with the word``: several words."""
_HAS_THINGS_EACH = re.compile(
    r"\b(?P<has>has|have|contains?|includes?|holds?)\s+"
    rf"(?=(?:(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s|{PIECES}\s+of\s+[a-z][\w\-]*),"
    r"\s+each\s+with\s)"
    r"(?!(?:a|an|the|several|many|multiple|some|its|their)\s)"
)
"""``each order has lines, each with a quantity``, ``a case can have inquest hearings, each
with ...``, ``a playground contains swings, each with a type``: several lines, several hearings,
several swings, each a record."""
_COVERS_MANY_EACH = re.compile(
    r"\b(?:covers|cover|includes|include|contains|contain|spans|span)\s+"
    r"(?:one\s+or\s+more|several|many|multiple|a\s+number\s+of)\s+"
    r"(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,?\s+each)?\s+with\s)"
)
"""``a contract covers one or more properties, each with an address``: the properties are
the contract's own, described where they are named."""
_IS_ONE_DOING = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=\s-\s))(?:a|an|each)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+(?:one|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*)\s+(?P<doing>[a-z]+ing)\b(?!\s+(?:(?:in|back|over|along|round|up)\s+)?one\s)"
    r"(?:\s+(?:a|an|the|their|his|her)\s+[a-z][\w\-]*)?"
)
"""``a slot is one comedian doing a set``; one doing to *one* thing meets two records
(``one seller bringing in one grade``, read by ``belongs_to_both``)."""
_LISTS_THE_THINGS = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s))(?P<who>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+(?:lists|names|picks|chooses|ticks|selects|gives)\s+"
    r"(?:the|all\s+the|which)\s+(?P<things>[a-z][\w\-]*s)\s+(?:they|he|she|it)\s+"
    r"(?:can|could|would|will|are\s+able\s+to|is\s+able\s+to)\s+(?P<act>[a-z]+)\b"
)
_EACH_ON_A_DATE = re.compile(
    r"(?P<things>\b[a-z][\w\-]*s),\s+each\s+(?:on|at)\s+(?P<when>(?:a|an)\s+(?:[a-z]+\s+)?(?:date|time|day))\b"
)


_PART_OF_WHOLE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<part>(?:every|each)\s+[a-z][\w\-]*)\s+(?P<prep>on|in|of)\s+"
    r"(?P<whole>it|each\s+one|(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:names|lists|gives|states|shows|says|records|notes)\s+(?=(?:a|an|the|its|their|which|what|how)\s)"
)


_PART_ON_A = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<part>(?:every|each)\s+[a-z][\w\-]*)\s+(?:on|in|of)\s+"
    r"(?P<whole>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>(?!is\b|has\b|was\b|does\b)[a-z]+s)\s+"
    r"(?=(?:to|from|for|with|at|(?:on|in)\s+(?:one|a|an|the)|one|a|an)\b)"
)
"""``every delivery on a round goes to one client``, ``each op on a work order runs on one
machine``: the delivery is the round's, then what it does."""


_FOR_A_TIME_IN = re.compile(
    r"^(?:each|every|a|an|the)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+for\s+"
    r"(?P<when>(?:a|an|one)\s+(?:[a-z]+\s+)?(?:time|date|day|slot))\s+(?:in|at|on|with)\s+"
    r"(?:a\s+specific\s+|a\s+particular\s+|one\s+of\s+our\s+|a\s+|an\s+|one\s+)(?P<place>[a-z][\w\-]*)$"
)


def for_a_time_in(sentence: str) -> str:
    """``the booking is for a start time in a specific bay``: *each booking has a start time;
    each booking belongs to a bay*, when it is and the one place it is in."""

    def plain(clause: str) -> list[str]:
        match = _FOR_A_TIME_IN.match(clause)
        if match is None:
            return [clause]
        thing, place = match.group("thing"), singular(match.group("place"))
        return [f"each {thing} has {match.group('when')}", f"each {thing} belongs to a {place}"]

    return per_clause(sentence, plain)


_WHEN_ACTING_CHOOSE = re.compile(
    r"^when\s+(?P<act>[a-z]+ing)\s+(?:they|customers|people|clients|guests|you)\s+"
    r"(?:choose|pick|select)\s+(?:one\s+of\s+our\s+|one\s+of\s+the\s+|a\s+|an\s+|one\s+)"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:,\s+each\s+with\s+(?P<list>.+))?$"
)


def when_acting_choose(sentence: str) -> str:
    """``when booking they choose one of our wash packages, each with a name``: *each wash
    package has a name; each booking has one wash package*."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_ACTING_CHOOSE.match(clause)
        act = act_or_irregular_noun(verb_lemma(match.group("act")) or "") if match else None
        if match is None or not act:
            return [clause]
        *before, last = match.group("things").split()
        thing = " ".join([*before, singular(last)])
        # the chosen things first: then "one wash package" names them, not a role of packages
        made = [f"each {thing} has {match.group('list')}"] if match.group("list") else []
        return [*made, f"each {act} has one {thing}"]

    return per_clause(sentence, plain)


def part_of_whole(sentence: str) -> str:
    """``a purchase order goes ...; every line on it names an item, the quantity``: *every
    line on a purchase order has an item, ...*, the parts of the record the clause before is
    about, each with what it names; ``every delivery on a round goes to one client``: *every
    delivery belongs to a round; every delivery goes to one client*."""

    def has(match: re.Match[str]) -> str:
        whole = match.group("whole")
        if whole in ("it", "each one") or whole.startswith("each one"):
            subject = _record_before(sentence, match.start())
            if subject is None:
                return match.group(0)
            whole = f"a {subject}"
        return f"{match.group('lead')}{match.group('part')} {match.group('prep')} {whole} has "

    sentence = _PART_OF_WHOLE.sub(has, sentence)
    return _PART_ON_A.sub(
        lambda m: (
            f"{m.group('lead')}{m.group('part')} belongs to {m.group('whole')};"
            f" {m.group('part')} {m.group('verb')} "
        ),
        sentence,
    )


_FOR_EACH_HEAD = re.compile(r"^for\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\b")


def _record_before(sentence: str, at: int, *, ours: bool = False) -> str | None:
    """The record the clause before ``at`` opens with (*a race* in ``a race has a date; for
    each bird ...``, *customer* in ``for each customer we keep a name``), None when it opens
    with a person (*we*, *i*); with ``ours``, what we do (*competitions* in ``we enter
    competitions with a date, and every time ...``)."""
    before = re.split(r";\s+|,\s+and\s+|,\s+so\s+", sentence[:at])[-1]
    before = re.sub(r"^(?:so|and|then)\s+", "", before)
    done = _WE_DO_THINGS.match(before) if ours else None
    if done is not None:
        return singular(done.group("things"))
    head = _FOR_EACH_HEAD.match(before)
    if head is not None:
        return head.group("one")  # "for each customer we keep a name": the customer
    subject = leading_noun_phrase(words(before))
    if not subject or subject in ("we", "i", "you", "they", "it"):
        return None
    return subject


_WE_DO_THINGS = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?[a-z]+\s+(?:in\s+|for\s+|at\s+)?(?P<things>[a-z][\w\-]*s)\b"
)


_TAKES_PART = re.compile(
    r"(?P<lead>^|;\s+)for\s+(?:each|every)\s+(?P<who>[a-z][\w\-]*)\s+(?:that|who|which)\s+"
    r"(?:takes|took|take)\s+part(?:\s+in\s+(?:it|(?:a|an|the|each|every)\s+(?P<event>[a-z][\w\-]*)))?,?\s+"
    r"(?:we|i)\s+(?:write|record|note|log|keep|take|enter)(?:\s+down)?\s+(?P<list>[^;]+?)"
    r"(?:,\s+which\s+[^;]*)?(?=;|$)"
)


_LINE_FOR_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+(?:and\s+)?)(?:then\s+)?there\s+is\s+(?:a|one)\s+(?:line|row|entry)\s+for\s+"
    r"(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+on\s+(?:it|(?:the|each|every)\s+(?P<whole>[a-z][\w\-]*))"
    r"\s*(?:-|:|,)\s+(?P<list>.+)$"
)


def line_for_each(sentence: str) -> str:
    """``a repair ticket has a total, and then there is a line for each item on it - what it
    is, what needs doing``: *...; each repair ticket has several items with what it is, ...*."""

    def several(match: re.Match[str]) -> str:
        whole = match.group("whole") or _record_before(sentence, match.start())
        if whole is None:
            return match.group(0)
        things = plural(match.group("thing"))
        lead = "; " if match.group("lead") else ""
        return f"{lead}each {whole} has several {things} with {match.group('list')}"

    return _LINE_FOR_EACH.sub(several, sentence)


_WHOSE_ON_A = re.compile(
    r"^(?P<head>[a-z][\w\-]*s):\s+(?:each|every|a|an|the)\s+(?P<who>[a-z][\w\-]*)'s\s+"
    r"(?P<what>[a-z][\w\-]*)\s+(?:on|for|about|in)\s+(?:a|an|each|every|the)\s+(?P<on>[a-z][\w\-]*)"
    r"(?P<rest>.*)$"
)
_WHEN_ONE_MISSES = re.compile(
    r"^(?P<head>[a-z][\w\-]*s)\s+when\s+(?:a|an|the)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:can't|cannot|can not|does not|doesn't|won't|will not)\s+(?:make|attend|come\s+to|do)\s+"
    r"(?:a|an|the)\s+(?P<what>[a-z][\w\-]*),?\s+with\s+(?P<list>.+)$"
)


_WHOSE_WE_KEEP = re.compile(
    r"^(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s),\s+whose\s+(?P<list>[^,;]+?)\s+(?:we|i)\s+"
    r"(?:keep|record|note|have|store|hold|track|need),\s+(?=[a-z])"
)


_DETAILS_OF_EACH = re.compile(
    r"^(?P<lead>(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:(?:also|only|just|always)\s+)?)"
    r"(?:keep|store|record|hold|note|log|track|take|capture|save)\s+"
    r"(?P<list>(?:the|their)\s+[^;()]+?)\s+(?:of|for)\s+"
    r"(?P<who>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)
_HOLD_WHOSE = re.compile(
    r"^(?P<lead>(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:(?:also|only|just|always)\s+)?)hold\s+"
    r"(?=(?:each|every|a|an|the)\s+[a-z][\w\-]*'s\s)"
)


def details_of_each(sentence: str) -> str:
    """``we store the name and phone of every client``: *for every client we keep the name
    and phone*; ``we hold each landlord's name``: *we keep each landlord's name*; what is kept
    about each of a kind names the kind."""

    def plain(clause: str) -> list[str]:
        clause = _HOLD_WHOSE.sub(r"\g<lead>keep ", clause)
        match = _DETAILS_OF_EACH.match(clause)
        if match is None or not re.search(r",|\sand\s", match["list"]):
            return [clause]
        return [f"for {match['who']} {match['lead']}keep {match['list']}"]

    return per_clause(sentence, plain)


_DONE_BY_WITH_PLACES = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:(?P<first>(?:is|are)\s+for\s+(?:a|an|one)\s+[a-z][\w\-]*)\s+and\s+)?"
    r"(?P<done>(?:is|are)\s+[a-z]+\s+by\s+"
    r"(?:one\s+of\s+(?:our|the|their)\s+[a-z][\w\-]*s|(?:a|an|one)\s+[a-z][\w\-]*))"
    r"(?P<phrases>(?:\s+(?:against|on|at|in|for|with|from)\s+(?:a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?){2,})"
    r"(?:,\s+either\s+(?P<one>[a-z][\w\-]*)\s+or\s+(?P<other>[a-z][\w\-]*))?"
    r"(?:,\s+and\s+(?P<rest>(?:we|i)\s+.+))?$"
)
_PLACE_PHRASE = re.compile(
    r"\s+(?:against|on|at|in|for|with|from)\s+(?P<what>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s+(?:against|on|at|in|for|with|from)\s|$)"
)


def done_by_with_places(sentence: str) -> str:
    """``a fixture is played by one of our teams against an opponent on a date, either home
    or away``: *a fixture is played by one of our teams; a fixture has an opponent, a date and
    a home-or-away (home or away)*; the phrases after who does it say what the record holds.
    So ``every visit is for one patient and is done by one of our chiropodists on a visit date
    for a fee``, after whom the visit is for."""

    def plain(match: re.Match[str]) -> list[str] | None:
        held = [m["what"] for m in _PLACE_PHRASE.finditer(match["phrases"])]
        if len(held) < 2:
            return None
        if match["one"]:
            one, other = match["one"], match["other"]
            held.append(f"a {one}-or-{other} ({one} or {other})")
        rest = [match["rest"]] if match["rest"] else []
        listed = f"{', '.join(held[:-1])} and {held[-1]}"
        subject = match["subject"]
        # "every visit is for one patient and is done by ...": whom it is for comes first
        first = [f"{subject} {match['first']}"] if match["first"] else []
        return [*first, f"{subject} {match['done']}", f"{subject} has {listed}", *rest]

    return per_match(sentence, _DONE_BY_WITH_PLACES, plain)


_BELONGS_TO_ONE_WITH = re.compile(
    r"^(?P<link>(?:(?:and|so)\s+)?(?:each|every|a|an)\s+[a-z][\w\-]*\s+(?:belongs\s+to|is\s+in|is\s+part\s+of)"
    r"\s+(?:a|an|one)\s+(?P<whole>[a-z][\w\-]*))\s+with\s+(?P<list>(?:a|an|its|their)\s+[^;]+)$"
)


def belongs_to_one_with(sentence: str) -> str:
    """``every player belongs to a team with a name and a coach``: *...; each team has a name
    and a coach*; a list naming what it is called describes the one it belongs to."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not re.search(r"\b(?:name|title)\b", match["list"]):
            return None
        if match["list"].startswith("its "):
            # "each pet belongs to an owner with its name, species ...": the pet's own
            subject = re.sub(r"\s+(?:belongs\s+to|is\s+in|is\s+part\s+of)\s.*$", "", match["link"])
            return [match["link"], f"{subject} has {match['list']}"]
        return [match["link"], f"each {match['whole']} has {match['list']}"]

    return per_match(sentence, _BELONGS_TO_ONE_WITH, plain)


_PUTS_ONE_IN_A = re.compile(
    r"^(?P<act>(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:puts|places|assigns|sends|pairs|matches|links|seats|books)\s+(?:one|a|an)\s+.+?)"
    r"\s+(?:in|at|as|with|on)\s+(?P<field>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*"
    r"\([^()]*\bor\b[^()]*\))$"
)


def puts_one_in_a(sentence: str) -> str:
    """``an assignment puts one umpire on one game in a position (plate or base)``: *...; an
    assignment has a position (plate or base)*; the record pairing two others holds the
    valued way it pairs them."""
    return per_match(
        sentence, _PUTS_ONE_IN_A, lambda m: [m["act"], f"{m['subject']} has {m['field']}"]
    )


def whose_we_keep(sentence: str) -> str:
    """``our cuppers, whose names we keep, score each batch``: *cuppers have their names;
    cuppers score each batch*."""
    match = _WHOSE_WE_KEEP.match(sentence)
    if match is None:
        return sentence
    people = match.group("people")
    return f"{people} have their {match.group('list')}; {people} {sentence[match.end() :]}"


def header_of_parties(sentence: str) -> str:
    """``votes: each councillor's position on an item (for, ...)``: *votes: the councillor,
    the item, the position (for, ...)*; ``apologies when a councillor can't make a meeting,
    with a reason``: *apologies: the councillor, the meeting, a reason*; a record of one
    party and one thing."""
    whose = _WHOSE_ON_A.match(sentence)
    if whose:
        return (
            f"{whose.group('head')}: the {whose.group('who')}, the {whose.group('on')}, the"
            f" {whose.group('what')}{whose.group('rest')}"
        )
    misses = _WHEN_ONE_MISSES.match(sentence)
    if misses:
        return (
            f"{misses.group('head')}: the {misses.group('who')}, the {misses.group('what')},"
            f" {misses.group('list')}"
        )
    return sentence


def takes_part(sentence: str) -> str:
    """``a race has a date; for each bird that takes part we write its arrival time``: *each
    race entry has one race, one bird, its arrival time*, a record of one taking part; so is
    ``we enter competitions ..., and every time a team competes we record its score``."""

    sentence = _entries(sentence, _TAKES_PART, ours=False)
    return _entries(sentence, _EVERY_TIME_ONE, ours=True)


def _entries(sentence: str, pattern: re.Pattern[str], *, ours: bool) -> str:
    """Each clause ``pattern`` matches as *each <event> entry has one <event>, one <who>,
    <list>*; the event is named in it or is the record the clause before is about."""

    def entry(match: re.Match[str]) -> str:
        event = match.group("event") or _record_before(sentence, match.start(), ours=ours)
        if event is None or " " in event:
            return match.group(0)
        return (
            f"{match.group('lead')}each {event} entry has one {event}, one {match.group('who')},"
            f" {match.group('list')}"
        )

    return pattern.sub(entry, sentence)


_EVERY_TIME_ONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:every|each)\s+time\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:competes|takes\s+part|enters|races|plays|performs|exhibits|flies|swims|rides)\b"
    r"(?:\s+(?:in|at)\s+(?:a|an|one)\s+(?P<event>[a-z][\w\-]*))?,?\s+(?:we|i)\s+"
    r"(?:record|note|log|write(?:\s+down)?|keep|enter|take)\s+(?P<list>[^;]+?)(?=;|$)"
)


def _runs_in(match: re.Match[str]) -> str:
    whole, things = match.group("whole"), match.group("things")
    if whole.startswith(("the ", "our ", "this ")):
        return f"each {singular(things)} has "
    return f"{whole} has several {things}, each with "


_TAKES_THINGS_DURING = re.compile(
    r"^(?:during|at|on|in)\s+(?:the|each|every|a)\s+(?P<whole>[a-z][\w\-]*),?\s+(?:the|a|an|our|we|i)\s*"
    r"(?:[a-z][\w\-]*\s+)?(?:takes|take|collects|collect|draws|draw|gathers|gather)\s+"
    r"(?P<things>[a-z][\w\-]*s),?\s+(?:noting|recording|logging|with|giving)\s+(?P<list>.+)$"
)


def takes_things_during(sentence: str) -> str:
    """``during the survey the surveyor takes samples, noting where each was taken, ...``:
    *each survey has several samples with where each was taken, ...*."""
    match = _TAKES_THINGS_DURING.match(sentence)
    if match is None:
        return sentence
    return (
        f"each {match.group('whole')} has several {match.group('things')} with"
        f" {match.group('list')}"
    )


def record_per_each(sentence: str) -> str:
    """``at each lesson we keep an attendance record per student saying whether they came``:
    *an attendance record for each student with whether they came*; ``every class meets as a
    series of lessons, each on a date``: *every class has several lessons, each with a date*;
    ``each show has a running order of slots - a slot is one comedian doing a set``: *each
    show has several slots - each slot has one comedian*; ``each member lists the skills they
    can offer``: *each member has several skills*; ``each order has lines, each with a
    quantity``: *has several lines, each with ...*."""
    sentence = _RECORD_PER.sub(r"\g<record> for each \g<each> with ", sentence)
    sentence = _SERIES_OF.sub(r"has several \g<things>", sentence)
    sentence = _RUNS_IN.sub(_runs_in, sentence)
    sentence = _ORDER_OF.sub(r"\g<has> several \g<things>", sentence)
    sentence = _HAS_THINGS_EACH.sub(r"\g<has> several ", sentence)
    sentence = _COVERS_MANY_EACH.sub("has several ", sentence)
    sentence = _LIST_OF_EACH.sub(r"\g<has> several \g<things>, each with ", sentence)
    sentence = _IS_ONE_DOING.sub(r"each \g<thing> has one \g<who>", sentence)
    lists = _LISTS_THE_THINGS.search(sentence)
    if lists and can_be_verb(lists.group("act")):
        several = f"{lists.group('who')} has several {lists.group('things')}"
        sentence = f"{sentence[: lists.start()]}{several}{sentence[lists.end() :]}"
    return _EACH_ON_A_DATE.sub(r"\g<things>, each with \g<when>", sentence)


_HAS_ACCESS = re.compile(r"\b(?:has|have)\s+(?:full\s+|complete\s+)?access\s+to\s+(?=[a-z])")


def access_as_act(sentence: str) -> str:
    """``the principal has access to every case``: *can access every case*, someone's right
    (the readers take *has* for what a record holds)."""
    return _HAS_ACCESS.sub("can access ", sentence)


_ARE_JUST_A = re.compile(
    r"^(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:are|is)\s+"
    r"(?:only|just|simply|basically|really\s+just)\s+"
    r"(?P<list>(?:a|an)\s+[^;()]+?(?:,|\s+and\s+(?=(?:a|an|the|their|its)\s))[^;()]*?)"
    r"(?:\s+really)?(?P<rest>,\s+(?:though|but|although|and)\s+.*)?$"
)


_KIND_WITH = re.compile(
    r"^(?:a|an)\s+(?:(?:small|local|big|large)\s+)?(?:business|company|firm|organisation|organization|"
    r"person|individual|household|family|charity|shop)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""What kind of thing a record is (*a business*), said before what it has."""
_EACH_IS_LIST = re.compile(
    r"^(?:(?P<before>.*?),\s+so\s+)?(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    # "each line is a variety (nordmann fir, ... or blue spruce), a height band (...), ...":
    # an item's values in brackets are its own
    r"\s+is\s+(?P<list>(?:a|an|the|its|their)\s+(?:[^;()]|\([^()]*\))*?,\s+[^;]+)$"
)


def _is_field_list(text: str) -> bool:
    """*an amount, the date it was paid and how*: things kept, each named with its article,
    joined by *and* (not values, *a room, a locker or a cage*, nor *a nightmare, honestly*)."""
    plain = outside_brackets(text)
    if " and " not in plain or " or " in plain:
        return False
    items = split_list(plain)
    named = [i for i in items if words(i)[:1] and words(i)[0] in ("a", "an", "the", "how", "when")]
    return len(items) >= 3 and len(named) >= len(items) - 1


def are_just_fields(sentence: str) -> str:
    """``clients are only a name, a phone number and an email really``: what the clients
    have; ``..., so each payment is an amount, the date it was paid and how``: what each
    payment has (a list of values, *a room, a locker or a cage*, is left alone); ``every
    client is a business with a name``: what each client has."""

    def plain(clause: str) -> list[str]:
        each = _EACH_IS_LIST.match(clause)
        # "..., and most have several tanks, so for each tank ...": the next clause is its own
        listed, _, after = each.group("list").partition(", so ") if each else ("", "", "")
        if each is not None and _is_field_list(listed):
            before = (each.group("before") or "").rstrip(" ,")
            # "every client is a business with a name, ...": the kind it is, then its list
            kind = _KIND_WITH.match(listed)
            owned = f"{each.group('subject')} has {listed[kind.end() :] if kind else listed}"
            return [part for part in (before, owned, after) if part]
        match = _ARE_JUST_A.match(clause)
        if match is None or not is_plural(match.group("np").split()[-1]):
            return [clause]
        rest = (match.group("rest") or "").lstrip(", ")
        rest = re.sub(r"^(?:though|but|although|and)\s+", "", rest)
        owned = f"{match.group('np')} have {match.group('list')}"
        return [owned, rest] if rest else [owned]

    return per_clause(sentence, plain)


BUSINESS_NOUNS = word_set(
    "shop store business company studio salon garage workshop firm practice agency clinic cafe "
    "restaurant bar pub farm school club centre center office bakery brewery nursery yard mill "
    "surgery parlour parlor kitchen service co-op cooperative charity lab laboratory loft "
    "league society association guild"
)
_ANYONE_WHO = re.compile(
    r"^(?:anyone|anybody|everyone|everybody|whoever|someone|somebody)\s+(?:who\s+|that\s+)?"
    r"(?P<act>(?!is\b|are\b|who\b|that\b)[a-z].*?)\s+(?:becomes|is|counts as|is registered as|is recorded as|"
    r"gets registered as)\s+(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s*(?:,|;|$|\s+and\s))"
)


def anyone_who(sentence: str) -> str:
    """``anyone who comes to us becomes a client, and we note their name``: *a client comes
    to us*; the person is the record the sentence goes on to describe."""
    match = _ANYONE_WHO.match(sentence)
    if match is None:
        return sentence
    return f"{match.group('one')} {match.group('act')}{sentence[match.end() :]}"


_ONE_DOES_IT = re.compile(
    r",\s*(?:and\s+)?(?P<one>one|a single|a|an)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+it(?=\s*(?:,|;|$))"
)
_ANTECEDENT = re.compile(r"\b(?:a|an|the|each|every|one)\s+(?P<noun>[a-z][\w\-]*)\b")
_VALUE_WORDS = word_set("date time day price name number address phone email total amount")
_VALUE_NOUNS = word_set(
    "date day time name number amount price cost total note notes status reason description"
)


def one_does_it(sentence: str) -> str:
    """``every client has a case with the date it was opened, one adviser handles it``: *the
    case is handled by one adviser*; *it* is the last record named before, not one of its
    values."""
    match = _ONE_DOES_IT.search(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match.group("verb"))
    if lemma is None or lemma == match.group("verb"):
        return sentence
    named = [
        m.group("noun")
        for m in _ANTECEDENT.finditer(sentence[: match.start()])
        if m.group("noun") not in _VALUE_NOUNS
    ]
    if not named:
        return sentence
    done = verb_form(lemma, "VBN")
    clause = f"the {named[-1]} is {done} by {match.group('one')} {match.group('np')}"
    rest = re.sub(r"^and\s+", "", sentence[match.end() :].lstrip(" ,"))
    before = sentence[: match.start()]
    return "; ".join(part for part in (before, clause, rest) if part)


_MARKS_IT_AS = re.compile(
    r"(?:,\s+(?:and\s+)?|;\s+|\s+and\s+|^)(?:(?:a|an|the|our|one)\s+)?(?P<who>[a-z][\w\-]*|i|we)\s+"
    r"(?:then\s+)?(?:ticks|tick|marks|mark|flags|flag|signs|sign)\s+it\s+(?:off\s+)?(?:as\s+)?"
    r"(?P<state>[a-z]+ed|paid|done|seen|ok)(?:\s+(?:when|once|after)\s+[^,;]+)?\s*$"
)


def marks_it_as(sentence: str) -> str:
    """``the pharmacist sends a timesheet with hours, and a coordinator ticks it as approved``:
    *...; the timesheet has approved (yes/no)*; what one ticks a record as is a yes/no of the
    record named before, not a tie to whoever ticks."""
    match = _MARKS_IT_AS.search(sentence)
    if match is None or match.start() == 0:
        return sentence
    before = sentence[: match.start()]
    named = [
        m.group("noun")
        for m in _ANTECEDENT.finditer(before)
        if m.group("noun") not in _VALUE_NOUNS
        and can_be_noun(m.group("noun"))
        # "a due date": *due* only modifies the value after it
        and words(before[m.end() :])[:1] not in [[value] for value in _VALUE_NOUNS]
    ]
    if not named:
        return sentence
    return f"{before}; the {named[-1]} has {match['state']} (yes/no)"


_TIES_ONE_TO_ANOTHER = re.compile(
    rf"^(?P<subject>(?:a|an|each|every|the)\s+{_NOUN})\s+(?:ties|links|connects|matches|pairs|"
    r"puts|places)\s+"
    rf"(?:a|an|one|the)\s+(?P<one>{_NOUN})\s+(?:to|with|in|into|at)\s+"
    rf"(?:one\s+of\s+(?:our|the|its|their)\s+|a\s+|an\s+|one\s+)(?P<other>{_NOUN})"
    r"(?:\s+with\s+(?P<list>(?:a|an|the|its|their)\s.+))?$"
)


def ties_one_to_another(sentence: str) -> str:
    """``a test booking ties a vehicle to one of our testers``: *each test booking belongs to
    one vehicle; each test booking belongs to one tester*; what ties two records holds one of
    each, and *... to one seat with a start date and the deposit paid* is the tie's list."""

    def tied(match: re.Match[str]) -> list[str]:
        subject = strip_determiners(match["subject"])
        other = match["other"]
        other = singular(other) if is_plural(other.split()[-1]) else other
        listed = [f"each {subject} has {match['list']}"] if match["list"] else []
        return [*_belongs_to(subject, match["one"], other), *listed]

    return per_match(sentence, _TIES_ONE_TO_ANOTHER, tied)


_WHO_DID_IT_IS_NOTED = re.compile(
    rf"^(?:the|a|an)\s+(?P<who>{_NOUN})\s+(?:who|that)\s+[a-z]+\b.*?\s+(?:is|gets|are|get)\s+"
    r"(?:also\s+)?(?:noted|recorded|logged|written|kept|put|entered|shown)\s+(?:down\s+)?"
    rf"(?:on|against|with|for|in)\s+(?:every|each|the|an?)\s+(?P<record>{_NOUN})$"
)


def who_did_it_is_noted(sentence: str) -> str:
    """``the staff member who pressed the plates is noted on every order``: *each order
    belongs to one staff member*; whoever did the work, named on the record, is one of the
    people the record points at."""

    def noted(match: re.Match[str]) -> list[str] | None:
        if match["who"].split()[-1] in _VALUE_NOUNS:
            return None
        return _belongs_to(match["record"], match["who"])

    return per_match(sentence, _WHO_DID_IT_IS_NOTED, noted)


_LIST_OF_RECORDS = re.compile(
    rf"\ba\s+list\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<np>{_NOUN})"
    r"(?:\s+(?:that\s+|who\s+)?(?:we|i)\s+[a-z]+(?:\s+(?:with|for|to|from|at|use))?)?"
    r"\s*\((?P<fields>[^()]+)\)"
)
_EACH_LINKED_TO = re.compile(
    r"\b(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:is\s+)?(?:linked|tied|attached|connected)\s+"
    rf"(?:to|with)\s+(?:the|a|an|one|its)\s+(?P<other>{_NOUN}?)(?=\s+(?:that|which|who)\b|\s*$)"
    r"(?:\s+(?:that|which|who)\s+[^,;]*)?"
)


def list_of_records(sentence: str) -> str:
    """``i'd like a list of the vet practices we work with (name, phone and town) and each pet
    linked to the practice that sent it``: *for each vet practice we keep name, phone and
    town; each pet belongs to one practice*; a list of things with their details is a record
    of them, whoever wants it and whatever they do with them."""
    listed = _LIST_OF_RECORDS.search(sentence)
    if listed is None or not is_plural(listed["np"].split()[-1]):
        return sentence
    fields = listed["fields"].strip()
    if not re.search(r"\b(?:and|or)\b", fields):
        fields = re.sub(r",\s*(?=[^,]+$)", " and ", fields)  # "name, town" ends as a list does
    clauses_said = [f"for each {singular_phrase(listed['np'])} we keep {fields}"]
    rest = sentence[listed.end() :].strip(" ,.")
    linked = _EACH_LINKED_TO.search(sentence, listed.end())
    if linked is not None and linked.end() == len(sentence.rstrip(" ,.")):
        clauses_said += _belongs_to(linked["record"], linked["other"])
    elif rest:
        return sentence  # "... (name, website) and the contacts who work at each": more said
    return "; ".join(clauses_said)


_TRACK_WHEN_DONE = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?(?:keep\s+track\s+of|track|record|note|log|keep\s+a\s+note\s+of)\s+"
    rf"when\s+(?:each|every|the|a|an)\s+(?P<record>{_NOUN})\s+(?:was|is|were|are|gets|got)\s+"
    r"(?P<last>(?:last|first|next)\s+)?(?P<done>[a-z]+ed)$"
)


def track_when_done(sentence: str) -> str:
    """``we keep track of when each plot was last inspected``: *each plot has the date it
    was last inspected*; when something was done to a record is one of its dates."""

    return per_match(
        sentence,
        _TRACK_WHEN_DONE,
        lambda m: [f"each {m['record']} has the date it was {m['last'] or ''}{m['done']}"],
    )


_WHEN_SOMEONE = re.compile(
    r"^(?:when|whenever|once|if|each time|every time)\s+"
    r"(?P<who>(?:a|an|each|every|any)\s+[a-z][\w\-]*|someone|somebody|anyone|anybody|people)\s+"
    r"(?P<act>[a-z].*?),?\s+(?:and\s+)?(?P<we>i|we)\s+(?P<verb>take|note|write|ask for|record|log|get|jot)"
    r"(?:\s+down)?\s+their\s"
)
_UNNAMED_PEOPLE = frozenset(["someone", "somebody", "anyone", "anybody", "people"])
_DEALS_FOR_ONE = re.compile(
    r"(?P<verb>books|reserves|hires|rents|orders)"
    r"(?:,?\s+(?:they|he|she)\s+(?:get|gets|pick|picks|choose|chooses|are\s+given|is\s+given))?"
    r"\s+(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?:\s+(?:for|on|at|in)\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*))?"
)


def when_someone(sentence: str) -> str:
    """``when someone drops stuff off i take their name and phone number``: *a customer drops
    stuff off, i take their name ...*, the people whose details are taken; someone the
    business serves, unnamed, is its customer. ``when someone books a slot we take their name
    and the number of adults``: *each booking is for one slot; each booking has a name and the
    number of adults*, the booking holding what is taken; so does *when somebody books they get
    one bay for one show, and we take their ...*, a booking for the bay and the show."""
    match = _WHEN_SOMEONE.match(sentence)
    if match is None:
        return sentence
    dealt = _DEALS_FOR_ONE.fullmatch(match["act"])
    lemma = verb_lemma(dealt["verb"]) if dealt else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if dealt and act and match["who"] in _UNNAMED_PEOPLE:
        # "when someone books a slot we take their name, ...": the booking holds them
        listed = sentence[match.end() :]
        other = f"each {act} is for one {dealt['other']}; " if dealt["other"] else ""
        return f"each {act} is for one {dealt['thing']}; {other}each {act} has a {listed}"
    who = "a customer" if match.group("who") in _UNNAMED_PEOPLE else match.group("who")
    return f"{who} {match.group('act')}, {sentence[match.start('we') :]}"


_WHEN_SOMEONE_IS_DONE = re.compile(
    r"^(?:when|whenever|each time|every time)\s+(?:someone|somebody|anyone|anybody)\s+"
    r"(?:is|gets)\s+(?P<done>[a-z]+ed|[a-z]+en)\s*,?\s+(?:i|we)\s+"
    r"(?:record|note|log|keep|take|write\s+down|jot\s+down|enter)\s+(?P<listed>.+)$"
)


def when_someone_is_done(sentence: str) -> str:
    """``when someone is buried we record the full name and the date``: *each burial has the
    full name and the date*; what happens to people unnamed is the record of the act."""
    match = _WHEN_SOMEONE_IS_DONE.match(sentence)
    act = _act_done(match["done"]) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} has {match['listed']}"


def _act_done(done: str) -> str | None:
    """The record of the act a participle tells (*buried* → burial, *lent* → loan)."""
    lemma = verb_lemma(done)
    return act_or_irregular_noun(lemma) if lemma else None


_GETS_IN_TOUCH = re.compile(
    r"^(?:what\s+happens\s+is\s+|basically\s+|usually\s+|so\s+)?(?P<who>(?:a|an)\s+[a-z][\w\-]*)\s+"
    r"(?:gets\s+in\s+touch|rings(?:\s+up)?|calls|emails|enquires|comes\s+in|walks\s+in|books)"
    r"(?:\s+with\s+us|\s+us)?,?\s+(?:and\s+)?(?:then\s+)?(?:i|we)\s+(?:take|write\s+down|write|note|note\s+down|"
    r"record|log|jot\s+down|get|ask\s+for)\s+(?P<listed>(?:their|his|her)\s+.+)$"
)


def gets_in_touch(sentence: str) -> str:
    """``a couple gets in touch, i write down their names, the wedding date and a phone``:
    *each couple has their names, ...*; who gets in touch is whom the details are of."""
    match = _GETS_IN_TOUCH.match(sentence)
    if match is None:
        return sentence
    who = strip_determiners(match["who"])
    return f"each {who} has {match['listed']}"


_WHEN_THEN_WE = re.compile(
    r"^(?P<when>(?:when|whenever|once|if|each time|every time)\s+(?!i\b|we\b)[^,;]+?)"
    r"\s+(?P<we>we|i)\s+(?P<verb>[a-z]+)\b"
)


_WHEN_THEN_HEADER = re.compile(
    r"^(?:when|whenever|each time|every time|once)\s+[^:;]+?,?\s+"
    r"(?P<header>(?:we|i)\s+(?:log|record|note|keep|write\s+down|fill\s+in|open|make|create|add)\s+"
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*:.*)$"
)


def when_then_we(sentence: str) -> str:
    """``when a customer rings with a problem we raise a callout ...``: the comma an owner
    leaves out, so the clause that makes the record is read as a clause of its own and the
    condition's *with* is not taken for its field list. ``whenever someone helps someone else
    we log an exchange: the date, ...``: the header alone; the record's list says who."""
    header = _WHEN_THEN_HEADER.match(sentence)
    if header:
        return header.group("header")
    match = _WHEN_THEN_WE.match(sentence)
    if match is None or not can_be_verb(match.group("verb")):
        return sentence
    return f"{match.group('when')}, {sentence[match.start('we') :]}"


_THERE_ARE = re.compile(
    r"(?:^|,\s*(?:and\s+|but\s+)?)(?:on|at|in|for|with)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"there\s+(?:are|is|can be|will be)\s+(?:several\s+|some\s+|a few\s+|many\s+|lots of\s+)?"
    r"(?P<things>[a-z][\w\-]*s)\s*,?\s+(?:where|for which|and for each(?:\s+one)?|and for each of them)"
    rf"\s+(?:i|we)\s+(?:{_WE_KEEP})\s+(?P<list>.+)$"
)


def there_are(sentence: str) -> str:
    """``on each site there are cameras where i need the location, the model ...``: *each site
    has cameras with the location, the model ...*, the things found there and what is kept
    about each."""
    match = _THERE_ARE.search(sentence)
    if match is None:
        return sentence
    owner, things = match.group("owner"), match.group("things")
    kept = f"each {owner} has {things} with {match.group('list')}"
    before = sentence[: match.start()]
    return f"{before}; {kept}" if before else kept


_INSIDE_ARE = re.compile(
    r"^(?:inside|in|within|under|on)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*,?\s+(?:are|sit|come|live)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:several|some|a few|many|lots of|various)\s+)?(?P<things>[a-z][\w\-]*s)\b(?P<rest>.*)$"
)


def inside_each_are(sentence: str) -> str:
    """``inside each section are the classes with a class number and a title``: *each section
    has classes with ...*, the inverted sentence put the usual way round."""

    def plain(clause: str) -> list[str]:
        match = _INSIDE_ARE.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        owner, things = match.group("owner"), match.group("things")
        return [f"each {owner} has {things}{match.group('rest')}"]

    return per_clause(sentence, plain)


_SENT_ON = re.compile(
    r"^(?:then\s+|so\s+|and\s+)?(?:i|we)\s+(?:send|assign|dispatch|allocate|put)\s+"
    r"(?:one\s+of\s+(?:my|our|the)\s+|a\s+|an\s+|one\s+)(?P<who>[a-z][\w\-]*)\s+"
    r"(?:to|at|into)\s+(?:a|an|one|the|each)\s+(?P<where>[a-z][\w\-]*)\s+(?:on|for)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s*,?\s+using\s+(?:one\s+of\s+)?(?:(?:that|the|their|our|its)\s+"
    r"(?:[a-z][\w\-]*'s\s+)?|a\s+|an\s+)(?P<used>[a-z][\w\-]*))?$"
)


_SENT_ON_FOR = re.compile(
    r"^(?:when\s+[^,;]+,\s+)?(?:i|we)\s+send\s+(?:out\s+)?(?:one\s+of\s+(?:my|our|the)\s+|a\s+|an\s+)"
    r"(?P<who>[a-z][\w\-]*)\s+(?:out\s+)?on\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+(?:for|to)\s+"
    r"(?:that|the|a|an|each|one)\s+(?P<where>[a-z][\w\-]*)(?:\s*,?\s+with\s+(?P<list>.+))?$"
)
"""The errand first: *when an alarm goes off we send one of our officers on a callout for that
site, with ...*."""


def sent_on_record(sentence: str) -> str:
    """``then i send one of my shoppers to a store on a visit using one of that client's
    questionnaires``: *each visit belongs to one shopper; ... to one store; each visit uses one
    questionnaire*, the record the sending makes and what it is for; ``we send one of our
    officers on a callout for that site, with the outcome`` also keeps the errand's list. Last
    of the rewrites, so *, recording ...* has become *with ...*."""

    def plain(clause: str) -> list[str]:
        match = _SENT_ON.match(clause) or _SENT_ON_FOR.match(clause)
        record = match.group("record") if match else ""
        if (
            match is None
            or not can_be_noun(record)
            or record in TIME_WORDS
            or record.endswith("day")
        ):
            return [clause]  # "we send a letter to a customer on a monday": when, no record
        found = [
            f"each {record} belongs to one {singular(match.group('who'))}",
            f"each {record} belongs to one {singular(match.group('where'))}",
        ]
        groups = match.groupdict()
        if groups.get("used"):
            found.append(f"each {record} uses one {singular(groups['used'])}")
        if groups.get("list"):
            found.append(f"each {record} has {groups['list']}")
        return found

    return per_clause(sentence, plain)


_EACH_HEADER_CLAUSE = re.compile(
    r"^(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<be>is\s+|are\s+)?(?P<pred>(?:for|from|at|in|on|with)\s+[^:,;]+?)"
    r"(?:,\s+(?P<more>[a-z]+\s+by\s+[^:,;]+))?:\s*(?P<list>[^:;]+)$"
)


def each_header_clause(sentence: str) -> str:
    """``each survey for one client, done by one of our surveyors: site address, fee``: *each
    survey is for one client and is done by one of our surveyors; each survey has site
    address, fee*, a header that says what the record belongs to before its list."""

    def plain(clause: str) -> list[str]:
        match = _EACH_HEADER_CLAUSE.match(clause)
        if match is None:
            return [clause]
        more = match.group("more")
        if more and not is_past_participle(more.split()[0]):
            return [clause]
        subject = match.group("subject")
        said = f"{subject} is {match.group('pred')}" + (f" and is {more}" if more else "")
        return [said, f"{subject} has {match.group('list')}"]

    return per_clause(sentence, plain)


_KIND_THEY_WANT = re.compile(
    r"\b(?P<det>the|a|which)\s+(?:kind|type|sort|style)\s+of\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:they|we|you|the\s+customer|the\s+client)\s+(?:want|wants|need|needs|choose|chooses|pick|"
    r"picks|order|orders|prefer|prefers|like|likes|go\s+for|goes\s+for)\b"
)


_ITS_WAY = re.compile(r"\b(?:works|makes|wends|finds)\s+its\s+way\s+through\b")


def its_way_through(sentence: str) -> str:
    """``then it works its way through the place: in the freezer, skinned, ...``: *it goes
    through*, the record's flow."""
    return _ITS_WAY.sub("goes through", sentence)


_SIDE_OF_THINGS = re.compile(
    r"^(?:oh\s*,?\s*)?(?:and\s+)?(?:for|on)\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:side|part|bit|front)(?:\s+of\s+things)?\s*,?\s+(?=(?:each|every|we|i|all)\b)"
)


def without_side_of_things(sentence: str) -> str:
    """``oh, and for the legal side every specimen needs ...``: which part of the business the
    sentence is about, not a record."""
    return _SIDE_OF_THINGS.sub("", sentence)


_EACH_NEEDS = re.compile(
    r"(?P<subject>(?:^|;\s*|,\s*(?:and\s+)?)(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:needs|requires)\s+(?=(?:a|an|the|its|their)\s)"
)
# "a property just needs an address and the monthly rent": *just* says the list is short, so
# the clause is what one record keeps (without *just*, "a customer needs a login ..." is not)
_ONE_JUST_NEEDS = re.compile(
    r"(?P<subject>(?:^|;\s*)(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:just|only)\s+"
    r"needs\s+(?=(?:a|an|the|its|their)\s)"
)


def each_needs(sentence: str) -> str:
    """``every specimen needs a yes/no for ... plus a permit number``, ``a property just needs
    an address``: what each record has."""
    return _ONE_JUST_NEEDS.sub(r"\g<subject> has ", _EACH_NEEDS.sub(r"\g<subject> has ", sentence))


_BROKEN_INTO = re.compile(
    r"\b(?P<whole>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|gets)\s+"
    r"(?:broken\s+down|split(?:\s+up)?|divided(?:\s+up)?|made\s+up)\s+(?:into|of)\s+"
    r"(?P<many>several\s+|many\s+|multiple\s+)?"
    r"(?=(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)
_PARTS_WITH = re.compile(r"(?P<parts>[a-z][\w\-]*),?\s+(?:each\s+)?with\s+")
_FROM_OUR_LIST = re.compile(
    r"\b(?P<one>one|a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:from|off|on)\s+(?:our|the|my)\s+"
    r"(?:[a-z][\w\-]*\s+)?(?:list|range|catalogue|catalog|menu|stock|books)\b"
)


def broken_into(sentence: str) -> str:
    """``a quote is broken down into rooms (name, ...)``: *a quote has several rooms (...)*; ``one
    paint from our paint list, which has a brand``: *one paint, which has a brand*, and *picks
    several activities off our list*: *picks several activities*, the list being where the
    records are kept, not a record."""
    whole = _BROKEN_INTO.search(sentence)
    if whole is not None:
        # the parts a whole is made of are records of their own, not a count of them, and
        # what follows *with* is each part's list, not the whole's
        listed = _PARTS_WITH.match(sentence, whole.end())
        if listed is not None and not whole["many"] and is_plural(listed["parts"]):
            things = listed["parts"]
            sentence = (
                f"{sentence[: whole.start()]}{whole['whole']} has several {things}; "
                f"each {singular(things)} has {sentence[listed.end() :]}"
            )
        else:
            said = f"{whole['whole']} has {whole['many'] or 'several '}"
            sentence = sentence[: whole.start()] + said + sentence[whole.end() :]

    def plain(match: re.Match[str]) -> str:
        last = match["thing"].split()[-1]
        if is_past_participle(last) or not can_be_noun(last):
            return match.group(0)  # "a leader picked from our guide list": a pick, read apart
        return f"{match['one']} {match['thing']}"

    return _MANY_FROM_OUR_LIST.sub(r"\g<things>", _FROM_OUR_LIST.sub(plain, sentence))


_MANY_FROM_OUR_LIST = re.compile(
    r"\b(?P<things>(?:several|many|some|multiple|a\s+few)\s+[a-z][\w\-]*s)\s+(?:from|off)\s+"
    r"(?:our|the|my)\s+(?:[a-z][\w\-]*\s+)?(?:list|range|catalogue|catalog|menu)\b"
)
"""*each visit picks several activities off our list*: several activities, kept on their own."""


_GETS_A_RECORD = re.compile(
    r"^(?:(?P<lead>.+?),\s+and\s+)?(?:every|each)\s+(?P<who>[a-z][\w\-]*)\s+(?:who|that)\s+"
    r"(?:[a-z]+\s+){1,3}?gets\s+(?:a|an|one)\s+(?P<record>[a-z][\w\-]*)\s+(?:for|in|on|from)\s+"
    r"(?:that|the|each|every|their|this)\s+(?P<what>[a-z][\w\-]*)\s+"
    r"(?:showing|with|recording|listing|giving)\s+(?P<list>.+)$"
)


_GETS_ITS_RECORD = re.compile(
    r"^(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gets|is\s+given)\s+"
    r"(?:a|an|its\s+own)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+for\s+(?:one|a|an)\s+(?P<kind>[a-z][\w\-]*)\s*(?P<values>\([^()]*\)))?\s+with\s+"
    r"(?P<list>(?:a|an|the|its|what|how|when|whether|my|our)\s+[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:the|it|then)\s+.*))?$"
)


def _gets_its_record(match: re.Match[str]) -> list[str]:
    """``a site gets a treatment plan for one species (knotweed, bamboo) with a start date
    and a price, and the plan moves ...``: *each treatment plan belongs to one site; each
    treatment plan has a species (knotweed, bamboo), a start date and a price; ...*."""
    record = match.group("record")
    kind = f"a {match.group('kind')} {match.group('values')}, " if match.group("kind") else ""
    rest = [match.group("rest")] if match.group("rest") else []
    return [
        f"each {record} belongs to one {match.group('owner')}",
        f"each {record} has {kind}{match.group('list')}",
        *rest,
    ]


def gets_a_record(sentence: str) -> str:
    """``every driver who takes part gets a result for that session showing their best lap
    and their finishing position``: *each result belongs to one driver; ... to one session;
    each result has their best lap and ...*, the record each one gets and what it shows."""

    def plain(clause: str) -> list[str]:
        its_own = _GETS_ITS_RECORD.match(clause)
        if its_own is not None and can_be_noun(its_own.group("record").split()[-1]):
            return _gets_its_record(its_own)
        match = _GETS_A_RECORD.match(clause)
        if match is None or not can_be_noun(match.group("record")):
            return [clause]
        record, who, what = match.group("record"), match.group("who"), match.group("what")
        found = [
            f"each {record} belongs to one {who}",
            f"each {record} belongs to one {what}",
            f"each {record} has {match.group('list')}",
        ]
        return ([match.group("lead")] if match.group("lead") else []) + found

    return per_clause(sentence, plain)


_NUMBERED_THINGS = re.compile(
    r"^(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<things>[a-z][\w\-]*s)\s+are\s+(?:all\s+)?"
    r"(?P<how>numbered|named)(?:\s*,?\s*and\s+(?:i|we)\s+(?:also\s+)?"
    rf"(?:{_WE_KEEP})\s+(?:each\s+one's|their)\s+(?P<list>.+))?$"
)


def numbered_things(sentence: str) -> str:
    """``the karts are numbered and we note each one's engine size in cc``: *each kart has a
    number; each kart has engine size in cc*."""

    def plain(clause: str) -> list[str]:
        match = _NUMBERED_THINGS.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        one = singular(match.group("things"))
        name = "number" if match.group("how") == "numbered" else "name"
        listed = [f"each {one} has {match.group('list')}"] if match.group("list") else []
        return [f"each {one} has a {name}", *listed]

    return per_clause(sentence, plain)


_FIRST_THING = re.compile(
    r"^(?:so\s+)?(?:the\s+)?(?:first|main|next|other)\s+thing\s+(?:i|we)\s+(?:need|want|keep)\s+(?:is|are)\s+"
    r"(?:our\s+|the\s+|my\s+)?(?P<things>[a-z][\w\-]*s)\s*(?:-|:)\s*(?P<list>.+)$"
)
_THERE_ARE_THOSE = re.compile(
    r"^(?:then\s+|and\s+)?there\s+(?:are|is)\s+(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*s)\b"
    r"[^,;]*(?:,\s*[^,;]+)?,\s*and\s+for\s+(?:those|them|these|each|each\s+one|each\s+of\s+them)\s+"
    rf"(?:i|we)\s+(?:would\s+|'d\s+|also\s+)?(?:{_WE_KEEP})\s+(?P<list>.+)$"
)


_THE_OTHER_ONE = re.compile(
    r"^(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*(?:'s|\s+is|\s+are)\s+(?:also\s+)?the\s+(?:[a-z]+\s+){0,3}?"
    r"(?:one|thing|part|bit|piece|job)\s*:\s*(?=[a-z])"
)


def without_the_other_one(sentence: str) -> str:
    """``feeding's the other big one: staff log each feed ...``: the clause after the colon
    says it; the words before only point at it."""
    return _THE_OTHER_ONE.sub("", sentence, count=1)


def first_thing_is(sentence: str) -> str:
    """``first thing i need is our members - name, email, ...`` and ``then there are the
    events we go to, mostly castle shows, and for those we'd want the event name, ...``: the
    records, and what is kept about each."""

    def plain(clause: str) -> list[str]:
        first = _THERE_ARE_THOSE.match(clause)
        if first is None or not is_plural(first.group("things")):
            return [clause]
        return [f"{first.group('things')} have {first.group('list')}"]

    first = _FIRST_THING.match(sentence)
    if first is not None and is_plural(first.group("things")):
        return f"{first.group('things')} have {first.group('list')}"
    return per_clause(sentence, plain)


_BOOKED_ONTO_ONE = re.compile(
    r"\b(?:is|are|gets|get)\s+(?:booked|assigned|allocated|put|placed|enrolled|registered)\s+"
    r"(?:on|onto|into|in|for|to)\s+(?=(?:one|exactly\s+one)\s+(?!of\b)[a-z])"
)
_EACH_NEW = re.compile(r"\b(?P<each>each|every)\s+new\s+(?=[a-z][\w\-]*\b)")
_EACH_HELD = re.compile(
    r",\s*each\s+(?:held|run|taking\s+place|happening)\s+(?:on|at|in)\s+(?P<a>(?:a|an|the)\s+[a-z]+)"
    r"\s+(?:at|in|on)\s+(?P<b>(?:a|an|the)\s+[a-z]+)(?:\s+with\s+(?P<rest>[^;]+))?"
)


def booked_onto_one(sentence: str) -> str:
    """``every new citizen is booked onto one ceremony``: *every citizen belongs to one
    ceremony*; ``ceremonies, each held on a date at a venue with a maximum``: *ceremonies, each
    with a date, a venue and a maximum*."""
    sentence = _EACH_NEW.sub(r"\g<each> ", sentence)
    sentence = _BOOKED_ONTO_ONE.sub("belongs to ", sentence)

    def held(match: re.Match[str]) -> str:
        rest = match.group("rest")
        said = f"{match.group('a')}, {match.group('b')}" if rest else match.group("a")
        last = f" and {rest}" if rest else f" and {match.group('b')}"
        return f", each with {said}{last}"

    return _EACH_HELD.sub(held, sentence)


_THEN_THEIRS = re.compile(
    r"^(?P<first>(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:belongs|is|has|gets|goes)\b[^;]+);\s*"
    rf"(?:we|i)\s+(?:only\s+|just\s+|also\s+)?(?:{_WE_KEEP})\s+(?:their|its|his|her)\s+(?P<list>.+)$"
)
_THE_BODY_RUNS = re.compile(
    r"^the\s+(?:[a-z][\w\-]*\s+)?(?:office|council|club|society|trust|charity|service|team|"
    r"department|library|museum|hospital|school)\s+(?:runs|holds|organises|organizes|hosts|puts on)\s+"
)


def then_theirs(sentence: str) -> str:
    """``every citizen belongs to one ceremony; we take their full name, ...``: *...; each
    citizen has full name, ...*, *their* the subject said just before, not its ceremony; and
    ``the register office runs ceremonies``: *we run ceremonies*, the writer's own body."""
    sentence = _THE_BODY_RUNS.sub("we run ", sentence)
    match = _THEN_THEIRS.match(sentence)
    if match is None or is_plural(match.group("one")):
        return sentence
    return f"{match.group('first')}; each {match.group('one')} has {match.group('list')}"


_WHICH_HAVE_THEN_ACT = re.compile(
    r"^(?P<xs>(?:the\s+|our\s+)?[a-z][\w\-]*s),\s+(?:which|who)\s+(?:have|all\s+have)\s+"
    r"(?P<list>[^,;:()]+?(?:\s+and\s+[^,;:()]+)?),\s+(?P<verb>[a-z]+)\s+(?P<rest>.+)$"
)


def which_have_then_act(sentence: str) -> str:
    """``wards, which have a name and a phone extension, raise porter requests: ...``:
    *wards have a name and a phone extension; wards raise porter requests: ...*."""
    match = _WHICH_HAVE_THEN_ACT.match(sentence)
    if match is None:
        return sentence
    xs, verb = match.group("xs"), match.group("verb")
    if not is_plural(xs.split()[-1]) or verb_lemma(verb) != verb or not can_be_verb(verb):
        return sentence
    return f"{xs} have {match.group('list')}; {xs} {verb} {match.group('rest')}"


_RAISED_AS = re.compile(
    r"^(?:all\s+)?(?:work|everything|each\s+request|each\s+order|an\s+order|a\s+request|it)\s+"
    r"(?:is|gets)\s+(?:raised|logged|recorded|booked|opened|entered|taken)\s+as\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?:against|for|on)\s+(?:a|an|one|the)\s+(?P<owner>[a-z][\w\-]*)"
    r"\s*(?::|,\s*with)\s*(?P<list>.+)$"
)


def raised_as(sentence: str) -> str:
    """``work is raised as a job against a boat: a job type, a quoted price, ...``: *each job
    belongs to one boat; each job has a job type, ...*."""
    match = _RAISED_AS.match(sentence)
    if match is None or not can_be_noun(match.group("record")):
        return sentence
    record = match.group("record")
    return (
        f"each {record} belongs to one {match.group('owner')}; "
        f"each {record} has {match.group('list')}"
    )


_EACH_WE_VERB = re.compile(
    r"\b(?P<head>(?:each|every)\s+[a-z][\w\-]*)\s+(?:we|i|they)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:after|in|on|for|up|out|over|with))?\s+(?=(?:belongs|has|is|comes|gets|goes)\b)"
)
_PRODUCES_A = re.compile(
    r"\b(?:the|each|every)\s+(?:finished|completed|closed|done)\s+(?P<job>[a-z][\w\-]*)\s+"
    r"(?:produces|generates|results in|ends with|gives)\s+(?:a|an|one)\s+(?P<made>[a-z][\w\-]*)\s+with\s+"
)
_OPEN_RECORDING = re.compile(
    r"\b(?P<open>(?:we|i)\s+(?:open|start|create|raise|log)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:recording|noting|listing|showing|holding)\s+"
)


def each_we_look_after(sentence: str) -> str:
    """``each instrument we look after belongs to a customer``: *each instrument belongs to a
    customer*; ``we open a calibration job recording the date received``: *... with the date
    received*; ``the finished job produces a certificate with ...``: *each certificate belongs
    to one job and has ...*."""

    def plain(match: re.Match[str]) -> str:
        verb = match.group("verb")
        return f"{match.group('head')} " if can_be_verb(verb) else match.group(0)

    sentence = _EACH_WE_VERB.sub(plain, sentence)
    sentence = _OPEN_RECORDING.sub(lambda m: f"{m.group('open')} with ", sentence)
    return _PRODUCES_A.sub(
        lambda m: f"each {m.group('made')} belongs to one {m.group('job')} and has ", sentence
    )


_ACT_AND_FILL_IN = re.compile(
    r"^(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+"
    r"and\s+(?:fill\s+in|fill\s+out|record|note|log|write\s+down|jot\s+down)\s+(?P<list>[^;]+)$"
)


def act_and_fill_in(sentence: str) -> str:
    """``our technicians visit pools and fill in the date, the chlorine reading, ...``: *each
    visit belongs to one technician; ... to one pool; each visit has the date, ...*, the act
    named as the record its list describes."""

    def plain(clause: str) -> list[str]:
        match = _ACT_AND_FILL_IN.match(clause)
        if match is None:
            return [clause]
        people, verb, things = match.group("people"), match.group("verb"), match.group("things")
        if verb_lemma(verb) != verb or not can_be_verb(verb):
            return [clause]
        # "visit" is its own act's noun; "borrow" is a borrowing
        act = verb if "NOUN" in parts_of_speech(verb) else act_noun(verb)
        listed = match.group("list")
        if act is None or not (is_plural(people) and is_plural(things)) or "," not in listed:
            return [clause]
        return [
            f"each {act} belongs to one {singular(people)}",
            f"each {act} belongs to one {singular(things)}",
            f"each {act} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


def kind_they_want(sentence: str) -> str:
    """``the kind of mount they want (full body, ...)``: *the mount type*, the choice named
    by what it is a kind of."""
    return _KIND_THEY_WANT.sub(lambda m: f"the {m.group('thing')} type", sentence)


_SHARED_BY_MANY = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\band\s+)the\s+same\s+(?P<one>[a-z][\w\-]*)\s+(?:is|can be|may be|gets|is often)\s+"
    r"(?:shared\s+(?:by|between|among)|held\s+by|had\s+by)\s+(?:many|several|lots of|multiple|different)\s+"
    r"(?P<many>[a-z][\w\-]*s)\s*$"
)


def shared_by_many(sentence: str) -> str:
    """``performers have skills, and the same skill is shared by many performers``: *each skill
    has many performers and each performer has many skills*, both sides said the way the
    many-to-many readers know."""
    match = _SHARED_BY_MANY.search(sentence)
    if match is None or not is_plural(match.group("many")):
        return sentence
    one, many = match.group("one"), match.group("many")
    both = f"each {one} has many {many} and each {singular(many)} has many {plural(one)}"
    before = sentence[: match.start()].rstrip(" ,")
    return f"{before}; {both}" if before else both


_FOR_EACH_OF_THEIRS = re.compile(
    r"(?:^|(?<=,\s)|(?<=;\s)|(?<=\band\s))for\s+(?:each|every)\s+(?:one\s+)?of\s+(?:their|its|his|her)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b(?=,?\s+(?:we|i)\s)"
)


def for_each_of_theirs(sentence: str) -> str:
    """``customers have a name, and for each of their appliances we keep the kind``: *...,
    and each appliance belongs to one customer; for each appliance we keep the kind*, the
    things of the record the clause before opened with."""

    def plain(match: re.Match[str]) -> str:
        thing = singular(match.group("things"))
        before = re.sub(r"(?:[,;]\s*)?(?:and\s+)?$", "", sentence[: match.start()])
        owner = _record_before(before, len(before))
        if not owner or not can_be_noun(owner.split()[-1]):
            return f"for each {thing}"
        return f"each {thing} belongs to one {singular_phrase(owner)}; for each {thing}"

    return _FOR_EACH_OF_THEIRS.sub(plain, sentence)


_ONE_OF_THEIRS_KEEPS = re.compile(
    r"(?P<lead>,\s+(?:and|but|while)\s+|;\s+)(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+of\s+"
    r"(?:their|his|her)\s+(?P<theirs>[a-z][\w\-]*)\s+(?=(?:records|has|lists|notes|logs|keeps|holds|"
    r"shows|includes|gives|captures)\s)"
)


def one_of_theirs_keeps(sentence: str) -> str:
    """``for each customer we keep a name, and a survey of their home records the date``: *...;
    each survey belongs to one customer; a survey records the date*, a record of the one the
    clause before was about, in a clause of its own."""
    match = _ONE_OF_THEIRS_KEEPS.search(sentence)
    if match is None or is_plural(match.group("theirs")) or not can_be_noun(match.group("thing")):
        return sentence
    before = sentence[: match.start()]
    owner = _record_before(before, len(before))
    if not owner or not can_be_noun(owner.split()[-1]):
        return sentence
    thing = match.group("thing")
    rest = sentence[match.end() :]
    return f"{before}; each {thing} belongs to one {singular_phrase(owner)}; a {thing} {rest}"


_FOR_WHOM_WE = re.compile(
    r"\b(?:one|a|an|each)\s+(?P<whom>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"(?:for|of|about)\s+(?:whom|which)\s+(?P<we>we|i)\s+(?=[a-z]+\s+(?:a|an|the|their|its)\s)"
)


def for_whom_we(sentence: str) -> str:
    """``it is bought from one supplier, for whom we keep a company name, ...``: *... one
    supplier; for each supplier we keep a company name, ...*, the list of the one named."""

    def plain(match: re.Match[str]) -> str:
        whom = match.group("whom")
        if not can_be_noun(whom.split()[-1]):
            return match.group(0)
        head = match.group(0)[: match.start("whom") - match.start()]
        return f"{head}{whom}; for each {whom} {match.group('we')} "

    return _FOR_WHOM_WE.sub(plain, sentence)


_ONE_DOING_MANY_WITH = re.compile(
    r"\b(?P<det>a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<doing>[a-z]+ing)\s+"
    r"(?:several|many|multiple)\s+(?P<things>[a-z][\w\-]*s)\s*,\s*with\s+(?P<list>[^;]+)$"
)


def one_doing_many_with(sentence: str) -> str:
    """``a grazier signs a grazing licence covering several fields, with a start date, ...``:
    *... signs a grazing licence; each grazing licence covers several fields; each grazing
    licence has a start date, ...*, the list of the record that does the covering."""
    match = _ONE_DOING_MANY_WITH.search(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match.group("doing"))
    record = match.group("record")
    if lemma is None or not can_be_noun(record.split()[-1]):
        return sentence
    does = verb_form(lemma, "VBZ")
    return (
        f"{sentence[: match.start()]}{match.group('det')} {record}; each {record} {does} several"
        f" {match.group('things')}; each {record} has {match.group('list')}"
    )


_NOT_TIED = re.compile(
    r"^[a-z][\w\- ]*?\s+(?:are|is)\s+not\s+(?:tied|linked|attached|limited|restricted|fixed|bound)\s+"
    r"to\s+(?:one|a|an|a\s+single|just\s+one)\s+[a-z][\w\-]*(?:\s+\([^()]*\))?\s*,?\s*(?:so\s+|and\s+)?"
)


def without_denied_tie(sentence: str) -> str:
    """``members are not tied to one team, so any member can be in several teams``: *any
    member can be in several teams*; what a record is not tied to links nothing."""
    return _NOT_TIED.sub("", sentence, count=1)


_EACH_ACTS_THEN_LIST = re.compile(
    r"^(?:(?:then|and|so|now)\s+)?(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+(?P<how>[a-z]+)\b[^:;,]*:\s*(?P<list>[^:;]+)$"
)


def each_acts_then_list(sentence: str) -> str:
    """``then every job goes in on its own: the client, the event date``: *every job has the
    client, the event date*, the list after a header that says how each record is kept."""
    match = _EACH_ACTS_THEN_LIST.match(sentence)
    if match is None or verb_lemma(match.group("verb")) in (None, match.group("verb")):
        return sentence
    if match.group("verb") in ("has", "is", "does") or "," not in match.group("list"):
        return sentence
    how = match.group("how")
    if how not in PREPOSITIONS and how not in ("in", "down", "up", "out") and not is_adverb(how):
        return sentence  # "each quote lists window items: room, width": the items' list
    return f"{match.group('each')} has {match.group('list')}"


_IS_ONE_WITH = re.compile(
    r"^(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:a|an)\s+"
    r"(?P<kind>[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)


def is_one_with(sentence: str) -> str:
    """``each farm is a client with a name, a cph number``: *each farm has a name, ...*; what
    the record counts as is no record of its own."""
    match = _IS_ONE_WITH.match(sentence)
    if match is None or not can_be_noun(match.group("kind")):
        return sentence
    return f"{match.group('each')} has {sentence[match.end() :]}"


_KEPT_EACH_TIME = re.compile(
    r"^(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>takes?|records?|logs?|keeps?|opens?|makes?)\s+"
    r"(?:an?\s+)?(?P<record>[a-z][\w\-]*)\s+(?:every\s+(?:day|time)|each\s+time|whenever)\s+"
    r"(?:a|an|the)\s+(?P<whose>[a-z][\w\-]*)\s+(?P<act>[a-z]+s)(?:\s+(?:in|back|round|over|by))?"
    r"\s*,\s*(?P<rest>.+)$"
)


def kept_each_time(sentence: str) -> str:
    """``staff take attendance every day a member comes in, noting the date``: *staff take an
    attendance, noting the date; each attendance is for one member*, one record each time
    someone acts, and whose it is."""

    def plain(clause: str) -> list[str]:
        match = _KEPT_EACH_TIME.match(clause)
        if match is None or not can_be_noun(match.group("record")):
            return [clause]
        record, whose = match.group("record"), match.group("whose")
        if verb_lemma(match.group("act")) in (None, match.group("act")) or not can_be_noun(whose):
            return [clause]
        article = "an" if record[0] in "aeiou" else "a"
        return [
            f"{match.group('who')} {match.group('verb')} {article} {record}, {match.group('rest')}",
            f"each {record} is for one {whose}",
        ]

    return per_clause(sentence, plain)


_MANY_OF_THE_OTHER = re.compile(
    r"\b(?P<a>(?:a|an|each|every|one)\s+(?P<one>[a-z][\w\-]*))\s+(?:has|have|gets|can\s+have)\s+"
    r"(?P<much>many|several|lots\s+of|multiple)\s+(?P<role>[a-z][\w\-]*s)\s*,?\s+and\s+"
    r"(?P<b>(?:each|every|a|an|one)\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+"
    r"(?P<act>[a-z]+s\s+(?:(?:to|in|at|on|into|for)\s+)?(?:many|several|lots\s+of|multiple)\s+)"
    r"(?P<ones>[a-z][\w\-]*s)\b"
)


def many_of_the_other(sentence: str) -> str:
    """``a session has many attendees and each young person comes to many sessions``: the
    attendees are the young people, named by the part they play (*a session has many young
    people*), so both sides speak of the same two records."""

    def plain(match: re.Match[str]) -> str:
        one, other = match.group("one"), match.group("other").split()
        if singular(match.group("ones")) != one or singular(match.group("role")) == other[-1]:
            return match.group(0)
        others = " ".join([*other[:-1], "people" if other[-1] == "person" else plural(other[-1])])
        return (
            f"{match.group('a')} has {match.group('much')} {others} and {match.group('b')}"
            f" {match.group('act')}{match.group('ones')}"
        )

    return _MANY_OF_THE_OTHER.sub(plain, sentence)


_THROUGH_RECORDS = re.compile(
    r"^(?:we|i)\s+(?:[a-z]+\s+)?(?P<verb>[a-z]+)\s+(?P<x>[a-z][\w\-]*s)\s+"
    r"(?:(?:forward|up|out|in|on|off)\s+)?(?:for|to|into|onto|on|with|against)\s+"
    r"(?P<y>[a-z][\w\-]*s)\s+(?:through|via|by way of|using|by means of)\s+(?P<z>[a-z][\w\-]*s)\b"
    r"(?:\s*,?\s*(?:which|that)\s+(?P<rest>.+))?$"
)


def through_records(sentence: str) -> str:
    """``we put performers forward for parts through submissions, which go from submitted to
    ...``: *each submission is for one performer and one part; submissions go from ...*, the
    records the act is done through, each tying one of either side."""

    def plain(clause: str) -> list[str]:
        match = _THROUGH_RECORDS.match(clause)
        if match is None or not can_be_verb(match.group("verb")):
            return [clause]
        x, y, z = (match.group(g) for g in ("x", "y", "z"))
        if not all(is_plural(w) for w in (x, y, z)):
            return [clause]
        tied = f"each {singular(z)} is for one {singular(x)} and one {singular(y)}"
        rest = match.group("rest")
        return [tied, f"{z} {rest}"] if rest else [tied]

    return per_clause(sentence, plain)


_PLACED_THINGS_DONE = re.compile(
    r"(?P<lead>^|,\s*(?:and\s+)?|\band\s+)(?:the\s+)?(?P<things>[a-z][\w\-]*s)\s+"
    r"(?P<where>(?:in|on|at|for)\s+(?:each|every)\s+[a-z][\w\-]*)\s+(?P<done>(?:are|get)\s+[a-z]+ed)\s+"
    r"(?=with\s)"
)


def placed_things_done(sentence: str) -> str:
    """``the households in each zone are registered with an address``: *households are
    registered in each zone with an address*, the passive the readers of placed records know."""

    def moved(match: re.Match[str]) -> str:
        if not is_plural(match.group("things")) or not is_past_participle(
            match.group("done").split()[-1]
        ):
            return match.group(0)
        things, where, done = (match.group(g) for g in ("things", "where", "done"))
        return f"{match.group('lead')}{things} {done} {where} "

    return _PLACED_THINGS_DONE.sub(moved, sentence)


_WHICH_HAS = re.compile(
    r"^(?P<before>.*\b(?:a|an|one|the|then|several|some|a few|many)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))(?P<own>\s+of\s+(?:their|its|his|her|our)\s+own)?"
    r",\s*which\s+(?:(?:is|are)\s+(?:really\s+)?(?:just|only|simply)|has|have|holds|carries|comes with|"
    r"(?P<telling>lists|records|shows|includes|gives))\s+"
    r"(?P<list>(?:a|an|the|its|their)\s.+)$"
)
"""*..., which has a name*; *..., which lists the make, model, ...* tells a list, where a list
of one may be records (*which lists the parts*)."""


_MAIN_SUBJECT = re.compile(
    r"^(?P<subject>(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|was|gets|get)\s"
)
_SUBJECT_GOES_ON = re.compile(r",\s+and\s+(?=(?P<verb>[a-z]+)\s+(?P<next>[a-z]+))")
_AFTER_A_VERB = word_set("from to into through a an the its their")


def _subject_goes_on(before: str, listed: str) -> tuple[str, str | None]:
    """``each report is handed to a crew, which has a name, and goes from reported to ...``:
    the relative clause's list, and the report's own predicate after it (a verb after the
    comma's *and*, not one more item)."""
    subject = _MAIN_SUBJECT.match(before)
    goes_on = _SUBJECT_GOES_ON.search(listed)
    if subject is None or goes_on is None:
        return listed, None
    verb = goes_on["verb"]
    if not (verb.endswith("s") and verb_lemma(verb) not in (None, verb)):
        return listed, None
    if can_be_noun(verb) and goes_on["next"] not in _AFTER_A_VERB:
        return listed, None  # "which has a name, and notes": one more item
    return listed[: goes_on.start()], f"{subject['subject']} {listed[goes_on.end() :]}"


def which_has(sentence: str) -> str:
    """``... stands at a location, which is just a site name and an address``: *a location
    has a site name and an address*, the record the relative clause is about; a predicate
    after it is the sentence's subject's (*..., and goes from reported to cleared*)."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_HAS.match(clause)
        if match is None or match.group("np") in _VALUE_WORDS:
            return [clause]
        if match.group("telling") and "," not in match.group("list"):
            return [clause]
        listed, after = _subject_goes_on(match["before"], match["list"])
        if after is not None:
            return [*plain(f"{match['before']}, which has {listed}"), after]
        np = match.group("np")
        if match.group("before").endswith(f"then {np}"):
            # "..., and then customers, which is really just a company name, ...": the plural
            if not is_plural(np.split()[-1]):
                return [clause]
            before = re.sub(
                r",?\s*(?:and\s+)?then$", "", match.group("before")[: -len(np)].rstrip()
            )
            return [before, f"{np} have {match.group('list')}"]
        if is_plural(np.split()[-1]):
            # "several questionnaires of their own, which are just a title and ...": each one's
            return [match.group("before"), f"each {singular(np)} has {match.group('list')}"]
        return [match.group("before"), f"a {np} has {match.group('list')}"]

    return per_clause(sentence, plain)


_OUR_SHOP = re.compile(
    r"^(?:so\s+|well\s+|ok\s+)?(?:i|we)\s+(?:have\s+got|have|got|run|own|operate|manage|am|are)\s+"
    r"(?:a|an|our|my)\s+(?P<np>(?:[a-z][\w\-']*\s+){0,3}(?P<head>[a-z][\w\-]*))"
    # "a self storage yard with about sixty units": how big the business is
    r"(?:\s+with\s+(?:about\s+|around\s+|over\s+|some\s+)?(?:a\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)?"
    r"\s*(?=,|$|\s+and\s)"
)
_A_SHOP_ALONE = re.compile(
    r"^(?:a|an)\s+(?:[a-z][\w\-']*\s+){0,3}(?P<head>[a-z][\w\-]*)\s+with\s+"
    r"(?:about\s+|around\s+|over\s+|some\s+)?(?:a\s+)?(?:\d+|[a-z]+)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s$"
)
"""``a cat cafe with about a dozen resident cats``: the business, said as a heading."""


_OUR_SHOP_DOES = re.compile(
    r"^(?:our|my)\s+(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+(?=[a-z])"
)


def without_our_shop(sentence: str) -> str:
    """``so i have got a little shoe repair shop, been going twenty years, ...``: the business
    is the app, not one of its records; ``our lab calibrates measuring instruments``: *we
    calibrate measuring instruments*."""
    does = _OUR_SHOP_DOES.match(sentence)
    if does is not None and does.group("head") in BUSINESS_NOUNS:
        lemma = verb_lemma(does.group("verb"))
        if lemma and lemma != does.group("verb") and can_be_verb(lemma):
            return f"we {lemma} {sentence[does.end() :]}"
    alone = _A_SHOP_ALONE.match(sentence)
    if alone is not None and alone.group("head") in BUSINESS_NOUNS:
        return ""
    match = _OUR_SHOP.match(sentence)
    if match is None or match.group("head") not in BUSINESS_NOUNS:
        return sentence
    return re.sub(r"^\s*,?\s*(?:and\s+)?", "", sentence[match.end() :])


_REWRITES: tuple[Callable[[str], str], ...] = (
    the_ones_each_has_done,
    we_call_them,
    grouped_into_which_is,
    all_of_its,
    comes_in_as,
    there_is_one_to_do_so,
    off_the_back_of,
    whenever_it_happens_log_it,
    and_its_part_has,
    by_them_then_theirs,
    each_who_came,
    comes_from_one,
    and_can_name_the_one,
    in_one_or_the_other,
    ticked_as_done,
    put_their_names_down,
    how_many_of_each_come,
    are_easy_just,
    ends_with_a_step,
    named_once_with_bracket,
    step_without_when_or_how_often,
    without_how_many_aside,
    they_log_them_against,
    plain_about_who_sees,
    without_if_we_can_get_one,
    hangs_off_one,
    we_add_the_ones_to,
    they_act_and_record,
    a_list_of_each_with,
    is_one_of_kinds,
    each_one_of_kinds,
    one_turns_up_in_several,
    done_and_jotted_down,
    for_them_we_need,
    made_up_of_each_with,
    whether_without_yes_or_no,
    header_of_notes,
    they_start_as,
    and_for_each_of_theirs,
    every_time_one_goes,
    there_are_the_ones,
    without_app_for_ours,
    examples_between_commas,
    ones_coming_along,
    a_tick_for_whether,
    puts_one_in_for,
    without_what_it_is_for,
    without_who_noticed_them,
    without_when_each_gets,
    mark_it_as_one_of,
    attends_one,
    which_of_them_did_it,
    own_list_as_several,
    gets_one_to_do,
    starts_before_done,
    one_doing_one_on_a_date,
    each_recorded_against,
    when_one_is_we_send,
    waits_until_done,
    stepping_from,
    wanted_status,
    without_what_they_mostly_are,
    one_on_one_on_a_date,
    done_without_now_and_then,
    some_along_the_way,
    date_without_purpose,
    without_people_on_them,
    steps_without_sometimes,
    broken_down_into,
    puts_one_on_one_for_a,
    acts_in_turn,
    a_set_of_as_several,
    for_a_place_in_one_on_one,
    we_put_one_in_one_for,
    done_by_ones_listed,
    just_need,
    someones_one_on,
    when_marked,
    each_time_is_one_with,
    one_is_put_on_each,
    on_each_every_one_is_ticked,
    is_one_on_one_date,
    which_ones_at_which,
    header_for_each_one,
    listing_how_many_of_each,
    runs_on_at_for,
    stuff_we_keep_as,
    aside_list_of_the_subject,
    things_each_one_owns,
    where_one_signs_in,
    made_for_one_with,
    without_introduction,
    header_without_asides,
    without_in_advance,
    we_need_in_brackets,
    for_each_each_ones,
    status_which_moves,
    a_record_for_each,
    and_say_which,
    so_each_one,
    whether_one_of,
    without_each_time_we_go,
    and_each_one_is,
    header_without_examples,
    which_ones_listed,
    clause_then_its_list,
    dashed_list_as_brackets,
    without_only_ones_aside,
    with_its_list_aside,
    which_is_just_aside,
    which_of_the_two,
    go_one_by_one,
    without_what_we_carry,
    signs_up_with,
    someone_gets_in_touch,
    their_own_list,
    acts_on_a_date,
    with_one_of_them,
    makes_one_where_we_put,
    comes_out_of_one_with,
    holds_one_at_one_of_ours,
    each_one_they_act_on,
    one_of_them_done,
    marked_present,
    each_one_having,
    several_left_unsaid,
    one_particular,
    list_of_them_then_details,
    value_like_these,
    for_one_someone_notes,
    happens_on_a_when,
    covers_one,
    a_one_gets_one_with,
    acts_on_one_just_named,
    the_deceased,
    without_opening_adverb,
    it_has_in_brackets,
    can_be_done_and_the_act_has,
    when_one_comes_in_we_log_it,
    without_out_of_hand,
    one_which_is_a_list,
    split_into_ones,
    gapped_has,
    book_a_place_at,
    one_of_ours_does_each,
    we_act_on_things_colon,
    on_one_we_act_on_things_colon,
    starts_as_then,
    through_a_record,
    themselves_are_just,
    is_one_and_with,
    kinds_each_with_in_brackets,
    run_by_one_of_ours_we_keep,
    someone_does_one_with,
    without_where_we_are,
    without_remarks,
    enough_for_them,
    know_which_it_came_from,
    which_went_into_each,
    match_one_to_it,
    pairing_makes,
    ended_at_any_stage,
    becomes_a_record,
    we_record_who_did_it,
    without_who_gave_it,
    without_if_aside_in_flow,
    when_we_go_back,
    theirs_entered_as,
    the_two_of_them,
    the_ones_we_keep_each_have,
    when_in_take_theirs,
    our_places,
    done_and_we_note,
    as_well_as_several,
    details_of_the_one_who,
    visits_on_one_where_we_log,
    where_we_write,
    without_roughly,
    ones_per_each,
    per_one_first,
    visit_it_for,
    whose_we_hold,
    meet_each_and_record,
    one_has_several_of_them,
    a_few_as_several,
    they_are_we_keep_for_them,
    end_up_doing,
    from_one_time_to_another,
    one_on_another,
    logged_by_one_with,
    for_one_where_we_keep,
    list_of_records,
    is_for_one_list,
    without_right_to,
    bought_in_units,
    stock_header,
    for_them_it_is,
    is_one_with_one,
    one_of_named,
    for_one_on_a_day,
    kinds_then_each,
    lent_to_someone,
    without_denied_tie,
    header_of_parties,
    whose_we_keep,
    details_of_each,
    sold_at_a_price,
    record_gives,
    come_in_for_with,
    either_kind,
    who_records_against_it,
    from_them_each_with,
    for_each_then_each_one,
    done_by_with_places,
    belongs_to_one_with,
    puts_one_in_a,
    without_our_shop,
    without_our_whole,
    without_examples,
    narrated_flow,
    made_of_parts,
    broken_into,
    without_obligation,
    access_as_act,
    logs_in,
    people_who_do,
    people_who_need,
    takes_things_during,
    record_per_each,
    then_open_for_them,
    one_of_ours_on,
    part_of_whole,
    without_the_other_one,
    own_record_with,
    plus_several,
    has_plus_several,
    kinds_of_things,
    log_their_time,
    on_each_we,
    we_log,
    logged_by_its,
    ask_with_one_that,
    each_either,
    anyone_who,
    which_has,
    when_someone,
    when_someone_is_done,
    gets_in_touch,
    when_then_we,
    there_are,
    inside_each_are,
    each_header_clause,
    kind_they_want,
    its_way_through,
    without_side_of_things,
    each_needs,
    booked_onto_one,
    act_and_fill_in,
    does_one_and_notes,
    which_did_each,
    which_one_did_it,
    got_them_and_need,
    has_them_and_need,
    is_a_kind_for,
    list_of_theirs,
    asks_for_a_number,
    who_they_are,
    keeps_a_roster,
    played_between,
    per_one_files,
    question_as_whether,
    most_of_them_as_they,
    we_set_a_target,
    each_in_the_unit,
    several_then_we_note_whether_it,
    done_against_one_by_another,
    and_that_goes,
    where_one_is_one_in_one,
    gives_each_one_a,
    enter_one_with_their_name,
    for_each_there_is_one,
    and_they_act_with,
    within_one_there_are,
    comma_then_it_has,
    listed_then_given_to_one,
    when_we_write_up,
    when_we_make_one_of,
    when_one_acts,
    on_the_day,
    make_them_for,
    one_makes_one_for,
    put_each_and_need,
    done_every_so_note,
    need_one_we_log,
    saying_which,
    which_did_which,
    one_for_every,
    which_went_where,
    each_we_look_after,
    raised_as,
    then_theirs,
    which_have_then_act,
    first_thing_is,
    gets_a_record,
    numbered_things,
    shared_by_many,
    many_of_the_other,
    kept_each_time,
    for_each_of_theirs,
    one_of_theirs_keeps,
    for_whom_we,
    is_one_with,
    each_acts_then_list,
    one_doing_many_with,
    through_records,
    placed_things_done,
    one_does_it,
    marks_it_as,
    track_when_done,
    who_did_it_is_noted,
    are_just_fields,
    header_relative,
    each_after_header,
    status_going,
    rate_one,
    done_at_one_noted,
    one_gets_in_touch,
    we_charge_for,
    flow_ends_up,
    people_give_details,
    for_each_they_do,
    people_who_may,
    without_our_business,
    without_our_adverb,
    for_one,
    people_are_so,
    people_act_we_keep,
    place_in,
    header_event,
    without_purpose,
    without_infinitive_purpose,
    kept_in_brackets,
    time_span,
    placed_after_passive,
    logged_act,
    logged_then_asked,
    get_given,
    bracketed_clause,
    plain_passive,
    one_for_a_single,
    while_it_lasts,
    happens_for_takes_place,
    own_record,
    uses_many_with,
    belongs_to_both,
    gets_one,
    on_a_valued,
    which_is_one_of,
    for_each_one,
    logged_in,
    without_to_us,
    without_time_possessive,
    without_particle,
    without_passive_particle,
    without_opening_time,
    without_opening_place,
    their_after_people,
    two_subjects_have,
    collective_head,
    one_for_each_side,
    date_and_time_of_an_act,
    values_of,
    told_values,
    without_condition,
    split_new_subjects,
    without_reduced_relative,
    flow_after_their_act,
    shows_whether_it_is,
    points_at_one_with,
    against_one_and_another,
    participle_list,
    made_at_ones_with,
    holds_a_number_on_one,
    are_kinds_with,
    takes_a_turn_giving,
    act_against_one_with,
    kept_against_one_with,
    turned_into,
    relative_have,
    second_owner,
    picked_from,
    unfold_apposition,
    split_predicates,
    # "delivered to one shop (shops have a name, ...) and travels on a van run": the second
    # predicate split off, the bracket ends a clause and is one of its own
    bracketed_clause,
    plural_second_predicate,
    then_they_act,
    book_onto_one,
    one_records_a_thing_against,
    ties_one_to_another,
    is_for_kinds,
    at_an_agreed_price,
    runs_from_to,
    name_they,
    for_them,
    takes_part,
    line_for_each,
    for_a_time_in,
    when_acting_choose,
    plus_more,
    for_each_counted,
    does_many_so_each,
    assigns_then_each,
    which_plays_which,
    is_just_a_list,
    doing_gives_many,
    one_where_we_keep,
    without_joining_word,
    that_hangs_off,
    and_its_stage,
    bought_from_ours,
    lists_the_things_done,
    sent_on_record,
    on_one_we_note,
    is_numbered,
    listed_status_which_goes,
    then_their_which_has,
    for_the_ones_named,
    done_for_a_number_of,
    costs_a_value,
    happens_on_a_when,  # again, for "..., takes place on a date at a location, costs ..." once split
)
