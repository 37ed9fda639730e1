"""Full-text search over claims and articles, on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Both backends keep one index row per claim (statement, claimant, rationale, quotes, tags) in
``claims_fts`` and one per article (title, text) in ``articles_fts``, written by the same
:func:`reindex_claims` / :func:`reindex_articles`, and give the same answers: accents and case
do not matter, every typed word must appear as a word prefix, and anything the user types is
searched as text, never read as query syntax.

SQLite: ``unicode61 remove_diacritics 2`` makes ``inflacion`` and ``INFLACIÓN`` find
``inflación``. That tokenizer keeps a run of CJK characters as one token, so indexed text and
queries get a space around each CJK character: a query for 東京 then matches the consecutive
tokens 東 京 anywhere, even inside a longer run (the trigram tokenizer would need three
characters).

PostgreSQL: the text is folded and split into words here, in Python (:func:`words`), and
handed over as a ``tsvector`` literal with positions, so the server's parser, its locale and
extensions such as ``unaccent`` play no part (a database created with the C locale would
otherwise drop every non-ASCII letter) and both backends split text the same way. Queries are
``tsquery`` literals of the same folded words: ``'infla':*`` for a prefix, ``<->`` between
the parts of one typed word (``2,1``, 東京), ``&`` between typed words; the claimant carries
weight B so that the claimant filter can ask for ``:B``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    bindparam,
    cast,
    column,
    exists,
    literal_column,
    or_,
    select,
    table,
    text,
    union,
)
from sqlalchemy.orm import Session

from claimtracker.core.chunks import chunks
from claimtracker.core.model import Claim, Highlight, Tag, claim_tags

TOKENIZER = "unicode61 remove_diacritics 2"
CLAIMS_FTS = "claims_fts"
ARTICLES_FTS = "articles_fts"
FTS_TABLES = (CLAIMS_FTS, ARTICLES_FTS)
CLAIM_COLUMNS = ("statement", "claimant", "rationale", "quotes", "tags")

_fts_claims = table(CLAIMS_FTS, column("rowid"))
_fts_articles = table(ARTICLES_FTS, column("rowid"))
# PostgreSQL's index tables (ordinary tables there; FTS5 virtual tables on SQLite).
pg_claims = table(CLAIMS_FTS, column("id"), column("document"))
pg_articles = table(ARTICLES_FTS, column("id"), column("document"))

# Limits of a PostgreSQL tsvector: positions go up to 16,383 (later words are kept without
# one), a lexeme keeps at most 256 of them, and the whole value must stay under 1 MB.
_MAX_POSITION = 16_383
_MAX_POSITIONS_PER_WORD = 256
_MAX_VECTOR_CHARS = 900_000

_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]"
)
_WORD = re.compile(r"\w")
_TOKEN = re.compile(r"[^\W_]+")


def index_text(value: str | None) -> str:
    """Text as it goes into the index: each CJK character a token of its own."""
    return _CJK.sub(lambda m: f" {m.group()} ", value or "")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(value: str | None) -> list[str]:
    """The index words of a text: case and accents folded away, CJK one character each."""
    folded = "".join(_fold_char(c) if ord(c) > 127 else c for c in index_text(value).casefold())
    return _TOKEN.findall(folded)


# -- queries ----------------------------------------------------------------------------------


def fts_query(user_input: str, column_name: str | None = None) -> str | None:
    """An FTS5 query for what the user typed: every word must appear (as a word prefix).

    Each word is quoted as a phrase, so input such as ``"``, ``AND``, ``c++`` or ``-x`` is
    searched for as text instead of being read as FTS5 syntax. ``column_name`` limits the
    match to one column. None when nothing searchable remains.
    """
    phrases = []
    for word in user_input.split():
        if not _WORD.search(word):
            continue
        phrases.append('"' + " ".join(index_text(word).split()).replace('"', '""') + '"*')
    if not phrases:
        return None
    if column_name:
        return f"{column_name} : ({' '.join(phrases)})"
    return " ".join(phrases)


def ts_query(user_input: str, weight: str = "") -> str | None:
    """The PostgreSQL ``tsquery`` literal with the meaning of :func:`fts_query`.

    Every lexeme is one folded word (letters and digits only) in quotes, so nothing the user
    types can be read as tsquery syntax. ``weight`` ("B": the claimant) limits the match to
    words of that weight. None when nothing searchable remains.
    """
    terms = []
    for word in user_input.split():
        parts = words(word)
        if not parts:
            continue
        quoted = [f"'{p}':{weight}" if weight else f"'{p}'" for p in parts[:-1]]
        quoted.append(f"'{parts[-1]}':*{weight}")
        terms.append(" <-> ".join(quoted))
    return " & ".join(f"({t})" for t in terms) or None


def prepared_query(user_input: str, dialect: str, column_name: str | None = None) -> str | None:
    """The backend's query for what the user typed (None when nothing is searchable)."""
    if dialect == "sqlite":
        return fts_query(user_input, column_name)
    return ts_query(user_input, "B" if column_name == "claimant" else "")


