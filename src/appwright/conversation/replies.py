"""The words of the orchestrator's replies: what changed, what was not understood, what next."""

from __future__ import annotations

from collections.abc import Sequence

from appwright.design.offline.word_forms import plural
from appwright.spec import AppSpec

MAX_LISTED_CHANGES = 12


def understood_examples(spec: AppSpec | None) -> list[str]:
    """Requests the refinement language understands, with the spec's own names in them."""
    entity = spec.entities[0].name if spec is not None and spec.entities else "book"
    field = (
        next((f.name for f in spec.entities[0].fields if f.type != "reference"), "title")
        if spec is not None and spec.entities and spec.entities[0].fields
        else "title"
    )
    return [
        f"add a priority (low, medium, high) to {entity}",
        f"make {field} required",
        f"rename {entity} to something_else",
        f"only managers can delete {plural(entity)}",
        "show total amount per month as a chart",
    ]


def _listed(lines: Sequence[str]) -> str:
    shown = list(lines[:MAX_LISTED_CHANGES])
    if len(lines) > MAX_LISTED_CHANGES:
        shown.append(f"and {len(lines) - MAX_LISTED_CHANGES} more change(s)")
    return "\n".join(f"- {line}" for line in shown)


def reply_for_refinement(
    changes: Sequence[str],
    not_understood: Sequence[str],
    notes: Sequence[str],
    questions: Sequence[str],
    spec: AppSpec | None,
    *,
    fallback_reason: str | None = None,
) -> str:
    parts: list[str] = []
    if fallback_reason:
        parts.append(
            f"The model could not make this change ({fallback_reason}); I used the"
            " built-in refinement language instead."
        )
    if changes:
        parts.append("Done. What changed:\n" + _listed(changes))
    elif not not_understood:
        parts.append("Nothing needed to change.")
    if notes:
        parts.append("Note: " + "; ".join(notes) + ".")
    if not_understood:
        parts.append("I could not do this:\n" + _listed(not_understood))
        examples = "; ".join(f'"{e}"' for e in understood_examples(spec))
        parts.append(f"Requests I understand look like: {examples}.")
    if questions:
        parts.append("Questions:\n" + _listed(questions))
    return "\n\n".join(parts)


def reply_for_new_design(spec: AppSpec, questions: Sequence[str]) -> str:
    entities = ", ".join(e.name for e in spec.entities)
    text = (
        f"Here is a first design of {spec.name}: {len(spec.entities)} entities ({entities}),"
        f" {len(spec.state_flows)} state flow(s), {len(spec.pages)} page(s),"
        f" {len(spec.reports)} report(s). Tell me what to change, or say"
        ' "looks good, generate it".'
    )
    if questions:
        text += "\n\nQuestions:\n" + _listed(questions)
    return text


def reply_for_merge(changes: Sequence[str], questions: Sequence[str]) -> str:
    if not changes:
        return "Everything in that description is already in the design."
    text = "I added that to the design. What changed:\n" + _listed(changes)
    if questions:
        text += "\n\nQuestions:\n" + _listed(questions)
    return text


def reply_for_undo(from_version: int, to_version: int, sentences: Sequence[str]) -> str:
    """After the service reverted: ``from_version`` was current, ``to_version``'s content is
    now the new current version; ``sentences`` say what that changed."""
    head = f"Went back from version {from_version} to the content of version {to_version}."
    if not sentences:
        return head + " Nothing changed."
    return head + " What changed:\n" + _listed(sentences)


def reply_for_nothing_to_undo() -> str:
    return "There is nothing to undo: this is the first version of the design."


def reply_for_approval(version: int) -> str:
    return f'Version {version} is approved. Say "generate it" when you want the app built.'


def reply_for_generate(version: int) -> str:
    return (
        f"Version {version} is approved and the app is being generated. Progress shows as it"
        " goes; you can keep refining the design meanwhile."
    )


def reply_for_unanswered(spec: AppSpec | None) -> str:
    del spec
    return (
        "I can answer questions about the design such as: what fields does a record have,"
        " which roles are there, who can delete a record, what states can a record be in,"
        " what pages are there, what reports are there."
    )
