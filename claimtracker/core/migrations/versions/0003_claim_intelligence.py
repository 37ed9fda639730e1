"""Claim intelligence: the editable alias list (seeded from the shipped default) and the
suggestions each article's analyst dismissed.

Revision ID: 0003
Revises: 0002
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    aliases = op.create_table(
        "aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concept", sa.String(length=80), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aliases")),
        sa.UniqueConstraint("concept", "key", name=op.f("uq_aliases_concept")),
    )
    with op.batch_alter_table("aliases") as batch:
        batch.create_index(batch.f("ix_aliases_concept"), ["concept"], unique=False)
        batch.create_index(batch.f("ix_aliases_key"), ["key"], unique=False)
    op.create_table(
        "dismissed_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.Column("dismissed_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_dismissed_suggestions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dismissed_suggestions")),
        sa.UniqueConstraint(
            "article_id", "text_sha256", name=op.f("uq_dismissed_suggestions_article_id")
        ),
    )
    from claimtracker.core.intel.aliases import alias_key, default_aliases

    op.bulk_insert(
        aliases,
        [
            {"concept": e.concept, "name": e.name, "key": alias_key(e.name)}
            for e in default_aliases()
        ],
    )


def downgrade() -> None:
    op.drop_table("dismissed_suggestions")
    with op.batch_alter_table("aliases") as batch:
        batch.drop_index(batch.f("ix_aliases_key"))
        batch.drop_index(batch.f("ix_aliases_concept"))
    op.drop_table("aliases")