def matching_claims(
    query: str, *, articles: bool = True, dialect: str = "sqlite"
) -> Select | CompoundSelect:
    """The ids of claims whose fields, quotes or tags (or articles) match, as a subquery.

    Straight from the index tables (a UNION with the article matches), so that
    ``claims.id IN (…)`` is answered by index lookups, not a scan of every claim.
    """
    in_claims = claim_matches(query, dialect)
    if not articles:
        return in_claims
    in_articles = select(Highlight.claim_id.label("id")).where(
        Highlight.article_id.in_(article_matches(query, dialect))
    )
    return union(in_claims, in_articles)


def claim_matches(query: str, dialect: str = "sqlite") -> Select:
    """Ids of the claims whose own index row matches ``query``."""
    if dialect == "sqlite":
        return select(_fts_claims.c.rowid.label("id")).where(
            literal_column(CLAIMS_FTS).bool_op("MATCH")(query)
        )
    return select(pg_claims.c.id).where(pg_claims.c.document.bool_op("@@")(_tsquery(query)))


def article_matches(query: str, dialect: str = "sqlite") -> Select:
    """Ids of the articles whose title or text matches ``query``."""
    if dialect == "sqlite":
        return select(_fts_articles.c.rowid.label("id")).where(
            literal_column(ARTICLES_FTS).bool_op("MATCH")(query)
        )
    return select(pg_articles.c.id).where(pg_articles.c.document.bool_op("@@")(_tsquery(query)))


def row_matches(query: str, *, articles: bool = True) -> ColumnElement[bool]:
    """PostgreSQL: whether the claim of the current row matches ``query`` (or, with
    ``articles``, an article it appears in), tested for that claim alone.

    For a page of a search that matches most claims: claims are read in the order of the
    sort index and each is tested with two index lookups, until the page is full. ``OFFSET
    0`` keeps PostgreSQL from turning a test into a hash of every match, built before the
    first row is read (which would read every match, the cost this walk avoids).
    """
    tsquery = _tsquery(query)
    own: Select = (
        select(literal_column("1"))
        .select_from(pg_claims)
        .where(pg_claims.c.id == Claim.id, pg_claims.c.document.bool_op("@@")(tsquery))
        .offset(literal_column("0"))
    )
    if not articles:
        return exists(own)
    shown: Select = (
        select(literal_column("1"))
        .select_from(Highlight)
        .join(pg_articles, pg_articles.c.id == Highlight.article_id)
        .where(Highlight.claim_id == Claim.id, pg_articles.c.document.bool_op("@@")(tsquery))
        .offset(literal_column("0"))
    )
    return or_(exists(own), exists(shown))


def _tsquery(query: str):
    # Imported here: the PostgreSQL dialect (and asyncio with it) is not needed on SQLite,
    # and this module is on the path to the first window.
    from sqlalchemy.dialects.postgresql import TSQUERY

    return cast(bindparam(None, query), TSQUERY)


# -- the index --------------------------------------------------------------------------------


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
    """True for the index tables and FTS5's shadow tables (which Alembic must leave alone)."""
    return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def _dialect(session: Session | Connection) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name


