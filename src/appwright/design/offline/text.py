"""Words and phrases: sentence and list splitting, inflection, and what a word can be.

Inflection comes from libraries, not home-made suffix rules: ``lemminflect`` (a dictionary of
English lemmas and parts of speech) and ``inflect`` (plurals and singulars of words the
dictionary does not know). Only closed classes of grammar words (determiners, pronouns,
prepositions, auxiliaries) are listed here: they are the grammar, not a vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from lemminflect import getAllLemmas, getAllLemmasOOV, getInflection

from appwright.design.offline.act_openers import (
    act_before_kept,
    act_before_record,
    when_an_act,
    without_how_often,
    without_if_so,
)
from appwright.design.offline.app_holds import we_track
from appwright.design.offline.flow_twins import flow_as_goes_from
from appwright.design.offline.initialisms import spell_out_initialisms
from appwright.design.offline.is_what import is_what_it_does
from appwright.design.offline.options_said import options_in_brackets, when_it_happened
from appwright.design.offline.parse import wordnet_nouns
from appwright.design.offline.terse_notes import articled_items, per_one_first
from appwright.design.offline.told_on import names_it_again, told_apart, told_on
from appwright.inflector import engine


def word_set(text: str) -> frozenset[str]:
    """The words of a text as a set: how the word lists below are written."""
    return frozenset(text.split())


DETERMINERS = word_set(
    "a an the each every their its his her my our your this that these those some any all "
    "both either"
)
NUMERALS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands dozen dozens"
)
"""Number words: a closed class, like the determiners (*sixty children in four groups*)."""
NOUN_MARKERS = word_set("a an the each every their its his her my our your")
"""Articles and possessives: what follows them, up to a noun, is a noun phrase."""
QUANTIFIERS = frozenset(["many", "multiple", "several", "one", "more", *NUMERALS])
MANY = frozenset(["many", "multiple", "several"])
SUBJECT_PRONOUNS = frozenset(
    ["i", "we", "you", "they", "he", "she", "it", "someone", "everyone", "anyone", "nobody"]
)
OBJECT_PRONOUNS = frozenset(
    ["me", "us", "them", "it", "him", "her", "you", "everything", "everyone"]
)
PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS
PREPOSITIONS = word_set(
    "of to from for with in on at by against about per into onto under over within between "
    "after before during through across via inside along around near beside behind among above below "
    "beneath alongside throughout towards toward"
)
AUXILIARIES = word_set(
    "is are was were be been being am can could should would will shall must may might do "
    "does did has have had need needs 's 're 'd 'll"
)
CONJUNCTIONS = frozenset(["and", "or", "but", "nor", "&", "so", "then"])
WH_WORDS = frozenset(
    ["who", "whom", "whose", "which", "that", "where", "when", "whether", "how", "what", "why"]
)
ADVERBS = word_set(
    "also optionally then finally only just too always usually maybe perhaps eventually "
    "basically simply ever"
)
FLOW_VERBS = word_set("goes moves progresses passes flows proceeds")
"""Verbs that tell a record's states (*goes from pending to confirmed*)."""
VERB_PARTICLES = frozenset(["up", "down", "out", "off", "away", "back"])
"""Words that complete a phrasal verb (*ring up*, *write down*): never nouns after a verb."""
IN_PARTICLE_VERBS = word_set("bring hand send turn fill take put key type call let drop")
"""Verbs whose *in* is a particle (*customers bring in bikes*): the plural noun after is
their object, not the place of a prepositional phrase."""
FUNCTION_WORDS = DETERMINERS | PRONOUNS | PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | WH_WORDS

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*|[,;:]")
PUNCTUATION = frozenset(",;:")


def words(text: str) -> list[str]:
    """The lower-case words of a text; apostrophes and hyphens stay inside words."""
    return _WORD.findall(text.lower())


def tokenize(text: str) -> list[str]:
    """Words and the commas, colons and semicolons between them (they end noun phrases)."""
    return _TOKEN.findall(text.lower())


_VERB_PREFIX = re.compile(r"^(?P<prefix>(?:pre|re|co|mis|un|de|over|under)-)(?P<rest>[a-z]{3,})$")
"""A hyphenated prefix (*pre-order*, *re-book*, *co-sign*): the word is what its stem is."""


_DICTIONARY_GAPS = {
    w: frozenset({"NOUN"})
    for w in ("questionnaire", "questionnaires", "bar", "bars", "vet", "vets")
}
"""Nouns the dictionary lists only as verbs (its noun table holds the forms it finds
ambiguous): *a few questionnaires of their own*."""


@cache
def parts_of_speech(word: str) -> frozenset[str]:
    """Universal POS tags the dictionary knows for a word (empty for unknown words)."""
    found = frozenset(getAllLemmas(word.lower())) | _DICTIONARY_GAPS.get(word.lower(), frozenset())
    prefixed = _VERB_PREFIX.match(word.lower())
    return found or (parts_of_speech(prefixed.group("rest")) if prefixed else found)


def can_be_verb(word: str) -> bool:
    return "VERB" in parts_of_speech(word) or "AUX" in parts_of_speech(word)


def can_be_noun(word: str) -> bool:
    pos = parts_of_speech(word)
    if "NOUN" in pos or "PROPN" in pos or not pos:
        return True
    # the dictionary lists some plurals only as verbs ("logs"): ask about the singular
    base = engine().singular_noun(word.lower())
    return bool(base) and "NOUN" in parts_of_speech(str(base))


def listed_as_noun(word: str) -> bool:
    """Whether WordNet lists ``word`` as a noun (*retreat*, which the word list above knows
    only as a verb). Wider than ``can_be_noun``, so asked only where a noun is expected: after
    an article, or where a rewrite names a record."""
    return word.lower() in wordnet_nouns()


def is_adverb(word: str) -> bool:
    """Only an adverb (*obviously*, *usually*), never a noun, verb or adjective."""
    return parts_of_speech(word) == frozenset({"ADV"})


def can_be_adjective(word: str) -> bool:
    return "ADJ" in parts_of_speech(word)


@cache
def verb_lemma(word: str) -> str | None:
    """``reopened`` → ``reopen``; None when the word is not a known verb form."""
    lemmas = getAllLemmas(word.lower()).get("VERB")
    prefixed = _VERB_PREFIX.match(word.lower())
    if not lemmas and prefixed:
        stem = verb_lemma(prefixed.group("rest"))
        return f"{prefixed.group('prefix')}{stem}" if stem else None
    return lemmas[0] if lemmas else None


@cache
def verb_form(verb: str, tag: str) -> str:
    """A Penn tag's form of a verb: ``("wait", "VBG")`` → ``waiting``."""
    forms = getInflection(verb, tag=tag)
    return forms[0] if forms else verb


def done_form(acts: str) -> str | None:
    """The participle of a verb said in its *-s* form (``offers`` → ``offered``): the state
    the act leaves a record in; None when the word is no such verb form."""
    lemma = verb_lemma(acts)
    return verb_form(lemma, "VBN") if lemma and lemma != acts else None


def is_past_participle(word: str) -> bool:
    lemma = verb_lemma(word)
    if lemma is None or lemma == word:
        return False
    done = verb_form(lemma, "VBN")
    # the dictionary spells the American way: "canceled", "labeled"; "cancelled" is as done
    return done == word or (word.endswith("lled") and done == f"{word[:-4]}led")


@cache
def singular(word: str) -> str:
    """``properties`` → ``property``, ``status`` → ``status``, ``sign-ups`` → ``sign-up``."""
    lower = word.lower()
    known = getAllLemmas(lower).get("NOUN")
    if known:
        return str(known[0])
    # not in the dictionary as a noun ("logs" is listed only as a verb, "sign-ups" not at all)
    guess = engine().singular_noun(lower)
    if guess == lower[:-1] and listed_as_noun(lower) and not listed_as_noun(str(guess)):
        return lower  # "christmas" is a noun as it stands: no "christma" (but "tradesperson")
    if guess:
        return str(guess)
    oov = getAllLemmasOOV(lower, "NOUN").get("NOUN")
    if oov and not parts_of_speech(lower) and lower.endswith("s") and not lower.endswith("ss"):
        return str(oov[0])
    return lower


def singular_phrase(phrase: str) -> str:
    """``grazing licences`` → ``grazing licence``: a noun phrase with its head made singular."""
    *modifiers, head = phrase.split()
    return " ".join([*modifiers, singular(head)])


@cache
def plural(word: str) -> str:
    # inflect keeps capitalized words as proper nouns ("Companys"): pluralize the common noun.
    if len(word) > 1 and word.isupper():
        return word + "s"  # an acronym: SKUs
    made = str(engine().plural_noun(word.lower()) or word.lower())
    return made[:1].upper() + made[1:] if word[:1].isupper() else made


PLURAL_ONLY = frozenset(["people", "children", "folks", "men", "women", "cattle"])
"""Plurals the dictionary lists as nouns of their own (*people* is not *person*s)."""


def is_plural(word: str) -> bool:
    return word.lower() in PLURAL_ONLY or singular(word) != word.lower()


def with_article(phrase: str) -> str:
    """``appointment`` → ``an appointment``."""
    return str(engine().a(phrase))


def gerund(verb: str) -> str:
    return verb_form(verb, "VBG")


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


# --- splitting ------------------------------------------------------------------------------

