"""A description's text written one way before any reader: lower case, plain quotes and accents,
arrows as ``->``, short words and contractions written out, and one form for each twin:
*I keep every client's phone* is *we keep each client's phone*; the kinds of wording it
writes plainly have modules of their own (``quantities_said``, ``fillers``,
``list_wording``).
"""

from __future__ import annotations

import re
import unicodedata

from appwright.design.offline.act_openers import (
    act_before_kept,
    act_before_record,
    when_an_act,
    without_how_often,
    without_if_so,
)
from appwright.design.offline.app_holds import we_track
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.dated_notes import dated_notes
from appwright.design.offline.fillers import without_afterthoughts, without_fillers, without_hedges
from appwright.design.offline.flow_openings import flows_opened_plainly
from appwright.design.offline.flow_twins import flow_as_goes_from, starts_at_moves_up
from appwright.design.offline.gapped_known_by import known_by_each, needed_by_each
from appwright.design.offline.given_with_list import sent_one_kept_with
from appwright.design.offline.held_by_many import each_held_by_many
from appwright.design.offline.how_often_due import how_often_it_is_due
from appwright.design.offline.initialisms import spell_out_initialisms
from appwright.design.offline.inside_one import inside_one
from appwright.design.offline.kept_lists import and_for_another_kept
from appwright.design.offline.kept_said_otherwise import kept_said_otherwise
from appwright.design.offline.list_openings import taken_as_logged
from appwright.design.offline.list_wording import items_said_plainly, lists_said_plainly
from appwright.design.offline.lists_told_otherwise import lists_told_otherwise
from appwright.design.offline.many_said_as_acts import gets_one_every_year
from appwright.design.offline.named_as import each_we_take_is_named, sold_in_blocks
from appwright.design.offline.noted_on_it import the_one_goes_on_it
from appwright.design.offline.options_said import options_in_brackets, when_it_happened
from appwright.design.offline.own_ones_only import make_then_only_those
from appwright.design.offline.paired_for_a_date import paired_for_a_date
from appwright.design.offline.placed_under import under_each_sit_its
from appwright.design.offline.put_plainly import kinds_called_all, put_plainly, then_is_either
from appwright.design.offline.quantities_said import plain_quantities, whichever_suits
from appwright.design.offline.ramble import said_plainly
from appwright.design.offline.said_in_passing import said_in_passing
from appwright.design.offline.said_in_short import said_in_short
from appwright.design.offline.said_loosely import said_loosely
from appwright.design.offline.short_words import written_out
from appwright.design.offline.terse_notes import each_points_at_one, heading_then_each
from appwright.design.offline.told_on import names_it_again
from appwright.design.offline.word_classes import NUMERALS, words
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_ARROWS = re.compile(r"\s*(?:->|=>|→|⟶|➔|>>)\s*")
_EQUALS_HEADER = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?P<comma>,\s))"
    r"(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s+=\s+(?=[a-z])"
    # a list follows (*name, address*), no sum (*performer + pitch*, *total - discount*)
    r"(?=[^.\n]*(?:,|\band\s))(?![^.;\n]*(?:\+|\s[-*x]\s))",
    re.IGNORECASE,
)
"""A note's ``pupil = name, address``: a header and its list, ``pupil: name, address``; after a
comma (*one reviewer per appeal, reviewer = name, email*) the header opens a clause of its own.
A sum (*booking = performer + pitch + date*, *net = total - discount*) is read apart."""
_CHEVRON_CHAIN = re.compile(
    r"[a-z][\w\-]*(?:\s+[\w\-]+)*(?:\s+>\s+[a-z][\w\-]*(?:\s+[\w\-]+)*){2,}", re.IGNORECASE
)
"""``logged > assigned > drafting``: a line of steps told with chevrons (one ``>`` alone may
be a comparison)."""


