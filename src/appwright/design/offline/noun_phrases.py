"""Where a noun phrase starts and ends among the words of a clause: in *our bakery sells cakes*,
*bakery* is the subject's noun and *sells* the verb after it; *each donation* opens *each
donation comes from a donor*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    NOUN_MARKERS,
    PUNCTUATION,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    can_be_verb,
    is_adverb,
    is_past_participle,
    is_plural,
    verb_lemma,
)


def is_noun_at(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` reads as part of a noun phrase rather than as the verb after
    one: *book* in ``members book classes`` is a verb, in ``a book title`` a noun."""
    word = tokens[index]
    if word in FUNCTION_WORDS or word in QUANTIFIERS or word in ADVERBS or word in PUNCTUATION:
        return False
    if word in VERB_PARTICLES and index and can_be_verb(tokens[index - 1]):
        return False  # "customers ring up": the particle of a phrasal verb
    if (
        word in VERB_PARTICLES
        and index > 1
        and is_plural(tokens[index - 1])
        and can_be_verb(tokens[index - 2])
        and not can_be_noun(tokens[index - 2])
    ):
        return False  # "we send manuscripts out": the particle after the verb's object
    if not can_be_verb(word) or index == 0:
        return True
    previous = tokens[index - 1]
    if previous in PUNCTUATION:
        return True
    if previous in SUBJECT_PRONOUNS or previous in ("who", "which", "that", "to"):
        return False
    if previous in NOUN_MARKERS and word.endswith("ing"):
        return True  # "log each watering": a gerund after an article is the act's noun
    if index > 1 and is_adverb(previous) and tokens[index - 2] in SUBJECT_PRONOUNS:
        return False  # "I also note problems": the verb after its adverb
    if previous in AUXILIARIES:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if (
        word.endswith("ing")
        and (previous in ADVERBS or previous in CONJUNCTIONS)
        and following
        and can_be_noun(following)
        and tokens[index + 2 : index + 3] in (["can"], ["may"], ["must"], ["should"], ["will"])
    ):
        return True  # "only billing staff can ...": a gerund naming the kind of staff
    if (
        previous in NOUN_MARKERS
        and not can_be_noun(word)
        and following
        and following not in FUNCTION_WORDS
        and following not in PUNCTUATION
        and can_be_noun(following)
    ):
        return True  # "on a moving date": between an article and its noun, a modifier
    if following in AUXILIARIES:
        return True  # "sales team can ...": the word before a modal ends the subject
    if index > 1 and _verb_of_named_subject(tokens, index - 1):
        return can_be_noun(word)  # "our bakery sells cakes": the verb's object
    if is_plural(previous) and previous not in FUNCTION_WORDS:
        return False
    if _verb_of_named_subject(tokens, index):
        return False
    return can_be_noun(word)


def _verb_of_named_subject(tokens: list[str], index: int) -> bool:
    """``our studio keeps artists`` (or ``... and takes orders``): an -s verb form after one
    determined singular noun, or after *and*, and before the plural (or determined) noun it
    acts on is the verb, not a compound's middle."""
    word, previous = tokens[index], tokens[index - 1]
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if not following or not word.endswith("s") or verb_lemma(word) in (None, word):
        return False
    start = index - 1
    while start > 0 and index - start < 3 and tokens[start - 1] not in NOUN_MARKERS:
        modifier = tokens[start - 1]
        if modifier in FUNCTION_WORDS or not (
            can_be_noun(modifier) or can_be_adjective(modifier) or is_past_participle(modifier)
        ):
            break
        # "our photography studio books shoots", "an accepted quote turns into": the subject's
        start -= 1
    named_subject = (
        previous not in FUNCTION_WORDS
        and previous not in QUANTIFIERS  # "serves many addresses": *many* ends no subject
        and can_be_noun(previous)
        and not is_plural(previous)
        and start >= 1
        and tokens[start - 1] in NOUN_MARKERS
    )
    if previous != "and" and not named_subject:
        return False  # after "and": "... sells cakes and takes orders", the same subject's
    if following in NOUN_MARKERS:
        return True
    if named_subject and tokens[start - 1] in ("a", "an", "each", "every"):
        return True  # "each donation comes from ...": no plural can follow *each* in a noun
    after = tokens[index + 2] if index + 2 < len(tokens) else ""
    if named_subject and _plural_object_ahead(tokens, index + 1):
        return True  # "our town council coordinates volunteer flood wardens"
    if after in AUXILIARIES or (after not in FUNCTION_WORDS and can_be_verb(after)):
        return False  # "the car parts suppliers have ...": the verb comes later
    return following not in FUNCTION_WORDS and is_plural(following) and can_be_noun(following)


def _plural_object_ahead(tokens: list[str], start: int) -> bool:
    """Whether a plural noun ends the modifiers from ``start`` on (*volunteer flood wardens*)
    and nothing verb-like follows it: an object, so the word before ``start`` is a verb."""
    for end in range(start + 1, min(start + 3, len(tokens))):
        modifiers = tokens[start:end]
        if any(w in FUNCTION_WORDS or is_plural(w) or not can_be_noun(w) for w in modifiers):
            return False
        head = tokens[end]
        if head not in FUNCTION_WORDS and is_plural(head) and can_be_noun(head):
            after = tokens[end + 1] if end + 1 < len(tokens) else ""
            return after not in AUXILIARIES and (after in FUNCTION_WORDS or not can_be_verb(after))
    return False


_LIMIT = re.compile(r"^(?:at most|at least|up to|no more than|exactly|only)\s+(?:one|\d+)\s+")


def strip_determiners(phrase: str) -> str:
    """Leading articles, possessives, quantifiers and adverbs off a phrase."""
    parts = _LIMIT.sub("", phrase.strip()).split()
    while parts and (
        parts[0] in DETERMINERS or parts[0] in ADVERBS or parts[0] in ("own", "optional")
    ):
        parts = parts[1:]
    return " ".join(parts)


def leading_noun_phrase(tokens: list[str]) -> str:
    """The noun phrase a clause opens with: ``each donation`` → ``donation``."""
    phrase: list[str] = []
    for index, word in enumerate(tokens):
        if word in DETERMINERS or word in QUANTIFIERS:
            if phrase:
                break
            continue
        if word in FUNCTION_WORDS or (phrase and verb_after(phrase, word)):
            break
        if phrase and not is_noun_at(tokens, index):
            break  # "each donation comes from ...": the verb after the subject
        phrase.append(word)
    return " ".join(phrase)


def verb_after(phrase: list[str], word: str) -> bool:
    """Whether ``word`` is the verb after the noun phrase so far (``members`` *book* ...)."""
    if not can_be_verb(word):
        return False
    previous = phrase[-1]
    return is_plural(previous) or not can_be_noun(word) or previous in SUBJECT_PRONOUNS
