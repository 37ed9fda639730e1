"""Use cases for articles: import, list, read, replace the text with a newer version."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Text, func, select, type_coerce

from claimtracker.core.anchoring import TextSelector, reanchor
from claimtracker.core.db import Database
from claimtracker.core.errors import UserError
from claimtracker.core.importers import ImportedArticle, read_article_file
from claimtracker.core.model import Article, ArticleVersion, Highlight
from claimtracker.core.services import changelog
from claimtracker.core.services.convert import article_info
from claimtracker.core.services.dto import ArticleInfo
from claimtracker.core.text import normalize_text


@dataclass(frozen=True)
class ArticleMetadata:
    """Metadata given by the analyst; a field left None keeps what the importer found."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None

    def apply(self, article: ImportedArticle) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                setattr(article, f.name, value)


def _stamp(value, kind: type[date] | type[datetime]):
    """A date or time as SQLite stores it (ISO text) made a Python value; other backends
    return them converted already."""
    return kind.fromisoformat(value) if isinstance(value, str) else value


def sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text, used to recognise the same article imported twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArticleService:
    """Articles of one database; every method is one transaction."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def import_file(self, path: Path | str, metadata: ArticleMetadata | None = None) -> ArticleInfo:
        """Read, convert and store one file; nothing is stored if any step fails."""
        imported = read_article_file(path)
        return self.add(imported, metadata)

    def add_text(
        self, text: str, title: str, metadata: ArticleMetadata | None = None
    ) -> ArticleInfo:
        """Store pasted text as a new article."""
        text = normalize_text(text)
        if not text.strip():
            raise UserError("the text is empty")
        imported = ImportedArticle(
            text=text,
            title=title.strip() or text.strip().splitlines()[0][:200],
            source_format="paste",
            original=text.encode("utf-8"),
            encoding="utf-8",
        )
        return self.add(imported, metadata)

    def add(
        self, imported: ImportedArticle, metadata: ArticleMetadata | None = None
    ) -> ArticleInfo:
        """Store an imported article, refusing an exact duplicate of one already stored."""
        if metadata:
            metadata.apply(imported)
        digest = sha256(imported.text)
        with self.db.write() as session:
            existing = session.scalar(select(Article).where(Article.text_sha256 == digest))
            if existing is not None:
                raise UserError(
                    f"{imported.source_name or imported.title}: the same text is already "
                    f"article {existing.id} ({existing.title})"
                )
            article = Article(
                title=imported.title or "Untitled",
                outlet=imported.outlet,
                author=imported.author,
                url=imported.url,
                language=imported.language,
                published_at=imported.published_at,
                text=imported.text,
                text_sha256=digest,
                source_format=imported.source_format,
                source_name=imported.source_name,
                encoding=imported.encoding,
                original=imported.original,
            )
            session.add(article)
            session.flush()
            changelog.record(
                session, self.actor, "create", "article", article.uuid, "title", None, article.title
            )
            return replace(article_info(article), warnings=tuple(imported.warnings))

    def all(self) -> list[ArticleInfo]:
        """All articles with their number of claims, newest first."""
        return self._infos()

    def get(self, article_id: int) -> ArticleInfo:
        found = self._infos(Article.id == article_id)
        if not found:
            raise UserError(f"no article with id {article_id}")
        return found[0]

    def _infos(self, *conditions) -> list[ArticleInfo]:
        """The listed columns of articles with their claim counts (Core queries: no ORM rows,
        no article text), newest first.

        The columns and the counts are read by two statements and put together here: on
        SQLite the columns come from one covering index and the counts from another, where
        joining the two made SQLite build a temporary index (three times slower).
        """
        query = (
            select(
                Article.id,
                Article.uuid,
                Article.title,
                Article.outlet,
                Article.author,
                Article.url,
                Article.language,
                # Read as stored and converted below: SQLAlchemy's parsing of SQLite's date
                # text took two thirds of the listing's time at 10,000 articles.
                type_coerce(Article.published_at, Text),
                type_coerce(Article.imported_at, Text),
                Article.source_format,
                Article.version,
            )
            .where(*conditions)
            .order_by(Article.imported_at.desc(), Article.id.desc())
        )
        counting = select(
            Highlight.article_id, func.count(func.distinct(Highlight.claim_id))
        ).group_by(Highlight.article_id)
        if conditions:
            counting = counting.where(
                Highlight.article_id.in_(select(Article.id).where(*conditions))
            )
        with self.db.read() as session:
            conn = session.connection()  # plain rows: the ORM's row handling is not needed
            rows = conn.execute(query).all()
            counts = {article: n for article, n in conn.execute(counting)}
        return [
            ArticleInfo(
                *row[:7],
                _stamp(row[7], date),
                _stamp(row[8], datetime),
                row[9],
                counts.get(row[0], 0),
                row[10],
            )
            for row in rows
        ]

    def claim_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        """How many claims appear in each of these articles."""
        ids = list(article_ids)
        query = (
            select(Highlight.article_id, func.count(func.distinct(Highlight.claim_id)))
            .where(Highlight.article_id.in_(ids))
            .group_by(Highlight.article_id)
        )
        with self.db.read() as session:
            found = {article: count for article, count in session.execute(query)}
        return {i: found.get(i, 0) for i in ids}

    def text(self, article_id: int) -> str:
        """The exact text that highlight offsets refer to."""
        with self.db.read() as session:
            return self._article(session, article_id).text

    def replace_text(self, article_id: int, imported: ImportedArticle) -> dict[str, int]:
        """Store a newer version of an article; the old text is kept, highlights re-anchored.

        Returns how many highlights ended in each anchoring state.
        """
        with self.db.write() as session:
            article = self._article(session, article_id)
            session.add(
                ArticleVersion(
                    article_id=article.id,
                    version=article.version,
                    text=article.text,
                    text_sha256=article.text_sha256,
                    source_format=article.source_format,
                    original=article.original,
                )
            )
            old_sha = article.text_sha256
            article.text = imported.text
            article.text_sha256 = sha256(imported.text)
            article.original = imported.original
            article.source_format = imported.source_format
            article.version += 1
            changelog.record(
                session,
                self.actor,
                "update",
                "article",
                article.uuid,
                "text_sha256",
                old_sha,
                article.text_sha256,
            )
            states: dict[str, int] = {}
            for h in article.highlights:
                anchor = reanchor(
                    imported.text, TextSelector(h.start, h.end, h.exact, h.prefix, h.suffix)
                )
                states[anchor.state] = states.get(anchor.state, 0) + 1
                if (h.start, h.end, h.state) != (
                    anchor.selector.start,
                    anchor.selector.end,
                    anchor.state,
                ):
                    changelog.record(
                        session,
                        self.actor,
                        "update",
                        "highlight",
                        h.uuid,
                        "anchor",
                        f"{h.start}-{h.end} {h.state}",
                        f"{anchor.selector.start}-{anchor.selector.end} {anchor.state}",
                    )
                sel = anchor.selector
                h.start, h.end, h.exact, h.prefix, h.suffix = (
                    sel.start,
                    sel.end,
                    sel.exact,
                    sel.prefix,
                    sel.suffix,
                )
                h.state = anchor.state
            return states

    @staticmethod
    def _article(session, article_id: int) -> Article:
        article = session.get(Article, article_id)
        if article is None:
            raise UserError(f"no article with id {article_id}")
        return article
