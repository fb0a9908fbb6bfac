"""The plan: every generated name is unique, legal and stable, whatever the spec's names."""

from __future__ import annotations

import keyword

from appwright.codegen import build_plan
from appwright.codegen.ddl import build_metadata
from appwright.codegen.naming import MAX_DB_IDENTIFIER
from appwright.codegen.plan import AppPlan
from appwright.spec import AppSpec


def _db_names(plan: AppPlan) -> list[str]:
    names: list[str] = []
    for table in build_metadata(plan).tables.values():
        names.append(table.name)
        names += [str(index.name) for index in table.indexes]
        names += [str(c.name) for c in table.constraints if c.name is not None]
    return names


def test_keyword_names_get_legal_python_names(keyword_spec: AppSpec) -> None:
    plan = build_plan(keyword_spec)
    assert plan.package == "json_app"
    order = plan.entity("order")
    assert order.class_name == "Order"
    assert order.table == "order"
    assert order.column("class") is not None
    assert order.column("class").attr == "class_"  # type: ignore[union-attr]
    assert plan.entity("class").module == "class_records"
    user = plan.entity("user")
    assert user.column("from").attr == "from_"  # type: ignore[union-attr]
    assert user.column("metadata").attr == "metadata_"  # type: ignore[union-attr]
    assert user.column("model_config").attr == "model_config_"  # type: ignore[union-attr]
    assert user.column("type").attr == "type_"  # type: ignore[union-attr]
    for entity in plan.entities:
        assert not keyword.iskeyword(entity.module)
        for column in entity.columns:
            assert column.attr.isidentifier() and not keyword.iskeyword(column.attr)


def test_every_generated_name_is_unique(keyword_spec: AppSpec, long_spec: AppSpec) -> None:
    for spec in (keyword_spec, long_spec):
        plan = build_plan(spec)
        classes = [e.class_name for e in plan.entities]
        schemas = [
            name
            for e in plan.entities
            for name in (e.create_schema, e.update_schema, e.read_schema, e.page_schema)
        ]
        aliases = [c.type_alias for e in plan.entities for c in e.columns if c.type_alias]
        everything = classes + schemas + aliases
        assert len(everything) == len(set(everything))
        functions = [
            name
            for e in plan.entities
            for name in (e.list_function, e.get_function, e.create_function, e.delete_function)
        ] + [
            f
            for e in plan.entities
            for m in e.many_to_many
            for f in (m.get_function, m.set_function)
        ]
        assert len(functions) == len(set(functions))
        assert len({e.route for e in plan.entities}) == len(plan.entities)
        for entity in plan.entities:
            attrs = [c.attr for c in entity.columns]
            attrs += [c.relation_attr for c in entity.references if c.relation_attr]
            attrs += [m.name for m in entity.many_to_many]
            assert len(attrs) == len(set(attrs)), entity.name
        db_names = _db_names(plan)
        assert len(db_names) == len(set(db_names))
        assert max(len(name) for name in db_names) <= MAX_DB_IDENTIFIER


def test_entities_named_like_generated_classes_do_not_collide() -> None:
    spec = AppSpec.model_validate(
        {
            "name": "Collisions",
            "entities": [
                {"name": "x", "fields": [{"name": "name", "type": "text"}]},
                {"name": "x_create", "fields": [{"name": "name", "type": "text"}]},
                {"name": "base", "fields": [{"name": "name", "type": "text"}]},
                {"name": "users", "fields": [{"name": "name", "type": "text"}]},
                {"name": "reports", "fields": [{"name": "name", "type": "text"}]},
            ],
        }
    )
    plan = build_plan(spec)
    assert plan.entity("x").class_name == "X"
    assert plan.entity("x_create").class_name == "XCreate"
    assert plan.entity("x").create_schema != "XCreate"
    assert plan.entity("base").class_name == "Base2"
    assert plan.entity("users").module == "users_records"
    assert plan.entity("users").route != "users"
    assert plan.entity("reports").route != "reports"


def test_references_state_and_reports_are_resolved(keyword_spec: AppSpec) -> None:
    plan = build_plan(keyword_spec)
    line = plan.entity("order_line")
    order_id = line.column("order_id")
    assert order_id is not None
    assert (order_id.reference, order_id.relation_attr, order_id.on_delete) == (
        "order",
        "order",
        "cascade",
    )
    assert plan.entity("class").column("parent_id").on_delete == "set_null"  # type: ignore[union-attr]
    incoming = {(ref.entity, ref.column.name) for ref in plan.entity("user").incoming}
    assert incoming == {("order", "user_id"), ("profile", "user_id")}
    state = plan.entity("order").state
    assert state is not None
    assert state.column.is_state and state.initial == "draft"
    assert state.transition("cancel").from_states == ("draft", "placed")
    assert [c.name for c in plan.entity("order").editable_columns].count("status") == 0
    (tags,) = plan.entity("product").many_to_many
    assert (tags.target, tags.local_column, tags.remote_column) == ("tag", "product_id", "tag_id")
    report = plan.report("quantity_by_customer")
    first, second = report.groups
    assert [hop.column.name for hop in first.hops] == ["order_id", "user_id"]
    assert (first.entity, first.column.name) == ("user", "name")
    assert (second.entity, second.column.name) == ("order", "class")
    by_class = plan.report("avg_price_by_class").groups[0]
    assert (by_class.entity, by_class.column.name) == ("class", "name")
    assert plan.report("lines_per_day").bucket.column.name == "created_at"  # type: ignore[union-attr]
    assert plan.report("products_by_week").group_keys == ("week of released_on", "active")


def test_permission_scopes(keyword_spec: AppSpec) -> None:
    plan = build_plan(keyword_spec)
    assert plan.roles == ("admin", "manager", "clerk", "viewer")
    assert plan.scope("admin", "order", "delete") == "all"
    assert plan.scope("clerk", "order", "read") == "own"
    assert plan.scope("clerk", "order", "delete") is None
    assert plan.scope("viewer", "tag", "read") == "all"
    assert plan.scope("viewer", "tag", "update") is None
    ship = plan.entity("order").state.transition("ship")  # type: ignore[union-attr]
    cancel = plan.entity("order").state.transition("cancel")  # type: ignore[union-attr]
    assert plan.can_transition("manager", "order", ship)
    assert not plan.can_transition("clerk", "order", ship)
    assert plan.can_transition("clerk", "order", cancel)
    assert not plan.can_transition("viewer", "order", cancel)


def test_no_rules_means_every_role_may_do_everything() -> None:
    spec = AppSpec.model_validate(
        {
            "name": "Open",
            "entities": [{"name": "a", "fields": [{"name": "name", "type": "text"}]}],
            "permissions": {"roles": ["member"]},
        }
    )
    assert build_plan(spec).scope("member", "a", "delete") == "all"


def test_title_column_prefers_names(keyword_spec: AppSpec) -> None:
    plan = build_plan(keyword_spec)
    assert plan.entity("product").title_column.name == "title"  # type: ignore[union-attr]
    assert plan.entity("order").title_column.name == "number"  # type: ignore[union-attr]
    assert plan.entity("order_line").title_column is None
