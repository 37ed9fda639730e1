"""The one claim query behind the command line, exports and the review list.

Filtering and sorting happen in SQL (indexes, FTS5), never over rows in Python: at 100,000
claims a per-row Python pass is far slower than the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)

from claimtracker.core import search, sortkeys
from claimtracker.core.model import (
    SORT_PREFIX,
    Article,
    Claim,
    Highlight,
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


def contains(value: str) -> str:
    """A LIKE pattern finding ``value`` anywhere (its own ``%``, ``_`` and ``\\`` escaped)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _ilike(column, value: str) -> ColumnElement[bool]:
    return column.ilike(contains(value), escape="\\")


# Integer keys are 64-bit in SQLite and PostgreSQL: a larger id matches nothing.
MAX_ID = 2**63 - 1


def _text(value: str | None) -> str | None:
    # No stored text holds NUL (imports refuse it), and PostgreSQL refuses it in a query.
    return value.replace("\0", "") if value else value


def cleaned(f: ClaimFilter) -> ClaimFilter:
    """The filter with NUL characters left out of its texts (see :func:`conditions`)."""
    return replace(
        f,
        status=_text(f.status),
        verdict=_text(f.verdict),
        tag=_text(f.tag),
        outlet=_text(f.outlet),
        claimant=_text(f.claimant),
        search=_text(f.search),
    )


def conditions(f: ClaimFilter, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """WHERE conditions on ``claims`` for a filter.

    Odd values filter instead of failing: an id beyond 64 bits matches nothing, a date at
    the end of the calendar bounds nothing, NUL characters in text are ignored.
    """
    where: list[ColumnElement[bool]] = []
    f = cleaned(f)
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
    """Case-insensitive ordering: SQLite's NOCASE collation; elsewhere ``lower()`` of the
    first :data:`~claimtracker.core.model.SORT_PREFIX` characters, the expression of the
    PostgreSQL index that answers it (an index entry holds at most about 2.7 kB). Values
    alike in those characters are ordered by id."""
    if dialect == "sqlite":
        return column.collate("NOCASE")
    return func.left(func.lower(column), literal_column(str(SORT_PREFIX)))


def _sorted(
    query: Select,
    sort: str,
    term_order: dict[str, list[str]] | None = None,
    dialect: str = "sqlite",
) -> tuple[Select, Any]:
    """The query joined to what ``sort`` needs, and the expression to order by.

    Article, outlet, tags, sources and best reliability are the sort keys kept on each claim
    (:mod:`claimtracker.core.sortkeys`), each with an index. Statuses and verdicts sort by
    their position; given ``term_order`` (keys in order) that is a CASE on the column, a
    fifth faster than joining the taxonomy table.
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
    if sort in sortkeys.COLUMNS:
        return query, sortkeys.COLUMNS[sort]
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
    *,
    where: list[ColumnElement[bool]] | None = None,
) -> Select:
    """``SELECT claims.id`` with the filter applied, in the requested order.

    ``where`` replaces the conditions made from ``f`` (a page query's own form of them).
    """
    conditions_ = conditions(f, dialect) if where is None else where
    query, expression = _sorted(select(Claim.id).where(*conditions_), sort, term_order, dialect)
    order = [expression.desc() if descending else expression.asc()]
    if sort != "id":
        order.append(Claim.id.desc() if descending else Claim.id.asc())
    return query.order_by(*order)


def term_page(sort: str, descending: bool, keys: list[str], offset: int, limit: int) -> Select:
    """PostgreSQL: a page of the whole list by status or verdict, one index scan per term.

    Ordering by the term's position (the CASE of :func:`_sorted`) reads and sorts every
    claim. Here each term's claims are read in id order from the ``(status, id)`` or
    ``(verdict, id)`` index, at most ``offset + limit`` of each, and only those are sorted:
    the same order, claims without a verdict last. Every claim holds a term of the scale
    (a foreign key), so the terms and "no verdict" cover them all.
    """
    column = Claim.status if sort == "status" else Claim.verdict
    held: list[str | None] = list(keys) + ([None] if sort == "verdict" else [])
    branches: list[Select] = [
        select(Claim.id.label("id"), literal_column(str(position)).label("term"))
        .where(column.is_(None) if key is None else column == key)
        .order_by(Claim.id.desc() if descending else Claim.id)
        .limit(offset + limit)
        for position, key in enumerate(held)
    ]
    claims = union_all(*branches).subquery("by_term")
    order = (claims.c.term, claims.c.id)
    return (
        select(claims.c.id)
        .order_by(*(c.desc() if descending else c.asc() for c in order))
        .offset(offset)
        .limit(limit)
    )


def scan_conditions(f: ClaimFilter, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """Conditions for a page of a search that matches many claims.

    Claims are read in the order of the sort index until the page is full, each checked
    against the words: for a word in most claims that reads a few hundred claims instead of
    joining every match to its highlights and sorting them all. On SQLite the words are
    looked up once (materialised) and each claim checked against those matches; each "+ 0"
    keeps SQLite from driving the query by the matches (looking up every matching claim, or
    every matching article for each claim). On PostgreSQL each claim's own index row and
    its articles' are tested (:func:`search.row_matches`).
    """
    f = cleaned(f)
    where = conditions(replace(f, search=None), dialect)
    query = search.prepared_query(f.search or "", dialect)
    if query is None:
        return [*where, Claim.id.is_(None)]
    if dialect != "sqlite":
        return [*where, search.row_matches(query, articles=f.search_articles)]
    in_claims = search.claim_matches(query).cte("search_claims").prefix_with("MATERIALIZED")
    matched: ColumnElement[bool] = (Claim.id + literal_column("0")).in_(select(in_claims.c.id))
    if f.search_articles:
        in_articles = (
            search.article_matches(query).cte("search_articles").prefix_with("MATERIALIZED")
        )
        shown = Highlight.__table__.alias("shown_in")
        matched = or_(
            matched,
            exists(
                select(literal(1))
                .select_from(shown)
                .where(
                    shown.c.claim_id == Claim.id,
                    (shown.c.article_id + literal_column("0")).in_(select(in_articles.c.id)),
                )
            ),
        )
    return [*where, matched]
