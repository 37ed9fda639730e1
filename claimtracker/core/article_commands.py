"""Undoable edits of articles: a newer version, the review of its fuzzy matches, corrected
metadata, deletion. Plain objects with ``do(services)`` and ``undo(services)``, following
:mod:`claimtracker.core.commands` (read its description first): the first ``do`` is based on
``version``, the article's record version the analyst saw; undo and redo are based on the
values the step before them left, and a change made elsewhere meanwhile raises
:class:`~claimtracker.core.errors.ConflictError` with nothing written.

Each step returns a :class:`~claimtracker.core.commands.Change` whose ``articles`` names the
article that changed and whose claim sets name the claims whose highlights or records
changed. Fetching a page or reading a file is slow and is not part of any command: get the
newer text first (``services.versions.read_source``), off the window's thread, then do
:class:`UpdateArticle` (also fine off that thread; the database is written once per step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimtracker.core.commands import Based, Change
from claimtracker.core.errors import QT_TRANSLATE_NOOP
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from claimtracker.core.services.article_deletion import ArticleSnapshot
from claimtracker.core.services.dto import HighlightInfo
from claimtracker.core.services.versions import Progress, Resolution, VersionReport


@dataclass
class UpdateArticle(Based):
    """Store a newer text of an article and re-anchor its highlights.

    ``report`` says what happened (new version number, each highlight's state); an unchanged
    text makes no version and the step changes nothing (``report.changed`` is False).
    """

    article_id: int
    incoming: ImportedArticle
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Update article")
    progress: Progress | None = field(default=None, repr=False)
    report: VersionReport | None = None

    def do(self, services: Services) -> Change:
        version = self._take_version()
        expected_text = None
        if self.report is not None and version is None:  # redo: on the text undo put back
            expected_text = (self.report.previous_version, self.report.previous_sha256)
        self.report = services.versions.add_version(
            self.article_id,
            self.incoming,
            expected_version=version,
            expected_text=expected_text,
            progress=self.progress,
        )
        return self._change()

    def undo(self, services: Services) -> Change:
        assert self.report is not None
        self._take_version()
        services.versions.revert(self.report)
        return self._change()

    def _change(self) -> Change:
        assert self.report is not None
        if not self.report.changed:
            return Change()
        here = frozenset({self.article_id})
        return Change(touched=self.report.claims, articles=here, article_records=here)


@dataclass
class ResolveMatches(Based):
    """Accept (True) or reject (False) fuzzy matches, each highlight as the analyst saw it
    (:attr:`HighlightInfo.current_exact` the new wording), as one step."""

    decisions: list[tuple[HighlightInfo, bool]]
    text: str = QT_TRANSLATE_NOOP("Commands", "Review changed quotes")
    version: int | None = None
    resolution: Resolution | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        # Redo finds the highlights as undo put them back: as the analyst saw them.
        self.resolution = services.versions.resolve(self.decisions)
        return self._change()

    def undo(self, services: Services) -> Change:
        assert self.resolution is not None
        self._take_version()
        services.versions.put_back(self.resolution)
        return self._change()

    @property
    def claim_ids(self) -> tuple[int, ...]:
        """The claims whose matches are decided (what the window shows again after a refusal)."""
        return tuple(dict.fromkeys(h.claim_id for h, _accept in self.decisions))

    def _change(self) -> Change:
        assert self.resolution is not None
        return Change(
            touched=self.resolution.claims,
            articles=frozenset(h.article_id for h in self.resolution.after),
        )


@dataclass
class EditArticle(Based):
    """Correct an article's title, outlet, author, publication date, URL or language;
    ``before`` holds the values to go back to."""

    article_id: int
    after: dict[str, Any]
    before: dict[str, Any]
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Edit article")

    def do(self, services: Services) -> Change:
        return self._apply(services, self.after, self.before)

    def undo(self, services: Services) -> Change:
        return self._apply(services, self.before, self.after)

    def _apply(self, services: Services, values: dict[str, Any], base: dict[str, Any]) -> Change:
        version = self._take_version()
        services.articles.update(
            self.article_id,
            expected_version=version,
            expected_values=base if version is None else None,
            **values,
        )
        # Claim lists show the article's title and outlet: its claims are touched too.
        claims = {h.claim_id for h in services.claims.highlights_for_article(self.article_id)}
        here = frozenset({self.article_id})
        return Change(touched=frozenset(claims), articles=here, article_records=here)


@dataclass
class DeleteArticle(Based):
    """Delete an article with its texts and highlights; claims that appear only in it go
    with it, claims that appear elsewhere too lose their appearances in it."""

    article_id: int
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Delete article")
    snapshot: ArticleSnapshot | None = None
    _restored: bool = False

    def do(self, services: Services) -> Change:
        version = self._take_version()
        restored = self.snapshot if self._restored and version is None else None
        self.snapshot = services.articles.delete(
            self.article_id, expected_version=version, expected_state=restored
        )
        return Change(
            removed=self.snapshot.deleted_claims,
            touched=self.snapshot.kept_claims,
            articles=frozenset({self.article_id}),
            article_records=frozenset({self.article_id}),
        )

    def undo(self, services: Services) -> Change:
        assert self.snapshot is not None
        self._take_version()
        services.articles.restore(self.snapshot)
        self._restored = True
        return Change(
            created=self.snapshot.deleted_claims,
            touched=self.snapshot.kept_claims,
            articles=frozenset({self.article_id}),
            article_records=frozenset({self.article_id}),
        )
