"""Rewrites that cut or rejoin whole clauses, whatever the domain.

Two predicates sharing one subject become two clauses (``a donation belongs to a donor and is
taken at a site``), an apposed *with* list is unfolded, a new subject after *, and* or a colon
starts a clause of its own, and *they* is written as the people it stands for.
"""

from __future__ import annotations

import re
from itertools import pairwise

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.noun_phrases import leading_noun_phrase, strip_determiners
from appwright.design.offline.one_of_each import MAX_HEADER_WORDS
from appwright.design.offline.phrase_patterns import ARTICLES
from appwright.design.offline.sentences import clauses
from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import (
    FUNCTION_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_APPOSED_WITH = re.compile(
    r"^(?:(?:the|our|all|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?:each\s+)?with\s+"
    r"(?P<list>[^,]+(?:,(?:(?!\s(?:and|or)\s)[^,])+)*?\s+(?:and|or)\s+[^,]+),\s+"
    r"(?P<rest>[a-z].+)$"
)
"""``Members, with a name, email and membership number, book a telescope``: the subject's
fields between commas, then its predicate."""


def unfold_apposition(sentence: str) -> str:
    """``members, with a name and an email, book a telescope``: the members have a name and an
    email; members book a telescope (two clauses every reader can take)."""

    def unfolded(part: str) -> list[str]:
        apposed = _APPOSED_WITH.match(part)
        if apposed is None or not is_plural(words(apposed.group("np"))[-1]):
            return [part]
        np = apposed.group("np")
        return [f"{np} have {apposed.group('list')}", f"{np} {apposed.group('rest')}"]

    return per_clause(sentence, unfolded)


_SECOND_PREDICATE = re.compile(
    r"((?:,\s+|\s+)and\s+(?:(?:then|also|usually|always)\s+)?|,\s+(?=(?:stays|remains)\s)"
    r"|,\s+(?=[a-z]+s\s+(?:several|many|each|every|one|a|an|the|its)\s)"
    r"|,\s+(?=is\s+[a-z]+ed\s)|,\s+(?=is\s+[a-z]+\s+(?:by|for|with)\s)|,\s+(?=[a-z]+s\s+(?:from|to|into|at|in|on|with|by)\s))(?=[a-z])"
)
AUXILIARY_VERBS = word_set("is has belongs gets can must may should will")
STATE_VERBS = word_set("stays remains becomes goes moves passes starts begins runs lasts")
"""Verbs a record's states follow with no object (*stays pending*)."""
_COMING_VERBS = word_set("come go move travel arrive return belong run pass head report lead")
"""Verbs of where a record comes from or goes, whose *-s* form is also a plural noun."""
_PLACED_VERBS = word_set("stand sit live stay happen occur")
"""Verbs of where a record is (*... and stands at a location*, *... and happens in one of the
rooms*); most are also plural nouns."""
_ENDING_VERBS = word_set("end finish close start begin open")
"""Verbs of how a record starts or ends (*... and ends with a result*), a predicate of their
own before *with*."""
_OBJECT_OPENERS = word_set(
    "a an the its their one either each every whether some several many multiple various"
)


def _finite_verb(tokens: list[str], *, with_object: bool = True) -> bool:
    """Whether ``tokens`` open with a singular verb (*is taken*, *goes pending*) and, where
    ``with_object``, its object (*lasts a*, *gives us their*): with no subject written, *and
    notes* is a noun."""
    if not tokens:
        return False
    if tokens[0] in AUXILIARY_VERBS or tokens[0] in STATE_VERBS:
        return True
    lemma = verb_lemma(tokens[0])
    # "gives us their name": whom to, then the object
    start = 2 if tokens[1:2] in (["us"], ["me"]) else 1
    return (
        lemma is not None
        and lemma != tokens[0]
        and tokens[0].endswith("s")
        and (not with_object or (len(tokens) > start and tokens[start] in _OBJECT_OPENERS))
    )


def split_predicates(sentence: str) -> str:
    """``a donation belongs to a donor and is taken at a site``: *a donation belongs to a
    donor; a donation is taken at a site*. Only a singular subject with a determiner and a
    singular verb after *and*, so the verb can only be the subject's. A flow (*goes from open
    to ..., and is then resolved*) is one predicate however it goes on."""
    parts = clauses(sentence)
    split: list[str] = []
    for part in parts:
        tokens = words(outside_brackets(part))
        subject = leading_noun_phrase(tokens) if tokens[:1] and tokens[0] in ARTICLES else ""
        size = len(subject.split())
        said = tokens[size + 1 :]
        # "a debate happens on a date, has a motion and ...": a verb and where or when
        placed = len(said) > 1 and said[1] in PREPOSITIONS
        acting = _finite_verb(said) or (placed and _finite_verb(said, with_object=False))
        if not subject or is_plural(tokens[size]) or not acting:
            split.append(part)
            continue
        named = f"{tokens[0]} {subject}"
        pieces = _SECOND_PREDICATE.split(part)
        kept = pieces[0]
        for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            flowing = words(kept)[len(named.split()) : len(named.split()) + 1]
            said = words(piece)
            placed = len(said) > 1 and said[1] in PREPOSITIONS
            acts = (
                _finite_verb(said)
                or (
                    # "a referral is for one patient, comes from one surgery, ...": a verb no
                    # list item could be (*notes for staff* could)
                    joint.startswith(",")
                    and placed
                    and _finite_verb(said, with_object=False)
                    and (not is_plural(said[0]) or verb_lemma(said[0]) in _COMING_VERBS)
                )
                or (
                    # "... and an install date and stands at a location"
                    placed
                    and _finite_verb(said, with_object=False)
                    and verb_lemma(said[0]) in _PLACED_VERBS | _COMING_VERBS
                )
                or (
                    # "... for a number of rounds and ends with a result": how it ends
                    said[1:2] == ["with"]
                    and _finite_verb(said, with_object=False)
                    and verb_lemma(said[0]) in _ENDING_VERBS
                )
            )
            if acts and not (flowing and flowing[0] in STATE_VERBS):
                split.append(kept)
                kept = f"{named} {piece}"
            else:
                kept = f"{kept}{joint}{piece}"
        split.append(kept)
    return "; ".join(split) if split != parts else sentence


_WE_KEEP_THEIR = re.compile(
    r"^(?:i|we)\s+(?:(?:also|only|just|then)\s+)?(?:keep|hold|store|record|need|take|note|log|track"
    r"|want|have)\s+their\s+(?P<list>.+)$"
)


def their_after_people(sentence: str) -> str:
    """``several volunteers go on each survey; we hold their name, email and licence number``:
    *...; volunteers have a name, email and licence number*; *their* is the people the clause
    before opened with."""
    parts = clauses(sentence)
    made = list(parts)
    for index in range(1, len(parts)):
        kept = _WE_KEEP_THEIR.match(parts[index])
        people = leading_noun_phrase(words(parts[index - 1]))
        if kept is None or not people or not is_plural(people.split()[-1]):
            continue
        made[index] = f"{people} have a {kept['list']}"
    return "; ".join(made) if made != parts else sentence


_TWO_SUBJECTS_HAVE = re.compile(
    r"^(?:both\s+)?(?P<first>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
    r"(?P<second>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)\s+"
    r"(?P<have>(?:(?:only|just|both|all|each)\s+)?(?:have|need|get)\s+(?:(?:a|an|their)\s|name\b).+)$"
)


def two_subjects_have(sentence: str) -> str:
    """``surgeries and link workers only need a name``: *surgeries only need a name; link
    workers only need a name*; two kinds of record said to hold one list each hold it."""

    def shared(clause: str) -> list[str]:
        match = _TWO_SUBJECTS_HAVE.match(clause)
        if match is None:
            return [clause]
        first, second = match["first"], match["second"]
        if not all(
            is_plural(s.split()[-1]) and can_be_noun(s.split()[-1]) for s in (first, second)
        ):
            return [clause]
        return [f"{first} {match['have']}", f"{second} {match['have']}"]

    return per_clause(sentence, shared)


_PLURAL_SECOND_PREDICATE = re.compile(
    # within one sentence: *..., and can go on hold* after the next sentence's own subject
    r"^(?P<subject>(?:(?:our|the|all|all\s+the)\s+)?[a-z][\w\-]*s)\s+"
    r"(?P<have>(?:have|need|get)\s(?:(?!\.\s)[^;])+?),?"
    r"\s+and\s+(?P<then>(?:can|may|might|must|will|should|are|often|sometimes|usually|belong\s+to)"
    r"\s[^;]+)$"
)


def plural_second_predicate(sentence: str) -> str:
    """``witnesses have a name and a phone and may be called to several hearings``: *...;
    witnesses may be called to several hearings*. After a plural subject's list, *and* then a
    modal, *are* or *belong to* opens its second predicate, which no list item starts with
    (*pets have a name and belong to an owner with a name and email*: the owner's list)."""

    def split(clause: str) -> list[str]:
        match = _PLURAL_SECOND_PREDICATE.match(clause)
        if match is None or not is_plural(match["subject"].split()[-1]):
            return [clause]
        subject = match["subject"]
        return [f"{subject} {match['have']}", f"{subject} {match['then']}"]

    return per_clause(sentence, split)


_THEN_ACTS = re.compile(
    r"^(?P<subject>(?:(?:our|the|all|each|every|a|an)\s+)?[a-z][\w\-]*)\s+(?P<first>[a-z]+\s[^;]+?),"
    r"\s+(?:and\s+)?then\s+(?P<verb>[a-z]+)\s+(?P<rest>[^;]+)$"
)


_FLOW_VERBS = word_set("start become go get move turn are be pass stay remain")
"""Plural and base forms of the verbs a flow's states follow."""


def then_they_act(sentence: str) -> str:
    """``customers sign up with their name, then place rental orders with a pickup date``:
    *customers sign up with their name; customers place rental orders with a pickup date*;
    the next act of the same subject, whose list is not the first act's."""

    def split(clause: str) -> list[str]:
        match = _THEN_ACTS.match(clause)
        if match is None:
            return [clause]
        subject, verb = match["subject"], match["verb"]
        head = subject.split()[-1]
        lemma = verb_lemma(verb)
        plural_subject = is_plural(head) and subject.split()[0] not in ("each", "every", "a", "an")
        # "a job is booked, then done" is a flow: only a present verb is a next act
        agrees = verb == lemma if plural_subject else (verb.endswith("s") and verb != lemma)
        flowing = {verb, match["first"].split()[0]} & (STATE_VERBS | AUXILIARY_VERBS | _FLOW_VERBS)
        if lemma is None or not agrees or not can_be_noun(head) or flowing:
            return [clause]  # "an order starts as received, then moves to packed": a flow
        return [f"{subject} {match['first']}", f"{subject} {verb} {match['rest']}"]

    return per_clause(sentence, split)


_NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|so)\s+(?:(?:then|also|honestly|usually)\s+)?|:\s+"
    r"|,\s+(?=it\s+(?:is|has|gets|goes)\s))"
    r"(?=[a-z])"
)
"""(*, and each X verbs* is a clause boundary ``sentences.clauses`` already knows.)"""


