"""Where a list a record holds ends in the parse: at a semicolon, at an *and* that opens a second
clause (*..., and is assigned to*), at a new subject and its act (*..., and a member reserves
one for a date*), or where another record's list starts (*..., and for the owner a name*).
"""

from __future__ import annotations

import re

from appwright.design.offline.parse import Parse, Token
from appwright.design.offline.word_forms import can_be_verb

_CLAUSE_OPENERS = frozenset(["we", "i", "you", "they", "it", "each", "every", "our", "their"])


_JOINS = frozenset(["and", "but", "while", "so", "then"])


_SOMEONE_ACTS = re.compile(
    r",\s+(?:and|while|so)\s+(?:a|an|each|every|one|any)\s+[a-z][\w\-]*\s+"
    r"(?:(?P<modal>might|may|can|could|will)\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:a|an|the|one|their|its|it|them|several|many)\b"
)
"""*..., and a member reserves one for a date*, *..., and one startup might have a few of
them*: a new subject and its act (which the tagger may read as a compound noun) end the list."""


_WHICH_GOES = re.compile(
    r",\s+which\s+(?:usually\s+|normally\s+|then\s+)?(?:goes|runs|moves|passes|starts)\b"
)
"""*..., a status, which goes quoted, approved, ...*: the states, no more of the list."""


_AFTER_LAST_ITEM = re.compile(
    r"\sand\s[^,;()]+(?P<comma>,)\s+(?:(?:can|may|must|will|should|also|then)\s+)?"
    r"(?P<verb>(?!(?:a|an|the|its|their|our|plus|and|or|also)\b)[a-z]+)"
    r"\s+(?:(?:a|an|the|their|our|its)\s|[a-z][\w\-]*s\b)"
)
"""*restaurants, with a name, an address and a contact email, place orders ...* (or *can
reserve a piece*): after the item *and* closes, a verb and its object are the clause going on,
not one more item."""


_ANOTHER_ONES_LIST = re.compile(
    r",\s+(?:and\s+)?(?:for\s+(?:each|every|the)\s+(?:of\s+(?:their|its|his|her|our)\s+)?"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:the|a|an|its|their)\s"
    r"|(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?'s?\s"
    r"|(?:(?:each|every|a|an)\s+[a-z][\w\-]*\s+(?:has|gets|needs)"
    r"|[a-z][\w\-]*s\s+(?:have|get|need|just|only))\s+(?:a|an|the|their|its)\s)"
)
"""*..., and for each of their cats the name, ...*, *..., and for the owner a name*, *..., and
each club's name and email*, *..., boxers have a name and ...*, *..., drivers just a name*:
another record's list starts, and this one ends."""


def _main_verb_after(tree: Parse, word: Token, start: Token) -> bool:
    """*a clerk, with a name and phone, is booked ...*: the sentence's own verb after a comma
    goes on with the subject the *with* list hung from."""
    if word.pos not in ("VERB", "AUX") or word.i <= start.i:
        return False
    if word.dep == "ROOT":
        return True
    head = tree.head(word)
    return word.dep in ("aux", "auxpass") and head is not None and head.dep == "ROOT"


def list_as_written(sentence: str, tree: Parse, start: Token) -> str:
    """The list as written, from ``start`` to the end of its clause: a semicolon, an *and*
    that opens a second clause (*..., and is assigned to*, *..., and every day I check in*), or
    the first word of a second verb's clause (*..., and a repair goes booked, then returned*)."""
    second_clauses = [
        _first_index(tree, verb)
        for verb in tree.tokens
        if verb.dep == "conj"
        and verb.pos in ("VERB", "AUX")
        and verb.i > start.i
        and not _asks_whether(tree, verb)
    ]
    end = min([len(sentence)] + [tree.tokens[i].idx for i in second_clauses if i > start.i])
    depth = 0
    for token in tree.tokens[start.i :]:
        depth += (token.text == "(") - (token.text == ")")
        if depth > 0:
            continue
        after = tree.tokens[token.i + 1] if token.i + 1 < len(tree.tokens) else None
        opens_clause = after is not None and (
            after.lower in _CLAUSE_OPENERS
            or (after.pos in ("VERB", "AUX") and after.dep not in ("amod", "compound"))
        )
        if token.text == ";" or (token.lower in _JOINS and opens_clause):
            end = min(end, token.idx)
            break
        if token.text == "," and after is not None and _main_verb_after(tree, after, start):
            end = min(end, token.idx)  # "a clerk, with a name and phone, is booked for ..."
            break
    text = sentence[start.idx : end].strip().rstrip(".!,")
    which_goes = _WHICH_GOES.search(text)
    if which_goes is not None:
        text = text[: which_goes.start()]  # "..., a status, which goes quoted, approved, ..."
    someone_acts = _SOMEONE_ACTS.search(text)
    if (
        someone_acts is not None
        and (someone_acts["modal"] or someone_acts["verb"].endswith("s"))
        and can_be_verb(someone_acts["verb"])
    ):
        text = text[: someone_acts.start()]
    last_item = _AFTER_LAST_ITEM.search(text)
    if last_item is not None and can_be_verb(last_item["verb"]):
        text = text[: last_item.start("comma")]
    another = _ANOTHER_ONES_LIST.search(text)
    if another is not None:
        text = text[: another.start()]
    return re.sub(r"(?:,\s*|\s+)(?:and|but|or|then|plus)$", "", text)


def _asks_whether(tree: Parse, verb: Token) -> bool:
    """*..., a size and whether there's a water tap*: a yes/no item of the list, not a clause."""
    return any(c.dep == "mark" and c.lower in ("whether", "if") for c in tree.children(verb))


def _first_index(tree: Parse, head: Token) -> int:
    """The first token of the phrase ``head`` governs."""
    first = head.i
    waiting = [head]
    while waiting:
        for child in tree.children(waiting.pop()):
            first = min(first, child.i)
            waiting.append(child)
    return first
