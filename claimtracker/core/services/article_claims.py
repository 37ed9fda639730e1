"""An article's claims as its view shows them, read with Core queries built once."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import BindParameter, Connection, bindparam, func, select

from claimtracker.core.model import Claim, Evidence, Highlight, Tag, claim_tags
from claimtracker.core.services.dto import ArticleClaim, Placement

_new = tuple.__new__  # tuples made directly: thousands of them each time an article opens
_ARTICLE: BindParameter[int] = bindparam("article_id")
_PLACEMENTS = (
    select(
        Claim.id,
        Claim.statement,
        Claim.claimant,
        Claim.status,
        Claim.verdict,
        Claim.version,
        Highlight.id,
        Highlight.start,
        Highlight.end,
        # The words at the offsets: a fuzzy match's new wording until it is reviewed.
        func.coalesce(Highlight.current_exact, Highlight.exact),
        Highlight.state,
    )
    .join(Claim, Claim.id == Highlight.claim_id)
    .where(Highlight.article_id == _ARTICLE)
    .order_by(Highlight.start, Highlight.id)
)
_IN_ARTICLE = select(Highlight.claim_id).where(Highlight.article_id == _ARTICLE)
_TAGS = select(claim_tags.c.claim_id, Tag.name).join(Tag, Tag.id == claim_tags.c.tag_id)
_SOURCES = select(Evidence.claim_id, func.count(Evidence.id)).group_by(Evidence.claim_id)


def article_claims(
    connection: Connection, article_id: int, claim_ids: Iterable[int] | None = None
) -> list[ArticleClaim]:
    """The claims appearing in an article with their highlights there, in order of their
    first appearance (``claim_ids`` narrows it to some claims).

    One query for the claims and their highlights, one for each of what the tooltips add
    (tags, number of sources).
    """
    query, in_article = _PLACEMENTS, _IN_ARTICLE
    if claim_ids is not None:
        wanted = list(claim_ids)
        query = query.where(Claim.id.in_(wanted))
        in_article = in_article.where(Highlight.claim_id.in_(wanted))
    where = {"article_id": article_id}
    result = connection.execute(query, where)
    try:  # plain tuples from the driver: 2,000 highlights without Row objects
        fetched = result.cursor.fetchall()
    finally:
        result.close()
    names: dict[int, list[str]] = {}
    for claim_id, name in connection.execute(
        _TAGS.where(claim_tags.c.claim_id.in_(in_article)), where
    ):
        names.setdefault(claim_id, []).append(name)
    counts = dict(
        connection.execute(_SOURCES.where(Evidence.claim_id.in_(in_article)), where).all()
    )
    rows: dict[int, tuple] = {}
    marks: dict[int, list[Placement]] = {}
    for r in fetched:
        claim = r[0]
        placement = _new(Placement, (r[6], claim, r[7], r[8], r[9], r[10]))
        if claim in marks:
            marks[claim].append(placement)
        else:
            rows[claim] = r
            marks[claim] = [placement]
    return [
        _new(
            ArticleClaim,
            (
                claim,
                *r[1:6],
                tuple(sorted(names[claim], key=str.casefold)) if claim in names else (),
                counts.get(claim, 0),
                tuple(marks[claim]),
            ),
        )
        for claim, r in rows.items()
    ]
