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
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from appwright.design.offline.act_nouns import act_noun, names_a_doer, names_an_act
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.counts_said import plain_about_who_sees
from appwright.design.offline.draft import (
    PART_HEADS,
    RECORD_HEADS,
    ModelDraft,
    entity_key,
    names_a_kept_record,
)
from appwright.design.offline.noun_phrases import is_noun_at
from appwright.design.offline.owner_people import access_as_act, people_who_may
from appwright.design.offline.people_told import logs_in
from appwright.design.offline.sentences import clauses, sentences
from appwright.design.offline.told_which import which_did_each
from appwright.design.offline.word_classes import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    SUBJECT_PRONOUNS,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    verb_lemma,
)
from appwright.spec.models import ACTIONS, AppSpec, PermissionRule, Permissions, StateFlow
from appwright.spec.names import to_snake

ACTION_VERBS: dict[str, tuple[str, ...]] = {
    "see": ("read",), "view": ("read",), "read": ("read",), "access": ("read",),
    "browse": ("read",), "list": ("read",), "search": ("read",),
    "edit": ("create", "read", "update"), "update": ("read", "update"),
    "change": ("read", "update"), "modify": ("read", "update"), "write": ("create", "read", "update"),
    "create": ("create", "read"), "add": ("create", "read"), "open": ("create", "read"),
    "submit": ("create", "read"), "log": ("create", "read"), "book": ("create", "read"),
    "post": ("create", "read"), "send": ("create", "read"), "leave": ("create", "read"),
    "record": ("create", "read"), "enter": ("create", "read"), "request": ("create", "read"),
    "delete": ("read", "delete"), "remove": ("read", "delete"), "cancel": ("read", "update"),
    "manage": ACTIONS, "administer": ACTIONS, "control": ACTIONS, "run": ACTIONS,
    "approve": ("read", "update"), "reject": ("read", "update"), "assign": ("read", "update"),
    "triage": ("read", "update"), "handle": ("read", "update"), "mark": ("read", "update"),
    "pick": ("read", "update"), "resolve": ("read", "update"), "close": ("read", "update"),
    "move": ("read", "update"), "review": ("read", "update"), "accept": ("read", "update"),
    "decline": ("read", "update"), "confirm": ("read", "update"), "verify": ("read", "update"),
    "inspect": ("read", "update"), "schedule": ("read", "update"),
    "plan": ("create", "read", "update"), "arrange": ("create", "read", "update"),
    "organise": ACTIONS, "organize": ACTIONS, "coordinate": ACTIONS, "oversee": ACTIONS,
    "allocate": ("read", "update"),
    "issue": ("create", "read"), "raise": ("create", "read"), "register": ("create", "read"),
    "file": ("create", "read"), "award": ("create", "read"), "grant": ("read", "update"),
    "sign": ("read", "update"), "dispatch": ("read", "update"), "refund": ("read", "update"),
    "archive": ("read", "update"), "publish": ("read", "update"),
}  # fmt: skip
"""What a verb lets a role do to the records it names."""
EVERYTHING = frozenset(
    ["everything", "all", "anything", "every", "everyone", "everyone's", "everybody's"]
)
MODALS = frozenset(["can", "could", "should", "may", "must", "cannot", "can't"])
WISH_VERBS = frozenset(["want", "need", "like", "get", "receive"])
STATIVE_VERBS = frozenset(["have", "has", "be", "contain", "contains", "include", "includes"])
"""Verbs that say what a record is or holds, never what a role may do."""
RECORDING_VERBS = frozenset(["record", "log", "list", "store", "hold", "keep", "note", "track"])
"""Verbs a record uses to say what it holds (*purchases record the cost*), no one acting."""
REQUEST_VERBS = frozenset(["show", "report", "list", "display", "give", "chart", "graph"])
"""Imperatives that open a request to the app (*Show open tickets per room*)."""
REPORT_WORDS = frozenset(
    ["report", "reports", "chart", "charts", "dashboard", "dashboards", "stats", "statistics"]
)


@dataclass
class RoleDraft:
    name: str
    rules: dict[str, set[str]] = field(default_factory=dict)
    """entity (or ``*``) → actions."""
    own: set[str] = field(default_factory=set)
    """Entities the role reaches only in its own rows."""
    order: int = 0


