"""Roles and their rules, from what people may see and do.

- ``Sales reps can edit their own deals`` → sales_rep: create/read/update deal, own rows;
- ``managers see everything`` → manager: read every entity;
- ``Librarians manage everything`` → librarian: every action on every entity;
- ``members only see their own loans`` → member: read loan, own rows;
- ``the owner sees all of them`` → owner: read (the entity just named);
- ``only agents can change the status`` → the status transitions are the agents';
- ``only testers can mark a bug verified`` → the move to *verified* is the testers';
- ``managers approve or reject requests`` → the moves to *approved*/*rejected* are theirs;
- ``employees open tickets`` → employee: create/read tickets, own rows.

Every role also reads the entities it has no rule about, so a role is never locked out of
the records its own ones point at.

This module splits the sentences into one clause per role and reads each into the drafts
(``permission_drafts``): ``role_subjects`` finds the roles a clause opens with,
``permission_predicates`` what they may do and to which records, ``writer_roles`` the
writer's own role (*I'm the owner so I see everything*), sharing ``permission_words``.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_an_act
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.counts_said import plain_about_who_sees
from appwright.design.offline.draft import PART_HEADS, RECORD_HEADS, ModelDraft, names_a_kept_record
from appwright.design.offline.owner_people import people_who_may
from appwright.design.offline.people_told import logs_in
from appwright.design.offline.permission_drafts import PermissionDraft
from appwright.design.offline.permission_predicates import (
    able_as_modal,
    action_verbs_in,
    first_preposition,
    records_acted_on,
    records_they_did,
    state_a_verb_moves_to,
    state_named_in,
)
from appwright.design.offline.permission_words import (
    ACTION_VERBS,
    EVERYTHING,
    MODALS,
    RECORDING_VERBS,
    REPORT_WORDS,
    REQUEST_VERBS,
    STATIVE_VERBS,
    THING_VERBS,
    WISH_VERBS,
)
from appwright.design.offline.role_subjects import (
    keeps_to_own_rows,
    records_named_in,
    roles_opening,
)
from appwright.design.offline.roles_said_with_the_list import have_and_see_only, only_they_may
from appwright.design.offline.sentences import clauses, sentences
from appwright.design.offline.told_which import which_did_each
from appwright.design.offline.word_classes import (
    ADVERBS,
    DETERMINERS,
    FUNCTION_WORDS,
    SUBJECT_PRONOUNS,
    words,
)
from appwright.design.offline.word_forms import can_be_noun, is_plural, verb_lemma
from appwright.design.offline.writer_roles import (
    read_writer_role,
    writer_over_all,
    writer_told_as_role,
)
from appwright.spec.models import ACTIONS, AppSpec, PermissionRule, Permissions, StateFlow

_GAPPED_VERB = re.compile(
    r"\b(?P<verb>see|sees|view|views|edit|edits|manage|manages|access|accesses|read|reads)\s+"
    r"(?:every|all|each|any)\b[^,;.]*,\s+(?:and\s+|but\s+|while\s+|whereas\s+)?"
    r"(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<only>only|just)\s+"
    r"(?=(?:their|his|her)\s+own\b|theirs\b)"
)
"""``reception staff see every pass, residents only their own``: the second subject's verb is
the first's, left out."""


_TAKING_VERBS = frozenset(["take", "make", "process", "ring"])
"""*can take bookings*, *can ring sales through*: acts that make the records they name (*a
tank can take 500 litres* names none)."""


def _gapped_verb(sentence: str) -> str:
    """*reception staff see every pass, residents only see their own*: the verb a second
    subject shares with the first said again, so its clause reads as a rule of its own."""

    def said_again(match: re.Match[str]) -> str:
        if match["who"].split()[-1] in FUNCTION_WORDS or not can_be_noun(match["who"].split()[-1]):
            return match[0]
        return f"{match[0]}{match['verb']} "

    return _GAPPED_VERB.sub(said_again, sentence)


