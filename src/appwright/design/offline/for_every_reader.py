"""The rewrites every reader, the parse's too, takes a sentence through first.

Each rewrite turns one way of telling a record's list or links into the plain clauses the
readers know (``tea duties putting a volunteer on a fixture as cook`` becomes the duty's links
and role; ``a visit is for one farm, done by one vet, ...`` becomes one clause per piece). They
run in the order of ``REWRITES``: the later ones read what the earlier ones wrote.
"""

from __future__ import annotations

from collections.abc import Callable

from appwright.design.offline.acts_about import may_act_about_one
from appwright.design.offline.acts_then_recorded import (
    acts_on_one_and_records,
    links_one_to_one_and_records,
)
from appwright.design.offline.asides_dropped import (
    without_the_place_we_are,
    without_this_many,
)
from appwright.design.offline.between_record_and_list import one_we_send_about_one
from appwright.design.offline.clauses_made_whole import (
    acts_on_each_noting,
    has_one_who_acts,
    has_then_holds_many,
    held_in_ones_each_with,
    links_one_of_each,
    one_in_one_done_by,
)
from appwright.design.offline.done_then_logged import (
    book_time_against,
    keep_the_ones_one_sends,
    one_acts_and_it_is_saved,
    opens_one_that_moves_it,
    the_one_acts_for_that_one,
    they_book_one_against_one,
    they_do_one_and_for_that,
    tick_it_off_with_a,
    we_hold_one_logged_with,
    when_one_acts_we_record_a,
    when_one_is_done_to_one,
)
from appwright.design.offline.dropped_words import (
    without_in_which_case,
    without_the_ones_we_sell,
)
from appwright.design.offline.entries_on_a_list import any_many_in_brackets, their_many_listed
from appwright.design.offline.given_to_each import we_give_each_one
from appwright.design.offline.has_lists import (
    done_which_is_its_list,
    for_each_one_makes,
    known_by_in_brackets,
    said_as_has,
    verb_said_once,
)
from appwright.design.offline.header_heads import header_then_done_by
from appwright.design.offline.its_ones_listed import its_ones_listed_with
from appwright.design.offline.later_ends import later_end_said_aside
from appwright.design.offline.linked_with_theirs import (
    done_against_one_with_its_list,
    we_link_it_to_one_with_theirs,
)
from appwright.design.offline.lists_after_a_colon import (
    done_by_one_colon,
    each_one_against_its_colon,
    each_ones_thing_done_colon,
    every_one_we_do_colon,
    for_each_one_we_log_one_colon,
    header_then_when,
    links_after_the_list,
    log_one_colon,
    many_we_deal_with,
    one_each_colon,
    one_of_each_colon,
    tagged_with_many,
)
from appwright.design.offline.lists_of_the_one_before import (
    keep_those_with,
    ones_against_it_are_logged_with,
    we_keep_theirs_on_file,
    we_log_its_code,
)
from appwright.design.offline.lists_of_the_one_named import (
    against_two_with_their_brackets,
    done_in_several_each_with,
    inside_one_each,
    runs_between_dates,
    split_into_ones_with,
    which_one_with_its_list,
)
from appwright.design.offline.lists_said_as_its import for_them_its
from appwright.design.offline.lists_split_off import done_on_a_date_by
from appwright.design.offline.logged_as_it_happens import (
    gets_one_of_its_own,
    kept_by_them_for_theirs,
    logged_where_it_happens,
    made_by_what_happens,
    raised_against_one,
    when_one_goes_for_its,
    when_someone_acts_on_one,
)
from appwright.design.offline.logged_each_time import (
    every_time_one_is_done,
    sign_up_and_when_they_do,
    the_one_who_did_it_records,
    we_log_one_against,
    when_one_acts_they_log_it,
)
from appwright.design.offline.made_out_for_one import (
    billed_with_one_showing,
    booked_against_it,
    fills_in_one_for_one,
    issues_ones_for_each,
    names_one_with,
    ones_record_for_another,
)
from appwright.design.offline.one_done_to import is_one_done_to
from appwright.design.offline.one_of_two_kinds import (
    one_or_another_of_one,
    pairs_one_with_one,
)
from appwright.design.offline.ones_own_for_one import one_lot_of_one
from appwright.design.offline.paid_in_several import paid_in_several
from appwright.design.offline.people_put_on import assigns_one_to_one, puts_one_on_one_as
from appwright.design.offline.predicates_in_pieces import predicates_in_pieces
from appwright.design.offline.qualifiers_dropped import (
    against_ones_plainly,
    named_by_examples,
    without_done_by_which,
    without_size_kept,
    without_where_they_run,
    without_whoever_it_went_to,
)
from appwright.design.offline.rewrites_said_in_passing import SAID_IN_PASSING
from appwright.design.offline.runs_as_several import runs_as_several, split_into_several
from appwright.design.offline.said_as_having import (
    a_record_of_each_colon,
    and_others_theirs,
    and_then_ours_each_with,
    are_given,
    during_the_one_notes,
    each_one_of_those_named,
    has_own_ones_colon,
    is_one_with,
    its_own_record_against,
    listed_by_in_commas,
    needs_its,
    on_its_card,
    ones_on_one_have,
    ticked_on_them_saying,
)
from appwright.design.offline.said_of_every_one import (
    for_each_one_we_get_back,
    found_then_listed,
    ones_for_it,
    said_of_every_one,
    several_then_for_each_one,
    sign_up_with_their,
)
from appwright.design.offline.several_of_them import several_of_them_needed
from appwright.design.offline.start_and_end import start_and_end_apart
from appwright.design.offline.steps_from_where_it_sits import steps_from_where_it_sits
from appwright.design.offline.steps_told_as_clauses import status_told_in_clauses
from appwright.design.offline.told_after_a_list import and_once_we_record
from appwright.design.offline.told_of_the_one_it_belongs_to import (
    a_price_per_kind,
    and_is_for_one,
    are_raised_against_one,
    belongs_to_one_with_its_own,
    covers_one_of_each,
    each_one_being_one,
    each_raised_against_one,
    each_that_comes_is_booked,
    is_against_one_and_relates_to_one,
    keeps_a_library_of_its_ones,
    one_of_ours_goes_on_each,
    place_ones_for_one,
    whom_we_know_by,
)
from appwright.design.offline.told_then_each import (
    done_for_one_need,
    for_one_which_has,
    goes_on_one_as_an_entry,
    grouped_into_ones_with,
    put_on_one_with,
    told_then_each,
)
from appwright.design.offline.whose_list_follows import (
    is_one_for_us_with,
    list_in_brackets_first,
    whose_list_follows,
)