@dataclass
class PermissionDraft:
    roles: dict[str, RoleDraft] = field(default_factory=dict)
    transition_roles: list[tuple[str | None, str | None, str]] = field(default_factory=list)
    """(entity or None, state or None for every move, role)."""

    def role(self, name: str) -> RoleDraft:
        if name not in self.roles:
            self.roles[name] = RoleDraft(name=name, order=len(self.roles))
        return self.roles[name]


def role_name(phrase: str) -> str:
    tokens = [w for w in words(phrase) if w not in DETERMINERS and w not in ("only", "both")]
    if not tokens:
        return ""
    tokens[-1] = singular(tokens[-1])
    return to_snake("_".join(tokens[-3:]))


THING_VERBS = word_set(
    "be have contain include hold cover go move take use carry span last run fit"
)
"""Verbs after *can* that say what a thing does or holds, not what someone may do."""


_AND_I_AS = re.compile(
    r"(?P<others>\b(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+(?:i|we)\s+"
    r"(?:as|being)\s+(?:the\s+|an?\s+)?(?P<role>[a-z][\w\-]*(?:\s+(?!can\b)[a-z][\w\-]*)?)\s+"
    r"(?P<rest>(?:can\s+)?(?:see|view|manage|edit|do|access|change)\s+[^,;]+)"
)
"""``the office staff and I as owner see everything``: two who see it, the writer in a role."""


def _and_i_as(sentence: str) -> str:
    """*the office staff see everything, and i, as the owner, see everything*."""
    return _AND_I_AS.sub(r"\g<others> \g<rest>, and i, as the \g<role>, \g<rest>", sentence)


_US_AS_ROLE = re.compile(
    r"\b(?P<only>only\s+)?(?:us|we)\s+(?P<who>[a-z][\w\-]*s)\s+"
    r"(?=(?:can|may|should|must|will|get\s+to|are\s+allowed\s+to)\b)"
)


_ONLY_I_AS = re.compile(
    r"\bonly\s+(?:i|we|me|us),?\s+(?:as|being)\s+(?:the\s+|an?\s+)?"
    r"(?P<role>[a-z][\w\-]*(?:\s+(?!can\b|and\b)[a-z][\w\-]*)?),?\s+"
    r"(?=(?:can|may|should|must|will|get\s+to|am\s+allowed\s+to)\b|and\s+(?:the\s+|our\s+)?[a-z])"
)


def _only_i_as(sentence: str) -> str:
    """``only i, as inspector, can change the rota``: *only the inspector can change the
    rota*; the writer's role, named as the one who may (*only me as farm manager and the
    office administrator can ...*: both)."""
    return _ONLY_I_AS.sub(r"only the \g<role> ", sentence)


_I_AS_ROLE = re.compile(
    r"\b(?P<i>i|we)\s+as\s+(?!(?:well|usual|always|ever)\b)(?:(?:the|an?)\s+)?(?P<role>[a-z][\w\-]*)\s+"
    r"(?=(?:can\s+)?[a-z]+\s+(?:everything|everyone's|everybody's|all)\b)"
)


def _i_as_role(sentence: str) -> str:
    """``clerks see only their own appointments while i as owner see everything``: *... while
    i, as the owner, see everything*, the writer's role in apposition, as the self-role reader
    takes it."""

    def named(match: re.Match[str]) -> str:
        role = match["role"]
        if role in FUNCTION_WORDS or not can_be_noun(role):
            return match[0]
        return f"{match['i']}, as the {role}, "

    return _I_AS_ROLE.sub(named, sentence)


def _us_as_role(sentence: str) -> str:
    """``but only us organisers can call a day off``: *only organisers can ...*; the writer's
    people named as a role."""

    def role(match: re.Match[str]) -> str:
        who = match["who"]
        if who in FUNCTION_WORDS or not can_be_noun(who) or not is_plural(who):
            return match[0]
        return f"{match['only'] or ''}{who} "

    return _US_AS_ROLE.sub(role, sentence)


