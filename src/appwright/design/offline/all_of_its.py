"""A record's own records told after its list, with the kinds they come in: *for each
property I want the address and postcode, and then all of its certificates, whether that's gas
safety, an EICR or an EPC, each with the date issued ...*. The things after *all of its* are
records of their own, each the first record's, and *whether that's ...* names their kinds."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural

_ALL_OF_ITS = re.compile(
    r"^(?P<head>(?:for\s+)?(?:each|every)\s+(?P<owner>[a-z][\w\-]*)\s+[^;]+?),?\s+and\s+"
    r"(?:then\s+)?(?:also\s+)?all\s+(?:of\s+)?(?:its|their)\s+(?P<many>[a-z][\w\-]*s),\s+"
    r"(?:whether\s+(?:that\s+is|it\s+is|they\s+are)\s+(?P<kinds>[^;]+?\s+or\s+[^,;]+),\s+)?"
    r"each\s+with\s+(?P<list>.+)$"
)
_ARTICLE = re.compile(r"\b(?:a|an|the)\s+")


def all_of_its(sentence: str) -> str:
    """``for each property I want the address, and then all of its certificates, whether that
    is gas safety or an EPC, each with the date issued``: *for each property I want the
    address; each property has several certificates with a type (gas safety or EPC), the date
    issued*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        many = match["many"]
        if not is_plural(many) or not can_be_noun(many) or many in FUNCTION_WORDS:
            return None
        kinds = f"a type ({_ARTICLE.sub('', match['kinds'])}), " if match["kinds"] else ""
        return [
            match["head"],
            f"each {match['owner']} has several {many} with {kinds}{match['list']}",
        ]

    return per_match(sentence, _ALL_OF_ITS, plain)