def reindex_claims(session: Session | Connection, claim_ids: Iterable[int]) -> None:
    """Bring the claims' index rows up to date (deleted claims lose theirs)."""
    from sqlalchemy import func

    dialect = _dialect(session)
    quotes = (
        select(func.aggregate_strings(Highlight.exact, "\n"))
        .where(Highlight.claim_id == Claim.id)
        .scalar_subquery()
    )
    tags = (
        select(func.aggregate_strings(Tag.name, ", "))
        .join(claim_tags, claim_tags.c.tag_id == Tag.id)
        .where(claim_tags.c.claim_id == Claim.id)
        .scalar_subquery()
    )
    for chunk in chunks(sorted(set(claim_ids))):
        _delete_rows(session, CLAIMS_FTS, chunk, dialect)
        rows = session.execute(
            select(Claim.id, Claim.statement, Claim.claimant, Claim.rationale, quotes, tags).where(
                Claim.id.in_(chunk)
            )
        ).all()
        if not rows:
            continue
        if dialect == "sqlite":
            session.execute(
                text(
                    f"INSERT INTO {CLAIMS_FTS} (rowid, statement, claimant, rationale, quotes, "
                    "tags) VALUES (:id, :s, :c, :r, :q, :t)"
                ),
                [
                    {"id": r[0], **{k: index_text(v) for k, v in zip("scrqt", r[1:], strict=True)}}
                    for r in rows
                ],
            )
        else:
            _insert_vectors(
                session,
                CLAIMS_FTS,
                [(r[0], tsvector([r[1], (r[2], "B"), r[3], r[4], r[5]])) for r in rows],
            )


def reindex_articles(session: Session | Connection, article_ids: Iterable[int]) -> None:
    """Bring the articles' index rows (title and text) up to date."""
    dialect = _dialect(session)
    for chunk in chunks(sorted(set(article_ids)), 200):
        _delete_rows(session, ARTICLES_FTS, chunk, dialect)
        marks = ",".join(str(int(i)) for i in chunk)
        rows = session.execute(
            text(f"SELECT id, title, text FROM articles WHERE id IN ({marks})")
        ).all()
        if not rows:
            continue
        if dialect == "sqlite":
            session.execute(
                text(f"INSERT INTO {ARTICLES_FTS} (rowid, title, body) VALUES (:id, :t, :b)"),
                [{"id": r[0], "t": index_text(r[1]), "b": index_text(r[2])} for r in rows],
            )
        else:
            _insert_vectors(session, ARTICLES_FTS, [(r[0], tsvector([r[1], r[2]])) for r in rows])


def tsvector(fields: list[str | None | tuple[str | None, str]]) -> str:
    """A PostgreSQL ``tsvector`` literal of the fields' words with their positions.

    A field is text, or (text, weight). Positions jump between fields, so that a phrase
    never matches across two of them (as in FTS5, where each field is a column).
    """
    positions: dict[tuple[str, str], list[int]] = {}
    position = 1
    for field in fields:
        value, weight = field if isinstance(field, tuple) else (field, "")
        for word in words(value):
            found = positions.setdefault((word, weight), [])
            if position <= _MAX_POSITION and len(found) < _MAX_POSITIONS_PER_WORD:
                found.append(position)
            position += 1
        position += 2
    parts: list[str] = []
    size = 0
    for (word, weight), at in positions.items():
        part = f"'{word}'" + (":" + ",".join(f"{p}{weight}" for p in at) if at else "")
        size += len(part) + 1
        if size > _MAX_VECTOR_CHARS:
            break  # what a tsvector cannot hold stays out of the index
        parts.append(part)
    return " ".join(parts)


def _delete_rows(session, table_name: str, ids: list[int], dialect: str) -> None:
    key = "rowid" if dialect == "sqlite" else "id"
    marks = ",".join(str(int(i)) for i in ids)
    session.execute(text(f"DELETE FROM {table_name} WHERE {key} IN ({marks})"))


def _insert_vectors(session, table_name: str, rows: list[tuple[int, str]]) -> None:
    session.execute(
        text(f"INSERT INTO {table_name} (id, document) VALUES (:id, CAST(:doc AS tsvector))"),
        [{"id": row_id, "doc": document} for row_id, document in rows],
    )
