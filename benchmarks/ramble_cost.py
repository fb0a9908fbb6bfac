"""What ``ramble.said_plainly`` costs the offline designer: its time per description against the
whole ``design_app``'s, in the same run, over the held-out and rambling descriptions.

    .venv/bin/python benchmarks/ramble_cost.py [--rounds 3]

``design_app`` runs with its caches warm (each description designed once before timing, as a
conversation that designs the same text again would); ``said_plainly`` runs on the lower-case
text ``normalize_text`` hands it. Medians per description, and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from designer import SETS

from appwright.design.offline import design_app
from appwright.design.offline.ramble import said_plainly


def _texts() -> list[str]:
    paths: list[Path] = []
    for name in ("heldout", "rambling"):
        paths += sorted(SETS[name].glob("*.yaml"))
    return [str(yaml.safe_load(p.read_text(encoding="utf-8"))["description"]) for p in paths]


def _median_seconds(run: Callable[[str], object], texts: list[str], rounds: int) -> float:
    times: list[float] = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            run(text)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=int, default=5, help="time every Nth description")
    args = parser.parse_args()
    texts = _texts()[:: args.every]
    for text in texts:
        design_app(text)  # warm the caches and the parser
    lowered = [text.lower() for text in texts]
    ramble = _median_seconds(said_plainly, lowered, args.rounds)
    designer = _median_seconds(design_app, texts, args.rounds)
    print(
        f"{len(texts)} descriptions, {args.rounds} rounds: said_plainly {ramble * 1e6:.0f} µs, "
        f"design_app {designer * 1e3:.1f} ms per description (median); "
        f"said_plainly is {ramble / designer:.2%} of the designer's time"
    )


if __name__ == "__main__":
    main()
