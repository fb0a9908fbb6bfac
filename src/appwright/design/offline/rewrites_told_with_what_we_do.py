"""The rewrites that tell a record by what the business does with it, or in one phrase, as a
list of points does (*we sell several party packages, and each has ...*; *bookings linking a
member to a class, marked ...*; *at each meeting we record attendance, marking each scout ...*),
in the order `SAID_IN_PASSING` runs them, at its head: each reads a clause the later ones would
take apart.
"""

from __future__ import annotations

from collections.abc import Callable

from appwright.design.offline.items_told_about_them import items_said_plainly
from appwright.design.offline.links_said_in_a_few_words import (
    gets_one_assigned,
)
from appwright.design.offline.records_logged_for_each import (
    at_the_one_we_note,
    done_for_each_with,
    each_one_of_ours,
    each_one_sends_us_is_one,
    each_pair_of,
    each_we_send_one,
    holds_one_with_one,
    kept_on_record_with,
    lines_on_each_one_per,
    marked_on_a_record,
    money_coming_in,
    of_one_kind_from_our_list,
    one_by_one_inside,
    signs_up_we_keep_their,
    split_into_lines_each_one,
    when_one_is_so_it_leads_to,
    would_log,
)
from appwright.design.offline.records_of_a_pair import (
    and_it_gets_a_line_for_each,
    at_each_we_record_marking_each,
    can_order_several_each_with,
    for_each_in_a_given_one,
    per_one_a_row_per,
    puts_one_on_one_for,
    with_one_line_per_one,
)
from appwright.design.offline.records_told_in_a_phrase import (
    and_for_each_on_one_the,
    and_for_the_one_just,
    are_a_list_we_keep,
    each_against_one_records,
    includes_several_and_for_each_one,
    linking_one_to_another,
    made_against_one_we_note,
    once_there_it_gets,
    one_fills_it_in_we_take_theirs,
    ones_someone_buys,
)
from appwright.design.offline.records_we_deal_in import (
    are_ones_too_we_need_theirs,
    each_one_a_kind,
    files_one_it_records,
    for_each_we_need_one_and_on_it,
    go_in_with,
    is_one_with_its_values,
    joins_as_one_we_take_their,
    raises_one_naming_one,
    said_apart,
    wanted_on_record,
    we_deal_in_several_each_has,
    we_link_it_to_the_one,
    when_one_acts_we_open_one,
    when_we_ask_one_to,
    written_off_against_one,
)
from appwright.design.offline.values_with_a_unit import numbers_with_their_unit

TOLD_WITH_WHAT_WE_DO: tuple[Callable[[str], str], ...] = (
    numbers_with_their_unit,
    items_said_plainly,
    each_one_of_ours,
    would_log,
    money_coming_in,
    signs_up_we_keep_their,
    done_for_each_with,
    each_we_send_one,
    marked_on_a_record,
    holds_one_with_one,
    lines_on_each_one_per,
    split_into_lines_each_one,
    kept_on_record_with,
    of_one_kind_from_our_list,
    one_by_one_inside,
    each_pair_of,
    at_the_one_we_note,
    each_one_sends_us_is_one,
    when_one_is_so_it_leads_to,
    linking_one_to_another,
    ones_someone_buys,
    can_order_several_each_with,
    puts_one_on_one_for,
    and_for_each_on_one_the,
    are_a_list_we_keep,
    with_one_line_per_one,
    and_for_the_one_just,
    each_against_one_records,
    made_against_one_we_note,
    per_one_a_row_per,
    includes_several_and_for_each_one,
    once_there_it_gets,
    at_each_we_record_marking_each,
    and_it_gets_a_line_for_each,
    for_each_in_a_given_one,
    one_fills_it_in_we_take_theirs,
    for_each_we_need_one_and_on_it,
    said_apart,
    gets_one_assigned,
    wanted_on_record,
    we_deal_in_several_each_has,
    joins_as_one_we_take_their,
    is_one_with_its_values,
    written_off_against_one,
    when_one_acts_we_open_one,
    we_link_it_to_the_one,
    when_we_ask_one_to,
    files_one_it_records,
    each_one_a_kind,
    go_in_with,
    are_ones_too_we_need_theirs,
    raises_one_naming_one,
)
