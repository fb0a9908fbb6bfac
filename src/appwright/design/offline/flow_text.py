"""A flow's words read into steps: the states in order, alternatives side by side.

``from lead to qualified to proposal and finally won or lost`` → [lead] [qualified] [proposal]
[won, lost]; ``new -> triaged -> fixed``; ``goes pending, approved, shipped, then delivered``
(a flow told as a list, ``listed_flow``); ``from a check-in date to a check-out date`` walks
between things, no states (``names_states``).
"""

from __future__ import annotations

import re

from appwright.design.offline.state_names import state_name, too_long_for_a_state
from appwright.design.offline.word_classes import NOUN_MARKERS, words
from appwright.design.offline.word_forms import is_past_participle, verb_form, verb_lemma

_SEPARATORS = re.compile(
    r"\s*->\s*|\s*,\s*(?:and\s+)?(?:then\s+|lastly\s+)?(?=\w)"
    r"|\s+and\s+(?:only\s+)?(?:then|finally|lastly|eventually|later)\s+"
    r"(?:(?:on\s+)?to\s+)?"
    # "referred to the power company" is one state: a participle sent somewhere
    r"|\s+then\s+|\s+to\s+(?!the\b|a\b|an\b|our\b|their\b)|(?<!ed)\s+to\s+(?=the\b|a\b|an\b|our\b|their\b)"
    r"|\s+and\s+(?=is\b|are\b|gets?\b|can\b|becomes?\b)"
    r"|,?\s+and\s+(?:ends?|finish(?:es)?)\s+(?:up\s+)?(?:as\s+|being\s+)?"
    r"|,?\s+and\s+(?:at last|in the end|at the end|last of all)\s+(?:on\s+)?(?:to\s+)?"
)


_READY_TO = re.compile(r"\bready\s+to\s+(?P<act>[a-z]+)\b")


def _ready_to_act(match: re.Match[str]) -> str:
    """``ready to collect``: one state, not *ready* then *collect*; a verb's plain form is
    never a state of its own (*ready to shipped* is two)."""
    act = match["act"]
    if verb_lemma(act) != act or is_past_participle(act):
        return match[0]
    return f"ready-to-{act}"


_FLOW_ENDS = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:since|because|as|so that|although|though|while|whereas|which|unless|in which case)\s|"
    r",\s*but\s+(?:the|a|an|we|i|you|they|our|their)\s|"
    r",\s*and\s+(?:i|we)\s+(?:would|'d|want|need|also|can|could)\b|"
    # "..., and only coordinators may approve one": who may move it, no state
    r",\s*(?:and|but)\s+only\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:can|may|could|should|is\s+allowed\s+to)\s|"
    # "... rebooked or declined depending on the donor's answer": why, not a state
    r"\s+depending\s+on\s+(?:the|their|his|her|its|whether|what|how)\b|"
    # "... from polyp to ephyra to medusa as the animals grow": when, not a state
    r"\s+as\s+(?:the|they|it|he|she|our|their)\s+(?:[a-z]+\s+)?(?:grow|grows|mature|matures|age|ages|develop|develops)\b"
)
"""``..., and then collected, and since I text people when it's ready ...``: the sentence
goes on to a reason or to something else (*but the customer pays on collection*, *and only
committee members may approve them*), not to another state."""


_FLOW_START = re.compile(r"^(?:(?:that|which)\s+)?(?:\w+\s+)?(?:from|through)\s+")


_THINGS = NOUN_MARKERS | frozenset(["one", "another", "some", "any"])


def names_states(flow: str) -> bool:
    """Whether ``from X to Y`` walks through states (*from lead to qualified*, *from the backlog
    to in progress*) rather than between things (*from a check-in date to a check-out date*,
    *from one address to another*): states are named bare, things with an article."""
    if _INTO_THINGS.match(flow.strip()):
        return False  # "one spirit goes into many cocktails": where a thing is used
    if _SENT_TO.match(flow.strip()):
        return False  # "the tanning goes out to one of a couple of tanneries": sent somewhere
    ends = re.split(r"\s+to\s+|\s*->\s*", _FLOW_START.sub("", flow.strip()), maxsplit=2)
    if len(ends) < 2:
        return True
    if all(re.match(r"\d", end) for end in ends[:2]):
        return False  # "a rating from 1 to 5": a scale, no states
    return not all(words(end)[:1] and words(end)[0] in _THINGS for end in ends[:2])


_SENT_TO = re.compile(r"^(?:out|off|back|over|round|away|along)\s+to\s")
"""``goes out to newsagents``, ``goes off to the printers``: a thing sent somewhere."""


