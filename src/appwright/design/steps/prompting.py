"""The messages a step sends: its prompt file, the person's words, the spec so far, and repairs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any

from appwright.llm import Message
from appwright.llm.parsing import MAX_REPORTED_ERRORS

NO_SPEC_YET = "(none yet: this is the first step)"


@cache
def prompt_text(name: str) -> str:
    """The text of ``design/prompts/<name>.txt``."""
    resource = files("appwright.design").joinpath("prompts", f"{name}.txt")
    return resource.read_text(encoding="utf-8").strip()


def step_messages(step_id: str, text: str, spec_data: dict[str, Any] | None) -> list[Message]:
    """The system prompt of ``step_id`` and one user message with the description and spec.

    Pages are left out of the spec shown to the steps before the pages step: they are the
    largest part of a spec and say nothing about data, links, flows, roles or reports.
    """
    if spec_data is None:
        shown = NO_SPEC_YET
    else:
        context = (
            spec_data
            if step_id == "pages"
            else {key: value for key, value in spec_data.items() if key != "pages"}
        )
        shown = json.dumps(context, separators=(",", ":"), ensure_ascii=False)
    request = Template(prompt_text("step_request")).substitute(text=text.strip(), spec=shown)
    return [Message("system", prompt_text(step_id)), Message("user", request)]


def spec_repair_message(problems: Sequence[str]) -> str:
    """The user message sent back when a merged answer fails validation."""
    shown = list(problems[:MAX_REPORTED_ERRORS])
    if len(problems) > MAX_REPORTED_ERRORS:
        shown.append(f"... and {len(problems) - MAX_REPORTED_ERRORS} more problem(s)")
    listed = "\n".join(f"- {problem}" for problem in shown)
    return Template(prompt_text("spec_repair")).substitute(problems=listed)
