"""session ratings (1-5 stars and a comment per person and build session)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_ratings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("stars", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("spec_version_number", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["build_sessions.id"],
            name=op.f("fk_session_ratings_session_id_build_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_session_ratings_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_session_ratings_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_ratings")),
        sa.UniqueConstraint(
            "session_id", "user_id", name=op.f("uq_session_ratings_session_id_user_id")
        ),
    )
    with op.batch_alter_table("session_ratings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_ratings_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_ratings_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("session_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_ratings_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_session_ratings_session_id"))

    op.drop_table("session_ratings")
