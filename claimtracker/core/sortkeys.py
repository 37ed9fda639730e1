"""The review list's sort keys kept on each claim, so that sorting by them reads an index.

Article, outlet, tags, sources and best reliability come from other tables (the claim's first
highlight's article, its tags, its evidence and their sources). Computed at query time they
cost a grouped join over every claim (130-380 ms at 100,000 claims); stored on the claim with
an index each, the first page of any order is read straight from the index. The keys are
written by :func:`refresh`, which the write path calls for every claim whose highlights, tags,
evidence, sources or articles changed (see :mod:`claimtracker.core.derived`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from claimtracker.core.chunks import chunks
from claimtracker.core.model import Article, Claim, Evidence, Highlight, Source, Tag, claim_tags

NO_SOURCE = "Z"
"""The reliability key of a claim without sources: after every grade (A-F)."""

COLUMNS = {
    "article": Claim.sort_article,
    "outlet": Claim.sort_outlet,
    "tags": Claim.sort_tags,
    "sources": Claim.sort_sources,
    "reliability": Claim.sort_reliability,
}


def _first_article(column) -> object:
    """The value of ``column`` of the article of the claim's first highlight.

    The first highlight is found as ``min(id)`` among the claim's (an index lookup), not as
    ``ORDER BY id LIMIT 1``, which PostgreSQL may answer by walking every highlight in id
    order until one of the claim's turns up.
    """
    own = Highlight.__table__.alias("own_highlights")
    first = (
        select(func.min(own.c.id))
        .where(own.c.claim_id == Claim.id)
        .correlate(Claim)  # the claim being updated, two queries out
        .scalar_subquery()
    )
    return (
        select(func.lower(column))
        .select_from(Highlight)
        .join(Article, Article.id == Highlight.article_id)
        .where(Highlight.id == first)
        .scalar_subquery()
    )


def _values() -> dict:
    return {
        "sort_article": func.coalesce(_first_article(Article.title), ""),
        "sort_outlet": func.coalesce(_first_article(Article.outlet), ""),
        "sort_tags": func.coalesce(
            select(func.min(Tag.key))
            .join(claim_tags, claim_tags.c.tag_id == Tag.id)
            .where(claim_tags.c.claim_id == Claim.id)
            .scalar_subquery(),
            "",
        ),
        "sort_sources": select(func.count(Evidence.id))
        .where(Evidence.claim_id == Claim.id)
        .scalar_subquery(),
        "sort_reliability": func.coalesce(
            select(func.min(Source.reliability))
            .join(Evidence, Evidence.source_id == Source.id)
            .where(Evidence.claim_id == Claim.id)
            .scalar_subquery(),
            NO_SOURCE,
        ),
    }


def refresh(session: Session | Connection, claim_ids: Iterable[int] | None) -> None:
    """Recompute the sort keys of these claims (of every claim when ``claim_ids`` is None)."""
    statement = update(Claim).values(_values()).execution_options(synchronize_session=False)
    if claim_ids is None:
        session.execute(statement)
        return
    ids = sorted(set(claim_ids))
    for chunk in chunks(ids):
        session.execute(statement.where(Claim.id.in_(chunk)))


def claims_of_articles(session: Session, article_ids: Iterable[int]) -> set[int]:
    """Claims that appear in these articles (their article and outlet keys may change)."""
    ids = sorted(set(article_ids))
    found: set[int] = set()
    for chunk in chunks(ids):
        found.update(
            session.scalars(
                select(Highlight.claim_id).where(Highlight.article_id.in_(chunk)).distinct()
            )
        )
    return found


def claims_of_sources(session: Session, source_ids: Iterable[int]) -> set[int]:
    """Claims with evidence from these sources (their reliability key may change)."""
    ids = sorted(set(source_ids))
    found: set[int] = set()
    for chunk in chunks(ids):
        found.update(
            session.scalars(
                select(Evidence.claim_id).where(Evidence.source_id.in_(chunk)).distinct()
            )
        )
    return found
