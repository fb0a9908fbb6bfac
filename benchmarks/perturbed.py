"""How far the offline designer's score moves when a description is reworded, meaning kept.

Issue 3 asks the designer to generalize to descriptions it has not seen, and new writers are
the honest measure of that (``first_runs.yaml``). This is a cheaper, narrower one: each
rewording below is one habit owners vary on without changing what they say (*each* or
*every*, *we* or *I*, *we note* or *we log*, a contraction, a greeting before the
description, *belongs to a* or *belongs to one*, a status flow told *goes from A to B*,
*starts as A, then becomes B*, *goes A → B* or *is first A, then B*). For every held-out and
dev description a rewording changes, both texts are designed and scored against the same gold
answer. A designer that reads the way people write should score the same; a rule that knows
one wording and not its twin shows up as a drop.

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


# states: a record's status flow, said one way and then its twins. Each reads a flow told
# *X goes from A to B to C* (the shape owners use most) and says it another way, keeping the
# states, their order, a last choice (*accepted or declined*) and any side exit after the
# flow (*, or cancelled*) as written. Only a flow whose every state is a plain word or three
# (no article first, no pronoun, no verb of its own) is reworded: *goes from the depot to the
# customer*, *goes from room to room* and *to ready to collect* stay.
_FLOW_STOP = (
    "a|an|the|one|our|their|its|my|his|her|your|each|every|some|any|all|another|"
    "we|i|it|they|you|he|she|who|which|that|"
    "is|are|be|being|been|was|were|gets?|becomes?|ends?|finish(?:es)?|goes|go|moves?|can|may|"
    "will|must|should|has|have|up|"
    "and|or|then|finally|eventually|later|only|either|but|though|unless|until|when|if|once|"
    "after|before|to|from|into|through|as|ending"
)
_FLOW_WORD = rf"(?!(?:{_FLOW_STOP})\b)[a-z][a-z'\-]*"
_FLOW_INNER = rf"(?!(?:{_FLOW_STOP.replace('the|', '')})\b)[a-z][a-z'\-]*"
_FLOW_STATE = rf"{_FLOW_WORD}(?:\s+{_FLOW_INNER}){{0,3}}"
_FLOW_LAST = rf"(?:either\s+)?{_FLOW_STATE}(?:\s+or\s+{_FLOW_STATE})?"
_FLOW_STEP = (
    r"(?:\s+to\s+|,\s+(?:and\s+)?(?:(?:then|finally|eventually|at\s+last)\s+)?(?:(?:on\s+)?to\s+)?"
    r"|\s+(?:and\s+)?(?:then|finally|eventually|at\s+last)\s+(?:(?:on\s+)?to\s+)?|\s+and\s+)"
)
_GOES_FROM = re.compile(
    rf"\b(?P<verb>goes|go|moves|move|progresses|progress)\s+from\s+"
    rf"(?P<flow>{_FLOW_STATE}(?:{_FLOW_STEP}{_FLOW_STATE})*{_FLOW_STEP}{_FLOW_LAST})"
    # what follows ends the flow: the sentence's end, another clause or a side exit, never
    # one more step of it (*and only then to invoiced*) nor more words of its last state
    r"(?=\s*(?:[.;:!?\n]|$)|,?\s+(?:and|or|but)\s+(?!(?:then|finally|eventually|only|on|to|at)\b)"
    r"|,?\s+(?:though|although|unless|until|when|if|once|since|because|while|whereas|which"
    r"|so|as|with|for|by|before|after|during)\b)"
)
_FLOW_SPLIT = re.compile(_FLOW_STEP)
_ACT_TO = re.compile(
    r"\b(?:ready|passed|referred|handed|transferred|forwarded|escalated|returned)\s+to\b"
)
"""*to ready to collect*, *to passed to police*: one state told with *to*, or two; not certain."""
_MORE_STEPS = re.compile(r"[^.;:!?\n]*?\b(?:then|and)\s+(?:on\s+)?to\s")
"""*to entered once the fee is paid and then to sat*: the flow goes on after a condition."""


def _flow_states(match: re.Match[str]) -> list[str] | None:
    """The states of a *goes from* flow in order, or None where the flow is not certain: two
    states the same (*goes from room to room* is no flow), a state that is an act (*to ready
    to collect*), or a last choice after a bare comma (*to warning issued, prosecution or no
    further action* is one choice of three, not two steps)."""
    flow = match["flow"]
    said = _FLOW_SPLIT.split(flow)
    states = [state.strip() for state in said]
    steps = _FLOW_SPLIT.findall(flow)
    if len(set(states)) != len(states) or _ACT_TO.search(flow):
        return None
    if _MORE_STEPS.match(match.string, match.end()):
        return None
    if " or " in states[-1] and re.fullmatch(r",\s+", steps[-1]):
        return None
    return states


def _reword_flows(text: str, say: Callable[[list[str], bool], str]) -> str:
    def reword(match: re.Match[str]) -> str:
        states = _flow_states(match)
        if states is None:
            return match[0]
        return say(states, match["verb"] in ("goes", "moves", "progresses"))

    return _GOES_FROM.sub(reword, text)


def states_starts_as(text: str) -> str:
    """*an order goes from new to packed to shipped* → *an order starts as new, then becomes
    packed, then shipped*."""

    def say(states: list[str], one: bool) -> str:
        starts, becomes = ("starts", "becomes") if one else ("start", "become")
        if len(states) == 2:
            return f"{starts} as {states[0]} and then {becomes} {states[1]}"
        middle = ", then ".join(states[2:])
        return f"{starts} as {states[0]}, then {becomes} {states[1]}, then {middle}"

    return _reword_flows(text, say)


def states_arrows(text: str) -> str:
    """*an order goes from new to packed to shipped* → *an order goes new → packed →
    shipped*."""
    return _reword_flows(text, lambda states, one: ("goes " if one else "go ") + " → ".join(states))


def states_first_then(text: str) -> str:
    """*an order goes from new to packed to shipped* → *an order is first new, then packed,
    and finally shipped*."""

    def say(states: list[str], one: bool) -> str:
        first = f"{'is' if one else 'are'} first {states[0]}"
        if len(states) == 2:
            return f"{first} and then {states[1]}"
        return f"{first}, then {', then '.join(states[1:-1])}, and finally {states[-1]}"

    return _reword_flows(text, say)


_SIDE_EXIT = re.compile(
    r",\s+or\s+(?:(?:it|they)\s+)?(?:(?:gets?|is|are|can\s+be)\s+)?"
    r"(?P<end>cancelled|withdrawn|abandoned)(?=\s*(?:[.;]|$))"
)
"""*..., or cancelled.*, *..., or it gets withdrawn.*: an end that stops the record early
wherever it stands (not *declined* or *failed*, which may be one of two last states)."""


def states_side_exit(text: str) -> str:
    """*an order goes from new to packed to shipped, or cancelled* → *an order goes from new to
    packed to shipped, and it can be cancelled at any point*: one end reached from every
    state, said after the flow."""

    def reword(match: re.Match[str]) -> str:
        exit_said = _SIDE_EXIT.match(match.string, match.end())
        if _flow_states(match) is None or exit_said is None:
            return match[0]
        who = "it" if match["verb"] in ("goes", "moves", "progresses") else "they"
        return f"{match[0]}, and {who} can be {exit_said['end']} at any point"

    said = text
    for match in reversed(list(_GOES_FROM.finditer(text))):
        exit_said = _SIDE_EXIT.match(text, match.end())
        if exit_said is not None:
            said = said[: match.start()] + reword(match) + said[exit_said.end() :]
    return said


REWORDINGS: dict[str, Callable[[str], str]] = {
    "each ↔ every": each_every,
    "we → I": we_i,
    "record → note → log": keep_verbs,
    "contractions": contractions,
    "a greeting first": greeting,
    "belongs to a → one": belongs_to_one,
    "states: goes from A to B → starts as A, then becomes B": states_starts_as,
    "states: goes from A to B → goes A → B": states_arrows,
    "states: goes from A to B → is first A, then B": states_first_then,
    "states: A to B, or cancelled → and it can be cancelled at any point": states_side_exit,
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
