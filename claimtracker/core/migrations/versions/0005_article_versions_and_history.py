"""Article versions with provenance, fuzzy wording beside the recorded quote, claim history.

- ``articles``: ``text_version`` (number of the current text, while ``version`` becomes the
  row's edit counter), ``original_sha256`` of the bytes received, ``source_url`` and
  ``redirects`` of a fetched page;
- ``article_versions``: the same provenance for each earlier text;
- ``highlights.current_exact``: the new wording a fuzzy re-anchor found, beside the quote
  as first recorded;
- ``claims.review_url``: the published fact-check;
- ``change_log.claim_uuid``: the claim an entry belongs to (filled for existing entries whose
  highlight or evidence still exists).

Revision ID: 0005
Revises: 0004
Created: 2026-11-29
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(
            sa.Column("text_version", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(sa.Column("original_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("source_url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("redirects", sa.Text(), nullable=True))
    with op.batch_alter_table("article_versions") as batch:
        batch.add_column(sa.Column("original_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("source_name", sa.Text(), nullable=True))
        batch.add_column(sa.Column("source_url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("redirects", sa.Text(), nullable=True))
        batch.add_column(sa.Column("retrieved_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("encoding", sa.String(length=40), nullable=True))
    with op.batch_alter_table("highlights") as batch:
        batch.add_column(sa.Column("current_exact", sa.Text(), nullable=True))
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("review_url", sa.Text(), nullable=True))
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("claim_uuid", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_change_log_claim_uuid"), ["claim_uuid"], unique=False)

    bind = op.get_bind()
    # Until now every new text moved ``version`` on, so it counted the texts.
    bind.execute(sa.text("UPDATE articles SET text_version = version"))
    for table in ("articles", "article_versions"):
        rows = bind.execute(sa.text(f"SELECT id FROM {table} WHERE original IS NOT NULL"))
        for (row_id,) in rows.all():
            data = bind.execute(
                sa.text(f"SELECT original FROM {table} WHERE id = :id"), {"id": row_id}
            ).scalar()
            bind.execute(
                sa.text(f"UPDATE {table} SET original_sha256 = :sha WHERE id = :id"),
                {"sha": hashlib.sha256(bytes(data or b"")).hexdigest(), "id": row_id},
            )
    bind.execute(sa.text("UPDATE change_log SET claim_uuid = entity_uuid WHERE entity = 'claim'"))
    for table, entity in (("highlights", "highlight"), ("evidence", "evidence")):
        bind.execute(
            sa.text(
                f"""UPDATE change_log SET claim_uuid = (
                    SELECT c.uuid FROM {table} r JOIN claims c ON c.id = r.claim_id
                    WHERE r.uuid = change_log.entity_uuid)
                WHERE entity = :entity"""
            ),
            {"entity": entity},
        )


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_index(batch.f("ix_change_log_claim_uuid"))
        batch.drop_column("claim_uuid")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("review_url")
    with op.batch_alter_table("highlights") as batch:
        batch.drop_column("current_exact")
    with op.batch_alter_table("article_versions") as batch:
        for column in (
            "encoding",
            "retrieved_at",
            "redirects",
            "source_url",
            "source_name",
            "original_sha256",
        ):
            batch.drop_column(column)
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE articles SET version = text_version"))
    with op.batch_alter_table("articles") as batch:
        for column in ("redirects", "source_url", "original_sha256", "text_version"):
            batch.drop_column(column)
