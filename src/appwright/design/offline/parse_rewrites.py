"""The short chain of rewrites the dependency parse reads before it looks for lists.

``crew members need a login to see their jobs`` is people using the app, no login field;
``toppings such as pearls have ...`` names no examples; ``panels, recorded with a width and
height in mm`` are each panel's width in mm and height in mm.
"""

from __future__ import annotations

from appwright.design.offline.acts_done_again import done_again_and_we_note
from appwright.design.offline.acts_written_down import (
    on_one_we_act_on_things_colon,
    they_act_and_record,
)
from appwright.design.offline.all_of_its import all_of_its
from appwright.design.offline.dropped_words import without_if_there_is_one, without_purpose
from appwright.design.offline.fields_said import each_in_the_unit, several_then_we_note_whether_it
from appwright.design.offline.has_lists import kept_for_each
from appwright.design.offline.kinds_said import are_kinds_with
from appwright.design.offline.lists_in_passing import (
    aside_in_a_list,
    come_in_for_with,
    lists_the_things_done,
)
from appwright.design.offline.lists_told_around import (
    and_its_part_has,
    by_them_then_theirs,
    enter_one_with_their_name,
    gapped_has,
)
from appwright.design.offline.owner_asides import has_to_as_must, without_examples
from appwright.design.offline.owner_links import (
    belongs_to_one_with,
    many_of_the_other,
    without_denied_tie,
)
from appwright.design.offline.owner_several import has_plus_several
from appwright.design.offline.passing_links import kept_against_one_with
from appwright.design.offline.people_told import logs_in, one_who_did_it, the_one_doing_it
from appwright.design.offline.remarks_dropped import for_one_someone_notes
from appwright.design.offline.told_records import for_each_counted
from appwright.design.offline.told_which import which_plays_which
from appwright.design.offline.values_told import which_is_one_of
from appwright.design.offline.what_a_record_is import where_one_is_one_in_one


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
    allocate seats: ...* the allocation's, *every vessel belongs to an owning company with a
    name, ...* the company's; *certificates are done by
    engineers, and i keep their name* is each engineer's, *a tenancy has an end date, and
    its deposit records the amount held* the deposit's, *for each vehicle I want the make, and
    then all of its inspections, each with ...* the inspections', *pick-up points are
    fixed stops with a town* each pick-up point's, *boats need a name, and the owner a
    mobile* the owner's, *the driver has to check it* is a duty, no field of the driver's, and
    *the plumber who seals one leak records the seal date* is the leak's, and *every swan is
    weighed twice a week and we write down the date ...* each weighing's."""
    # "the part number if there is one, a shelf location so we can find it, and the price":
    # the hedge and the purpose name no field, and left in they end the list early
    sentence = without_purpose(without_if_there_is_one(aside_in_a_list(sentence)))
    sentence = kept_for_each(has_to_as_must(sentence))
    sentence = kept_against_one_with(has_plus_several(all_of_its(sentence)))
    sentence = gapped_has(sentence)
    sentence = logs_in(which_is_one_of(without_examples(without_denied_tie(sentence))))
    sentence = and_its_part_has(by_them_then_theirs(sentence))
    sentence = which_plays_which(for_each_counted(sentence))
    sentence = several_then_we_note_whether_it(each_in_the_unit(sentence))
    sentence = enter_one_with_their_name(where_one_is_one_in_one(sentence))
    sentence = on_one_we_act_on_things_colon(they_act_and_record(done_again_and_we_note(sentence)))
    sentence = many_of_the_other(come_in_for_with(lists_the_things_done(sentence)))
    sentence = the_one_doing_it(one_who_did_it(belongs_to_one_with(sentence)))
    # "on each visit a ranger records the date, ...": the visit's list, and who made it
    return are_kinds_with(for_one_someone_notes(sentence))