_ARROWS = re.compile(r"\s*(?:->|=>|→|⟶|➔|>>)\s*")
_CHEVRON_CHAIN = re.compile(
    r"[a-z][\w\-]*(?:\s+[\w\-]+)*(?:\s+>\s+[a-z][\w\-]*(?:\s+[\w\-]+)*){2,}", re.IGNORECASE
)
"""``logged > assigned > drafting``: a line of steps told with chevrons (one ``>`` alone may
be a comparison)."""
_DASH_CLAUSE = re.compile(r"\s+[\u2014\u2013]\s+|\s+--\s+|\s+-\s+(?=[a-z])")
_BULLET = re.compile(r"^\s*(?:[-*•·+]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[^\W_]|[)\]\"'%])[.!?]+(?=\s|$)")
"""A full stop after any letter ends a sentence: *my board game café.* too."""
_TYPOGRAPHY = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "..."}
)
"""Curly quotes and the ellipsis character as people's keyboards also type them."""
_CONTRACTION = re.compile(r"\b(i|we|you|they)'(ve|m|re|d|ll)\b")
_EXPANDED = {"ve": "have", "m": "am", "re": "are", "d": "would", "ll": "will"}
_IT_IS = re.compile(r"\b(it|that|there|he|she)'s\b(?!\s+(?:got|been)\b)")
"""*it's taught by one coach*: *it is*; *it's got* and *it's been* are *it has*."""
_NOT = re.compile(r"\b(are|is|was|were|do|does|did|have|has|had|should|would|could|must|need)n't\b")
"""*members aren't tied to one team*: *are not*, as the readers of a negation expect (*can't*
and *won't* stay as people write them)."""
_IT_HAS = re.compile(r"\b(it|that|there|he|she)'s(?=\s+been\b)")
_EVERY_BEFORE_ITS_NOUN = re.compile(
    r"(?<!\bnot\s)(?<!\balmost\s)(?<!\bnearly\s)(?<!\bjust\s about\s)\bevery\s+"
    r"(?:single\s+)?(?=[a-z])"
    # where *every* is no determiner of one noun, or *each* would not say the same: *every so
    # often*, *every other week*, *every two weeks*, *every few days*, *every now and then*
    r"(?!(?:so|other|now|once|with|of|in|at|for|on|to|and|or|is|are|few|several|couple|"
    r"second|third|fourth|last|bit|which|day\s+or\s+two|" + "|".join(sorted(NUMERALS)) + r")\b)"
)
"""*every donation dropped into a fridge is logged with ...*: *each donation ...*. The two say
the same before a noun, so the readers are written for *each* alone and see only it."""
_THE_WRITER = re.compile(
    r"(?<!\blevel\s)(?<!\btype\s)(?<!\bgrade\s)(?<!\bphase\s)(?<!\bstage\s)(?<!\bpart\s)"
    # not *i am* (*I'm headkeeper on a shoot* is the writer alone); *my* and *me* are *our* and
    # *us*, but not *mine*, as often a noun (*a cake, rocket, mine or shell*)
    r"\b(?:i'(?:ve|d|ll)|i(?!\s+(?:am|was)\b)|my|me)\b(?!['\-/])"
)
_AS_OWNERS = {
    "i've": "we've",
    "i'd": "we'd",
    "i'll": "we'll",
    "i": "we",
    "my": "our",
    "me": "us",
}
"""*I keep my clients' names*: *we keep our clients' names*. The owner says *I* or *we*
alike, so the readers are written for *we* alone and see only it."""
_SEMICOLON_SENTENCE = re.compile(
    r"(?<=[a-z)]);\s+"
    r"(?=(?:each|every|a|an|the|we|they|it|our|their|its|some|all|only|then|for|when)\s)"
    r"(?![^()]*\))"
)
"""*...: the client, the date and the fee; a lot of brides want a trial first*: the semicolon
that opens a clause of its own (not *a size; a colour; a price*, one list)."""


def _semicolon_sentences(text: str) -> str:
    """``every job goes in on its own: the client, the fee; the cleaners each have a name``:
    *... the fee. the cleaners each have a name*, two sentences, as the readers of a sentence
    that ends on its list expect; items of a list between semicolons stay as they are."""

    def split(match: re.Match[str]) -> str:
        following = re.split(r"[;.!?]", text[match.end() :], maxsplit=1)[0]
        before = re.split(r"[;.!?]", text[: match.start()])[-1]
        if names_it_again(text, match.end(), before):
            # "engineers report faults ...; a report is closed": the act's record, joined
            return match[0]
        # a clause (*the mechanics each have a name*), or too long for one list item (*the
        # accepted ones get put into an issue*); not *a colour*, *the phone number*
        return ". " if is_clause(following) or len(words(following)) > 4 else match[0]

    return _SEMICOLON_SENTENCE.sub(split, text)


