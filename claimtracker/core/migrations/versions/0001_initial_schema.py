"""Initial schema with the default workflow statuses and verdicts.

Revision ID: 0001
Revises: (none)
Created: 2026-11-28 17:47:05.959689
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The default taxonomies at the time of this revision, in display order.
STATUSES = [
    ("unstarted", "Unstarted", "#999999"),
    ("in_progress", "In progress", "#56B4E9"),
    ("needs_review", "Needs review", "#E69F00"),
    ("done", "Done", "#009E73"),
]
VERDICTS = [  # key, label, colour, ClaimReview rating
    ("true", "True", "#009E73", 5),
    ("mostly_true", "Mostly true", "#56B4E9", 4),
    ("mixed", "Mixed", "#F0E442", 3),
    ("misleading", "Misleading", "#E69F00", None),
    ("mostly_false", "Mostly false", "#CC79A7", 2),
    ("false", "False", "#D55E00", 1),
    ("fabricated", "Fabricated", "#882255", None),
    ("unproven", "Unproven", "#999999", None),
    ("not_checkable", "Not checkable", "#BBBBBB", None),
    ("satire", "Satire", "#0072B2", None),
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("published_at", sa.Date(), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_format", sa.String(length=16), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("uuid", name=op.f("uq_articles_uuid")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_text_sha256"), ["text_sha256"], unique=False)

    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_entity", ["entity", "entity_uuid"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("reliability", sa.String(length=1), nullable=False),
        sa.Column("archived_url", sa.Text(), nullable=True),
        sa.Column("accessed_at", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sources_uuid")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_url"), ["url"], unique=False)

    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("key", name=op.f("uq_tags_key")),
    )
    op.create_table(
        "verdicts",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_verdicts")),
    )
    op.create_table(
        "workflow_statuses",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workflow_statuses")),
    )
    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_format", sa.String(length=16), nullable=False),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_versions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_versions")),
        sa.UniqueConstraint("article_id", "version", name=op.f("uq_article_versions_article_id")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("claimant", sa.Text(), nullable=False),
        sa.Column("claim_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("verdict", sa.String(length=40), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["status"], ["workflow_statuses.key"], name=op.f("fk_claims_status_workflow_statuses")
        ),
        sa.ForeignKeyConstraint(
            ["verdict"], ["verdicts.key"], name=op.f("fk_claims_verdict_verdicts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint("uuid", name=op.f("uq_claims_uuid")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_verdict"), ["verdict"], unique=False)

    op.create_table(
        "claim_tags",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_tags_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_claim_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_id", "tag_id", name=op.f("pk_claim_tags")),
    )
    with op.batch_alter_table("claim_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("credibility", sa.Integer(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_evidence_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_evidence_source_id_sources"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evidence_uuid")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_source_id"), ["source_id"], unique=False)

    op.create_table(
        "highlights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_highlights_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_highlights_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_highlights")),
        sa.UniqueConstraint("uuid", name=op.f("uq_highlights_uuid")),
    )
    with op.batch_alter_table("highlights", schema=None) as batch_op:
        batch_op.create_index("ix_highlights_article_start", ["article_id", "start"], unique=False)
        batch_op.create_index(batch_op.f("ix_highlights_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_highlights_state"), ["state"], unique=False)

    columns = ("key", "label", "colour", "position", "rating")
    statuses = sa.table("workflow_statuses", *(sa.column(c) for c in columns[:4]))
    verdicts = sa.table("verdicts", *(sa.column(c) for c in columns))
    op.bulk_insert(
        statuses,
        [dict(key=k, label=lb, colour=c, position=i) for i, (k, lb, c) in enumerate(STATUSES)],
    )
    op.bulk_insert(
        verdicts,
        [
            dict(key=k, label=lb, colour=c, position=i, rating=r)
            for i, (k, lb, c, r) in enumerate(VERDICTS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("highlights", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_highlights_state"))
        batch_op.drop_index(batch_op.f("ix_highlights_claim_id"))
        batch_op.drop_index("ix_highlights_article_start")

    op.drop_table("highlights")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_source_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_claim_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("claim_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_tags_tag_id"))

    op.drop_table("claim_tags")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_verdict"))
        batch_op.drop_index(batch_op.f("ix_claims_updated_at"))
        batch_op.drop_index(batch_op.f("ix_claims_status"))

    op.drop_table("claims")
    op.drop_table("article_versions")
    op.drop_table("workflow_statuses")
    op.drop_table("verdicts")
    op.drop_table("tags")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_url"))

    op.drop_table("sources")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_entity")

    op.drop_table("change_log")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_text_sha256"))

    op.drop_table("articles")