_GAPPED_VERB = re.compile(
    r"\b(?P<verb>see|sees|view|views|edit|edits|manage|manages|access|accesses|read|reads)\s+"
    r"(?:every|all|each|any)\b[^,;.]*,\s+(?:and\s+|but\s+|while\s+|whereas\s+)?"
    r"(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<only>only|just)\s+"
    r"(?=(?:their|his|her)\s+own\b|theirs\b)"
)
"""``reception staff see every pass, residents only their own``: the second subject's verb is
the first's, left out."""


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
        sentence = _us_as_role(_i_as_role(_and_i_as(_only_i_as(plain_about_who_sees(said)))))
        sentence = _gapped_verb(sentence)
        # "..., who see only the faults assigned to them": a rule of the people it is about;
        # "which technician did each one, and they should only see ...": the *they* named;
        # "drivers have a name and need a login to see ...": the logging in a clause of its own
        plain = logs_in(people_who_may(which_did_each(sentence)))
        for clause in clauses(outside_brackets(plain)):
            for part in _with_bare_subjects_joined(_PART_BREAK.split(clause)):
                if number == 0 and (_our_business(part) or _names_a_log(part)):
                    continue  # "Our photography studio books shoots": who is asking, no role
                last_entity = _read_part(part, draft, spec, entities, last_entity)
        named_self = False
        for found in _SELF_ROLE.finditer(outside_brackets(sentence)):
            _self_role(found, draft)
            named_self = True
        if not named_self and _I_SEE_EVERYTHING.search(outside_brackets(sentence)):
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
        # "wallers only see their own day sheets, i see all of it": the writer, over them all,
        # in the role they opened with (*i'm headkeeper on a shoot*) or as the owner
        opening = _I_AM_THE.match(sentences(description)[0]) if description.strip() else None
        named = opening["role"] if opening and _names_someone(opening["role"]) else "owner"
        draft.role(role_name(named)).rules.setdefault("*", set()).update({"read"})
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
    end, names = _subjects(tokens)
    return bool(names) and not is_plural(tokens[end - 1])


_SELF_ROLE = re.compile(
    r"\b(?:(?:i am|we are)\s+(?:the|an?)\s+(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"(?:so|and)\s+(?:i|we)"
    # "while i, the owner, see everything": the role in apposition
    r"|(?:i|we),\s+(?:as\s+)?(?:the|an?)\s+(?P<named>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),"
    r"|as\s+(?:the|an?)\s+(?P<before>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+(?:i|we))"
    r"\s+(?:can\s+)?(?P<verb>[a-z]+)\s+(?:everything|everyone's|everybody's|all)\b"
    # "i see everything as the owner": the role told last
    r"|\b(?:i|we)\s+(?:can\s+)?(?P<verb_first>[a-z]+)\s+(?:everything|everyone's|everybody's|all)\s+"
    r"as\s+(?:the|an?)\s+(?P<after>[a-z][\w\-]*(?:\s+(?!and\b|but\b|so\b)[a-z][\w\-]*)?)"
)
"""``I'm the owner so I see everything``, ``I, the owner, see everything``, ``I, as the owner,
see everyone's``, ``as the owner I see everything``, ``I see everything as the owner``: the
writer's own role."""


_ANYONE = ("people", "person", "folk", "someone", "anyone", "everyone", "everybody")
"""Subjects that name nobody in particular, so no role."""
_I_SEE_EVERYTHING = re.compile(
    r"(?:^|[,;]\s*(?:and\s+|but\s+)?|\b(?:but|while|whereas)\s+)(?:(?:me|us),?\s+)?(?:i|we)\s+"
    r"(?:can\s+|need\s+to\s+|want\s+to\s+|have\s+to\s+|must\s+)?(?:see|view)\s+"
    r"(?:everything|everyone's|everybody's|it\s+all|all\s+of\s+(?:it|them)|the\s+whole\s+lot)\b"
)


def _names_someone(word: str) -> bool:
    """A doer, alone or closing a compound (*owner*, *headkeeper*), not a state (*busy*)."""
    return any(names_a_doer(word[at:]) for at in range(0, max(len(word) - 4, 1)))


