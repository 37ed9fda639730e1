"""ORM rows to DTOs, in one place."""

from __future__ import annotations

from claimtracker.core import model
from claimtracker.core.services.dto import (
    ArticleInfo,
    ClaimInfo,
    EvidenceInfo,
    HighlightInfo,
    SourceInfo,
)


def article_info(article: model.Article, claim_count: int = 0) -> ArticleInfo:
    return ArticleInfo(
        id=article.id,
        uuid=article.uuid,
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        url=article.url,
        language=article.language,
        published_at=article.published_at,
        imported_at=article.imported_at,
        source_format=article.source_format,
        claim_count=claim_count,
        version=article.version,
        text_version=article.text_version,
        retrieved_at=article.retrieved_at,
    )


def highlight_info(h: model.Highlight) -> HighlightInfo:
    return HighlightInfo(
        h.id,
        h.uuid,
        h.article_id,
        h.claim_id,
        h.start,
        h.end,
        h.exact,
        h.prefix,
        h.suffix,
        h.state,
        h.current_exact,
    )


def source_info(s: model.Source) -> SourceInfo:
    return SourceInfo(
        s.id, s.uuid, s.name, s.url, s.kind, s.reliability, s.archived_url, s.accessed_at, s.notes
    )


def evidence_info(e: model.Evidence) -> EvidenceInfo:
    return EvidenceInfo(
        e.id, e.uuid, e.claim_id, source_info(e.source), e.stance, e.credibility, e.excerpt, e.note
    )


def claim_info(c: model.Claim) -> ClaimInfo:
    return ClaimInfo(
        id=c.id,
        uuid=c.uuid,
        statement=c.statement,
        claimant=c.claimant,
        claim_date=c.claim_date,
        status=c.status,
        verdict=c.verdict,
        rationale=c.rationale,
        created_at=c.created_at,
        created_by=c.created_by,
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        version=c.version,
        tags=sorted((t.name for t in c.tags), key=str.casefold),
        highlights=sorted(
            (highlight_info(h) for h in c.highlights), key=lambda h: (h.article_id, h.start)
        ),
        evidence=[evidence_info(e) for e in sorted(c.evidence, key=lambda e: e.id)],
        review_url=c.review_url,
    )
