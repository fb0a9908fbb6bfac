"""Steps told as what someone does to the record, written as the flows the readers know.

*the consent form sits as pending until a parent signs or refuses it* and *each claim stays open
until we approve or reject it* end a wait with someone's act; *samples move from received to
roasted to cupped, and then we either shortlist or decline them* ends a flow with ours. Both
become steps the record goes through: *signed or refused*, *shortlisted or declined*. So with
one act and what comes after it: *the alert stays open until someone acknowledges it, and is
closed once the ice is back in range* (open, acknowledged, closed).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import done_form, singular, verb_form, verb_lemma

_WAITS_UNTIL_DONE = re.compile(
    r"(?:\b(?:the|each|every|a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:sits|stays|remains|waits|is\s+kept)"
    # "new batches sit as pending until ...": each of them
    r"|^(?:new\s+)?(?P<records>[a-z][\w\-]*s)\s+(?:sit|stay|remain|wait|are\s+kept)"
    # "the booking is for ...; it sits as requested until ...": the record the sentence is of
    r"|(?<=;\s)(?P<it>it)\s+(?:sits|stays|remains|waits|is\s+kept))"
    r"\s+(?:as\s+)?(?P<first>[a-z][\w\-]*)\s+until\s+"
    r"(?:(?:a|an|the|their|its)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*\s+(?P<one>[a-z]+s)(?:\s+it)?"
    r"\s+or\s+(?P<other>[a-z]+s)"
    # "it stays open until we approve or reject it": our acts, in their plain form
    r"|(?:we|i)\s+(?P<our_one>[a-z]+)(?:\s+it)?\s+or\s+(?P<our_other>[a-z]+))"
    r"\s+(?:it|them)\b"
)


_SENTENCE_OF = re.compile(
    r"^(?:the|each|every|a|an)\s+(?P<record>[a-z][\w\-]*)\s+(?:is|has|goes)\b"
)


_THEN_WE_DO_ONE = re.compile(
    r"(?P<flow>\bfrom\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+to\s+[^,;.]+),\s+and\s+then\s+"
    r"(?:we|i|they)\s+(?:either\s+)?(?P<one>[a-z]+)(?:\s+(?:it|them))?\s+or\s+(?P<other>[a-z]+)"
    r"\s+(?:it|them)\b"
)


def then_we_do_one(sentence: str) -> str:
    """``samples move from received to roasted to cupped, and then we either shortlist or decline
    them``: *..., then shortlisted or declined*, the last steps told as what we do."""

    def flow(match: re.Match[str]) -> str:
        done = [_done_by_us(match["one"]), _done_by_us(match["other"])]
        if None in done:
            return match[0]
        return f"{match['flow']}, then {done[0]} or {done[1]}"

    return _THEN_WE_DO_ONE.sub(flow, sentence)


def _done_by_us(act: str) -> str | None:
    """``approve`` (*until we approve it*) → ``approved``; None when the word is no verb's
    plain form."""
    return verb_form(act, "VBN") if verb_lemma(act) == act else None


def waits_until_done(sentence: str) -> str:
    """``the consent form sits as pending until a parent signs or refuses it``, ``each claim
    stays open until we approve or reject it``: *each consent form goes from pending to signed
    or refused*; what someone does to it ends the wait. After a semicolon, *it* is the record
    the sentence opened with (*the booking is for one passenger; it sits as requested ...*)."""

    def flow(match: re.Match[str]) -> str:
        if match["one"]:
            done = [done_form(match["one"]), done_form(match["other"])]
        else:
            done = [_done_by_us(match["our_one"]), _done_by_us(match["our_other"])]
        if None in done:
            return match[0]
        if match["it"]:
            told = _SENTENCE_OF.match(sentence)
            if told is None:
                return match[0]
            record = told["record"]
        else:
            record = match["record"] or singular(match["records"])
        return f"each {record} goes from {match['first']} to {done[0]} or {done[1]}"

    return _WAITS_UNTIL_DONE.sub(flow, sentence)


_WAITS_UNTIL_ONE_ACT_THEN = re.compile(
    r"\b(?:the|each|every|a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:sits|stays|remains|waits|is\s+kept)\s+(?:as\s+)?(?P<first>[a-z][\w\-]*)\s+until\s+"
    r"(?:someone|somebody|(?:a|an|the|their|its)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+"
    r"(?P<acts>[a-z]+s)\s+it,?\s+and\s+(?:then\s+)?(?:it\s+)?(?:is|gets)\s+(?P<last>[a-z]+(?:ed|en))"
    r"\s+(?:once|when|after|as\s+soon\s+as)\s+[^;]+"
)


def waits_until_one_act_then(sentence: str) -> str:
    """``the alert stays open until someone acknowledges it, and is closed once the ice is back
    in range``: *each alert goes from open to acknowledged to closed*; the act ends the wait,
    and what is done after it is the last step."""

    def flow(match: re.Match[str]) -> str:
        done = done_form(match["acts"])
        if done is None:
            return match[0]
        return f"each {match['record']} goes from {match['first']} to {done} to {match['last']}"

    return _WAITS_UNTIL_ONE_ACT_THEN.sub(flow, sentence)
