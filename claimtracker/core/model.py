"""Typed SQLAlchemy ORM models: articles, claims, highlights, sources, evidence, tags, log."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from claimtracker.core.text import clean_text

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


SORT_PREFIX = 200
"""How many characters of a statement, claimant or analyst the PostgreSQL sort indexes hold."""


def utcnow() -> datetime:
    """Current time in UTC, stored without a zone so that every backend reads it back alike."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    """A random UUID as text, the identity of records that leave the database."""
    return str(uuid_module.uuid4())


class CleanText(TypeDecorator):
    """Text that is made storable on the way in (lone surrogates replaced, never an error)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return clean_text(value) if isinstance(value, str) else value


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable Alembic revisions)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


claim_tags = Table(
    "claim_tags",
    Base.metadata,
    Column("claim_id", ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class WorkflowStatus(Base):
    """A workflow status the newsroom can rename, recolour, reorder, add or retire.

    A retired status stays readable on the claims that keep it but is no longer offered;
    new claims start in the one ``is_default`` status.
    """

    __tablename__ = "workflow_statuses"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(80))
    colour: Mapped[str] = mapped_column(String(9))
    position: Mapped[int]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_default: Mapped[bool] = mapped_column(default=False, server_default=false())


class Verdict(Base):
    """A verdict; ``rating`` places it on ClaimReview's 1..5 scale where it has a place."""

    __tablename__ = "verdicts"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(80))
    colour: Mapped[str] = mapped_column(String(9))
    position: Mapped[int]
    rating: Mapped[int | None]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


class Article(Base):
    """An imported article; ``text`` is the exact string that highlight offsets refer to."""

    __tablename__ = "articles"
    __table_args__ = (
        # The library's columns in its order, so that listing 10,000 articles reads this
        # index alone: in SQLite's rows they sit beside (or after) the article's text and
        # original bytes, which a table scan would read too. PostgreSQL keeps those apart
        # (TOAST) and limits an index entry to 2.7 kB, so the index is made on SQLite only.
        Index(
            "ix_articles_library",
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
        ).ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(CleanText)
    outlet: Mapped[str | None] = mapped_column(CleanText)
    author: Mapped[str | None] = mapped_column(CleanText)
    url: Mapped[str | None] = mapped_column(CleanText)
    language: Mapped[str | None] = mapped_column(String(16))
    published_at: Mapped[date | None]
    retrieved_at: Mapped[datetime | None]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(CleanText, deferred=True)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    source_format: Mapped[str] = mapped_column(String(16))
    source_name: Mapped[str | None] = mapped_column(CleanText)
    encoding: Mapped[str | None] = mapped_column(String(40))
    original: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    notes: Mapped[str] = mapped_column(CleanText, default="")
    # Bumped by every change of the row (metadata or text): the optimistic-locking check.
    version: Mapped[int] = mapped_column(default=1)
    # Number of the current text; earlier texts are kept in ``versions``.
    text_version: Mapped[int] = mapped_column(default=1)
    original_sha256: Mapped[str | None] = mapped_column(String(64))  # of the bytes received
    source_url: Mapped[str | None] = mapped_column(CleanText)  # where they came from, if fetched
    redirects: Mapped[str | None] = mapped_column(CleanText)  # JSON list of URLs before it

    highlights: Mapped[list[Highlight]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    versions: Mapped[list[ArticleVersion]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ArticleVersion.version",
    )


class ArticleVersion(Base):
    """An earlier text of an article with its provenance, kept when a newer one replaced it.

    It was stored at the ``replaced_at`` of the version before it (version 1: the article's
    ``imported_at``).
    """

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int]
    text: Mapped[str] = mapped_column(CleanText, deferred=True)
    text_sha256: Mapped[str] = mapped_column(String(64))
    source_format: Mapped[str] = mapped_column(String(16))
    original: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)
    original_sha256: Mapped[str | None] = mapped_column(String(64))
    source_name: Mapped[str | None] = mapped_column(CleanText)
    source_url: Mapped[str | None] = mapped_column(CleanText)
    redirects: Mapped[str | None] = mapped_column(CleanText)
    retrieved_at: Mapped[datetime | None]
    encoding: Mapped[str | None] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="versions")


