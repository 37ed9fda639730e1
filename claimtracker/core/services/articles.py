"""Use cases for articles: import (files, pasted text, web pages), list, search, read,
correct the metadata, delete and restore. Newer texts: :mod:`.versions`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, ConflictError, UserError, no_article
from claimtracker.core.importers import ImportedArticle, read_article_file
from claimtracker.core.importers.plain import short_title
from claimtracker.core.model import Article
from claimtracker.core.services import changelog
from claimtracker.core.services.article_claims import article_claims
from claimtracker.core.services.article_deletion import (
    ArticleSnapshot,
    delete_article,
    restore_article,
    snapshot_content,
    take_snapshot,
)
from claimtracker.core.services.article_listing import (
    claim_counts,
    infos,
    library_filter,
    text_search,
)
from claimtracker.core.services.convert import article_info
from claimtracker.core.services.dto import ArticleInfo, OpenedArticle
from claimtracker.core.services.versions import naive_utc, sha256_bytes, sha256_text
from claimtracker.core.text import normalize_text

PAGE_SIZE = 200
"""Articles in one page of the library: more than a tall list shows, read in a few ms."""
ARTICLE_FIELDS = ("title", "outlet", "author", "published_at", "url", "language")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


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


def sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text, used to recognise the same article imported twice."""
    return sha256_text(text)


def validated_fields(changes: dict[str, object]) -> dict[str, object]:
    """Article fields as stored: text trimmed (empty is None), a date, a web address, a
    language tag; a bad value is one clear :class:`UserError`."""
    unknown = set(changes) - set(ARTICLE_FIELDS)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "unknown article field(s): {names}"),
            names=", ".join(sorted(unknown)),
        )
    values: dict[str, object] = {}
    for key, value in changes.items():
        if key == "published_at":
            if value is not None and not isinstance(value, date):
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "published_at must be a date (YYYY-MM-DD)")
                )
            values[key] = value
            continue
        text = " ".join(str(value or "").split()) or None
        if key == "title" and text is None:
            raise UserError(QT_TRANSLATE_NOOP("Core", "an article needs a title"))
        if key == "url" and text is not None:
            scheme, _, rest = text.partition("://")
            if scheme.lower() not in ("http", "https") or not rest.strip("/"):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core", "not a web address: {value!r} (give the full https://… address)"
                    ),
                    value=text,
                )
        if key == "language" and text is not None and not _LANGUAGE.match(text):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Core", "not a language code: {value!r} (for example es, en, pt-BR)"
                ),
                value=text,
            )
        values[key] = text
    return values


