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
from appwright.design.offline.text import (
    FUNCTION_WORDS,
    QUANTIFIERS,
    can_be_noun,
    can_be_verb,
    is_plural,
    plural,
    singular,
    verb_lemma,
    with_article,
)

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


_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
_PLURALS_HAVE = re.compile(
    _SENTENCE_START + r"(?P<np>[A-Za-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+"
    r"(?P<verb>have|need|get|belong\s+to)\s+"
    # what they have is counted or theirs, so it is as true of each one: not *have names*
    r"(?=(?:a|an|one|several|many|two|three|their|just|only|no)\s)"
)
_EACH_HAS = re.compile(
    _SENTENCE_START + r"(?P<each>[Ee]ach)\s+(?P<np>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+"
    r"(?P<verb>has|needs|gets|belongs\s+to|can|must|should|will|may)\s+"
    r"(?=(?:a|an|one|several|many|two|three|their|its|just|only|no|be|have|get)\s)"
)
_NEXT_WORDS = re.compile(
    r"(?:,\s+(?:and\s+|or\s+|but\s+)?|\b(?:and|or|but)\s+)(?:then\s+|also\s+)?(?P<word>[a-z][a-z\-]*)\s+(?P<next>[a-z][a-z\-]*)"
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "one", "several", "many", "two", "three", "their", "its", "our", "my", "no"]
)
_AGREEING = {"have": "has", "need": "needs", "get": "gets", "belong to": "belongs to"}
_MODALS = frozenset(["can", "must", "should", "will", "may"])


def _a_noun_phrase(words: list[str]) -> bool:
    """Whether words are a noun phrase whose last word is its head: no determiner, pronoun
    or count word in it, each a word that can be a noun (*pick-up points*, *members*)."""
    return all(
        word.lower() not in FUNCTION_WORDS | QUANTIFIERS and can_be_noun(word) for word in words
    )


def _rest_of_sentence(match: re.Match[str]) -> str:
    return re.split(r"[.!?;\n]", match.string[match.end() :], maxsplit=1)[0]


def _says_more_of_it(rest: str, *, of_one: bool) -> bool:
    """Whether the rest of a sentence has a second predicate whose verb agrees with the
    subject (*..., and own properties*, *and is assigned to*, *and takes place in*) or leaves
    its verb out (*..., properties an address*): rewording the subject would leave it
    disagreeing. ``of_one``: the subject is singular, so any *-s* verb form may be its verb."""
    for found in _NEXT_WORDS.finditer(rest):
        word, after = found.group("word"), found.group("next")
        if word in ("is", "are", "was", "were", "has", "have", "does", "do", "can", "will"):
            return True
        if (can_be_verb(word) or is_plural(word)) and (after in _DETERMINERS or is_plural(after)):
            return True
        if of_one and word.endswith("s") and verb_lemma(word) not in (None, word):
            return True
    return False


def _each_one_has(match: re.Match[str]) -> str:
    *modifiers, head = match.group("np").split()
    if _says_more_of_it(_rest_of_sentence(match), of_one=False):
        return match.group(0)
    if not _a_noun_phrase([*modifiers, head]) or singular(head) == head.lower():
        return match.group(0)
    one = " ".join([*(word.lower() for word in modifiers), singular(head)])
    each = "Each" if match.group("np")[0].isupper() else "each"
    return f"{each} {one} {_AGREEING[' '.join(match.group('verb').split())]} "


def plurals_have_each_has(text: str) -> str:
    """*Members have a name and an email* → *Each member has a name and an email*: a plural
    subject that opens a sentence, where what it has is counted (*a*, *one*, *several*) or
    theirs, so the sentence says the same of each one."""
    return _PLURALS_HAVE.sub(_each_one_has, text)


def _counted_noun_phrase(match: re.Match[str]) -> list[str] | None:
    words = match.group("np").split()
    if words[0] in ("one", "of", "other", "time") or not _a_noun_phrase(words):
        return None
    return None if is_plural(words[-1]) else words


def _one_has(match: re.Match[str]) -> str:
    words = _counted_noun_phrase(match)
    if words is None:
        return match.group(0)
    said = with_article(" ".join(words))
    said = said[0].upper() + said[1:] if match.group("each") == "Each" else said
    return f"{said} {match.group('verb')} "


def each_a(text: str) -> str:
    """*Each member has a name* → *A member has a name*: a sentence about any one record."""
    return _EACH_HAS.sub(_one_has, text)


def _many_have(match: re.Match[str]) -> str:
    words = _counted_noun_phrase(match)
    rest = _rest_of_sentence(match)
    # *its* and *it* would stand for one of many: *sites have its own manager* is not English
    if (
        words is None
        or _says_more_of_it(rest, of_one=True)
        or re.search(r"\b(?:it|its|itself)\b", rest)
    ):
        return match.group(0)
    said = " ".join([*words[:-1], plural(words[-1])])
    said = said[0].upper() + said[1:] if match.group("each") == "Each" else said
    verb = " ".join(match.group("verb").split())
    agreeing = {has: have for have, has in _AGREEING.items()}
    return f"{said} {verb if verb in _MODALS else agreeing[verb]} "


def each_has_plurals_have(text: str) -> str:
    """*Each member has a name* → *Members have a name*: the plural says it of every one."""
    return _EACH_HAS.sub(_many_have, text)


REWORDINGS: dict[str, Callable[[str], str]] = {
    "each ↔ every": each_every,
    "we → I": we_i,
    "record → note → log": keep_verbs,
    "contractions": contractions,
    "a greeting first": greeting,
    "belongs to a → one": belongs_to_one,
    "subjects: plurals have → each has": plurals_have_each_has,
    "subjects: each → a": each_a,
    "subjects: each has → plurals have": each_has_plurals_have,
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
