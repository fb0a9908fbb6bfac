"""The field forms of the refinement language, each on a real spec, with the exact change."""

from __future__ import annotations

from appwright.conversation import apply_refinement
from appwright.design.offline import design_app
from appwright.spec import AppSpec
from appwright.spec.diff import diff_specs


def field(spec: AppSpec, entity: str, name: str) -> dict[str, object]:
    found = spec.entity(entity)
    assert found is not None
    made = found.field(name)
    assert made is not None, f"{entity} has no field {name}"
    return made.model_dump(exclude_none=True, exclude_defaults=True)


def test_add_fields_infers_types_like_the_offline_designer(library: AppSpec) -> None:
    result = apply_refinement(library, "add genre and publication year to book")

    assert result.not_understood == []
    assert field(result.spec, "book", "genre") == {"name": "genre"}  # text
    assert field(result.spec, "book", "publication_year") == {
        "name": "publication_year",
        "type": "integer",
    }
    assert result.changes == [
        "added field book.genre (text)",
        "added field book.publication_year (integer)",
    ]
    assert result.parts == ["fields"]


def test_add_fields_in_other_words(library: AppSpec) -> None:
    for text in (
        "Please add a genre and a publication year to the books.",
        "books need a genre and a publication year",
        "give book a genre and a publication year",
    ):
        result = apply_refinement(library, text)
        assert result.not_understood == [], text
        assert {"genre", "publication_year"} <= {f.name for f in result.spec.entity("book").fields}  # type: ignore[union-attr]


def test_add_an_enum_with_bracketed_options(library: AppSpec) -> None:
    result = apply_refinement(library, "add a priority (low, medium, high) to loan")

    assert field(result.spec, "loan", "priority") == {
        "name": "priority",
        "type": "enum",
        "options": ["low", "medium", "high"],
    }


def test_add_money_date_and_ranged_fields(library: AppSpec) -> None:
    result = apply_refinement(
        library, "add a late fee, a return date and a rating from 1 to 5 to loan"
    )

    assert field(result.spec, "loan", "late_fee")["type"] == "decimal"
    assert field(result.spec, "loan", "return_date")["type"] == "date"
    assert field(result.spec, "loan", "rating") == {
        "name": "rating",
        "type": "integer",
        "validation": {"min": 1, "max": 5},
    }


def test_an_existing_enum_gets_the_new_options(helpdesk: AppSpec) -> None:
    result = apply_refinement(helpdesk, "add a priority (low, medium, high) to ticket")

    assert field(result.spec, "ticket", "priority")["options"] == ["low", "medium", "high"]


def test_adding_a_field_that_exists_says_so(library: AppSpec) -> None:
    result = apply_refinement(library, "add an author to book")

    assert result.spec is library
    assert result.not_understood == []
    assert result.notes == ["book already has a field author"]


def test_adding_a_list_adds_what_is_missing_and_tells_what_was_there(library: AppSpec) -> None:
    result = apply_refinement(library, "add author and publication year to book")

    assert field(result.spec, "book", "publication_year")["type"] == "integer"
    assert result.changes == ["added field book.publication_year (integer)"]
    assert result.notes == ["book already has a field author"]


def test_make_it_required_refers_to_the_field_just_added(library: AppSpec) -> None:
    result = apply_refinement(
        library, "add a priority (low, medium, high) to loan and make it required"
    )

    assert field(result.spec, "loan", "priority")["required"] is True


def test_make_genre_a_multi_select_keeps_its_options(books: AppSpec) -> None:
    before = field(books, "book", "genre")
    result = apply_refinement(books, "make genre a multi-select")

    after = field(result.spec, "book", "genre")
    assert after["type"] == "multi_enum"
    assert after["options"] == before["options"]
    assert len(diff_specs(books, result.spec).patch) >= 1


def test_a_multi_select_without_options_asks_for_them(library: AppSpec) -> None:
    result = apply_refinement(library, "make author a multi-select")

    assert result.spec is library
    assert result.not_understood == [
        '"make author a multi-select": which options can book.author take? For example:'
        ' "make author a multi-select of first, second, third"'
    ]


def test_a_multi_select_with_options_written(library: AppSpec) -> None:
    result = apply_refinement(library, "make author a multi-select of ann, bob and cy")

    assert field(result.spec, "book", "author") == {
        "name": "author",
        "type": "multi_enum",
        "options": ["ann", "bob", "cy"],
    }


