"""How far the offline designer's score moves when a description is reworded, meaning kept.

Issue 3 asks the designer to generalize to descriptions it has not seen, and new writers are
the honest measure of that (``first_runs.yaml``). This is a cheaper, narrower one: each
rewording below is one habit owners vary on without changing what they say (*each* or
*every*, *we* or *I*, *we note* or *we log*, a contraction, a greeting before the
description, *belongs to a* or *belongs to one*). For every held-out and dev description a
rewording changes, both texts are designed and scored against the same gold answer. A
designer that reads the way people write should score the same; a rule that knows one
wording and not its twin shows up as a drop.

    .venv/bin/python benchmarks/perturbed.py            # prints the table
    .venv/bin/python benchmarks/perturbed.py --write    # and refreshes docs/benchmarks.md
    .venv/bin/python benchmarks/perturbed.py --kind "we" --worse   # one rewording, and what it reads worse
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from designer import DOC, ROOT, gold_files, load_scorer
from report_section import write_measured_section

from appwright.design.offline import design_app

MARKERS = ("<!-- benchmark:perturbed:start -->", "<!-- benchmark:perturbed:end -->")
COMMAND = ".venv/bin/python benchmarks/perturbed.py --write"
WORSE = 0.05
"""A description counts as read worse when its overall score drops by more than this."""


def _swap(pairs: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A replacement for a matched word, keeping its first letter's case."""

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        new = pairs[word.lower()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return replace


_EACH_EVERY = re.compile(
    r"\b(?:each|every)\b(?=\s+[a-z])"
    # only where both are English: *every* stands before its noun, never alone (*drivers each
    # get ...*, *..., each with a name*, *each of our fields*), and *every so often*, *every
    # other week*, *each other* are other words
    r"(?!\s+(?:so|other|now|once|with|of|in|at|for|on|to|and|or|have|has|had|get|gets|got|is|"
    r"are|was|were|need|needs|do|does|did|take|takes|can|will|must|should|may|come|comes|"
    r"go|goes|pay|pays|cost|costs|hold|holds|keep|keeps|own|owns|belong|belongs|given)\b)",
    re.IGNORECASE,
)
_WE_I = re.compile(r"\b(?:we|our|us|ours)\b(?!')", re.IGNORECASE)
_KEEP_VERB = re.compile(r"\b(?<=we )(?:record|note|log)\b")
_CONTRACTED = re.compile(r"\b(?:it is|we are|they are|do not|does not|there is)\b")
_ONE = re.compile(r"\b(belongs to|is for|is linked to|is done by) a\b")


def each_every(text: str) -> str:
    """*each order has ...* ↔ *every order has ...*, where *each* stands before its noun (not
    *drivers each get ...*, *each with*, *every so often*, *every other*)."""
    return _EACH_EVERY.sub(_swap({"each": "every", "every": "each"}), text)


def we_i(text: str) -> str:
    """*we keep our customers* → *I keep my customers*."""
    said = _WE_I.sub(_swap({"we": "i", "our": "my", "us": "me", "ours": "mine"}), text)
    return re.sub(r"\bi\b", "I", said)


def keep_verbs(text: str) -> str:
    """*we record* → *we note* → *we log* → *we record*: three verbs for keeping a thing."""
    return _KEEP_VERB.sub(_swap({"record": "note", "note": "log", "log": "record"}), text)


def contractions(text: str) -> str:
    """*it is* → *it's*, *do not* → *don't*: how people type."""
    short = {
        "it is": "it's",
        "we are": "we're",
        "they are": "they're",
        "do not": "don't",
        "does not": "doesn't",
        "there is": "there's",
    }
    return _CONTRACTED.sub(lambda match: short[match.group(0)], text)


def greeting(text: str) -> str:
    """A greeting before the description, which says nothing about the app."""
    return "Hi there. " + text


def belongs_to_one(text: str) -> str:
    """*belongs to a customer* → *belongs to one customer*."""
    return _ONE.sub(r"\1 one", text)


# An act that makes a record, told as a condition before the clause that keeps it: *when a
# member borrows a tool we record a loan ...*. Only where the sentence opens with it and the
# one who acts is said plainly (*a*, *someone*, *one of our*, *we*, *I*), so *when it comes to
# ...* and *when the season ends* are left as they are.
_ACT_OPENER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(When|Whenever|Each time|Every time)"
    r"(?=\s+(?:a|an|someone|somebody|anyone|one|we|I)\s)"
)
_ACT_THEN_KEPT = re.compile(
    # *When a member borrows a tool(,) we record the date and who took it.*: the condition has
    # no comma, clause or *we* of its own, the kept clause one verb of keeping and its list
    r"(?:^|(?<=[.!?]\s)|(?<=\n))When\s+(?P<act>(?:a|an|someone|somebody|one of our)\s"
    r"[^,;:.!?()]*?),?\s+(?P<who>we|I)\s+(?P<kept>(?:record|log|note|write down|jot down|take)"
    r"\s[^;:.!?()]*?)\.(?=\s|$)"
)
_KEEP_TRACK = re.compile(
    r"\b(?P<wish>(?:need|needs|want|wants|have|has)\s+to|would like to|'d like to)\s+"
    r"(?P<said>keep track of|track)\b(?!:)(?=\s+[a-z])"
)


def acts_when_each_time(text: str) -> str:
    """*When a member borrows a tool we record ...* ↔ *Each time a member borrows a tool we
    record ...*; *Whenever* and *Every time* become *When*: one act, told as often as it
    happens."""

    def reword(match: re.Match[str]) -> str:
        return "Each time" if match.group(1) == "When" else "When"

    return _ACT_OPENER.sub(reword, text)