_HAVE_ALSO_GOT = re.compile(r"\b(?P<who>i|we|you|they)\s+have\s+also\s+got\b(?!\s+to\b)")
"""*I've also got a shelf of cutters*: *I also have ...*, as the readers of *have* expect."""
_YES_OR_NO_FOR = re.compile(r"\byes or no(?=\s+(?:for|saying|to say|to mark|marking|showing)\s)")
"""``a yes or no for whether it's been paid``: one yes/no field, not two list items."""
_WOULD_DO = re.compile(
    r"\b(?P<who>[a-z][\w\-]*s)\s+would\s+(?:usually\s+|normally\s+)?(?=[a-z]+\s+(?:a|an|the|one|their)\s)"
)
"""``members would book a court``: what members do, told as what they would do."""
_JUST_ONE_MORE = re.compile(r"(?:(?<=,\s)|(?<=\band\s))(?:just|also|then)\s+(?=(?:a|an)\s)")
"""``..., due date and just a yes/no for ...``: one more item, said lightly."""
_ABBREVIATIONS = {
    "e.g.": "eg",
    "i.e.": "ie",
    "etc.": "etc",
    "vs.": "vs",
    "approx.": "approx",
    "no. of": "number of",
}
_SHORT_WORDS = {
    "qty": "quantity",
    "qtys": "quantities",
    "mins": "minutes",
    "hrs": "hours",
    "op": "operation",
    "ops": "operations",
    "amt": "amount",
    "appt": "appointment",
    "appts": "appointments",
    "dept": "department",
    "depts": "departments",
    "desc": "description",
    "addr": "address",
    "mgr": "manager",
    "doc": "document",
    "docs": "documents",
}
"""A note-taker's short words, written out so each names what the full word names."""
_SHORT_WORD = re.compile(rf"(?<![\w\-])(?:{'|'.join(_SHORT_WORDS)})(?![\w\-])")
_REG_ALONE = re.compile(r"(?<![\w\-])reg(?=\s*(?:[,.;)]|$)|\s+and\s)")
"""*vehicles: reg, make, seats*: the registration; *reg number*, *reg plate* are left as said."""
_EACH_OF_OURS = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=,\sand\s)|(?<=\n)|(?<=\n[-*•]\s))"
    r"(?:each|every\s+one)\s+of\s+(?:our|the|my|your|their)\s+"
    r"(?P<things>[a-z][\w\-]*)\b(?=\s+[a-z]+s\b)"
)
"""``each of our fields grows one crop``: *each field grows ...*, the subject said plainly."""
_AS_MANY_AS = re.compile(
    r"\bas many (?P<what>[a-z][\w\-]*) as (?:they|he|she|you|we|i) (?:like|likes|want|wants|wish|"
    r"wishes|need|needs)\b"
)
"""``sign up for as many dives as they like``: many dives."""
_EACH_WITH = re.compile(
    r"\b(?P<many>(?P<some>(?:several|many|multiple|one or more)\s+)?[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?),\s+each\s+with\b"
)
"""``several bouquets, each with a quantity``, ``order lines, each with a card design``: the
quantity of each pairing, as in *several bouquets with a quantity*."""
_EACH_NAMING = re.compile(
    r",\s+each\s+(?:one\s+|line\s+|item\s+|entry\s+)?"
    r"(?:naming|listing|giving|showing|stating|recording|holding)\s+(?=(?:a|an|the|one|its|their)\s)"
)
"""``order lines, each line naming a card design and a number of packs``: each with them."""
_NAMING_ONE_WITH = re.compile(
    r"(?P<named>,\s+each\s+(?:one\s+|line\s+|item\s+|entry\s+)?(?:naming|giving|stating)\s+"
    r"(?:a|an|one|the)\s+[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""``lines, each naming a crop with a quantity in kilos``: the line names the crop, and the
quantity is the line's (*each with a crop and a quantity*), not the crop's."""
_WHICH_CAN_BE_SEVERAL = re.compile(
    r",\s+which\s+(?:can|could|may|might)\s+be\s+(?:several|many|more\s+than\s+one|a\s+few)"
    r"(?=\s*(?:[,;.]|$))"
)
"""``which publications they take, which can be several``: an aside the plural already said."""
_EACH_LISTED_WITH = re.compile(
    r"\b(?P<things>[a-z][\w\-]*),\s+(?P<each>each\s+(?:one\s+)?)?"
    r"(?:listed|recorded|kept|entered|stored|noted|logged|registered|filed)\s+with\b"
)
"""``students, each listed with a name and a grade``: each with them; so are ``panels,
recorded with a width``, the *each* left out after a plural."""
_WHICH_AND_HOW_MANY = re.compile(
    r"\bwhich\s+(?P<thing>[a-z][\w\-]*)(?:\s+(?:from|off|on|in)\s+(?:our|the|my)\s+[a-z][\w\-]*)?"
    r",?\s+and\s+how\s+many(?:\s+of\s+(?:it|them|each|those)|\s+(?P<counted>[a-z][\w\-]*s)\b)?\b"
)
"""``which cabinet from our catalogue and how many of it``: a line's thing and its quantity;
``which design and how many sheets``: the number of sheets."""
_MEANING_EACH = re.compile(
    r"(?<=[a-z]s)(?:\s+(?:going|coming)\s+(?:in|out|on|into\s+it))?,\s+(?:meaning|i\.e\.|that\s+is)\s+"
    r"(?=(?:which|what|a|an|the|one)\s)"
)
"""``the items going in, meaning which cabinet and how many``: the items, each with them."""
_EACH_ONE_THING_WITH = re.compile(
    r",\s+each\s+(?:one|being|for)\s+(?:(?:a|an|one)\s+)?(?P<thing>[a-z][\w\-]*)\s+with\s+"
    r"(?=(?:a|an|the|its|their|several|many|any)\s)"
)
"""``order lines, each one drink with a size and a quantity``: each with a drink, a size and a
quantity; the one thing each part is, then what it has."""


def _thing_and_how_many(match: re.Match[str]) -> str:
    counted = match["counted"]
    if counted and counted not in FUNCTION_WORDS:
        return f"a {match['thing']} and the number of {counted}"
    return f"a {match['thing']} and a quantity"


def _two_of_a_kind(match: re.Match[str]) -> str:
    kind = match["kind"][:-1]
    if match["one"] in FUNCTION_WORDS or match["other"] in FUNCTION_WORDS:
        return match[0]
    det = "the" if match["det"] in (None, "a", "an") else match["det"]
    if kind in ("value", "reading", "level", "figure"):
        # "the pm2.5 and no2 values": the pm2.5 and the no2, each a number
        return f"{det} {match['one']} (number) and {det} {match['other']} (number)"
    return f"{det} {match['one']} {kind} and {det} {match['other']} {kind}"


def _several_of_a_kind(match: re.Match[str]) -> str:
    named = [match["first"], *re.split(r",\s+", match["middle"].strip(", ")), match["last"]]
    if any(name in FUNCTION_WORDS for name in named) or match["what"] in FUNCTION_WORDS:
        return match[0]
    kind, det = match["kind"][:-1], match["det"]
    what = f"{match['what']} " if match["what"] else ""
    said = [f"{det} {name} {what}{kind}" for name in named]
    return f"{', '.join(said[:-1])} and {said[-1]}"


def _each_listed_with(match: re.Match[str]) -> str:
    things = match["things"]
    if match["each"] is None and not (is_plural(things) and can_be_noun(things)):
        return match[0]  # "a report, recorded with care": no parts
    return f"{things}, each with"


def _each_of_ours(match: re.Match[str]) -> str:
    things = match["things"]
    if not is_plural(things) or not can_be_noun(things):
        return match[0]
    return f"each {singular(things)}"


def _per_one_with(match: re.Match[str]) -> str:
    one = match["one"]
    if one in FUNCTION_WORDS or is_plural(one) or not can_be_noun(one):
        return match[0]
    return f"{match['record']} {match['per']} {one} with "


def _which_one_does_it(match: re.Match[str]) -> str:
    lemma = verb_lemma(match["doing"])
    if lemma is None or lemma == match["doing"] or match["one"] in _SHOWN_NOT_DOING:
        return match[0]  # "which light is flashing": a value shown, no one acting
    return f"which {match['one']} {verb_form(lemma, 'VBZ')} it"


def _many_with(match: re.Match[str]) -> str:
    """*several Xs, each with* always; bare *Xs, each with* only as the last of a list (*an
    order date and order lines, each with ...*, *made of order lines, each with ...*): *split
    into plots, each with* is the plots', and so is what is said of the things a record runs
    or stops in (*runs in several issues, each with ...*)."""
    many = match.group("many")
    before = match.string[: match.start()]
    if re.search(r"\b(?:in|on|at|across|over|through|to|from)\s+$", before):
        # "runs in several issues, each with its date": the issues' own, no pairing's
        return match.group(0)
    listed = re.search(r"\b(?:and|with|made(?:\s+up)?\s+of|consists?\s+of)\s+$", before) is not None
    if match.group("some") or (listed and is_plural(many.split()[-1])):
        return f"{many} with"
    return match.group(0)


_FOR_EACH_ONE = re.compile(
    r"(?P<many>\b(?:several|many|multiple|one or more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+with\s+[^,;.]*?)"
    r"\s+(?:for|of|on)\s+each(?:\s+one|\s+of\s+them)?(?=\s*(?:,|;|\.|$))"
)
"""``many products with a quantity for each one``: the quantity of each pairing."""
_EQUALS = re.compile(r"(?<=[a-z])\s+=\s+(?=(?:a|an|one|the)\b|[a-z][\w\-]*\s+(?:\+|and)\s)")
"""``a rental = one customer + one boat, with ...``, ``booking = performer + pitch + date``:
a terse *has*."""
_PLUS = re.compile(r"(?<=[a-z])\s+\+\s+(?=[a-z])")
"""``per pitch + guest``: and, in a terse note."""
_LOTS_OF = re.compile(r"\b(?:lots of|a lot of|plenty of|loads of)\b")
"""Informal quantities that mean *many*: *an order can include lots of dishes*."""
_SEVERAL_OF_OURS = re.compile(r"\b(?P<many>several|many)\s+(?:of\s+)?(?:our|my)\s+(?=[a-z])")
"""*covers one or more of our sites*: several sites; whose they are goes without saying."""
_DAY_BY_DAY = re.compile(
    r",?\s+(?P<unit>day|week|month|year|quarter)\s+(?:by|on|after)\s+(?P=unit)\b"
)
"""*the average time to complete a request, day by day*: per day."""
_SLASH_PERIOD = re.compile(r"(?<=[a-z])/(?P<unit>day|week|month|year|quarter)\b")
"""A note's *jobs/week*: jobs per week."""
_A_FEW = re.compile(
    r"\b(?:a (?:team|group|crew|couple|handful|bunch) of|a few|one or (?:more|several)"
    r"|at least one|any number of)\b"
)
"""Collective quantities that mean *several*: *done by a team of movers*, *one or more
dogs*."""


_APPROXIMATELY = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|maybe|perhaps|probably"
    # *over* after a verb of being is a threshold, no estimate: *whether they are over 18*
    r"|possibly|just|(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bwas\s)over)\s+"
    rf"(?=(?:\d+|{'|'.join(sorted(NUMERALS))})\b)"
)
"""*about sixty children*, *maybe fifteen marquees*: the estimate is not part of the noun phrase."""
_APPROXIMATELY_HOW = re.compile(
    r"\b(?:roughly|approximately|about|around)\s+"
    r"(?=how\s+(?:high|long|many|much|far|big|deep|tall|heavy|old|wide)\b)"
)
"""*roughly how high the swarm is*: an estimate is still the one measure."""


_FREQUENCY = re.compile(
    r"\b(?:usually|normally|typically|generally|often|mostly|really|honestly|actually|basically)"
    r"\s+(?=[a-z])"
)
"""Adverbs of frequency and emphasis (*a piece usually goes through several firings*): they
change nothing a design records, and they stand where a verb is expected."""


_BUT_NOT_ALWAYS = re.compile(
    r",\s+(?:usually\s+|normally\s+|typically\s+|mostly\s+|often\s+)?(?:[a-z0-9][\w\-]*\s+){1,3}"
    r"but\s+not\s+always\b"
)
"""*how many minutes it runs, usually fifty but not always*: the usual value, no field."""
_AND_ONCE_ASIDE = re.compile(
    r"\b(?P<joint>and|then|but),\s+(?:once|when|after|as\s+soon\s+as)\s+[^,;:()]+,\s+(?=[a-z])"
)
"""*starts out as booked and, once the class has run, ends up attended*: when the next step
comes, said between commas, is no part of the step."""
_OPENING_SO = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\n[-*•]\s))so,?\s+(?=(?:we|i|our|my)\b)")
"""*So we're a small charity lending toys ...*: how a speaker starts, no part of what follows."""


_WHICHEVER_SUIT = re.compile(
    r"\bwhichever\s+(?P<things>[a-z][\w\-]*s)\s+(?:suit|suits|fit|fits|work\s+for)\s+"
    r"(?:them|you|him|her|us)\b"
)
"""*help at whichever sessions suit them*: several sessions, each one's choice."""
_WHICHEVER_ONE_SUITS = re.compile(
    r"\bwhichever\s+(?P<thing>[a-z][\w\-]*[^s\W])\s+(?:suits|fits|works\s+for)\s+"
    r"(?:them|you|him|her|us)\b"
)
"""*mums enrol on whichever course suits them*: on a course, each one's choice."""
_SIGN_UP_TO = re.compile(r"\b(?P<sign>signs?)\s+up\s+to\s+(?P<verb>help|work|serve|volunteer)\b")
"""*volunteers sign up to help at sessions*: they help at sessions."""


