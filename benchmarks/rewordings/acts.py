"""Acts: how the act that makes a record is opened (*when*, *each time*, *if*, the act told after
what is kept) and how a thing to track is named (*keep track of*, *the app should hold*)."""

from __future__ import annotations

import re

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