_TYPOGRAPHY = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "..."}
)
"""Curly quotes and the ellipsis character as people's keyboards also type them."""
_SPACED_DASH = re.compile(r"\s[\u2013\u2014]\s")
_SENTENCE_OR_END = re.compile(r"[^.;!?\n]+[.;!?\n]*")


def _lone_dash_as_hyphen(text: str) -> str:
    """*a type, then an en dash, then house shot, sport or kids*: the one dash between spaces in
    a sentence, read as the hyphen typed there; two are an aside (*one plot, a dash, we keep
    ..., a dash, and ...*), which the aside readers take as they are."""
    return _SENTENCE_OR_END.sub(
        lambda m: _SPACED_DASH.sub(" - ", m[0]) if len(_SPACED_DASH.findall(m[0])) == 1 else m[0],
        text,
    )


_COLON_EACH_ONE = re.compile(r":\s+(?=each\s+one\s+(?!of\b|is\b|has\b)[a-z]+s\s)")
"""*suspensions are applied for per unit base: each one lists the street*: after a clause (not
a header, *inspections: each one is of a ride*), a clause about each of them after the colon,
as after a semicolon."""
_CLAUSE_START = re.compile(r".*[.;:!?\n]", re.DOTALL)
_CONTRACTION = re.compile(r"\b(i|we|you|they|who)'(ve|m|re|d|ll)\b")
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
_EACH_ARRIVING = re.compile(
    r"\b(?P<each>each\s+[a-z][\w\-]*)\s+(?:coming\s+in|arriving|brought\s+in|that\s+comes\s+in|"
    r"that\s+arrives)(?=\s+(?:gets|has|needs|must|should|is\s+given|is\s+logged)\s)"
)
"""*each vehicle coming in gets its registration, ...*: every one of them, said as it arrives."""
_EACH_INDIVIDUAL = re.compile(r"\beach\s+(?:individual|single|separate)\s+(?=[a-z])")
"""*each individual piece has an asset tag*: each piece; the adjective only says *each*."""
_EACH_ON_SALE = re.compile(r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*)\s+(?:on|for)\s+sale\b")
"""*each laptop on sale is listed with ...*: each laptop; being on sale is no record of its own."""
_EACH_IN_OUR_PLACE = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in|on)\s+our\s+"
    r"[a-z][\w\-]*(?=\s+(?:carries|has|holds|needs|gets|is|we)\s)"
)
"""*every repair ticket in our workshop carries ...*, *for every pet on our books we keep ...*."""
_ONE_OF_OUR_STAFF = re.compile(
    r"\bone\s+of\s+(?:our|the|my)\s+staff(?=\s+(?!members?\b)[a-z]+s\b|\s*[;.]|,\s+(?:and|but)\s)"
)
"""*one of our staff fills in an inspection*, *an alarm is handed to one of the staff; ...*: a
member of staff, one of a word with no plural."""
_ONLY_ALLOWED = re.compile(
    r"\bonly\s+(?P<who>(?:(?!(?:is|are|be|being|was|were|not)\b)[a-z][\w\-']*\s+){1,6})allowed\s+to\s"
)
"""*only kitchen staff and group leaders allowed to see ...*, a note without its verb: *only
... are allowed to see ...*."""
_FIELD_ON_EACH = re.compile(
    r"(?:^|(?<=\n)|(?<=^-\s)|(?<=\n-\s)|(?<=\n\*\s)|(?<=;\s))(?P<field>(?:a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+on\s+each\s+(?P<record>[a-z][\w\-]*)\s+(?=\()"
)
"""*- an allergy severity on each pupil (none, mild or severe)*, a note's item: *each pupil has
an allergy severity (...)*."""
_LET_US_HAVE = re.compile(
    r"\blet(?:'s|\s+us)\s+(?:also\s+)?(?:have|keep|add|log|record)\s+"
    r"(?P<record>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+for\s+(?:that|this|those|these|it|them))?(?:\s+(?:too|as\s+well|also))?(?=,?\s+with\s)"
)
"""*let's have a declaration for that too, with the date, ...*: *we keep a declaration, with
...*, a record the owner asks for."""
_GOES_ON_THE_SYSTEM = re.compile(
    r"\b(?:has\s+to|have\s+to|must|should|needs\s+to|need\s+to|will)\s+go\s+(?:on|onto|into|in)\s+"
    r"(?:the|our)\s+(?:system|database|app|sheet|computer|books)\s+(?=(?:against|under)\s)"
)
"""*each part ... has to go on the system against the car it came from*: it is logged against
the car, the one record it belongs to."""
_EXAMPLES_WHATEVER = re.compile(
    r"\s*\((?:[^()]*?),?\s+(?:or\s+)?(?:whatever|you\s+name\s+it|anything\s+really)\)"
)
"""*each part that comes off (doors, headlights, alternators, whatever)*: examples of what the
record may be, which name no values (*etc* and *and so on* may end a list of values)."""
_GLOSS_AFTER_VALUES = re.compile(
    r"(?P<values>\)|\bor\s+[a-z0-9][\w\-]*)\s*\((?:[a-z0-9][\w\-]*)\s+(?:is|are|means)\s+[^()]*\)"
)
"""*a grade (a, b or c) (a is basically like new)*, *a grade of a, b or c (a is like new)*: what
one value means, after the values; no field of its own."""
_ENDS_WITH_SEVERAL = re.compile(
    r"\b(?:can\s+|may\s+)?(?:end|ends)\s+(?:up\s+)?with\s+"
    r"(?P<many>(?:several|many|a\s+few|some|one\s+or\s+more)\s+[a-z][\w\-]*s)"
    r"(?:\s+(?:at|in|on)\s+the\s+[a-z][\w\-]*)?(?=,\s+each\s)"
)
"""*a visit can end with several purchases at the till, each ...*: the visit has several
purchases; where they happen names no record."""
_EACH_ONE_A = re.compile(r"(?<=[a-z]s),\s+each\s+one\s+(?=(?:a|an)\s+[^,;.]+,)")
"""*several purchases, each one a part description, the car ... and the price*: each with."""
_THE_WRITER = re.compile(
    r"\bi'(?:ve|d|ll)\b(?!['\-/])|(?<!\blevel\s)(?<!\btype\s)(?<!\bgrade\s)(?<!\bphase\s)"
    # not *i am* (*I'm headkeeper on a shoot* is the writer alone); *my* and *me* are *our* and
    # *us*, but not *mine*, as often a noun (*a cake, rocket, mine or shell*)
    r"(?<!\bstage\s)(?<!\bpart\s)\b(?:i(?!\s+(?:am|was)\b)|my|me)\b(?!['\-/])"
)
_THAT_IS_ME = re.compile(r",\s+that(?:'s|\s+is|\s+being)\s+(?:me|us|myself)(?=,)")
"""*only the yard manager, that's me, creates bills*: the writer named, an aside."""
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


