"""Strategies that draw the links between entities: many_to_one references written as a
relationship, a reference field or both, one_to_one and many_to_many; required references only
point at earlier entities, so they never form a cycle.

Example: ``{"from": "order", "to": "customer", "kind": "many_to_one", "required": true}``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from support.spec_pools import JSON, REFERENCE_PREFIXES, EntityDraft


@st.composite
def relationship_specs(
    draw: st.DrawFn, drafts: list[EntityDraft], entities: list[JSON]
) -> list[JSON]:
    relationships: list[JSON] = []
    for index, (draft, entity) in enumerate(zip(drafts, entities, strict=True)):
        targets = draw(st.lists(st.integers(0, len(drafts) - 1), max_size=2))
        written: list[JSON] = []
        for target_index in targets:
            target = drafts[target_index].name
            relationship = draw(_reference(draft, entity, target, earlier=target_index < index))
            if relationship is not None:
                written.append(relationship)
        # A relationship may leave out its field only when it is the entity's one reference to
        # its target under the default name; otherwise normalization could pair it with another.
        for relationship in written:
            if relationship.pop("_field_optional"):
                target = relationship["to"]
                if [t for _, t in draft.references].count(target) == 1 and draw(st.booleans()):
                    del relationship["field"]
        relationships += written
    if len(drafts) >= 2:
        pairs = draw(
            st.lists(
                st.tuples(st.integers(0, len(drafts) - 1), st.integers(0, len(drafts) - 1))
                .filter(lambda pair: pair[0] != pair[1])
                .map(lambda pair: (min(pair), max(pair))),
                max_size=2,
                unique=True,
            )
        )
        for left, right in pairs:
            if draw(st.booleans()):
                left, right = right, left
            relationships.append(
                {"from": drafts[left].name, "to": drafts[right].name, "kind": "many_to_many"}
            )
    return relationships


@st.composite
def _reference(
    draw: st.DrawFn, draft: EntityDraft, entity: JSON, target: str, *, earlier: bool
) -> JSON | None:
    """One many_to_one/one_to_one reference from ``draft`` to ``target``, written one of three ways.

    Required references only point at earlier entities, so they can never form a cycle.
    """
    taken = {name for name, _ in draft.references}
    plain = f"{target}_id"
    if target == draft.name:
        plain = f"parent_{target}_id"
    candidates = [plain] + [f"{prefix}_{target}_id" for prefix in REFERENCE_PREFIXES]
    free = [name for name in candidates if name not in taken]
    if not free:
        return None
    name = free[0]
    kind = draw(st.sampled_from(("many_to_one", "many_to_one", "one_to_one")))
    required = earlier and draw(st.booleans())
    on_delete = draw(
        st.sampled_from(
            ("restrict", "cascade") if required else ("restrict", "cascade", "set_null")
        )
    )
    draft.references.append((name, target))
    style = draw(st.sampled_from(("relationship", "field", "both")))
    if style != "relationship":
        written: JSON = {
            "name": name,
            "type": "reference",
            "references": {"entity": target, "field": "id"},
            "required": required,
        }
        if kind == "one_to_one":
            written["unique"] = True
        entity["fields"].append(written)
    if style == "field":
        return None  # normalization derives the relationship (one_to_one when unique)
    return {
        "from": draft.name,
        "to": target,
        "kind": kind,
        "field": name,
        "required": required,
        "on_delete": on_delete,
        "_field_optional": style == "relationship" and name == f"{target}_id",
    }
