"""The words of who may do what: the verbs that grant actions, and a role's name from its phrase.

``edit`` grants create, read and update; ``manage`` every action; ``see`` read; *can*,
*should* and *must* are modals; *have* and *contain* say what a record holds, never what a role
may do; ``the sales reps`` is the role ``sales_rep``.
"""

from __future__ import annotations

from appwright.design.offline.word_classes import DETERMINERS, word_set, words
from appwright.design.offline.word_forms import singular
from appwright.spec.models import ACTIONS
from appwright.spec.names import to_snake

ACTION_VERBS: dict[str, tuple[str, ...]] = {
    "see": ("read",), "view": ("read",), "read": ("read",), "access": ("read",),
    "browse": ("read",), "list": ("read",), "search": ("read",),
    "edit": ("create", "read", "update"), "update": ("read", "update"),
    "change": ("read", "update"), "modify": ("read", "update"), "write": ("create", "read", "update"),
    "create": ("create", "read"), "add": ("create", "read"), "open": ("create", "read"),
    "submit": ("create", "read"), "log": ("create", "read"), "book": ("create", "read"),
    "post": ("create", "read"), "send": ("create", "read"), "leave": ("create", "read"),
    "record": ("create", "read"), "enter": ("create", "read"), "request": ("create", "read"),
    "delete": ("read", "delete"), "remove": ("read", "delete"), "cancel": ("read", "update"),
    "manage": ACTIONS, "administer": ACTIONS, "control": ACTIONS, "run": ACTIONS,
    "approve": ("read", "update"), "reject": ("read", "update"), "assign": ("read", "update"),
    "triage": ("read", "update"), "handle": ("read", "update"), "mark": ("read", "update"),
    "pick": ("read", "update"), "resolve": ("read", "update"), "close": ("read", "update"),
    "move": ("read", "update"), "review": ("read", "update"), "accept": ("read", "update"),
    "decline": ("read", "update"), "confirm": ("read", "update"), "verify": ("read", "update"),
    "inspect": ("read", "update"), "schedule": ("read", "update"),
    "plan": ("create", "read", "update"), "arrange": ("create", "read", "update"),
    "organise": ACTIONS, "organize": ACTIONS, "coordinate": ACTIONS, "oversee": ACTIONS,
    "allocate": ("read", "update"),
    "issue": ("create", "read"), "raise": ("create", "read"), "register": ("create", "read"),
    "file": ("create", "read"), "award": ("create", "read"), "grant": ("read", "update"),
    "sign": ("read", "update"), "dispatch": ("read", "update"), "refund": ("read", "update"),
    "archive": ("read", "update"), "publish": ("read", "update"),
}  # fmt: skip
"""What a verb lets a role do to the records it names."""


EVERYTHING = frozenset(
    ["everything", "all", "anything", "every", "everyone", "everyone's", "everybody's"]
)


MODALS = frozenset(["can", "could", "should", "may", "must", "cannot", "can't"])


WISH_VERBS = frozenset(["want", "need", "like", "get", "receive"])


STATIVE_VERBS = frozenset(["have", "has", "be", "contain", "contains", "include", "includes"])
"""Verbs that say what a record is or holds, never what a role may do."""


RECORDING_VERBS = frozenset(["record", "log", "list", "store", "hold", "keep", "note", "track"])
"""Verbs a record uses to say what it holds (*purchases record the cost*), no one acting."""


REQUEST_VERBS = frozenset(["show", "report", "list", "display", "give", "chart", "graph"])
"""Imperatives that open a request to the app (*Show open tickets per room*)."""


REPORT_WORDS = frozenset(
    ["report", "reports", "chart", "charts", "dashboard", "dashboards", "stats", "statistics"]
)


def role_name(phrase: str) -> str:
    tokens = [w for w in words(phrase) if w not in DETERMINERS and w not in ("only", "both")]
    if not tokens:
        return ""
    tokens[-1] = singular(tokens[-1])
    return to_snake("_".join(tokens[-3:]))


THING_VERBS = word_set(
    "be have contain include hold cover go move take use carry span last run fit"
)
"""Verbs after *can* that say what a thing does or holds, not what someone may do."""
