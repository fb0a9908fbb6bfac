"""The generated app's initial migration: SQLAlchemy DDL compiled per dialect from the plan.

The tables are built here from the same plan (and the same :mod:`typemap`) as the templates
of models.py, so the migrations and the ORM agree; the generated suite checks it again
against the real database.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import AddConstraint, CreateIndex, CreateTable

from appwright.codegen.plan import AppPlan, EntityPlan
from appwright.codegen.typemap import ON_DELETE_SQL, sql_type

DIALECTS: dict[str, sa.engine.Dialect] = {
    "sqlite": sqlite.dialect(),
    "postgresql": postgresql.dialect(),  # type: ignore[no-untyped-call]
}
USERS_TABLE = "_users"
USERS_EMAIL_UNIQUE = "uq__users_email"


def _users_table(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        USERS_TABLE,
        metadata,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("full_name", sa.String(255), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(64), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("email", name=USERS_EMAIL_UNIQUE),
    )


def _entity_table(metadata: sa.MetaData, entity: EntityPlan) -> sa.Table:
    items: list[sa.schema.SchemaItem] = [sa.Column("id", sa.Integer(), primary_key=True)]
    for column in entity.columns:
        args: list[sa.schema.SchemaItem] = []
        if column.reference is not None:
            assert column.fk_name is not None
            assert column.on_delete is not None
            args.append(
                sa.ForeignKey(
                    f"{column.reference}.id",
                    ondelete=ON_DELETE_SQL[column.on_delete],
                    name=column.fk_name,
                )
            )
        items.append(sa.Column(column.name, sql_type(column), *args, nullable=not column.required))
    items += [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column(
            "created_by_id",
            sa.Integer(),
            sa.ForeignKey(f"{USERS_TABLE}.id", ondelete="SET NULL", name=entity.created_by_fk_name),
            nullable=True,
        ),
    ]
    for column in entity.columns:
        if column.unique_name:
            items.append(sa.UniqueConstraint(column.name, name=column.unique_name))
        if column.index_name:
            items.append(sa.Index(column.index_name, column.name))
    items.append(sa.Index(entity.created_by_index_name, "created_by_id"))
    return sa.Table(entity.table, metadata, *items)


def build_metadata(plan: AppPlan) -> sa.MetaData:
    """Every table of the generated app, in creation order (users, entities, junctions)."""
    metadata = sa.MetaData()
    _users_table(metadata)
    for entity in plan.entities:
        _entity_table(metadata, entity)
    for entity in plan.entities:
        for link in entity.many_to_many:
            sa.Table(
                link.table,
                metadata,
                sa.Column(
                    link.local_column,
                    sa.Integer(),
                    sa.ForeignKey(
                        f"{entity.table}.id", ondelete="CASCADE", name=link.local_fk_name
                    ),
                    primary_key=True,
                ),
                sa.Column(
                    link.remote_column,
                    sa.Integer(),
                    sa.ForeignKey(
                        f"{plan.entity(link.target).table}.id",
                        ondelete="CASCADE",
                        name=link.remote_fk_name,
                    ),
                    primary_key=True,
                ),
                sa.Index(link.remote_index_name, link.remote_column),
            )
    return metadata


def _statement(element: sa.schema.ExecutableDDLElement, dialect: sa.engine.Dialect) -> str:
    text = str(element.compile(dialect=dialect)).strip()
    lines = [line.rstrip().replace("\t", "    ") for line in text.splitlines() if line.strip()]
    return "\n".join(lines) + ";"


def migration_sql(plan: AppPlan, dialect_name: str, metadata: sa.MetaData | None = None) -> str:
    """The initial migration for one dialect, as SQL text (statements end with ``;``).

    ``metadata`` is ``build_metadata(plan)``, when the caller has it already.
    """
    dialect = DIALECTS[dialect_name]
    metadata = metadata if metadata is not None else build_metadata(plan)
    tables = list(metadata.tables.values())
    # SQLite checks foreign keys only when rows change, so tables may name each other inline;
    # PostgreSQL needs the referenced table first, so every foreign key is added afterwards
    # (reference cycles work either way).
    inline_keys = dialect_name == "sqlite"
    statements: list[str] = []
    for table in tables:
        create = (
            CreateTable(table)
            if inline_keys
            else CreateTable(table, include_foreign_key_constraints=[])
        )
        statements.append(_statement(create, dialect))
    for table in tables:
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            statements.append(_statement(CreateIndex(index), dialect))
    if not inline_keys:
        for table in tables:
            for key in sorted(table.foreign_key_constraints, key=lambda k: str(k.name)):
                statements.append(_statement(AddConstraint(key), dialect))
    header = (
        f"-- Initial schema of {plan.title} for {dialect_name}.\n"
        "-- Generated by appwright from the app's spec; applied by migrations.migrate().\n"
    )
    return header + "\n" + "\n\n".join(statements) + "\n"
