"""Newer versions of an article: stored beside the earlier ones, highlights re-anchored,
fuzzy matches reviewed by the analyst, differences between any two versions.

The article row holds the current text (number ``text_version``); each earlier text is an
``article_versions`` row with its original bytes and where and when it came from. A new
version re-anchors every highlight: a quote still found exactly is ``anchored`` or ``moved``;
a similar wording is ``fuzzy``, keeping the quote as first recorded in ``exact`` and the new
wording in ``current_exact`` until the analyst accepts it (it becomes the quote) or rejects it
(``orphaned``); a quote not found is ``orphaned``, kept and listed, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimtracker.core.anchoring import AnchorState, TextSelector, make_selector, reanchor
from claimtracker.core.db import Database
from claimtracker.core.diffing import DiffSegment, word_diff
from claimtracker.core.errors import QT_TRANSLATE_NOOP, ConflictError, UserError, no_article
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.model import Article, ArticleVersion, Claim, Highlight
from claimtracker.core.services import changelog
from claimtracker.core.services.convert import highlight_info
from claimtracker.core.services.dto import HighlightInfo
from claimtracker.core.services.version_records import (
    STATES,
    Reanchored,
    Resolution,
    VersionInfo,
    VersionReport,
    archived_row,
    aware,
    naive_utc,
    put_highlight,
    restore_text,
    set_text,
    sha256_bytes,
    sha256_text,
    urls,
)

__all__ = [
    "ArticleVersionService",
    "Cancelled",
    "Progress",
    "Reanchored",
    "Resolution",
    "VersionInfo",
    "VersionReport",
    "naive_utc",
    "sha256_bytes",
    "sha256_text",
]

Progress = Callable[[int, int], bool | None]
"""``progress(done, total)``; returning False cancels (:class:`Cancelled`)."""


class Cancelled(UserError):
    """The analyst cancelled; nothing was stored."""


class ArticleVersionService:
    """Versions of the articles of one database; every method is one transaction."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    # -- new versions -----------------------------------------------------------------------

    def read_source(
        self, article_id: int, source: str | Path | None = None, *, timeout: float | None = None
    ) -> ImportedArticle:
        """The text to compare with the article: a file, a web address, or (None) the page at
        the article's own address fetched again (``timeout``: longest wait for the server).
        Slow and writes nothing: call it off the window's thread, then :meth:`add_version`."""
        from claimtracker.core.importers import read_article_file
        from claimtracker.core.importers.fetch import fetch_article, is_web_address

        limits = {} if timeout is None else {"timeout": timeout}
        if source is None:
            with self.db.read() as session:
                article = _article(session, article_id)
                url = article.url or article.source_url
            if not url:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "article {id} has no web address to check; give a file or an address",
                    ),
                    id=str(article_id),
                )
            return fetch_article(url, **limits)
        if isinstance(source, str) and is_web_address(source):
            return fetch_article(source, **limits)
        return read_article_file(source)

    def add_version(
        self,
        article_id: int,
        imported: ImportedArticle,
        *,
        expected_version: int | None = None,
        expected_text: tuple[int, str] | None = None,
        progress: Progress | None = None,
    ) -> VersionReport:
        """Store ``imported`` as the newest text of the article and re-anchor its highlights.

        The same text makes no new version (``changed`` False). Refused
        (:class:`ConflictError`) when the article is not at ``expected_version`` (the record
        version the analyst saw) or its current text is not ``expected_text`` (number and
        SHA-256).
        """
        digest = sha256_text(imported.text)
        with self.db.write() as session:
            article = _article(session, article_id)
            _check_article(article, expected_version, expected_text)
            if digest == article.text_sha256:
                bytes_changed = sha256_bytes(imported.original) != article.original_sha256
                if bytes_changed:
                    # Proof the page was checked, saying the same in other bytes.
                    changelog.record(
                        session,
                        self.actor,
                        "check",
                        "article",
                        article.uuid,
                        "original_sha256",
                        article.original_sha256,
                        sha256_bytes(imported.original),
                    )
                return VersionReport(
                    article.id,
                    False,
                    article.text_version,
                    article.text_version,
                    digest,
                    digest,
                    bytes_changed=bytes_changed,
                    counts=dict.fromkeys(STATES, 0),
                )
            previous = (article.text_version, article.text_sha256)
            session.add(archived_row(article))
            set_text(article, imported, digest)
            article.text_version += 1
            article.version += 1
            changelog.record(
                session,
                self.actor,
                "update",
                "article",
                article.uuid,
                "text_version",
                previous[0],
                article.text_version,
            )
            moved = self._reanchor(session, article, progress)
            counts = dict.fromkeys(STATES, 0)
            for r in moved:
                counts[r.state] += 1
            return VersionReport(
                article.id,
                True,
                article.text_version,
                previous[0],
                digest,
                previous[1],
                tuple(moved),
                counts=counts,
            )

    def _reanchor(
        self, session: Session, article: Article, progress: Progress | None
    ) -> list[Reanchored]:
        text = article.text
        rows = session.execute(
            select(Claim.id, Claim.uuid).where(
                Claim.id.in_(select(Highlight.claim_id).where(Highlight.article_id == article.id))
            )
        )
        claim_uuids = {claim_id: uuid for claim_id, uuid in rows}
        highlights = sorted(article.highlights, key=lambda h: (h.start, h.id))
        results = []
        for done, h in enumerate(highlights, start=1):
            before = highlight_info(h)
            anchor = reanchor(text, TextSelector(h.start, h.end, h.exact, h.prefix, h.suffix))
            sel = anchor.selector
            if anchor.state == AnchorState.FUZZY:
                # The quote stays as first recorded; the new wording waits beside it.
                h.start, h.end, h.current_exact = sel.start, sel.end, sel.exact
            elif anchor.state == AnchorState.ORPHANED:
                h.current_exact = None
            else:
                h.start, h.end, h.prefix, h.suffix = sel.start, sel.end, sel.prefix, sel.suffix
                h.current_exact = None
            h.state = anchor.state.value
            after = highlight_info(h)
            if (before.start, before.end, before.state) != (after.start, after.end, after.state):
                changelog.record(
                    session,
                    self.actor,
                    "reanchor",
                    "highlight",
                    h.uuid,
                    "anchor",
                    f"{before.start}-{before.end} {before.state}",
                    f"{after.start}-{after.end} {after.state} in version {article.text_version}",
                    claim_uuid=claim_uuids.get(h.claim_id),
                )
            if after.current_exact != before.current_exact and after.current_exact is not None:
                changelog.record(
                    session,
                    self.actor,
                    "reanchor",
                    "highlight",
                    h.uuid,
                    "current_exact",
                    before.current_exact or h.exact,
                    after.current_exact,
                    claim_uuid=claim_uuids.get(h.claim_id),
                )
            results.append(Reanchored(before, after, anchor.score))
            if progress is not None and progress(done, len(highlights)) is False:
                raise Cancelled(
                    QT_TRANSLATE_NOOP(
                        "Core", "re-anchoring cancelled; the article was left as it was"
                    )
                )
        return results

    def revert(self, report: VersionReport) -> VersionReport:
        """Undo :meth:`add_version`: the earlier text back as the current one, its highlights
        as they were. Refused when the article or its highlights changed since."""
        if not report.changed:
            return report
        with self.db.write() as session:
            article = _article(session, report.article_id)
            if (article.text_version, article.text_sha256) != (report.version, report.text_sha256):
                raise _conflict(
                    article,
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "article {id}: its text changed again since this version was stored; "
                        "nothing was changed",
                    ),
                )
            now = {h.id: highlight_info(h) for h in article.highlights}
            left = {r.after.id: r.after for r in report.highlights}
            if now != left:
                raise _conflict(
                    article,
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "article {id}: its highlights changed since this version was stored; "
                        "nothing was changed",
                    ),
                )
            archived = session.scalar(
                select(ArticleVersion).where(
                    ArticleVersion.article_id == article.id,
                    ArticleVersion.version == report.previous_version,
                )
            )
            if archived is None:
                raise _conflict(
                    article,
                    QT_TRANSLATE_NOOP(
                        "Core", "article {id}: version {number} is gone; nothing was changed"
                    ),
                    number=str(report.previous_version),
                )
            restore_text(article, archived)
            article.text_version = report.previous_version
            article.version += 1
            session.delete(archived)
            changelog.record(
                session,
                self.actor,
                "revert",
                "article",
                article.uuid,
                "text_version",
                report.version,
                report.previous_version,
            )
            rows = {h.id: h for h in article.highlights}
            for r in report.highlights:
                put_highlight(rows[r.before.id], r.before)
                if r.before != r.after:
                    changelog.record(
                        session,
                        self.actor,
                        "revert",
                        "highlight",
                        r.before.uuid,
                        "anchor",
                        f"{r.after.start}-{r.after.end} {r.after.state}",
                        f"{r.before.start}-{r.before.end} {r.before.state}",
                    )
            return VersionReport(
                article.id,
                True,
                report.previous_version,
                report.version,
                report.previous_sha256,
                report.text_sha256,
                tuple(Reanchored(r.after, r.before, 1.0) for r in report.highlights),
                counts={},
            )

    # -- reviewing fuzzy matches ------------------------------------------------------------

    def resolve(self, decisions: Sequence[tuple[HighlightInfo, bool]]) -> Resolution:
        """Accept (True: the new wording becomes the quote) or reject (False: the highlight
        is orphaned) fuzzy matches, each as the analyst saw it; all or nothing, refused
        (:class:`ConflictError`) when one is no longer that fuzzy match."""
        before, after = [], []
        with self.db.write() as session:
            for seen, accept in decisions:
                h = session.get(Highlight, seen.id)
                if h is None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("Core", "highlight {id} was deleted meanwhile"),
                        id=str(seen.id),
                    )
                if (h.state, h.start, h.end, h.current_exact) != (
                    "fuzzy",
                    seen.start,
                    seen.end,
                    seen.current_exact,
                ) or seen.state != "fuzzy":
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "the match of highlight {id} changed meanwhile (now {state}); look "
                            "at it again",
                        ),
                        id=str(seen.id),
                        state=h.state,
                    )
                before.append(highlight_info(h))
                if accept:
                    sel = make_selector(h.article.text, h.start, h.end)
                    changelog.record(
                        session,
                        self.actor,
                        "accept",
                        "highlight",
                        h.uuid,
                        "exact",
                        h.exact,
                        sel.exact,
                    )
                    h.exact, h.prefix, h.suffix = sel.exact, sel.prefix, sel.suffix
                    h.state = "anchored"
                else:
                    changelog.record(
                        session,
                        self.actor,
                        "reject",
                        "highlight",
                        h.uuid,
                        "state",
                        "fuzzy",
                        "orphaned",
                    )
                    h.state = "orphaned"
                h.current_exact = None
                after.append(highlight_info(h))
        return Resolution(tuple(before), tuple(after))

    def put_back(self, resolution: Resolution) -> Resolution:
        """Undo :meth:`resolve`: the highlights as they were, unless they changed since."""
        with self.db.write() as session:
            for was, left in zip(resolution.before, resolution.after, strict=True):
                h = session.get(Highlight, left.id)
                if h is None or highlight_info(h) != left:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Core", "highlight {id} changed meanwhile; nothing was undone"
                        ),
                        id=str(left.id),
                    )
                put_highlight(h, was)
                changelog.record(
                    session, self.actor, "undo", "highlight", h.uuid, "state", left.state, was.state
                )
                if was.exact != left.exact:
                    changelog.record(
                        session,
                        self.actor,
                        "undo",
                        "highlight",
                        h.uuid,
                        "exact",
                        left.exact,
                        was.exact,
                    )
        return Resolution(resolution.after, resolution.before)

    # -- reading ----------------------------------------------------------------------------

    def to_review(self, article_id: int | None = None) -> list[HighlightInfo]:
        """Highlights awaiting the analyst (fuzzy matches first, then orphans), of one article
        or of all: the list to review after a new version, also later on."""
        with self.db.read() as session:
            query = select(Highlight).where(Highlight.state.in_(("fuzzy", "orphaned")))
            if article_id is not None:
                query = query.where(Highlight.article_id == article_id)
            rows = session.scalars(
                query.order_by(Highlight.article_id, Highlight.state, Highlight.start, Highlight.id)
            )
            return [highlight_info(h) for h in rows]

    def versions(self, article_id: int) -> list[VersionInfo]:
        """Every text of the article, oldest first; the last is the current one."""
        with self.db.read() as session:
            article = _article(session, article_id)
            rows = session.execute(
                select(
                    ArticleVersion.version,
                    ArticleVersion.text_sha256,
                    ArticleVersion.original_sha256,
                    ArticleVersion.replaced_at,
                    ArticleVersion.retrieved_at,
                    ArticleVersion.source_format,
                    ArticleVersion.source_name,
                    ArticleVersion.source_url,
                    ArticleVersion.redirects,
                    func.length(ArticleVersion.text).label("characters"),
                )
                .where(ArticleVersion.article_id == article_id)
                .order_by(ArticleVersion.version)
            ).all()
            stored_at: datetime = article.imported_at
            found = []
            for r in rows:
                found.append(
                    VersionInfo(
                        article.id,
                        r.version,
                        False,
                        r.text_sha256,
                        r.original_sha256,
                        stored_at.replace(tzinfo=UTC),
                        aware(r.retrieved_at),
                        r.source_format,
                        r.source_name,
                        r.source_url,
                        urls(r.redirects),
                        r.characters,
                    )
                )
                stored_at = r.replaced_at  # the next text came in when this one was replaced
            found.append(
                VersionInfo(
                    article.id,
                    article.text_version,
                    True,
                    article.text_sha256,
                    article.original_sha256,
                    stored_at.replace(tzinfo=UTC),
                    aware(article.retrieved_at),
                    article.source_format,
                    article.source_name,
                    article.source_url,
                    urls(article.redirects),
                    session.scalar(
                        select(func.length(Article.text)).where(Article.id == article_id)
                    )
                    or 0,
                )
            )
            return found

    def text(self, article_id: int, number: int | None = None) -> str:
        """The text of version ``number`` (default: the current one)."""
        with self.db.read() as session:
            article = _article(session, article_id)
            if number is None or number == article.text_version:
                return article.text
            text = session.scalar(
                select(ArticleVersion.text).where(
                    ArticleVersion.article_id == article_id, ArticleVersion.version == number
                )
            )
            if text is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core", "article {id} has no version {number} (versions 1 to {last})"
                    ),
                    id=str(article_id),
                    number=str(number),
                    last=str(article.text_version),
                )
            return text

    def diff(
        self, article_id: int, from_version: int | None = None, to_version: int | None = None
    ) -> list[DiffSegment]:
        """Word-level differences from one version to another (default: the one before the
        current, to the current)."""
        with self.db.read() as session:
            current = _article(session, article_id).text_version
        to_version = current if to_version is None else to_version
        if from_version is None:
            from_version = max(1, to_version - 1)
        return word_diff(self.text(article_id, from_version), self.text(article_id, to_version))


def _article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise no_article(article_id)
    return article


def _check_article(
    article: Article, expected_version: int | None, expected_text: tuple[int, str] | None
) -> None:
    if expected_version is not None and article.version != expected_version:
        raise _conflict(
            article,
            QT_TRANSLATE_NOOP(
                "Core",
                "article {id}: it was changed elsewhere while you were working on it; nothing "
                "was changed",
            ),
        )
    if expected_text is not None and (article.text_version, article.text_sha256) != tuple(
        expected_text
    ):
        raise _conflict(
            article,
            QT_TRANSLATE_NOOP(
                "Core", "article {id}: its text is now version {number}; nothing was changed"
            ),
            number=str(article.text_version),
        )


def _conflict(article: Article, template: str, **fields: Any) -> ConflictError:
    return ConflictError(template, version=article.version, id=str(article.id), **fields)
