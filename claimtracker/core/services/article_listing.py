"""The article library's listing: the listed columns of articles with their claim counts,
newest import first, a page at a time and narrowed by the library's filter.

Pages follow one another by their sort key, ``(imported_at, id)``, not by an offset: the page
after an article starts where that article's key is, so a deep page costs what the first one
does, and an article imported meanwhile does not shift the pages already read. The key of the
article to start after is read by the query itself (a subquery), never sent as a value: SQLite
compares the stored text, which a value rendered here might write differently.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, Text, and_, func, literal, or_, select, tuple_, type_coerce
from sqlalchemy.orm import Session, aliased

from claimtracker.core.chunks import chunks
from claimtracker.core.model import Article, Highlight
from claimtracker.core.search import article_matches, prepared_query
from claimtracker.core.services.dto import ArticleInfo
from claimtracker.core.services.query import contains

_COLUMNS = (
    Article.id,
    Article.uuid,
    Article.title,
    Article.outlet,
    Article.author,
    Article.url,
    Article.language,
    # Read as stored and converted below: SQLAlchemy's parsing of SQLite's date text took
    # two thirds of the listing's time at 10,000 articles.
    type_coerce(Article.published_at, Text),
    type_coerce(Article.imported_at, Text),
    Article.source_format,
    Article.version,
    Article.text_version,
    type_coerce(Article.retrieved_at, Text),
)
_NARROWED = (Article.title, Article.outlet, Article.author, Article.url)


def _stamp(value, kind: type[date] | type[datetime]):
    """A date or time as SQLite stores it (ISO text) made a Python value; other backends
    return them converted already."""
    return kind.fromisoformat(value) if isinstance(value, str) else value


def _key_of(article_id: int):
    """The sort key of one article, read by the statement that compares with it."""
    other = aliased(Article)
    imported_at = select(other.imported_at).where(other.id == article_id).scalar_subquery()
    return tuple_(imported_at, literal(article_id))


def narrowing(words: str, dialect: str) -> list[ColumnElement[bool]]:
    """Every word of ``words`` in the title, outlet, author or address (case ignored)."""
    conditions: list[ColumnElement[bool]] = []
    for word in words.casefold().split():
        pattern = contains(word)
        if dialect == "sqlite" and not word.isascii():
            # SQLite's LIKE ignores the case of ASCII letters only; ``casefold`` is Python's,
            # registered on every connection by claimtracker.core.db.
            found = [func.casefold(c).like(pattern, escape="\\") for c in _NARROWED]
        else:
            found = [c.ilike(pattern, escape="\\") for c in _NARROWED]
        conditions.append(or_(*found))
    return conditions


def text_search(value: str, dialect: str) -> ColumnElement[bool]:
    """Articles whose title or text have every word of ``value`` (full-text search: accents
    and case ignored, words as prefixes), or whose outlet or author contain it."""
    outlet_or_author = or_(
        Article.outlet.ilike(contains(value), escape="\\"),
        Article.author.ilike(contains(value), escape="\\"),
    )
    match = prepared_query(value, dialect)
    if match is None:
        return outlet_or_author
    return or_(Article.id.in_(article_matches(match, dialect)), outlet_or_author)


def library_filter(words: str, text: bool, dialect: str) -> list[ColumnElement[bool]]:
    """The library's filter: ``words`` narrow by title, outlet, author and address; with
    ``text``, the articles the full-text search finds for them are listed too."""
    narrow = narrowing(words, dialect)
    if not narrow or not text:
        return narrow
    return [or_(and_(*narrow), text_search(words.strip(), dialect))]


def infos(
    session: Session,
    *conditions: ColumnElement[bool],
    limit: int | None = None,
    after: int | None = None,
    through: int | None = None,
    counted: dict[int, int] | None = None,
) -> list[ArticleInfo]:
    """Articles meeting ``conditions`` with their claim counts, newest import first: at most
    ``limit``, those listed after article ``after``, none listed after article ``through``;
    ``counted``: the claim counts, already known.

    An ``after`` or ``through`` article that no longer exists lists nothing. Columns and
    counts are read by separate statements (Core, no ORM rows, no article text): on SQLite
    the columns come from one covering index and the counts from another, where joining the
    two made SQLite build a temporary index.
    """
    key = tuple_(Article.imported_at, Article.id)
    where = list(conditions)
    if after is not None:
        where.append(key < _key_of(after))
    if through is not None:
        where.append(key >= _key_of(through))
    query = (
        select(*_COLUMNS)
        .where(*where)
        .order_by(Article.imported_at.desc(), Article.id.desc())
        .limit(limit)
    )
    conn = session.connection()  # plain rows: the ORM's row handling is not needed
    rows = conn.execute(query).all()
    counts = (
        counted
        if counted is not None
        else claim_counts(session, [row[0] for row in rows], every=not where and limit is None)
    )
    return [
        ArticleInfo(
            *row[:7],
            _stamp(row[7], date),
            _stamp(row[8], datetime),
            row[9],
            counts.get(row[0], 0),
            row[10],
            row[11],
            _stamp(row[12], datetime),
        )
        for row in rows
    ]


def claim_counts(session: Session, article_ids: list[int], every: bool) -> dict[int, int]:
    """How many claims appear in each of these articles (those with none left out);
    ``every``: the ids are all the articles, counted in one statement."""
    conn = session.connection()
    counting = select(Highlight.article_id, func.count(func.distinct(Highlight.claim_id))).group_by(
        Highlight.article_id
    )
    if every:
        return {article: n for article, n in conn.execute(counting)}
    counts: dict[int, int] = {}
    for chunk in chunks(article_ids):
        query = counting.where(Highlight.article_id.in_(chunk))
        counts.update((article, n) for article, n in conn.execute(query))
    return counts