_JUST_A_THING_WITH = re.compile(
    r"(?P<which>,\s+which\s+is\s+)(?:really\s+|simply\s+|basically\s+)?just\s+(?:a|an)\s+"
    r"[a-z][\w\-]*\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""*a sit, which is really just a listing with the town and ...*: what the sit has, the other
word for it naming no record of its own."""


_STATUS_ARROWS = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=\n[-*•]\s))(?P<head>(?:[a-z][\w\-]*\s+){0,2}"
    r"(?:status|stage|state|flow|workflow))\s+(?=[a-z][\w\- ]*?\s*->)"
)
"""*Hire status enquiry -> booked -> on site*: a header for the states, with no colon, as a
sentence or a bullet (*- status queued -> built*)."""
_PLUS_IN_A_LIST = re.compile(
    r"(?<=[a-z])[ \t]+plus[ \t]+(?=(?:a|an|the|their|its|his|her)\s|[a-z]+\s+and\s+[a-z]+\s+[a-z]+s\b)"
)
"""``a name plus start and end dates``: *a name and start and end dates*; one more item of the
list (*a price plus vat* is left alone: a sum, told with what it adds)."""
_PLUS_WHETHER = re.compile(r"(?<=[a-z]),\s+plus\s+(?=(?:whether|which)\s)")
"""``her name and due date, plus whether her midwife has cleared her``: one more item, a yes/no;
``..., plus which project they belong to``: one more item, a link."""
_VERSUS = re.compile(r"(?<=[a-z])\s+(?:v|vs|v\.|vs\.|versus)\s+(?=[a-z])")
"""``home team v away team``: both teams, each a field of the fixture."""
_TWO_OF_A_KIND = re.compile(
    r"\b(?:(?P<det>the|their|its|a|an)\s+|(?<=\band\s)|(?<=,\s))(?P<one>[a-z0-9][\w\.\-]*)\s+and\s+"
    r"(?P<other>[a-z0-9][\w\.\-]*)\s+"
    r"(?P<kind>values|readings|levels|scores|figures|counts|weights|prices|times|dates)\b"
)
"""*the PM2.5 and NO2 values*, *the home and away scores*, *a name and start and end dates*:
two fields of one kind."""
_SEVERAL_OF_A_KIND = re.compile(
    r"\b(?P<det>the|their|its)\s+(?P<first>[a-z0-9][\w\.\-]*)(?P<middle>(?:,\s+[a-z0-9][\w\.\-]*)+),?"
    r"\s+and\s+(?P<last>[a-z0-9][\w\.\-]*)\s+(?:(?P<what>[a-z]+)\s+)?"
    r"(?P<kind>values|readings|levels|scores|figures|counts|weights|prices|times|dates)\b"
)
"""*the gas, electric and water meter readings*: a meter reading of each, named by what it
is of."""
_HOW_THEY_REACH_US = re.compile(
    r"\b(?P<verb>enter|enters|register|registers|sign\s+up|signs\s+up|book|books|apply|applies|"
    r"order|orders|pay|pays|enrol|enrols|enroll|enrolls)\s+(?:online|by\s+phone|in\s+person|over\s+the\s+phone|"
    r"by\s+email|on\s+the\s+website|through\s+the\s+website|on\s+our\s+website)\b"
)
"""*runners enter online with their name*: how they reach us, no record."""
_THIS_SEASON = re.compile(
    r"(?<=[a-z]s)(?:\s+[a-z]+ing)?\s+(?:this|next|last)\s+(?:year|season|month|week|term|spring|summer|"
    r"autumn|winter)(?=\s+with\b)"
)
"""*the pumpkin varieties growing this year with the name*: when, not what each holds."""
_YOU_KNOW = re.compile(r"(?<=\()\s*you\s+know,?\s+|,?\s+you\s+know,(?=\s)")
"""*any delivery instructions (you know, "leave it behind the gate")*: a filler, no value."""
_DATE_IT_RUNS_OUT = re.compile(
    r"\b(?P<head>(?:date|day)\s+(?:its|their|the|his|her)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+"
    r"(?P<verb>runs|run)\s+out\b"
)
"""*the date their licence runs out*: the date it expires, a date named by the one verb."""
_PER_ONE_GIVING = re.compile(
    r"\b(?P<record>(?:a|an|one)\s+[a-z][\w\-]*)\s+(?P<per>per|for\s+each|for\s+every)\s+"
    r"(?P<one>[a-z][\w\-]*)(?:\s+(?:who|that)\s+[a-z]+(?:\s+(?:in|on|at|for|with)\s+(?:it|them))?)?"
    r",?\s+(?:giving|showing|recording|with|listing|stating)\s+(?=(?:their|his|her|its|the|a|an)\s)"
)
"""``we enter a result per driver who raced in it, giving their finishing position``: *a
result per driver with their finishing position*; who the result is for, and its list,
without the aside on which of them it is."""
_HEADER_EVERY_SO_OFTEN = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?P<head>[ \t\-*•]*[a-z][\w\- ]*?)\s+(?:every|each|once\s+a)\s+"
    r"(?:morning|day|evening|"
    r"night|week|month|shift|session|visit)\s*(?=:)"
)
"""*water temp log every morning: date, temperature*: the log, whenever it is taken."""
_LISTED_AND_DONE_BY = re.compile(
    r"(?P<list>\b(?:several|many|multiple)\s+[a-z][\w\-]*s(?:,\s+each)?\s+with\s+[^;.]*?)\s+and\s+"
    r"(?=[a-z]+(?:ed|en|ne)\s+by\s+(?:one|a|an)\s)"
)
"""*several arrangements, each with a place and done by one volunteer*: who did each is on
the list of each, not said of the sentence's subject."""
_WHICH_ONE_IS_DOING = re.compile(
    r"\bwhich\s+(?P<one>[a-z][\w\-]*)\s+(?:is|was)\s+(?P<doing>[a-z]+ing)\b(?=\s*(?:[,.;:!?)]|$|\s+and\s))"
)
"""*which member is hosting*: *which member hosts it*, one of them named for the record."""
_SHOWN_NOT_DOING = FUNCTION_WORDS | word_set("colour color light sign side size kind type status")
"""What *is showing* or *is flashing* without acting on the record."""
_SET_NOW_AND_THEN = re.compile(
    r",?\s+which\s+(?:we|i|they|staff)\s+(?:set|update|change|check|review|reset|adjust|refresh)"
    r"\s+(?:every|each|once\s+a|first\s+thing\s+each)\s+(?:morning|day|evening|night|week|month|"
    r"hour|shift|season)\b"
)
"""*a picking status of open, closed or picked out, which we set every morning*: when it is
changed, not a field of its own."""
_REALLY_AFTER = re.compile(
    r"\s+(?:really|right\s+now|at\s+the\s+moment|currently|as\s+well)"
    r"(?=\s*(?:[,.;:!?)]|$|\s+and\s))"
)
"""*a name and a postcode really*, *where the boat is moored right now*, *their renewal date as
well*: emphasis or time after what was said, no part of it."""


_OF_STAFF = re.compile(r"\b(?P<member>members?)\s+of\s+staff\b")
"""``which member of staff churned it``: a staff member, the compound the readers know."""
_ONE_MEMBER_OF = re.compile(r"\b(?P<group>[a-z]+)\s+members?\b")


def group_as_its_members(lowered: str) -> str:
    """``which staff member handed it over; staff have a name and a shift``: *staff members
    have a name ...*. A group said as a plural, opening a list (*staff have ...*, *crew:
    ...*), where its members are said one by one elsewhere, is the members: one record, not
    the group and its members. A group said as one (*each team has a name*) is a record."""
    for group in dict.fromkeys(match["group"] for match in _ONE_MEMBER_OF.finditer(lowered)):
        if group in FUNCTION_WORDS or group.endswith("s"):
            continue
        listing = rf"\b{group}(?=\s*:|\s+(?:have|need|are\s+kept|are\s+listed)\b)"
        lowered = re.sub(listing, f"{group} members", lowered)
    return lowered


_OF_THE_PUBLIC = re.compile(
    r"\b(a|any)\s+members?\s+of\s+the\s+public\b|\bmembers\s+of\s+the\s+public\b"
)
"""*a member of the public* is someone, *members of the public* people: no record of theirs."""
_MORE_THAN_ONE = re.compile(r"\bmore than one (?P<noun>[a-z][\w\-]*)\b")


def _several_of_one(match: re.Match[str]) -> str:
    """``can have more than one loft``: *several lofts*."""
    noun = match.group("noun")
    if noun in FUNCTION_WORDS or not can_be_noun(noun):
        return match.group(0)  # "more than one at a time"
    return f"several {plural(noun)}"


def _without_accents(text: str) -> str:
    """``café`` → ``cafe``: names are plain words, and *cafe* is how many people type it."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_X_OR_NOT_X = re.compile(r"\b(?P<word>[a-z][\w\-]*)\s+or\s+not\s+(?P=word)\b")
"""``done or not done``: *done or not*, one yes/no (no record called *not*)."""


PIECES = r"(?:pieces|items|bits|articles)"
"""Nouns that count a mass noun's things (*pieces of equipment*): the things are the record."""
_SEVERAL_PIECES_OF = re.compile(
    rf"\b(?P<many>several|many|multiple|one or more)\s+{PIECES}\s+of\s+"
    r"(?!(?:the|a|an|our|their|my|your|its)\b)(?P<thing>[a-z][a-z\-]*)\b"
)
"""*several pieces of equipment*: several of the equipment, as the link readers say it."""
_ONE_PIECE_OF = re.compile(
    r"\b(?P<one>a|an|one|each|every|the|that|this)\s+(?:piece|item|bit|article)\s+of\s+"
    r"(?!(?:the|a|an|our|their|my|your|its|it|them|paper|advice|news)\b)(?P<thing>[a-z][a-z\-]*)\b"
)
"""*a piece of equipment*: one of the equipment, the record a link or a list names."""


def normalize_text(text: str) -> str:
    """Lower case, plain quotes, arrows as ``->``, ellipses and abbreviations made harmless."""
    text = _without_accents(text.translate(_TYPOGRAPHY))
    text = spell_out_initialisms(text)  # before lower case hides which words are initials
    text = _ARROWS.sub(" -> ", text)
    text = _CHEVRON_CHAIN.sub(lambda m: re.sub(r"\s+>\s+", " -> ", m.group(0)), text)
    lowered = _semicolon_sentences(text.lower())
    # one form for each twin before any reader: *every* before its noun is *each*, the owner's
    # *I* is *we*, an act opened *whenever* or *if* is opened *when*, a flow told as *starts as
    # new, then becomes packed* goes *from new to packed*
    lowered = _EVERY_BEFORE_ITS_NOUN.sub("each ", lowered)
    lowered = _THE_WRITER.sub(lambda m: _AS_OWNERS[m[0]], lowered)
    lowered = when_an_act(without_if_so(without_how_often(lowered)))
    lowered = act_before_record(act_before_kept(lowered))
    lowered = flow_as_goes_from(we_track(lowered))
    for short, plain in _ABBREVIATIONS.items():
        lowered = lowered.replace(short, plain)
    lowered = _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(0)], lowered)
    lowered = _REG_ALONE.sub("registration", lowered)
    lowered = re.sub(r"\be-mail", "email", lowered)  # one word, as field names spell it
    lowered = _LOTS_OF.sub("many", lowered)
    lowered = _SEVERAL_PIECES_OF.sub(r"\g<many> \g<thing>", lowered)
    lowered = _ONE_PIECE_OF.sub(r"\g<one> \g<thing>", lowered)
    lowered = _A_FEW.sub("several", lowered)
    lowered = _MORE_THAN_ONE.sub(_several_of_one, lowered)
    lowered = _OF_THE_PUBLIC.sub(lambda m: "someone" if m.group(1) == "a" else "people", lowered)
    lowered = group_as_its_members(_OF_STAFF.sub(lambda m: f"staff {m['member']}", lowered))
    lowered = _SEVERAL_OF_OURS.sub(r"\g<many> ", lowered)
    lowered = _DAY_BY_DAY.sub(r" per \g<unit>", lowered)
    lowered = _SLASH_PERIOD.sub(r" per \g<unit>", lowered)
    lowered = _APPROXIMATELY_HOW.sub("", _APPROXIMATELY.sub("", lowered))
    lowered = _BUT_NOT_ALWAYS.sub("", lowered)
    lowered = _AND_ONCE_ASIDE.sub(r"\g<joint> ", lowered)
    lowered = _FREQUENCY.sub("", lowered)
    lowered = _OPENING_SO.sub("", lowered)
    lowered = _JUST_A_THING_WITH.sub(r"\g<which>", lowered)
    lowered = when_it_happened(options_in_brackets(lowered))
    lowered = _WHICHEVER_SUIT.sub(r"several \g<things>", lowered)
    lowered = _WHICHEVER_ONE_SUITS.sub(lambda m: with_article(m["thing"]), lowered)
    lowered = _SIGN_UP_TO.sub(lambda m: m["verb"] + ("s" if m["sign"] == "signs" else ""), lowered)
    lowered = _REALLY_AFTER.sub("", lowered)
    lowered = _SET_NOW_AND_THEN.sub("", lowered)
    lowered = _WHICH_ONE_IS_DOING.sub(_which_one_does_it, lowered)
    lowered = _LISTED_AND_DONE_BY.sub(r"\g<list>, ", lowered)
    lowered = _HEADER_EVERY_SO_OFTEN.sub(r"\g<head>", lowered)
    lowered = _PER_ONE_GIVING.sub(_per_one_with, lowered)
    lowered = _DATE_IT_RUNS_OUT.sub(
        lambda m: f"{m['head']} {'expires' if m['verb'] == 'runs' else 'expire'}", lowered
    )
    lowered = _YOU_KNOW.sub("", lowered)
    lowered = _THIS_SEASON.sub("", lowered)
    lowered = _HOW_THEY_REACH_US.sub(r"\g<verb>", lowered)
    lowered = _PLUS_IN_A_LIST.sub(" and ", lowered)
    lowered = _PLUS_WHETHER.sub(", and ", lowered)
    lowered = _VERSUS.sub(" and ", lowered)
    lowered = _TWO_OF_A_KIND.sub(
        _two_of_a_kind, _SEVERAL_OF_A_KIND.sub(_several_of_a_kind, lowered)
    )
    lowered = _STATUS_ARROWS.sub(r"\g<head>: ", lowered)
    lowered = _EACH_OF_OURS.sub(_each_of_ours, lowered)
    lowered = _AS_MANY_AS.sub(lambda m: f"many {m.group('what')}", lowered)
    lowered = _PLUS.sub(" and ", lowered)
    lowered = _EQUALS.sub(" has ", lowered)
    lowered = _EACH_NAMING.sub(", each with ", _NAMING_ONE_WITH.sub(r"\g<named> and ", lowered))
    lowered = _EACH_LISTED_WITH.sub(_each_listed_with, lowered)
    lowered = _WHICH_CAN_BE_SEVERAL.sub("", lowered)
    lowered = _WHICH_AND_HOW_MANY.sub(_thing_and_how_many, lowered)
    lowered = _MEANING_EACH.sub(", each with ", lowered)
    lowered = _EACH_ONE_THING_WITH.sub(lambda m: f", each with a {m['thing']}, ", lowered)
    lowered = _EACH_WITH.sub(_many_with, lowered)
    lowered = _FOR_EACH_ONE.sub(r"\g<many>", lowered)
    lowered = _IT_IS.sub(r"\1 is", lowered)
    lowered = _IT_HAS.sub(r"\1 has", lowered)
    lowered = _NOT.sub(r"\1 not", lowered)
    lowered = _YES_OR_NO_FOR.sub("yes/no", lowered)
    lowered = _JUST_ONE_MORE.sub("", lowered)
    lowered = _WOULD_DO.sub(
        lambda m: f"{m['who']} " if is_plural(m["who"]) and can_be_noun(m["who"]) else m[0],
        lowered,
    )
    lowered = _X_OR_NOT_X.sub(r"\g<word> or not", lowered)
    lowered = _CONTRACTION.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2)]}", lowered)
    return _HAVE_ALSO_GOT.sub(r"\g<who> also have", lowered)


