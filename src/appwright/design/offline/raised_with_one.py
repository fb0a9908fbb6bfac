"""A record raised with another party, then its list: *we raise a claim with the supplier
(supplier name only) with a claim reference, ...* is a claim against one supplier, with
that list; the first *with* names whom the record is with, the second its list."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records

_RAISED_WITH_ONE_WITH = re.compile(
    r"\b(?P<act>(?:raise|open|make|file|lodge|submit|log|put\s+in)s?)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+with\s+(?:the|a|an|that|their)\s+(?P<party>[a-z][\w\-]*)"
    r"(?:\s+\([^()]*\bonly\)|,)?\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""*(supplier name only)*: all that is kept of the party, a name."""


def raised_with_one_with(sentence: str) -> str:
    """``we raise a claim with the supplier (supplier name only) with a claim reference,
    ...``: *we raise a claim with a claim reference, ...; each claim is against one
    supplier*."""
    match = _RAISED_WITH_ONE_WITH.search(sentence)
    if match is None or not can_name_records(match["record"], match["party"]):
        return sentence
    record = match["record"]
    return (
        f"{sentence[: match.start()]}{match['act']} a {record} with {sentence[match.end() :]}"
        f"; each {record} is against one {match['party']}"
    )
