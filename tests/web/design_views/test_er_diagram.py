from __future__ import annotations

import re

from appwright.spec import AppSpec, load_spec
from appwright.web.design_views.er_diagram import er_diagram
from appwright.web.design_views.mermaid import mermaid_id, mermaid_label

LIBRARY = {
    "name": "Library",
    "entities": [
        {"name": "author", "display_name": 'Author "pen" name', "fields": [
            {"name": "name", "type": "text", "required": True, "unique": True},
        ]},
        {"name": "book", "fields": [
            {"name": "title", "required": True},
            {"name": "genre", "type": "enum", "options": ["novel", "poetry"]},
            {"name": "author_id", "type": "reference", "references": "author", "required": True},
        ]},
        {"name": "passport", "fields": [{"name": "number"}]},
        {"name": "tag", "fields": [{"name": "label"}]},
    ],
    "relationships": [
        {"from": "book", "to": "author", "kind": "many_to_one", "field": "author_id"},
        {"from": "passport", "to": "author", "kind": "one_to_one"},
        {"from": "book", "to": "tag", "kind": "many_to_many"},
    ],
}  # fmt: skip


def test_every_entity_and_field_is_drawn_with_its_type(example: AppSpec) -> None:
    source = er_diagram(example)
    assert source.startswith("erDiagram\n")
    for entity in example.entities:
        assert f"  {entity.name}[" in source
        for field in entity.fields:
            assert re.search(rf"^    {field.type} {field.name}\b", source, re.M), field.name
    assert source.count("--") == len(example.relationships)


def test_cardinalities_follow_the_kind_and_whether_the_reference_is_required() -> None:
    source = er_diagram(load_spec(LIBRARY))
    assert 'book }o--|| author : "author_id"' in source
    # the one-to-one's reference field was made by normalization and is optional
    assert 'passport |o--o| author : "author_id"' in source
    assert 'book }o--o{ tag : "many to many"' in source


def test_keys_and_notes_are_marked() -> None:
    source = er_diagram(load_spec(LIBRARY))
    assert "    integer id PK" in source
    assert '    text name UK "required"' in source
    assert '    enum genre "one of novel/poetry"' in source
    assert '    reference author_id FK "required, to author"' in source


def test_labels_are_escaped_so_quotes_cannot_break_the_diagram() -> None:
    source = er_diagram(load_spec(LIBRARY))
    assert 'author["Author #34;pen#34; name"]' in source
    assert mermaid_label('a "b"; c: {d} #e\nf') == "a #34;b#34;#59; c#58; #123;d#125; #35;e f"


def test_identifiers_are_safe() -> None:
    assert mermaid_id("deal_stage") == "deal_stage"
    assert mermaid_id("2nd-thing x") == "_2nd_thing_x"
    assert mermaid_id("") == "_"
