"""What a description is about, and the words that name no record in it.

*a habit tracker* names the app (``APP_WORDS``), *Reports: average score per course* a part
other steps read (``SECTION_WORDS``), *the total per region* a figure asked for
(``REPORTISH``), *we need to know the ...* what is wanted (``WE_NEED``); *keep track of my
book collection* is about the books (``TOPIC``, ``topic_phrase``).
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.field_items import is_noun_phrase
from appwright.design.offline.list_hosts import last_noun_phrase
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.word_classes import DETERMINERS, word_set, words
from appwright.design.offline.word_forms import can_be_adjective, can_be_noun, is_plural

APP_WORDS = word_set(
    "app application system tracker tracking manager management tool platform portal software "
    "crm planner planning scheduler scheduling ordering booking widget dashboard website "
    "helpdesk gradebook solution"
)
"""Words that name the app being asked for, not a record in it (*a habit tracker*)."""


SECTION_WORDS = word_set(
    "report reports chart charts dashboard dashboards role roles permission permissions user "
    "users access flow workflow lifecycle states automation automations alert alerts "
    "notification notifications page pages layout view views screen screens rule rules"
)
"""Headers of parts other steps read (``Report: average score per course``)."""


TOPIC = re.compile(
    r"\b(?<!losing )(?<!lose )(?<!lost )(?<!loses )(?:keep track of|track|"
    r"(?<!\ba )(?<!\bthe )(?<!\bits )tracking|manage|managing|organi[sz]e|log|"
    r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\bour )"
    r"catalog(?:ue)?(?!\s+(?:numbers?|no|codes?|ref|entry|price)\b)|"
    r"keep a list of|a list of|list of)\s+(?:all\s+)?(?:of\s+)?(?:(?:my|our|the|their|your)\b)?\s*"
    r"(?P<np>[a-z][\w\- ]*)"
)


_ONE_WE_PUT_ON = re.compile(
    r"(?:manage|managing|organi[sz]e)\s+(?:a|an)\s+(?!(?:[a-z][\w\-]*\s+){1,3}of\b)"
)
"""``organise a spelling bee``: one event or body, the business itself, not the records it
keeps (``organise a collection of stamps`` is about the stamps)."""


WE_NEED = re.compile(
    r"^(?:i|we|you)\s+(?:also\s+)?(?:need|want|would like)\s+"
    r"(?:to\s+(?:know|track|record|store|keep|see|note)\s+)?(?=(?:the|a|an|their|its)\s)"
)


REPORTISH = re.compile(r"\b(?:average|total|number of|count|how many|how much|per|report|chart)\b")


def topic_phrase(text: str) -> str | None:
    """The thing a title or first sentence is about: *track my book collection* → book
    collection; *A habit tracker* → habit; *HR leave requests* → leave requests."""
    plain = outside_brackets(text)
    match = TOPIC.search(plain)
    if match and _ONE_WE_PUT_ON.match(match.group(0)):
        match = None  # "we organise a spelling bee for schools": the app's own business
    if match:
        phrase = leading_noun_phrase(words(match.group("np")))
        if phrase:
            return phrase
    tokens = words(plain)
    for index, word in enumerate(tokens):
        if word in APP_WORDS and index and tokens[index - 1] not in DETERMINERS:
            # "a customer makes a booking": the app word opens a noun phrase of its own
            before = [t for t in tokens[:index] if t not in DETERMINERS]
            named = last_noun_phrase(before).split()
            while len(named) > 1 and can_be_adjective(named[0]):
                named = named[1:]  # "personal expense tracker" is about expenses
            if named and not (len(named) == 1 and not can_be_noun(named[0])):
                return " ".join(named)
    if is_noun_phrase(plain) and tokens and is_plural(tokens[-1]):
        return last_noun_phrase(tokens)
    return None