def sentences(text: str) -> list[str]:
    """Sentences and bullet lines of a description, each stripped and without its full stop.

    A line that ends with a colon and is followed by bullets stays attached to nothing: the
    bullets are separate sentences (the header is its own sentence, ``"products:"``).
    """
    normalized = normalize_text(text)
    found: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            found.extend(_split_sentences(" ".join(paragraph)))
            paragraph.clear()

    for raw_line in normalized.splitlines():
        line = raw_line.strip()
        if not line:
            flush()
            continue
        if _BULLET.match(line):
            flush()
            found.extend(_split_sentences(_BULLET.sub("", line)))
            continue
        paragraph.append(line)
    flush()
    plain = [is_what_it_does(articled_items(per_one_first(s))) for s in found if s]
    return _named_ones(told_on(told_apart(plain)))


_THE_SOME_ONES = re.compile(r"^(?P<lead>(?:all\s+)?the\s+(?P<which>[a-z][\w\-]*)\s+)ones\b")
_SENTENCE_SUBJECT = re.compile(r"^(?:each|every|an?|the|our|my)\s+(?P<head>[a-z][\w\-]*)\b")


def _named_ones(found: list[str]) -> list[str]:
    """``each puzzle ... ends up accepted or rejected. the accepted ones get put into an
    issue``: *the accepted puzzles*, the things a sentence before said could be so."""
    named: list[str] = []
    for sentence in found:
        ones = _THE_SOME_ONES.match(sentence)
        said = next(
            (s for s in reversed(named[-2:]) if ones and ones.group("which") in words(s)), None
        )
        subject = _SENTENCE_SUBJECT.match(said) if said else None
        if ones and subject and can_be_noun(subject.group("head")):
            sentence = (
                f"{ones.group('lead')}{plural(subject.group('head'))}{sentence[ones.end() :]}"
            )
        named.append(sentence)
    return named


def _split_sentences(text: str) -> list[str]:
    text = re.sub(r"\.\.\.+", " etc", text)
    parts = _SENTENCE_END.split(text)
    return [re.sub(r"\s+", " ", p).strip(" ,") for p in parts if p.strip(" ,")]


def clauses(sentence: str) -> list[str]:
    """A sentence cut at semicolons and dashes used as punctuation; a dash after a leading
    noun (``translators - name, email, rate``) introduces a list, as a colon would."""
    parts: list[str] = []
    for piece in _split_new_subjects(sentence):
        pieces = _DASH_CLAUSE.split(piece)
        ours = _KEEP_OURS.search(pieces[0]) if len(pieces) == 2 else None
        if ours is not None and "," in pieces[1]:
            # "i need somewhere to keep my clients - name, phone": the clients' list
            pieces = [f"{ours.group('things')}: {pieces[1].strip()}"]
        elif (
            len(pieces) == 2
            and (_is_list_head(pieces[0]) or _WE_KEEP_ONE.search(pieces[0]) is not None)
            and "," in pieces[1]
            # "bookings - pitches: number, type": a header follows; "..., status: a > b" is
            # one item's values
            and ":" not in pieces[1].partition(",")[0]
        ):
            kept = None if _is_list_head(pieces[0]) else _WE_KEEP_ONE.search(pieces[0])
            head = pieces[0][kept.start() :] if kept else pieces[0]  # as a colon's header reads
            pieces = [f"{head.strip()}: {pieces[1].strip()}"]
        elif (
            len(pieces) == 2
            and "," in pieces[1]
            and _THINGS_ACT_ON_ONE.match(pieces[0]) is not None
            and ":" not in pieces[1]
        ):
            # "ropes hang off a longline - rope number, date seeded": a note-taker's header
            pieces = [f"{pieces[0].strip()}: {pieces[1].strip()}"]
        elif len(pieces) == 2 and "," in pieces[1]:
            pieces = _act_then_its_list(pieces[0], pieces[1]) or pieces
        parts.extend(pieces)
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


