"""The ways of saying a record in short, written out for the readers, in this order: lists said
in short (``lists_said_in_short``), records kept for another (``owned_lists_in_short``),
records of an act (``acts_recorded``), a record told in turn (``predicates_in_turn``) and a
record wished for, one for each of another (``records_wanted_for_each``).

``normalize`` calls it on the whole lowered description, before the readers of a list's
openings.
"""

from __future__ import annotations

from appwright.design.offline.acts_recorded import acts_recorded
from appwright.design.offline.lists_said_in_short import lists_in_short
from appwright.design.offline.owned_lists_in_short import owned_lists_in_short
from appwright.design.offline.predicates_in_turn import predicates_in_turn
from appwright.design.offline.records_wanted_for_each import wanted_for_each


def said_in_short(lowered: str) -> str:
    """``lowered`` with each record said in short written out."""
    lowered = acts_recorded(owned_lists_in_short(lists_in_short(lowered)))
    return wanted_for_each(predicates_in_turn(lowered))
