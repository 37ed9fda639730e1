"""Why a claim was found: the matched words in a snippet, in the claim or its article's text.

For the claims of one page of the review list, the FTS5 tables (read only) give a snippet
around the words that matched, marked with :data:`MARK_START` / :data:`MARK_END` (the window
turns them into bold with :func:`snippet_html`; :func:`snippet_text` drops them), and say
whether the claim itself matched (which field) or only the title or text of an article it
appears in. Other databases get the same answer without a snippet.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from claimtracker.core import search
from claimtracker.core.db import Database
from claimtracker.core.model import Article, Claim, Highlight

MARK_START, MARK_END = "\x02", "\x03"  # around each matched word in a snippet
ELLIPSIS = "\u2026"
SNIPPET_TOKENS = 16  # words around the match
CLAIM_FIELDS = ("statement", "claimant", "rationale", "quotes", "tags")
ARTICLE_FIELDS = ("title", "body")
# The index holds a space on each side of every CJK character (see search.index_text).
_PADDED_CJK = re.compile(f" ({MARK_START}?)({search._CJK.pattern})({MARK_END}?)(?= |$)( ?)")


@dataclass(frozen=True)
class Match:
    """Why one claim matched a search.

    ``where`` is ``claim`` (its statement, claimant, rationale, quotes or tags matched),
    ``article`` (only the title or text of an article it appears in) or ``both``. ``field``
    names what matched (a claim field, else ``title`` or ``body``); ``snippet`` is the text
    around the matched words with each one between the markers (empty where the database
    has no full-text index); ``article_id`` is the article whose text matched, if any.
    """

    claim_id: int
    where: str
    field: str
    snippet: str
    article_id: int | None = None
    article_field: str | None = None
    article_snippet: str = ""


def snippet_text(snippet: str) -> str:
    """The snippet as plain text (markers dropped)."""
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: text escaped, matched words in ``<b>``."""
    escaped = html.escape(snippet_text_safe(snippet), quote=False)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def snippet_text_safe(snippet: str) -> str:
    # Markers left unbalanced by a cut are closed, so the HTML stays well formed.
    opened = snippet.count(MARK_START) - snippet.count(MARK_END)
    return snippet + MARK_END * max(0, opened)


def _unpad(value: str) -> str:
    """Index text back to the original spacing around CJK characters."""
    return _PADDED_CJK.sub(lambda m: m[1] + m[2] + m[3], value).strip()


