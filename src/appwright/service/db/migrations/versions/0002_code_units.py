"""code units (model-written hooks, blocks, bots) and their versions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "code_units",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_message", sa.Text(), nullable=False),
        sa.Column("active_version_number", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["build_sessions.id"],
            name=op.f("fk_code_units_session_id_build_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_code_units_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_units")),
        sa.UniqueConstraint(
            "session_id", "kind", "name", name=op.f("uq_code_units_session_id_kind_name")
        ),
    )
    with op.batch_alter_table("code_units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_code_units_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_code_units_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "code_unit_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("test_run", sa.JSON(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("error_kind", sa.String(length=32), nullable=True),
        sa.Column("error_class", sa.String(length=200), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("promoted", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_code_unit_versions_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["code_units.id"],
            name=op.f("fk_code_unit_versions_unit_id_code_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_unit_versions")),
        sa.UniqueConstraint("unit_id", "number", name=op.f("uq_code_unit_versions_unit_id_number")),
    )
    with op.batch_alter_table("code_unit_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_code_unit_versions_unit_id"), ["unit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("code_unit_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_code_unit_versions_unit_id"))

    op.drop_table("code_unit_versions")
    with op.batch_alter_table("code_units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_code_units_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_code_units_session_id"))

    op.drop_table("code_units")