_EACH_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+(?=(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+(?:can\s+|may\s+|must\s+)?[a-z]+s\b)"
    r"|,\s+(?:and|but|so|plus)\s+(?=(?:for|on)\s+(?:the|each|every|that|this|a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+(?:i|we)\s+[a-z]+\s)"
    r"|,\s+(?:and|but|so|plus)\s+(?=for\s+(?:our\s+)?[a-z][\w\-]*s\s+(?:i|we)\s+(?:just\s+|only\s+)?"
    r"(?:need|keep|record|note|take|want|hold)\s)"
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+|our\s+)?[a-z][\w\-]*s\s+(?:are|get)\s+"
    r"(?:[a-z]+ed|kept|held)\s+with\s+(?:a|an|the|their|just)\s)"
    r"|,\s+(?:and|but|while)\s+(?=(?:their|its|his|her)\s+[a-z][\w\-]*\s+(?:is|are)\s+"
    r"(?:either|always|one\s+of)\s)"
)
"""Where a sentence's clauses meet: a semicolon, *, and each X verbs* (*ships have a name,
and each sailing uses one ship*), whose subject is new, *, so for a X we keep ...* and *, and
for residents we need ...*, whose list is the X's, *, and donors are stored with a name*, the donors' own, or *, and their
subscription is either active or paused*, their status."""

_AND_THEY_ACT = re.compile(
    r",\s+(?:and|but|while|whereas|so)\s+(?=(?:(?:the|our|all)\s+)?(?P<subj>[a-z]+)\s+"
    r"(?:\([^()]*\)\s+)?(?:(?:can|may|must|will|also|then|usually|often|each|all)\s+)?"
    r"(?P<verb>[a-z]+)\s+"
    r"(?:(?:in|up|on|for|to|at)\s+)?(?:a|an|the|each|every|one|their|its|several|many)\b)"
)
"""*, and people book a spot*, *, and they review each project*: a plural subject or
*they* and its act, a clause of its own (in a list, *, and rooms with a view* is not one)."""


_AND_IT_ACTS = re.compile(
    r",\s+(?:and|but|so)\s+(?=it\s+(?:then\s+|usually\s+)?(?:goes|moves|passes)\s+)"
    r"|,\s+(?=it\s+(?:is|belongs|gets|goes|moves|has)\s+(?:assigned|allocated|given|linked|tied|"
    r"to|from|through)\b)"
)
"""*, and it goes open, then done*, *..., an opened date, it is assigned to one investigator*:
the record just named, in a clause of its own; a list before it ends there."""


_WE_ACT_ON = re.compile(
    r"\b(?:i|we)\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\s+(?:the|a|an|each|every|our|their)\s+"
    r"(?P<whom>[a-z][\w\-]*(?:\s+(?!for\b|with\b|to\b|on\b|at\b|in\b)[a-z][\w\-]*)?)\b[^,;]*$"
)


def _act_then_its_list(act: str, listed: str) -> list[str] | None:
    """``then i invoice the client for my fee - invoice number, amount``: *invoices: invoice
    number, amount; each invoice is for one client*, the record the act makes, named again in
    its list, and whom it is for."""
    match = _WE_ACT_ON.search(act)
    if match is None:
        return None
    verb = match.group("verb")
    noun = verb if can_be_noun(verb) else act_or_irregular_noun(verb_lemma(verb) or verb)
    if not noun or not re.search(rf"\b{re.escape(noun)}\b", listed):
        return None
    return [
        act.strip(),
        f"{plural(noun)}: {listed.strip()}",
        f"each {noun} is for one {singular_phrase(match.group('whom'))}",
    ]


_THINGS_ACT_ON_ONE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:off|on|in|to|from|at|into|onto|under|for|with))?\s+(?:a|an|one)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)
"""``ropes hang off a longline - rope number, date seeded``: a subject, its act on one record,
then the subject's list, as after a colon."""
_KEEP_OURS = re.compile(
    r"\b(?:keep|track|store|log|record|list)\s+(?:all\s+)?(?:my|our)\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)$"
)
"""``i need somewhere to keep my clients - name, phone``: the things we keep, then their list."""
_WE_KEEP_ONE = re.compile(
    r"\b(?:i|we)\s+(?:[a-z]+\s+)?(?:log|record|note|keep|take|enter|open|file|capture|store|add)"
    r"\s+(?:down\s+)?(?:a|an|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$"
)
"""``every time they come in we log a session - the date, the fee``: the record just named,
then its list, as after a colon."""


def _split_new_subjects(sentence: str) -> list[str]:
    pieces: list[str] = []
    for piece in (p for part in _EACH_CLAUSE.split(sentence) for p in _AND_IT_ACTS.split(part)):
        start = 0
        for match in _AND_THEY_ACT.finditer(piece):
            subject, verb = match.group("subj"), match.group("verb")
            plural_subject = subject in ("they", "people") or (
                is_plural(subject) and can_be_noun(subject) and subject not in FUNCTION_WORDS
            )
            if (
                plural_subject
                and verb not in FUNCTION_WORDS
                and can_be_verb(verb)
                and verb_lemma(verb) == verb
            ):
                pieces.append(piece[start : match.start()])
                start = match.end()
        pieces.append(piece[start:])
    return pieces


MAX_LIST_HEAD_WORDS = 3


def _is_list_head(text: str) -> bool:
    """A few nouns and nothing else (``translators``, ``meeting rooms``), or a short act that
    makes them (``farmers deliver loads``), as before a list."""
    found = words(text)
    if ":" in text or not found:
        return False
    if len(found) <= MAX_LIST_HEAD_WORDS and all(
        w not in FUNCTION_WORDS and can_be_noun(w) for w in found
    ):
        return True
    if "per" in found[1:-1]:
        # "work order per customer - part number, qty": a record of each of another (a
        # *per* at either end divides nothing: "per round" alone is no list head)
        at = found.index("per", 1)
        return _is_list_head(" ".join(found[:at])) and _is_list_head(" ".join(found[at + 1 :]))
    # "farmers deliver loads - date, crop": people, their act and what it makes, as a header
    return (
        len(found) <= MAX_LIST_HEAD_WORDS + 2
        and is_plural(found[-1])
        and can_be_noun(found[-1])
        and all(w not in FUNCTION_WORDS or w in DETERMINERS for w in found)
        and any(can_be_verb(w) and not can_be_noun(w) for w in found[1:-1])
    )


_OPEN = "([{"
_CLOSE = ")]}"


def split_top_level(text: str, separators: tuple[str, ...]) -> list[str]:
    """Split ``text`` at any of ``separators`` (regexes) outside brackets."""
    depth = 0
    masked_chars = []
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        masked_chars.append("\0" if depth and char not in _OPEN else char)
    masked = "".join(masked_chars)
    pattern = re.compile("|".join(separators))
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(masked):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


_RELATIVE = re.compile(
    r"\s(?:that|which)\s+(?!it\b|they\b)\w+|\s(?:goes|moves|progresses)\s+from\b"
)

LIST_SEPARATORS = (
    # "a date, plus a yes/no for delivery": one more item ("plus several contacts" is not)
    r"\s*,\s*(?:and|or|&|plus(?=\s+(?:a|an|the|its|their)\s))\s+",
    r"\s*,\s*",
    r"\s+and\s+",
    r"\s+or\s+",
    r"\s+&\s+",
)
OPTION_SEPARATORS = (*LIST_SEPARATORS, r"\s*/\s*", r"\s*\|\s*", r"\s*->\s*")


_SLASHES_OR = re.compile(r"([\w\-]+(?:\s*/\s*[\w\-]+)+)\s+or\s+([\w\-]+)\b")
"""``requested/received/refunded or rejected``: the last value of a slashed list."""
_APPOSITIVE_CHOICE = re.compile(
    r"(?:^|(?<=\band )|(?<=, and ))(?P<field>(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?P<opts>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)*\s+or\s+[a-z][\w\-]*)\s*$"
)
"""``... and a type, bisque or glaze``: the values of the field before them, as if bracketed."""
_WHETHER_ONE_OF = re.compile(
    r"\b(?:whether|if)\s+(?:[a-z']+\s+){1,4}?(?:a|an|the)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+or\s+(?:[a-z]+\s+){0,2}?(?:a|an|the)\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s*(?:[,;)]|$))"
)
"""``whether they will swear an oath or make an affirmation``: which of two things, each named
with its article (*whether it is paid or not* is a yes/no)."""


def _one_of_two(match: re.Match[str]) -> str:
    """The field *whether ... an oath or ... an affirmation* names, with its two values:
    *oath-or-affirmation (oath, affirmation)*, *single-or-double room (single room, ...)*."""
    one, other = match.group("one").split(), match.group("other").split()
    if len(one) == len(other) == 2 and one[-1] == other[-1]:
        name = f"{one[0]}-or-{other[0]} {one[-1]}"
    else:
        name = f"{'-'.join(one)}-or-{'-'.join(other)}"
    return f"{name} ({' '.join(one)}, {' '.join(other)})"


_WHETHER_THIS_WAY = re.compile(
    r"\b(?:whether|if)\s+(?:it|they|he|she|i|we|you)(?:\s+(?:was|were|is|are))?\s+(?P<verb>[a-z]+)\s+"
    r"(?P<by>by|with|in|via|through|using)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+"
    r"(?:(?P=by)\s+)?(?P<other>(?!not\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[,;)]|$))"
)
"""``whether they paid by card or cash``: which of two ways it was done."""


def ways_it_was_done(text: str) -> str:
    """``whether they paid by card or cash`` → *payment method (card, cash)*: a choice of
    ways, not a yes/no."""

    def way(match: re.Match[str]) -> str:
        lemma = verb_lemma(match["verb"])
        if lemma is None:
            return match.group(0)
        return f"{act_noun(lemma) or lemma} method ({match['one']}, {match['other']})"

    return _WHETHER_THIS_WAY.sub(way, text)


_WHETHER_EITHER = re.compile(
    r"\b(?:whether|if)\s+(?:it|they|he|she)\s*(?:'s|'re|is|are|was|were)\s+"
    r"(?P<one>(?!not\b)[a-z][\w\-]*)\s+or\s+(?P<other>(?!not\b)[a-z][\w\-]*)(?=\s*(?:[,;)]|$)|\s+and\s)"
)
"""``whether it's freshwater or marine``: which of two kinds, each a bare word."""