_OCCASION_OPENS = re.compile(
    r"^(?:when|whenever|once|each time|every time)\s+(?:someone|somebody|anyone|a|an|the|we|i|they"
    r"|customers|people)\s+[a-z]+[^;]*?,?\s+(?:we|i)\s+[a-z]"
)
"""``when someone buys one i want a sale recorded``: an occasion and what is kept on it."""


def split_new_subjects(sentence: str) -> str:
    """``..., and an order goes pending, ...`` / ``special orders: a special order starts as
    ...``: a new subject with its own verb opens a clause of its own, and so do ``..., and
    people book a session ...``, ``..., and for each sharpening i jot ...`` and ``..., and it
    starts out scheduled`` (with *it* written as the subject it stands for)."""
    pieces = _NEW_CLAUSE.split(sentence)
    if len(pieces) == 1:
        return sentence
    joints = [m.group(0) for m in _NEW_CLAUSE.finditer(sentence)]
    joined = pieces[0]
    for joint, piece in zip(joints, pieces[1:], strict=True):
        before = joined.split(";")[-1]
        if joint.startswith(":"):
            header = len(words(before)) <= MAX_HEADER_WORDS
            opened = "" if header else _opened_by_record(piece)
        elif piece.startswith("it ") and joint.strip() == ",":
            # "a bout has a number and a weight, it is fought between ...": a comma splice
            # after a list the subject has, no item of it
            listed = re.search(r"\s(?:has|have)\s[^;]*(?:,|\sand\s)", before) is not None
            opened = _named_it(before, piece) if listed else ""
        elif piece.startswith("it "):
            opened = _named_it(before, piece, joining=True)
        elif piece.startswith(("each one ", "every one ")):
            opened = _named_each_one(before, piece)
        elif _OCCASION_OPENS.match(piece):
            opened = piece  # "..., and when someone buys one i want a sale recorded ..."
        else:
            opened = _opened_by_record(piece) or _opened_by_people(piece)
        joined += f"; {opened}" if opened else f"{joint}{piece}"
    return joined


