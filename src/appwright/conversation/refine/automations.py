"""Refining automations: ``send an email when a deal is won``, ``remind the agent every day``.

The trigger is read from the condition: a state of the entity's flow (*won*) is a transition,
*created*/*added* a create, *deleted* a delete, *every day/week/monday* a schedule, anything
else an update. The person's words are the automation's description.
"""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import NotUnderstoodError, SpecDraft
from appwright.conversation.refine.forms import Form, form
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.word_forms import verb_lemma
from appwright.spec.names import MAX_NAME_LENGTH, to_snake

ACTION = (
    r"(?P<action>send(?:\s+an?)?(?:\s+(?:email|e-mail|message|notification|sms|text|slack\s+message|"
    r"reminder|alert))?|email|e-mail|notify|alert|remind|message|text|ping|tell|warn|"
    r"create|post|call\s+a\s+webhook)"
)
CREATED = frozenset(["created", "added", "new", "submitted", "registered", "entered", "logged"])
DELETED = frozenset(["deleted", "removed", "archived"])
SCHEDULES: dict[str, str] = {
    "day": "0 8 * * *", "morning": "0 8 * * *", "evening": "0 18 * * *", "night": "0 22 * * *",
    "week": "0 8 * * 1", "month": "0 8 1 * *", "hour": "0 * * * *", "year": "0 8 1 1 *",
    "monday": "0 8 * * 1", "tuesday": "0 8 * * 2", "wednesday": "0 8 * * 3",
    "thursday": "0 8 * * 4", "friday": "0 8 * * 5", "saturday": "0 8 * * 6", "sunday": "0 8 * * 0",
    "daily": "0 8 * * *", "weekly": "0 8 * * 1", "monthly": "0 8 1 * *", "hourly": "0 * * * *",
}  # fmt: skip
_WHEN = re.compile(
    r"\b(?:when|whenever|once|after|as\s+soon\s+as|if)\s+(?:a\s+|an\s+|the\s+|any\s+|someone\s+)?"
    r"(?:new\s+(?P<new>[\w ]+?)\s+(?:is|gets|comes)\b.*|(?P<entity>[\w' ]+?)\s+"
    r"(?:is|are|gets|get|has\s+been|was|becomes|goes|moves)\s+(?:to\s+|marked\s+(?:as\s+)?|set\s+to\s+)?"
    r"(?P<event>[\w\-]+)\b.*)$",
    re.IGNORECASE,
)
_EVERY = re.compile(
    r"\b(?:every\s+(?P<every>\w+)|(?P<adverb>daily|weekly|monthly|hourly))\b", re.IGNORECASE
)


@form(
    "an automation",
    "automations",
    rf"(?P<request>{ACTION}\b.*\b(?:when|whenever|once|after|as\s+soon\s+as|if|every|daily|weekly|"
    r"monthly|hourly)\b.*)",
    "send an email when a deal is won",
)
def _automation(match: re.Match[str], draft: SpecDraft) -> None:
    request = match.group("request").strip()
    action = to_snake(match.group("action").split()[-1])
    every = _EVERY.search(request)
    when = _WHEN.search(request)
    trigger: dict[str, str | None]
    if when is not None:
        phrase = when.group("new") or when.group("entity")
        entity = draft.find_entity(strip_determiners(phrase))
        if entity is None:
            raise NotUnderstoodError(f'there is no entity "{strip_determiners(phrase)}" to watch')
        event = "created" if when.group("new") else when.group("event").lower()
        trigger = {"on": _event(draft, entity, event), "entity": entity}
        gist = f"{action}_when_{entity}_{to_snake(event)}"
    elif every is not None:
        unit = (every.group("every") or every.group("adverb")).lower()
        if unit not in SCHEDULES:
            raise NotUnderstoodError(
                f'"every {unit}" is not a schedule I know (every day, week...)'
            )
        entity = next(
            (e for e in draft.entity_names() if re.search(rf"\b{e}", request.lower())), None
        )
        trigger = {"on": "schedule", "schedule": SCHEDULES[unit], "entity": entity}
        gist = f"{action}_every_{unit}"
    else:
        raise NotUnderstoodError(
            f'when should "{request}" happen? For example "... when a deal is won"'
        )
    names = {str(a.get("name")) for a in draft.automations}
    name, counter = gist[:MAX_NAME_LENGTH].strip("_"), 2
    while name in names:
        name = f"{gist[: MAX_NAME_LENGTH - 3]}_{counter}"
        counter += 1
    draft.automations.append({"name": name, "trigger": trigger, "description": request})


def _event(draft: SpecDraft, entity: str, event: str) -> str:
    states = {
        str(state)
        for flow in draft.state_flows
        if flow.get("entity") == entity
        for state in flow.get("states") or []
    }
    if event in states or to_snake(event) in states:
        return "transition"
    if event in CREATED or verb_lemma(event) in ("create", "add", "submit"):
        return "create"
    if event in DELETED:
        return "delete"
    return "update"


FORMS: tuple[Form, ...] = (_automation,)