class MatchService:
    """Reads the full-text index to explain search results; never writes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def explain(
        self, user_input: str, claim_ids: Sequence[int], *, articles: bool = True
    ) -> dict[int, Match]:
        """Why each of ``claim_ids`` (one page of results) matches ``user_input``.

        Claims that do not match are left out. ``articles`` as in the filter's
        ``search_articles``: whether article text counts.
        """
        ids = sorted({int(i) for i in claim_ids})
        if not ids or not user_input.strip():
            return {}
        with self.db.read() as session:
            if self.db.engine.dialect.name != "sqlite":
                return self._plain(session, user_input, ids, articles)
            query = search.fts_query(user_input)
            if query is None:
                return {}
            in_claims = self._claim_snippets(session, query, ids)
            in_articles = self._article_snippets(session, query, ids) if articles else {}
        found: dict[int, Match] = {}
        for cid in ids:
            claim = in_claims.get(cid)
            article = in_articles.get(cid)
            if claim is None and article is None:
                continue
            where = "both" if claim and article else "claim" if claim else "article"
            field, snippet = claim or (article[1], article[2])  # type: ignore[index]
            found[cid] = Match(
                cid,
                where,
                field,
                snippet,
                article_id=article[0] if article else None,
                article_field=article[1] if article else None,
                article_snippet=article[2] if article else "",
            )
        return found

    # -- SQLite: FTS5 snippets --------------------------------------------------------------

    @staticmethod
    def _snippets(table: str, columns: Sequence[str]) -> str:
        parts = [
            f"snippet({table}, {i}, char(2), char(3), '{ELLIPSIS}', {SNIPPET_TOKENS})"
            for i in range(len(columns))
        ]
        return ", ".join(parts)

    def _claim_snippets(
        self, session: Session, query: str, ids: list[int]
    ) -> dict[int, tuple[str, str]]:
        table = search.CLAIMS_FTS
        marks = ",".join(str(i) for i in ids)
        rows = session.execute(
            text(
                f"SELECT rowid, {self._snippets(table, CLAIM_FIELDS)} FROM {table} "
                f"WHERE {table} MATCH :q AND rowid IN ({marks})"
            ),
            {"q": query},
        )
        found = {}
        for row in rows:
            for field, snippet in zip(CLAIM_FIELDS, row[1:], strict=True):
                if snippet and MARK_START in snippet:
                    found[row[0]] = (field, _unpad(snippet))
                    break
        return found

    def _article_snippets(
        self, session: Session, query: str, ids: list[int]
    ) -> dict[int, tuple[int, str, str]]:
        appears = session.execute(
            select(Highlight.claim_id, Highlight.article_id)
            .where(Highlight.claim_id.in_(ids))
            .order_by(Highlight.id)
        ).all()
        article_ids = sorted({a for _c, a in appears})
        if not article_ids:
            return {}
        table = search.ARTICLES_FTS
        marks = ",".join(str(i) for i in article_ids)
        snippets: dict[int, tuple[str, str]] = {}
        for row in session.execute(
            text(
                f"SELECT rowid, {self._snippets(table, ARTICLE_FIELDS)} FROM {table} "
                f"WHERE {table} MATCH :q AND rowid IN ({marks})"
            ),
            {"q": query},
        ):
            for field, snippet in zip(ARTICLE_FIELDS, row[1:], strict=True):
                if snippet and MARK_START in snippet:
                    snippets[row[0]] = (field, _unpad(snippet))
                    break
        found: dict[int, tuple[int, str, str]] = {}
        for claim_id, article_id in appears:
            if claim_id not in found and article_id in snippets:
                found[claim_id] = (article_id, *snippets[article_id])
        return found

    # -- elsewhere: which field holds the words, no snippet ---------------------------------

    @staticmethod
    def _plain(session: Session, user_input: str, ids: list[int], articles: bool) -> dict:
        words = [w.casefold() for w in user_input.split()]

        def holds(value: str | None) -> bool:
            folded = (value or "").casefold()
            return all(w in folded for w in words)

        found: dict[int, Match] = {}
        rows = session.execute(
            select(Claim.id, Claim.statement, Claim.claimant, Claim.rationale).where(
                Claim.id.in_(ids)
            )
        ).all()
        quotes: dict[int, list[str]] = {}
        appears: dict[int, list[int]] = {}
        for cid, exact, article_id in session.execute(
            select(Highlight.claim_id, Highlight.exact, Highlight.article_id).where(
                Highlight.claim_id.in_(ids)
            )
        ):
            quotes.setdefault(cid, []).append(exact)
            appears.setdefault(cid, []).append(article_id)
        for cid, statement, claimant, rationale in rows:
            values = (statement, claimant, rationale, "\n".join(quotes.get(cid, [])))
            field = next((f for f, v in zip(CLAIM_FIELDS, values, strict=False) if holds(v)), None)
            if field is not None:
                found[cid] = Match(cid, "claim", field, "")
        if articles:
            article_ids = {a for ids_ in appears.values() for a in ids_}
            titles = dict(
                session.execute(
                    select(Article.id, Article.title).where(Article.id.in_(article_ids))
                ).all()
            )
            for cid in ids:
                if cid in found:
                    continue
                article = next(iter(appears.get(cid, [])), None)
                if article is not None:
                    field = "title" if holds(titles.get(article)) else "body"
                    found[cid] = Match(cid, "article", field, "", article, field)
        return found