def test_flags_required_unique_optional(library: AppSpec) -> None:
    result = apply_refinement(library, "make email required and unique")
    assert field(result.spec, "member", "email") == {
        "name": "email",
        "type": "email",
        "required": True,
        "unique": True,
    }
    again = apply_refinement(result.spec, "the email should be optional")
    assert "required" not in field(again.spec, "member", "email")
    assert again.changes == ["made member.email not required"]


def test_a_flag_that_is_already_set_is_a_note(crm: AppSpec) -> None:
    result = apply_refinement(crm, "make email required")

    assert result.changes == []
    assert result.notes == ["contact.email is already required"]


def test_change_a_type(crm: AppSpec) -> None:
    result = apply_refinement(crm, "change probability to decimal")

    assert field(result.spec, "deal", "probability")["type"] == "decimal"
    assert result.changes[0] == "changed deal.probability from integer to decimal"


def test_change_a_type_in_other_words(library: AppSpec) -> None:
    result = apply_refinement(library, "due date should be a date and time")
    assert field(result.spec, "loan", "due_date")["type"] == "datetime"


def test_remove_the_field_the_one_entity_has(crm: AppSpec) -> None:
    result = apply_refinement(crm, "remove the lost reason field")

    assert crm.entity("deal").field("lost_reason") is not None  # type: ignore[union-attr]
    assert result.spec.entity("deal").field("lost_reason") is None  # type: ignore[union-attr]
    assert result.changes == ["removed field deal.lost_reason"]


def test_remove_an_ambiguous_field_asks_which_entity(crm: AppSpec) -> None:
    result = apply_refinement(crm, "remove the notes field")

    assert result.spec is crm
    assert result.not_understood == [
        '"remove the notes field": several entities have a field "notes"; which entity:'
        " company, deal or activity?"
    ]


def test_remove_a_field_from_a_named_entity(crm: AppSpec) -> None:
    result = apply_refinement(crm, "remove the notes field from deal")
    assert result.changes == ["removed field deal.notes"]
    also = apply_refinement(crm, "remove notes from company")
    assert also.changes == ["removed field company.notes"]


def test_removing_a_state_field_takes_its_flow_and_board(crm: AppSpec) -> None:
    result = apply_refinement(crm, "remove the stage field")

    assert result.spec.state_flows == []
    assert "removed state flow deal.stage" in result.changes
    assert "removed report amount_by_stage" in result.changes
    kinds = [
        node.component
        for page in result.spec.pages
        for node in _components(page.layout)
        if node.entity == "deal"
    ]
    assert "kanban" not in kinds


def _components(node: object) -> list:  # type: ignore[type-arg]
    from appwright.spec.models import ComponentNode, ContainerNode

    if isinstance(node, ComponentNode):
        return [node]
    assert isinstance(node, ContainerNode)
    return [c for child in node.children for c in _components(child)]


def test_it_without_a_field_to_refer_to(crm: AppSpec) -> None:
    result = apply_refinement(crm, "remove the notes field from deal and make it required")
    assert result.changes == ["removed field deal.notes"]
    assert result.not_understood == [
        '"make it required": which field does "it" mean? Name the field'
    ]


def sales() -> AppSpec:
    """A spec whose deals have no probability yet (the crm example already has one)."""
    return design_app("Deals have a title and an amount; companies have a name and a website.").spec


def test_the_word_field_column_or_attribute_is_not_part_of_the_name() -> None:
    spec = sales()
    for text, name in (
        ("add a probability field to deal", "probability"),
        ("add the lost reason column to deal", "lost_reason"),
        ("give deal a next step attribute", "next_step"),
    ):
        result = apply_refinement(spec, text)
        assert result.not_understood == [], text
        added = {f.name for f in result.spec.entity("deal").fields} - {  # type: ignore[union-attr]
            f.name
            for f in spec.entity("deal").fields  # type: ignore[union-attr]
        }
        assert added == {name}, text


def test_a_share_is_a_decimal_and_a_percentage_is_bounded_0_to_100() -> None:
    result = apply_refinement(sales(), "add a probability field and a commission ratio to deal")

    assert field(result.spec, "deal", "probability") == {
        "name": "probability",
        "type": "decimal",
        "validation": {"min": 0, "max": 100},
    }
    assert field(result.spec, "deal", "commission_ratio") == {
        "name": "commission_ratio",
        "type": "decimal",
    }
    assert result.changes[0] == "added field deal.probability (decimal)"


def test_a_flag_is_a_yes_no_field_named_without_the_word() -> None:
    result = apply_refinement(sales(), "add a strategic flag to company")

    assert field(result.spec, "company", "strategic") == {"name": "strategic", "type": "boolean"}
