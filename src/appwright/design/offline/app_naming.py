"""The app's name and one-line summary, from the first sentence of its description."""

from __future__ import annotations

import re

from appwright.design.offline.draft import ModelDraft
from appwright.design.offline.sentences import sentences
from appwright.design.offline.topic_words import APP_WORDS
from appwright.design.offline.word_classes import word_set, words


def app_name(description: str, model: ModelDraft) -> str:
    """``A habit tracker.`` → Habit Tracker; ``IT helpdesk: ...`` → IT Helpdesk; ``a booking
    system for a hair salon`` → Hair Salon Booking System."""
    first = (sentences(description) or [""])[0]
    tokens = words(first.split(":", 1)[0])
    original = {w.lower(): w for w in re.findall(r"[A-Za-z0-9][\w\-']*", description)}
    chosen: list[str] = []
    for index, word in enumerate(tokens):
        if word in APP_WORDS:
            start = index
            while start > 0 and tokens[start - 1] not in NAME_STOPS:
                start -= 1
            end = index + 1
            while end < len(tokens) and tokens[end] in APP_WORDS:
                end += 1
            chosen = tokens[start:end]
            owner = _for_whom(tokens[end:])
            if owner and not any(w in owner for w in chosen):
                chosen = owner + chosen
            break
    if not chosen and len(tokens) <= 5:
        chosen = [t for t in tokens if t not in ("a", "an", "the")]
    if not chosen:
        topic = model.topic or next(iter(model.entities), "app")
        chosen = [*topic.split("_"), "tracker"]
    return " ".join(_cased(w, original) for w in chosen)[:120] or "App"


NAME_STOPS = word_set("a an the my our for to need needs want wants build create make i we is")


def _for_whom(tokens: list[str]) -> list[str]:
    """``for a small hair salon`` → hair salon (the words after *for*, less articles and
    adjectives)."""
    if not tokens or tokens[0] != "for":
        return []
    kept = [t for t in tokens[1:4] if t not in ("a", "an", "the", "our", "my", "small", "little")]
    phrase: list[str] = []
    for word in kept:
        if word in APP_WORDS or not word.isalpha() or len(phrase) == 2:
            break
        phrase.append(word)
    return phrase


def _cased(word: str, original: dict[str, str]) -> str:
    written = original.get(word, word)
    if written.isupper() and len(written) > 1:
        return written
    return word[:1].upper() + word[1:]


def summary(description: str) -> str:
    """The description as one line, short enough for a spec's description."""
    return re.sub(r"\s+", " ", description).strip()[:1000]