_INTO_THINGS = re.compile(
    r"^(?:into|onto)\s+(?:many|several|lots\s+of|a\s+lot\s+of|multiple|some|one|each|every)\b"
)


_UNTIL = re.compile(
    r",?\s+(?:until|before)\s+(?:it|they)\s+(?:is|are|gets|get|has been)\s+"
    # "..., until it is finally signed off": the last step, with its particle
    r"(?:(?:finally|eventually)\s+)?"
    r"(?=[a-z][\w\-]*(?:\s+(?:for|to)\s+[a-z][\w\-]*|\s+(?:off|out|up|back|in))?$)"
)
"""``from eggs to fry until it is released``, ``passes through received, drying and packed
before it is dispatched``, ``... until they are ready for return``: the last state, told as
what ends the line."""


UNLESS_IT_ACTS = re.compile(
    r",?\s+unless\s+(?:it|they|the\s+[a-z][\w\-]*)\s+(?P<acts>(?!(?:is|are|gets?|ends?|do|does)\b)[a-z]+"
    r"(?:\s+or\s+(?:is\s+|are\s+|gets?\s+)?[a-z]+)*)"
    r"(?:\s+(?:up|back))?(?:\s+(?:to|by|at|in|into|from|with|on)\s+[^,.;]*)?"
    r"(?:\s+(?:first|beforehand|in\s+time))?"
    r"(?=\s*(?:[,.;]|$))"
)
"""``..., finally released, unless it dies or is transferred to another centre``: the ends the
record can come to instead, told as what happens to it (*unless the team withdraws*: what the
one it is for does to it, and *unless the customer settles first*)."""


_OR_IT_ACTS_BECAUSE = re.compile(
    r",?\s+or\s+(?:it|they)\s+(?P<acts>(?!(?:is|gets|goes|ends|does|has)\b)[a-z]+s)\s+"
    r"(?:because|as|when|if)\s+[^,.;]*(?=\s*(?:[,.;]|$))"
)
"""``..., unless they cancel, or it expires because they never showed up``: one more end, told
as what happens to it, with why."""


_ASIDE_TO_READER = re.compile(r"\b(?:you|i|we)\b")
"""``..., though some get cancelled, more than you'd think``: a remark to the reader, no state."""


def ends_told_as_acts(match: re.Match[str]) -> str:
    """The participle of each act: *dies* → *died*; unchanged when one is not a verb."""
    ends = []
    for act in re.split(r"\s+or\s+", match["acts"]):
        act = re.sub(r"^(?:is|are|gets?)\s+", "", act)
        lemma = verb_lemma(act)
        if is_past_participle(act):
            ends.append(act)
        elif lemma is not None:
            ends.append(verb_form(lemma, "VBN"))
        else:
            return match[0]
    return ", or " + " or ".join(ends)


ONE_MORE_END = re.compile(
    r",?\s+(?:(?:though|but|although|while)\s+"
    r"(?:some|a few|others|some of them|the odd one|the occasional one|one or two)?\s*"
    r"|unless\s+(?:it|they)\s+|or\s+(?:it|they)\s+(?=ends?\s+up\b)"
    # "..., and sometimes it ends up cancelled", "..., though now and then they are dropped"
    r"|(?:and|though|but|although|while)\s+(?:sometimes|occasionally|now\s+and\s+then)\s+"
    r"(?:it|they)\s+"
    # "..., and if they never turn up we mark it a no-show"
    r"|(?:and\s+)?if\s+[^,;]*?\s+(?:we|i)\s+(?=(?:mark|set|make|put)\s+(?:it|them)\b))"
    r"(?:get|gets|are|is|end up|ends up|do get|(?:mark|set|make|put)\s+(?:it|them))\s+"
    r"(?:as\s+)?(?:(?:a|an)\s+)?(?P<state>[a-z][\w\-]*)"
    r"(?:\s+(?:along the way|instead|on the way|at some point))?"
    r"(?:\s+(?:if|when|unless)\s+[^,.;]*)?(?=\s*(?:[,.;]|$))"
)
"""``..., then booked and fitted, though some get declined along the way``, ``..., unless they
are rejected``, ``..., or it ends up as a no-show if they never turn up``, ``..., and if they
never turn up we mark it a no-show``, ``..., and sometimes it ends up cancelled``: one more
end."""


_AFTER_WE_ACT = re.compile(
    r"\s+(?:before|after|until|once)\s+(?:we|i|they)\s+(?!(?:is|are|gets?|has been)\b)[a-z]+\b.*$"
)
"""*..., curing and ready before we empty it and start again*: what happens next, no state."""


