"""Where a person is in the wizard: the design so far, the step shown, each step's description.

The state travels with the form (hidden inputs), so the server keeps nothing between requests
and a failed request never loses what was typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from appwright.design.steps import STEP_IDS

SPEC_INPUT = "spec_json"
STEP_INPUT = "step"
SESSION_INPUT = "session_id"
ACTION_INPUT = "_action"
DESCRIPTION_PREFIX = "describe."


class WizardStateError(ValueError):
    """The posted state is not one the wizard made (a tampered or truncated form)."""


@dataclass
class WizardState:
    step_id: str = STEP_IDS[0]
    spec: dict[str, Any] | None = None
    """The design so far, as the wizard last showed it (this step's form included)."""
    session_id: str | None = None
    """The session the wizard continues; a new one is started when it is None."""
    descriptions: dict[str, str] = field(default_factory=dict)

    @property
    def spec_json(self) -> str:
        return json.dumps(self.spec, separators=(",", ":")) if self.spec is not None else ""

    @property
    def step_number(self) -> int:
        return STEP_IDS.index(self.step_id) + 1

    @property
    def previous_step(self) -> str | None:
        index = STEP_IDS.index(self.step_id)
        return STEP_IDS[index - 1] if index > 0 else None

    @property
    def next_step(self) -> str | None:
        index = STEP_IDS.index(self.step_id)
        return STEP_IDS[index + 1] if index + 1 < len(STEP_IDS) else None

    def description(self, step_id: str) -> str:
        return self.descriptions.get(step_id, "")


def state_from_post(data: Mapping[str, Sequence[str]]) -> WizardState:
    """The state the posted form carries (WizardStateError when it is not one we made)."""
    step_id = _first(data, STEP_INPUT) or STEP_IDS[0]
    if step_id not in STEP_IDS:
        raise WizardStateError(f"unknown step {step_id!r}; valid steps: {', '.join(STEP_IDS)}")
    spec: dict[str, Any] | None = None
    raw = _first(data, SPEC_INPUT)
    if raw:
        try:
            loaded = json.loads(raw)
        except ValueError as error:
            raise WizardStateError(f"the design so far is not JSON: {error}") from None
        if not isinstance(loaded, dict):
            raise WizardStateError("the design so far is not a JSON object")
        spec = loaded
    descriptions = {
        step: text for step in STEP_IDS if (text := _first(data, DESCRIPTION_PREFIX + step).strip())
    }
    return WizardState(step_id, spec, _first(data, SESSION_INPUT) or None, descriptions)


def parse_action(action: str) -> tuple[str, str]:
    """``"add:entities[0].fields"`` → ``("add", "entities[0].fields")``; ``"create"`` → ``("create", "")``."""
    verb, _, argument = action.partition(":")
    return verb, argument


def _first(data: Mapping[str, Sequence[str]], name: str) -> str:
    values = data.get(name)
    return values[0] if values else ""
