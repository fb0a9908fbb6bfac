"""The rewordings ``perturbed.py`` measures: each keeps what a description says and changes
how it is said, the way owners vary.

Habits (*each* or *every*, *we* or *I*, *we note* or *we log*, a contraction, a greeting first,
*belongs to one*) and families of wording, one section each, named by the family first:
``subjects`` (*members have* or *each member has*), ``fields`` (*each X has* or *for each X we
keep*), ``links`` (*belongs to* or *can have many*), ``options`` (a bracket or *that can be*),
``states`` (*goes from* or *starts as*), ``acts`` (*when* or *each time*, *if*) and ``shapes``
(prose or bullets, *A; b* or *A. B*). Each applies only where the sentence's shape is certain,
so that a drop is the designer's, not the rewording's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.design.offline.parse import parse
from appwright.design.offline.text import (
    FUNCTION_WORDS,
    QUANTIFIERS,
    can_be_noun,
    can_be_verb,
    is_plural,
    parts_of_speech,
    plural,
    singular,
    verb_lemma,
    with_article,
)


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


# ---- fields: how a record's field list is said ----------------------------------------------

_CLAUSE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=;\s))"
_LIST_OPENS = r"(?:a|an|the|its|their|whether|how)\b"
_HAS_LIST_ONE = re.compile(
    _CLAUSE_START + r"(?P<each>[Ee]ach|[Ee]very) (?P<noun>(?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*) has "
    r"(?P<adverb>(?:just|only|also) )?(?P<list>" + _LIST_OPENS + r"[^.;\n]*)(?=[.;\n]|$)"
)
_HAS_LIST_MANY = re.compile(
    _CLAUSE_START
    + r"(?P<noun>(?:[A-Z][a-z-]*|My [a-z-]+|Our [a-z-]+)(?: (?!just |only |also )[a-z-]+){0,2}) "
    r"(?P<adverb>(?:just|only|also) )?have (?P<list>" + _LIST_OPENS + r"[^.;\n]*)(?=[.;\n]|$)"
)
_NOT_A_RECORD = frozenset(
    [
        "we",
        "they",
        "i",
        "you",
        "some",
        "most",
        "all",
        "both",
        "many",
        "few",
        "these",
        "those",
        "others",
        "each",
        "every",
        "one",
        "day",
        "time",
        "week",
        "month",
        "year",
    ]
)
_MANY_ITEMS = re.compile(
    r"\b(?:several|many|multiple|one or more|a few|some|any number|a list|lots)\b"
    r"|(?:^|, |and )one\b"
)
"""A record's other records, not its fields: *each route has several stops*, *each group has a
name and one teacher in charge* are no field list."""
_FINITE = frozenset(["VBZ", "VBP", "VBD", "MD"])


def _plain_list(subject: str, verb: str, listed: str) -> bool:
    """Whether ``SUBJECT VERB LISTED`` says one record's fields and nothing more: no second
    predicate (*..., and belongs to one patrol*), no records it has many of, brackets closed."""
    if _MANY_ITEMS.search(listed) or listed.count("(") != listed.count(")"):
        return False
    if re.search(r"\bwith\b", listed.split(",")[0]):
        # *every customer has an account with a name, ...*: a record of theirs and its list
        return False
    if subject.split()[-1].lower() in _NOT_A_RECORD:
        return False
    said = parse(f"{subject} {verb} {listed}.")
    heads = [token for token in said.tokens if token.lower == verb]
    if not heads or heads[0].dep != "ROOT":
        return False
    # a second predicate: a verb joined to *has*, or a finite verb or a word that is no noun
    # right after *and* or a comma (*..., the kilos left in stock and comes from one supplier*,
    # *a name, email and phone and own properties*)
    return not any(
        (token.head == heads[0].i and token.dep == "conj" and token.pos in {"VERB", "AUX"})
        or (
            said.tokens[token.i - 1].lower in {"and", ","}
            and (
                token.tag in _FINITE or (can_be_verb(token.lower) and not can_be_noun(token.lower))
            )
        )
        for token in said.tokens
    )


def fields_for_each_we_keep(text: str) -> str:
    """*Each order has a date and a total.* → *For each order we keep a date and a total.*"""

    def reword(match: re.Match[str]) -> str:
        each, noun, listed = match.group("each"), match.group("noun"), match.group("list")
        if not _plain_list(f"{each} {noun}", "has", listed):
            return match.group(0)
        adverb = (match.group("adverb") or "").strip()
        keep = f"we {adverb} keep" if adverb and adverb != "just" else "we keep"
        lead = "For" if each[0].isupper() else "for"
        return f"{lead} {each.lower()} {noun} {keep} {listed}"

    return _HAS_LIST_ONE.sub(reword, text)


def fields_each_needs(text: str) -> str:
    """*Each booking has a date and a start time.* → *Each booking needs a date and a start
    time.*: what each record must hold, as owners who think of the form say it."""

    def reword(match: re.Match[str]) -> str:
        each, noun, listed = match.group("each"), match.group("noun"), match.group("list")
        if match.group("adverb") or not _plain_list(f"{each} {noun}", "has", listed):
            return match.group(0)
        return f"{each} {noun} needs {listed}"

    return _HAS_LIST_ONE.sub(reword, text)


def fields_for_them_we_need(text: str) -> str:
    """*Customers have a name and a phone.* → *For customers we need a name and a phone.*"""

    def reword(match: re.Match[str]) -> str:
        noun, listed = match.group("noun"), match.group("list")
        head = noun.split()[-1]
        if singular(head) == head.lower() or not _plain_list(noun, "have", listed):
            return match.group(0)
        adverb = match.group("adverb") or ""
        named = noun[0].lower() + noun[1:]
        return f"For {named} we {adverb}need {listed}"

    return _HAS_LIST_MANY.sub(reword, text)


_CLAUSE_IN_LIST = re.compile(r"[:()]| - |\b(?:which|who|where|that|with)\b")


def fields_we_keep_for_each(text: str) -> str:
    """*Every tank has a code and a volume.* → *We keep a code and a volume for every tank.*;
    *Drivers have a name and a phone.* → *We keep a name and a phone for each driver.* Only
    where the list is plain to its end: no verb in it, no colon, bracket, relative or aside
    after its last item, so the *for every tank* after it cannot be read as part of that item."""

    def trailing(match: re.Match[str], subject: str, verb: str, each: str) -> str:
        listed = match.group("list")
        last = re.split(r"\band\b", listed)[-1]
        if match.group("adverb") or _CLAUSE_IN_LIST.search(listed) or "," in last:
            return match.group(0)
        if not _plain_list(subject, verb, listed):
            return match.group(0)
        said = parse(f"{subject} {verb} {listed}.")
        if sum(token.pos in {"VERB", "AUX"} for token in said.tokens) != 1:
            return match.group(0)
        lead = "We" if subject[0].isupper() else "we"
        return f"{lead} keep {listed} for {each}"

    def one(match: re.Match[str]) -> str:
        each, noun = match.group("each"), match.group("noun")
        return trailing(match, f"{each} {noun}", "has", f"{each.lower()} {noun}")

    def many(match: re.Match[str]) -> str:
        noun = match.group("noun")
        *modifiers, head = noun.split()
        if singular(head) == head.lower() or modifiers[:1] in (["My"], ["Our"]):
            return match.group(0)
        each = " ".join(["each", *(word.lower() for word in modifiers), singular(head)])
        return trailing(match, noun, "have", each)

    return _HAS_LIST_MANY.sub(many, _HAS_LIST_ONE.sub(one, text))


# links: how a link between two records is said. A name is one or two lower-case words (*a
# glasses order*, *a drop-off*); each word a noun or a modifier, never a word like *one* or *of*.
_NAME = r"[a-z][a-z-]*(?: [a-z][a-z-]*)?"
# fmt: off
_NOT_A_NAME = frozenset([
    "one", "ones", "of", "our", "their", "its", "his", "her", "my", "your", "which", "who",
    "that", "this", "those", "these", "them", "they", "it", "we", "i", "too", "also", "only",
    "just", "all", "any", "some", "most", "each", "every", "several", "many", "and", "or", "with",
])
# fmt: on


def _is_record_name(name: str, *, many: bool) -> bool:
    """*customer*, *glasses order* (or *customers* when ``many``): nouns, the head in the number
    asked for."""
    names = name.split()
    if any(word in _NOT_A_NAME for word in names) or not all(map(can_be_noun, names)):
        return False
    return is_plural(names[-1]) == many and (many or plural(names[-1]) != names[-1])


def _plural_name(name: str) -> str:
    *modifiers, head = name.split()
    return " ".join([*modifiers, plural(head)])


def _singular_name(name: str) -> str:
    *modifiers, head = name.split()
    return " ".join([*modifiers, singular(head)])


def _capital_as(said: str, new: str) -> str:
    return new[0].upper() + new[1:] if said[:1].isupper() else new


_BELONGS_TO = re.compile(r"\b(belongs|belong) to (?=(?:a|an|one)\b)")


def links_linked_to(text: str) -> str:
    """*each order belongs to a customer* → *each order is linked to a customer*; *players
    belong to a team* → *players are linked to a team*."""
    return _BELONGS_TO.sub(
        lambda match: "is linked to " if match.group(1) == "belongs" else "are linked to ", text
    )


_ONE_BELONGS = re.compile(
    # where the clause starts: the text's start, after a sentence or a semicolon, after *and*
    r"(?P<start>^|(?<=[.;:] )|(?<=\band ))"
    r"(?:(?P<det>[Ee]ach|[Ee]very|[Aa]n?) (?P<one>" + _NAME + r") belongs"
    r"|(?P<many>[A-Za-z][a-z-]*(?: [a-z][a-z-]*)?) belong)"
    r" to (?:a|an|one) (?P<owner>" + _NAME + r")"
    # what follows is certain: the clause ends, a *with* list of the subject, or its own verb
    r"(?P<end>[.;]|, with |,? and (?P<verb>[a-z]+)\b)"
)


def _one_belongs_turned(match: re.Match[str]) -> str | None:
    one, many, owner = match.group("one"), match.group("many"), match.group("owner")
    if not _is_record_name(owner, many=False):
        return None
    if one is not None:
        if not _is_record_name(one, many=False):
            return None
        ones, each = _plural_name(one), f"each {one}"
    else:
        if not _is_record_name(many.lower(), many=True):
            return None
        ones = each = many.lower()
    verb, end = match.group("verb"), match.group("end")
    # *..., and has*: the verb is the subject's own (a word the dictionary knows as a verb)
    if verb is not None and (verb in _NOT_A_NAME or "VERB" not in parts_of_speech(verb)):
        return None
    turned = f"{with_article(owner)} can have many {ones}"
    if end in ".;":
        turned += end
    elif end == ", with ":
        turned += ", each with "
    else:
        turned += f", and {each} {verb}"
    return _capital_as(match.group("det") or many, turned)


def links_has_many(text: str) -> str:
    """*each site belongs to one client and has an address* → *a client can have many sites,
    and each site has an address*; *guests belong to a wedding, with a name* → *a wedding can
    have many guests, each with a name*."""

    def turn(match: re.Match[str]) -> str:
        return _one_belongs_turned(match) or match.group(0)

    return _ONE_BELONGS.sub(turn, text)


_CAN_HAVE_MANY = re.compile(
    r"(?P<start>^|(?<=[.;:] )|(?<=\band )|(?<=\bso ))"
    r"(?P<det>[Oo]ne|[Ee]ach|[Ee]very|[Aa]n?) (?P<owner>" + _NAME + r")"
    r" can have (?:several|many) (?P<ones>" + _NAME + r")"
    r"(?P<end>[.;]|, each with |, and (?P<rest>[^.;]*))"
)


def links_belongs_to(text: str) -> str:
    """*one customer can have several sites.* → *each site belongs to a customer.*; *each
    customer can have several properties, each with an address* → *each property belongs to a
    customer, with an address* (not where the rest tells the other side: a many-to-many)."""

    def turn(match: re.Match[str]) -> str:
        owner, ones, end = match.group("owner"), match.group("ones"), match.group("end")
        if not (_is_record_name(owner, many=False) and _is_record_name(ones, many=True)):
            return match.group(0)
        rest = match.group("rest")
        if rest is not None and re.search(
            rf"\b(?:several|many|lots|{re.escape(plural(owner.split()[-1]))})\b", rest
        ):
            return match.group(0)
        turned = f"each {_singular_name(ones)} belongs to {with_article(owner)}"
        turned += ", with " if end == ", each with " else end
        return _capital_as(match.group("det"), turned)

    return _CAN_HAVE_MANY.sub(turn, text)


_SIDE = r"(?:(?:[Aa]n?|[Ee]ach|[Ee]very|[Oo]ne) (?P<{0}>[a-z]+)|(?P<{0}_many>[A-Za-z][a-z]+))"
_MANY = r"(?:several|many|lots of|lots of different|any number of)"
_BOTH_WAYS = re.compile(
    r"(?P<start>^|(?<=[.;:] )|(?<=\band )|(?<=\bso ))"
    + _SIDE.format("x")
    + r" (?P<xverb>(?:[a-z]+ ){1,3}?)"
    + _MANY
    + r" (?P<ys>[a-z]+)(?P<join>,? and |; |, | while | but )"
    + _SIDE.format("y")
    + r" (?P<yverb>(?:[a-z]+ ){1,3}?)"
    + _MANY
    + r" (?P<xs>[a-z]+)(?P<end>[.;]|,? and\b|, (?:while|but|so)\b)"
)


def links_many_to_many(text: str) -> str:
    """*a talk can have several speakers and a speaker can give several talks.* → *talks and
    speakers are many to many.*: both sides told, each the other's mirror in the number."""

    def turn(match: re.Match[str]) -> str:
        x = match.group("x") or singular(match.group("x_many").lower())
        y = match.group("y") or singular(match.group("y_many").lower())
        xs, ys = match.group("xs"), match.group("ys")
        if not (singular(xs) == x and singular(ys) == y and x != y):
            return match.group(0)
        if not (_is_record_name(x, many=False) and _is_record_name(y, many=False)):
            return match.group(0)
        told = f"{plural(x)} and {plural(y)} are many to many"
        return _capital_as(match.group(0), told) + match.group("end")

    return _BOTH_WAYS.sub(turn, text)


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
    "fields: each X has → for each X we keep": fields_for_each_we_keep,
    "fields: Xs have → for Xs we need": fields_for_them_we_need,
    "fields: each X has → each X needs": fields_each_needs,
    "fields: X has → we keep ... for each X": fields_we_keep_for_each,
    "links: belongs to → is linked to": links_linked_to,
    "links: X belongs to a Y → a Y can have many Xs": links_has_many,
    "links: a Y can have several Xs → each X belongs to a Y": links_belongs_to,
    "links: both ways → Xs and Ys are many to many": links_many_to_many,
    "states: goes from A to B → starts as A, then becomes B": states_starts_as,
    "states: goes from A to B → goes A → B": states_arrows,
    "states: goes from A to B → is first A, then B": states_first_then,
    "states: A to B, or cancelled → and it can be cancelled at any point": states_side_exit,
    "acts: when ↔ each time": acts_when_each_time,
    "acts: when X we record Y → we record Y when X": acts_kept_when,
    "acts: keep track of ↔ track": acts_keep_track,
    "acts: when we X we log a Y with → we log a Y each time we X, with": acts_record_each_time,
    "acts: when X, we record → if X, we record": acts_when_if,
    "acts: keep track of my Xs → keep a list of my Xs": acts_keep_a_list,
    "acts: we need to track our Xs → the app should hold our Xs": acts_the_app_holds,
    "options: a kind (A, B or C) → a kind of A, B or C": options_of,
    "options: a kind (A, B or C) → a kind that can be A, B or C": options_that_can_be,
    "options: a yes/no for whether X → whether X": options_whether,
    "options: the date it happened → when it happened": options_when,
    "subjects: plurals have → each has": plurals_have_each_has,
    "subjects: each → a": each_a,
    "subjects: each has → plurals have": each_has_plurals_have,
    "shapes: sentences → an opening and bullets": shapes_bullets,
    "shapes: each X has A, B → X: A, B": shapes_terse,
    "shapes: A; b → A. B": shapes_semicolon_split,
    "shapes: A. B → A; b": shapes_joined,
}
