"""Remarks on a record that name nothing it keeps, dropped or said plainly: *sellers book
pitches ahead of time*, *a parent's email for billing*, *the depositor who gave it to us*, *an
email if we can get one*, *can end up helping* (*can help*).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, verb_lemma

_FOR_ONE_SOMEONE_NOTES = re.compile(
    r"^(?P<for>(?:for|on|at|after)\s+(?P<each>each\s+|every\s+|an?\s+)?(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)),?\s+"
    r"(?P<article>the|our|a|an)\s+(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+(?:also\s+)?"
    r"(?P<verb>notes|records|logs|writes\s+down|takes\s+down|enters|keeps)\s+(?=(?:the|a|an|their|its)\s)"
)


def for_one_someone_notes(sentence: str) -> str:
    """``for alterations the tailor notes the measurements and the price agreed``: *for
    alterations we note ...*; who writes it down keeps none of it. One of several who do it
    (*for each visit a ranger records the date, ...*) is whom each visit is made by."""
    match = _FOR_ONE_SOMEONE_NOTES.match(sentence)
    if match is None or not names_a_doer(match["who"].split()[-1]):
        return sentence
    verb = verb_lemma(match["verb"].split()[0]) or "note"
    rest = " ".join(match["verb"].split()[1:])
    noted = f"{match['for']} we {verb}{' ' + rest if rest else ''} {sentence[match.end() :]}"
    if match["article"] in ("a", "an") and (match["each"] or "").strip() in ("each", "every"):
        return f"{noted}; each {match['one']} is made by one {match['who']}"
    return noted


_END_UP_DOING = re.compile(r"\b(?:end|ends)\s+up\s+(?P<doing>[a-z]+ing)\b")


def end_up_doing(sentence: str) -> str:
    """``any mentor can end up helping several startups``: *can help several startups*."""

    def plain(match: re.Match[str]) -> str:
        lemma = verb_lemma(match["doing"])
        return match[0] if lemma is None or lemma == match["doing"] else lemma

    return _END_UP_DOING.sub(plain, sentence)


_IN_ADVANCE = re.compile(
    r"\s+(?:well\s+)?(?:ahead\s+of\s+time|in\s+advance|beforehand|ahead\s+of\s+the\s+day)\b"
    r"|(?<=ed|en)\s+the\s+(?:day|night|week|morning|evening)\s+before\b"
)


def without_in_advance(sentence: str) -> str:
    """``sellers book pitches ahead of time (...)``: *sellers book pitches (...)*; when the
    booking is made names no record; nor does ``it gets confirmed the day before``."""
    return _IN_ADVANCE.sub("", sentence)


_EACH_TIME_WE_GO = re.compile(
    r"^(?:then\s+|and\s+)?(?:(?:each|every)\s+time|when)\s+(?:we|i)\s+(?:go|come|walk|drive|do\s+the)\s+"
    r"(?:round|around|out|in|back|over)\b(?:\s+(?:the|our|my)\s+[a-z]+)?,?\s+(?=(?:we|i)\s)"
)


def without_each_time_we_go(sentence: str) -> str:
    """``then each time we go round we log a check on the trap: ...``: *we log a check on the
    trap: ...*; when the rounds happen names no record, what is logged does."""
    return _EACH_TIME_WE_GO.sub("", sentence)


_ROUGHLY_WHAT = re.compile(
    r"(?<=, )(?:roughly|approximately|about|exactly|more or less)\s+(?=(?:what|when|how|which)\s)"
)


def without_roughly(sentence: str) -> str:
    """``the title, roughly what year it's from, ...``: *what year it's from*, an item of the
    list all the same."""
    return _ROUGHLY_WHAT.sub("", sentence)


_OUR_PLACES = re.compile(r"\b(?:our|my)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*'s\s+(?=[a-z])")


def our_places(sentence: str) -> str:
    """``neighbours bring scraps to our community garden's compost bays``: *to our compost
    bays*; the owner's own business is no record."""
    return _OUR_PLACES.sub("our ", sentence)


_WHO_GAVE_IT_TO_US = re.compile(
    r"(?<=[a-z])\s+who\s+(?:gave|sent|brought|lent|donated|sold|referred|left|handed)\s+(?:it|them)\s+"
    r"(?:to\s+us|in|over)(?=\s*(?:[,;.]|$|\s+and\s))"
)


def without_who_gave_it(sentence: str) -> str:
    """``a collection with a name and the depositor who gave it to us``: *the depositor*; who
    they are is said by the noun."""
    return _WHO_GAVE_IT_TO_US.sub("", sentence)


_WHERE_WE_ARE = re.compile(
    r"^(?:at|in|on|across|around|for)\s+(?:our|the|my)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+"
    r"(?=(?:the\s+|our\s+|all\s+)?(?P<things>[a-z][\w\-]*)(?:\s*\([^()]*\))?\s+"
    r"(?:each\s+|all\s+)?(?:have|are|get|need|come)\b)"
)


