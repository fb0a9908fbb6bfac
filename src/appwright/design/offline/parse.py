"""Dependency parses of single sentences, from spaCy's small English pipeline.

The pattern readers find records, fields and links in the shapes people usually write. The
parse tells them what a sentence's words are to each other (which noun a *one* counts, which
record a clause is about), however the sentence is worded. The pipeline is a PyPI
re-upload of Explosion's ``en_core_web_sm`` 3.8.0 (MIT); before it is loaded every one of its
files is checked against the SHA-256 sums in ``parser_model.json``, so a changed upload is
refused rather than run. Nothing is downloaded at run time.

Parses are plain frozen data (:class:`Parse`), cached per sentence: callers never touch spaCy.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

PIN_FILE = Path(__file__).with_name("parser_model.json")
_LOCK = threading.Lock()
"""spaCy pipelines are not documented as thread-safe; the builder service designs in threads."""


NOUN_TAGS = frozenset(["NOUN", "PROPN"])
SUBJECT_RELATIONS = frozenset(["nsubj", "nsubjpass"])


class ParserModelError(RuntimeError):
    """The English pipeline is missing or is not the one the project pinned."""


@dataclass(frozen=True)
class Token:
    i: int
    text: str
    lower: str
    lemma: str
    pos: str
    """Universal part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADV, NUM, DET, ADP, ..."""
    tag: str
    dep: str
    """The relation to the head: nsubj, dobj, pobj, prep, nummod, amod, compound, relcl, ..."""
    head: int
    """The head's index; the root is its own head."""
    idx: int = 0
    """Where the token starts in the sentence, in characters."""


@dataclass(frozen=True)
class Parse:
    tokens: tuple[Token, ...]

    def children(self, token: Token) -> list[Token]:
        return [t for t in self.tokens if t.head == token.i and t.i != token.i]

    def head(self, token: Token) -> Token:
        return self.tokens[token.head]

    def ancestors(self, token: Token) -> list[Token]:
        """The heads above ``token``, nearest first, up to the root."""
        found: list[Token] = []
        while token.head != token.i:
            token = self.tokens[token.head]
            found.append(token)
        return found

    def subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``: its own, the one a verb before it shares through *and* or
        *to* (*a drop-off belongs to one customer and has ...*), or the noun a relative or
        participle clause describes (*any defect found on an inspection*)."""
        seen: set[int] = set()
        while verb.i not in seen:
            seen.add(verb.i)
            subjects = [c for c in self.children(verb) if c.dep in SUBJECT_RELATIONS]
            if subjects:
                # "a member books a trip ...; vehicles have a registration": a misparse can hang
                # two subjects on one verb, and the one nearest it is its own
                return min(subjects, key=lambda c: abs(c.i - verb.i))
            if verb.dep in ("acl", "relcl") and self.head(verb).pos in NOUN_TAGS:
                return self.head(verb)
            if verb.dep not in ("conj", "xcomp"):
                return None
            verb = self.head(verb)
        return None

    def described(self, verb: Token) -> Token | None:
        """The noun a relative or participle clause ``verb`` describes (*each display we book*);
        for a participle on what a record is said to be (*a performance is one play staged at
        one hall*), the record itself: what follows is said of the performance, not the play."""
        if verb.dep not in ("acl", "relcl") or self.head(verb).pos not in NOUN_TAGS:
            return None
        noun = self.head(verb)
        if verb.dep == "acl" and noun.dep == "attr":
            copula = self.head(noun)
            return next((c for c in self.children(copula) if c.dep == "nsubj"), None)
        return noun

    def phrase(self, token: Token) -> str:
        """The noun ``token`` heads with its compounds and noun-like modifiers: *cellar door*,
        *staff member*; not its determiner, number or adjectives of quality."""
        kept = [
            t
            for t in self.children(token)
            if t.i < token.i
            and (
                (t.dep == "compound" and t.pos in ("NOUN", "PROPN"))
                or (t.i == token.i - 1 and t.dep == "amod" and token.lemma in NAMED_TIMES)
            )
        ]
        start = min([token.i, *(t.i for t in kept)])
        words = self.tokens[start : token.i + 1]
        parts = [words[0].lower]
        for before, after in pairwise(words):
            # "drop-off" is three tokens written as one word
            touching = after.idx == before.idx + len(before.text)
            parts.append(after.lower if touching else f" {after.lower}")
        return "".join(parts)


NAMED_TIMES = frozenset(["day", "evening", "night", "morning", "afternoon", "weekend"])
"""Times named with their adjective: an *open day* or a *late night* is its own kind of event,
where an *open session* is a session."""


def pinned_model() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PIN_FILE.read_text(encoding="utf-8"))
    return loaded


def model_folder() -> Path:
    """The installed pipeline's data folder, found without importing its package."""
    pin = pinned_model()
    found = importlib.util.find_spec(pin["package"])
    if found is None or not found.submodule_search_locations:
        raise ParserModelError(
            f"the English pipeline {pin['distribution']}=={pin['version']} is not installed; "
            "`make setup` (or `pip install -e .`) installs it"
        )
    folder: Path = Path(next(iter(found.submodule_search_locations))) / str(pin["data_folder"])
    if not folder.is_dir():
        raise ParserModelError(f"{folder} is missing: reinstall {pin['distribution']}")
    return folder


def check_model(folder: Path) -> None:
    """Refuse a pipeline whose files are not byte for byte the pinned ones."""
    expected: dict[str, str] = pinned_model()["files"]
    present = {str(p.relative_to(folder)): p for p in folder.rglob("*") if p.is_file()}
    unexpected = sorted(set(present) - set(expected))
    missing = sorted(set(expected) - set(present))
    changed = sorted(
        name
        for name, path in present.items()
        if name in expected and hashlib.sha256(path.read_bytes()).hexdigest() != expected[name]
    )
    problems = [
        f"{label}: {', '.join(names)}"
        for label, names in (("changed", changed), ("missing", missing), ("unexpected", unexpected))
        if names
    ]
    if problems:
        raise ParserModelError(
            f"the English pipeline in {folder} is not the pinned one ({'; '.join(problems)})"
        )


@cache
def _pipeline() -> Any:
    folder = model_folder()
    check_model(folder)
    import spacy  # lemminflect (word_forms.py) has imported it already; here for the name alone

    # the entity recogniser is never read; the parser marks the sentence boundaries
    return spacy.load(folder, exclude=["ner", "senter"])


@cache
def wordnet_nouns() -> frozenset[str]:
    """The nouns of WordNet's index, which the pinned pipeline's lemmatizer ships."""
    table = _pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(table["noun"])


@lru_cache(maxsize=4096)
def parse(sentence: str) -> Parse:
    """The dependency parse of one sentence (several are parsed as one tree list in order)."""
    with _LOCK:
        doc = _pipeline()(sentence)
    return Parse(
        tuple(
            Token(
                i=t.i,
                text=t.text,
                lower=t.lower_,
                lemma=t.lemma_.lower(),
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i,
                idx=t.idx,
            )
            for t in doc
        )
    )
