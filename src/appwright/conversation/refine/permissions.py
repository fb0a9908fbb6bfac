"""Refining permissions: who may do what to which records.

- ``only managers can delete deals`` → managers may delete deals; every other role may not;
- ``only managers can mark deals as won`` → the moves to *won* are the managers';
- ``agents can edit their own tickets`` → agents create/read/update tickets, own rows only;
- ``viewers can only read`` → viewers read everything and do nothing else;
- ``managers can do everything``, ``guests cannot delete recipes``;
- ``add a role auditor``, ``remove the viewer role``.

The built-in ``admin`` role always has full access, so rules are never written for it.
"""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import JsonDict, NotUnderstoodError, SpecDraft, and_list
from appwright.conversation.refine.forms import NAME, Form, form
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.permission_words import ACTION_VERBS, role_name
from appwright.design.offline.word_forms import verb_form, verb_lemma
from appwright.spec.models import ACTIONS

BUILT_IN_ROLE = "admin"
EVERYTHING = re.compile(r"^(?:everything|anything|all|all\s+records|every\s+record|all\s+data)$")
VERB_WORDS = sorted({*ACTION_VERBS, "do", "delete", "read"}, key=len, reverse=True)
VERB = "(?:" + "|".join(VERB_WORDS) + ")"
VERBS = rf"(?P<verbs>{VERB}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*,?\s+or\s+){VERB})*)"
CAN = r"(?:can|may|should\s+be\s+able\s+to|are\s+allowed\s+to|is\s+allowed\s+to|will\s+be\s+able\s+to)"
CANNOT = (
    r"(?:cannot|can't|can\s+not|may\s+not|should\s+not|shouldn't|must\s+not|mustn't|"
    r"are\s+not\s+allowed\s+to|is\s+not\s+allowed\s+to|should\s+never|must\s+never)"
)


def actions_of(verbs: str) -> set[str]:
    found: set[str] = set()
    for verb in re.split(r"\s*,\s*|\s+and\s+|\s+or\s+", verbs.strip().lower()):
        if verb == "do":
            found |= set(ACTIONS)
        elif verb in ACTION_VERBS:
            found |= set(ACTION_VERBS[verb])
    return found


def primary_actions(verbs: str) -> set[str]:
    """What a verb is about beyond reading: *delete* is about delete, *see* about read."""
    actions = actions_of(verbs)
    return actions - {"read"} or actions


def roles_in(draft: SpecDraft, phrase: str) -> list[str]:
    names = [role_name(part) for part in split_list(phrase)]
    names = [n for n in names if n]
    if not names:
        raise NotUnderstoodError(f'"{phrase}" does not name a role')
    for name in names:
        if name != BUILT_IN_ROLE and name not in draft.permissions["roles"]:
            draft.permissions["roles"].append(name)
    return names


def entity_in(draft: SpecDraft, phrase: str | None) -> str:
    """The entity a phrase names, or ``*`` for everything."""
    if phrase is None or EVERYTHING.match(strip_determiners(phrase.strip().lower()) or "all"):
        return "*"
    plain = re.sub(r"\s+(?:records?|rows?|entries)$", "", phrase.strip())
    return draft.require_entity(plain)


def _ordered(actions: set[str]) -> list[str]:
    return [a for a in ACTIONS if a in actions]


def grant(draft: SpecDraft, role: str, entity: str, actions: set[str], scope: str = "all") -> None:
    if role == BUILT_IN_ROLE:
        draft.notes.append("admin can already do everything")
        return
    rules: list[JsonDict] = draft.permissions["rules"]
    covered = {
        action
        for rule in rules
        if rule.get("role") == role
        and rule.get("entity") in (entity, "*")
        and rule.get("scope", "all") in (scope, "all")
        for action in rule.get("actions") or []
    }
    if actions <= covered:
        return
    for rule in rules:
        if (rule.get("role"), rule.get("entity"), rule.get("scope", "all")) == (
            role,
            entity,
            scope,
        ):
            rule["actions"] = _ordered(set(rule.get("actions") or []) | actions)
            return
    rules.append({"role": role, "entity": entity, "actions": _ordered(actions), "scope": scope})