REWRITES: tuple[Callable[[str], str], ...] = (
    *SAID_IN_PASSING,
    each_one_against_its_colon,
    we_keep_theirs_on_file,
    links_one_to_one_and_records,
    done_by_one_colon,
    acts_on_one_and_records,
    for_them_its,
    status_told_in_clauses,
    steps_from_where_it_sits,
    we_give_each_one,
    without_size_kept,
    without_done_by_which,
    without_the_place_we_are,
    without_this_many,
    split_into_several,
    later_end_said_aside,
    and_once_we_record,
    without_whoever_it_went_to,
    without_where_they_run,
    paid_in_several,
    done_against_one_with_its_list,
    we_link_it_to_one_with_theirs,
    runs_as_several,
    its_ones_listed_with,
    against_ones_plainly,
    we_hold_one_logged_with,
    named_by_examples,
    start_and_end_apart,
    without_in_which_case,
    without_the_ones_we_sell,
    one_lot_of_one,
    is_one_with,
    needs_its,
    a_record_of_each_colon,
    runs_between_dates,
    split_into_ones_with,
    during_the_one_notes,
    listed_by_in_commas,
    which_one_with_its_list,
    done_in_several_each_with,
    inside_one_each,
    against_two_with_their_brackets,
    we_log_its_code,
    keep_those_with,
    ones_against_it_are_logged_with,
    are_given,
    ones_on_one_have,
    its_own_record_against,
    has_own_ones_colon,
    and_others_theirs,
    are_raised_against_one,
    each_raised_against_one,
    a_price_per_kind,
    belongs_to_one_with_its_own,
    one_of_ours_goes_on_each,
    is_against_one_and_relates_to_one,
    whom_we_know_by,
    booked_against_it,
    fills_in_one_for_one,
    issues_ones_for_each,
    billed_with_one_showing,
    names_one_with,
    ones_record_for_another,
    and_is_for_one,
    place_ones_for_one,
    keeps_a_library_of_its_ones,
    each_one_of_those_named,
    and_then_ours_each_with,
    each_one_being_one,
    each_that_comes_is_booked,
    on_its_card,
    covers_one_of_each,
    ticked_on_them_saying,
    when_one_goes_for_its,
    when_one_is_done_to_one,
    every_time_one_is_done,
    the_one_who_did_it_records,
    when_one_acts_they_log_it,
    we_log_one_against,
    book_time_against,
    sign_up_and_when_they_do,
    keep_the_ones_one_sends,
    when_someone_acts_on_one,
    when_one_acts_we_record_a,
    opens_one_that_moves_it,
    they_do_one_and_for_that,
    they_book_one_against_one,
    one_acts_and_it_is_saved,
    tick_it_off_with_a,
    the_one_acts_for_that_one,
    gets_one_of_its_own,
    raised_against_one,
    kept_by_them_for_theirs,
    logged_where_it_happens,
    made_by_what_happens,
    one_each_colon,
    header_then_when,
    links_after_the_list,
    tagged_with_many,
    one_of_each_colon,
    log_one_colon,
    every_one_we_do_colon,
    each_ones_thing_done_colon,
    for_each_one_we_log_one_colon,
    many_we_deal_with,
    said_of_every_one,
    several_then_for_each_one,
    for_each_one_we_get_back,
    sign_up_with_their,
    ones_for_it,
    found_then_listed,
    whose_list_follows,
    is_one_for_us_with,
    list_in_brackets_first,
    one_or_another_of_one,
    pairs_one_with_one,
    told_then_each,
    done_for_one_need,
    put_on_one_with,
    goes_on_one_as_an_entry,
    for_one_which_has,
    grouped_into_ones_with,
    one_we_send_about_one,
    done_on_a_date_by,
    has_one_who_acts,
    held_in_ones_each_with,
    one_in_one_done_by,
    acts_on_each_noting,
    has_then_holds_many,
    links_one_of_each,
    their_many_listed,
    any_many_in_brackets,
    is_one_done_to,
    puts_one_on_one_as,
    assigns_one_to_one,
    header_then_done_by,
    predicates_in_pieces,
    done_which_is_its_list,
    known_by_in_brackets,
    verb_said_once,
    may_act_about_one,
    for_each_one_makes,
    said_as_has,
    several_of_them_needed,
)
"""What every reader, the parse's too, reads said plainly, in this order."""


def for_every_reader(sentence: str) -> str:
    """``sentence`` after each rewrite of ``REWRITES`` in turn."""
    for rewrite in REWRITES:
        sentence = rewrite(sentence)
    return sentence
