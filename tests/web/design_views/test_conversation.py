from __future__ import annotations

from appwright.conversation.replies import reply_for_new_design, reply_for_refinement
from appwright.spec import AppSpec
from appwright.web.design_views.conversation import TextBlock, reply_view


def test_questions_are_taken_out_as_quick_answers(crm: AppSpec) -> None:
    content = reply_for_new_design(crm, ["Can a lost deal be reopened?", "One currency?"])
    view = reply_view(content)
    assert view.questions == ["Can a lost deal be reopened?", "One currency?"]
    assert len(view.blocks) == 1
    assert view.blocks[0].lead.startswith("Here is a first design of")


def test_the_changelog_list_is_not_repeated(crm: AppSpec) -> None:
    changes = ["added field deal.probability (integer)"]
    content = reply_for_refinement(changes, [], ["probability is 0-100"], [], crm)
    view = reply_view(content, changes)
    assert view.blocks[0] == TextBlock(lead="Done.")
    assert view.blocks[1].lead.startswith("Note:")
    # without the changelog beside it, the list stays
    assert reply_view(content).blocks[0].items == changes


def test_lists_and_wrapped_lines() -> None:
    view = reply_view("I could not do this:\n- make it\n  purple\n- fly\n\nTry again.")
    assert view.blocks == [
        TextBlock(lead="I could not do this:", items=["make it purple", "fly"]),
        TextBlock(lead="Try again."),
    ]
    assert view.questions == []