def _expand_everything(draft: SpecDraft, role: str) -> None:
    """A role's ``*`` rules become one rule per entity, so one entity can be changed alone."""
    rules: list[JsonDict] = draft.permissions["rules"]
    for rule in [r for r in rules if r.get("role") == role and r.get("entity") == "*"]:
        rules.remove(rule)
        for entity in draft.entity_names():
            grant(draft, role, entity, set(rule.get("actions") or []), rule.get("scope", "all"))


def revoke(
    draft: SpecDraft, role: str, entity: str, actions: set[str], scope: str | None = None
) -> None:
    """Take ``actions`` away from a role on an entity (``*``: everywhere); rules left with no
    action go. ``scope`` limits it to the rules of one scope."""
    if entity != "*":
        _expand_everything(draft, role)
    kept = []
    for rule in draft.permissions["rules"]:
        hits = (
            rule.get("role") == role
            and (entity == "*" or rule.get("entity") == entity)
            and (scope is None or rule.get("scope", "all") == scope)
        )
        if hits:
            rule["actions"] = _ordered(set(rule.get("actions") or []) - actions)
            if not rule["actions"]:
                continue
        kept.append(rule)
    draft.permissions["rules"] = kept


def _moves(draft: SpecDraft, entity: str, state: str | None, verbs: str) -> list[JsonDict]:
    """Transitions of ``entity``'s flows that a verb or a named state means (*approve*,
    *close*, *mark as won*)."""
    found = []
    wanted: set[str] = set()
    if state is not None:
        wanted.add(state)
    for verb in re.split(r"\s*,\s*|\s+and\s+|\s+or\s+", verbs.lower()):
        lemma = verb_lemma(verb) or verb
        wanted |= {lemma, verb_form(lemma, "VBN"), f"{lemma}d", f"{lemma}ed"}
    for flow in draft.state_flows:
        if flow.get("entity") != entity:
            continue
        for transition in flow.get("transitions") or []:
            if transition.get("to") in wanted or (
                state is None and transition.get("name") in wanted
            ):
                found.append(transition)
    return found


@form(
    "only some roles can",
    "permissions",
    rf"only\s+(?:the\s+)?(?P<roles>{NAME})\s+{CAN}\s+(?:{VERBS}|(?P<move>[a-z]+))\s+(?P<entity>.+?)"
    r"(?:\s+(?:to|as)\s+(?P<state>[\w\- ]+))?",
    "only managers can delete deals",
)
def _only(match: re.Match[str], draft: SpecDraft) -> None:
    roles = roles_in(draft, match.group("roles"))
    verbs = match.group("verbs") or match.group("move")
    entity = entity_in(draft, match.group("entity"))
    state = match.group("state")
    moves = _moves(draft, entity, state.replace(" ", "_") if state else None, verbs)
    if state is not None and not moves:
        raise NotUnderstoodError(f'{entity} has no state "{state}"')
    if moves and entity != "*":
        for transition in moves:
            transition["roles"] = [r for r in roles if r != BUILT_IN_ROLE]
        for role in roles:
            grant(draft, role, entity, {"read", "update"})
        return
    exclusive = primary_actions(verbs)
    if not exclusive:
        raise NotUnderstoodError(
            f'"{verbs}" is neither something a role does to records nor a move of a state flow'
        )
    for role in roles:
        grant(draft, role, entity, actions_of(verbs))
    for other in list(draft.permissions["roles"]):
        if other not in roles:
            revoke(draft, other, entity, exclusive)


@form(
    "roles can change their own records",
    "permissions",
    rf"(?:the\s+)?(?P<roles>{NAME})\s+(?:{CAN}\s+)?(?:only\s+)?{VERBS}\s+(?:only\s+)?"
    rf"(?:their|his|her|its)\s+own\s+(?P<entity>{NAME})",
    "agents can edit their own tickets",
)
def _own(match: re.Match[str], draft: SpecDraft) -> None:
    roles = roles_in(draft, match.group("roles"))
    entity = entity_in(draft, match.group("entity"))
    actions = actions_of(match.group("verbs"))
    for role in roles:
        # what they may do to their own rows, they no longer may do to everyone's
        revoke(draft, role, entity, actions - {"read", "create"}, scope="all")
        grant(draft, role, entity, actions, scope="own")


