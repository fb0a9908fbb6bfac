"""The offline classifier on a table of messages."""

from __future__ import annotations

import pytest

from appwright.conversation import Intent, classify_offline, target_version

N, R, A, Q, U, G = (
    Intent.NEW_REQUIREMENT,
    Intent.REFINEMENT,
    Intent.APPROVAL,
    Intent.QUESTION,
    Intent.UNDO,
    Intent.GENERATE,
)

WITH_SPEC: list[tuple[str, Intent, str | None]] = [
    ("undo", U, None),
    ("Undo that", U, None),
    ("go back", U, None),
    ("revert that", U, None),
    ("please undo the last change", U, None),
    ("roll back to version 3", U, None),
    ("go back to the previous version", U, None),
    ("looks good, generate it", G, None),
    ("build it", G, None),
    ("generate", G, None),
    ("Great, let's build it!", G, None),
    ("go ahead and generate the app", G, None),
    ("looks good", A, None),
    ("approve", A, None),
    ("ship it", A, None),
    ("LGTM", A, None),
    ("perfect, that's it", A, None),
    ("what fields does deal have?", Q, None),
    ("which roles are there?", Q, None),
    ("what states can a ticket be in", Q, None),
    ("what pages are there", Q, None),
    ("who can delete deals?", Q, None),
    ("is there a report of revenue?", Q, None),
    ("does a contact have an email?", Q, None),
    ("add genre and publication year to book", R, "fields"),
    ("add a priority (low, medium, high) to ticket", R, "fields"),
    ("make genre a multi-select", R, "fields"),
    ("make email required", R, "fields"),
    ("change price to decimal", R, "fields"),
    ("rename customer to client", R, "entities"),
    ("remove the notes field", R, "fields"),
    ("remove the invoice entity", R, "entities"),
    ("add an entity supplier with name and email", R, "entities"),
    ("each product belongs to a supplier", R, "relationships"),
    ("stage goes lead → qualified → won or lost", R, "state_flows"),
    ("only managers can delete deals", R, "permissions"),
    ("agents can edit their own tickets", R, "permissions"),
    ("viewers can only read", R, "permissions"),
    ("put the form on the left and the table on the right", R, "pages"),
    ("show revenue per month as a chart", R, "reports"),
    ("add a dashboard", R, "pages"),
    ("send an email when a deal is won", R, "automations"),
    ("call the app Bookworm", R, "settings"),
    ("looks good but add a phone to contact", R, "fields"),
    ("can you add a phone to contact?", R, "fields"),
    ("hmm, something feels off", R, None),
    (
        "I also need to track invoices with a number, an amount, a due date and whether they"
        " are paid",
        N,
        None,
    ),
    (
        "We also rent out equipment: each rental has a start date, an end date, a price and the"
        " customer who rents it.",
        N,
        None,
    ),
]


@pytest.mark.parametrize(("text", "intent", "part"), WITH_SPEC)
def test_classify_with_a_spec(text: str, intent: Intent, part: str | None) -> None:
    found = classify_offline(text, has_spec=True)
    assert (found.intent, found.part) == (intent, part)
    assert 0.0 <= found.confidence <= 1.0


WITHOUT_SPEC: list[tuple[str, Intent]] = [
    ("A CRM for our sales team: companies, contacts and deals", N),
    ("add genre and publication year to book", N),
    ("I need an app to track my book collection", N),
    ("what can you do?", Q),
    ("undo", Q),
    ("looks good, generate it", Q),
]


@pytest.mark.parametrize(("text", "intent"), WITHOUT_SPEC)
def test_classify_without_a_spec(text: str, intent: Intent) -> None:
    assert classify_offline(text, has_spec=False).intent == intent


def test_the_table_is_large_enough() -> None:
    assert len(WITH_SPEC) + len(WITHOUT_SPEC) >= 40


def test_target_version() -> None:
    assert target_version("go back to version 3") == 3
    assert target_version("revert to v12") == 12
    assert target_version("undo") is None