_ONE_DOES = re.compile(
    r"^(?:each|every|a|an)\s+(?:piece\s+of\s+)?(?P<one>[a-z][\w\-]*(?:\s+(?!is\b|are\b|has\b)"
    r"[a-z][\w\-]*)?)\s+(?:is|has|gets|goes|belongs|[a-z]+s)\b"
)
"""*a batch is roasted on ...*, *each visit follows ...*: one record, the clause's subject."""
_WE_RECORD_ITS = re.compile(
    r"^we\s+(?:record|note|keep|log|store|take|write\s+down|jot\s+down)\s+(?:the|its)\s"
    r"(?![^;.]*\b(?:for|on|about|of)\s+(?:each|every)\b)"
)
"""*we record the batch number, ...* after a semicolon: the list of the record just told of."""


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
        subject = _ONE_DOES.match(before.strip())
        if subject and _WE_RECORD_ITS.match(following):
            # "a batch uses one green lot; we record the batch number, ...": the batch's list
            return f". for each {subject['one']} "
        # a clause (*the mechanics each have a name*), or too long for one list item (*the
        # accepted ones get put into an issue*); not *a colour*, *the phone number*
        return ". " if is_clause(following) or len(words(following)) > 4 else match[0]

    return _SEMICOLON_SENTENCE.sub(split, text)


