"""Offline answers to questions about the spec."""

from __future__ import annotations

from appwright.conversation import answer_question
from appwright.spec import AppSpec


def test_fields_of_an_entity(crm: AppSpec) -> None:
    answer = answer_question("what fields does deal have?", crm)
    assert answer is not None
    assert answer.startswith(
        "Deal has 10 field(s): title (text, required); amount (decimal, required)"
    )
    assert "company_id (link to company, required)" in answer


def test_roles(crm: AppSpec) -> None:
    answer = answer_question("which roles are there", crm)
    assert answer is not None
    assert answer.startswith("The roles are sales_rep and manager (plus admin")
    assert "create, read, update deal (own records)" in answer


def test_who_can(crm: AppSpec) -> None:
    assert answer_question("who can delete deals?", crm) == (
        "Who can delete deal records: admin and manager."
    )


def test_states(helpdesk: AppSpec) -> None:
    answer = answer_question("what states can a ticket be in?", helpdesk)
    assert answer is not None
    assert answer.startswith(
        "ticket.status starts at open and can be open, in_progress, waiting_on_customer,"
        " resolved and closed."
    )


def test_pages_reports_automations_links_and_name(crm: AppSpec) -> None:
    assert answer_question("what pages are there?", crm) == (
        "There are 7 page(s): Dashboard (/); Pipeline (/pipeline); Deals (/deals); Companies"
        " (/companies); Contacts (/contacts); Activities (/activities); Reports (/reports)."
    )
    assert (answer_question("what reports are there", crm) or "").startswith(
        "There are 5 report(s)"
    )
    assert (answer_question("which automations run?", crm) or "").startswith("There are ")
    assert (answer_question("how is a contact linked?", crm) or "").startswith(
        "Links: contact → company"
    )
    assert (
        answer_question("what is the app called?", crm)
        == "The app is called Sales CRM (sales-crm)."
    )


def test_without_a_spec_and_unknown_questions(crm: AppSpec) -> None:
    assert (answer_question("what fields?", None) or "").startswith("There is no design yet")
    assert answer_question("why is the sky blue?", crm) is None