_TO_ONE_OF = re.compile(
    r"\s+(?:to|at|with|by|for)\s+one\s+of\s+(?:the|our|their|its|his|her)\s+[^,;]+?"
    r"(?=\s+or\s+|\s+and\s+|\s+then\s+|,|$)"
)


_SENT_TO_ONE = re.compile(r"\b(?P<done>[a-z]+)\s+to\s+(?=[a-z])")


_OR_SENT_TO_ONE = re.compile(
    r"(?P<head>\bor\s+)(?P<done>passed|referred|handed|sent|transferred|escalated|forwarded|"
    r"returned)\s+to(?P<rest>\s+(?!the\b|a\b|an\b)[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)$"
)
"""*..., then either cleared or passed to debt recovery*: the last step and where it went."""


def sent_to_one_step(text: str) -> str:
    """``logged, sent to lab, reported``: *logged, sent to- lab, reported*; where a step was
    sent is part of that step, not the next one."""
    return _SENT_TO_ONE.sub(
        lambda m: f"{m['done']} to-" if is_past_participle(m["done"]) else m[0], text
    )


_SOMEONE_HAS_DONE = re.compile(
    r"^(?:the\s+|a\s+)?[a-z]+\s+(?:has|have)\s+(?:either\s+)?"
    r"(?P<done>[a-z]+ed(?:\s+or\s+[a-z]+ed)?)(?:\s+(?:it|them))?$"
)


_NEXT_SEASON_MARKED = re.compile(
    r"^(?:and\s+)?(?:the\s+)?(?:next|following)\s+(?:summer|winter|spring|autumn|year|season|week|"
    r"month|day|morning)\s+(?:(?:it|they)\s+)?(?:is|are|gets|get)\s+(?:marked\s+)?(?:as\s+)?"
)
"""*..., and the next summer is marked as taken or failed*: the states, whenever they come."""


_ONCE_THEN_MARKED = re.compile(
    r"^(?:and\s+)?(?:once|when|after)\s+.+?\s+(?:it|they)\s+(?:is|are|gets|get)\s+"
    r"(?:marked\s+(?:as\s+)?)?(?P<state>[a-z]+)$"
)


