"""The rewrites ``for_every_reader`` reads first: records, lists, owners and asides said in passing.

Each one reads a way of telling a record that a busy owner drops into the middle of something
else (*on the result we want ...*, *fillings are their own list, ...*, *(booths are listed by
name)*, *which of our booths is going out*) and says it plainly, or drops an aside that names
no record. They run before the other rewrites, in this order, because those read the plain
clauses these write.
"""

from __future__ import annotations

from collections.abc import Callable

from appwright.design.offline.asides_dropped import (
    without_aside_between_dashes,
    without_examples_before_the_verb,
    without_examples_ending_a_list,
    without_for_a_stretch_of_time,
    without_for_this_bit,
    without_from_our_stock,
    without_how_often_it_is_kept,
    without_one_example_in_a_list,
    without_the_second_kind,
    without_what_some_need,
    without_what_they_are_to_be,
    without_what_was_done_to_each,
    without_what_we_are_after,
    without_where_it_falls,
    without_where_it_is_marked,
    without_where_it_lives_now,
    without_which_of_ours_did_it,
    without_which_one_in_a_list,
    without_who_did_it,
    without_whose_it_is,
    without_why_in_a_list,
)
from appwright.design.offline.availability_said import availability_answered
from appwright.design.offline.colon_before_a_clause import (
    act_then_a_record_told,
    after_each_one_we_enter_colon,
    then_for_the_one_colon,
)
from appwright.design.offline.gained_by_one import when_one_gains_one
from appwright.design.offline.kind_said_as_is import kind_said_as_is
from appwright.design.offline.lines_per_kind import holds_one_per_kind
from appwright.design.offline.links_said_in_a_few_words import (
    a_line_for_each_marked,
    a_list_of_ones_any_number_of_them,
    and_one_of_ours_leads_it,
    comes_from_one_dash,
    in_one_that_is_part_of,
    itself_needs_in_brackets,
    list_on_each,
    may_belong_to,
    one_price_per_band,
    ones_and_ones_each_have,
    picks_one_from_our_list,
    plus_its_own_each_with,
    signs_up_with,
)
from appwright.design.offline.lists_of_the_one_tied_to import (
    belongs_to_one_and_for_them,
    handled_by_someone_from_the_team,
    is_for_one_all_we_need,
    linked_to_the_one_who_we_keep,
    one_running_it_and_for_those,
    tied_to_two_each_with_its_list,
    who_we_keep_with,
)
from appwright.design.offline.lists_said_in_passing import (
    each_one_with,
    ends_up_with_several,
    is_one_so_we_note,
    listed_by_name_aside,
    logged_whenever_colon,
    on_the_one_we_want,
    once_it_is_done_we_fill_in,
    one_per_one_per_one,
    something_like_together_with,
    the_one_itself_needs,
    their_own_list,
)
from appwright.design.offline.logged_underneath import logged_underneath
from appwright.design.offline.named_by_how_it_is_tied import tied_then_its_list
from appwright.design.offline.named_by_what_happens import named_by_what_happens
from appwright.design.offline.one_and_one_recorded import records_one_and_one
from appwright.design.offline.only_examples_given import only_examples_given
from appwright.design.offline.owned_and_listed import (
    belongs_to_one_with_their,
    can_act_on_one_listing,
    comes_in_against_one_noting,
)
from appwright.design.offline.placed_onto_ones import for_each_we_put_onto, says_which_one_colon
from appwright.design.offline.raised_with_one import raised_with_one_with
from appwright.design.offline.recorded_as_they_come import (
    a_record_of_every_one_colon,
    a_register_of_the_ones_we_own,
    against_the_one_we_record_every,
    the_one_for_every_part_colon,
)
from appwright.design.offline.records_for_one_and_one import (
    acted_on_by_several_each_with,
    against_one_we_write_up,
    book_onto_one_colon,
    books_a_place_and_on_it,
    for_each_one_and_period,
    for_one_and_one_with,
    places_one_with,
    sit_inside_one_with,
    sorted_into_groups_each_with,
    written_up_as_one_for_one,
)
from appwright.design.offline.records_logged_against import (
    against_ones_known_by,
    against_the_one_which_has,
    filled_in_by_who_dealt_with_it,
    for_each_of_several_we_note,
    logs_one_against_two_with,
    which_ones_logged_against,
)
from appwright.design.offline.records_of_a_pair import and_it_gets_a_line_for_each
from appwright.design.offline.records_people_bring_or_sign import (
    books_one_for_their,
    registers_then_we_take,
    signs_one_colon_we_keep,
    their_own_each_logged_with,
)
from appwright.design.offline.records_said_briefly import said_briefly
from appwright.design.offline.records_said_through_a_stand_in import (
    are_our_ones_each_with,
    for_each_one_we_did_colon,
    has_a_profile_with,
    is_just_a_field_with,
    is_one_from_one_with,
    when_one_signs_up_we_store,
)
from appwright.design.offline.records_taken_and_noted import (
    acts_on_each_and_we_record,
    takes_one_putting_down,
    within_one_we_list,
)
from appwright.design.offline.records_tied_in_a_clause import (
    attach_ones_to_one,
    can_add_one_to_one,
    goes_down_as_one_linked_to,
    goes_on_the_one_with,
    header_putting_one_on_one,
    is_one_done_in_one,
    is_sent_one_and_we_record,
    keeps_one_for_every_one,
    log_each_against_the_one_colon,
    logged_against_one_of_their,
    one_per_one_with,
    recorded_and_uses_one,
    write_one_that_ties,
)
from appwright.design.offline.records_told_then_listed import (
    come_off_our_list_with,
    details_for_every_one,
    just_a_name_before_the_verb,
    one_for_every_one_that_did,
    sends_one_and_on_it,
    when_one_turns_up,
)
from appwright.design.offline.records_with_their_owners import (
    is_one_in_one_of_ours,
    mostly_so_we_hold,
    several_each_done_by_one,
    under_one_holding,
)
from appwright.design.offline.records_written_up_or_sent import (
    a_list_of_the_ones_they_do,
    and_those_need,
    each_one_down_with,
    for_each_one_there_is,
    for_each_we_book_one_for_one,
    logged_per_one_colon,
    raise_one_against_it_and_it_goes,
    sends_one_every_night,
    sent_for_one_which_we_log,
    we_file_the_ones_each_asks_for,
    we_hold_ones_just,
    we_keep_ones_too,
    when_it_is_we_send_one_and_note,
    whoever_does_we_take_their,
    written_up_as_one_colon,
)
from appwright.design.offline.report_asked_by_others import report_asked_by_others
from appwright.design.offline.rewrites_told_with_what_we_do import TOLD_WITH_WHAT_WE_DO
from appwright.design.offline.roles_said_with_the_list import have_and_see_only, only_they_may
from appwright.design.offline.steps_said_loosely import (
    if_so_it_goes_to,
    starts_then_either,
    the_ones_then_marked,
)
from appwright.design.offline.terse_notes_filled_in import (
    one_of_them_named,
    terse_note_filled_in,
)
from appwright.design.offline.the_one_who_did_it import (
    linked_to_the_one_who_did_it,
    names_the_one_who_did_it,
    the_one_who_did_them,
)
from appwright.design.offline.there_are_ones_on_it import (
    each_pointing_at_one_with,
    on_each_there_are,
    then_there_are_their,
)
from appwright.design.offline.values_said_after_the_item import (
    values_after_a_dash,
    values_after_of,
    values_after_which_is,
    values_of_each_one,
    values_of_what_is_wrong,
)
from appwright.design.offline.when_said_of_a_header import when_said_of_a_header

