"""The one claim query behind the command line, exports and the review list.

Filtering and sorting happen in SQL (indexes, FTS5), never over rows in Python: at 100,000
claims a per-row Python pass is far slower than the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, false, func, select

from claimtracker.core import search
from claimtracker.core.model import (
    Article,
    Claim,
    Evidence,
    Highlight,
    Source,
    Tag,
    Verdict,
    WorkflowStatus,
    claim_tags,
)


@dataclass(frozen=True)
class ClaimFilter:
    """Conditions on claims; a field left empty does not filter."""

    status: str | None = None
    verdict: str | None = None
    tag: str | None = None
    article_id: int | None = None
    outlet: str | None = None
    claimant: str | None = None
    search: str | None = None
    search_articles: bool = True  # also match claims whose articles' title or text match
    updated_from: date | None = None
    updated_to: date | None = None
    orphaned_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain values (dates as ISO text), for saving a filter by name."""
        return {
            k: (v.isoformat() if isinstance(v, date) else v)
            for k, v in asdict(self).items()
            if v not in (None, False, "")
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimFilter:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("updated_from", "updated_to"):
            if isinstance(known.get(key), str):
                known[key] = date.fromisoformat(known[key])
        return cls(**known)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _ilike(column, value: str) -> ColumnElement[bool]:
    return column.ilike(_like(value), escape="\\")


# Integer keys are 64-bit in SQLite and PostgreSQL: a larger id matches nothing.
MAX_ID = 2**63 - 1


def _text(value: str | None) -> str | None:
    # No stored text holds NUL (imports refuse it), and PostgreSQL refuses it in a query.
    return value.replace("\0", "") if value else value


def conditions(f: ClaimFilter, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """WHERE conditions on ``claims`` for a filter.

    Odd values filter instead of failing: an id beyond 64 bits matches nothing, a date at
    the end of the calendar bounds nothing, NUL characters in text are ignored.
    """
    where: list[ColumnElement[bool]] = []
    f = replace(
        f,
        status=_text(f.status),
        verdict=_text(f.verdict),
        tag=_text(f.tag),
        outlet=_text(f.outlet),
        claimant=_text(f.claimant),
        search=_text(f.search),
    )
    if f.status:
        where.append(Claim.status == f.status)
    if f.verdict:
        where.append(Claim.verdict == f.verdict)
    if f.claimant:
        where.append(_search_condition(f.claimant, False, dialect, "claimant"))
    if f.updated_from:
        where.append(Claim.updated_at >= datetime.combine(f.updated_from, time()))
    if f.updated_to and f.updated_to < date.max:  # nothing is later than the last day
        where.append(Claim.updated_at < datetime.combine(f.updated_to + timedelta(days=1), time()))
    if f.tag:
        where.append(
            Claim.id.in_(
                select(claim_tags.c.claim_id)
                .join(Tag, Tag.id == claim_tags.c.tag_id)
                .where(Tag.key == " ".join(f.tag.split()).casefold())
            )
        )
    in_highlights = []
    if f.article_id is not None:
        if not -MAX_ID <= f.article_id <= MAX_ID:
            where.append(false())
        else:
            in_highlights.append(Highlight.article_id == f.article_id)
    if f.orphaned_only:
        in_highlights.append(Highlight.state == "orphaned")
    if f.outlet:
        in_highlights.append(
            Highlight.article_id.in_(select(Article.id).where(_ilike(Article.outlet, f.outlet)))
        )
    if in_highlights:
        where.append(Claim.id.in_(select(Highlight.claim_id).where(*in_highlights)))
    if f.search and f.search.strip():
        where.append(_search_condition(f.search, f.search_articles, dialect))
    return where


def _search_condition(
    user_input: str, articles: bool, dialect: str, column_name: str | None = None
) -> ColumnElement[bool]:
    """Claims matching the words typed, through the full-text index (both backends);
    ``column_name`` ("claimant") limits the match to that field."""
    query = search.prepared_query(user_input, dialect, column_name)
    if query is None:
        return Claim.id.is_(None)  # nothing searchable typed: nothing matches
    if column_name:
        return Claim.id.in_(search.claim_matches(query, dialect))
    return Claim.id.in_(search.matching_claims(query, articles=articles, dialect=dialect))


SORT_KEYS = (
    "id",
    "statement",
    "claimant",
    "article",
    "outlet",
    "status",
    "verdict",
    "tags",
    "sources",
    "reliability",
    "updated_at",
    "updated_by",
)


def _nocase(column, dialect: str) -> Any:
    """Case-insensitive ordering: SQLite's NOCASE collation, ``lower()`` elsewhere."""
    return column.collate("NOCASE") if dialect == "sqlite" else func.lower(column)


def _sorted(
    query: Select,
    sort: str,
    term_order: dict[str, list[str]] | None = None,
    dialect: str = "sqlite",
) -> tuple[Select, Any]:
    """The query joined to what ``sort`` needs, and the expression to order by.

    Per-claim values (first article, tag, source count, best grade) come from grouped
    subqueries joined once; correlated subqueries per row were three times slower. Statuses
    and verdicts sort by their position; given ``term_order`` (keys in order) that is a CASE
    on the column, a fifth faster than joining the taxonomy table.
    """
    if term_order and sort in term_order:
        column = Claim.status if sort == "status" else Claim.verdict
        keys = term_order[sort]
        return query, case({key: i for i, key in enumerate(keys)}, value=column, else_=len(keys))
    if sort == "status":
        query = query.outerjoin(WorkflowStatus, WorkflowStatus.key == Claim.status)
        return query, WorkflowStatus.position
    if sort == "verdict":
        query = query.outerjoin(Verdict, Verdict.key == Claim.verdict)
        return query, func.coalesce(Verdict.position, 999)
    if sort in ("article", "outlet"):
        first = (
            select(Highlight.claim_id, func.min(Highlight.id).label("highlight_id"))
            .group_by(Highlight.claim_id)
            .subquery()
        )
        shown = Highlight.__table__.alias("first_highlight")
        # Inner joins: every claim keeps at least one highlight (ClaimService enforces it),
        # and SQLite plans these three times faster than the outer joins.
        query = (
            query.join(first, first.c.claim_id == Claim.id)
            .join(shown, shown.c.id == first.c.highlight_id)
            .join(Article, Article.id == shown.c.article_id)
        )
        column = Article.title if sort == "article" else Article.outlet
        return query, _nocase(column, dialect)
    if sort == "tags":
        first_tag = (
            select(claim_tags.c.claim_id, func.min(Tag.key).label("key"))
            .join(Tag, Tag.id == claim_tags.c.tag_id)
            .group_by(claim_tags.c.claim_id)
            .subquery()
        )
        query = query.outerjoin(first_tag, first_tag.c.claim_id == Claim.id)
        return query, func.coalesce(first_tag.c.key, "\uffff")
    if sort in ("sources", "reliability"):
        graded = (
            select(
                Evidence.claim_id,
                func.count(Evidence.id).label("sources"),
                func.min(Source.reliability).label("reliability"),
            )
            .join(Source, Source.id == Evidence.source_id)
            .group_by(Evidence.claim_id)
            .subquery()
        )
        query = query.outerjoin(graded, graded.c.claim_id == Claim.id)
        if sort == "sources":
            return query, func.coalesce(graded.c.sources, 0)
        return query, func.coalesce(graded.c.reliability, "Z")
    columns = {
        "id": Claim.id,
        "statement": _nocase(Claim.statement, dialect),
        "claimant": _nocase(Claim.claimant, dialect),
        "updated_at": Claim.updated_at,
        "updated_by": _nocase(Claim.updated_by, dialect),
    }
    if sort not in columns:
        raise ValueError(f"cannot sort by {sort!r}")
    return query, columns[sort]


def claim_ids(
    f: ClaimFilter,
    sort: str = "id",
    descending: bool = False,
    dialect: str = "sqlite",
    term_order: dict[str, list[str]] | None = None,
) -> Select:
    """``SELECT claims.id`` with the filter applied, in the requested order."""
    query, expression = _sorted(
        select(Claim.id).where(*conditions(f, dialect)), sort, term_order, dialect
    )
    order = [expression.desc() if descending else expression.asc()]
    if sort != "id":
        order.append(Claim.id.desc() if descending else Claim.id.asc())
    return query.order_by(*order)
