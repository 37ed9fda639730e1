"""Full-text search tables (SQLite FTS5) filled from existing rows; indexes for the review list.

Revision ID: 0002
Revises: 0001
Created: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.create_index("ix_claims_updated_by", ["updated_by"])
    with op.batch_alter_table("highlights") as batch:
        batch.create_index("ix_highlights_article_claim", ["article_id", "claim_id"])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # other databases search with ILIKE
    from claimtracker.core import search

    search.create_tables(bind)
    claim_ids = [row[0] for row in bind.exec_driver_sql("SELECT id FROM claims")]
    article_ids = [row[0] for row in bind.exec_driver_sql("SELECT id FROM articles")]
    search.reindex_claims(bind, claim_ids)
    search.reindex_articles(bind, article_ids)


def downgrade() -> None:
    with op.batch_alter_table("highlights") as batch:
        batch.drop_index("ix_highlights_article_claim")
    with op.batch_alter_table("claims") as batch:
        batch.drop_index("ix_claims_updated_by")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS claims_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
