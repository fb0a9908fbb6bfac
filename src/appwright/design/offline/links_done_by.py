"""Links told by who does a record: *each application is submitted by one applicant and is
assessed by one officer*, *a booking is made by one advertiser*, *assets are assigned to
employees*, *technicians are assigned to issues*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import ModelDraft, entity_key
from appwright.design.offline.event_mentions import NON_ACTION_VERBS
from appwright.design.offline.link_mentions import (
    Mention,
    add_link,
    entity_named,
    last_np,
    mentions,
    plural_np,
)
from appwright.design.offline.links_by_pattern import ALSO_ONE
from appwright.design.offline.no_records import FIELD_HEADS
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import VERB_PARTICLES, tokenize, word_set, words
from appwright.design.offline.word_forms import is_past_participle, singular, verb_lemma

_ASSIGNED = re.compile(
    r"(?P<a>[a-z][\w\- ]*?)\s+(?:(?:is|are|get|gets|can be)\s+(?:[\w\- ,]+?\s+then\s+)?"
    r"(?:assigned|allocated|given)\s+to\s+(?:(?:a|an|the|one|each|every|their)\s+)?"
    r"|(?:goes|go)\s+(?:out\s+)?to\s+(?:one|a single|a|an)\s+)"
    r"(?P<b>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``jobs are assigned to a fitter``, ``each callout goes to one engineer``."""


DESCRIBING_VERBS = word_set("identify describe define characterize characterise")
"""*identified by a code*: a list of fields follows, not someone acting."""


_DONE_BY = re.compile(
    r"\b(?:(?:is|are)\s+(?:[a-z]+\s+)?|\band\s+)(?P<verb>[a-z]+)\s+by\s+"
    r"(?:(?:exactly\s+|only\s+)?(?:one of (?:our|the|their|my|your)|one|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    # "inspections are carried out by inspectors": each by one of them
    r"|(?P<people>[a-z][\w\-]*s)\b(?!\s+(?:of|and|or)\b))"
)


_AND_IS_FOR = re.compile(
    r"\band\s+(?:is|are|(?P<verb>[a-z]+s))\s+(?:for|at|in|on|from|about|to)\s+"
    r"(?:exactly\s+|only\s+)?(?:one|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


_IS_FOR_ONE = re.compile(
    r"^\s*(?:is|are)\s+(?:always\s+|only\s+)?(?:for|with|at|from|about)\s+"
    r"(?:exactly\s+|only\s+|just\s+)?(?P<det>one|a|an)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


_GIVEN_ONE = (
    r"(?:assigned|given|allocated|allotted)\s+(?:exactly\s+|only\s+)?(?:one|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+(?!and\b|with\b|who\b|that\b)[a-z][\w\-]*)?)"
)
"""*... assigned a supervisor*: the one a record is given."""


_IS_ASSIGNED = re.compile(
    r"^(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:is|are)\s+" + _GIVEN_ONE
)


_LATER_IS_ASSIGNED = re.compile(
    r"[,;]\s*(?:and\s+)?(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+(?:is|are)\s+" + _GIVEN_ONE
)
"""*..., and each trainee is assigned a mentor*: a later clause's record given one of another."""


_EACH_IS_FOR = re.compile(
    r"(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?)(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?:[^,;]*?\band\s+)?(?:is|are)\s+(?:always\s+|only\s+)?"
    r"(?:for|(?P<of>of|from)(?=\s+(?:exactly\s+|only\s+|just\s+)?one\b))\s+"
    r"(?:exactly\s+|only\s+|just\s+)?(?P<det>one(?:\s+of\s+(?:our|the|their|my))?|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+(?!on\b|at\b|in\b|for\b|with\b)[a-z][\w\-]*)?)"
)


_QUALITIES = word_set(
    "colour color size type kind shape style flavour flavor grade length weight age"
)
"""What a thing is *of one* of without naming a record (*each candle is of one colour*)."""


_EACH_SUBJECT = re.compile(r"^(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+(?:is|are)\s")


_NEXT_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)\s+|;\s*(?:(?:and|but|while|whereas)\s+)?)"
    r"(?=(?:each|every|a|an|the)\s)"
)


_NEW_DONE_BY = re.compile(
    r"^(?:(?:a|an|each|every)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|(?:the\s+)?(?P<xs>[a-z][\w\-]*s))\s+"
    r"(?:is|are)\s+(?P<verb>[a-z]+)\s+by\s+"
    r"(?:(?:exactly\s+|only\s+)?(?:one of (?:our|the|their|my)|one|a|an)\s+(?P<y>[a-z][\w\-]*)"
    r"|(?P<ys>[a-z][\w\-]*s))\b"
)


