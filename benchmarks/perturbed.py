"""How far the offline designer's score moves when a description is reworded, meaning kept.

Issue 3 asks the designer to generalize to descriptions it has not seen, and new writers are
the honest measure of that (``first_runs.yaml``). This is a cheaper, narrower one: each
rewording below is one habit owners vary on without changing what they say (*each* or
*every*, *we* or *I*, *we note* or *we log*, a contraction, a greeting before the
description, *belongs to a* or *belongs to one*, prose or an opening and bullets, a terse
note, two sentences or one joined by a semicolon). For every held-out and dev description a
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


# The shape of a whole description: prose, an opening and bullets, terse notes, sentences split
# at a semicolon or joined by one. Each is applied only where the sentences are certain: a
# description with an abbreviation's full stop (*e.g.*, *no.*) or a line break is left alone.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%'\"][.!?])\s+(?=[A-Z])")
_ABBREVIATED = re.compile(r"\b(?:e\.g|i\.e|etc|no|nos|vs|approx|mr|mrs|ms|dr|st|inc|ltd)\.", re.I)


def _sentences(text: str) -> list[str] | None:
    """The sentences of a one-paragraph description, or None where a full stop is doubtful."""
    text = text.strip()
    if "\n" in text or _ABBREVIATED.search(text) or not re.search(r"[.!?]$", text):
        return None
    return _SENTENCE_END.split(text)


def shapes_bullets(text: str) -> str:
    """*We run a van hire. Vans have a plate. Hires are for one van.* → *We run a van hire.* and
    a bullet for each later sentence (*- Vans have a plate*, *- Hires are for one van*): the
    opening sentence stays prose, the bullets lose their full stops, as owners type them."""
    said = _sentences(text)
    if not said or len(said) < 3:
        return text
    return "\n".join([said[0]] + ["- " + sentence.rstrip(".") for sentence in said[1:]])


_HAS_LIST = re.compile(
    r"(?P<head>(?:(?:Each|Every) (?P<one>[a-z]+(?: [a-z]+){0,2}) has)"
    r"|(?:(?P<many>[A-Z][a-z]+(?: [a-z]+){0,2}s) have))"
    r" (?P<items>[^.;:()]+?(?: \([^()]+\))?(?:, [^.;:()]+?(?: \([^()]+\))?)*)\.$"
)
_ITEM = re.compile(
    r"(?:(?:a|an|the|its|their) (?P<words>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})"
    r"|(?P<bare>[a-z][a-z-]*)|(?P<whether>whether [a-z][a-z -]*))(?P<values> \([^()]+\))?"
)
_NOT_ITEM_WORDS = re.compile(
    r"\b(?:and|or|of|with|which|that|who|whose|one|several|many|per|for|to|on|at|themselves"
    r"|whether|no|not|own)\b"
)


def shapes_terse(text: str) -> str:
    """*Each van has a plate, a model and a daily rate.* → *Van: plate, model, daily rate.*, and
    *Vans have a plate and a model.* → *Vans: plate, model.*: a note with the verb and the
    articles dropped. Only a sentence that is nothing but the subject and a list of two or more
    plain items (each with its article, none with *of*, *one*, *several*, a clause) is changed."""
    said = _sentences(text)
    if not said:
        return text
    noted = [_terse_note(sentence) for sentence in said]
    if not any(noted):
        return text
    return " ".join(note or sentence for note, sentence in zip(noted, said, strict=True))


def _terse_note(sentence: str) -> str | None:
    """*Each van has a plate and a model.* → *Van: plate, model.*; None for any other sentence."""
    match = _HAS_LIST.fullmatch(sentence)
    if not match:
        return None
    record = match.group("one") or match.group("many")
    if _NOT_ITEM_WORDS.search(record) or re.search(r"\b(?:date and time|start and)\b", sentence):
        return None
    items = []
    for part in re.split(r", and |, | and ", match.group("items")):
        item = _ITEM.fullmatch(part)
        if not item or _NOT_ITEM_WORDS.search(item.group("words") or item.group("bare") or ""):
            return None
        said = item.group("words") or item.group("bare") or item.group("whether")
        items.append(said + (item.group("values") or ""))
    if len(items) < 2 or not item.group(0).startswith(("a ", "an ", "the ", "its ", "their ")):
        return None
    return f"{record[0].upper()}{record[1:]}: {', '.join(items)}."


_SEMICOLON = re.compile(r"; (?=[a-z])")


def shapes_semicolon_split(text: str) -> str:
    """*A hire is for one van; it has a start date.* → *A hire is for one van. It has a start
    date.*: two clauses joined by a semicolon said as two sentences (never inside brackets)."""
    said = _sentences(text)
    if not said or not any(_SEMICOLON.search(sentence) for sentence in said):
        return text
    return " ".join(_split_at_semicolons(sentence) for sentence in said)


def _split_at_semicolons(sentence: str) -> str:
    """*A; b; c.* → *A. B. C.*, unless a semicolon stands inside a bracket."""
    for match in _SEMICOLON.finditer(sentence):
        before = sentence[: match.start()]
        if before.count("(") != before.count(")"):
            return sentence
    return ". ".join(piece[0].upper() + piece[1:] for piece in _SEMICOLON.split(sentence))


_JOINABLE_OPENING = re.compile(
    r"(?:Each|Every|A|An|The|We|They|It|Our|Their|Its|Some|All|Only|Then|For|When)\b"
)


def shapes_joined(text: str) -> str:
    """*Vans have a plate. Each driver has a name.* → *Vans have a plate; each driver has a name.*:
    the second, fourth, ... sentence joined to the one before by a semicolon, where it opens with
    a word written lower-case inside a sentence (*each*, *the*, *we*, *it*, ...)."""
    said = _sentences(text)
    if not said or len(said) < 2:
        return text
    joined = [said[0]]
    for index, sentence in enumerate(said[1:], start=1):
        previous = joined[-1]
        if index % 2 == 1 and previous.endswith(".") and _JOINABLE_OPENING.match(sentence):
            joined[-1] = previous[:-1] + "; " + sentence[0].lower() + sentence[1:]
        else:
            joined.append(sentence)
    return text if len(joined) == len(said) else " ".join(joined)


REWORDINGS: dict[str, Callable[[str], str]] = {
    "each ↔ every": each_every,
    "we → I": we_i,
    "record → note → log": keep_verbs,
    "contractions": contractions,
    "a greeting first": greeting,
    "belongs to a → one": belongs_to_one,
    "shapes: sentences → an opening and bullets": shapes_bullets,
    "shapes: each X has A, B → X: A, B": shapes_terse,
    "shapes: A; b → A. B": shapes_semicolon_split,
    "shapes: A. B → A; b": shapes_joined,
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