def _either_kind(match: re.Match[str]) -> str:
    one, other = match.group("one"), match.group("other")
    if is_past_participle(one) or is_past_participle(other):
        return match.group(0)  # "whether it is paid or waived": what happened, not a kind
    return f"type ({one}, {other})"


_RECORD_WORDS = word_set("name phone email address notes note title description date time")
_PASS_OR_FAIL = re.compile(
    r"(?<![(/])(?<!\bof\s)\b(?:(?:a|the)\s+)?pass\s*(?:or|/)\s*(?:a\s+)?fail\b(?!\s*[()/])"
)
"""``a pass or fail``: the verdict, one field with its two values."""
_OR_NOT = re.compile(r"\b([a-z][\w\-]*)\s+or\s+not\b")
"""``paid or not``: one yes/no field, not two items."""


_OWNERS_DETAIL = re.compile(r"^(?:the\s+|their\s+|its\s+)?(?P<who>[a-z][\w\-]*)'s\s+[a-z]")
_CONTACT_DETAILS = frozenset(
    ["name", "email", "phone", "address", "mobile", "phone number", "email address", "number"]
)


def _shared_owner(items: list[str]) -> list[str]:
    """``the owner's name``, ``email`` → the owner's email too: one possessive over the
    contact details after it."""
    shared: list[str] = []
    owner: str | None = None
    for item in items:
        if owner and item.strip() in _CONTACT_DETAILS:
            item = f"the {owner}'s {item.strip()}"
        found = _OWNERS_DETAIL.match(item.strip())
        owner = found.group("who") if found else None
        shared.append(item)
    return shared


def split_list(text: str) -> list[str]:
    """``a SKU, a name, a quantity on hand and a unit price`` → its four items.

    The first item holding a colon takes the rest of the list as its own
    (``membership type: monthly, annual or day pass``).
    """
    text = _OR_NOT.sub(r"\1 (yes/no)", text)
    text = _PASS_OR_FAIL.sub("result (pass, fail)", text)
    choice = _APPOSITIVE_CHOICE.search(text)
    if choice and not _RECORD_WORDS & set(words(choice.group("opts"))):
        text = f"{text[: choice.start()]}{choice.group('field')} ({choice.group('opts')})"
    text = _SLASHES_OR.sub(r"\1/\2", text)
    text = _WHETHER_ONE_OF.sub(_one_of_two, text)
    text = ways_it_was_done(text)
    text = _WHETHER_EITHER.sub(_either_kind, text)
    items = _shared_owner(_joined_date_time(_fill_ellipsis(split_top_level(text, LIST_SEPARATORS))))
    for index, item in enumerate(items):
        relative = _RELATIVE.search(_outside_brackets(item))
        if relative and index + 1 < len(items):
            # "a stage that moves from lead to qualified and finally won or lost"
            rest = text[text.find(item) + len(item) :]
            return [*items[:index], item + rest]
        if ":" in _outside_brackets(item):
            head, _, first = item.partition(":")
            taken = [first.strip(), *items[index + 1 :]]
            ends = _options_end(taken)
            rest = ", ".join(taken[:ends])
            return [*items[:index], f"{head.strip()}: {rest.strip(' ,')}", *taken[ends:]]
    return items


_LISTED_AGAIN = re.compile(r"^(?:a|an|the|their|its|whether|how)\s")


def _options_end(taken: list[str]) -> int:
    """``a priority: low, normal or urgent, and an address``: bare values after a colon end
    where an item opens with an article again, which is the record's next field; values said
    with articles (*a result: a win, a loss or a draw*) run to the end of the list."""
    if not taken or _LISTED_AGAIN.match(taken[0]):
        return len(taken)
    return next(
        (i for i, item in enumerate(taken) if i > 1 and _LISTED_AGAIN.match(item)), len(taken)
    )


PAIRED_MODIFIERS = word_set(
    "start end first last min max minimum maximum opening closing from to arrival departure "
    "pickup drop-off check-in check-out home work mobile begin finish upper lower low high "
    "morning evening primary secondary"
)
"""Words used in pairs before one shared noun: *the start and end mileage*."""


MAKER_WORDS = word_set("make model brand manufacturer")
"""What names the kind of a made thing, said in pairs after it: *the vehicle make and model*."""


CIRCUMSTANCE_NOUNS = word_set("date place time cause location manner")
"""What an event happened at, by or through, said of one event: *the date and place of death*."""


def _joined_date_time(items: list[str]) -> list[str]:
    """``a date``, ``time`` → ``a date and time``; ``the date``, ``time of the service`` →
    ``the date and time of the service``: one moment, not two fields."""
    joined: list[str] = []
    for item in items:
        of_what = re.match(r"time(?P<of>\s+of\s+.+)?$", item.strip())
        if (
            joined
            and of_what is not None
            and strip_determiners(joined[-1]).split()[-1:] == ["date"]
        ):
            joined[-1] = f"{joined[-1]} and time{of_what['of'] or ''}"
            continue
        joined.append(item)
    return joined


def _fill_ellipsis(items: list[str]) -> list[str]:
    """``a start``, ``end time`` → ``a start time``, ``end time``."""
    filled = list(items)
    for index in range(len(filled) - 1):
        left = strip_determiners(filled[index]).split()
        right = strip_determiners(filled[index + 1]).split()
        if (
            len(left) == 1
            and len(right) >= 2
            and left[0] in PAIRED_MODIFIERS
            and right[0] in PAIRED_MODIFIERS
            and left[0] != right[0]
        ):
            filled[index] = f"{filled[index]} {' '.join(right[1:])}"
        elif (
            len(left) == 2
            and len(right) == 2
            and left[1] in PAIRED_MODIFIERS
            and right[0] in PAIRED_MODIFIERS
            and left[1] != right[0]
            and left[0] not in PAIRED_MODIFIERS
            and can_be_noun(left[0])
        ):
            # "a shoot start and end date": the shoot's start date and its end date
            filled[index] = f"{filled[index]} {right[1]}"
            filled[index + 1] = f"{left[0]} {filled[index + 1].strip()}"
        elif (
            len(left) == 2
            and len(right) == 1
            and left[1] in MAKER_WORDS
            and right[0] in MAKER_WORDS
            and left[0] not in MAKER_WORDS
            and can_be_noun(left[0])
        ):
            # "the vehicle make and model": the vehicle's make and the vehicle's model
            filled[index + 1] = f"{left[0]} {filled[index + 1].strip()}"
        elif (
            len(left) == 1
            and len(right) >= 3
            and left[0] in CIRCUMSTANCE_NOUNS
            and right[0] in CIRCUMSTANCE_NOUNS
            and right[1] == "of"
            and (left[0], right[0]) != ("date", "time")  # one moment: _joined_date_time
        ):
            # "the date and place of death": the date of death and the place of death
            filled[index] = f"{filled[index]} {' '.join(right[1:])}"
    return filled


_COMMAS_THEN_OR = re.compile(
    r"^(?P<head>[^,/|>()]+(?:,\s*[^,/|>()]+)*),\s*(?P<last>[^,/|>()]+\s+or\s+[^,/|>()]+)$"
)
"""``wash and set, cut, perm or colour``: options between commas, the last two joined by *or*."""


def split_options(text: str) -> list[str]:
    """Enum options: ``minor/major/critical``, ``low, medium or high``, ``a -> b -> c``; in
    ``wash and set, cut, perm or colour`` the *or* joins the last two, so *wash and set*, said
    between commas, is one option."""
    text = re.sub(r"\b(?:etc|and so on|and more)\b\.?|\.\.\.", "", text)
    listed = _COMMAS_THEN_OR.match(text.strip())
    if listed and " and " in listed["head"] and " and " not in listed["last"]:
        heads = [h.strip() for h in listed["head"].split(",")]
        lasts = [i.strip() for i in re.split(r"\s+or\s+", listed["last"])]
        return [strip_determiners(i.strip(" .'\"")) or i for i in [*heads, *lasts] if i]
    items = split_top_level(text, OPTION_SEPARATORS)
    return [strip_determiners(i.strip(" .'\"")) or i.strip(" .'\"") for i in items if i.strip()]


def _outside_brackets(text: str) -> str:
    depth = 0
    kept = []
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(char)
    return "".join(kept)


def outside_brackets(text: str) -> str:
    """The text with every bracketed part removed."""
    return re.sub(r"\s+", " ", _outside_brackets(text)).strip()


def bracketed(text: str) -> list[str]:
    """The contents of the top-level brackets of a text, in order."""
    found: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in _OPEN:
            if depth:
                current.append(char)
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
            if depth:
                current.append(char)
            else:
                found.append("".join(current).strip())
                current = []
        elif depth:
            current.append(char)
    return found


_DERIVATION = re.compile(
    r"^(?:ment|ion|tion|ation|ication|ition|al|ing|ance|ence|age|ure|ery|ry|y|ee|er|or|ant|ent|"
    r"ist|ism|ship)s?$"
)
"""Suffixes that make a noun of a verb (*pay* → payment, never *paper*): a closed class."""


