"""A field named by a question: *who it's assigned to*, *where it sits* (its location), *what we
charged*, *how urgent it is* (its urgency), *a link to the scan*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun, adjective_noun, doer_noun
from appwright.design.offline.clause_or_phrase import HOW_LONG_IT_TAKES
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.types import UNIT_TYPES, URL_WORDS
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import can_be_adjective, verb_lemma

_HOW_IT_WENT = re.compile(
    r"^how\s+(?:it|they|the\s+[a-z][\w\-]*)\s+(?:happened|took\s+place|was\s+held|were\s+held|"
    r"was\s+done|were\s+done|was\s+delivered|was\s+run|ran|met)$"
)
"""*how it happened (video, phone or in person)*: the mode it took."""


_WHO = re.compile(
    r"^(?:who|whom) (?:it|they|he|she)(?:'s|'re| is| are| was| were| gets| got)? (?P<verb>[a-z]+)"
    r"(?: (?P<particle>to|by|for|with))?$"
)


_WHERE = re.compile(
    # "where in the building each was taken": the place, however it is narrowed
    r"^where (?:(?:in|on|at) (?:the )?[a-z][\w\-]* )?(?:it|they|he|she|you|we|i|each|each one) \w+"
    # "where the boat is moored": where the record's own thing is
    r"|^where (?:the|its|their) [a-z][\w\-]* (?:is|are) (?:moored|kept|parked|stored|located|based|sited|"
    r"berthed|stabled|housed|installed|fitted|placed)$"
    # "where the bees are (tree, hedge, wall or other)": where the thing found is
    r"|^where (?:the|its|their) [a-z][\w\-]* (?:is|are)$"
)


_HOW_THEY_FOUND_US = re.compile(
    r"^(?:where|how) (?:they|he|she|the [a-z]+) (?:first )?(?:heard|found out|learned|learnt) (?:about|of) "
    r"(?:us|it|the [a-z]+)$|^how (?:they|he|she|the [a-z]+) found us$"
)


_LINK_TO = re.compile(
    r"^(?P<link>link|url|web address|web link) (?:to|for) (?:(?:a|an|the|their|his|her|its) )?"
    r"(?P<what>[a-z][\w\-]*(?: [a-z][\w\-]*)?)(?: of (?:them|it|him|her|the [a-z]+))?$"
)
"""``a link to a clip of them``: the clip's address, named as they name it (*clip link*)."""


_WHERE_PLACED = re.compile(
    r"^where (?:it|they|he|she) (?:(?:ranks?|finish(?:es|ed)?|came|comes?)(?: (?:in|on) (?:the|a) [a-z]+)?|"
    r"(?:sits?|stands?|falls?|appears?|comes?) (?:on|in) (?:the|a) (?:running order|bill|order|"
    r"line-up|lineup|list|league|table|ranking|rankings|standings|queue|programme|ladder))$"
)
"""``where they sit on the bill``, ``where they finished``: a place in an order (a position),
not somewhere (*where it sits* is a location)."""


_HOW = re.compile(
    r"^how (?P<quality>[a-z]+) (?:it|they|he|she|(?:the|a|an) [a-z]+) (?:is|are|was|were|gets)"
    r"(?: in (?P<unit>[a-z]+))?$"
)
"""``how urgent it is`` names the quality: urgency; ``how long it is in minutes`` a length."""


_DIMENSION_NOUNS = {
    "long": "length",
    "wide": "width",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "heavy": "weight",
    "big": "size",
    "far": "distance",
    "old": "age",
    "bad": "severity",
    "serious": "severity",
    "severe": "severity",
}
"""The nouns of the measuring adjectives, which the dictionary's *-ness* forms miss (*how bad
it is* is how severe, not its *badness*)."""


_WHAT_WRONG = re.compile(
    r"^what(?:\s+(?:they|he|she|you|we|i|the\s+[a-z]+)\s+(?:says?|said|thinks?|reckons?|claims?))?"
    r"(?:'s|\s+is|\s+was|\s+went|\s+has gone|\s+goes)\s+wrong\b"
)
"""``what's wrong``, ``what went wrong``, ``what the customer says is wrong``: the problem."""


_WHAT_IT_IS = re.compile(
    r"^what\s+(?:(?:kind|sort|type)\s+)?(?:of\s+thing\s+)?(?:it|this|that)\s+is$"
)
"""``what it is``: the kind of thing, told by its values."""


_WHAT_IT_IS_ABOUT = re.compile(
    r"^what\s+(?:it|they|this|that|the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|was|will\s+be)\s+about$"
)
"""``what the show is about``, ``what it's about``: a description of it."""