_I_AM_THE = re.compile(
    r"^(?:hi,?\s+)?i(?:'m|\s+am)\s+(?:the\s+|a\s+|an\s+)?(?P<role>[a-z][\w\-]*)\s+(?:on|at|of|for|in)\s"
)
"""``I'm headkeeper on a lowland pheasant shoot``: the writer's own role, named as they open."""
"""``..., i see all of it``: the writer, who sees what the others see only of their own (not
*the office staff and i see everything*, where the writer is one of them)."""


def _self_role(found: re.Match[str], draft: PermissionDraft) -> None:
    verb = found.group("verb") or found.group("verb_first")
    actions = ACTION_VERBS.get(verb_lemma(verb) or verb)
    name = role_name(
        found.group("role") or found.group("named") or found.group("before") or found.group("after")
    )
    if actions and name:
        draft.role(name).rules.setdefault("*", set()).update(actions)


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
    r"^(?:and\s+|but\s+)?(?:only\s+)?(?:the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)
_SUBJECT_WHO_MAY = re.compile(
    r"^(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+(?:can|may|should|must)\b"
)


def _with_bare_subjects_joined(parts: list[str]) -> list[str]:
    """``only the farm manager and the office administrator can confirm``, split before the
    second subject: the first part is a subject with no verb, one of the two who may."""
    joined: list[str] = []
    for part in parts:
        if (
            joined
            and _BARE_SUBJECT.match(joined[-1].strip())
            and _SUBJECT_WHO_MAY.match(part.strip())
        ):
            first = re.sub(r"^(?:and|but)\s+", "", joined[-1].strip())
            joined[-1] = f"{first} and {part.strip()}"
        else:
            joined.append(part)
    return joined


def _read_part(
    part: str, draft: PermissionDraft, spec: AppSpec, entities: set[str], last: str | None
) -> str | None:
    tokens = _able_as_modal(words(part))
    if tokens[:1] and tokens[0] in REQUEST_VERBS:
        return last  # "Show open tickets per room": a request to the app, no one acting
    subject_end, subjects = _subjects(tokens, entities)
    mentioned = _entities_in(tokens[subject_end:], entities)
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
            not _entities_in(rest[: _first_preposition(rest)], entities)
            or all(names_an_act(name.split("_")[-1]) for name in subjects)
        )
        and ("and" in rest or "," in part)
    ):
        # "fuel purchases record the liters, the cost ...", "a treatment records the animal,
        # the date ...": its fields, an act's record naming what it was done to
        return subjects[0]
    own = _own_rows(rest)
    if own and verb_lemma(rest[0]) == "work":
        rest = ["handle", *rest[1:]]  # "works only on the cases assigned to them"
    verbs = _verbs(rest)
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
    mentioned = _objects(rest, entities) or _what_they_did(rest, entities)
    targets = mentioned
    if not targets and any(w in ("them", "it", "those", "theirs") for w in rest) and last:
        targets = [last]  # "the owner sees all of them": the records just named
    if not targets and any(w in EVERYTHING for w in rest):
        targets = ["*"]
    if not targets and own and last:
        targets = [last]
    only = "only" in tokens[: subject_end + 1] or (tokens and tokens[0] == "only")
    state = _state_named(rest, spec)
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
            if _verb_state(v, spec, targets[0] if targets and targets[0] != "*" else last)
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
                        else _verb_state(verb, spec, flow_entity)
                    )
                    draft.transition_roles.append((flow_entity, named, name))
    return targets[-1] if targets and targets[-1] != "*" else last


_ABLE = re.compile(
    r"\b(?:(?P<modal>(?:can|could|should|may|must|will)(?:\s+only|\s+just|\s+also)?)\s+be|(?:are|is|am))"
    r"\s+(?:able|allowed|permitted)\s+to\b"
)


_LOOKS_AFTER = re.compile(r"\b(?P<verb>looks|look)\s+after\b")
"""*the manager looks after all of them*: manages them."""


def _able_as_modal(tokens: list[str]) -> list[str]:
    """``only judges should be able to set placings``, ``should be allowed to add events``:
    *should set*, the modal the readers know (and not the passive *should be set*); ``the
    principal has access to every case``: *can access*; ``the manager looks after all of
    them``: *manages*."""
    text = " ".join(tokens)
    plain = _ABLE.sub(lambda m: m.group("modal") or "can", access_as_act(text))
    plain = _LOOKS_AFTER.sub(lambda m: "manages" if m["verb"].endswith("s") else "manage", plain)
    return plain.split() if plain != text else tokens