@form(
    "roles can only read",
    "permissions",
    rf"(?:the\s+)?(?P<roles>{NAME})\s+(?:(?:can|may|should|will)\s+only|only\s+(?:can|may)|only)\s+"
    rf"(?:read|see|view|look\s+at|browse)(?:\s+(?P<entity>{NAME}))?"
    rf"|(?:the\s+)?(?P<roles2>{NAME})\s+(?:are|is|should\s+be)\s+read[\s\-]only"
    rf"(?:\s+(?:on|for)\s+(?P<entity2>{NAME}))?",
    "viewers can only read",
)
def _read_only(match: re.Match[str], draft: SpecDraft) -> None:
    roles = roles_in(draft, match.group("roles") or match.group("roles2"))
    entity = entity_in(draft, match.group("entity") or match.group("entity2"))
    for role in roles:
        revoke(draft, role, entity, set(ACTIONS))
        grant(draft, role, entity, {"read"})


@form(
    "roles cannot",
    "permissions",
    rf"(?:the\s+)?(?P<roles>{NAME})\s+{CANNOT}\s+{VERBS}\s+(?P<entity>.+)",
    "guests cannot delete recipes",
)
def _cannot(match: re.Match[str], draft: SpecDraft) -> None:
    roles = roles_in(draft, match.group("roles"))
    entity = entity_in(draft, match.group("entity"))
    actions = primary_actions(match.group("verbs"))
    if actions == {"read"}:
        actions = set(ACTIONS)  # who may not see records may not change them either
    for role in roles:
        revoke(draft, role, entity, actions)


@form(
    "roles can",
    "permissions",
    rf"(?:the\s+)?(?P<roles>{NAME})\s+(?:{CAN}\s+(?:also\s+)?{VERBS}|(?P<manage>manage|manages))"
    r"\s+(?P<entity>.+)",
    "managers can delete deals",
)
def _can(match: re.Match[str], draft: SpecDraft) -> None:
    roles = roles_in(draft, match.group("roles"))
    entity = entity_in(draft, match.group("entity"))
    actions = actions_of(match.group("verbs") or "manage")
    for role in roles:
        grant(draft, role, entity, actions)


@form(
    "add a role",
    "permissions",
    rf"(?:add|create)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:(?:user\s+)?role\s+(?:called\s+|named\s+)?"
    rf"(?P<role>{NAME})|(?P<role2>{NAME})\s+role)",
    "add a role auditor",
)
def _add_role(match: re.Match[str], draft: SpecDraft) -> None:
    for role in roles_in(draft, match.group("role") or match.group("role2")):
        if not any(r.get("role") == role for r in draft.permissions["rules"]):
            grant(draft, role, "*", {"read"})


@form(
    "remove a role",
    "permissions",
    rf"(?:remove|delete|drop)\s+(?:the\s+)?(?:role\s+(?P<role>{NAME})|(?P<role2>{NAME})\s+role)",
    "remove the viewer role",
)
def _remove_role(match: re.Match[str], draft: SpecDraft) -> None:
    role = role_name(match.group("role") or match.group("role2"))
    permissions = draft.permissions
    if role not in permissions["roles"]:
        raise NotUnderstoodError(
            f"there is no role {role}; the roles are {and_list(permissions['roles'])}"
        )
    permissions["roles"].remove(role)
    permissions["rules"] = [r for r in permissions["rules"] if r.get("role") != role]
    if permissions.get("default_role") == role:
        permissions["default_role"] = permissions["roles"][0] if permissions["roles"] else None
    for flow in draft.state_flows:
        for transition in flow.get("transitions") or []:
            transition["roles"] = [r for r in transition.get("roles") or [] if r != role]
    for page in draft.pages:
        page["roles"] = [r for r in page.get("roles") or [] if r != role]


FORMS: tuple[Form, ...] = (_add_role, _remove_role, _only, _own, _read_only, _cannot, _can)