_HOW_LONG_VALID = re.compile(
    r"^(?:(?:the|a)\s+)?(?:number\s+of|how\s+many)\s+(?P<unit>days|weeks|months|years)\s+"
    r"(?:it|they|the\s+[a-z][\w\-]*)\s+(?:stays?|remains?|is|are|lasts?)\s+(?:valid|current|good)$"
)
"""``how many months they stay valid``: the validity, in months."""
_WHAT_WAS_SAID = re.compile(
    r"^what\s+(?:was|got|is|were)\s+(?:talked\s+about|discussed|said|agreed)$"
)
"""``what was talked about``, ``what was agreed``: the notes of a meeting or a visit."""

_WHAT_TIME = re.compile(
    r"^what\s+time\s+(?:it|they|he|she|we|the\s+[a-z][\w\-]*)\s+(?P<verb>[a-z]+)(?:\s+(?:the|a|an|our)\s+[a-z][\w\-]*)?$"
)
"""``what time it leaves the depot``: the departure time."""
_TIME_NOUNS = {"leave": "departure", "depart": "departure", "go": "departure", "get": "arrival"}
"""Acts whose time is named by another noun than the dictionary's (*leave* → departure)."""


WHAT_DONE = re.compile(
    r"^what\s+(?:we|i|they|he|she|you|it|each(?:\s+one)?|the\s+[a-z][a-z\-]*)\s+(?:have\s+|had\s+|am\s+|are\s+|is\s+|was\s+)?"
    # "what it sold for": the preposition left at the end, its object the thing itself
    r"(?P<verb>[a-z]+)(?:\s+(?:for|on)(?:\s+(?:it|them|(?:(?:that|this|the|each)\s+)?[a-z][\w\-]*))?)?"
    # "what we sell it at", "what we sell them for": the thing, then the preposition
    r"(?:\s+(?:it|them)\s+(?:at|for))?"
    r"(?:\s+(?:us|me|them))?(?:\s+to\s+(?P<to>buy|purchase|repair|fix|replace|hire|run))?"
    r"(?:\s+(?:per|a|an)\s+(?P<per>[a-z]+))?$"
)


_COST_TO: dict[str, str] = {
    "buy": "purchase",
    "purchase": "purchase",
    "repair": "repair",
    "fix": "repair",
    "replace": "replacement",
    "hire": "hire",
    "run": "running",
}
"""*what it cost us to buy*: the purchase cost; what the money went on names the cost."""


_WHAT_DONE_NAMES: dict[str, list[str]] = {
    "charged": ["charge"],
    "charge": ["charge"],
    "charging": ["charge"],
    "paying": ["amount", "paid"],
    "spending": ["amount", "spent"],
    "paid": ["amount", "paid"],
    "pay": ["amount", "paid"],
    "spent": ["amount", "spent"],
    "owe": ["amount", "owed"],
    "owed": ["amount", "owed"],
    "earned": ["amount", "earned"],
    "offered": ["amount", "offered"],
    "offer": ["amount", "offered"],
    "cost": ["cost"],
    "costs": ["cost"],
    "found": ["findings"],
    "find": ["findings"],
    "sold": ["price"],
    "sell": ["sale", "price"],
    "worth": ["value"],
    "wrote": ["message"],
    "write": ["message"],
}
"""``what we charged``, ``what they paid``, ``what we found``: the sum or the findings the
act leaves, named as a record keeps them."""


_NAME_OF_WHOEVER = re.compile(r"^name\s+of\s+whoever\s+(?P<verb>[a-z]+)\s+(?:it|them)$")
"""*the name of whoever presented it*: the presenter's name, written down, no record of them.
(*the name of the person who ...* never gets here: the field reader cuts it to *name of person*.)"""


_WHICH_ONE_DID_IT = re.compile(
    r"^which\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?!is\b|are\b|was\b|were\b)[a-z]+\s+"
    r"(?:it|them)(?:\s+(?:on|in|up|off|out|over|back|down))?$"
)
"""*which nurse put it on*, *which vet signed it off*: the one who did it, named by who they are."""


