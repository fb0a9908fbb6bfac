"""The rewordings ``perturbed.py`` measures, one module per family: each keeps what a
description says and changes how it is said, the way owners vary.

``habits`` (*each* or *every*, *we* or *I*, *we note* or *we log*, a contraction, a greeting
first, *belongs to one*), ``subjects`` (*members have* or *each member has*), ``fields`` (*each X
has* or *for each X we keep*), ``links`` (*belongs to* or *can have many*), ``options`` (a
bracket or *that can be*), ``states`` (*goes from* or *starts as*), ``acts`` (*when* or *each
time*, *if*) and ``shapes`` (prose or bullets, *A; b* or *A. B*). Each applies only where the
sentence's shape is certain, so that a drop is the designer's, not the rewording's.
"""

from __future__ import annotations

from collections.abc import Callable

from .acts import (
    acts_keep_a_list,
    acts_keep_track,
    acts_kept_when,
    acts_record_each_time,
    acts_the_app_holds,
    acts_when_each_time,
    acts_when_if,
)
from .fields import (
    fields_each_needs,
    fields_for_each_we_keep,
    fields_for_them_we_need,
    fields_we_keep_for_each,
)
from .habits import belongs_to_one, contractions, each_every, greeting, keep_verbs, we_i
from .links import links_belongs_to, links_has_many, links_linked_to, links_many_to_many
from .options import options_of, options_that_can_be, options_when, options_whether
from .shapes import shapes_bullets, shapes_joined, shapes_semicolon_split, shapes_terse
from .states import states_arrows, states_first_then, states_side_exit, states_starts_as
from .subjects import each_a, each_has_plurals_have, plurals_have_each_has

REWORDINGS: dict[str, Callable[[str], str]] = {
    "each ↔ every": each_every,
    "we → I": we_i,
    "record → note → log": keep_verbs,
    "contractions": contractions,
    "a greeting first": greeting,
    "belongs to a → one": belongs_to_one,
    "fields: each X has → for each X we keep": fields_for_each_we_keep,
    "fields: Xs have → for Xs we need": fields_for_them_we_need,
    "fields: each X has → each X needs": fields_each_needs,
    "fields: X has → we keep ... for each X": fields_we_keep_for_each,
    "links: belongs to → is linked to": links_linked_to,
    "links: X belongs to a Y → a Y can have many Xs": links_has_many,
    "links: a Y can have several Xs → each X belongs to a Y": links_belongs_to,
    "links: both ways → Xs and Ys are many to many": links_many_to_many,
    "states: goes from A to B → starts as A, then becomes B": states_starts_as,
    "states: goes from A to B → goes A → B": states_arrows,
    "states: goes from A to B → is first A, then B": states_first_then,
    "states: A to B, or cancelled → and it can be cancelled at any point": states_side_exit,
    "acts: when ↔ each time": acts_when_each_time,
    "acts: when X we record Y → we record Y when X": acts_kept_when,
    "acts: keep track of ↔ track": acts_keep_track,
    "acts: when we X we log a Y with → we log a Y each time we X, with": acts_record_each_time,
    "acts: when X, we record → if X, we record": acts_when_if,
    "acts: keep track of my Xs → keep a list of my Xs": acts_keep_a_list,
    "acts: we need to track our Xs → the app should hold our Xs": acts_the_app_holds,
    "options: a kind (A, B or C) → a kind of A, B or C": options_of,
    "options: a kind (A, B or C) → a kind that can be A, B or C": options_that_can_be,
    "options: a yes/no for whether X → whether X": options_whether,
    "options: the date it happened → when it happened": options_when,
    "subjects: plurals have → each has": plurals_have_each_has,
    "subjects: each → a": each_a,
    "subjects: each has → plurals have": each_has_plurals_have,
    "shapes: sentences → an opening and bullets": shapes_bullets,
    "shapes: each X has A, B → X: A, B": shapes_terse,
    "shapes: A; b → A. B": shapes_semicolon_split,
    "shapes: A. B → A; b": shapes_joined,
}
