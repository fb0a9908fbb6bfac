"""A small logistic regression read from a JSON file shipped with the designer.

The file holds the weights of named features, a bias, the threshold a probability must reach,
whether the step that uses it is on, and at most how many candidates it may take per
description. Training is a script's job (``scripts/train_learned_records.py``); reading and
scoring are plain Python, so the designer needs no numeric library.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path


class LearnedModelError(RuntimeError):
    """The weights file is missing or is not a model this designer can read."""


@dataclass(frozen=True)
class LogisticModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    enabled: bool = True
    most: int | None = None
    """At most this many candidates per description (None: no limit)."""

    def probability(self, features: dict[str, float]) -> float:
        total = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def load_model(path: Path, expected_format: str) -> LogisticModel:
    """The model in ``path``, or a clear error saying what is wrong with the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LearnedModelError(f"cannot read the weights {path}: {error}") from error
    except ValueError as error:
        raise LearnedModelError(f"{path} is not JSON: {error}") from error
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise LearnedModelError(f"{path} is not a model of format {expected_format!r}")
    weights = data.get("weights")
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and _is_number(v) for k, v in weights.items()
    ):
        raise LearnedModelError(f"{path}: 'weights' must map feature names to numbers")
    for key in ("bias", "threshold"):
        if not _is_number(data.get(key)):
            raise LearnedModelError(f"{path}: {key!r} must be a number")
    if not isinstance(data.get("enabled"), bool):
        raise LearnedModelError(f"{path}: 'enabled' must be true or false")
    most = data.get("most")
    if most is not None and (not isinstance(most, int) or isinstance(most, bool) or most < 1):
        raise LearnedModelError(f"{path}: 'most' must be a whole number of at least 1, or null")
    return LogisticModel(
        weights={k: float(v) for k, v in weights.items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        enabled=data["enabled"],
        most=most,
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
