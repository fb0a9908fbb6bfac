"""Clarifying questions: what the description leaves open that the design had to guess."""

from __future__ import annotations

from dataclasses import dataclass, field

from appwright.design.offline.word_forms import with_article
from appwright.spec.models import AppSpec
from appwright.spec.names import humanize

ENUM_LIKE = (
    "status",
    "stage",
    "state",
    "type",
    "kind",
    "category",
    "priority",
    "severity",
    "level",
)


@dataclass
class Guesses:
    """What the designer filled in on its own, collected while it worked."""

    defaulted_entities: list[str] = field(default_factory=list)
    guessed_flows: list[tuple[str, str, list[str]]] = field(default_factory=list)
    unread_reports: list[str] = field(default_factory=list)
    scheduled_automations: list[str] = field(default_factory=list)
    learned_records: list[tuple[str, str | None]] = field(default_factory=list)
    """Records the learned step added, each with the record it is linked to."""


def clarifying_questions(spec: AppSpec, guesses: Guesses) -> list[str]:
    questions: list[str] = []
    if not spec.permissions.roles:
        questions.append(
            "Who will use this app? Name the roles (for example managers and staff) and what"
            " each of them may see or change; for now every signed-in user can do everything."
        )
    for name, linked in guesses.learned_records:
        if spec.entity(name) is None:
            continue
        label = humanize(name).lower()
        to = f", linked to {with_article(humanize(linked).lower())}" if linked else ""
        questions.append(
            f"Is {with_article(label)} a record of its own? I made one{to}, with only a name:"
            f" what should be recorded for each {label}? (Say 'remove the {label} entity' if it is not.)"
        )
    for name in guesses.defaulted_entities:
        entity = spec.entity(name)
        if entity is None:
            continue
        shown = ", ".join(f.name for f in entity.fields if f.type != "reference")
        questions.append(
            f"What should be recorded for each {humanize(name).lower()}? I gave it only"
            f" {shown or 'a reference'}."
        )
    for owner, field_name, states in guesses.guessed_flows:
        questions.append(
            f"Does {with_article(humanize(owner).lower())}'s {field_name.replace('_', ' ')} move"
            " through"
            f" {', '.join(states)} in that order, and who may change it?"
        )
    for entity in spec.entities:
        for f in entity.fields:
            if f.name.split("_")[-1] in ENUM_LIKE and f.type == "text":
                questions.append(
                    f"Which values can the {f.name.replace('_', ' ')} of"
                    f" {with_article(humanize(entity.name).lower())} take?"
                )
    for text in guesses.unread_reports:
        questions.append(f'What should the report "{text}" count or add up, and per what?')
    for name in guesses.scheduled_automations:
        questions.append(
            f"Who should be told when the {name.replace('_', ' ')} check fires, and how?"
        )
    return questions
