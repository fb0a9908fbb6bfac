"""Offline answers to questions about the current spec, read from the spec itself.

``what fields does deal have``, ``which roles are there``, ``who can delete deals``,
``what states can a ticket be in``, ``what pages are there``, ``what entities are there``,
``what reports are there``, ``what automations are there``, ``how is a deal linked``,
``what is the app called``. None when the question is about something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.conversation.refine.draft import SpecDraft, and_list
from appwright.design.offline.permission_words import ACTION_VERBS
from appwright.spec import AppSpec
from appwright.spec.models import Entity, FieldSpec

NO_SPEC_YET = (
    "There is no design yet. Describe the app you need in a few sentences, for example: "
    '"a CRM for our sales team: companies, contacts, and deals that move from lead to won or lost".'
)


def answer_question(text: str, spec: AppSpec | None) -> str | None:
    if spec is None:
        return NO_SPEC_YET
    plain = text.lower().strip(" ?!.")
    for pattern, answer in _ANSWERS:
        match = pattern.search(plain)
        if match is None:
            continue
        found = answer(match, spec)
        if found is not None:
            return found
    return None


def _entity_of(spec: AppSpec, phrase: str | None) -> Entity | None:
    if not phrase:
        return None
    draft = SpecDraft(data=spec.to_json_dict())
    plain = re.sub(r"\b(?:a|an|the|each|every|one)\b", " ", phrase).strip()
    name = draft.find_entity(plain)
    if name is None:
        for word in reversed(plain.split()):
            name = draft.find_entity(word)
            if name is not None:
                break
    return spec.entity(name) if name else None


def _field_text(field: FieldSpec) -> str:
    kind: str = field.type
    if field.options:
        kind += f": {', '.join(field.options)}"
    if field.references is not None:
        kind = f"link to {field.references.entity}"
    flags = [flag for flag in ("required", "unique") if getattr(field, flag)]
    return f"{field.name} ({kind}{', ' + ', '.join(flags) if flags else ''})"


def _fields(match: re.Match[str], spec: AppSpec) -> str | None:
    entity = _entity_of(spec, match.group("what"))
    if entity is None:
        return None
    listed = "; ".join(_field_text(f) for f in entity.fields) or "no fields of its own"
    computed = [f"{c.name} = {c.formula}" for c in entity.computed_fields]
    more = f" Computed: {'; '.join(computed)}." if computed else ""
    return (
        f"{entity.label} has {len(entity.fields)} field(s): {listed}.{more} Every record also has"
        " id, created_at, updated_at and created_by_id."
    )


def _states(match: re.Match[str], spec: AppSpec) -> str | None:
    entity = _entity_of(spec, match.group("what"))
    flows = [f for f in spec.state_flows if entity is None or f.entity == entity.name]
    if not flows:
        return f"{entity.label} has no state flow." if entity is not None else None
    lines = []
    for flow in flows:
        moves = "; ".join(
            f"{t.name}: {'/'.join(t.from_)} → {t.to}"
            + (f" (only {and_list(list(t.roles))})" if t.roles else "")
            for t in flow.transitions
        )
        lines.append(
            f"{flow.entity}.{flow.field} starts at {flow.initial} and can be "
            f"{and_list(list(flow.states))}. Moves: {moves}."
        )
    return " ".join(lines)


def _roles(match: re.Match[str], spec: AppSpec) -> str | None:
    del match
    roles = list(spec.permissions.roles)
    lines = [
        f"The roles are {and_list(roles)} (plus admin, who can do everything)."
        if roles
        else "There are no roles besides admin, who can do everything."
    ]
    for role in roles:
        rules = [
            f"{', '.join(r.actions)} {'every entity' if r.entity == '*' else r.entity}"
            + (" (own records)" if r.scope == "own" else "")
            for r in spec.permissions.rules
            if r.role == role
        ]
        if rules:
            lines.append(f"{role}: {'; '.join(rules)}.")
    return " ".join(lines)


def _who_can(match: re.Match[str], spec: AppSpec) -> str | None:
    verb = match.group("verb")
    entity = _entity_of(spec, match.group("what"))
    if entity is None or verb not in ACTION_VERBS:
        return None
    wanted = set(ACTION_VERBS[verb]) - {"read"} or {"read"}
    allowed = sorted(
        {
            r.role + (" (own records)" if r.scope == "own" else "")
            for r in spec.permissions.rules
            if r.entity in (entity.name, "*") and wanted <= set(r.actions)
        }
    )
    who = and_list(["admin", *allowed])
    return f"Who can {verb} {entity.label.lower()} records: {who}."


def _pages(match: re.Match[str], spec: AppSpec) -> str | None:
    del match
    listed = "; ".join(f"{p.label} ({p.path})" for p in spec.pages)
    return f"There are {len(spec.pages)} page(s): {listed}."


def _entities(match: re.Match[str], spec: AppSpec) -> str | None:
    del match
    listed = "; ".join(f"{e.name} ({len(e.fields)} fields)" for e in spec.entities)
    return f"{spec.name} has {len(spec.entities)} entities: {listed}."


def _reports(match: re.Match[str], spec: AppSpec) -> str | None:
    del match
    if not spec.reports:
        return 'There are no reports yet. Ask for one: "show total amount per month as a chart".'
    listed = "; ".join(f"{r.name} ({r.measure.agg} of {r.entity})" for r in spec.reports)
    return f"There are {len(spec.reports)} report(s): {listed}."


def _automations(match: re.Match[str], spec: AppSpec) -> str | None:
    del match
    if not spec.automations:
        return 'There are no automations yet. Ask for one: "send an email when a deal is won".'
    listed = "; ".join(f"{a.name}: {a.description}" for a in spec.automations)
    return f"There are {len(spec.automations)} automation(s): {listed}."


def _links(match: re.Match[str], spec: AppSpec) -> str | None:
    entity = _entity_of(spec, match.group("what"))
    links = [r for r in spec.relationships if entity is None or entity.name in (r.from_, r.to)]
    if not links:
        return (
            "There are no links between entities."
            if entity is None
            else (f"{entity.label} is not linked to other entities.")
        )
    listed = "; ".join(
        f"{r.from_} → {r.to} ({r.kind.replace('_', '-')}"
        + (f", field {r.field}" if r.field else "")
        + ")"
        for r in links
    )
    return f"Links: {listed}."


def _app_name(match: re.Match[str], spec: AppSpec) -> str | None:
    del match
    return f"The app is called {spec.name} ({spec.slug})."


Answer = Callable[[re.Match[str], AppSpec], str | None]
WHAT = r"(?P<what>[\w' ]+?)"
_ANSWERS: tuple[tuple[re.Pattern[str], Answer], ...] = (
    (re.compile(r"\b(?:app|application)\s+(?:called|named)|\bname\s+of\s+the\s+app|\bapp'?s\s+name"), _app_name),
    (re.compile(r"\bwho\s+(?:can|may|is\s+allowed\s+to)\s+(?P<verb>\w+)\s+" + WHAT + r"$"), _who_can),
    (re.compile(r"\b(?:fields?|columns?|attributes?)\s+(?:does|do|on|of|in|for)\s+(?:an?\s+|the\s+)?" + WHAT + r"(?:\s+have|\s+has)?$"), _fields),
    (re.compile(r"\b(?:states?|stages?|status(?:es)?|steps?|flow|move|moves|go\s+through)\b(?:.*?\b(?:of|can|does|do|for)\s+(?:an?\s+|the\s+)?" + WHAT + r"(?:\s+(?:be\s+in|have|has|go\s+through|move))?)?$"), _states),
    (re.compile(r"\b(?:roles?|permissions?|who\s+can\s+do\s+what)\b"), _roles),
    (re.compile(r"\bpages?\b"), _pages),
    (re.compile(r"\b(?:entities|entity|tables|models|data\s+model|records)\b"), _entities),
    (re.compile(r"\b(?:reports?|charts?)\b"), _reports),
    (re.compile(r"\b(?:automations?|bots?|notifications?|emails?)\b"), _automations),
    (re.compile(r"\b(?:links?|linked|relationships?|related|connected)\b(?:.*?\b(?:of|is|are|for|to)\s+(?:an?\s+|the\s+)?" + WHAT + r"(?:\s+linked|\s+related|\s+connected)?)?$"), _links),
    (re.compile(r"\b(?:what(?:'s| is| does)?|describe|tell\s+me\s+about|show\s+me)\s+(?:on\s+)?(?:an?\s+|the\s+)?" + WHAT + r"(?:\s+(?:have|has|look\s+like|contain|hold))?$"), _fields),
)  # fmt: skip