def question_field(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """Fields named by a question: *a link to the scan*, *how many days it takes*, *who it's
    assigned to*, *where it sits*, *what we charged*, *how urgent it is*."""
    link = _LINK_TO.match(plain)
    if link:
        draft.type = "url"
        # "a link to stream it": the stream link, what it is a link to being the record itself
        named = [w for w in words(link.group("what")) if w not in ("it", "them")]
        # "a link to the scan" is its scan link; "a link to their website" is the website;
        # "a link to it" is the record's own link
        named += [] if named and named[0] in URL_WORDS else [link.group("link").split()[-1]]
        return named, named
    lasting = HOW_LONG_IT_TAKES.match(plain)
    if lasting:
        draft.type = "decimal" if lasting["unit"] == "hours" else "integer"
        return ["duration", lasting["unit"]], [lasting["unit"]]
    valid = _HOW_LONG_VALID.match(plain)
    if valid:
        draft.type = "integer"  # "how many months they stay valid": the validity, in months
        return ["validity", valid["unit"]], ["validity", valid["unit"]]
    if _HOW_IT_WENT.match(plain):
        return ["mode"], ["mode"]
    if re.match(r"^how often (?:it|they|each one)(?: is| are)? [a-z]+(?: [a-z]+)?$", plain):
        return ["frequency"], ["frequency"]  # "how often it is given": the frequency
    who = _WHO.match(plain)
    if who:
        name = [who.group("verb")] + ([who.group("particle")] if who.group("particle") else [])
        return name, name
    whoever = _NAME_OF_WHOEVER.match(plain)
    lemma = verb_lemma(whoever["verb"]) if whoever else None
    doer = doer_noun(lemma) if whoever and lemma and lemma != whoever["verb"] else None
    if doer:
        return [doer, "name"], ["name"]  # "the name of whoever presented it": the presenter's
    which_did = _WHICH_ONE_DID_IT.match(plain)
    if which_did:
        # "which nurse put it on": the nurse, a record the designer links (no *on* date)
        named = ["which", *words(which_did["one"])]
        return named, named
    if _WHERE_PLACED.match(plain):
        return ["position"], ["position"]
    if re.match(r"^where (?:it|they) (?:went|go|goes|ended up|ends up|end up)$", plain):
        return ["destination"], ["destination"]  # "where it went: food bank, staff or ..."
    if _HOW_THEY_FOUND_US.match(plain):
        return ["source"], ["source"]  # "where they heard about us (website, ...)": the source
    if re.match(r"^what (?:they|he|she|the [a-z]+) (?:are|is|were|was) interested in$", plain):
        return ["interest"], ["interest"]
    if _WHERE.match(plain):
        return ["location"], ["location"]
    if plain in (
        "how",
        "how they paid",
        "how it was paid",
        "how they pay",
        "how they pay us",
        "how it was sent",
    ):
        return ["method"], ["method"]  # "and how (card, bank transfer or cash)": the way
    if re.match(
        r"^how (?:the|our|a|each) (?:customer|client|guest|buyer|owner|member)s? (?:paid|pay|pays)$",
        plain,
    ):
        return ["payment", "method"], ["payment", "method"]  # the payer named: the payment's way
    if re.match(r"^how (?:it|they|the [a-z]+) (?:gets?|got) (?:there|here)$", plain):
        return ["arrival", "method"], ["arrival", "method"]  # "how the dog gets there"
    eaten = re.match(r"^how much (?:was|is|were|got) (?P<done>[a-z]+(?:ed|en|t))$", plain)
    if eaten:
        return ["amount", eaten["done"]], ["amount"]  # "how much was eaten": the amount eaten
    if plain in ("why", "why not", "the reason why"):
        return ["reason"], ["reason"]  # "and why (illness, school trip or other)": the reason
    if _WHAT_WRONG.match(plain):
        return ["problem"], ["problem"]
    if _WHAT_IT_IS_ABOUT.match(plain):
        return ["description"], ["description"]
    when = _WHAT_TIME.match(plain)
    lemma = verb_lemma(when["verb"]) if when else None
    if when and lemma:
        named = [_TIME_NOUNS.get(lemma) or act_noun(lemma) or lemma, "time"]
        return named, named  # "what time it starts": the start time
    if _WHAT_WAS_SAID.match(plain):
        return ["notes"], ["notes"]
    if _WHAT_IT_IS.match(plain):
        return ["type"], ["type"]  # "what it is (shoes, boots or bag)": its kind
    if re.match(r"^what (?:we|i) paid for (?:it|them|each one)$", plain):
        # "what we paid for it": what it cost us to buy (*what we pay for it* is the amount paid)
        return ["purchase", "price"], ["price"]
    done = WHAT_DONE.match(plain)
    if done and done.group("verb") in _WHAT_DONE_NAMES:
        named = _WHAT_DONE_NAMES[done.group("verb")]
        if done["to"] and named == ["cost"]:
            return [_COST_TO[done["to"]], "cost"], ["cost"]  # "what it cost us to buy"
        if done["per"] and named[0] in ("amount", "charge"):
            # "what i pay per kilo": a price for each kilo, the rate kept
            return ["price", "per", done["per"]], ["price"]
        return named, named[:1]  # "amount paid" is typed as an amount
    how = _HOW.match(plain)
    if how and can_be_adjective(how.group("quality")):
        quality, unit = how.group("quality"), how.group("unit")
        noun = _DIMENSION_NOUNS.get(quality) or adjective_noun(quality) or quality
        if unit in UNIT_TYPES:
            draft.type = UNIT_TYPES[unit]  # "how long it is in minutes": a length, counted
            return [noun, unit], [unit]
        return [noun], [noun]
    return None