def read_permissions(description: str, spec: AppSpec, model: ModelDraft) -> PermissionDraft:
    draft = PermissionDraft()
    entities = {e.name for e in spec.entities}
    last_entity: str | None = None
    sees_everything = False
    for number, said in enumerate(sentences(description)):
        sentence = writer_told_as_role(plain_about_who_sees(said))
        sentence = _gapped_verb(sentence)
        # "..., who see only the faults assigned to them": a rule of the people it is about;
        # "which technician did each one, and they should only see ...": the *they* named;
        # "drivers have a name and need a login to see ...": the logging in a clause of its own;
        # "drivers have a name ... and see only their own runs", "..., and only they may enter
        # results": what they see or may do, a clause of its own
        said_apart = only_they_may(have_and_see_only(sentence))
        plain = logs_in(people_who_may(which_did_each(said_apart)))
        for clause in clauses(outside_brackets(plain)):
            for part in _with_bare_subjects_joined(_PART_BREAK.split(clause)):
                if number == 0 and (_our_business(part) or _names_a_log(part)):
                    continue  # "Our photography studio books shoots": who is asking, no role
                last_entity = _read_part(part, draft, spec, entities, last_entity)
        if read_writer_role(sentence, draft):
            sees_everything = True
    for person, objects in sorted(model.actors.items()):
        if person in entities and not _is_person_entity(person, model):
            continue
        role = draft.role(person)
        for entity in sorted(objects):
            if entity in entities and entity not in role.rules:
                role.rules[entity] = {"create", "read"}
    for anyone in _ANYONE:
        draft.roles.pop(anyone, None)  # "people enter a dog into a class": anyone, no role
    if sees_everything and draft.roles and "owner" not in draft.roles:
        writer_over_all(description, draft)
    return draft


def _names_a_log(part: str) -> bool:
    """The opening ``Driver hours log.``: a title naming the log the app keeps, nobody who
    logs (``drivers log trips`` goes on to what they log)."""
    tokens = words(part)
    return (
        2 <= len(tokens) <= 4
        and tokens[-1] in RECORD_HEADS
        and tokens[0] not in SUBJECT_PRONOUNS | DETERMINERS
    )


def _our_business(part: str) -> bool:
    """The opening ``Our clinic ...`` / ``My bakery ...``: a singular subject that is the
    writer's own business (``our managers ...`` are people)."""
    tokens = words(part)
    if tokens[:1] not in (["our"], ["my"]):
        return False
    end, names = roles_opening(tokens)
    return bool(names) and not is_plural(tokens[end - 1])


_ANYONE = ("people", "person", "folk", "someone", "anyone", "everyone", "everybody")
"""Subjects that name nobody in particular, so no role."""


"""``..., i see all of it``: the writer, who sees what the others see only of their own (not
*the office staff and i see everything*, where the writer is one of them)."""


def _is_person_entity(name: str, model: ModelDraft) -> bool:
    return name in model.actors


_PART_BREAK = re.compile(
    r"(?:,\s+(?:and\s+|but\s+|whereas\s+|while\s+)?|(?<!\bme)(?<!\bus)(?<!\bwe)\s+and\s+|\s+(?:while|whereas)\s+)"
    r"(?=(?:the\s+|only\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+"
    r"(?:can|should|may|must|only|see|sees|manage|manages|view|views|has\s+access|have\s+access|"
    r"plan|plans|looks\s+after|look\s+after)\b)"
    # "..., the teacher adviser approves them", "while clerks handle everything else", "...,
    # the roster clerk assigns everyone", "..., the accounts assistant records payments": a short
    # subject of its own, not one person's next act ("..., assigns them and approves invoices")
    r"|(?:,\s+(?:and\s+|but\s+)?|\s+(?:while|whereas)\s+)(?=(?:only\s+)?(?:the\s+)?(?![a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:them|it|and|or)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:handle|handles|edit|edits|approve|approves|"
    r"change|changes|assign|assigns|allocate|allocates|records|enters|logs)\b)"
    r"|\s+but\s+"
)
"""Where a clause about one role ends and one about another starts: *front desk staff manage
reservations and guests only see their own* (not *only me (us, we) and my coordinator can*: one
clause)."""


