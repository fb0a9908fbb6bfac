"""The writer's own role, and the people they speak for, said as *I* or *we*.

``I'm the owner so I see everything``, ``I, as the owner, see everyone's``: the owner reads
every record; ``only i, as inspector, can change the rota``: *only the inspector can ...*;
``but only us organisers can call a day off``: *only organisers can ...*; ``the office staff
and I as owner see everything``: both do.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.permission_drafts import PermissionDraft
from appwright.design.offline.permission_words import ACTION_VERBS, role_name
from appwright.design.offline.sentences import sentences
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, verb_lemma

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


def _self_role(found: re.Match[str], draft: PermissionDraft) -> None:
    verb = found.group("verb") or found.group("verb_first")
    actions = ACTION_VERBS.get(verb_lemma(verb) or verb)
    name = role_name(
        found.group("role") or found.group("named") or found.group("before") or found.group("after")
    )
    if actions and name:
        draft.role(name).rules.setdefault("*", set()).update(actions)


def writer_told_as_role(sentence: str) -> str:
    """``sentence`` with the writer, and the people they speak for, written as the role they
    name: *only the inspector can ...*, *only organisers can ...*, *i, as the owner, see ...*."""
    return _us_as_role(_i_as_role(_and_i_as(_only_i_as(sentence))))


def read_writer_role(sentence: str, draft: PermissionDraft) -> bool:
    """The writer's own role told in ``sentence`` (*I'm the owner so I see everything*), put in
    ``draft``; whether the writer says they see everything with no role named (*..., i see all
    of it*)."""
    named_self = False
    for found in _SELF_ROLE.finditer(outside_brackets(sentence)):
        _self_role(found, draft)
        named_self = True
    return not named_self and _I_SEE_EVERYTHING.search(outside_brackets(sentence)) is not None


def writer_over_all(description: str, draft: PermissionDraft) -> None:
    """``wallers only see their own day sheets, i see all of it``: the writer, over them all,
    in the role they opened with (*i'm headkeeper on a shoot*) or as the owner, reads every
    record."""
    opening = _I_AM_THE.match(sentences(description)[0]) if description.strip() else None
    named = opening["role"] if opening and _names_someone(opening["role"]) else "owner"
    draft.role(role_name(named)).rules.setdefault("*", set()).update({"read"})