def without_where_we_are(sentence: str) -> str:
    """``on our pick-your-own fruit farm, crops (...) each have a name``: *crops (...) each
    have a name*; the place the owner speaks from is the business, not a kind of crop."""
    match = _WHERE_WE_ARE.match(sentence)
    if match is None or not is_plural(match["things"]) or match["things"] in FUNCTION_WORDS:
        return sentence
    return sentence[match.end() :]


_OUT_OF_HAND = re.compile(
    r"(?:^|,\s+(?:and|but|so)\s+)(?:the|our|my)\s+(?:old\s+)?(?:spreadsheet|spreadsheets|system|"
    r"paperwork|notebook|diary|whiteboard|files|filing)\s+(?:has\s+got|has\s+gotten|has\s+become|"
    r"is|are|got|have\s+got|have\s+become)\s+(?:completely\s+|totally\s+|a\s+bit\s+|rather\s+|"
    r"really\s+)?(?:out\s+of\s+hand|a\s+mess|unmanageable|chaos|a\s+nightmare|impossible)\b"
)


def without_out_of_hand(sentence: str) -> str:
    """``..., and the spreadsheet has got completely out of hand``: a complaint about how it
    is kept now, no record of the app."""
    return _OUT_OF_HAND.sub("", sentence).strip(" ,") or sentence


_WHERE_MOST_COMES_FROM = re.compile(
    r"^(?:right,\s+)?(?:so,?\s+)?(?:a\s+(?:big|large|good|fair|huge)\s+(?:chunk|part|share)|most|"
    r"much|half|a\s+lot|lots)\s+of\s+(?:our|the|my)\s+[a-z][\w\- ]*?\s+(?:comes?|came)\s+"
    r"(?:in\s+)?from\s+[^,;]+(?:,\s+and\s+|;\s+|$)"
)
_KEPT_ON_PAPER_NOW = re.compile(
    r"(?:^|,\s+(?:and|but|so)\s+)(?:at\s+the\s+moment|right\s+now|currently|now|today)\s+"
    r"(?:it\s+is|they\s+are|everything\s+is)\s+(?:all\s+)?(?:scribbled|written|jotted|kept|"
    r"done)\s+(?:down\s+)?(?:on|in)\s+[^,;]+$"
)

_A_SHARE_OFF_ANYTHING = re.compile(
    r"^(?:our|the|all)\s+[a-z][\w\- ]*?\s+(?:gets?|receives?|enjoys?)\s+(?:a\s+(?:quarter|third|"
    r"fifth|tenth)|half|\d+\s*(?:%|per\s*cent|percent))\s+off\s+(?:anything|everything|all)\b[^;]*$"
)

_THINGS_WE_DO_FOR_EXAMPLE = re.compile(
    r"^(?:we|i)\s+(?:build|make|do|sell|fix|repair|mend|host|offer)\s+"
    r"(?:all\s+(?:sorts|kinds)\s+of\s+)?"
    r"(?:things|jobs|stuff|bits)\b[^:;]*:\s+[^;]*$"
)

_WHAT_THE_INSPECTORS_EXPECT = re.compile(
    r"^(?:trading\s+standards|environmental\s+health|the\s+council|the\s+inspectors?|ofsted|hmrc|"
    r"the\s+insurers?)\s+(?:expect|expects|can|check|checks|want|wants|require|requires|visit|"
    r"visits)\b[^,;:]*?,\s+so\s+"
)


def without_how_it_comes_now(sentence: str) -> str:
    """``a big chunk of our used stock comes from people walking in off the street with a box of
    records, and at the moment it is all scribbled on paper slips``: where things come from and
    how they are kept now, no record of the app; so is ``our team gets a quarter off anything
    in the shop, up to a monthly allowance``, the rule the records are kept for, and ``we
    build things for the community: planters for the school, a ramp for the hall``, what is
    done, by example; and ``trading standards expect a label on every bin, so ...``, what the
    records are kept for."""
    sentence = _WHAT_THE_INSPECTORS_EXPECT.sub("", sentence)
    sentence = _THINGS_WE_DO_FOR_EXAMPLE.sub("", _A_SHARE_OFF_ANYTHING.sub("", sentence))
    return _KEPT_ON_PAPER_NOW.sub("", _WHERE_MOST_COMES_FROM.sub("", sentence)).strip(" ,")


_WHAT_IT_USUALLY_IS = re.compile(
    r",\s+which\s+is\s+(?:usually\s+|normally\s+|typically\s+|mostly\s+)?(?:a|an|one|two|\d+)\s+"
    r"(?:pound|pounds|quid|euro|euros|dollar|dollars)(?:\s+but\s+[^,;()]+)?$"
)

