"""What the rules produce is repaired, never trusted: a part ``load_spec`` rejects is dropped and
the rest is checked again."""

from __future__ import annotations

import copy
import re
from typing import Any

from appwright.spec import SpecIssue, SpecValidationError, load_spec
from appwright.spec.models import AppSpec

MAX_REPAIRS = 8
"""Rounds of dropping rejected parts before the designer gives up on a spec."""


def valid_spec(data: dict[str, Any]) -> AppSpec:
    """``load_spec(data)``, dropping each rejected part until what is left is accepted."""
    data = copy.deepcopy(data)
    last_error: SpecValidationError | None = None
    for _ in range(MAX_REPAIRS):
        try:
            return load_spec(data)
        except SpecValidationError as error:
            last_error = error
            if not _drop_rejected(data, error.issues):
                break
    assert last_error is not None
    raise last_error


_PART = re.compile(
    r"^(?:(?P<page>pages\[\d+\])|(?P<report>reports\[\d+\])|(?P<automation>automations\[\d+\])"
    r"|(?P<transition>state_flows\[\d+\]\.transitions\[\d+\])|(?P<flow>state_flows\[\d+\])"
    r"|(?P<relationship>relationships\[\d+\])|(?P<rule>permissions\.rules\[\d+\])"
    r"|(?P<field>entities\[\d+\]\.fields\[\d+\])|(?P<entity>entities\[\d+\]))"
)


def _drop_rejected(data: dict[str, Any], issues: list[SpecIssue]) -> bool:
    """Remove the smallest part each issue points into; False when none can be removed."""
    doomed: set[tuple[Any, ...]] = set()
    for issue in issues:
        match = _PART.match(issue.path)
        if match is None:
            continue
        indices = tuple(int(n) for n in re.findall(r"\[(\d+)\]", match.group(0)))
        kind = match.lastgroup or ""
        doomed.add((kind, *indices))
    if not doomed:
        return False
    for part in sorted(doomed, key=lambda p: tuple(p[1:]), reverse=True):
        kind, *at = part
        try:
            if kind == "transition":
                del data["state_flows"][at[0]]["transitions"][at[1]]
                if not data["state_flows"][at[0]]["transitions"]:
                    del data["state_flows"][at[0]]
            elif kind == "field":
                del data["entities"][at[0]]["fields"][at[1]]
            elif kind == "rule":
                del data["permissions"]["rules"][at[0]]
            else:
                section = {
                    "page": "pages", "report": "reports", "automation": "automations",
                    "flow": "state_flows", "relationship": "relationships", "entity": "entities",
                }[kind]  # fmt: skip
                del data[section][at[0]]
        except (IndexError, KeyError):
            continue
    return True