def _opened_by_record(piece: str) -> str:
    """``an order goes pending``: one record and its own singular verb."""
    tokens = words(outside_brackets(piece))
    if not tokens or tokens[0] not in ("a", "an", "the"):
        return ""
    subject = leading_noun_phrase(tokens)
    size = len(subject.split())
    following = tokens[size + 1] if len(tokens) > size + 1 else ""
    if size > 1 and can_be_verb(tokens[size]) and following in FUNCTION_WORDS:
        size -= 1  # "the case moves through new, ...": before a preposition, the verb
    verb = tokens[size + 1 :]
    if subject and not is_plural(tokens[size]) and _finite_verb(verb, with_object=False):
        return piece
    return ""


_FOR_EACH_WE = re.compile(r"^for\s+(?:each|every)\s+[a-z][\w\- ]*?\s+(?:i|we)\s+[a-z]")


_BEFORE_PLURAL_ACT = word_set("only just also all both")


def _opened_by_people(piece: str) -> str:
    """``people book a session with their name``: people and their own plural act on a
    record; ``for each sharpening i jot the name``: what we keep for each record."""
    if _FOR_EACH_WE.match(piece):
        return piece
    tokens = [w for w in words(outside_brackets(piece)) if w != "themselves"]
    if tokens[:1] and tokens[0] in ("the", "our"):
        tokens = tokens[1:]
    people = leading_noun_phrase(tokens)
    size = len(people.split())
    while len(tokens) > size + 1 and tokens[size] in _BEFORE_PLURAL_ACT:
        tokens = [*tokens[:size], *tokens[size + 1 :]]  # "the sites themselves only need ..."
    act = tokens[size : size + 2]
    if not people or not is_plural(tokens[size - 1]) or len(act) < 2:
        return ""
    if verb_lemma(act[0]) == act[0] and act[1] in _OBJECT_OPENERS:
        return piece
    return ""