_HAVE_ALSO_GOT = re.compile(r"\b(?P<who>i|we|you|they)\s+have\s+(?P<also>also\s+)?got\b(?!\s+to\b)")
"""*I've also got a shelf of cutters*: *I also have ...*; *we've got players, each with a name*:
*we have players* (read as it was, *got players* is a record's name); as the readers of *have*
expect."""
_YES_OR_NO_FOR = re.compile(r"\byes or no(?=\s+(?:for|saying|to say|to mark|marking|showing)\s)")
"""``a yes or no for whether it's been paid``: one yes/no field, not two list items."""
_WOULD_DO = re.compile(
    r"\b(?P<who>[a-z][\w\-]*s)\s+would\s+(?:usually\s+|normally\s+)?(?=[a-z]+\s+(?:a|an|the|one|their)\s)"
)
"""``members would book a court``: what members do, told as what they would do."""
_JUST_ONE_MORE = re.compile(r"(?:(?<=,\s)|(?<=\band\s))(?:just|also|then)\s+(?=(?:a|an)\s)")
"""``..., due date and just a yes/no for ...``: one more item, said lightly."""
_IN_PER_ONE = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<head>[a-z][\w\-]*s)\s+(?:in|out),\s+"
    r"(?=per\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*:)"
)
"""*deliveries in, per ingredient: date, quantity, ...*: the deliveries per ingredient; which way
they come says nothing of what they hold."""
_INSTEAD_OF_ONE = re.compile(
    r"(?<=[a-z])\s+instead\s+of\s+(?:a|an|the)\s+[a-z][\w\-]*(?=\s*(?:[,.;:!?\n]|$))"
)
"""*a booking can be for a group instead of a member*: what it is for; the one it is not for
is told elsewhere."""
_RATHER_THAN_DOING = re.compile(
    r"(?<=[a-z])\s+(?:rather\s+than|instead\s+of)\s+[a-z]+ing\b"
    r"(?:(?!\b(?:we|i|they|so)\b)[^,.;:!?()\n])*(?=[,.;:!?)\n]|$)"
)
"""*people join as members rather than coming with a voucher*: what they do not do keeps
nothing."""
_OURS_AND_THEIRS = re.compile(
    r"\bour\s+(?P<what>[a-z][a-z\-]*)(?P<between>,\s+|\s+and\s+)their\s+(?P=what)\b"
)
"""*the opposition, our total, their total and the result*: two fields told apart by whose
they are, which the readers would drop as determiners."""
_NEXT_OF_KIN = re.compile(r"(?<![\w\-])next\s+of\s+kin(?![\w\-])")
"""*next of kin per resident*: one noun, named by all three words; read word by word its head
would be *next*."""