def _made_by_one(sentence: str, model: ModelDraft) -> list[Mention]:
    """``a booking is made by one advertiser``, the first words about bookings: a booking is
    a record, made by someone already known; so are ``inspections carried out by inspectors``,
    by people named as doers."""
    match = _NEW_DONE_BY.match(sentence)
    if (
        match is None
        or not is_past_participle(match.group("verb"))
        or verb_lemma(match.group("verb")) in DESCRIBING_VERBS
        # one by one (*a booking ... by one advertiser*), or many by many (*inspections ... by
        # inspectors*); not one record by many people
        or (match["y"] is None) != (match["x"] is None)
    ):
        return []
    by = match["y"] or match["ys"]
    if entity_named(model, by, create=False) is None and not (
        match["ys"] and names_a_doer(singular(by))
    ):
        return []
    said = match["x"] or match["xs"]
    made = entity_named(model, said, create=True)
    return [Mention(0, len(said.split()) + 1, made[0], made[1])] if made else []


def _act_kept(verb: str, model: ModelDraft) -> str | None:
    """The record kept of an act told with its particle: *volunteers are signed off by a
    keeper*, sign-offs kept, is each sign-off's keeper, not the volunteer's."""
    lemma = verb_lemma(verb) or verb
    kept = {f"{lemma}_{particle}" for particle in VERB_PARTICLES | {"in", "over"}}
    return next((name for name in model.entities if name in kept), None)


def read_done_by(sentence: str, model: ModelDraft) -> None:
    """``each application is submitted by one applicant and is assessed by one officer``:
    the sentence's subject points at each one who acts on it."""
    for opening in _EACH_IS_FOR.finditer(sentence):
        # "..., and each visit is for one wing", the only words about visits: a visit is a
        # record, and it points at its wing; "each item is of one brand" too, but "each candle
        # is of one colour" says a quality
        if opening.group("of") and opening.group("y").split()[-1] in _QUALITIES:
            continue
        target = entity_named(
            model, opening.group("y"), create=opening.group("det").startswith("one")
        )
        made = entity_named(model, opening.group("x"), create=True) if target else None
        if made and target and made[0] != target[0]:
            add_link(model, made[0], target[0], target[1])
    first = mentions(tokenize(sentence), model)
    if not first or first[0].start > 1:
        first = _made_by_one(sentence, model) or first
    if first and first[0].start > 1:
        # "every class is taught by a teacher; every class happens in one of the rooms": the
        # opening subject, however late its records are told, not the rooms further on
        named = _EACH_SUBJECT.match(sentence)
        made = entity_named(model, named.group("x"), create=True) if named else None
        first = [Mention(0, 1, made[0], made[1])] if made else first
    if not first:
        return
    for match in _DONE_BY.finditer(sentence):
        verb = match.group("verb")
        if not is_past_participle(verb) or verb_lemma(verb) in DESCRIBING_VERBS:
            continue
        clause_start = [m.end() for m in _NEXT_CLAUSE.finditer(sentence[: match.start()])]
        own = mentions(tokenize(sentence[clause_start[-1] :]), model) if clause_start else []
        if own and own[0].start <= 1:
            # "files applications for clients, and each client is handled by one attorney":
            # the subject of the clause the passive is in
            first = own
        elif clause_start:
            named = _EACH_SUBJECT.match(sentence[clause_start[-1] :])
            made = entity_named(model, named.group("x"), create=True) if named else None
            if made is not None:
                first = [Mention(0, 1, made[0], made[1])]
        if match.group(0).startswith("and") and not re.search(
            r"\b(?:is|are)\b", sentence[: match.start()]
        ):
            continue  # "is at one site and done by one cleaner": the *is* is shared
        if match["people"] is not None:
            # by people named as doers (*inspectors*), or kept already: not "by volunteers"
            # said in passing, nor "grouped by months"
            people = match["people"]
            target = entity_named(model, people, create=names_a_doer(singular(people)))
        else:
            target = entity_named(model, match.group("y"), create=True)
        source = _act_kept(verb, model) or first[0].entity
        if target and target[0] != source:
            add_link(model, source, target[0], target[1])
        if match["y"] is None:
            continue
        also = ALSO_ONE.match(sentence[match.start("y") :])
        if also:
            # "made by one driver in one van": the van is the subject's too
            other = entity_named(model, also.group("y"), create=True)
            if other and other[0] != first[0].entity:
                add_link(model, first[0].entity, other[0], other[1])
    if first[0].start > 2:
        return
    told_after = " ".join(tokenize(sentence)[first[0].end :])
    is_for = _IS_FOR_ONE.match(told_after)
    if is_for:
        # "every order is for one customer": the subject points at that one
        target = entity_named(model, is_for.group("y"), create=is_for.group("det") == "one")
        if target and target[0] != first[0].entity:
            add_link(model, first[0].entity, target[0], target[1])
        if target:
            _also_one(model, first[0].entity, told_after[is_for.start("y") :])
    assigned = _IS_ASSIGNED.search(sentence)
    if assigned and first[0].start <= 1:
        # "every thesis is assigned a supervisor": the one given to it
        target = entity_named(model, assigned.group("y"), create=True)
        if target and target[0] != first[0].entity:
            add_link(model, first[0].entity, target[0], target[1])
    for later in _LATER_IS_ASSIGNED.finditer(sentence):
        # "...; a cohort has a start date, and each trainee is assigned a mentor": the clause's
        # own subject, a record already kept
        subject = entity_named(model, later.group("x"), create=False)
        target = entity_named(model, later.group("y"), create=True) if subject else None
        if subject and target and target[0] != subject[0]:
            add_link(model, subject[0], target[0], target[1])
    for match in _AND_IS_FOR.finditer(sentence):
        # "a prescription is written by a doctor and is for one medicine": the subject's too
        verb = match.group("verb")
        if verb and (verb_lemma(verb) in (None, verb) or verb_lemma(verb) in NON_ACTION_VERBS):
            continue
        target = entity_named(model, match.group("y"), create=False)
        if target and target[0] != first[0].entity:
            add_link(model, first[0].entity, target[0], target[1])


