"""Searches for words found in many claims: telling them apart, and the plans that suit them.

A word in most claims (or in the text of most articles) is found faster by reading claims in
the order shown and testing each until a page is full than by collecting every match first;
its count and summary read every match either way, and on PostgreSQL need help for that to
stay quick (:func:`read_index_tables`, :func:`summary_conditions`).
"""

from __future__ import annotations

import math
from dataclasses import replace

from sqlalchemy import ColumnElement, Select, func, select, text
from sqlalchemy.orm import Session

from claimtracker.core import search
from claimtracker.core.model import Article, Claim, Highlight
from claimtracker.core.services.query import ClaimFilter, cleaned, conditions

COMMON_SHARE = 0.05
"""A search matching at least this share of claims walks the sort index for its pages..."""
MAX_WALK = 5_000
"""...when the page is found within about this many claims (deep pages sort the matches)."""


def walk_sort_index(session: Session, f: ClaimFilter, sort: str, rows: int) -> bool:
    """Whether the first ``rows`` claims of this search are found faster by walking the
    index of ``sort``: when the words match so many claims that they fill after a few
    thousand. Statuses and verdicts are sorted by a position no index holds."""
    if not f.search or sort in ("status", "verdict"):
        return False
    return matches_at_least(session, f, max(COMMON_SHARE, rows / MAX_WALK))


def matches_at_least(session: Session, f: ClaimFilter, share: float) -> bool:
    """Whether the words of ``f`` match at least ``share`` of the claims.

    Claims matched through their articles are estimated from the number of highlights per
    article. SQLite counts the matches in FTS5, only as far as needed. PostgreSQL reads the
    planner's estimate (:func:`_estimated_rows`): counting a word found in most claims
    would take longer than the page it is for.
    """
    dialect = session.get_bind().dialect.name
    f = cleaned(f)
    query = search.prepared_query(f.search or "", dialect)
    if query is None or share > 1:
        return False
    claims = session.execute(select(func.max(Claim.id))).scalar() or 0
    needed = share * claims
    found: float = _matches(session, search.claim_matches(query, dialect), needed)
    if f.search_articles and found < needed:
        highlights = session.execute(select(func.max(Highlight.id))).scalar() or 0
        articles = session.execute(select(func.max(Article.id))).scalar() or 0
        per_article = highlights / max(1, articles)
        if per_article:
            in_articles = search.article_matches(query, dialect)
            found += per_article * _matches(session, in_articles, (needed - found) / per_article)
    return found >= needed and found > 0


def _matches(session: Session, matches: Select, enough: float) -> float:
    """How many rows ``matches`` gives, as far as ``enough`` (SQLite) or as estimated."""
    if session.get_bind().dialect.name != "sqlite":
        return _estimated_rows(session, matches)
    bounded = matches.limit(max(1, math.ceil(enough))).subquery()
    return session.execute(select(func.count()).select_from(bounded)).scalar_one()


def _estimated_rows(session: Session, statement: Select) -> float:
    """PostgreSQL's estimate of the rows a statement gives, from the statistics it keeps of
    the index words (``ANALYZE``, which autovacuum repeats as the data changes)."""
    compiled = statement.compile(dialect=session.get_bind().dialect)
    plan = (
        session.connection()
        .exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params)
        .scalar_one()
    )
    return float(plan[0]["Plan"]["Plan Rows"])


def read_index_tables(session: Session) -> None:
    """PostgreSQL: read the matches of the statements that follow through the GIN indexes.

    For a word in most claims or articles the planner prefers reading every row of
    ``claims_fts`` or ``articles_fts`` and testing it: its costs leave out reading each
    stored document back (the articles' are large, kept apart in TOAST) and testing it,
    which makes that scan three to six times slower than the index. Only for statements
    that read nothing but the index tables and ``highlights`` (each of which is read
    through an index anyway).
    """
    session.execute(text("SET LOCAL enable_seqscan = off"))


def summary_conditions(session: Session, f: ClaimFilter) -> list[ColumnElement[bool]]:
    """The conditions of the summary (counts by status and verdict) of ``f``.

    PostgreSQL, for words in many claims: every claim is read once and tested against two
    hashes (claims whose own words match, claims shown in matching articles), instead of
    merging the two lists into one and joining that to the claims, which takes twice as
    long; without parallel workers, each of which would build both hashes again.
    """
    dialect = session.get_bind().dialect.name
    f = cleaned(f)
    query = search.prepared_query(f.search or "", dialect) if f.search else None
    if dialect == "sqlite" or query is None or not matches_at_least(session, f, COMMON_SHARE):
        return conditions(f, dialect)
    session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    matched: ColumnElement[bool] = Claim.id.in_(search.claim_matches(query, dialect))
    if f.search_articles:
        shown = select(Highlight.claim_id).where(
            Highlight.article_id.in_(search.article_matches(query, dialect))
        )
        matched = matched | Claim.id.in_(shown)
    return [*conditions(replace(f, search=None), dialect), matched]