def read_flow_text(text: str) -> list[list[str]]:
    """Ordered steps of a written flow: ``from lead to qualified ... won or lost``."""
    arrow = text.find("->")
    if arrow > 0 and "," in text[:arrow]:
        # "period end date, pay date, status draft -> approved -> paid": the arrows are the
        # last item's, after the word naming it
        text = text[text.rfind(",", 0, arrow) + 1 :].strip()
        text = re.sub(r"^(?:a\s+|the\s+)?(?:status|stage|state)\s+(?=[a-z])", "", text)
    text = re.sub(r"^(?:that|which)?\s*(?:\w+\s+)?(?:from|through|between)\s+", "", text.strip())
    if "->" in text and not re.search(r"\b(?:from|goes|go|moves|move)\b", text):
        # "requested -> written -> sent to registrar": where a step was sent names one step
        text = sent_to_one_step(text)
    text = _OR_SENT_TO_ONE.sub(
        lambda m: (
            f"{m['head']}{m['done']} to-{m['rest']}" if is_past_participle(m["done"]) else m[0]
        ),
        text,
    )
    # "goes through stages, received first, then ...": the header is no state
    text = re.sub(
        r"^(?:(?:these|the|some|several|its|a few|the following)\s+)?"
        r"(?:stages|steps|states|statuses|phases)(?:\s*[,:]\s*|\s+(?=[a-z]))"
        r"(?:(?:roughly|approximately|broadly|basically|something\s+like)\s+)?",
        "",
        text,
    )
    # "a status that runs quoted, accepted, ...", "that starts at applied": the verb is no state
    text = re.sub(r"^(?:(?:that|which)\s+)?(?:runs|goes|moves|passes|cycles)\s+(?=[a-z])", "", text)
    text = re.sub(
        r"^(?:(?:that|which|it|they)\s+)?(?:starts|begins|start|begin)\s+(?:(?:out|off)\s+)?"
        r"(?:at|as|in|with)?\s*(?=[a-z])",
        "",
        text,
    )
    # "through these stages: in the freezer, skinned, ...": the states follow the header
    text = re.sub(r"^(?:[a-z]+\s+){0,3}[a-z]+\s*:\s*(?=\S)", "", text)
    text = _AFTER_WE_ACT.sub("", text)
    # "ending as removed or, if the owner turns up, claimed": the condition names no state
    text = re.sub(r"\bor,\s+(?:if|when|once|unless|should)\s+[^,]+,\s+", "or ", text)
    text = re.sub(r"\b(?P<or>or|either)\s+to\s+(?=[a-z])", r"\g<or> ", text)  # "or to retreat"
    text = UNLESS_IT_ACTS.sub(ends_told_as_acts, text)
    text = _OR_IT_ACTS_BECAUSE.sub(ends_told_as_acts, text)
    text = ONE_MORE_END.sub(r", or \g<state>", text)
    # "forwarded to one of the company's forwarding addresses": where it went, no state
    text = _TO_ONE_OF.sub("", text)
    text = _UNTIL.sub(" then ", text.strip(" ."))
    text = _FLOW_ENDS.split(text, maxsplit=1)[0]
    # "or to needs changes and back to submitted": the way back names no new state
    text = _BACK_TO.sub("", _ONE_GOES_BACK.sub("", text))
    if "," in text:
        # "..., finishing and shipped", "..., booked and fitted, or declined"
        text = re.sub(
            r"\s+and\s+(?=[\w\-]+(?:, or [\w\-]+| then [\w\-]+(?:\s+(?:off|out|up|back|in))?)?$)",
            ", ",
            text,
        )
        # "..., formal letter and court claim, or cleared": steps named in a few words each
        # (not "beginner, intermediate and advanced level", one step and a word of its own, nor
        # "a theme, a site and a size", things listed)
        text = re.sub(
            r"(?P<before>,\s+(?!(?:a|an|the)\s)[\w\-]+\s+[\w\-]+)\s+and\s+"
            r"(?=(?!(?:a|an|the)\s)[\w\-]+(?:\s+[\w\-]+){1,2}(?:, or [\w\-]+| then [\w\-]+)?$)",
            r"\g<before>, ",
            text,
        )
        text = _LAST_AND.sub(_last_and_apart, text)
    text = re.sub(r"^(?:shown|displayed)\s+as\s+[\w ]+:\s*", "", text)
    text = _READY_TO.sub(_ready_to_act, text)
    steps: list[list[str]] = []
    or_before = False
    for piece in _SEPARATORS.split(text):
        # "..., then on to either ..., and eventually it's closed": *on* and *it's* say no state
        piece = re.sub(
            r"^(?:(?:eventually|finally|later)\s+)?(?:it'?s|it is|they'?re|they are)\s+",
            "",
            piece.strip(" ,."),
        )
        we_did = _WE_ACT_ON_IT.match(piece)
        if we_did and not steps and verb_lemma(we_did["verb"]) == we_did["verb"]:
            # "we submit the application, then it's awaiting the medical, ...": the first
            # state is what our act leaves it in, *submitted*
            piece = verb_form(we_did["verb"], "VBN")
        if piece in ("on", "onwards", "along") or _ASIDE_TO_READER.search(piece):
            continue
        if PAUSED.match(piece):
            continue  # "..., and may be put on hold": a pause from any step, read by _paused_in
        # "the teacher has either accepted or declined it", "once the day's done it is marked
        # completed": the states someone's act or a time leaves it in
        piece = _SOMEONE_HAS_DONE.sub(r"\g<done>", piece)
        piece = _ONCE_THEN_MARKED.sub(r"\g<state>", _NEXT_SEASON_MARKED.sub("", piece))
        # "then to revision requested", "accepted ones get published": the state alone
        piece = re.sub(r"^to\s+(?!do$)(?=[a-z])", "", piece)
        # "and approved loans end up repaid", "the ordered ones finish at repaired", "disputed
        # ones go (to adjudication)": the state those in another end up in
        piece = THOSE_END_UP.sub("", piece)
        if piece == "or":
            or_before = True  # "..., or to overdue": the next piece is the alternative
            continue
        if not piece or re.search(r"\b(?:from|at) any\b", piece):
            continue
        alternative, or_before = piece.startswith("or ") or or_before, False
        options = [state_name(p) for p in re.split(r"\s+or\s+|\s*/\s*", piece.removeprefix("or "))]
        options = [o for o in options if o]
        if not options:
            continue
        if any(too_long_for_a_state(o) for o in options):
            # "..., and finally sold, and honestly the one figure I care about ...": the flow
            # ended and the sentence went on; "keep track of the logs that come in and ...
            # from them": never a flow
            return steps if len(steps) >= 2 else []
        if alternative and steps:
            steps[-1] += options
        else:
            steps.append(options)
    return steps