def _own_rows(rest: list[str]) -> bool:
    """Whether a predicate keeps a role to its own records: *their own*, *the visits they
    made*, *the cases assigned to them*."""
    if "own" in rest:
        return True
    for index, word in enumerate(rest[1:], start=1):
        after = rest[index + 1] if index + 1 < len(rest) else ""
        if (
            word in ("they", "he", "she")
            and is_noun_at(rest, index - 1)
            and can_be_verb(after)
            and after not in _NOT_ACTS
        ):
            return True  # "the visits they made"
        if word in ("they", "he", "she") and rest[index - 1] in ("what", "whatever"):
            return can_be_verb(after)  # "only what they submitted themselves"
        if word in ("them", "him", "her") and rest[index - 1] in ("to", "by"):
            return is_past_participle(rest[index - 2]) if index >= 2 else False
    return False


_NOT_ACTS = frozenset(["can", "may", "are", "is", "have", "has", "should", "must", "will"])


def _subjects(tokens: list[str], entities: Collection[str] = frozenset()) -> tuple[int, list[str]]:
    """The roles a clause opens with: ``sales reps``, ``only agents``, ``the owner``,
    ``agents and requesters``. Returns where the subject ends and the role names."""
    index = 0
    while index < len(tokens) and tokens[index] in (
        "and",
        "but",
        "so",
        "only",
        "also",
        "while",
        "whereas",
    ):
        index += 1
    if tokens[index : index + 1] in (["once"], ["when"], ["whenever"], ["after"], ["until"]):
        return index, []  # "once approved it moves on ...": a condition, no one named
    only = "only" in tokens[:index]
    names: list[str] = []
    current: list[str] = []
    determiner = None
    while index < len(tokens):
        word = tokens[index]
        if (
            word in ("me", "myself", "us", "ourselves", "we")
            and not current
            and tokens[index + 1 : index + 2] == ["and"]
        ):
            # "only me and my coordinator can create visits": the writer is the owner
            names.append("owner")
            index += 2
            continue
        if word in DETERMINERS and not current:
            determiner = word
            index += 1
            continue
        if word in ("and", "or") and current:
            names.append(" ".join(current))
            current = []
            index += 1
            continue
        if word in FUNCTION_WORDS or not is_noun_at(tokens, index) or word in ADVERBS:
            break
        current.append(word)
        index += 1
    if len(current) > 1 and tokens[index : index + 1] == ["to"] and can_be_verb(current[-1]):
        current.pop()  # "owner want to see ...": the word before "to" is the verb
        index -= 1
    acting = _acts_on_records(current, entities)
    if acting:
        # "office staff issue licences, ...": the subject ends before the act on the records
        index -= len(current) - acting
        current = current[:acting]
    if current:
        names.append(" ".join(current))
    while index < len(tokens) and tokens[index] in ("both", "all", "each"):
        index += 1
    if not names or index >= len(tokens):
        return 0, []
    following = tokens[index]
    if following not in MODALS and following not in ADVERBS and verb_lemma(following) is None:
        return 0, []
    if following in ("is", "are", "has", "have", "was", "were"):
        return 0, []
    if any(len(n.split()) > 3 for n in names):
        return 0, []
    if (
        determiner not in (None, "the", "our", "all", "my")
        and not (
            # "a technician sees just the visits they made": one of many, kept to their own
            determiner in ("a", "an", "each", "every") and _own_rows(tokens[index + 1 :])
        )
        and not (
            # "only a shop manager can mark one as received": whoever may is a role
            only and determiner in ("a", "an") and following in MODALS
        )
    ):
        return 0, []
    agreeing = verb_lemma(following) == following or following in MODALS or following == "only"
    # "reception just logs the requests": the verb after the adverb is the one that agrees
    verb_at = index
    while verb_at + 1 < len(tokens) and tokens[verb_at] in ADVERBS and tokens[verb_at] != "only":
        verb_at += 1
    if determiner is None and (verb_lemma(tokens[verb_at]) or "") in ACTION_VERBS:
        rest = tokens[verb_at + 1 :]
        # "conductor edits everything": a bare singular noun acting on everything or its own
        agreeing = agreeing or any(w in EVERYTHING or w in ("own", "only") for w in rest)
        # "reception manages reservations": a team named like a thing, acting on records
        agreeing = agreeing or (
            bool(entities)
            and all(role_name(n) not in entities for n in names)
            and bool(_entities_in(rest, entities))
        )
    if determiner is None and not all(is_plural(n.split()[-1]) for n in names) and not agreeing:
        # "staff approve" agrees like a plural; "each product belongs" is a record
        return 0, []
    if tokens[index : index + 2] in (["can", "be"], ["should", "be"], ["must", "be"]):
        return 0, []
    return index, [role_name(n) for n in names]