def _named_each_one(before: str, piece: str) -> str:
    """``animals have a name, and each one lives in an enclosure``: *each animal lives in an
    enclosure*; or "" where no plural subject comes before."""
    tokens = words(outside_brackets(before))
    people = leading_noun_phrase(tokens)
    rest = piece.split(" ", 2)[2]
    if not people or not is_plural(people.split()[-1]):
        return ""
    if not _finite_verb(words(rest), with_object=False):
        return ""
    return f"each {singular(people.split()[-1])} {rest}"


_RELATIVE_HAVE = re.compile(
    r"^(?P<head>.+?\s)(?P<np>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+"
    r"(?:has|have|carries|holds)\s+(?P<list>(?:a|an|the|its)\s.+)$"
)


_RELATIVE_HAVE_EACH = re.compile(
    r"^(?P<head>.+?\s)(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,\s+(?:who|which)\s+(?:each\s+|all\s+)?|\s+(?:who|which|that)\s+each\s+)"
    r"(?:have|carry|hold|earn|get|receive|charge|are\s+paid)\s+(?P<list>(?:a|an|the|their)\s.+)$"
)
"""``it is assigned to one of our joiners, who each have a name and a day rate``; ``drawn by
one of our artists, who each earn a royalty percentage``: what each is paid is theirs too."""