_LAST_AND = re.compile(
    r"(?P<before>,\s+(?!(?:a|an|the)\s)[\w\-]+(?:\s+[\w\-]+)?)\s+and\s+"
    r"(?P<after>(?!(?:a|an|the)\s)[\w\-]+(?:\s+[\w\-]+)?)(?=,\s*or\s|\s+(?:to|until|then)\s)"
)
"""``..., towing and completed, or it is cancelled``, ``..., sewing and pressing to finished``:
the *and* that ends a list of states, before the flow goes on."""


def _last_and_apart(match: re.Match[str]) -> str:
    """``, in progress and done`` → ``, in progress, done``; never a last item longer than the
    one before it (``beginner, intermediate and advanced level`` is one step and its word)."""
    if len(words(match["after"])) > len(words(match["before"])):
        return match[0]
    return f"{match['before']}, {match['after']}"


_WE_ACT_ON_IT = re.compile(
    r"^(?:we|i)\s+(?P<verb>(?!(?:have|need|want|keep|get|see|use)\b)[a-z]+)\s+"
    r"(?:it|them|(?:the|a|an|their|its)\s+[a-z][\w\-]*)$"
)
"""``we submit the application``: an act of ours that opens the flow."""


THOSE_END_UP = re.compile(
    r"^(?:and\s+)?(?:only\s+)?(?:(?:all|both|most)\s+(?:of\s+)?(?:them|those)\s+"
    r"|(?:the\s+)?(?:[a-z]+\s+ones|[a-z]+(?:ed|en)\s+[a-z]+s)\s+)"
    r"(?:then\s+|finally\s+|eventually\s+)?"
    r"(?:end\s+up|(?:end|finish)(?:\s+up)?\s+(?:at|as|in)|become|get|gets|go|are|is)"
    r"(?:\s+(?:marked\s+(?:as\s+)?)?(?=[a-z])|$)"
)
"""*approved loans end up*, *the ordered ones finish at*, *accepted ones are marked*, *all of
them end up*: the records in one state (or all of them), then where they end."""


_BACK_TO = re.compile(
    # "called back to offered": a state that ends in *back* is no way back
    r"(?<!called)(?<!phoned)(?<!rung)\s+(?:and\s+)?(?:then\s+)?back\s+(?:to|into)\s+[\w\-]+"
    r"(?:\s+(?!(?:once|when|after|if|to|then|or|and)\b)[\w\-]+){0,2}"  # "back to in service"
    r"(?:\s+(?:once|when|after|if)\s+[^,]*)?(?=\s*(?:,|$))"
)

_ONE_GOES_BACK = re.compile(
    r",?\s+and\s+(?:a|an|the|any)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:can|may|might|could)\s+(?:also\s+)?"
    r"(?:go|be\s+sent|be\s+put|move|come)\s+back\s+(?:to|into)\s+[\w\-]+(?:\s+[\w\-]+){0,2}$"
)
"""*..., and a failed check can go back to booked*: the way back of one state, no new state."""


PAUSED = re.compile(
    r"\b(?:can|may|might|could)\s+(?:also\s+|sometimes\s+)?"
    r"(?:go|be\s+put|be\s+placed|get\s+put|be\s+kept)\s+"
    r"(?P<state>(?:on|in)\s+(?!(?:a|an|the|our|their|its|any|some|each|every)\b)[a-z]+)\b"
)
"""*..., and can go on hold while ...*, *it may be put on hold*: a state the record is put in
from any open one, and taken out of again."""


def listed_flow(text: str) -> bool:
    """``goes pending, approved, shipped, then delivered``, ``pass through received, in
    design, ...``: a flow told with no *from*, as a list of at least three short states."""
    if _things_listed(text):
        return False  # "logs the copies ordered, the copies delivered, ...": things kept
    steps = read_flow_text(text)
    # "follow-up call done": a hyphened word is one word of the state's three
    short = all(len(words(state)) <= 3 + text.count("-") for step in steps for state in step)
    return short and (len(steps) >= 3 or text.startswith("through ")) and names_states(text)


def _things_listed(text: str) -> bool:
    """Whether items of ``the date, the amount, then the reason`` are named with an article:
    things kept, where states are named bare (*received, then vetted*; one last *then the
    deposit's returned* is a state said of a thing)."""
    items = [words(item)[:1] for item in re.split(r",|->|\b(?:then|or|and)\b", text)]
    return sum(1 for first in items if first and first[0] in _THINGS) >= 2