def _acts_on_records(run: list[str], entities: Collection[str]) -> int:
    """Where ``office staff issue licences`` (read as one run of nouns) turns from who acts to
    the act: a verb of what roles do, in its plural form, before the records it names; 0 if
    it does not (*spot check licences* is a record's name)."""
    for at in range(1, len(run) - 1):
        verb = run[at]
        if verb_lemma(verb) == verb and verb in ACTION_VERBS and is_plural(run[-1]):
            named = _entities_in(run[at + 1 :], entities)
            if named and role_name(" ".join(run[:at])) not in entities:
                return at
    return 0


def _verbs(tokens: list[str]) -> list[str]:
    """The verbs of a predicate (``read and write``, ``approve or reject``)."""
    found: list[str] = []
    for index, word in enumerate(tokens):
        lemma = verb_lemma(word) or word
        if lemma in ACTION_VERBS:
            found.append(lemma)
            if index + 1 < len(tokens) and tokens[index + 1] in CONJUNCTIONS:
                continue
            break
        if word in CONJUNCTIONS or word in ADVERBS or word in ("only",):
            continue
        if found:
            break
    return found


def _what_they_did(tokens: list[str], entities: set[str]) -> list[str]:
    """``see only what they submitted``: the submissions, the record named after the act."""
    for index in range(len(tokens) - 2):
        if tokens[index] in ("what", "whatever") and tokens[index + 1] in ("they", "he", "she"):
            lemma = verb_lemma(tokens[index + 2])
            act = act_noun(lemma) if lemma else None
            return [act] if act in entities else []
    return []


def _objects(tokens: list[str], entities: set[str]) -> list[str]:
    """The entities a predicate acts on: those named before its first preposition
    (``read and write notes`` *only for their own patients* → notes)."""
    cut = _first_preposition(tokens)
    return _entities_in(tokens[:cut], entities) or _entities_in(tokens, entities)[:1]


def _first_preposition(tokens: list[str]) -> int:
    return next(
        (
            i
            for i, w in enumerate(tokens)
            if i and w in ("for", "about", "in", "at", "from", "with", "of", "on", "by", "to")
        ),
        len(tokens),
    )


def _entities_in(tokens: list[str], entities: Collection[str]) -> list[str]:
    found: list[str] = []
    for index in range(len(tokens)):
        for length in (3, 2, 1):
            span = tokens[index : index + length]
            if len(span) < length:
                continue
            key = entity_key(" ".join(span))
            match = key if key in entities else None
            if match is None and length == 1:
                match = next((e for e in sorted(entities) if e.split("_")[-1] == key), None)
            if match and match not in found:
                found.append(match)
                break
    return found


def _state_named(tokens: list[str], spec: AppSpec) -> str | None:
    states = {s for flow in spec.state_flows for s in flow.states}
    for word in tokens:
        if word in states:
            return word
    return None


def _verb_state(verb: str, spec: AppSpec, entity: str | None) -> str | None:
    """The state a verb moves to: ``approve`` → ``approved``; None for *change the status*."""
    if verb in ("change", "update"):
        return None
    for flow in spec.state_flows:
        if entity and flow.entity != entity:
            continue
        for state in flow.states:
            if verb_lemma(state) == verb:
                return state
    return None


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