def relative_have(sentence: str) -> str:
    """``each animal lives in an enclosure that has a name and a zone``: *... lives in an
    enclosure; an enclosure has a name and a zone*, the object's own fields. So with a plural
    (*one of our joiners, who each have a name*): *each joiner has a name*."""

    def unfolded(part: str) -> list[str]:
        relative = _RELATIVE_HAVE.match(part)
        if relative is not None and relative.group("head").strip():
            np = relative.group("np")
            return [f"{relative.group('head')}{np}", f"{np} has {relative.group('list')}"]
        plural = _RELATIVE_HAVE_EACH.match(part)
        if plural is None or not is_plural(plural.group("np").split()[-1]):
            return [part]
        np = plural.group("np")
        # "in several issues, which each have ...": each issue, not *each several issue*
        named = [w for w in strip_determiners(np).split() if w not in QUANTIFIERS]
        head_noun = singular_phrase(" ".join(named))
        listed = re.sub(r"^their\s", "a ", plural.group("list"))
        return [f"{plural.group('head')}{np}", f"each {head_noun} has {listed}"]

    return per_clause(sentence, unfolded)


_SECOND_OWNER = re.compile(
    r"^(?P<head>(?:[^:]+:\s+)?(?P<us>i|we)\s+(?P<verb>[a-z]+)\s+(?:the|their|its)\s+[a-z][\w\-]*'s\s.+?),?\s+and\s+"
    r"(?P<owner>(?:the|their|its)\s+[a-z][\w\-]*'s\s.+)$"
)


def second_owner(sentence: str) -> str:
    """``i note the customer's name and phone, and the contract's price``: *...; i note the
    contract's price*, each owner's list a clause of its own."""

    def split(part: str) -> list[str]:
        owners = _SECOND_OWNER.match(part)
        if owners is None:
            return [part]
        us, verb = owners.group("us"), owners.group("verb")
        return [owners.group("head"), f"{us} {verb} {owners.group('owner')}"]

    return per_clause(sentence, split)


_TURNS_INTO = re.compile(
    r"^(?P<before>.+?)\s+(?:(?:turns|is\s+turned|is\s+converted|converts)\s+(?:in)?to|becomes)\s+"
    r"(?P<det>a|an)\s+(?P<after>[a-z].*)$"
)


def turned_into(sentence: str) -> str:
    """``an accepted quote turns into a job with a start date``: *a job belongs to a quote; a
    job has a start date*; the new record comes from the old one."""

    def turned(part: str) -> list[str]:
        match = _TURNS_INTO.match(part)
        before = words(match.group("before")) if match else []
        # "each device then becomes a case": when it does is no part of the record
        before = [w for w in before if w not in ("then", "later", "eventually", "usually")]
        source = leading_noun_phrase(before) if before[:1] and before[0] in ARTICLES else ""
        result = leading_noun_phrase(words(match.group("after"))) if match else ""
        if not match or not source or not result or len(source.split()) + 1 != len(before):
            return [part]
        source_words = source.split()
        if len(source_words) > 1 and is_past_participle(source_words[0]):
            source = " ".join(source_words[1:])  # "an accepted quote": a quote
        rest = match.group("after")[len(result) :].strip()
        made = [f"a {result} belongs to a {source}"]
        if rest.startswith("with "):
            made.append(f"a {result} has {rest.removeprefix('with ')}")
        return made

    return per_clause(sentence, turned)


_STATE_TAIL = re.compile(
    r"^it\s+(?:(?:can|may|might|could|will)\s+(?:also\s+)?be|is|gets)\s+(?:then\s+)?[a-z]+ed\b"
    r"(?!\s+(?:to|at|in|with|from|for|on|by)\s+(?:a|an|one|the)\s)"
)
"""``..., then confirmed, and it can be cancelled``: the last step of the flow before it; not
``it is assigned to a joiner``, which says which record it goes to."""