_ALSO_TIED = re.compile(
    r"\b(?P<is>is|are)\s+also\s+(?=(?:against|for|linked|tied|attached|logged|recorded)\s)"
)

_WHY_IT_MATTERS = re.compile(
    r"\s+-\s+(?:this|that|it)\s+(?:matters|is\s+important|counts|is\s+key|is\s+a\s+must)\b"
    r"[^-;]*?\s+-\s+"
)

_A_LIST_OF_THEM = re.compile(r"\b(?:a\s+list|a\s+record|details)\s+of\s+them\s+with\s+(?=their\s)")


def without_what_it_usually_is(sentence: str) -> str:
    """``..., and a deposit amount, which is usually a pound but the big ones are two``: what
    the value mostly is, no field of its own; and the *also* of *a waste entry is also against
    a species, with ...*, said like the record before, *- this matters for the council -*, why
    an item is kept, and *a list of them with their name*, their name."""
    sentence = _A_LIST_OF_THEM.sub("", _WHY_IT_MATTERS.sub(" ", sentence))
    return _ALSO_TIED.sub(r"\g<is> ", _WHAT_IT_USUALLY_IS.sub("", sentence))


_JUST_NEED = re.compile(
    r"^(?P<things>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:just|only|simply|really|basically)\s+"
    r"(?=need\s+(?:a|an|the|their)\s)"
)


def just_need(sentence: str) -> str:
    """``locomotives just need a number and a name``: *locomotives need a number and a name*;
    the *just* says how little is kept, not who may keep it."""
    return _JUST_NEED.sub(r"\g<things> ", sentence)


_SOMEONES_ONE_ON = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+(?:a|one)\s+[a-z][\w\-]*'s\s+"
    r"[a-z][\w\-]*\s+(?=(?:on|at|in|for|with)\s+(?:a|an|one)\s)"
)


def someones_one_on(sentence: str) -> str:
    """``a turn is a day's duty on a locomotive with a date``: *a turn is on a locomotive with
    a date*; what the record is, said in passing, names no record of its own."""
    return _SOMEONES_ONE_ON.sub(r"\g<record> is ", sentence)


_DATE_FOR_DOING = re.compile(
    r"\b(?P<date>date|deadline)\s+for\s+[a-z]+ing\b(?:(?!\s+and\s+(?:a|an|the|its|their)\s)[^,;:()])*"
)


def date_without_purpose(sentence: str) -> str:
    """``a budget and a target date for getting back into traffic``: *... and a target date*;
    what the date is for names no more of it."""
    return _DATE_FOR_DOING.sub(r"\g<date>", sentence)


_THE_ONES_MOSTLY = re.compile(
    r"^(?P<things>(?:the|our|my)\s+[a-z][\w\-]*s),\s+(?:(?:mostly|mainly|largely|usually|often|"
    r"including|like|such\s+as)\s+[^,;:()]+,\s+(?=(?:each\s+|all\s+|both\s+)?(?:have|has|are|need|get)\b)"
    # "mostly" is gone by now ("the clubs, junior football and a cricket team, each have")
    r"|[^,;:()]+,\s+(?=each\s+(?:have|has|need|get)\b))"
)


def without_what_they_mostly_are(sentence: str) -> str:
    """``the clubs, mostly junior football plus a sunday cricket team, each have a club name,
    ...``: *the clubs each have a club name, ...*; what most of them are names no field."""
    return _THE_ONES_MOSTLY.sub(r"\g<things> ", sentence)


_AT_THE_END_OF = re.compile(
    r"^(?:(?:and|then|so)\s+)?(?:at|by)\s+the\s+end\s+of\s+(?:the\s+|each\s+|every\s+)?"
    r"(?:term|month|week|year|season|day|quarter|course|stay)\s*,?\s+"
    r"(?=(?:each|every)\s+[a-z][\w\-]*\s+(?:gets|receives|is\s+sent|is\s+given)\s)"
)


def without_when_each_gets(sentence: str) -> str:
    """``at the end of term every pupil gets an invoice with the term, ...``: *every pupil gets
    an invoice with ...*; when each one gets it is no part of what they get."""
    return _AT_THE_END_OF.sub("", sentence)


_FOR_WHAT_USE = re.compile(
    r"\s+for\s+(?:billing|invoicing|invoices|contact|contacting\s+them|emergencies|reminders|"
    r"marketing|receipts)(?=\s*(?:[,;.]|$|and\s))"
)


def without_what_it_is_for(sentence: str) -> str:
    """``a parent's name and email for billing``: *a parent's name and email*; what a detail
    is used for names no more of it."""
    return _FOR_WHAT_USE.sub("", sentence)