SAID_IN_PASSING: tuple[Callable[[str], str], ...] = (
    have_and_see_only,
    only_they_may,
    *TOLD_WITH_WHAT_WE_DO,
    a_line_for_each_marked,
    without_what_we_are_after,
    handled_by_someone_from_the_team,
    without_what_they_are_to_be,
    in_one_that_is_part_of,
    and_one_of_ours_leads_it,
    may_belong_to,
    picks_one_from_our_list,
    signs_up_with,
    we_file_the_ones_each_asks_for,
    for_each_we_book_one_for_one,
    one_running_it_and_for_those,
    plus_its_own_each_with,
    one_price_per_band,
    without_what_was_done_to_each,
    linked_to_the_one_who_we_keep,
    tied_to_two_each_with_its_list,
    for_each_one_there_is,
    logged_per_one_colon,
    and_those_need,
    raise_one_against_it_and_it_goes,
    ones_and_ones_each_have,
    a_list_of_ones_any_number_of_them,
    sent_for_one_which_we_log,
    sends_one_every_night,
    when_it_is_we_send_one_and_note,
    list_on_each,
    comes_from_one_dash,
    itself_needs_in_brackets,
    without_what_some_need,
    belongs_to_one_and_for_them,
    values_of_what_is_wrong,
    values_of_each_one,
    is_for_one_all_we_need,
    each_one_down_with,
    we_keep_ones_too,
    recorded_and_uses_one,
    header_putting_one_on_one,
    is_one_done_in_one,
    keeps_one_for_every_one,
    write_one_that_ties,
    attach_ones_to_one,
    goes_down_as_one_linked_to,
    logged_against_one_of_their,
    who_we_keep_with,
    can_add_one_to_one,
    a_list_of_the_ones_they_do,
    we_hold_ones_just,
    written_up_as_one_colon,
    log_each_against_the_one_colon,
    goes_on_the_one_with,
    one_per_one_with,
    is_sent_one_and_we_record,
    whoever_does_we_take_their,
    against_the_one_which_has,
    which_ones_logged_against,
    against_ones_known_by,
    for_each_of_several_we_note,
    filled_in_by_who_dealt_with_it,
    book_onto_one_colon,
    for_one_and_one_with,
    written_up_as_one_for_one,
    sorted_into_groups_each_with,
    has_a_profile_with,
    are_our_ones_each_with,
    is_just_a_field_with,
    when_one_signs_up_we_store,
    is_one_from_one_with,
    against_one_we_write_up,
    books_a_place_and_on_it,
    without_which_one_in_a_list,
    without_for_this_bit,
    without_for_a_stretch_of_time,
    registers_then_we_take,
    their_own_each_logged_with,
    signs_one_colon_we_keep,
    sit_inside_one_with,
    places_one_with,
    for_each_one_and_period,
    acted_on_by_several_each_with,
    starts_then_either,
    the_ones_then_marked,
    if_so_it_goes_to,
    values_after_of,
    logs_one_against_two_with,
    for_each_one_we_did_colon,
    books_one_for_their,
    for_each_we_put_onto,
    says_which_one_colon,
    without_aside_between_dashes,
    without_examples_ending_a_list,
    without_where_it_is_marked,
    without_how_often_it_is_kept,
    without_whose_it_is,
    takes_one_putting_down,
    acts_on_each_and_we_record,
    within_one_we_list,
    is_one_in_one_of_ours,
    mostly_so_we_hold,
    several_each_done_by_one,
    values_after_a_dash,
    values_after_which_is,
    details_for_every_one,
    without_the_second_kind,
    under_one_holding,
    linked_to_the_one_who_did_it,
    names_the_one_who_did_it,
    sends_one_and_on_it,
    when_one_turns_up,
    # again, on what the line before made: *when a delivery turns up we note ..., then add a
    # line for each ingredient* is *each delivery has ..., then add a line ...* only now
    and_it_gets_a_line_for_each,
    one_for_every_one_that_did,
    just_a_name_before_the_verb,
    then_there_are_their,
    come_off_our_list_with,
    logged_underneath,
    without_where_it_lives_now,
    named_by_what_happens,
    said_briefly,
    when_said_of_a_header,
    a_register_of_the_ones_we_own,
    after_each_one_we_enter_colon,
    kind_said_as_is,
    each_pointing_at_one_with,
    one_of_them_named,
    terse_note_filled_in,
    then_for_the_one_colon,
    without_from_our_stock,
    only_examples_given,
    report_asked_by_others,
    records_one_and_one,
    tied_then_its_list,
    act_then_a_record_told,
    availability_answered,
    raised_with_one_with,
    the_one_who_did_them,
    on_each_there_are,
    without_which_of_ours_did_it,
    listed_by_name_aside,
    the_one_for_every_part_colon,
    once_it_is_done_we_fill_in,
    without_who_did_it,
    belongs_to_one_with_their,
    comes_in_against_one_noting,
    can_act_on_one_listing,
    holds_one_per_kind,
    without_where_it_falls,
    without_one_example_in_a_list,
    against_the_one_we_record_every,
    a_record_of_every_one_colon,
    one_per_one_per_one,
    when_one_gains_one,
    something_like_together_with,
    the_one_itself_needs,
    is_one_so_we_note,
    without_examples_before_the_verb,
    without_why_in_a_list,
    on_the_one_we_want,
    their_own_list,
    each_one_with,
    logged_whenever_colon,
    ends_up_with_several,
)
"""What ``for_every_reader`` reads first, in this order."""
