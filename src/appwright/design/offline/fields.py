"""One field from the words that describe it: ``a rating from 0 to 5`` → ``rating``, integer 0..5.

Phrases come from lists (``a SKU, a name and a unit price``), so each is a noun phrase with
its decorations: articles, brackets, ranges, units, enum options after a colon, a relative
clause that tells how a status moves, or a small clause (``the year it was published``).
This module takes the decorations off and reads the notes in brackets; ``field_phrases``
reads the words left (with ``field_questions``, ``field_dates``, ``field_flags`` and
``field_clauses`` for the small clauses), and ``field_words`` keeps the words that type it.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.field_flags import flag_words
from appwright.design.offline.field_names import conventional_name
from appwright.design.offline.field_phrases import name_and_type_words
from appwright.design.offline.field_questions import WHAT_DONE
from appwright.design.offline.field_words import MAX_FIELD_WORDS, meaning_words
from appwright.design.offline.list_items import is_open_ended, split_options
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.types import (
    UNIT_TYPES,
    counted_plural,
    find_letter_range,
    find_range,
    hint_type,
    implied_range,
    infer_type,
)
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    verb_lemma,
)
from appwright.spec.names import MAX_NAME_LENGTH, to_snake

STATE_NOUNS = frozenset(["status", "stage", "state", "phase", "step", "progress"])
_FLOW_START = re.compile(
    r"\s+(?:that|which|who)\s+|\s+(?:shown|displayed|tracked|managed|shown)\s+as\s+|"
    r"\s+(?:goes|moves|flows|progresses|changes|going|moving)\s+|\s+(?=from\s+[a-z][\w\-]*\s+(?:to|->)\s)"
)
_NAMED_TICK_BOX = re.compile(
    r"^(?P<what>(?:a|an|the)?\s*[a-z][\w\- ]*?)\s+(?:tick[\s\-]?box|check[\s\-]?box|yes/no(?:\s+field)?)$"
)
"""``a returned tick box``: a yes/no field, named by the words before it."""
_SLASHED = re.compile(r"^[a-z][\w\- ]*(?:\s*/\s*[\w\-][\w\- ]*)+$")
_INLINE_HINT = re.compile(r"\s+(?P<hint>yes/no|yes or no|y/n|true/false)\??$")
_FOR_SOME_ONLY = (
    r"\bfor\s+(?:the\s+ones|those|anyone|any\s+[a-z]+|the\s+[a-z]+s)\s+(?:who|that|which)\b.*$"
)
"""``a delivery address for the ones who pay to have it brought round``: kept for some only."""
_OPTIONAL = re.compile(rf"\b(?:optional|optionally|if any|maybe)\b|{_FOR_SOME_ONLY}")


def for_some_only(item: str) -> str:
    """``item`` without the words saying whom it is kept for (*... for those who pay*)."""
    return re.sub(_FOR_SOME_ONLY, "", item).strip()


_REFERENCE_HINT = re.compile(
    r"^(?:one of (?:our|the|my|their|your)\s+|(?:a|an|the)\s+)(?P<what>[a-z][\w\- ]*)$"
)


_PASSIVE_PREDICATE = re.compile(
    r"^(?:and\s+)?(?:is|are)\s+(?P<done>[a-z]+)\s+(?:by|to|in|at|from|for|with)\s+"
    r"(?:a|an|one|the)\b"
)
_VALUES_CLAUSE = re.compile(
    r"^(?P<name>[a-z][\w\- ]*?)\s+(?:which|that)\s+(?:can|could|may|will|must)?\s*(?:be|is|are)\s+"
    r"(?:either\s+|one of\s+)?(?P<values>[\w\- ]+(?:\s*,\s*[\w\- ]+)*,?\s+(?:or|and)\s+[\w\- ]+)$"
)
"""``a status which can be pending, paid, late or waived``: a field and its values."""


def _without_optional(text: str, draft: FieldDraft, *, listed: bool = True) -> str:
    """``text`` without the words that make a field optional (marking ``draft`` so), but
    keeping *maybe* when it is one of listed values (*RSVP (yes, no, maybe)*)."""
    if listed and re.search(r",|\bor\b", text):
        found = [m for m in _OPTIONAL.finditer(text) if m.group(0) != "maybe"]
    else:
        found = list(_OPTIONAL.finditer(text))
    if not found:
        return text
    draft.optional = True
    for match in reversed(found):
        text = text[: match.start()] + " " + text[match.end() :]
    return re.sub(r"\s+", " ", text).strip()


def values_clause(phrase: str) -> bool:
    """Whether a list item is a field followed by the values it can take."""
    return _VALUES_CLAUSE.match(phrase.lower().strip(" ,")) is not None


_WE_SHOULD_KNOW = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:we|i|you|staff)\s+(?:need|want|have|ought|should|must)\s+"
    r"(?:to\s+)?(?:know|hear|be\s+told|be\s+aware)(?:\s+(?:about|of))?$"
)
"""``any allergies we need to know about``: why it is kept, no part of its name."""


def read_field(phrase: str) -> FieldDraft | None:
    """The field a list item describes, or None when the item is not a field."""
    text = _WE_SHOULD_KNOW.sub("", phrase.lower().strip(" ,:;"))
    text = re.sub(r"\s+too$", "", text)  # "and a scan link too": the scan link
    text = re.sub(r"(?<=[a-z])'ve\b", " have", text)  # "if they've paid"
    if not text:
        return None
    passive = _PASSIVE_PREDICATE.match(text)
    if passive and is_past_participle(passive.group("done")):
        return None  # "..., and is owned by a member": the subject's link, read as one
    draft = FieldDraft(name="", phrase=text)
    hints = [_without_optional(hint, draft) for hint in bracketed(text)]
    text = _without_optional(outside_brackets(text), draft, listed=False)
    inline = _INLINE_HINT.search(text)
    if inline:
        # "paid yes/no": the hint written after the name, without brackets
        hints.append(inline.group("hint"))
        text = text[: inline.start()]
    tick = _NAMED_TICK_BOX.match(text)
    if tick:
        # "a returned tick box": a yes/no named by what it says
        text = tick.group("what")
        hints.append("yes/no")
    text, colon_options = _colon_options(text)
    values = _VALUES_CLAUSE.match(text)
    if values and not colon_options:
        text, colon_options = values.group("name"), split_options(values.group("values"))
    if not colon_options and _SLASHED.match(text):
        text, colon_options = _slashed_values(text)
    if not colon_options:
        colon_options, text = find_letter_range(text)
    text = _flow_part(text, draft)
    name_words, type_words = name_and_type_words(text, draft)
    # "the child's weight in kilos": the child weight, no stray *s* in the name
    name_words = [w[:-2] if w.endswith("'s") and len(w) > 3 else w for w in name_words]
    if len(name_words) > 2 and name_words[0] in ("whether", "if"):
        # "whether gift aid applies", "whether this year's subscription is paid": a yes/no
        # named by what it asks, in a shape the readers of *whether* clauses do not know
        name_words = flag_words(name_words[1:])
        type_words, draft.type = name_words, "boolean"
    if not name_words or len(name_words) > MAX_FIELD_WORDS:
        return None
    for hint in hints:
        _apply_hint(hint, draft, name_words)
    if colon_options:
        draft.options = colon_options
    if draft.options:
        # "interests (tech, design, business)": several of the values at once
        head = meaning_words(name_words)[-1]  # "type of works" is one type
        # "the wind conditions (light, moderate or strong)": one of them, whatever the plural
        one_of = any(re.search(r"\bor\s+[^,]+$", hint) for hint in hints)
        draft.type = "multi_enum" if is_plural(head) and not one_of else "enum"
    elif draft.type == "text":
        draft.type = infer_type(type_words)
        if draft.type == "text" and counted_plural(type_words):
            draft.type = "integer"  # "registered voters", "honey frames": how many
        implied = implied_range(type_words) if draft.type == "decimal" else None
        if implied is not None and draft.minimum is None and draft.maximum is None:
            draft.minimum, draft.maximum = implied.low, implied.high
    bounded = draft.minimum is not None or draft.maximum is not None
    if bounded and draft.type not in ("integer", "decimal", "date", "datetime"):
        draft.type = "integer" if _whole(draft) else "decimal"
    draft.name = to_snake("_".join(conventional_name(name_words)))[:MAX_NAME_LENGTH].strip("_")
    if draft.options and name_words[:1] == ["id"]:
        # "the ID they showed (passport, ...)": the kind of ID; *id* is the record's own key
        draft.name = "id_type"
    if not draft.name or not draft.name[0].isalpha():
        return None
    return draft


def _slashed_values(text: str) -> tuple[str, list[str] | None]:
    """``severity low/medium/high``, ``outcome granted / partly granted / refused``: the values
    written straight after the name. The first value is as long as the shortest of the others,
    and the words before it are the name; but a noun that opens it and shares no head with
    the others is the name's (*payment method card / bank transfer*; not *window seat / aisle
    seat*)."""
    first, *others = [part.split() for part in re.split(r"\s*/\s*", text.strip())]
    size = min(len(other) for other in others)
    if len(first) <= size:
        return text, None
    if size > 1 and can_be_noun(first[-size]) and first[-1] not in {other[-1] for other in others}:
        size -= 1
    values = [" ".join(first[-size:]), *(" ".join(other) for other in others)]
    return " ".join(first[:-size]), values


def _whole(draft: FieldDraft) -> bool:
    return all(v is None or float(v).is_integer() for v in (draft.minimum, draft.maximum))


def _colon_options(text: str) -> tuple[str, list[str] | None]:
    if ":" not in text:
        return text, None
    head, _, tail = text.partition(":")
    options = [o for o in split_options(tail) if o]
    return head.strip(), options or None


_MOVING_VERBS = frozenset(["move", "go", "progress", "pass", "flow", "run"])


def _flow_part(text: str, draft: FieldDraft) -> str:
    """Cut ``a stage that moves from lead to won`` into the name and the flow words."""
    if "->" in text:
        left, _, chain = text.partition("->")
        parts = strip_determiners(left).split()
        if len(parts) >= 2:
            keep = next((i + 1 for i, w in enumerate(parts) if w in STATE_NOUNS), 1)
            draft.flow_text = " ".join(parts[keep:]) + " -> " + chain.strip()
            return " ".join(parts[:keep])
        draft.flow_text = chain
        return left
    match = _FLOW_START.search(text)
    if match is None or WHAT_DONE.match(strip_determiners(text)):
        return text  # "what i am charging for that item": no stage that moves
    head = text[: match.start()].strip()
    named = strip_determiners(head).split()
    if not named or len(named) > MAX_FIELD_WORDS:
        return text  # "the moving date": a name with no stage before the verb
    draft.flow_text = text[match.start() :].strip()
    if (verb_lemma(head) or head) in _MOVING_VERBS:
        return "status"  # "..., and move from reported to fixed": the record's own status
    if re.fullmatch(r"(?:that|this)\s+[a-z][\w\-]*", head):
        return "status"  # "..., and that claim goes from lodged to paid": the record told again
    return head


_REMARK = re.compile(
    r"^(?:(?:a few|several|some|most|many|all|none|one|two)(?: of them)?|they|it) "
    r"(?:are|is|aren't|isn't|are not|is not|do|don't|have|haven't)$"
)


_ANOTHER_END = re.compile(
    r"^or\s+(?P<state>[a-z][\w\-]*)(?:\s+(?:at|from)\s+any\s+(?:point|stage|time|state|step))?$"
)


def _is_remark(option: str) -> bool:
    return _REMARK.match(option.strip()) is not None


def _apply_hint(hint: str, draft: FieldDraft, name_words: list[str]) -> None:
    """Use a bracketed note after a field: a type, a unit, a range, options or a reference."""
    text = hint.strip().lower()
    another_end = _ANOTHER_END.match(text)
    if another_end and draft.flow_text:
        # "status logged -> ... -> responded (or withdrawn at any point)": one more end
        draft.flow_text += f", {text}"
        return
    known = hint_type(text)
    if known:
        draft.type = known
        return
    if text in UNIT_TYPES:
        name_words.append(text)
        draft.type = UNIT_TYPES[text]
        return
    letters, rest = find_letter_range(text)
    if letters is not None and not rest.strip(" ,"):
        draft.options = letters  # "(A-G)": the grades it can be
        return
    range_, rest = find_range(text)
    if range_ is not None and not rest.strip(" ,"):
        draft.minimum, draft.maximum = range_.low, range_.high
        return
    reference = _REFERENCE_HINT.match(text)
    if reference and len(reference.group("what").split()) <= 3 and "," not in text:
        draft.reference = reference.group("what")
        return
    options = [o for o in split_options(text) if o]
    if any(_is_remark(o) for o in options):
        return  # "(a few are, most aren't)": a remark on the values, none of them
    if len(options) >= 2:
        if is_open_ended(text):
            draft.examples = options
        else:
            draft.options = options