def _without_accents(text: str) -> str:
    """``café`` → ``cafe``: names are plain words, and *cafe* is how many people type it."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_JUST_NOW = re.compile(
    r"\s+(?:right\s+now|now|currently|at\s+the\s+moment|at\s+present|these\s+days)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|but|so)\s+(?!then\b))"
)
"""*we've got about forty volunteers now and ...*: when it is said names no part of what is
kept (*volunteers_now* was a record); *now and then* is how often, left as said."""
_AND_COMMA_OPENER = re.compile(
    r"(?:,\s*)?\band,\s+(?=(?:for|on|at|after|before|during|when|once|if)\s[^,;]*,\s*(?:we|i)\s)"
)
"""*the vet goes down the line and, for every cow scanned, we save ...*: the comma after *and*
sets off what opens the next clause, which is *, and for every cow scanned, we save ...*."""
_AT_EITHER_STAGE = re.compile(r"\bat\s+either\s+(?=(?:stage|step|point)\b)")
"""*it can be cancelled at either stage*: of two steps, any."""
_E_MAIL = re.compile(r"\be-mail")
"""One word, as field names spell it."""
_X_OR_NOT_X = re.compile(r"\b(?P<word>[a-z][\w\-]*)\s+or\s+not\s+(?P=word)\b")
"""``done or not done``: *done or not*, one yes/no (no record called *not*)."""


def _after_a_clause(colon: re.Match[str], text: str) -> str:
    """A semicolon for the colon when what its sentence says before it is a clause (four words
    or more), the colon kept after a header (*inspections: each one ...*)."""
    before = text[: colon.start()]
    start = _CLAUSE_START.match(before)
    told = before[start.end() :] if start else before
    return "; " if len(told.split()) >= 4 else colon[0]


_RUN_BY = re.compile(
    r"\b(?P<be>is|are|was|were|gets|get|be|been|being)\s+"
    r"(?P<how>(?:always|usually|normally|often|only|each\s+)?)run\s+by\b"
)
"""*each check is run by a member of staff*: a passive whose participle is spelled as its verb,
said with one the readers know for a passive (*led by*)."""


_EACH_OF_THEIR_KIND = re.compile(
    r"\bfor\s+each\s+of\s+(?:their|his|her|its)\s+(?P<kind>[a-z][\w\-]*)\s+(?P<many>[a-z][\w\-]*)"
    r"(?=,\s+with\s)"
)
"""*a progress summary for each of their key children, with ...*: for each child, with ..."""
_PER_ONE_WE_KEEP = re.compile(
    r"(?:^|(?<=[.;:]\s))per\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?=(?:we|i)\s+(?:store|keep|record|note|hold|log|track)\s)"
)
"""*per class we store the name, ...*: for each class, what is kept of it."""
_AGAIN_IN_BRACKETS = re.compile(r"\((?:again|also|as\s+before|same\s+as\s+above)[,:]?\s+")
"""*how we sent it (again email, text or letter)*: the options, said once before."""


def normalize_text(text: str) -> str:
    """Lower case, plain quotes, arrows as ``->``, ellipses and abbreviations made harmless."""
    text = _lone_dash_as_hyphen(_without_accents(text.translate(_TYPOGRAPHY)))
    text = spell_out_initialisms(text)  # before lower case hides which words are initials
    text = _ARROWS.sub(" -> ", text)
    text = _EQUALS_HEADER.sub(lambda m: f"{'; ' if m['comma'] else ''}{m['head']}: ", text)
    text = _CHEVRON_CHAIN.sub(lambda m: re.sub(r"\s+>\s+", " -> ", m.group(0)), text)
    lowered = taken_as_logged(_semicolon_sentences(text.lower()))
    # one form for each twin before any reader: *every* before its noun is *each*, the owner's
    # *I* is *we*, an act opened *whenever* or *if* is opened *when*, a flow told as *starts as
    # new, then becomes packed* goes *from new to packed*
    lowered = _EACH_ARRIVING.sub(r"\g<each>", _EVERY_BEFORE_ITS_NOUN.sub("each ", lowered))
    lowered = _EACH_INDIVIDUAL.sub("each ", lowered)
    lowered = _ONE_OF_OUR_STAFF.sub("a member of staff", lowered)
    lowered = _EACH_IN_OUR_PLACE.sub(r"\g<each>", _EACH_ON_SALE.sub(r"\g<each>", lowered))
    lowered = _EACH_OF_THEIR_KIND.sub(
        lambda m: f"for each {singular(m['many'])}" if is_plural(m["many"]) else m[0], lowered
    )
    lowered = _PER_ONE_WE_KEEP.sub(r"for each \g<one> ", lowered)
    lowered = _ONLY_ALLOWED.sub(r"only \g<who>are allowed to ", lowered)
    lowered = _FIELD_ON_EACH.sub(r"each \g<record> has \g<field> ", lowered)
    lowered = _LET_US_HAVE.sub(r"we keep \g<record>", lowered)
    lowered = _GOES_ON_THE_SYSTEM.sub("is logged ", _EXAMPLES_WHATEVER.sub("", lowered))
    lowered = _EACH_ONE_A.sub(", each with ", _ENDS_WITH_SEVERAL.sub(r"has \g<many>", lowered))
    lowered = sold_in_blocks(each_we_take_is_named(said_in_passing(lowered)))
    lowered = _THE_WRITER.sub(lambda m: _AS_OWNERS[m[0]], _THAT_IS_ME.sub("", lowered))
    lowered = each_points_at_one(heading_then_each(gets_one_every_year(lowered)))
    lowered = _COLON_EACH_ONE.sub(lambda m: _after_a_clause(m, lowered), lowered)
    lowered = when_an_act(without_if_so(without_how_often(how_often_it_is_due(lowered))))
    lowered = act_before_record(act_before_kept(lowered))
    lowered = starts_at_moves_up(flows_opened_plainly(lowered))
    lowered = flow_as_goes_from(we_track(then_is_either(lowered)))
    lowered = _NEXT_OF_KIN.sub("next-of-kin", said_in_short(written_out(lowered)))
    lowered = each_held_by_many(put_plainly(kinds_called_all(lowered)))
    lowered = sent_one_kept_with(make_then_only_those(lowered))
    lowered = _OURS_AND_THEIRS.sub(r"our-\g<what>\g<between>their-\g<what>", lowered)
    lowered = _IN_PER_ONE.sub(r"\g<head> ", lowered)
    lowered = _RUN_BY.sub(
        r"\g<be> \g<how>led by", _INSTEAD_OF_ONE.sub("", _RATHER_THAN_DOING.sub("", lowered))
    )
    lowered = inside_one(lowered)
    lowered = _E_MAIL.sub("email", _AT_EITHER_STAGE.sub("at any ", lowered))
    lowered = plain_quantities(lowered)
    lowered = said_plainly(without_hedges(lowered))
    lowered = when_it_happened(options_in_brackets(_AGAIN_IN_BRACKETS.sub("(", lowered)))
    lowered = _GLOSS_AFTER_VALUES.sub(r"\g<values>", lowered)
    lowered = whichever_suits(lowered)
    lowered = said_loosely(without_afterthoughts(lowered))
    lowered = lists_told_otherwise(kept_said_otherwise(items_said_plainly(lowered)))
    lowered = without_fillers(lowered)
    lowered = under_each_sit_its(needed_by_each(known_by_each(lists_said_plainly(lowered))))
    lowered = the_one_goes_on_it(and_for_another_kept(lowered))
    lowered = paired_for_a_date(dated_notes(lowered))
    lowered = _IT_HAS.sub(r"\1 has", _IT_IS.sub(r"\1 is", lowered))
    lowered = _NOT.sub(r"\1 not", lowered)
    lowered = _YES_OR_NO_FOR.sub("yes/no", lowered)
    lowered = _JUST_ONE_MORE.sub("", lowered)
    lowered = _WOULD_DO.sub(
        lambda m: f"{m['who']} " if is_plural(m["who"]) and can_be_noun(m["who"]) else m[0],
        lowered,
    )
    lowered = _X_OR_NOT_X.sub(r"\g<word> or not", lowered)
    lowered = _AND_COMMA_OPENER.sub(", and ", lowered)
    lowered = _JUST_NOW.sub("", lowered)
    lowered = _CONTRACTION.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2)]}", lowered)
    return _HAVE_ALSO_GOT.sub(lambda m: f"{m['who']} {m['also'] or ''}have", lowered)
