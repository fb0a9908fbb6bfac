"""Initialisms spelled out: *our resident assistants cover the halls. Each RA has a name*.

Owners name a kind of record in full once and then by its initials (*resident assistants ...
each RA*, *health care assistants ... the HCA on shift*, *purchase orders ... every PO*). Read
as written the two are two records, and the links told of one never reach the other. Where the
description spells the initials out as words, each letter opening one word, the initialism is
written as those words before any reader sees it. Only an initialism that names a thing of its
own is spelled out (*RAs*, *each RA has*): one that qualifies a noun after it (*a VAT number*)
is a field's name, kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.design.offline.parse import wordnet_nouns
from appwright.inflector import engine

_INITIALISM = re.compile(r"\b(?P<letters>[A-Z]{2,4})s?\b")
_WORD = re.compile(r"[A-Za-z]+")
_NOT_NAMING = frozenset(
    ["the", "and", "for", "our", "any", "per", "all", "who", "how", "its", "one", "are", "was",
     "has", "but", "not", "can", "may", "off", "out", "each", "every", "with", "from", "into",
     "their", "them", "they", "this", "that", "then", "when", "what", "which", "will", "would"]
)  # fmt: skip
"""Words that open no word of a name (*rota across*: no R-A)."""
_SAID_AS_WORDS = frozenset(["ID", "OK", "TV", "PC", "PIN", "URL"])
"""Initialisms everyone says as they are (*applied -> ID verified*, beside an *issue date*)."""


def spell_out_initialisms(text: str) -> str:
    """``Our resident assistants cover the halls. Each RA has a name; RAs log incidents``:
    *... each resident assistant has a name; resident assistants log incidents*."""
    spelled: dict[str, str] = {}
    for match in _INITIALISM.finditer(text):
        letters = match["letters"]
        if letters in spelled or letters in _SAID_AS_WORDS:
            continue
        if not _names_a_thing(text, letters):
            continue
        phrase = _spelled_in(text, letters)
        if phrase is not None:
            spelled[letters] = phrase
    for letters, phrase in spelled.items():
        text = re.sub(rf"\b{letters}(s?)\b", _written_as(phrase), text)
    return text


def _written_as(phrase: str) -> Callable[[re.Match[str]], str]:
    """The phrase for one initialism, plural where it was (*RAs*: *resident assistants*)."""
    *modifiers, head = phrase.split()
    many = " ".join([*modifiers, str(engine().plural_noun(head) or head + "s")])
    return lambda match: many if match[1] else phrase


def _names_a_thing(text: str, letters: str) -> bool:
    """Whether the initialism stands as a noun of its own somewhere: said as a plural
    (*RAs*), or followed by what is no noun (*each RA has*, *one RA.*), not *a VAT number*."""
    for match in re.finditer(rf"\b{letters}(?P<many>s?)\b(?:\s+(?P<next>[A-Za-z]+))?", text):
        if match["many"]:
            return True
        after = match["next"]
        if after is None or (after.islower() and after not in wordnet_nouns()):
            return True
    return False


def _spelled_in(text: str, letters: str) -> str | None:
    """The one phrase of the text whose words open with ``letters`` in turn (*resident
    assistants* for RA), singular, or None when there is none or more than one."""
    words = [m[0] for m in _WORD.finditer(text)]
    size = len(letters)
    found: set[str] = set()
    for start in range(len(words) - size + 1):
        run = words[start : start + size]
        if any(
            not word.islower() or len(word) < 3 or word in _NOT_NAMING or word[0] != letter.lower()
            for word, letter in zip(run, letters, strict=True)
        ):
            continue
        head = str(engine().singular_noun(run[-1]) or run[-1])
        if any(word not in wordnet_nouns() for word in [*run[:-1], head]):
            continue  # "how many files I got back": no GB, a name is nouns
        found.add(" ".join([*run[:-1], head]))
    return next(iter(found)) if len(found) == 1 else None
