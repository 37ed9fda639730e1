"""The one claim query behind the command line, exports and (later) the review list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, or_, select

from claimtracker.core.model import Article, Claim, Highlight, Tag, claim_tags


@dataclass(frozen=True)
class ClaimFilter:
    """Conditions on claims; a field left None does not filter."""

    status: str | None = None
    verdict: str | None = None
    tag: str | None = None
    article_id: int | None = None
    outlet: str | None = None
    claimant: str | None = None
    search: str | None = None
    orphaned_only: bool = False


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def claim_ids(f: ClaimFilter) -> Select:
    """``SELECT claims.id`` with the filter applied, ordered by id."""
    query = select(Claim.id)
    if f.status:
        query = query.where(Claim.status == f.status)
    if f.verdict:
        query = query.where(Claim.verdict == f.verdict)
    if f.claimant:
        query = query.where(Claim.claimant.ilike(_like(f.claimant), escape="\\"))
    if f.tag:
        query = query.where(
            Claim.id.in_(
                select(claim_tags.c.claim_id)
                .join(Tag, Tag.id == claim_tags.c.tag_id)
                .where(Tag.key == f.tag.strip().casefold())
            )
        )
    highlight_conditions = []
    if f.article_id is not None:
        highlight_conditions.append(Highlight.article_id == f.article_id)
    if f.orphaned_only:
        highlight_conditions.append(Highlight.state == "orphaned")
    if f.outlet:
        highlight_conditions.append(
            Highlight.article_id.in_(
                select(Article.id).where(Article.outlet.ilike(_like(f.outlet), escape="\\"))
            )
        )
    if highlight_conditions:
        query = query.where(Claim.id.in_(select(Highlight.claim_id).where(*highlight_conditions)))
    if f.search:
        pattern = _like(f.search.strip())
        query = query.where(
            or_(
                Claim.statement.ilike(pattern, escape="\\"),
                Claim.claimant.ilike(pattern, escape="\\"),
                Claim.rationale.ilike(pattern, escape="\\"),
                Claim.id.in_(
                    select(Highlight.claim_id).where(Highlight.exact.ilike(pattern, escape="\\"))
                ),
            )
        )
    return query.order_by(Claim.id)
