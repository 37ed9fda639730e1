"""Plain records handed to callers; no ORM object leaves a service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from claimtracker.core.errors import Note


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    uuid: str
    title: str
    outlet: str | None
    author: str | None
    url: str | None
    language: str | None
    published_at: date | None
    imported_at: datetime
    source_format: str
    claim_count: int = 0
    version: int = 1  # of the record: moves on with every change (the edit check)
    text_version: int = 1  # number of the current text (see ``versions``)
    retrieved_at: datetime | None = None  # when the current text was fetched (UTC)
    warnings: tuple[Note, ...] = ()  # what the import noticed (damaged bytes, guessed encoding)


@dataclass(frozen=True)
class HighlightInfo:
    id: int
    uuid: str
    article_id: int
    claim_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    state: str
    # After a fuzzy re-anchor: the wording now at start..end, beside ``exact`` as recorded.
    current_exact: str | None = None


@dataclass(frozen=True)
class SourceInfo:
    id: int
    uuid: str
    name: str
    url: str | None
    kind: str
    reliability: str
    archived_url: str | None = None
    accessed_at: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    uuid: str
    claim_id: int
    source: SourceInfo
    stance: str
    credibility: int | None
    excerpt: str
    note: str


@dataclass(frozen=True)
class ClaimInfo:
    id: int
    uuid: str
    statement: str
    claimant: str
    claim_date: date | None
    status: str
    verdict: str | None
    rationale: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    version: int
    tags: list[str] = field(default_factory=list)
    highlights: list[HighlightInfo] = field(default_factory=list)
    evidence: list[EvidenceInfo] = field(default_factory=list)
    review_url: str | None = None  # the published fact-check


class Placement(NamedTuple):
    """Where a claim appears in an article, as the article's view needs it (a light tuple:
    an article may hold thousands)."""

    id: int
    claim_id: int
    start: int
    end: int
    exact: str  # the words at start..end: for a fuzzy match awaiting review, the new wording
    state: str


class ArticleClaim(NamedTuple):
    """A claim as an article's view shows it: its fields and its placements in that article."""

    id: int
    statement: str
    claimant: str
    status: str
    verdict: str | None
    version: int
    tags: tuple[str, ...]
    sources: int
    highlights: tuple[Placement, ...]

    @classmethod
    def of(cls, claim: ClaimInfo, article_id: int) -> ArticleClaim:
        """The article's view of a full claim record."""
        return cls(
            claim.id,
            claim.statement,
            claim.claimant,
            claim.status,
            claim.verdict,
            claim.version,
            tuple(claim.tags),
            len(claim.evidence),
            tuple(
                Placement(h.id, h.claim_id, h.start, h.end, h.current_exact or h.exact, h.state)
                for h in claim.highlights
                if h.article_id == article_id
            ),
        )


class OpenedArticle(NamedTuple):
    """What showing an article needs: its record, its exact text and its claims with their
    highlights there."""

    info: ArticleInfo
    text: str
    claims: list[ArticleClaim]


@dataclass(frozen=True)
class EvidenceChange:
    """Evidence as saved (or as it was, when removed) and its claim after the change."""

    evidence: EvidenceInfo
    claim: ClaimInfo


@dataclass(frozen=True)
class ChangeInfo:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str
    field: str | None
    old_value: str | None
    new_value: str | None
    db_role: str | None = None  # the server's database role (PostgreSQL), None on SQLite
    id: int = 0  # of the entry: later entries have higher ids
