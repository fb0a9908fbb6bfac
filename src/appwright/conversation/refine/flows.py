"""Refining state flows: ``stage goes lead → qualified → won or lost``.

The written order is read as the offline designer reads it (``read_flow_text``, then
``build_flow``): unsuccessful ends (*lost*, *cancelled*) can be reached from every open state.
The flow replaces the one on that field, keeping the roles of moves that still exist, or is
created on the entity that has the field (or the only entity that fits).
"""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import (
    JsonDict,
    NotThisFormError,
    NotUnderstoodError,
    SpecDraft,
    or_list,
)
from appwright.conversation.refine.forms import NAME, Form, form
from appwright.design.offline.flow_draft import FlowDraft
from appwright.design.offline.flow_moves import build_flow
from appwright.design.offline.flow_text import read_flow_text
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.state_names import STATE_FIELD_NAMES
from appwright.spec.names import to_snake

MOVES = (
    r"(?:goes|go|moves|move|flows|flow|progresses|progress|runs|run|changes|change|cycles|"
    r"should\s+go|can\s+go|will\s+go|transitions|passes)"
)


def set_flow(draft: SpecDraft, entity: str, field_name: str, steps: list[list[str]]) -> None:
    made = build_flow(FlowDraft(entity, field_name, steps))
    if made is None:
        raise NotUnderstoodError("a state flow needs at least two states")
    flow: JsonDict = made.model_dump(mode="json", by_alias=True)
    old = next(
        (f for f in draft.state_flows if (f.get("entity"), f.get("field")) == (entity, field_name)),
        None,
    )
    if old is not None:
        roles = {t.get("to"): t.get("roles") for t in old.get("transitions") or []}
        for transition in flow["transitions"]:
            transition["roles"] = roles.get(transition["to"]) or transition.get("roles") or []
        draft.state_flows[draft.state_flows.index(old)] = flow
    else:
        draft.state_flows.append(flow)
    field = draft.field(entity, field_name)
    if field is None:
        field = {"name": field_name, "type": "enum"}
        draft.fields(entity).append(field)
    elif field.get("type") == "reference":
        raise NotUnderstoodError(f"{entity}.{field_name} is a link, not a state")
    field.update(type="enum", options=list(flow["states"]), required=True, default=flow["initial"])
    field["validation"] = None


def locate_state_field(draft: SpecDraft, subject: str) -> tuple[str, str]:
    """(entity, field) a flow's subject names: ``stage``, ``deal stage``, ``a ticket's
    status``, ``tickets`` (its flow's field, or ``status``)."""
    plain = strip_determiners(subject.lower())
    try:
        return draft.locate_field(plain)
    except NotUnderstoodError as error:
        if "several entities" in str(error):
            having = [entity for entity, _ in draft.entities_with_field(plain)]
            raise NotUnderstoodError(
                f"which entity's {plain} do you mean: {or_list(having)}?"
            ) from error
    entity = draft.find_entity(plain)
    if entity is not None:
        existing = [str(f["field"]) for f in draft.state_flows if f.get("entity") == entity]
        return entity, existing[0] if existing else "status"
    words = plain.split()
    for cut in range(1, len(words)):
        head = draft.find_entity(" ".join(words[:cut]))
        if head is not None:
            return head, to_snake(" ".join(words[cut:]))
    field_name = to_snake(plain)
    if not field_name:
        raise NotUnderstoodError(f'"{subject}" does not name a field')
    fits = [
        e for e in draft.entity_names() if not any(f.get("entity") == e for f in draft.state_flows)
    ]
    if len(draft.entity_names()) == 1:
        fits = draft.entity_names()
    if len(fits) == 1:
        return fits[0], field_name
    choices = fits or draft.entity_names()
    raise NotUnderstoodError(f"which entity should get the {plain}: {or_list(choices)}?")


@form(
    "a state flow",
    "state_flows",
    rf"(?:the\s+)?(?P<subject>{NAME}|\w+\.\w+)\s*(?P<verb>\s{MOVES}\s+(?:from\s+)?|:\s*|\sis\s+|\sare\s+)"
    r"(?P<chain>.+?(?:->|\s+to\s+|\s+then\s+|,).+)",
    "stage goes lead → qualified → won or lost",
)
def _flow(match: re.Match[str], draft: SpecDraft) -> None:
    subject = match.group("subject")
    chain = match.group("chain")
    if not re.search(MOVES, match.group("verb")) and not re.search(r"->|\bthen\b", chain):
        raise NotThisFormError  # "priority is low, medium or high" lists options, not moves
    subject = re.sub(r"^(?P<f>.+?)\s+of\s+(?:a|an|the|each)\s+(?P<e>.+)$", r"\g<e> \g<f>", subject)
    steps = read_flow_text(match.group("chain"))
    if len(steps) < 2:
        raise NotUnderstoodError(
            'write the states in order, for example "stage goes lead → qualified → won or lost"'
        )
    entity, field_name = locate_state_field(draft, subject.replace("'s ", " "))
    set_flow(draft, entity, field_name, steps)


FORMS: tuple[Form, ...] = (_flow,)

__all__ = ["FORMS", "STATE_FIELD_NAMES", "locate_state_field", "set_flow"]
