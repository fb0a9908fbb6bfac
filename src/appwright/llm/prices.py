"""The price table (prices.json): what a call costs, by provider and model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from appwright.llm.base import Usage

TOKENS_PER_PRICE_UNIT = 1_000_000


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """US dollars per million input and output tokens."""

    input: float
    output: float


@dataclass(frozen=True, slots=True)
class Cost:
    usd: float
    priced: bool  # False: the model is not in the table, so ``usd`` is 0 without meaning free


class PriceTable:
    def __init__(self, prices: dict[str, dict[str, ModelPrice]], *, as_of: str = "") -> None:
        self._prices = prices
        self.as_of = as_of

    @classmethod
    def load(cls, path: Path | None = None) -> PriceTable:
        """The table shipped with appwright, or the one at ``path`` (same shape)."""
        if path is None:
            raw = files("appwright.llm").joinpath("prices.json").read_text(encoding="utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        document = json.loads(raw)
        prices = {
            provider: {
                model: ModelPrice(float(entry["input"]), float(entry["output"]))
                for model, entry in models.items()
            }
            for provider, models in document["providers"].items()
        }
        return cls(prices, as_of=str(document.get("as_of", "")))

    def price_for(self, provider: str, model: str) -> ModelPrice | None:
        """The price of the longest listed model name that ``model`` starts with, else "*"."""
        models = self._prices.get(provider, {})
        matches = [name for name in models if name != "*" and model.startswith(name)]
        if matches:
            return models[max(matches, key=len)]
        return models.get("*")

    def cost(self, provider: str, model: str, usage: Usage) -> Cost:
        price = self.price_for(provider, model)
        if price is None:
            return Cost(usd=0.0, priced=False)
        usd = (
            usage.input_tokens * price.input + usage.output_tokens * price.output
        ) / TOKENS_PER_PRICE_UNIT
        return Cost(usd=usd, priced=True)
