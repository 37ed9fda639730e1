"""Articles that change, as the window does it: pages fetched, newer versions stored, fuzzy
matches decided, metadata corrected, articles deleted.

Fetching a page or reading a file is slow, so it runs as a job (progress and Cancel); what is
then stored goes through the :class:`~claimtracker.ui.editing.controller.EditController` as
one undoable command, based on the article as this window last showed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.article_commands import (
    DeleteArticle,
    EditArticle,
    ResolveMatches,
    UpdateArticle,
)
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services.dto import ArticleInfo, HighlightInfo
from claimtracker.core.services.versions import VersionReport
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.jobs import Job
from claimtracker.ui.messages import message, note_text


@dataclass
class UrlImportOutcome:
    """What an import of web addresses did: articles stored, one line per failure."""

    imported: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class VersionController(QObject):
    """Imports from web addresses, new versions, fuzzy matches, article edits and deletion."""

    message = Signal(str)
    imported = Signal(int)  # an article imported from a web address, to be opened
    updated = Signal(object)  # VersionReport: a newer text was stored
    finished = Signal()  # a fetch or an import ended (stored, failed or cancelled)

    def __init__(
        self,
        context: AppContext,
        edits: EditController,
        articles: ArticleController,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._edits = edits
        self._articles = articles
        self._window = window
        self._job: Job | None = None
        self.timeout: float | None = None  # longest wait for a web server (None: 20 s)

    def busy(self) -> bool:
        """True while a page is being fetched or imported (one at a time)."""
        return self._job is not None

    # -- importing from web addresses -------------------------------------------------------

    def import_dialog(self) -> None:
        from claimtracker.ui.versions.url_dialog import UrlImportDialog

        dialog = UrlImportDialog(self._window)
        if ask.run_dialog(dialog):
            self.import_urls(dialog.urls())

    def import_urls(self, urls: list[str]) -> Job | None:
        """Fetch and import each address off the GUI thread; the last article is opened."""
        if not urls:
            return None
        if self._job is not None:
            self.message.emit(self.tr("A page is already being fetched."))
            return None
        articles = self._context.services.articles
        timeout = self.timeout
        outcome = UrlImportOutcome()
        fetching = self.tr("Fetching %1…")

        def work(progress) -> UrlImportOutcome:
            for done, url in enumerate(urls):
                if not progress(done, len(urls), fetching.replace("%1", url)):
                    break
                try:
                    info = articles.import_url(url, timeout=timeout)
                except ClaimTrackerError as exc:
                    outcome.failures.append(message(exc))
                except Exception as exc:  # one broken page must not stop the others
                    outcome.failures.append(f"{url}: {type(exc).__name__}: {exc}")
                else:
                    outcome.imported.append(info.id)
                    outcome.warnings += [f"{url}: {note_text(w)}" for w in info.warnings]
            progress(len(urls), len(urls))
            return outcome

        job = self._start(work, self.tr("Import from URL"), self.tr("Fetching…"), "urlProgress")
        job.done.connect(lambda result, error, cancelled: self._imported(outcome, error, cancelled))
        return job

    def _imported(self, outcome: UrlImportOutcome, error: str, cancelled: bool) -> None:
        self._job = None
        if outcome.imported:
            self.imported.emit(outcome.imported[-1])
        line = self.tr("%n article(s) imported", "", len(outcome.imported))
        if cancelled:
            line = self.tr("%1; import cancelled").replace("%1", line)
        self.message.emit(line + ".")
        failures = outcome.failures + ([error] if error else [])
        if failures:
            ask.error(
                self._window,
                self.tr("Some Pages Were Not Imported"),
                self.tr("%n page(s) could not be imported:", "", len(failures))
                + "\n\n"
                + "\n".join(f"• {why}" for why in failures),
            )
        if outcome.warnings:
            ask.information(
                self._window,
                self.tr("Imported with Warnings"),
                "\n".join(f"• {w}" for w in outcome.warnings),
            )
        self.finished.emit()

    # -- newer versions ---------------------------------------------------------------------

    def check_for_updates(self) -> Job | None:
        """Fetch the open article's web page again; a changed text becomes a new version."""
        info = self._articles.info
        if info is None:
            return None
        if not info.url:
            self.message.emit(
                self.tr("This article has no web address; use Update from File instead.")
            )
            return None
        return self._fetch(info, None, self.tr("Fetching %1…").replace("%1", info.url))

    def update_from_file(self) -> Job | None:
        """A newer text of the open article from a file the analyst chooses."""
        info = self._articles.info
        if info is None:
            return None
        path = ask.open_article_file(self._window, self.tr("Update Article from File"))
        if not path:
            return None
        return self._fetch(info, Path(path), self.tr("Reading %1…").replace("%1", Path(path).name))

    def _fetch(self, info: ArticleInfo, source: Path | None, label: str) -> Job | None:
        if self._job is not None:
            self.message.emit(self.tr("A page is already being fetched."))
            return None
        versions, timeout = self._context.services.versions, self.timeout
        job = self._start(
            lambda _progress: versions.read_source(info.id, source, timeout=timeout),
            self.tr("Check for Updates") if source is None else self.tr("Update from File"),
            label,
            "updateProgress",
        )
        job.done.connect(
            lambda incoming, error, cancelled: self._read(info, incoming, error, cancelled)
        )
        return job

    def _read(
        self, seen: ArticleInfo, incoming: ImportedArticle | None, error: str, cancelled: bool
    ) -> None:
        self._job = None
        if cancelled:
            self.message.emit(self.tr("Update cancelled; nothing was stored."))
        elif error or incoming is None:
            ask.error(self._window, self.tr("Not Updated"), error)
        else:
            # Based on the article as this window shows it now (its own edits meanwhile
            # included); another window's change in between is a conflict.
            version = (
                self._articles.info.version
                if self._articles.info is not None and self._articles.info.id == seen.id
                else seen.version
            )
            self.store_version(seen.id, incoming, version)
        self.finished.emit()

    def store_version(
        self, article_id: int, incoming: ImportedArticle, version: int | None
    ) -> VersionReport | None:
        """Store a newer text (one undoable step); None when it was not stored."""
        command = UpdateArticle(article_id, incoming, version, text=self.tr("Update article"))
        if not self._edits.run(command) or command.report is None:
            return None
        report = command.report
        if not report.changed:
            ask.information(
                self._window,
                self.tr("No Change"),
                self.tr(
                    "The article has not changed: the text is the same as its version %1. "
                    "No new version was stored."
                ).replace("%1", str(report.version)),
            )
            return report
        self.message.emit(self.summary(report))
        self.updated.emit(report)
        return report

    def summary(self, report: VersionReport) -> str:
        """One line on a new version: its number and where the highlights ended up."""
        counts = report.counts
        placed = ", ".join(
            (
                self.tr("%n in place", "", counts.get("anchored", 0)),
                self.tr("%n moved", "", counts.get("moved", 0)),
                self.tr("%n with changed wording", "", counts.get("fuzzy", 0)),
                self.tr("%n not found", "", counts.get("orphaned", 0)),
            )
        )
        return (
            self.tr("Version %1 stored (was %2). Quotes: %3.")
            .replace("%1", str(report.version))
            .replace("%2", str(report.previous_version))
            .replace("%3", placed)
        )

    # -- fuzzy matches ----------------------------------------------------------------------

    def resolve(self, decisions: list[tuple[HighlightInfo, bool]]) -> bool:
        """Accept (True) or reject (False) fuzzy matches as the analyst saw them, one step."""
        if not decisions:
            return False
        accepted = all(accept for _h, accept in decisions)
        rejected = not any(accept for _h, accept in decisions)
        text = (
            self.tr("Accept new wording")
            if accepted
            else self.tr("Reject new wording")
            if rejected
            else self.tr("Review changed quotes")
        )
        return self._edits.run(ResolveMatches(list(decisions), text=text))

    # -- metadata and deletion --------------------------------------------------------------

    def edit_article(self) -> bool:
        """Correct the open article's metadata in a dialog (one undoable step)."""
        from claimtracker.ui.versions.article_dialog import ArticleDialog

        info = self._articles.info
        if info is None:
            return False
        dialog = ArticleDialog(info, self._window)
        if not ask.run_dialog(dialog):
            return False
        after = dialog.changes()
        if not after:
            return False
        before = {key: getattr(info, key) for key in after}
        return self._edits.run(
            EditArticle(info.id, after, before, info.version, text=self.tr("Edit article"))
        )

    def delete_article(self) -> bool:
        """Delete the open article after a confirmation (one undoable step)."""
        info = self._articles.info
        if info is None:
            return False
        question = self.tr(
            "Delete the article “%1” with its texts? Its %n claim(s) go with it, except claims "
            "that also appear in other articles, which only lose their appearances in it. "
            "You can undo this.",
            "",
            info.claim_count,
        ).replace("%1", info.title)
        if not ask.confirm(self._window, self.tr("Delete Article"), question):
            return False
        done = self._edits.run(DeleteArticle(info.id, info.version, text=self.tr("Delete article")))
        if done:
            self.message.emit(self.tr("Article deleted. Undo with Ctrl+Z."))
        return done

    # -- jobs -------------------------------------------------------------------------------

    def _start(self, work, title: str, label: str, name: str) -> Job:
        self._job = self._context.jobs.start(
            work, title=title, label=label, parent=self._window, name=name
        )
        return self._job