_ANY_THEY_NOTICED = re.compile(
    r"\b(?P<any>any\s+[a-z][\w\-]*s)\s+(?:they|we|he|she)\s+"
    r"(?:picked\s+up(?:\s+on)?|noticed|spotted|saw|raised|came\s+across|ran\s+into)"
    r"(?=\s*(?:[,;.)]|\s+and\s|$))"
)


def without_who_noticed_them(sentence: str) -> str:
    """``the outcome and any concerns they picked up on``: *the outcome and any concerns*; who
    noticed them names no more of the field."""
    return _ANY_THEY_NOTICED.sub(r"\g<any>", sentence)


_ONES_COMING = re.compile(
    r"^(?P<people>(?:(?:each|every|the|our|any)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:coming|going)(?:\s+along|\s+with\s+us|\s+on\s+the\s+(?:trip|tour|visit))?\s+"
    r"(?=(?:have|has|need|needs|get|gets)\s)"
)


def ones_coming_along(sentence: str) -> str:
    """``staff coming along have a name and a mobile number``: *staff have a name and ...*;
    who comes along is who the record is of."""
    return _ONES_COMING.sub(r"\g<people> ", sentence)


_APP_FOR_OURS = re.compile(
    r"^(?:a\s+|an\s+|the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:app|system|tool|tracker|database|board|dashboard|register|diary|rota|planner|portal)"
    r"\s+for\s+(?:our|my|the)\s+[^,;:.!?]+?[.!]?$"
)


def without_app_for_ours(sentence: str) -> str:
    """``cat-sitting app for our drop-in visits.``: a title for the app, no record in it; so is a
    board or a register the app is to be (*a ward board for the hospital kennels*)."""
    return "" if _APP_FOR_OURS.match(sentence) else sentence


_IF_WE_CAN_GET_ONE = re.compile(
    r",?\s+if\s+(?:we|they|you|i)\s+(?:(?:can|could)\s+(?:get|find)|took|take|have|got)\s+"
    r"(?:one|it|them|any|hold\s+of\s+(?:one|it))\b"
)


def without_if_we_can_get_one(sentence: str) -> str:
    """``an email if we can get one``, ``a link to a photo if they took one``: *an email*, *a
    link to a photo*; whether there is one is no part of it."""
    return _IF_WE_CAN_GET_ONE.sub("", sentence)


_APPOSITION_WITH_BRACKET = re.compile(
    # "is for a client, the building owner (...)", not a list's "a title, the material (...)"
    r"(?:(?<=\bfor\s)|(?<=\bto\s))(?P<one>(?:a|an|one)\s+[a-z][\w\-]*),\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?P<bracket>\([^()]+\))"
)
_NEXT_DOOR = re.compile(r"(?<=[a-z]s)\s+next\s+door\b")


def named_once_with_bracket(sentence: str) -> str:
    """``each job is for a client, the building owner (name and phone), and involves adjoining
    owners next door``: *... for a client (name and phone), and involves adjoining owners*; the
    second name for the same person, and where they live, name no more records."""
    return _NEXT_DOOR.sub("", _APPOSITION_WITH_BRACKET.sub(r"\g<one> \g<bracket>", sentence))


_NAMES_DOWN = re.compile(
    r"\b(?:put|puts|putting)\s+(?:their|his|her|your|our|my)\s+names?\s+down\b"
)


def put_their_names_down(sentence: str) -> str:
    """``volunteers put their names down for shifts``: *volunteers sign up for shifts*; the
    name written is the person signing up, no name field of the shift's."""
    return _NAMES_DOWN.sub("sign up", sentence)


_EACH_WHO_CAME = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*)\s+(?:who|that)\s+(?:came|attended|turned\s+up|"
    r"showed\s+up|was\s+there|were\s+there|took\s+part)\b"
)


def each_who_came(sentence: str) -> str:
    """``the therapist writes a progress note for each client who came, with a wellbeing
    score``: *... for each client, with a wellbeing score*; who came says which ones, no field
    or record of its own."""
    return _EACH_WHO_CAME.sub(r"\g<each>", sentence)


_COULD_BE_WHATEVER = re.compile(
    r",?\s+and\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+(?:could|can|might|may)\s+be\s+"
    r"(?:a|an)\s+[^;:()]*?,?\s+(?:whatever|anything\s+really|etc\.?|and\s+so\s+on)"
    r"(?P<each>[,;]\s+(?:so\s+)?for\s+(?:each|every)\s+one\b)?"
)


def could_be_whatever(sentence: str) -> str:
    """``a group books a visit, and a group could be a school, a scout troop, whatever, so for
    each one we keep the name``: *a group books a visit; for each group we keep the name*; the
    examples say what it may be, and *each one* is one of them."""
    return _COULD_BE_WHATEVER.sub(lambda m: f"; for each {m['one']}" if m["each"] else "", sentence)
