"""The nouns of acts and doers: *rent* → rental, *borrow* → loan, *reserve* → reservation;
*speaker* names a doer, *consultation* an act; *urgent* → urgency, the noun of a quality.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import (
    can_be_noun,
    gerund,
    is_past_participle,
    parts_of_speech,
    plural,
    singular,
    verb_lemma,
)

_DERIVATION = re.compile(
    r"^(?:ment|ion|tion|ation|ication|ition|al|ing|ance|ence|age|ure|ery|ry|y|ee|er|or|ant|ent|"
    r"ist|ism|ship)s?$"
)
"""Suffixes that make a noun of a verb (*pay* → payment, never *paper*): a closed class."""


ZERO_ACTS = word_set("hire order visit survey repair call review check test service")
"""Acts named by the verb's own form (*a customer books a hire*, *customers review an
installation*): the noun is the record of the act."""
IRREGULAR_ACTS = {
    "borrow": "loan", "lend": "loan", "buy": "purchase", "sell": "sale", "choose": "choice",
    "lose": "loss", "give": "gift", "see": "visit", "complain": "complaint",
    "enquire": "enquiry", "inquire": "inquiry", "enter": "entry", "apply": "application",
    "bury": "burial", "marry": "marriage", "run": "run", "redeem": "redemption",
    "attend": "attendance",
}  # fmt: skip
"""Acts whose noun is no derivation of the verb (*borrow* → loan)."""


SAME_ACTS = {"reserve": ("booking",), "book": ("reservation",)}
"""Verbs whose act a description may name with the other verb's noun (*reserve* → booking)."""


def derived_noun(verb: str, vocabulary: set[str]) -> str | None:
    """The noun a description uses for the act of a verb: *rent* → rental, *apply* →
    application, *book* → booking, *sign up* → sign-up; None when it uses none."""
    parts = verb.split()
    if len(parts) == 2:
        joined = "-".join(parts)
        return joined if joined in vocabulary or plural(joined) in vocabulary else None
    irregular = IRREGULAR_ACTS.get(verb)
    if irregular and (irregular in vocabulary or plural(irregular) in vocabulary):
        return irregular  # "students borrow items" in a description of loans
    stems = {verb}
    if verb.endswith(("e", "y")):
        stems.add(verb[:-1])
    if verb.endswith("er"):
        stems.add(verb[:-2] + "r")
    found = sorted(
        {
            singular(word)
            for word in vocabulary
            if len(word) > len(verb) + 1
            and any(
                word.startswith(stem) and _DERIVATION.match(word[len(stem) :]) for stem in stems
            )
            and ("NOUN" in parts_of_speech(singular(word)) or word.endswith(("ing", "ings")))
            and not is_past_participle(word)
        },
        key=lambda word: (len(word), word),
    )
    if found:
        return found[0]
    # "a member reserves an enlarger" in a description that speaks of bookings
    return next(
        (act for act in SAME_ACTS.get(verb, ()) if act in vocabulary or plural(act) in vocabulary),
        None,
    )


def names_an_act(noun: str) -> bool:
    """Whether a noun is the act of a verb (*consultation*, *appointment*, *fitting*): the
    dictionary's noun for that verb, as :func:`act_noun` finds it."""
    for suffix in ("ation", "ment", "ion", "al", "ing"):
        stem = noun[: -len(suffix)]
        if not noun.endswith(suffix) or len(stem) < 3:
            continue
        for verb in (stem, f"{stem}e", stem[:-1]):
            if verb_lemma(verb) == verb and act_noun(verb) == noun:
                return True
    return False


def act_noun(verb: str) -> str | None:
    """The dictionary's noun for the act of a verb, for descriptions that only use the verb:
    *reserve* → reservation, *enrol* → enrolment, *arrive* → arrival, *deliver* → delivery,
    *submit* → submission, *refer* → referral; the gerund (*booking*) when the dictionary knows
    it as a noun and nothing else fits; the verb's own form for acts named by it (*visit*, not
    *visitation*)."""
    if verb in ZERO_ACTS:
        return verb
    stem = verb[:-1] if verb.endswith("e") else verb
    candidates = [
        f"{verb}ment",
        f"{stem}ation",
        f"{verb}ation",
        f"{verb[:-2]}ration" if verb.endswith("er") else "",
        f"{stem}al" if len(stem) > 3 else "",  # arrive → arrival; shoe is no shoal
        f"{verb}al",
        f"{verb}y",
        f"{stem}ion",
        f"{verb[:-1]}ssion" if verb.endswith("mit") else "",  # submit → submission
        f"{verb}ral" if verb.endswith("er") else "",  # refer → referral
    ]
    known = [c for c in candidates if c and parts_of_speech(c) == frozenset({"NOUN"})]
    if known:
        return known[0]
    ing = gerund(verb)
    return ing if "NOUN" in parts_of_speech(ing) else None


def act_or_irregular_noun(verb: str) -> str | None:
    """The act's noun, the irregular ones first: *sell* → sale, *reserve* → reservation."""
    return IRREGULAR_ACTS.get(verb) or act_noun(verb)


def names_a_doer(name: str) -> bool:
    """Whether a noun (or a record's name) is a verb's doer (*speaker*, *attendee*,
    *instructor*, *helper*)."""
    noun = name.split("_")[-1]
    for suffix in ("er", "or", "ee"):
        stem = noun.removesuffix(suffix)
        if stem == noun or len(stem) < 3:
            continue
        candidates = (stem, f"{stem}e", stem[:-1] if stem[-1] == stem[-2] else stem)
        if any(verb_lemma(verb) == verb for verb in candidates):
            return True
    return False


def adjective_noun(adjective: str) -> str | None:
    """The noun of a quality: *urgent* → urgency, *important* → importance, *severe* →
    severity, *happy* → happiness; only forms the dictionary knows as nouns."""
    word = adjective.lower()
    candidates = [f"{word}ness", f"{word}ity"]
    if word.endswith("t"):
        candidates.append(f"{word[:-1]}cy")
    if word.endswith(("ant", "ent")):
        candidates.append(f"{word[:-1]}ce")
    if word.endswith("e"):
        candidates += [f"{word[:-1]}ity", f"{word[:-1]}ness"]
    if word.endswith("y"):
        candidates += [f"{word[:-1]}iness", f"{word[:-1]}ity"]
    known = [c for c in candidates if "NOUN" in parts_of_speech(c)]
    return min(known, key=len) if known else None


def doer_noun(lemma: str) -> str | None:
    """*sell* → seller, *inspect* → inspector, *supervise* → supervisor (*donate* → donor is not
    guessed): the doer the dictionary knows."""
    for noun in (
        f"{lemma}er",
        f"{lemma}r",
        f"{lemma}{lemma[-1:]}er",
        f"{lemma}or",
        f"{lemma[:-1]}or",
    ):
        if "NOUN" in parts_of_speech(noun) and names_a_doer(noun):
            return noun
    return None


def act_done_to_a_thing(lemma: str) -> str | None:
    """The noun of an act done to a thing that is no record of the act (*strip* → stripping,
    *change* → change, as in *a hen stripping*, *a nappy change*); None for acts whose noun is
    another word (*give* → gift) or no noun at all."""
    if lemma in IRREGULAR_ACTS:
        return None
    act = act_noun(lemma)
    if act is None and can_be_noun(lemma):
        return lemma
    return act if act is not None and (act.endswith("ing") or act == lemma) else None