ZERO_ACTS = word_set("hire order visit survey repair call review")
"""Acts named by the verb's own form (*a customer books a hire*, *customers review an
installation*): the noun is the record of the act."""
IRREGULAR_ACTS = {
    "borrow": "loan", "lend": "loan", "buy": "purchase", "sell": "sale", "choose": "choice",
    "lose": "loss", "give": "gift", "see": "visit", "complain": "complaint",
    "enquire": "enquiry", "inquire": "inquiry", "enter": "entry", "apply": "application",
    "bury": "burial", "marry": "marriage", "run": "run",
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
        f"{stem}al",
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


PLACED_IN = re.compile(
    r"\b(?P<verb>belongs?\s+(?:in|to)|sits?\s+(?:in|on|under)|lives?\s+in|falls?\s+(?:in|into|under)|"
    r"comes?\s+under|(?:is|are)\s+(?:housed|located|based|filed|shelved)\s+"
    r"(?:in|at|under|on))\s+(?:a|an|one(?:\s+of\s+(?:our|the|their|its))?)\s+"
    r"(?P<target>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``sits in a department``, ``is based at one depot``, ``belongs to a club``: the one place
or group a record is in, a link to it (not ``sits in the fridge`` or ``is in stock``)."""


PLAIN_FIELD_NOUNS = word_set(
    "name title description notes note address location phone email status type category "
    "colour color size comment reason summary"
)
"""Nouns that are a record's own words even where their plural is used (*the names*), never a
record of their own."""


KEPT_ON_WORDS = word_set(
    "spreadsheet ledger notebook folder binder file system database app sheet diary drawer "
    "whiteboard inbox"
)
"""What records are kept on today (*it all lives in a paper ledger*), never a record itself."""


def is_open_ended(text: str) -> bool:
    """Whether a list of values is given as examples (``haircut, colour, styling...``)."""
    return bool(
        re.search(
            # "like new" is a condition, not an example given
            r"\b(?:etc|and so on|and so forth|such as|like(?!\s+new\b)|e ?g|for example|"
            # "a type (say a mk1 bsk or a gresley teak brake)": two of many, as examples
            r"^say\s+(?:a|an|the)|"
            r"that sort of thing|"
            r"that kind of thing|or similar|whatever)\b|\.\.\.",
            text,
        )
    )


_NOUN_WE_DID = re.compile(
    r"^(?:the|a|an|its|their|any) [\w\-]+(?: [\w\-]+)?(?: per [\w\-]+)?(?: that| which)?"
    r" (?:(?:i|we|you) [a-z]+|to be [a-z]+)"
)


DATED_ACT = re.compile(
    r"^(?:(?:the|a)\s+)?(?:date|day)\s+(?:its|their|the|his|her|our)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?P<thing>[a-z][\w\-]*)\s+(?P<verb>[a-z]+)$"
)
"""``the date its maintenance contract renews``, ``the date its pads expire``: a date named
by what happens on it, a field (the contract's renewal date), not a clause."""


_CONDITION_TAIL = re.compile(
    r"^(?:(?:the|a|an|its|their) )?(?P<np>[a-z][\w\-]*(?: [a-z][\w\-]*){0,2}?),? "
    r"(?:once|until|if|after|when|where) (?:it|they|we|he|she|you|i|the [a-z][\w\-]*|anything|something"
    r"|any(?:one|body)|some(?:one|body)|there) [a-z].*$"
)


HOW_LONG_IT_TAKES = re.compile(
    r"^(?:(?:the|a)\s+)?(?:number\s+of|how\s+many)\s+(?P<unit>minutes|hours|days|weeks)\s+"
    r"(?:it|they|the\s+[a-z][\w\-]*)\s+(?:(?:should|will|would|is\s+expected\s+to|is\s+meant\s+to)\s+)?"
    r"(?:take|takes|took|last|lasts|lasted|run|runs|ran)$"
)
"""*the number of days it should take*: how long it lasts, its duration in days."""
_YES_NO_FOR = re.compile(
    r"^(?:(?:a|an)\s+)?(?:tick[\s\-]?box|check[\s\-]?box|yes/no(?:\s+field)?|flag|toggle)\s+"
    r"(?:for|saying|to say|to mark|marking|showing)\s"
)


def conditioned_noun(item: str) -> str | None:
    """The noun of *the end date once they have given notice*: a field, and when it is filled
    in (None when the item is no noun with a condition)."""
    match = _CONDITION_TAIL.match(" ".join(words(item)))
    if match is None or any(w in FUNCTION_WORDS for w in match.group("np").split()):
        return None
    return match.group("np")


ABOUT_WHAT = re.compile(
    r"^(?:(?:the|a|an|its|their) )?(?P<noun>[a-z][\w\-]*(?: [a-z][\w\-]*)?) (?:of|on|about|saying|describing|explaining) "
    r"(?:what|how|why) (?:[a-z']+ ){0,4}?(?:was|were|is|are|went|happened|did|they|it|we)\b.*$"
)
"""``a short note of what was done``: a text about something, named by what it is."""


_WHEN_OR_WHERE = frozenset(["at", "in", "on", "during"])
"""Prepositions of time and place, after which a participle is a reduced relative."""


def is_clause(item: str) -> bool:
    """Whether a list item is a new clause (*each product belongs to a category*) rather than a
    noun phrase (*a quantity on hand*, *the year it was published*)."""
    tokens = words(outside_brackets(item))
    if not tokens:
        return False
    if tokens[0] in WH_WORDS or tokens[0] == "if":
        return False  # "whether it is paid", "if is half day": a yes/no fact
    first = tokens[0]
    inflected = first.endswith("s") and verb_lemma(first) not in (None, first)
    if len(tokens) > 1 and inflected and not can_be_noun(first):
        return True  # "..., and belongs to an organization": the subject's next clause
    if len(tokens) > 2 and inflected and not is_plural(first) and tokens[1] in PREPOSITIONS:
        return True  # "..., and comes from one study": an -s that is no plural is the verb's
    if len(tokens) > 2 and first in FLOW_VERBS and tokens[1] == "from":
        return True  # "..., and goes from pending to confirmed": the record's flow
    small = re.match(
        r"^(?:the |a |an |its |their )?([\w\-]+)(?: [\w\-]+)?(?: of the (?:month|week|year|day))?"
        r" (?:it|they|he|she)\b",
        " ".join(tokens),
    )
    if (
        small
        and small.group(1) not in SUBJECT_PRONOUNS | {"each", "every"}
        and (tokens[0] in DETERMINERS or not can_be_verb(small.group(1)))
    ):
        # "the year it was published", "the day of the month it is due"; not "we sell it to them"
        return False
    if ABOUT_WHAT.match(" ".join(tokens)):
        return False  # "a short note of what was done": a text and what it is about
    if _YES_NO_FOR.match(outside_brackets(item).strip().lower()):
        return False  # "a yes/no for whether it is protected": a field that asks something
    if conditioned_noun(" ".join(tokens)) is not None:
        return False  # "the end date once they have given notice": a noun and when
    if HOW_LONG_IT_TAKES.match(" ".join(tokens)):
        return False  # "the number of days it should take": a duration
    if _NOUN_WE_DID.match(" ".join(tokens)) or DATED_ACT.match(" ".join(tokens)):
        return False  # "the date i promised it back", "the rooms to be done": a noun and an act
    if any(t in SUBJECT_PRONOUNS - {"it"} for t in tokens):
        return True
    if any(t in AUXILIARIES and t not in ("need", "needs") for t in tokens[1:]):
        return True
    if (
        len(tokens) > 1
        and can_be_verb(tokens[0])
        and tokens[0] not in DETERMINERS
        # "price each": a determiner with no noun after it is the item's, no object
        and (tokens[1] in OBJECT_PRONOUNS or (tokens[1] in DETERMINERS and len(tokens) > 2))
        and not (can_be_noun(tokens[0]) and tokens[1] in ("of",))
    ):
        return True
    for index in range(1, len(tokens)):
        word = tokens[index]
        if not can_be_verb(word) or word in FUNCTION_WORDS:
            continue
        previous = tokens[index - 1]
        if previous in FUNCTION_WORDS or (can_be_adjective(previous) and not is_plural(previous)):
            continue  # "daily logs": after an adjective, a noun
        if previous.endswith(("'s", "s'")):
            continue  # "the parent's phone number": after a possessive, a noun
        if not can_be_noun(word) and word.endswith("s") and verb_lemma(word) != word:
            return True
        if (
            word.endswith("s")
            and verb_lemma(word) not in (None, word)
            and tokens[index + 1 : index + 2] in (["many"], ["multiple"], ["several"])
        ):
            return True  # "a judge rates many entries": no noun phrase goes on into *many*
        if index + 2 == len(tokens) and tokens[-1] in VERB_PARTICLES and is_past_participle(word):
            continue  # "the pins knocked down": how many were, a noun phrase
        if index + 2 == len(tokens) and tokens[-1] in _FIELD_HEADS:
            continue  # "a dbs check date": the date of a check, a noun phrase
        if (
            is_plural(previous)
            # "a dbs check for each volunteer": after a singular article, no plural subject
            and tokens[index - 2 : index - 1] not in (["a"], ["an"], ["each"], ["every"], ["one"])
            and index + 1 < len(tokens)
            and (
                tokens[index + 1] in DETERMINERS
                # "bats counted at emergence": a participle and where, not "bats eat insects"
                or (can_be_noun(tokens[index + 1]) and tokens[index + 1] not in _WHEN_OR_WHERE)
            )
        ):
            return True
    return False


_FIELD_HEADS = frozenset(["date", "time", "day", "number", "result", "status", "expiry"])
"""What a list item that ends a noun phrase names (*a dbs check date*), not an object."""


def is_next_act(item: str) -> bool:
    """``collect parcels on a pickup date`` after fields in a list: a bare verb, its plural
    object and a preposition, the subject's next act (alone, *repair jobs for a bike* reads
    as a noun phrase, so only a list's later items are asked)."""
    tokens = words(item)
    return (
        len(tokens) > 3
        and verb_lemma(tokens[0]) == tokens[0]
        and is_plural(tokens[1])
        and can_be_noun(tokens[1])
        and tokens[2] in PREPOSITIONS
    )


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
