"""Options: how a field's listed values and its kind are said (a bracket, *of*, *that can be*,
*whether*, *when it happened*)."""

from __future__ import annotations

import re
from collections.abc import Callable

_OPTION = r"[A-Za-z0-9][\w'/-]*(?: [A-Za-z0-9][\w'/-]*){0,3}"
_OPTION_WORDS = re.compile(
    r"\b(?:we|i|you|they|etc|e\.g|eg|say|like|maybe|usually|mostly|sometimes|mainly|only|"
    r"then|and|or|either|whatever|anything|other than|goes|moves|becomes)\b",
    re.IGNORECASE,
)
_BRACKETED_OPTIONS = re.compile(
    r"\b(?P<kind>(?P<det>an?|the|its|their) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*) "
    rf"\((?P<options>(?:{_OPTION}, )*{_OPTION},? or {_OPTION})\)"
    # only where the bracket closes the item: the list goes on after a comma, *and*, *plus*
    r"(?=[,.;]|$| and | plus )"
)


def _options_said(text: str, say: Callable[[re.Match[str]], str | None]) -> str:
    """Each bracket of a choice's values said as *say* says it (left alone where it is None)."""

    def replace(match: re.Match[str]) -> str:
        options = match.group("options")
        before_or = options.rsplit(" or ", 1)[0]
        if _OPTION_WORDS.search(before_or.replace(",", " ")) or _OPTION_WORDS.search(
            options.rsplit(" or ", 1)[1]
        ):
            return match.group(0)
        return say(match) or match.group(0)

    return _BRACKETED_OPTIONS.sub(replace, text)


# *of* names a choice's value only after a word for a quality (*a priority of red, amber or
# green*); after a word for a thing or a sort it names what the thing holds or is (*a glass of
# coupe ...*, *a species of oyster ...*, *a type of photo ...*), so only these take it.
_QUALITY_WORDS = frozenset(
    [
        "priority",
        "severity",
        "result",
        "outcome",
        "condition",
        "status",
        "level",
        "grade",
        "size",
        "rating",
        "colour",
        "finish",
        "frequency",
        "tier",
        "band",
        "rank",
        "stage",
        "urgency",
        "difficulty",
    ]
)


def options_of(text: str) -> str:
    """*a size (small, medium or large)* → *a size of small, medium or large*, after *a* or
    *an* and a word for a quality (not *a glass (coupe, ...)*: a glass of coupe is a drink)."""

    def say(match: re.Match[str]) -> str | None:
        kind = match.group("kind")
        if match.group("det").lower() not in {"a", "an"} or kind.split()[-1] not in _QUALITY_WORDS:
            return None
        return f"{kind} of {match.group('options')}"

    return _options_said(text, say)


def options_that_can_be(text: str) -> str:
    """*a size (small, medium or large)* → *a size that can be small, medium or large*."""
    return _options_said(
        text, lambda match: f"{match.group('kind')} that can be {match.group('options')}"
    )


_YES_NO_FOR_WHETHER = re.compile(
    # only as an item of a list (after a comma, *and* or *plus*): *needs whether ...* is no
    # English
    r"(?:(?<=, )|(?<=and )|(?<=plus ))(?:an?|the) "
    r"(?:yes/no|yes or no|flag|tick ?box|checkbox)(?: flag)? for "
    r"(?=whether\b)",
    re.IGNORECASE,
)


def options_whether(text: str) -> str:
    """*a yes/no for whether it is vegan* → *whether it is vegan* (and *a flag for*, *a tick
    box for* before *whether*): the same yes/no, said by the question alone."""
    return _YES_NO_FOR_WHETHER.sub("", text)


_THE_DATE_IT_HAPPENED = re.compile(
    # only as an item of a list or what is noted: *a case with when it was opened* is no English
    r"(?:(?<=, )|(?<=and )|(?<=plus )|(?<=note )|(?<=notes )|(?<=record )|(?<=records )"
    r"|(?<=log )|(?<=logs )|(?<=down ))the date (?=(?:it|it's|they|they're|we|we're|he|she|I) [a-z])"
)


def options_when(text: str) -> str:
    """*the date it was drilled* → *when it was drilled*, *the date they joined* → *when they
    joined*: the date a thing happened, said by *when*."""
    return _THE_DATE_IT_HAPPENED.sub("when ", text)
