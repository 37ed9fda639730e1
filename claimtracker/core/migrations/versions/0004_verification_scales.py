"""Verification scales a newsroom can set: retired statuses and verdicts, the default status.

A retired term stays readable on the claims that keep it but is no longer offered; the
default status is the one new claims start in (``unstarted`` until the newsroom chooses).

Revision ID: 0004
Revises: 0003
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workflow_statuses") as batch:
        batch.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("is_default", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("verdicts") as batch:
        batch.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    statuses = sa.table("workflow_statuses", sa.column("key"), sa.column("is_default"))
    op.execute(statuses.update().where(statuses.c.key == "unstarted").values(is_default=True))


def downgrade() -> None:
    with op.batch_alter_table("verdicts") as batch:
        batch.drop_column("retired")
    with op.batch_alter_table("workflow_statuses") as batch:
        batch.drop_column("is_default")
        batch.drop_column("retired")