def acts_kept_when(text: str) -> str:
    """*When a member borrows a tool we record the date and who took it.* → *We record the
    date and who took it when a member borrows a tool.*: the act after what is kept of it.
    Only a sentence of one act and one clause of keeping (no *and* joining another clause)."""

    def reword(match: re.Match[str]) -> str:
        kept = match.group("kept")
        # a second clause (*..., and open a job*, *..., and the fault moves ...*), a pronoun
        # that would speak of the act before it is told, or a condition of its own: left as is
        if re.search(
            r",\s*and\b|\b(?:when|if|once|until|which|who|whose|plus|"
            r"it|its|they|their|them|he|she|his|her)\b",
            kept,
        ):
            return match.group(0)
        who = "We" if match.group("who") == "we" else "I"
        return f"{who} {kept} when {match.group('act')}."

    return _ACT_THEN_KEPT.sub(reword, text)


def acts_keep_track(text: str) -> str:
    """*I need to keep track of my tools* ↔ *I need to track my tools*: what an owner wants
    the app to hold, said two ways."""

    def reword(match: re.Match[str]) -> str:
        said = "track" if match.group("said") == "keep track of" else "keep track of"
        return f"{match.group('wish')} {said}"

    return _KEEP_TRACK.sub(reword, text)


_ACT_THEN_RECORD = re.compile(
    # *Each time I do a house I log a visit with the date, ...*: one who acts and keeps, the
    # record kept named, and its *with* list
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:When|Whenever|Each time|Every time)\s+"
    r"(?P<act>(?:we|I|a|an|someone|somebody|one of our)\s+[^,;:.!?()]+?),?\s+(?P<who>we|I)\s+"
    r"(?P<kept>(?:log|record|note|open|raise|write up)\s+(?:a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+with\s+(?P<listed>[^;:.!?()]+?)\.(?=\s|$)"
)


def acts_record_each_time(text: str) -> str:
    """*Each time I do a house I log a visit with the date and the price.* → *I log a visit
    each time I do a house, with the date and the price.*: the act after the record it makes,
    its list last."""

    def reword(match: re.Match[str]) -> str:
        listed = match.group("listed")
        if re.search(
            r",\s*and\b|\b(?:when|if|once|until|which|who|it|its|they|their|plus)\b", listed
        ):
            return match.group(0)
        who = "We" if match.group("who") == "we" else "I"
        act = match.group("act")
        return f"{who} {match.group('kept')} each time {act}, with {listed}."

    return _ACT_THEN_RECORD.sub(reword, text)


_WHEN_ONE_ACTS_WE_KEEP = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))When(?P<act>\s+(?:a|an|someone|somebody|one of our)\s+"
    r"[^,;:.!?()]+?),?(?=\s+(?:we|I)\s+(?:record|log|note|write down|jot down|take|open|raise)\s)"
)


def acts_when_if(text: str) -> str:
    """*When a member borrows a tool we record a loan ...* → *If a member borrows a tool, we
    record a loan ...*: an act that makes a record, said as a condition. Only where one acts,
    said plainly, and what follows is us keeping something."""
    return _WHEN_ONE_ACTS_WE_KEEP.sub(lambda match: f"If{match.group('act')},", text)


_KEEP_TRACK_OF = re.compile(
    r"\b(?P<wish>(?:need|needs|want|wants|have|has)\s+to|would like to|'d like to)\s+"
    r"keep track of(?=\s+(?:my|our|the|its|their|all)\s+[a-z]+s\b)"
)


def acts_keep_a_list(text: str) -> str:
    """*I want to keep track of my gigs* → *I want to keep a list of my gigs*: the things an
    owner keeps, said as a list of them (only before a plural the owner has)."""
    return _KEEP_TRACK_OF.sub(lambda match: f"{match.group('wish')} keep a list of", text)


_WE_WANT_TO_TRACK = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:We|I)\s+|(?<=\sand\s))(?:need|want)\s+to\s+"
    r"(?:keep\s+track\s+of|track)\s+"
    r"(?=(?:our|my)\s+[a-z][\w\-]*s\b)"
)


def acts_the_app_holds(text: str) -> str:
    """*We need to track our kayaks, each with ...* → *The app should hold our kayaks, each
    with ...*, *... and need to track our jobs* → *... and the app should hold our jobs*: the
    things kept, said of the app (only where the wish names the owner's plural)."""
    return _WE_WANT_TO_TRACK.sub(
        lambda match: ("The" if match.group(0)[0].isupper() else "the") + " app should hold ", text
    )


REWORDINGS: dict[str, Callable[[str], str]] = {
    "each ↔ every": each_every,
    "we → I": we_i,
    "record → note → log": keep_verbs,
    "contractions": contractions,
    "a greeting first": greeting,
    "belongs to a → one": belongs_to_one,
    "acts: when ↔ each time": acts_when_each_time,
    "acts: when X we record Y → we record Y when X": acts_kept_when,
    "acts: keep track of ↔ track": acts_keep_track,
    "acts: when we X we log a Y with → we log a Y each time we X, with": acts_record_each_time,
    "acts: when X, we record → if X, we record": acts_when_if,
    "acts: keep track of my Xs → keep a list of my Xs": acts_keep_a_list,
    "acts: we need to track our Xs → the app should hold our Xs": acts_the_app_holds,
}


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
