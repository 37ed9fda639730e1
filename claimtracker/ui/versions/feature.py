"""Articles that change, in the window: the Article menu, Import from URL, the Changed Quotes
and History docks, the versions window, and the signals between them and the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from claimtracker.core.commands import Change
from claimtracker.core.services.versions import VersionReport
from claimtracker.ui.versions.changed_quotes import ChangedQuotesPanel, QuoteToReview
from claimtracker.ui.versions.controller import VersionController
from claimtracker.ui.versions.history import HistoryPanel
from claimtracker.ui.versions.versions_dialog import VersionsDialog

if TYPE_CHECKING:
    from claimtracker.ui.main_window import MainWindow

ARTICLE_ACTIONS = (
    "actionEditArticle",
    "actionCheckUpdates",
    "actionUpdateFromFile",
    "actionArticleVersions",
    "actionReviewQuotes",
)


class ArticleChanges(QObject):
    """Builds the feature's parts into ``window`` and keeps them following its controllers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        context = self._context = window.context
        self.controller = VersionController(context, window.edits, window.articles, window)
        self.quotes = ChangedQuotesPanel()
        self.history = HistoryPanel(
            lambda claim_id, after: context.services.claims.history(claim_id, after),
            lambda: context.taxonomy,
        )
        area = Qt.DockWidgetArea
        self.quotes_dock = window.dock(
            "changedQuotesDock", self.tr("Changed Quotes"), self.quotes, area.LeftDockWidgetArea
        )
        window.tabifyDockWidget(window.claims_dock, self.quotes_dock)
        window.layouts.fold("review", self.quotes_dock)  # about the article, like its claims
        self.history_dock = window.dock(
            "historyDock", self.tr("History"), self.history, area.RightDockWidgetArea
        )
        window.tabifyDockWidget(window.inspector_dock, self.history_dock)
        # Read when its tab is chosen: while behind the inspector it reads nothing.
        self.history_dock.visibilityChanged.connect(self.history.in_sight)
        window.claims_dock.raise_()
        window.inspector_dock.raise_()
        window.resizeDocks(  # tabifying took the widths the window had given them
            [window.library_dock, window.inspector_dock], [340, 380], Qt.Orientation.Horizontal
        )
        self.versions_dialog: VersionsDialog | None = None
        self._report_line = ""  # what the last update of the open article did
        self._menus()
        self._connect()
        self._database_opened()

    def _menus(self) -> None:
        window, a = self._window, self._window.registry
        menu = window.article_menu
        for name in ("actionEditArticle", None, "actionCheckUpdates", "actionUpdateFromFile"):
            menu.addAction(a[name]) if name else menu.addSeparator()
        menu.addSeparator()
        menu.addAction(a["actionArticleVersions"])
        menu.addAction(a["actionReviewQuotes"])
        menu.addSeparator()
        menu.addAction(a["actionDeleteArticle"])
        for dock in (self.quotes_dock, self.history_dock):
            window.view_menu.addAction(dock.toggleViewAction())
        library = window.library.list
        library.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        separator = QAction(library)
        separator.setSeparator(True)
        library.addActions([a[n] for n in ARTICLE_ACTIONS[:4]])
        library.addAction(separator)
        library.addActions(window.registry.view_scoped("library"))  # Delete while it has focus

    def _connect(self) -> None:
        window, a, controller = self._window, self._window.registry, self.controller
        articles, context = window.articles, self._context
        triggers = {
            "actionImportUrl": controller.import_dialog,
            "actionEditArticle": controller.edit_article,
            "actionDeleteArticle": self._delete,
            "actionCheckUpdates": controller.check_for_updates,
            "actionUpdateFromFile": controller.update_from_file,
            "actionArticleVersions": self.show_versions,
            "actionReviewQuotes": self.show_quotes,
            "actionFindNext": window.article_panel.find_bar.find_next,
            "actionFindPrevious": window.article_panel.find_bar.find_previous,
        }
        for name, slot in triggers.items():
            a[name].triggered.connect(lambda _checked=False, s=slot: s())
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        controller.imported.connect(window.articles.open_imported)
        controller.updated.connect(self._updated)
        controller.finished.connect(self._update_actions)
        self.quotes.decided.connect(controller.resolve)
        self.quotes.showRequested.connect(window.show_claim)
        self.quotes.chosen.connect(lambda claim_id: window.claims.select(claim_id))
        articles.opened.connect(lambda *_a: self._article_opened())
        articles.infoChanged.connect(lambda _info: self._update_actions())
        articles.rowsReset.connect(self._reload_quotes)
        articles.rowsChanged.connect(self._statements_changed)
        window.claims.currentChanged.connect(lambda claim, _s: self.history.show_claim(claim))
        window.edits.claimsChanged.connect(self._changed)
        context.databaseClosing.connect(self._database_closing)
        context.databaseChanged.connect(self._database_opened)

    # -- following the window ---------------------------------------------------------------

    def _database_closing(self) -> None:
        if self.versions_dialog is not None:
            self.versions_dialog.close()

    def _database_opened(self) -> None:
        self.history.clear()
        self.quotes.set_read_only(self._context.db.readonly)
        self._article_opened()

    def _article_opened(self) -> None:
        self._report_line = ""  # the quotes are read with the article's rows (rowsReset)
        self._update_actions()
        dialog = self.versions_dialog
        info = self._window.articles.info
        if dialog is not None and dialog.isVisible():
            if info is None:
                dialog.close()
            else:
                dialog.show_article(info)

    def _changed(self, change: Change) -> None:
        info = self._window.articles.info
        dialog = self.versions_dialog
        if info is not None and info.id in change.article_records:
            self._report_line = ""  # another text, or other metadata: said again if so
        if (
            info is not None
            and info.id in change.article_records
            and dialog is not None
            and dialog.isVisible()
            and dialog.article_id() == info.id
        ):
            dialog.show_article(info)  # another text became current (a version, an undo)
        self._update_actions()

    def _update_actions(self) -> None:
        a = self._window.registry
        writable = not self._context.db.readonly
        info = self._window.articles.info
        article = info is not None
        a["actionImportUrl"].setEnabled(writable and not self.controller.busy())
        for name in ("actionEditArticle", "actionDeleteArticle", "actionUpdateFromFile"):
            a[name].setEnabled(writable and article)
        a["actionCheckUpdates"].setEnabled(
            writable and info is not None and bool(info.url) and not self.controller.busy()
        )
        for name in ("actionArticleVersions", "actionReviewQuotes"):
            a[name].setEnabled(article)
        for name in ("actionFindNext", "actionFindPrevious"):
            a[name].setEnabled(article)

    # -- changed quotes ---------------------------------------------------------------------

    def _reload_quotes(self) -> None:
        articles = self._window.articles
        if articles.article_id is None:
            self.quotes.set_rows([])
            return
        # The rows just read say each highlight's state: most articles have nothing to review.
        waiting = any(
            h.state in ("fuzzy", "orphaned") for row in articles.rows() for h in row.highlights
        )
        rows = []
        for h in self._context.services.versions.to_review(articles.article_id) if waiting else ():
            row = articles.row(h.claim_id)
            statement = row.statement if row is not None else ""
            rows.append(
                QuoteToReview(h, statement or self.tr("Claim %1").replace("%1", str(h.claim_id)))
            )
        self.quotes.set_rows(rows)
        count = (
            self.tr("%n quote(s) to review in this article.", "", len(rows))
            if rows
            else self.tr("No quotes to review in this article.")
        )
        self.quotes.set_summary("\n".join(p for p in (self._report_line, count) if p))

    def _statements_changed(self, claim_ids) -> None:
        articles = self._window.articles
        rows = self.quotes.rows()
        if any(r.highlight.claim_id in claim_ids for r in rows):
            self.quotes.set_rows(
                [
                    QuoteToReview(
                        r.highlight,
                        (articles.row(r.highlight.claim_id) or r).statement,
                    )
                    for r in rows
                ]
            )

    def _updated(self, report: VersionReport) -> None:
        """A new version was stored: what happened to the quotes, and the list to review."""
        self._report_line = self.controller.summary(report)
        self._reload_quotes()
        self.show_quotes()

    def show_quotes(self) -> None:
        self.quotes_dock.show()
        self.quotes_dock.raise_()

    # -- the rest ---------------------------------------------------------------------------

    def show_versions(self) -> VersionsDialog | None:
        """The versions window of the open article (one per window, not modal)."""
        info = self._window.articles.info
        if info is None:
            return None
        if self.versions_dialog is None:
            self.versions_dialog = VersionsDialog(self._context, self._window)
        self.versions_dialog.show_article(info)
        self.versions_dialog.show()
        self.versions_dialog.raise_()
        return self.versions_dialog

    def _delete(self) -> None:
        self._window.inspector.flush()  # typed text is saved (and undoable) first
        self.controller.delete_article()