class ArticleService:
    """Articles of one database; every method is one transaction."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def import_file(self, path: Path | str, metadata: ArticleMetadata | None = None) -> ArticleInfo:
        """Read, convert and store one file; nothing is stored if any step fails."""
        imported = read_article_file(path)
        return self.add(imported, metadata)

    def import_url(
        self, url: str, metadata: ArticleMetadata | None = None, *, timeout: float | None = None
    ) -> ArticleInfo:
        """Fetch a web page and store its article (slow: call it off the window's thread).

        A page already imported (same address) is refused: a newer text of it is a new
        version of that article (:meth:`ArticleVersionService.read_source`, then
        ``add_version``). ``timeout`` bounds each wait for the server (default 20 s).
        """
        from claimtracker.core.importers.fetch import fetch_article

        self._refuse_known_url(url)
        imported = fetch_article(url, **({} if timeout is None else {"timeout": timeout}))
        self._refuse_known_url(imported.source_url or url, shown=url)
        return self.add(imported, metadata)

    def _refuse_known_url(self, url: str, shown: str | None = None) -> None:
        known = self.find_by_url(url)
        if known is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{url} is already article {id} ({title}); update that article to get a "
                    "newer version",
                ),
                url=shown or url,
                id=str(known.id),
                title=known.title,
            )

    def add_text(
        self, text: str, title: str, metadata: ArticleMetadata | None = None
    ) -> ArticleInfo:
        """Store pasted text as a new article."""
        text = normalize_text(text)
        if not text.strip():
            raise UserError(QT_TRANSLATE_NOOP("Core", "the text is empty"))
        imported = ImportedArticle(
            text=text,
            title=title.strip() or short_title(text.strip().splitlines()[0]),
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
                    QT_TRANSLATE_NOOP(
                        "Core", "{name}: the same text is already article {id} ({title})"
                    ),
                    name=imported.source_name or imported.title,
                    id=str(existing.id),
                    title=existing.title,
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
                original_sha256=sha256_bytes(imported.original),
                source_url=imported.source_url,
                redirects=json.dumps(imported.redirects) if imported.redirects else None,
                retrieved_at=naive_utc(imported.retrieved_at),
            )
            session.add(article)
            session.flush()
            changelog.record(
                session, self.actor, "create", "article", article.uuid, "title", None, article.title
            )
            return replace(article_info(article), warnings=tuple(imported.warnings))

    def all(self) -> list[ArticleInfo]:
        """All articles with their number of claims, newest first."""
        return self.page(None)

    def page(
        self,
        limit: int | None = PAGE_SIZE,
        *,
        after: int | None = None,
        through: int | None = None,
        words: str = "",
        text: bool = False,
    ) -> list[ArticleInfo]:
        """A page of the library: articles with their number of claims, newest first, at
        most ``limit`` (None: no limit), those listed after article ``after``, none listed
        after article ``through``.

        ``words`` narrow it to the articles whose title, outlet, author or address contain
        every word (case ignored); with ``text``, those whose text has the words (the
        full-text search of :meth:`search`) are listed too. An ``after`` or ``through``
        article that no longer exists lists nothing.
        """
        conditions = library_filter(words, text, self.db.engine.dialect.name)
        with self.db.read() as session:
            return infos(session, *conditions, limit=limit, after=after, through=through)

    def get(self, article_id: int) -> ArticleInfo:
        found = self._infos(Article.id == article_id)
        if not found:
            raise no_article(article_id)
        return found[0]

    def _infos(self, *conditions) -> list[ArticleInfo]:
        with self.db.read() as session:
            return infos(session, *conditions)

    def claim_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        """How many claims appear in each of these articles."""
        ids = list(article_ids)
        with self.db.read() as session:
            found = claim_counts(session, ids, every=False)
        return {i: found.get(i, 0) for i in ids}

    def text(self, article_id: int) -> str:
        """The exact text that highlight offsets refer to."""
        with self.db.read() as session:
            return self._text(session, article_id)

    def opening(self, article_id: int) -> OpenedArticle:
        """The article, its exact text and its claims with their highlights, read from one
        snapshot of the database (the highlights' offsets are offsets into this text)."""
        with self.db.read() as session:
            if self.db.engine.dialect.name == "postgresql":  # SQLite reads from one anyway
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            text = self._text(session, article_id)
            claims = article_claims(session.connection(), article_id)
            info = infos(session, Article.id == article_id, counted={article_id: len(claims)})
            return OpenedArticle(info[0], text, claims)

    @staticmethod
    def _text(session, article_id: int) -> str:
        text = session.connection().scalar(select(Article.text).where(Article.id == article_id))
        if text is None:
            raise no_article(article_id)
        return text

    def find_by_url(self, url: str) -> ArticleInfo | None:
        """The article imported from this address (as given, or after its redirects)."""
        url = url.strip()
        found = self._infos(or_(Article.url == url, Article.source_url == url))
        return found[0] if found else None

    def search(self, query: str) -> list[ArticleInfo]:
        """Articles whose title or text (or outlet, or author) has every word of ``query``,
        accents and case ignored, words matched as prefixes; newest first."""
        value = query.strip()
        if not value:
            return self.all()
        return self._infos(text_search(value, self.db.engine.dialect.name))

    # -- editing ----------------------------------------------------------------------------

    def update(
        self,
        article_id: int,
        *,
        expected_version: int | None = None,
        expected_values: dict[str, object] | None = None,
        **changes: object,
    ) -> ArticleInfo:
        """Correct the article's title, outlet, author, publication date, URL or language.

        Refused (:class:`ConflictError`) when the stored article is not at
        ``expected_version`` or does not hold ``expected_values``.
        """
        values = validated_fields(changes)
        with self.db.write() as session:
            article = self._article(session, article_id)
            stored = {k: getattr(article, k) for k in values}
            base = {k: getattr(article, k) for k in expected_values or {}}
            if (expected_version is not None and article.version != expected_version) or (
                expected_values is not None and base != dict(expected_values)
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Core", "article {id} was changed elsewhere while you were editing it"
                    ),
                    id=str(article.id),
                    theirs=stored,
                    mine=dict(values),
                    version=article.version,
                )
            changed = False
            for key, value in values.items():
                old = getattr(article, key)
                if old != value:
                    setattr(article, key, value)
                    changelog.record(
                        session, self.actor, "update", "article", article.uuid, key, old, value
                    )
                    changed = True
            if changed:
                article.version += 1
            session.flush()
            return infos(session, Article.id == article.id)[0]

    def delete(
        self,
        article_id: int,
        *,
        expected_version: int | None = None,
        expected_state: ArticleSnapshot | None = None,
    ) -> ArticleSnapshot:
        """Delete an article with its texts, highlights and the claims that appear only in it
        (see :mod:`~claimtracker.core.services.article_deletion`); returns all of it for undo.

        Refused when the article is not at ``expected_version``, or differs from
        ``expected_state`` (a restored snapshot) in anything but its record version.
        """
        with self.db.write() as session:
            article = self._article(session, article_id)
            if expected_version is not None and article.version != expected_version:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "article {id} was changed elsewhere; look at it again before deleting it",
                    ),
                    id=str(article.id),
                    version=article.version,
                )
            if expected_state is not None and snapshot_content(
                take_snapshot(session, article)
            ) != snapshot_content(expected_state):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "article {id} or its claims changed since it was restored; nothing was "
                        "deleted",
                    ),
                    id=str(article.id),
                    version=article.version,
                )
            return delete_article(session, article, self.actor)

    def restore(self, snapshot: ArticleSnapshot) -> ArticleInfo:
        """Bring back a deleted article with its texts, highlights and claims."""
        from claimtracker.core.services.claims import ClaimService

        with self.db.write() as session:
            restore_article(session, snapshot, ClaimService(self.db, self.actor), self.actor)
            session.flush()
            return infos(session, Article.id == snapshot.row["id"])[0]

    def replace_text(self, article_id: int, imported: ImportedArticle) -> dict[str, int]:
        """Store a newer version of an article (see :meth:`ArticleVersionService.add_version`);
        returns how many highlights ended in each anchoring state (states with none left out).
        """
        from claimtracker.core.services.versions import ArticleVersionService

        report = ArticleVersionService(self.db, self.actor).add_version(article_id, imported)
        return {state: n for state, n in report.counts.items() if n}

    @staticmethod
    def _article(session, article_id: int) -> Article:
        article = session.get(Article, article_id)
        if article is None:
            raise no_article(article_id)
        return article
