"""The people a business serves, linked to its main record where no sentence links them.

Owners describe their customers and their jobs in separate sentences and never say how the
two meet (*customers ring us up and we take down their name and phone. Each job has a site
address ...*). A person record that nothing points at and that points at nothing is an island
in the app: no screen could say whose job it is. A careful designer links the record the
business's work runs through (the one whose status moves through steps, else the one named by
an act: a booking, a fitting, a reservation) to that person, many to one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from appwright.design.offline.act_nouns import names_a_doer, names_an_act
from appwright.design.offline.draft import LinkDraft, ModelDraft


def party_links(
    model: ModelDraft, links: Iterable[LinkDraft], flowing: Collection[str]
) -> list[LinkDraft]:
    """A link from the main record to each person record no link touches. ``flowing``: the
    entities whose status moves through steps, in description order."""
    links = list(links)
    linked = {name for link in links for name in (link.source, link.target)}
    people = [name for name in model.entities if model.is_person(name)]
    islands = [name for name in people if name not in linked]
    if not islands:
        return []
    shared = {
        name
        for link in links
        if link.kind == "many_to_many"
        for name, other in ((link.source, link.target), (link.target, link.source))
        if other in people or names_a_doer(other)
    }
    main = _main_record(model, flowing, set(people) | shared)
    if main is None:
        return []
    return [LinkDraft(source=main, target=person) for person in islands]


def _main_record(model: ModelDraft, flowing: Collection[str], passed: set[str]) -> str | None:
    """The record the work runs through: the first whose status moves, else the first named by
    an act (*booking*, *fitting*); none when neither is there. ``passed``: people, and records
    many people share (*a talk can have several speakers*), which no one party owns."""
    records = [name for name in model.entities if name not in passed]
    moving = [name for name in records if name in flowing]
    if moving:
        return moving[0]
    acts = [name for name in records if names_an_act(name.split("_")[-1])]
    return acts[0] if acts else None
