"""Rewrites of what a description tells about its people rather than its records: who logs in,
and who does the work, said with a relative clause in the way.

*The crew members who put them up are assigned to bookings and need a login to see the jobs
they're on* tells two things the readers know in plainer words: *the crew members are assigned
to bookings*, and *the crew members log in to see the jobs* (someone using the app, so a role,
and no *login* field). ``simplify`` runs these with the rest.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.text import is_past_participle, is_plural

_GIVEN_A_LOGIN = re.compile(
    r"\b(?:need|needs|get|gets|have|has|are\s+given|is\s+given)\s+"
    r"(?:a|an|their|his|her)\s+(?:own\s+)?(?:login|log-in|logon|user\s+account|account)"
    # "an account number" is a field
    r"(?=\s*$|\s*[,;]|\s+(?:to|so|and|for|on|with|in)\b)"
)
_AND_LOG_IN = re.compile(
    r"^(?P<who>(?:the\s+|our\s+|all\s+)?(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?P<first>.+?),?\s+"
    r"and\s+(?P<act>(?:can\s+)?log\s+in\b.*)$"
)


def logs_in(sentence: str) -> str:
    """``drivers need a login to see their jobs``: *drivers log in to see their jobs*, people
    who use the app (the readers would take *a login* for a field); ``drivers have a name and
    log in to see ...``: two clauses, the name theirs and the logging in an act."""

    def plain(clause: str) -> list[str]:
        clause = _GIVEN_A_LOGIN.sub("log in", clause)
        match = _AND_LOG_IN.match(clause)
        if match is None or not is_plural(match.group("who").split()[-1]):
            return [clause]
        who = match.group("who")
        return [f"{who} {match.group('first')}", f"{who} {match.group('act')}"]

    return per_clause(sentence, plain)


_PEOPLE_WHO_DO = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:who|that)\s+"
    r"(?P<relative>(?:(?!\b(?:are|is|get|gets)\b)[^,;])+?)\s+"
    r"(?P<rest>(?:are|get)\s+(?P<done>[a-z]+)\b.*)$"
)


def people_who_do(sentence: str) -> str:
    """``the crew members who put them up are assigned to bookings``: *the crew members are
    assigned to bookings*; the relative says what they do, the rest how they are linked."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_WHO_DO.match(clause)
        if (
            match is None
            or not is_plural(match.group("who").split()[-1])
            or not is_past_participle(match.group("done"))
        ):
            return [clause]
        return [f"{match.group('who')} {match.group('rest')}"]

    return per_clause(sentence, plain)
