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


# A choice's values in brackets right after the noun that names it (*a size (small, medium or
# large)*): two or more values of one to four plain words each, the last after *or*, and
# nothing an owner says about the values (*e.g.*, *we*, *usually*) inside.
_OPTION = r"[A-Za-z0-9][\w'/-]*(?: [A-Za-z0-9][\w'/-]*){0,3}"
_OPTION_WORDS = re.compile(
    r"\b(?:we|i|you|they|etc|e\.g|eg|say|like|maybe|usually|mostly|sometimes|mainly|only|"
    r"then|and|or|either|whatever|anything|other than|goes|moves|becomes)\b",
    re.IGNORECASE,
)
_BRACKETED_OPTIONS = re.compile(
    r"\b(?P<kind>(?P<det>an?|the|its|their) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*) "
    rf"\((?P<options>(?:{_OPTION}, )*{_OPTION},? or {_OPTION})\)"
    # only where the bracket closes the item: the list goes on after a comma, *and*, *plus*
    r"(?=[,.;]|$| and | plus )"
)


def _options_said(text: str, say: Callable[[re.Match[str]], str | None]) -> str:
    """Each bracket of a choice's values said as *say* says it (left alone where it is None)."""

    def replace(match: re.Match[str]) -> str:
        options = match.group("options")
        before_or = options.rsplit(" or ", 1)[0]
        if _OPTION_WORDS.search(before_or.replace(",", " ")) or _OPTION_WORDS.search(
            options.rsplit(" or ", 1)[1]
        ):
            return match.group(0)
        return say(match) or match.group(0)

    return _BRACKETED_OPTIONS.sub(replace, text)


# *of* names a choice's value only after a word for a quality (*a priority of red, amber or
# green*); after a word for a thing or a sort it names what the thing holds or is (*a glass of
# coupe ...*, *a species of oyster ...*, *a type of photo ...*), so only these take it.
_QUALITY_WORDS = frozenset(
    [
        "priority",
        "severity",
        "result",
        "outcome",
        "condition",
        "status",
        "level",
        "grade",
        "size",
        "rating",
        "colour",
        "finish",
        "frequency",
        "tier",
        "band",
        "rank",
        "stage",
        "urgency",
        "difficulty",
    ]
)


def options_of(text: str) -> str:
    """*a size (small, medium or large)* → *a size of small, medium or large*, after *a* or
    *an* and a word for a quality (not *a glass (coupe, ...)*: a glass of coupe is a drink)."""

    def say(match: re.Match[str]) -> str | None:
        kind = match.group("kind")
        if match.group("det").lower() not in {"a", "an"} or kind.split()[-1] not in _QUALITY_WORDS:
            return None
        return f"{kind} of {match.group('options')}"

    return _options_said(text, say)


def options_that_can_be(text: str) -> str:
    """*a size (small, medium or large)* → *a size that can be small, medium or large*."""
    return _options_said(
        text, lambda match: f"{match.group('kind')} that can be {match.group('options')}"
    )


_YES_NO_FOR_WHETHER = re.compile(
    # only as an item of a list (after a comma, *and* or *plus*): *needs whether ...* is no
    # English
    r"(?:(?<=, )|(?<=and )|(?<=plus ))(?:an?|the) "
    r"(?:yes/no|yes or no|flag|tick ?box|checkbox)(?: flag)? for "
    r"(?=whether\b)",
    re.IGNORECASE,
)


def options_whether(text: str) -> str:
    """*a yes/no for whether it is vegan* → *whether it is vegan* (and *a flag for*, *a tick
    box for* before *whether*): the same yes/no, said by the question alone."""
    return _YES_NO_FOR_WHETHER.sub("", text)


_THE_DATE_IT_HAPPENED = re.compile(
    # only as an item of a list or what is noted: *a case with when it was opened* is no English
    r"(?:(?<=, )|(?<=and )|(?<=plus )|(?<=note )|(?<=notes )|(?<=record )|(?<=records )"
    r"|(?<=log )|(?<=logs )|(?<=down ))the date (?=(?:it|it's|they|they're|we|we're|he|she|I) [a-z])"
)


def options_when(text: str) -> str:
    """*the date it was drilled* → *when it was drilled*, *the date they joined* → *when they
    joined*: the date a thing happened, said by *when*."""
    return _THE_DATE_IT_HAPPENED.sub("when ", text)


REWORDINGS: dict[str, Callable[[str], str]] = {
    "each ↔ every": each_every,
    "we → I": we_i,
    "record → note → log": keep_verbs,
    "contractions": contractions,
    "a greeting first": greeting,
    "belongs to a → one": belongs_to_one,
    "options: a kind (A, B or C) → a kind of A, B or C": options_of,
    "options: a kind (A, B or C) → a kind that can be A, B or C": options_that_can_be,
    "options: a yes/no for whether X → whether X": options_whether,
    "options: the date it happened → when it happened": options_when,
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