def _named_it(before: str, piece: str, *, joining: bool = False) -> str:
    """``a flight has a date, and it starts out scheduled``: *a flight starts out scheduled*,
    or "" where *it* has no singular subject before it to stand for. ``joining``: *it* came
    after *, and*, where *it can be cancelled* is still the flow before it."""
    tokens = words(outside_brackets(before))
    if not tokens or tokens[0] not in ARTICLES:
        return ""
    subject = leading_noun_phrase(tokens)
    if not subject or is_plural(subject.split()[-1]):
        return ""
    if joining and _STATE_TAIL.match(piece):
        return ""
    if not _finite_verb(words(piece)[1:], with_object=False):
        return ""
    return f"{tokens[0]} {subject} {piece.removeprefix('it ')}"


_REDUCED_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"|(?<![\w\s])[a-z][\w\-]*s)\s+"
    r"(?:we|i|you|they)\s+(?:[a-z]+\s+)?(?:[a-z]+)\s+"
    r"(?=(?:(?:each|all|both)\s+)?(?:has|have|is|are|needs|gets|carries|records|notes|holds|lists|"
    r"logs|stores)\s)"
)
_RELATIVE_ENDING_IN_PLACE = re.compile(
    r"(?P<np>\band\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she|we|i)\s+"
    r"(?:will\s+|would\s+|can\s+|usually\s+)?[a-z]+\s+(?:at|from|on|in|to|with)(?=\s*(?:;|\.|$))"
)
"""``..., how many seats they want and the pick-up point they will join at``: *and the pick-up
point*, the last thing listed, whose relative only says where they come in."""


_PARTICIPLE_RELATIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+(?P<done>[a-z]+)"
    r"(?:\s+(?:out|up|in|off|aside|back))?"
    r"(?:\s+(?:for|to|by|from|at|into|on)\s+(?!(?:a|an|the|one|each|every|our|their|its)\b)"
    r"[a-z][\w\-]*)?\s+(?=(?:has|have|gets|needs|carries)\s)"
)
"""``each item picked out for online has a stock code``: how an item came to be kept is no kind
of it, nor a record (a record named after the participle, *sold to a buyer*, stays)."""
_PARTICIPLE_BEFORE_PASSIVE = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<np>(?:a|an|each)\s+[a-z][\w\-]*)\s+(?P<done>[a-z]+)"
    r"(?P<where>\s+(?:into|in|at|to|from|by|for|on|onto|through|under)\s+"
    r"(?:a|an|the|one|each|our|their|its|any)\s+[a-z][\w\-]*(?:\s+(?!is\b|gets\b)[a-z][\w\-]*)?)"
    r"\s+(?P<verb>(?:is|gets)\s+(?P<kept>[a-z]+))\b"
)
"""``each donation dropped into a fridge is logged with its food type``: *each donation is
dropped into a fridge and is logged with ...*, two predicates of the donation, so the fridge
is where it goes and the list is the donation's."""


def _participle_before_passive(match: re.Match[str]) -> str:
    if not (is_past_participle(match["done"]) and is_past_participle(match["kept"])):
        return match[0]
    return f"{match['lead']}{match['np']} is {match['done']}{match['where']} and {match['verb']}"