def _also_one(model: ModelDraft, subject: str, told: str) -> None:
    """``a booking is for one client in one issue``, ``a press run is for one edition at one
    printing works``: after the one a record is for, *one* more of another, the subject's
    too, a record even where nothing else is told of it (not *on one date*: when)."""
    also = ALSO_ONE.match(told)
    if also is None or words(also.group("y"))[-1] in TIME_WORDS | FIELD_HEADS:
        return
    other = entity_named(model, also.group("y"), create=True)
    if other and other[0] != subject:
        add_link(model, subject, other[0], other[1])


def read_assigned(sentence: str, model: ModelDraft, found: list[str]) -> None:
    """``assets are assigned to employees`` (asset → employee), ``technicians are assigned to
    issues`` (issue → technician: a person is assigned to a thing, the thing holds them)."""
    for clause in clauses(sentence):
        match = _ASSIGNED.search(clause)
        if match is None:
            continue
        left = entity_named(model, last_np(match.group("a")), create=False)
        right = entity_named(model, match.group("b"), create=left is not None)
        people = people_named(found)
        said = last_np(match.group("a"))
        if left is None and (
            entity_key(said) in people
            # "the crew members are assigned to bookings": people of their own, the bookings known
            or (right is not None and _people_of_their_own(match.group("a"), said))
        ):
            left = entity_named(model, said, create=True)
        if left is None or right is None or left[0] == right[0]:
            continue
        if left[0] in people and right[0] not in people:
            add_link(model, right[0], left[0], left[1])
        else:
            add_link(model, left[0], right[0], right[1])


def _people_of_their_own(subject: str, said: str) -> bool:
    """Whether the subject of *are assigned to* is a plain plural noun phrase and nothing
    else (``the crew members``; not ``the points a player``)."""
    plain = re.sub(r"^(?:the|our|all|all\s+the)\s+", "", subject.strip())
    return bool(said) and plain == said and plural_np(plain) == said


def people_named(found: list[str]) -> set[str]:
    """Entity keys of the people a description names as acting: the subjects of *can*,
    *see*, *manage*... (``technicians see issues assigned to them``)."""
    people: set[str] = set()
    for sentence in found:
        for clause in clauses(outside_brackets(sentence)):
            for match in _PERSON_SUBJECT.finditer(clause):
                key = entity_key(match.group("who"))
                if key:
                    people.add(key)
    return people


_PERSON_SUBJECT = re.compile(
    r"(?:^|,\s*|\band\s+|\bonly\s+)(?:the\s+)?(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)\s+"
    r"(?:(?:can|should|may|must)\b(?!\s+(?:also\s+)?(?:be|have|contain|include|hold|cover|"
    r"go|move|take|use|carry|span|last|run)\b)"
    r"|(?:only|see|sees|view|views|manage|manages|approve|approves|want|wants)\b|logs?\s+in\b)"
)
"""*drivers see only ...*: the drivers; not *an order can contain ...*, which is what a
thing holds, not who acts."""
