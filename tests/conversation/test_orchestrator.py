"""handle_message offline: each intent, the reply in words, the spec after the turn."""

from __future__ import annotations

from appwright.conversation import (
    Intent,
    handle_message,
    reply_for_approval,
    reply_for_generate,
    reply_for_undo,
)
from appwright.spec import AppSpec, load_spec

LIBRARY_TEXT = (
    "A small library: books with a title, an author and a genre; members with a name and an"
    " email; loans of a book to a member with a due date."
)


def test_a_first_message_designs_the_app() -> None:
    outcome = handle_message(LIBRARY_TEXT, None)

    assert outcome.intent == Intent.NEW_REQUIREMENT
    assert outcome.spec_after is not None
    assert {"book", "member", "loan"} <= {e.name for e in outcome.spec_after.entities}
    assert outcome.reply.startswith("Here is a first design of ")
    assert outcome.used_model is False and outcome.usage == ()
    assert load_spec(outcome.spec_after.to_json_dict()) == outcome.spec_after


def test_a_refinement_says_what_changed(crm: AppSpec) -> None:
    outcome = handle_message("make probability a decimal", crm)

    assert outcome.intent == Intent.REFINEMENT
    assert outcome.classification is not None and outcome.classification.part == "fields"
    assert outcome.spec_after is not None
    assert outcome.changes == ["changed deal.probability from integer to decimal"]
    assert (
        outcome.reply == "Done. What changed:\n- changed deal.probability from integer to decimal"
    )


def test_a_refinement_not_understood_keeps_the_spec_and_shows_examples(crm: AppSpec) -> None:
    outcome = handle_message("remove the notes field", crm)

    assert outcome.spec_after is None
    assert "which entity: company, deal or activity?" in outcome.reply
    assert 'Requests I understand look like: "add a priority (low, medium, high) to company"' in (
        outcome.reply
    )
    assert outcome.not_understood


def test_part_understood_part_not(crm: AppSpec) -> None:
    outcome = handle_message("make probability a decimal; frobnicate the deals", crm)
    assert outcome.spec_after is not None
    assert "Done. What changed:" in outcome.reply
    assert "I could not do this:" in outcome.reply


def test_new_things_are_merged_into_the_spec(crm: AppSpec) -> None:
    outcome = handle_message(
        "I also need to track invoices with a number, an amount, a due date and whether they"
        " are paid; each invoice belongs to a company",
        crm,
    )

    assert outcome.intent == Intent.NEW_REQUIREMENT
    spec = outcome.spec_after
    assert spec is not None
    invoice = spec.entity("invoice")
    assert invoice is not None
    assert [(f.name, f.type) for f in invoice.fields][:4] == [
        ("number", "text"),
        ("amount", "decimal"),
        ("due_date", "date"),
        ("paid", "boolean"),
    ]
    assert ("invoice", "company") in {(r.from_, r.to) for r in spec.relationships}
    assert spec.entity("company") == crm.entity("company")  # existing entities win
    assert any(p.name == "invoice" for p in spec.pages)
    assert "added entity invoice" in outcome.reply


def test_questions_are_answered_without_changing_the_spec(crm: AppSpec) -> None:
    outcome = handle_message("what fields does deal have?", crm)
    assert outcome.intent == Intent.QUESTION
    assert outcome.spec_after is None
    assert outcome.reply.startswith("Deal has 10 field(s)")
    unknown = handle_message("why is the sky blue?", crm)
    assert unknown.reply.startswith("I can answer questions about the design")


def test_control_intents_leave_the_work_to_the_service(crm: AppSpec) -> None:
    undo = handle_message("go back to version 2", crm)
    assert (undo.intent, undo.spec_after, undo.target_version) == (Intent.UNDO, None, 2)
    assert handle_message("looks good", crm).intent == Intent.APPROVAL
    generate = handle_message("looks good, generate it", crm)
    assert (generate.intent, generate.spec_after) == (Intent.GENERATE, None)


def test_control_words_without_a_design_are_answered() -> None:
    outcome = handle_message("undo", None)
    assert outcome.intent == Intent.QUESTION
    assert outcome.reply.startswith("There is no design yet")


def test_reply_texts_for_the_service() -> None:
    assert reply_for_undo(5, 3, ["removed field deal.notes"]) == (
        "Went back from version 5 to the content of version 3. What changed:\n"
        "- removed field deal.notes"
    )
    assert reply_for_undo(2, 1, []).endswith("Nothing changed.")
    assert reply_for_approval(4).startswith("Version 4 is approved.")
    assert "being generated" in reply_for_generate(4)