_BARE_SUBJECT = re.compile(
    r"^(?:and\s+|but\s+)?(?:only\s+)?(?:(?:the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|[a-z][\w\-]*s)$"
)
_SUBJECT_WHO_MAY = re.compile(
    r"^(?:the\s+|our\s+|their\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+"
    r"(?:can|may|should|must|only|see|view)\b"
)


def _with_bare_subjects_joined(parts: list[str]) -> list[str]:
    """``only the farm manager and the office administrator can confirm``, ``pupils and their
    parents see only their own diary``, split before the second subject: the first part is a
    subject with no verb, one of the two who may."""
    joined: list[str] = []
    for part in parts:
        if (
            joined
            and _BARE_SUBJECT.match(joined[-1].strip())
            and _SUBJECT_WHO_MAY.match(part.strip())
        ):
            first = re.sub(r"^(?:and|but)\s+", "", joined[-1].strip())
            # "pupils and their parents see only ...": both see, the parents no one's record
            second = part.strip().removeprefix("their ")
            joined[-1] = f"{first} and {second}"
        else:
            joined.append(part)
    return joined


def _read_part(
    part: str, draft: PermissionDraft, spec: AppSpec, entities: set[str], last: str | None
) -> str | None:
    tokens = able_as_modal(words(part))
    if tokens[:1] and tokens[0] in REQUEST_VERBS:
        return last  # "Show open tickets per room": a request to the app, no one acting
    subject_end, subjects = roles_opening(tokens, entities)
    mentioned = records_named_in(tokens[subject_end:], entities)
    if not subjects:
        return mentioned[-1] if mentioned else last
    rest = tokens[subject_end:]
    if rest[:1] and names_a_kept_record(tokens[subject_end - 1], rest[0]):
        return last  # "drill log per job: date, ...": a record's name, no one logging
    if subject_end > 1 and tokens[subject_end - 1] in PART_HEADS:
        return subjects[0]  # "order lines record which design": part of a record, no one acting
    modal = False
    while rest and (rest[0] in ADVERBS or rest[0] in MODALS or rest[0] in ("not", "both", "all")):
        modal = modal or rest[0] in MODALS
        rest = rest[1:]
    if not rest:
        return last
    wish = (verb_lemma(rest[0]) or rest[0]) in WISH_VERBS
    if wish and (any(w in REPORT_WORDS for w in rest) or rest[1:2] == ["to"]):
        # "the owner wants to see the monthly totals": someone using the app, so a role
        for name in subjects:
            draft.role(name)
        return last
    if rest[0] in STATIVE_VERBS:
        return mentioned[-1] if mentioned else last  # "...and can have many orders"
    if (
        not modal
        and all(name in entities for name in subjects)
        and (verb_lemma(rest[0]) or rest[0]) in RECORDING_VERBS
        and rest[1:2] in (["the"], ["a"], ["an"], ["its"], ["their"])
        and (
            not records_named_in(rest[: first_preposition(rest)], entities)
            or all(names_an_act(name.split("_")[-1]) for name in subjects)
        )
        and ("and" in rest or "," in part)
    ):
        # "fuel purchases record the liters, the cost ...", "a treatment records the animal,
        # the date ...": its fields, an act's record naming what it was done to
        return subjects[0]
    own = keeps_to_own_rows(rest)
    if own and verb_lemma(rest[0]) == "work":
        rest = ["handle", *rest[1:]]  # "works only on the cases assigned to them"
    verbs = action_verbs_in(rest)
    taking = (verb_lemma(rest[0]) or rest[0]) in _TAKING_VERBS
    if modal and not verbs and taking and records_acted_on(rest, entities):
        verbs = ["add"]  # "the reception staff can take bookings and payments": they make them
    if modal and not verbs and (verb_lemma(rest[0]) or rest[0]) in THING_VERBS:
        return last  # "the same product can go into many hampers": what a thing does
    if modal and not verbs:
        for name in subjects:
            draft.role(name)  # "only program officers can award grants": a role all the same
    moving = (verb_lemma(rest[0]) or rest[0]) in ("move", "go", "pass", "progress", "run")
    if moving and rest[1:2] in (["from"], ["through"], ["between"], ["along"]):
        return mentioned[-1] if mentioned else last  # "orders move from quote to approved"
    if not verbs or (not modal and (verb_lemma(rest[0]) or rest[0]) not in ACTION_VERBS):
        # "bugs go new -> triaged": a record moving, not a person acting
        return mentioned[-1] if mentioned else last
    if any(w in REPORT_WORDS for w in rest) and not mentioned:
        for name in subjects:
            draft.role(name)
        return last
    mentioned = records_acted_on(rest, entities) or records_they_did(rest, entities)
    targets = mentioned
    if not targets and any(w in ("them", "it", "those", "theirs") for w in rest) and last:
        targets = [last]  # "the owner sees all of them": the records just named
    if not targets and any(w in EVERYTHING for w in rest):
        targets = ["*"]
    if not targets and own and last:
        targets = [last]
    only = "only" in tokens[: subject_end + 1] or (tokens and tokens[0] == "only")
    state = state_named_in(rest, spec)
    for name in subjects:
        role = draft.role(name)
        for verb in verbs:
            actions = set(ACTION_VERBS.get(verb, ()))
            if not actions:
                continue
            for target in targets or (
                [last] if last and verb in ("approve", "reject", "cancel", "mark") else []
            ):
                role.rules.setdefault(target, set()).update(actions)
                if own and target != "*":
                    role.own.add(target)
        moves = [
            v
            for v in verbs
            if state_a_verb_moves_to(v, spec, targets[0] if targets and targets[0] != "*" else last)
        ]
        if only or state is not None or moves:
            for verb in verbs:
                if verb in (
                    "change",
                    "update",
                    "mark",
                    "set",
                    "move",
                    "approve",
                    "reject",
                    "cancel",
                    "close",
                    "resolve",
                ):
                    flow_entity = targets[0] if targets and targets[0] != "*" else last
                    named = (
                        state
                        if verb in ("mark", "set", "move")
                        else state_a_verb_moves_to(verb, spec, flow_entity)
                    )
                    draft.transition_roles.append((flow_entity, named, name))
    return targets[-1] if targets and targets[-1] != "*" else last