_ARRIVING_RELATIVE = re.compile(
    # "the way it works is that every donor who signs up gets ...": the lead-in says nothing
    r"(?P<lead>^|,\s+and\s+|\bis\s+that\s+)(?P<np>(?:each|every|any)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:that|which|who)\s+(?:comes|arrives|turns|is\s+sent|gets\s+sent|is\s+submitted|"
    r"gets\s+submitted|is\s+received|is\s+handed|signs|joins|registers|enrols|enrolls)"
    r"(?:\s+(?:in|up|through|back|to\s+(?:us|me)))?\s+"
    r"(?=(?:has|have|gets|needs|carries)\s)"
)
"""``each puzzle that comes in has a title``: every puzzle has one; arriving is how there
come to be puzzles, not a kind of them. So is joining: ``every donor who signs up gets a
donor number``."""
_RELATIVE_BEFORE_WITH = re.compile(
    r"\b(?P<np>(?:each|every|any)\s+[a-z][\w\-]*|the\s+[a-z][\w\-]*s)\s+(?:we|i|they|you)"
    r"(?:\s+(?:are|were|am|have|had))?"
    r"\s+[a-z]+(?:\s+to\s+[a-z]+)?(?:\s+(?:on|at|in|from|for|to|up|out|off))?"
    r"(?:\s+(?:with|for)\s+us\b\s*|,?\s+(?=with\s))"
)
"""``every shore we are licensed to cut on with its name``: the shore, with its name;
``every website they host with us is ...``: the website; ``the competitions we travel to,
with a name``: the competitions."""
_ONCE_IN_A_LIST = re.compile(
    r"\band,\s+(?:once|when|after|if)\s+[^,;]+,\s+(?=(?:the|a|an|their|its)\s)"
)
"""``the entry fee we paid and, once we are back, the placing``: when is no item."""
_ALLOWED_PER = re.compile(
    r"\b(?P<np>the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:we|i|they|you)\s+"
    r"(?:(?:may|can|could|will|are allowed to|are able to)\s+[a-z]+\s+(?:per|a|each)\s+"
    r"(?P<period>year|month|week|day|hour|night|visit)|(?:charge|charges|pay|pays|earn|earns|ask|asks)"
    r"\s+per\s+(?P<unit>[a-z][\w\-]*))(?=\s*(?:[,;()]|$|\s(?:and|or)\s))"
)
"""``the maximum tonnes we may take per year``: the maximum tonnes per year; ``the fee they
charge per puzzle``: the fee per puzzle."""
_REFLEXIVE = re.compile(r"\s+(?:themselves|itself)\b")
_OBJECT_RELATIVE = re.compile(
    r"\b(?P<np>(?:the|all the|its|their)\s+(?!(?:date|day|time|year|month|week)\b)[a-z][\w\-]*"
    r"(?:\s+(?!it\b|they\b|date\b|day\b|time\b|where\b)[a-z][\w\-]*)?)\s+(?:where\s+)?"
    r"(?:they|we|you|it|i|he|she)(?:'s|'re|\s+(?:was|were|is|are|has been|have been|had been|"
    r"has|have|had))?\s+[a-z]+(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``tagged with the allergens they use (nuts, ...)``, ``the price we charged``, ``the theme
they have described``, ``the stop where they are waiting``: the allergens, the price, the
theme, the stop. Not a date (*the date they joined* is when they joined) nor a place
(*the water it came from* says which water)."""


_OBJECT_RELATIVE_PLACED = re.compile(
    r"\b(?P<np>(?:the|its|their)\s+(?!(?:date|day|time|year|month|week)\b)[a-z][\w\-]*"
    r"(?:\s+(?!it\b|they\b|date\b|day\b|time\b)[a-z][\w\-]*)?)\s+"
    r"(?:they|we|you|i)\s+(?P<verb>[a-z]+)"
    r"(?P<phrases>(?:\s+(?:at|on|in|from|for|by|with)\s+(?:(?:the|a|an)\s+)?[a-z]+"
    r"(?:\s+per\s+[a-z]+)?)+)(?=\s*(?:[,;()]|$|\s(?:and|or|plus)\s))"
)
"""``the depth we drilled in metres``, ``the flow rate we got at the end in litres per
minute``: the depth in metres, the flow rate in litres per minute (the unit says the type)."""
_UNIT_PHRASE = re.compile(rf"\s+in\s+(?:{'|'.join(UNIT_TYPES)})(?:\s+per\s+[a-z]+)?$")


def _placed_object(match: re.Match[str]) -> str:
    if verb_lemma(match.group("verb")) in (None, match.group("verb")):
        return match.group(0)  # "the rooms we book at ..." is a present act, not a value
    phrases = re.split(r"(?=\s+(?:at|on|in|from|for|by|with)\s)", match.group("phrases"))
    units = [phrase for phrase in phrases if _UNIT_PHRASE.fullmatch(phrase)]
    return match.group("np") + "".join(units)


_WHO_DID_IT = re.compile(
    r"\b(?:the\s+name\s+of\s+)?the\s+(?P<who>[a-z][\w\-]*)\s+(?:who|that)\s+"
    r"(?:did|does|carried\s+out|carries\s+out|took|takes|ran|runs|led|leads|handled)\s+(?:it|them)\b"
)
"""``the name of the audiologist who did it``: the audiologist, in a list of what is kept."""


def without_reduced_relative(sentence: str) -> str:
    """``every instrument we own has a serial number``: *every instrument has ...*; and
    ``the spirits themselves`` are the spirits; ``the name of the audiologist who did it``:
    *the audiologist*; ``... and the pick-up point they will join at``: *the pick-up point*."""
    sentence = _WHO_DID_IT.sub(r"the \g<who>", sentence)
    sentence = _OBJECT_RELATIVE.sub(r"\g<np>", _REFLEXIVE.sub("", sentence))
    sentence = _OBJECT_RELATIVE_PLACED.sub(_placed_object, sentence)
    sentence = _RELATIVE_BEFORE_WITH.sub(r"\g<np> ", sentence)
    sentence = _ONCE_IN_A_LIST.sub("and ", sentence)
    sentence = _ARRIVING_RELATIVE.sub(r"\g<lead>\g<np> ", sentence)
    sentence = _RELATIVE_ENDING_IN_PLACE.sub(r"\g<np>", sentence)
    sentence = _PARTICIPLE_RELATIVE.sub(
        lambda m: f"{m['lead']}{m['np']} " if is_past_participle(m["done"]) else m[0], sentence
    )
    sentence = _PARTICIPLE_BEFORE_PASSIVE.sub(_participle_before_passive, sentence)
    sentence = _ALLOWED_PER.sub(
        lambda m: f"{m.group('np')} per {m.group('period') or m.group('unit')}", sentence
    )
    parts = [part.strip() for part in sentence.split(";")]
    plain = [_REDUCED_RELATIVE.sub(r"\g<lead>\g<np> ", part, count=1) for part in parts]
    return "; ".join(plain) if plain != parts else sentence


_FOR_THEM = re.compile(
    r"\b(?:we|i)\s+(?:then\s+|also\s+)?(?:open|create|start|make|book|raise|set up|log|add|"
    r"register|write up)s?\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+for\s+"
    r"(?P<them>them|him|her)\b"
)
_ONE_OR_MANY = re.compile(r"^(?:(?P<one>a|an|each|every|any)\s+)?[a-z][\w\-]*(?P<next>\s+[a-z]+)?")


def for_them(sentence: str) -> str:
    """``a client rings up, ..., and then we open a job for them``: *for the client*, the
    record the sentence opened with."""
    match = _FOR_THEM.search(sentence)
    opener = _ONE_OR_MANY.match(sentence)
    if match is None or opener is None:
        return sentence
    people = leading_noun_phrase(words(outside_brackets(sentence[: match.start()])))
    head = people.split()[-1] if people else ""
    if not head or (opener.group("one") is None and (" " in people or not is_plural(head))):
        return sentence  # "our plumber rings up": no record is named plainly enough
    named = f"the {people}"
    return f"{sentence[: match.start('them')]}{named}{sentence[match.end('them') :]}"


def name_they(sentence: str) -> str:
    """``judges are listed ..., and they review each project``: *they* is the people the
    clause before opened with, written out so every reader sees who acts; *it* after a
    semicolon is the one record the clause before opened with (``a submission has a title;
    it is submitted, ...``)."""
    parts = clauses(sentence)
    if len(parts) < 2 or not any(p.startswith(("they ", "it ")) for p in parts[1:]):
        return sentence
    named = [parts[0]]
    for before, part in pairwise(parts):
        people = leading_noun_phrase(words(outside_brackets(before)))
        if part.startswith("they ") and people and is_plural(people.split()[-1]):
            part = f"{people} {part.removeprefix('they ')}"
        elif part.startswith("it "):
            part = _named_it(before, part) or part
        named.append(part)
    return "; ".join(named)
