"""Full-text search: SQLite FTS5 tables kept in step with claims and articles.

``unicode61 remove_diacritics 2`` makes ``inflacion`` and ``INFLACIÓN`` find ``inflación``.
That tokenizer keeps a run of CJK characters as one token, so indexed text and queries get a
space around each CJK character: a query for 東京 then matches the consecutive tokens 東 京
anywhere, even inside a longer run (the trigram tokenizer would need three characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Select,
    event,
    literal_column,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session, sessionmaker

from claimtracker.core.model import Article, Claim, Highlight, Tag

TOKENIZER = "unicode61 remove_diacritics 2"
CLAIMS_FTS = "claims_fts"
ARTICLES_FTS = "articles_fts"
FTS_TABLES = (CLAIMS_FTS, ARTICLES_FTS)

_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]"
)
_WORD = re.compile(r"\w")


def index_text(value: str | None) -> str:
    """Text as it goes into the index: each CJK character a token of its own."""
    return _CJK.sub(lambda m: f" {m.group()} ", value or "")


def fts_query(user_input: str) -> str | None:
    """An FTS5 query for what the user typed: every word must appear (as a word prefix).

    Each word is quoted as a phrase, so input such as ``"``, ``AND``, ``c++`` or ``-x`` is
    searched for as text instead of being read as FTS5 syntax. None when nothing searchable
    remains.
    """
    phrases = []
    for word in user_input.split():
        if not _WORD.search(word):
            continue
        phrases.append('"' + " ".join(index_text(word).split()).replace('"', '""') + '"*')
    return " ".join(phrases) or None


def create_tables(connection) -> None:
    """Create the FTS5 tables (SQLite only); used by the schema revision."""
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {CLAIMS_FTS} USING fts5("
            f"statement, claimant, rationale, quotes, tags, tokenize = '{TOKENIZER}')"
        )
    )
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {ARTICLES_FTS} USING fts5("
            f"title, body, tokenize = '{TOKENIZER}')"
        )
    )


def is_fts_table(name: str) -> bool:
    """True for the FTS5 tables and their shadow tables (which Alembic must leave alone)."""
    return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def reindex_claims(session: Session | Connection, claim_ids: Iterable[int]) -> None:
    """Bring the claims' index rows up to date (deleted claims lose theirs)."""
    ids = sorted(set(claim_ids))
    for chunk in _chunks(ids, 500):
        marks = ",".join(str(int(i)) for i in chunk)
        session.execute(text(f"DELETE FROM {CLAIMS_FTS} WHERE rowid IN ({marks})"))
        rows = session.execute(
            text(
                f"""SELECT c.id, c.statement, c.claimant, c.rationale,
                   (SELECT group_concat(h.exact, char(10)) FROM highlights h
                        WHERE h.claim_id = c.id),
                   (SELECT group_concat(t.name, ', ') FROM claim_tags ct
                        JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id)
                FROM claims c WHERE c.id IN ({marks})"""
            )
        ).all()
        if rows:
            session.execute(
                text(
                    f"INSERT INTO {CLAIMS_FTS} (rowid, statement, claimant, rationale, quotes, "
                    "tags) VALUES (:id, :s, :c, :r, :q, :t)"
                ),
                [
                    {
                        "id": r[0],
                        "s": index_text(r[1]),
                        "c": index_text(r[2]),
                        "r": index_text(r[3]),
                        "q": index_text(r[4]),
                        "t": index_text(r[5]),
                    }
                    for r in rows
                ],
            )


def reindex_articles(session: Session | Connection, article_ids: Iterable[int]) -> None:
    """Bring the articles' index rows (title and text) up to date."""
    for chunk in _chunks(sorted(set(article_ids)), 200):
        marks = ",".join(str(int(i)) for i in chunk)
        session.execute(text(f"DELETE FROM {ARTICLES_FTS} WHERE rowid IN ({marks})"))
        rows = session.execute(text(f"SELECT id, title, text FROM articles WHERE id IN ({marks})"))
        values = [{"id": r[0], "t": index_text(r[1]), "b": index_text(r[2])} for r in rows]
        if values:
            session.execute(
                text(f"INSERT INTO {ARTICLES_FTS} (rowid, title, body) VALUES (:id, :t, :b)"),
                values,
            )


def matching_claims(query: str, *, articles: bool = True) -> Select | CompoundSelect:
    """The ids of claims whose fields, quotes or tags (or articles) match, as a subquery.

    Straight from the index tables (a UNION with the article matches), so that
    ``claims.id IN (…)`` is answered by rowid lookups, not a scan of every claim.
    """
    in_claims: Select = (
        select(literal_column("rowid").label("id"))
        .select_from(text(CLAIMS_FTS))
        .where(text(f"{CLAIMS_FTS} MATCH :q_claims").bindparams(q_claims=query))
    )
    if not articles:
        return in_claims
    in_articles = select(Highlight.claim_id.label("id")).where(
        Highlight.article_id.in_(
            select(literal_column("rowid"))
            .select_from(text(ARTICLES_FTS))
            .where(text(f"{ARTICLES_FTS} MATCH :q_articles").bindparams(q_articles=query))
        )
    )
    return union(in_claims, in_articles)


def matching_articles(query: str) -> Select:
    """The ids of articles whose title or text match, as a subquery (the library's filter)."""
    return (
        select(literal_column("rowid"))
        .select_from(text(ARTICLES_FTS))
        .where(text(f"{ARTICLES_FTS} MATCH :q_library").bindparams(q_library=query))
    )


def install(factory: sessionmaker[Session]) -> None:
    """Keep the index in step with every write made through sessions of ``factory``."""
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "before_commit", _apply)


def _collect(session: Session, _context) -> None:
    claims: set[int] = session.info.setdefault("fts_claims", set())
    articles: set[int] = session.info.setdefault("fts_articles", set())
    tags: set[int] = session.info.setdefault("fts_tags", set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Claim):
            claims.add(obj.id)
        elif isinstance(obj, Highlight):
            claims.add(obj.claim_id)
        elif isinstance(obj, Article):
            articles.add(obj.id)
        elif isinstance(obj, Tag) and obj in session.dirty:
            tags.add(obj.id)


def _apply(session: Session) -> None:
    claims = session.info.pop("fts_claims", set())
    articles = session.info.pop("fts_articles", set())
    tags = session.info.pop("fts_tags", set())
    if not (claims or articles or tags) or session.get_bind().dialect.name != "sqlite":
        return
    if tags:
        marks = ",".join(str(int(t)) for t in tags)
        claims |= set(
            session.execute(
                text(f"SELECT claim_id FROM claim_tags WHERE tag_id IN ({marks})")
            ).scalars()
        )
    if claims:
        reindex_claims(session, claims)
    if articles:
        reindex_articles(session, articles)


def _chunks(values: list[int], size: int):
    for i in range(0, len(values), size):
        yield values[i : i + size]