def build_permissions(draft: PermissionDraft, spec: AppSpec) -> Permissions:
    entities = [e.name for e in spec.entities]
    rules: list[PermissionRule] = []
    for role in sorted(draft.roles.values(), key=lambda r: r.order):
        covered: set[str] = set()
        for entity, actions in role.rules.items():
            if entity != "*" and entity not in entities:
                continue
            ordered = [a for a in ACTIONS if a in actions]
            if not ordered:
                continue
            scope = "own" if entity in role.own else "all"
            rules.append(
                PermissionRule(role=role.name, entity=entity, actions=ordered, scope=scope)
            )
            covered.add(entity)
        if "*" not in covered:
            for entity in entities:
                if entity not in covered:
                    rules.append(PermissionRule(role=role.name, entity=entity, actions=["read"]))
    roles = [r.name for r in sorted(draft.roles.values(), key=lambda r: r.order)]
    default = next((r.name for r in draft.roles.values() if r.own), roles[-1] if roles else None)
    return Permissions(roles=roles, default_role=default, rules=rules)


def apply_transition_roles(flows: list[StateFlow], draft: PermissionDraft) -> None:
    """Give the moves their roles: ``only agents can change the status`` → every move."""
    for entity, state, role in draft.transition_roles:
        for flow in flows:
            if entity is not None and flow.entity != entity and len(flows) > 1:
                continue
            for transition in flow.transitions:
                if (state is None or transition.to == state) and role not in transition.roles:
                    transition.roles.append(role)
