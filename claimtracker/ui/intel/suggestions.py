"""Suggested claims of the open article: scored off the GUI thread, kept up to date, dismissed.

View › Suggest Claims turns them on (remembered). Each request runs as a job without a
progress dialog; a newer request cancels the one before, whose result is then ignored. The
list is asked for again when another article opens and when claims of this article come or
go or a dismissal is done or undone (the service leaves claimed and dismissed sentences out);
meanwhile sentences just claimed or dismissed disappear at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.commands import Change, DismissSuggestion
from claimtracker.core.intel.checkworthiness import Suggestion
from claimtracker.core.intel.sentences import Cancelled
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.marks import Mark, MarkIndex
from claimtracker.ui.context import AppContext
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.jobs import Job


class SuggestionController(QObject):
    """The suggestions of the open article; ``changed`` whenever the list shown changes."""

    changed = Signal()
    message = Signal(str)  # a line for the status bar

    def __init__(
        self,
        context: AppContext,
        articles: ArticleController,
        edits: EditController,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._articles = articles
        self._edits = edits
        self._window = window
        self._enabled = context.settings.suggest_claims
        self._suggestions: list[Suggestion] = []
        self._index = MarkIndex()
        self._job: Job | None = None
        articles.opened.connect(lambda *_a: self.refresh(announce=True))
        edits.claimsChanged.connect(self.apply)

    # -- switching --------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Show suggestions (computed now) or clear them; remembered for the next start."""
        if on == self._enabled:
            return
        self._enabled = on
        self._context.settings.suggest_claims = on
        if on:
            self.refresh(announce=True)
        else:
            self._cancel()
            self._show([])

    def is_busy(self) -> bool:
        """True while suggestions are being computed."""
        return self._job is not None

    # -- computing --------------------------------------------------------------------------

    def refresh(self, announce: bool = False) -> None:
        """Ask for the open article's suggestions again, off the GUI thread.

        With ``announce`` the status bar says that they are being looked for and how many
        were found (when an article opens or suggestions are switched on; not after edits).
        """
        self._cancel()
        article = self._articles.article_id
        if not self._enabled or article is None:
            self._show([])
            return
        if announce:
            self._show([])  # another article's (or stale) marks must not stay meanwhile
        service = self._context.services.suggestions

        def work(progress) -> list[Suggestion] | None:
            try:
                return service.suggest(article, cancel=lambda: not progress(0, 0))
            except Cancelled:
                return None

        job = self._context.jobs.start(
            work,
            title=self.tr("Suggest Claims"),
            label="",
            parent=self._window,
            show_progress=False,
            name="suggestionJob",
        )
        self._job = job
        job.done.connect(
            lambda result, error, cancelled, j=job: self._done(
                j, article, result, error, cancelled, announce
            )
        )
        if announce:
            self.message.emit(self.tr("Looking for sentences worth checking…"))

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None  # its result, when it comes, is ignored

    def _done(
        self,
        job: Job,
        article: int,
        result: list[Suggestion] | None,
        error: str,
        cancelled: bool,
        announce: bool,
    ) -> None:
        if job is not self._job:
            return  # superseded by a newer request
        self._job = None
        if cancelled or result is None or article != self._articles.article_id:
            return
        if error:
            self.message.emit(self.tr("Suggestions not available: %1").replace("%1", error))
            return
        self._show(result)
        if announce:
            self.message.emit(self.tr("%n sentence(s) worth checking underlined.", "", len(result)))

    def _show(self, suggestions: list[Suggestion]) -> None:
        self._suggestions = list(suggestions)
        self._index = MarkIndex(
            Mark(s.start, s.end, key) for key, s in enumerate(self._suggestions)
        )
        self.changed.emit()

    # -- following edits --------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        """Claims of the open article created or deleted, or a dismissal done or undone."""
        article = self._articles.article_id
        if not self._enabled or article is None:
            return
        if article not in change.articles and article not in change.suggestions:
            return
        claimed = MarkIndex(
            Mark(h.start, h.end)
            for claim in change.claims
            for h in claim.highlights
            if h.article_id == article
        )
        if claimed:
            kept = [s for s in self._suggestions if not claimed.touching(s.start, s.end)]
            if len(kept) != len(self._suggestions):
                self._show(kept)  # at once: the recomputation below takes a moment
        self.refresh()

    def reload(self) -> None:
        """Changes saved elsewhere may have claimed or dismissed sentences."""
        if self._enabled:
            self.refresh()

    # -- what the reader shows --------------------------------------------------------------

    def suggestions(self) -> list[Suggestion]:
        return list(self._suggestions)

    def marks(self) -> list[Mark]:
        """The suggested sentences (code points), keyed by their place in :meth:`suggestions`."""
        return list(self._index)

    def at(self, position: int) -> Suggestion | None:
        """The suggestion whose sentence holds code point ``position`` (its end included,
        so the caret just after the full stop still counts)."""
        found = self._index.at(position) or (self._index.at(position - 1) if position else [])
        return self._suggestions[found[0].key] if found else None

    def range_at(self, position: int) -> tuple[int, int] | None:
        found = self.at(position)
        return (found.start, found.end) if found else None

    def tooltip(self, key: int) -> str:
        """Why a sentence is suggested (plain text): its score and its reasons."""
        if not 0 <= key < len(self._suggestions):
            return ""
        suggestion = self._suggestions[key]
        score = QLocale().toString(suggestion.score, "f", 2)
        lines = [self.tr("Suggested claim (score %1)").replace("%1", score)]
        lines += [
            r.shown(QCoreApplication.translate("Signals", r.label)) for r in suggestion.reasons
        ]
        lines.append(self.tr("Ctrl+Enter makes it a claim; right-click to dismiss it."))
        return "\n".join(lines)

    # -- dismissing -------------------------------------------------------------------------

    def dismiss_at(self, position: int) -> bool:
        """Dismiss the suggestion at ``position`` for this article (undoable)."""
        article = self._articles.article_id
        found = self.at(position)
        if article is None or found is None:
            return False
        command = DismissSuggestion(
            article, found.start, found.end, text=self.tr("Dismiss suggestion")
        )
        if not self._edits.run(command):
            return False
        self._show([s for s in self._suggestions if s is not found])
        self.message.emit(self.tr("Suggestion dismissed. Undo with Ctrl+Z."))
        return True