class Claim(Base):
    """What is claimed, by whom, and where its verification stands."""

    __tablename__ = "claims"
    __table_args__ = (
        # A status or verdict filter reads its claims in the default order (last update)
        # straight from an index; the summary counts statuses and verdicts from another.
        Index("ix_claims_status_updated_at", "status", "updated_at"),
        Index("ix_claims_verdict_updated_at", "verdict", "updated_at"),
        Index("ix_claims_status_verdict", "status", "verdict"),
        *(
            Index(f"ix_claims_sort_{key}", f"sort_{key}", "id")
            for key in ("article", "outlet", "tags", "sources", "reliability")
        ),
        # PostgreSQL sorts these case-insensitively by a prefix that fits in an index entry
        # (see services/query.py); SQLite's NOCASE order needs no index of its own.
        *(
            Index(
                f"ix_claims_sort_{name}", sql_text(f"left(lower({name}), {SORT_PREFIX})"), "id"
            ).ddl_if(dialect="postgresql")
            for name in ("statement", "claimant", "updated_by")
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    statement: Mapped[str] = mapped_column(CleanText)
    claimant: Mapped[str] = mapped_column(CleanText, default="")
    claim_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(ForeignKey("workflow_statuses.key"))
    verdict: Mapped[str | None] = mapped_column(ForeignKey("verdicts.key"))
    rationale: Mapped[str] = mapped_column(CleanText, default="")
    review_url: Mapped[str | None] = mapped_column(CleanText)  # the published fact-check
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(CleanText, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_by: Mapped[str] = mapped_column(CleanText, default="", index=True)
    version: Mapped[int] = mapped_column(default=1)
    # Sort keys of the review list, derived from other tables (see core/sortkeys.py).
    sort_article: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_outlet: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_tags: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_sources: Mapped[int] = mapped_column(default=0, server_default="0")
    sort_reliability: Mapped[str] = mapped_column(String(1), default="Z", server_default="Z")

    highlights: Mapped[list[Highlight]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", passive_deletes=True
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=claim_tags, back_populates="claims")

    __mapper_args__ = {"version_id_col": version}


class Highlight(Base):
    """An appearance of a claim in an article: code-point offsets plus quote and context."""

    __tablename__ = "highlights"
    __table_args__ = (
        Index("ix_highlights_article_start", "article_id", "start"),
        # Covers "claims appearing in these articles" (search in article text) without
        # reading the highlight rows themselves.
        Index("ix_highlights_article_claim", "article_id", "claim_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    exact: Mapped[str] = mapped_column(CleanText)  # the quote as recorded
    prefix: Mapped[str] = mapped_column(CleanText, default="")
    suffix: Mapped[str] = mapped_column(CleanText, default="")
    state: Mapped[str] = mapped_column(String(16), default="anchored", index=True)
    # What the text now says at start..end after a fuzzy re-anchor, until the analyst accepts
    # it (it becomes ``exact``) or rejects it (the highlight is orphaned); None otherwise.
    current_exact: Mapped[str | None] = mapped_column(CleanText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    article: Mapped[Article] = relationship(back_populates="highlights")
    claim: Mapped[Claim] = relationship(back_populates="highlights")


class Source(Base):
    """Where evidence comes from, graded for reliability (Admiralty A-F)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(CleanText)
    url: Mapped[str | None] = mapped_column(CleanText, index=True)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    reliability: Mapped[str] = mapped_column(String(1), default="F")
    archived_url: Mapped[str | None] = mapped_column(CleanText)
    accessed_at: Mapped[date | None]
    notes: Mapped[str] = mapped_column(CleanText, default="")

    evidence: Mapped[list[Evidence]] = relationship(back_populates="source")


class Evidence(Base):
    """A source's bearing on a claim: stance, credibility (Admiralty 1-6), excerpt."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT"), index=True
    )
    stance: Mapped[str] = mapped_column(String(16), default="context")
    credibility: Mapped[int | None]
    excerpt: Mapped[str] = mapped_column(CleanText, default="")
    note: Mapped[str] = mapped_column(CleanText, default="")

    claim: Mapped[Claim] = relationship(back_populates="evidence")
    source: Mapped[Source] = relationship(back_populates="evidence")


class Tag(Base):
    """A label on claims; names are unique regardless of case (``key`` is the casefolded name)."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(CleanText)
    key: Mapped[str] = mapped_column(CleanText, unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#999999")

    claims: Mapped[list[Claim]] = relationship(secondary=claim_tags, back_populates="tags")


class ChangeLogEntry(Base):
    """One recorded change; rows are only ever added."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(CleanText)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete
    entity: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(CleanText)
    new_value: Mapped[str | None] = mapped_column(CleanText)
    # The claim a highlight or evidence entry belongs to (the claim's own entries too), so a
    # claim's history keeps the entries of highlights and evidence removed since.
    claim_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    db_role: Mapped[str | None] = mapped_column(CleanText)  # the server's role (PostgreSQL)


class Alias(Base):
    """A name of an alias group ("Moscú" in ``russia``); ``key`` is the folded name."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("concept", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    concept: Mapped[str] = mapped_column(String(80), index=True)
    name: Mapped[str] = mapped_column(CleanText)
    key: Mapped[str] = mapped_column(CleanText, index=True)


class DismissedSuggestion(Base):
    """A suggested sentence the analyst dismissed for one article.

    Kept by the sentence's text (``text_sha256``), so it stays dismissed when a new version of
    the article moves it.
    """

    __tablename__ = "dismissed_suggestions"
    __table_args__ = (UniqueConstraint("article_id", "text_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int]
    end: Mapped[int]
    exact: Mapped[str] = mapped_column(CleanText)
    text_sha256: Mapped[str] = mapped_column(String(64))
    dismissed_at: Mapped[datetime] = mapped_column(default=utcnow)
    dismissed_by: Mapped[str] = mapped_column(CleanText, default="")
