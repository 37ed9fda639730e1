"""Team databases and the review list at scale: the review list's sort keys on each claim with
their indexes, indexes for the status and verdict filters, the database role in the change
log, the article library's covering index (SQLite), and on PostgreSQL the full-text index
tables (tsvector + GIN; SQLite keeps FTS5).

Revision ID: 0006
Revises: 0005
Created: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SORT_KEYS = ("article", "outlet", "tags", "sources", "reliability")
LIBRARY_COLUMNS = [
    "imported_at",
    "id",
    "uuid",
    "title",
    "outlet",
    "author",
    "url",
    "language",
    "published_at",
    "source_format",
    "version",
    "text_version",
    "retrieved_at",
]


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("sort_article", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("sort_outlet", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("sort_tags", sa.Text(), server_default="", nullable=False))
        batch.add_column(
            sa.Column("sort_sources", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(
            sa.Column("sort_reliability", sa.String(length=1), server_default="Z", nullable=False)
        )
        batch.drop_index("ix_claims_status")
        batch.drop_index("ix_claims_verdict")
        batch.create_index("ix_claims_status_updated_at", ["status", "updated_at"])
        batch.create_index("ix_claims_verdict_updated_at", ["verdict", "updated_at"])
        batch.create_index("ix_claims_status_verdict", ["status", "verdict"])
        for key in SORT_KEYS:
            batch.create_index(f"ix_claims_sort_{key}", [f"sort_{key}", "id"])
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("db_role", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("articles") as batch:
            batch.create_index("ix_articles_library", LIBRARY_COLUMNS)

    from claimtracker.core import search, sortkeys

    bind = op.get_bind()
    sortkeys.refresh(bind, None)
    if bind.dialect.name != "postgresql":
        return
    for name, parent in ((search.CLAIMS_FTS, "claims"), (search.ARTICLES_FTS, "articles")):
        op.create_table(
            name,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["id"], [f"{parent}.id"], name=f"fk_{name}_id", ondelete="CASCADE"
            ),
            sa.Column("document", sa.dialects.postgresql.TSVECTOR(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        )
        op.create_index(f"ix_{name}_document", name, ["document"], postgresql_using="gin")
    search.reindex_claims(bind, [r[0] for r in bind.exec_driver_sql("SELECT id FROM claims")])
    search.reindex_articles(bind, [r[0] for r in bind.exec_driver_sql("SELECT id FROM articles")])


def downgrade() -> None:
    from claimtracker.core import search

    if op.get_bind().dialect.name == "postgresql":
        op.drop_table(search.CLAIMS_FTS)
        op.drop_table(search.ARTICLES_FTS)
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("articles") as batch:
            batch.drop_index("ix_articles_library")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("db_role")
    with op.batch_alter_table("claims") as batch:
        for key in SORT_KEYS:
            batch.drop_index(f"ix_claims_sort_{key}")
        batch.drop_index("ix_claims_status_verdict")
        batch.drop_index("ix_claims_verdict_updated_at")
        batch.drop_index("ix_claims_status_updated_at")
        batch.create_index("ix_claims_verdict", ["verdict"])
        batch.create_index("ix_claims_status", ["status"])
        for key in SORT_KEYS:
            batch.drop_column(f"sort_{key}")
