"""How far the offline designer's score moves when a description is reworded, meaning kept.

Issue 3 asks the designer to generalize to descriptions it has not seen, and new writers are
the honest measure of that (``first_runs.yaml``). This is a cheaper, narrower one: each
rewording (``rewordings/``, a module per family) is one habit or one family of wording owners
vary on without changing what they say (*each* or *every*, *we* or *I*, a field list said with
*has* or *for each X we keep*, a flow told *goes from A to B* or *starts as A, then becomes
B*, prose or an opening and bullets, ...). For every held-out and dev description a rewording
changes, both texts are designed and scored against the same gold answer. A designer that
reads the way people write should score the same; a rule that knows one wording and not its
twin shows up as a drop.

    .venv/bin/python benchmarks/perturbed.py            # prints the table
    .venv/bin/python benchmarks/perturbed.py --write    # and refreshes docs/benchmarks.md
    .venv/bin/python benchmarks/perturbed.py --kind fields --worse   # one family, and what it reads worse
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from designer import DOC, ROOT, gold_files, load_scorer
from report_section import write_measured_section
from rewordings import REWORDINGS

from appwright.design.offline import design_app

MARKERS = ("<!-- benchmark:perturbed:start -->", "<!-- benchmark:perturbed:end -->")
COMMAND = ".venv/bin/python benchmarks/perturbed.py --write"
WORSE = 0.05
"""A description counts as read worse when its overall score drops by more than this."""


@dataclass
class Measured:
    """One rewording over the descriptions it changes."""

    changed: int = 0
    before: float = 0.0
    after: float = 0.0
    worse: int = 0
    read_worse: list[tuple[str, float, float]] = field(default_factory=list)
    """Each description read worse: its file name, and its score before and after."""


def measure(
    paths: list[Path], kinds: dict[str, Callable[[str], str]] | None = None
) -> dict[str, Measured]:
    """Each rewording's mean overall score before and after, over the descriptions it changes."""
    scorer = load_scorer()
    golds = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in paths]
    originals: dict[int, float] = {}
    results: dict[str, Measured] = {}
    for name, reword in (kinds or REWORDINGS).items():
        measured = results[name] = Measured()
        for index, gold in enumerate(golds):
            said = gold["description"]
            reworded = reword(said)
            if reworded == said:
                continue
            if index not in originals:
                originals[index] = scorer(gold, design_app(said).spec.to_json_dict())["overall"]
            after = scorer(gold, design_app(reworded).spec.to_json_dict())["overall"]
            measured.changed += 1
            measured.before += originals[index]
            measured.after += after
            if after < originals[index] - WORSE:
                measured.worse += 1
                measured.read_worse.append((paths[index].name, originals[index], after))
    return results


def markdown(results: dict[str, Measured], described: int) -> str:
    lines = [
        "Each rewording keeps what a description says; a designer that reads the way people"
        " write scores the same before and after. A drop is a reader that knows one wording"
        " and not its twin.",
        "",
        f"Over {described} descriptions (held-out and dev); *worse* counts those whose overall"
        f" score drops by more than {WORSE}.",
        "",
        "| rewording | descriptions changed | mean before | mean after | ÷ before | worse |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, row in results.items():
        if not row.changed:
            lines.append(f"| {name} | 0 | - | - | - | 0 |")
            continue
        before, after = row.before / row.changed, row.after / row.changed
        lines.append(
            f"| {name} | {row.changed} | {before:.3f} | {after:.3f} | {after / before:.3f}"
            f" | {row.worse} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    parser.add_argument(
        "--kind", help="measure only the rewordings whose name contains this (not with --write)"
    )
    parser.add_argument(
        "--worse", action="store_true", help="list each description a rewording reads worse"
    )
    args = parser.parse_args(argv)
    if args.write and args.kind:
        parser.error("--write refreshes the whole table; measure every rewording for it")
    kinds = {name: reword for name, reword in REWORDINGS.items() if (args.kind or "") in name}
    if not kinds:
        parser.error(f"no rewording is named like {args.kind!r}; they are: {', '.join(REWORDINGS)}")
    paths = gold_files("heldout") + gold_files("dev")
    results = measure(paths, kinds)
    table = markdown(results, len(paths))
    print(table)
    if args.worse:
        for name, row in results.items():
            for file_name, before, after in row.read_worse:
                print(f"{name}\t{file_name}\t{before:.3f} -> {after:.3f}")
    if args.write:
        write_measured_section(
            DOC, MARKERS, "Offline designer: the same description reworded", COMMAND, table
        )
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
