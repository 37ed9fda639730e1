"""The main window: where each part sits, the menus, and which signal reaches which part.

Behaviour lives in the controllers (editing, article, claim, review, transfer, database); the
window builds them on one :class:`~claimtracker.ui.context.AppContext` and connects them to
the widgets that show them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from claimtracker.core.commands import Change
from claimtracker.ui import icons
from claimtracker.ui.actions import ActionRegistry
from claimtracker.ui.article.claims_list import ArticleClaimsList
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.library import ArticleLibrary
from claimtracker.ui.article.panel import ArticlePanel
from claimtracker.ui.claim.controller import ClaimController
from claimtracker.ui.claim.inspector import ClaimInspector
from claimtracker.ui.context import AppContext
from claimtracker.ui.database.controller import DatabaseController
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.intel.groups import GroupController
from claimtracker.ui.intel.similar import SimilarClaimsController
from claimtracker.ui.intel.similar_panel import SimilarClaimsPanel
from claimtracker.ui.intel.suggestions import SuggestionController
from claimtracker.ui.palette import claim_colour
from claimtracker.ui.plain import menu_text
from claimtracker.ui.review.controller import ReviewController
from claimtracker.ui.review.panel import ReviewPanel
from claimtracker.ui.scales.controller import ScalesController
from claimtracker.ui.tab_layouts import TabLayouts
from claimtracker.ui.transfer.controller import TransferController
from claimtracker.ui.versions.feature import ArticleChanges
from claimtracker.ui.widgets.naming import named
from claimtracker.ui.widgets.notice import NoticeBar

ARTICLE_TAB, REVIEW_TAB = 0, 1
NARROW = 1100  # below this width the toolbar shows icons only


class MainWindow(QMainWindow):
    """One window on one database."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        # The context is the window's first child, so it goes first when the window is
        # deleted: its undo stack's last signals still find every widget alive.
        context.setParent(self)
        self.context = context
        self.registry = ActionRegistry(self)
        self.edits = EditController(context, self)
        self.articles = ArticleController(context, self)
        self.claims = ClaimController(context, self.edits, self)
        self.database = DatabaseController(context, self)
        self.transfer = TransferController(context, self)
        self._build_widgets()
        self.review = ReviewController(context, self.edits, self.review_panel, self)
        self.suggestions = SuggestionController(context, self.articles, self.edits, self)
        self.similar = SimilarClaimsController(context, self.edits, self.claims, self)
        self.groups = GroupController(context, self, self.show_claim)
        self.scales = ScalesController(context, self.edits, self)
        self.layouts = TabLayouts(
            self,
            context.settings,
            ("article", "review"),
            {"review": [self.library_dock, self.claims_dock]},
        )
        self._build_menus()
        self._connect()
        self.article_changes = ArticleChanges(self)  # import from URL, versions, history, find
        geometry, state = context.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        if state is not None:
            self.restoreState(state)
        self._database_opened()
        self.database.startup()
        QTimer.singleShot(0, self.database.check_later)  # once the window is on screen

    # -- building ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        context = self.context
        self.article_panel = ArticlePanel(context, self.articles, self.claims)
        self.view = self.article_panel.view
        self.review_panel = ReviewPanel(context.services.review, context.taxonomy)
        self.tabs = named(QTabWidget(), "centralTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.article_panel, self.tr("Article"))
        self.tabs.addTab(self.review_panel, self.tr("Review Claims"))
        self.read_only_banner = NoticeBar("readOnlyBanner", "#F0E442", closable=False)
        self.warning_bar = NoticeBar("warningBar", "#E69F00")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.warning_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.library = ArticleLibrary(self.articles)
        self.claims_list = ArticleClaimsList(context, self.articles, self.claims)
        self.inspector = ClaimInspector()
        self.similar_panel = SimilarClaimsPanel(
            lambda verdict: context.taxonomy.verdict_label(verdict),
            lambda c: claim_colour(c, context.taxonomy, context.settings.colour_by),
        )
        self.inspector.add_section(self.similar_panel, 1)
        area = Qt.DockWidgetArea
        self.library_dock = self._dock(
            "libraryDock", self.tr("Library"), self.library, area.LeftDockWidgetArea
        )
        self.claims_dock = self._dock(
            "articleClaimsDock",
            self.tr("Claims in This Article"),
            self.claims_list,
            area.LeftDockWidgetArea,
        )
        # Scrolls in a short window rather than making the window taller than the screen.
        inspector_scroll = named(QScrollArea(), "inspectorScroll")
        inspector_scroll.setWidget(self.inspector)
        inspector_scroll.setAccessibleName(self.tr("Claim"))
        inspector_scroll.setWidgetResizable(True)
        inspector_scroll.setFrameShape(QFrame.Shape.NoFrame)
        inspector_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inspector_scroll.setMinimumWidth(
            self.inspector.minimumSizeHint().width()
            + inspector_scroll.verticalScrollBar().sizeHint().width()
        )
        self.inspector_dock = self._dock(
            "inspectorDock", self.tr("Claim"), inspector_scroll, area.RightDockWidgetArea
        )
        self.resizeDocks(
            [self.library_dock, self.inspector_dock], [340, 380], Qt.Orientation.Horizontal
        )
        self.statusBar().setObjectName("statusBar")
        self.unsaved_label = named(QToolButton(), "unsavedLabel")
        self.unsaved_label.setStyleSheet("color: #D55E00; font-weight: 600;")
        self.unsaved_label.setAutoRaise(True)
        self.unsaved_label.hide()
        self.statusBar().addPermanentWidget(self.unsaved_label)
        self.db_label = named(QLabel(), "databaseLabel")
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(
            features.DockWidgetMovable | features.DockWidgetFloatable | features.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.registry
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, "actionNewDatabase", "actionOpenDatabase")
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addSeparator()
        self._add(
            file_menu, "actionImport", "actionImportUrl", "actionPasteArticle", "actionExport"
        )
        file_menu.addSeparator()
        self._add(file_menu, "actionRetrySave", "actionBackup", "actionRestore")
        file_menu.addSeparator()
        self._add(file_menu, "actionPreferences")
        file_menu.addSeparator()
        self._add(file_menu, "actionQuit")
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._add(edit_menu, "actionUndo", "actionRedo")
        edit_menu.addSeparator()
        self._add(edit_menu, "actionFind", "actionFindNext", "actionFindPrevious")
        self.article_menu = bar.addMenu(self.tr("&Article"))
        claim_menu = bar.addMenu(self.tr("&Claim"))
        self._add(
            claim_menu,
            "actionNewClaim",
            "actionDismissSuggestion",
            "actionLinkClaim",
            "actionLinkToClaim",
            "actionAddEvidence",
        )
        claim_menu.addSeparator()
        self._add(claim_menu, "actionDeleteClaim")
        claim_menu.addSeparator()
        self._add(claim_menu, "actionGroupSimilar", "actionManageTags", "actionScales")
        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        self._add(view_menu, "actionShowArticle", "actionShowReview")
        view_menu.addSeparator()
        colour = QActionGroup(self)
        for name in ("actionColourByVerdict", "actionColourByStatus"):
            colour.addAction(a[name])
            view_menu.addAction(a[name])
        a[f"actionColourBy{self.context.settings.colour_by.title()}"].setChecked(True)
        view_menu.addSeparator()
        self._add(view_menu, "actionSuggestClaims")
        a["actionSuggestClaims"].setChecked(self.suggestions.enabled)
        view_menu.addSeparator()
        for dock in (self.library_dock, self.claims_dock, self.inspector_dock):
            view_menu.addAction(dock.toggleViewAction())
        self._add(bar.addMenu(self.tr("&Help")), "actionShortcuts", "actionAbout")

        toolbar = self.toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._add(
            toolbar,
            "actionImport",
            "actionNewClaim",
            "actionLinkClaim",
            "actionAddEvidence",
            "actionDeleteClaim",
        )
        toolbar.addSeparator()
        self._add(toolbar, "actionUndo", "actionRedo")
        for widget in (self.view, self.claims_list):  # Delete acts where a claim has the focus
            widget.addActions(self.registry.view_scoped())
        self.view.set_context_actions(
            [
                a["actionNewClaim"],
                a["actionLinkClaim"],
                a["actionLinkToClaim"],
                a["actionDismissSuggestion"],
            ]
        )
        self.review_panel.actions_menu.addSeparator()
        self.review_panel.actions_menu.addAction(a["actionGroupSimilar"])

    def _add(self, menu, *names: str) -> None:
        for name in names:
            menu.addAction(self.registry[name])

    def _connect(self) -> None:
        a, context, edits, articles, claims = (
            self.registry,
            self.context,
            self.edits,
            self.articles,
            self.claims,
        )
        selection = self.view.selected_range
        suggestions, similar = self.suggestions, self.similar
        triggers = {
            "actionNewDatabase": self.database.new_dialog,
            "actionOpenDatabase": self.database.open_dialog,
            "actionImport": self.transfer.import_dialog,
            "actionPasteArticle": self.transfer.paste_article,
            "actionExport": self._export,
            "actionBackup": self.database.back_up_now,
            "actionRetrySave": edits.retry_in_background,
            "actionRestore": self._restore,
            "actionPreferences": self._preferences,
            "actionQuit": self.close,
            "actionUndo": self._undo,
            "actionRedo": edits.redo,
            "actionNewClaim": lambda: claims.create(
                articles.article_id, selection() or suggestions.range_at(self.view.caret())
            ),
            "actionDismissSuggestion": lambda: suggestions.dismiss_at(self.view.caret()),
            "actionGroupSimilar": self._group_similar,
            "actionLinkClaim": lambda: claims.link(articles.article_id, selection()),
            "actionLinkToClaim": lambda: claims.link_to_chosen(articles.article_id, selection()),
            "actionDeleteClaim": claims.delete_current,
            "actionAddEvidence": claims.add_evidence,
            "actionFind": self._find,
            "actionShowArticle": lambda: self.tabs.setCurrentIndex(ARTICLE_TAB),
            "actionShowReview": lambda: self.tabs.setCurrentIndex(REVIEW_TAB),
            "actionManageTags": self.review.manage_tags,
            "actionScales": lambda: self.scales.open_dialog(a["actionUndo"], a["actionRedo"]),
            "actionShortcuts": self._shortcuts,
            "actionColourByVerdict": lambda: self._colour_by("verdict"),
            "actionColourByStatus": lambda: self._colour_by("status"),
            "actionAbout": self._about,
        }
        for name, slot in triggers.items():
            a[name].triggered.connect(slot)
        a["actionSuggestClaims"].toggled.connect(suggestions.set_enabled)
        stack = context.undo_stack
        stack.canUndoChanged.connect(lambda _c: self._update_actions())
        stack.canRedoChanged.connect(lambda _c: self._update_actions())
        stack.undoTextChanged.connect(lambda _t: self._update_actions())
        stack.redoTextChanged.connect(lambda _t: self._update_actions())
        edits.claimsChanged.connect(self._changed)
        edits.unsavedChanged.connect(self._unsaved)
        edits.busyChanged.connect(lambda _b: self._update_actions())
        self.unsaved_label.clicked.connect(edits.retry_in_background)
        self.database.changedElsewhere.connect(self._changed_elsewhere)
        self.database.backupFailed.connect(self.warning_bar.show_text)
        self.database.damaged.connect(self._damaged)
        context.databaseChanged.connect(self._database_opened)
        context.databaseClosing.connect(self.articles.remember)
        self.transfer.imported.connect(self._open_imported)
        self.transfer.merged.connect(lambda: self._changed_elsewhere(None))
        articles.failed.connect(lambda title, message: ask.error(self, title, message))
        articles.opened.connect(lambda *_a: claims.select(None))
        claims.currentChanged.connect(lambda claim, _s: self.inspector.show_claim(claim))
        claims.currentChanged.connect(lambda *_a: self._update_actions())
        claims.created.connect(self._created)
        self.inspector.editRequested.connect(claims.edit)
        self.inspector.tagsRequested.connect(claims.set_tags)
        self.inspector.addEvidenceRequested.connect(claims.add_evidence)
        self.inspector.editEvidenceRequested.connect(claims.edit_evidence)
        self.inspector.removeEvidenceRequested.connect(claims.remove_evidence)
        self.view.selectionChanged.connect(self._update_actions)
        self.view.cursorPositionChanged.connect(self._update_actions)
        suggestions.changed.connect(self._show_suggestions)
        self.inspector.statementTyped.connect(similar.statement_typed)
        similar.resultsChanged.connect(self.similar_panel.show_results)
        similar.searching.connect(self.similar_panel.set_searching)
        claims.currentChanged.connect(
            lambda claim, _s: self.similar_panel.set_claim_shown(
                claim is not None, context.db.readonly
            )
        )
        self.similar_panel.openRequested.connect(self.show_claim)
        self.similar_panel.sameClaimRequested.connect(self._same_claim)
        panel = self.review_panel
        panel.openRequested.connect(self.show_claim)
        panel.claimSelected.connect(lambda claim_id: claims.select(claim_id, scroll=False))
        panel.exportRequested.connect(self._export)
        self.tabs.currentChanged.connect(self.layouts.switch)
        self.tabs.currentChanged.connect(
            lambda i: self.review.set_visible(i == REVIEW_TAB, self.claims.claim_id)
        )
        context.taxonomyChanged.connect(self.inspector.set_taxonomy)
        for controller in (
            edits,
            claims,
            self.database,
            self.transfer,
            suggestions,
            similar,
            self.groups,
        ):
            controller.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    # -- following the controllers ----------------------------------------------------------

    def _database_opened(self) -> None:
        db, settings = self.context.db, self.context.settings
        self.inspector.set_taxonomy(self.context.taxonomy)
        self.inspector.set_read_only(db.readonly)
        self.inspector.set_tag_names(self.context.services.claims.tag_names())
        self.read_only_banner.show_text(
            self.tr(
                "This database is open read-only: you can read and export, but changes cannot "
                "be saved."
            )
        )
        self.read_only_banner.setVisible(db.readonly)
        self.read_only_banner.setAccessibleName(self.tr("Read-only database"))
        self.warning_bar.hide()
        self.setWindowTitle(
            self.tr("%1 [read-only] — ClaimTracker").replace("%1", db.name)
            if db.readonly
            else self.tr("%1 — ClaimTracker").replace("%1", db.name)
        )
        self.db_label.setText(db.name + (self.tr(" (read-only)") if db.readonly else ""))
        self.recent_menu.clear()
        for path in settings.recent_databases():
            action = QAction(menu_text(path), self.recent_menu)
            action.triggered.connect(lambda _c=False, p=path: self.database.open_recent(p))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))
        self._unsaved(0)
        self.review.setup()
        self.articles.open_last_or_first(self.articles.reload_library())
        self._update_actions()

    def _changed(self, change: Change) -> None:
        if change.scales:
            self.context.scales_changed()  # every view shows the new names and colours
        self.articles.apply(change)
        self.claims.apply(change)
        self.review.apply(change)
        if change.claims or change.touched:
            self.inspector.set_tag_names(self.context.services.claims.tag_names())
        self.database.own_change_seen()
        self._update_actions()

    def _changed_elsewhere(self, claim_ids: frozenset[int] | None = None) -> None:
        """Show what other windows, processes or analysts saved (typed text is saved first):
        the claims the server named, or everything when it did not say."""
        self.inspector.flush()
        self.articles.reload_library()
        if claim_ids is None:
            self.context.scales_changed()
            self.articles.refresh()  # its text too, if another version became current
            self.claims.reload()
        else:
            change = Change(touched=claim_ids, article_records=self.articles.open_record())
            self.articles.apply(change)
            self.claims.apply(change)
        self.review.changed_elsewhere(claim_ids)
        self.suggestions.reload()

    def _damaged(self, error: str) -> None:
        self.warning_bar.show_text(
            self.tr("%1 Restore a backup with File › Restore from Backup….").replace("%1", error)
        )

    def _open_imported(self, article_id: int) -> None:
        self.articles.reload_library()
        self.articles.open(article_id)

    def _created(self, _claim_id: int) -> None:
        cursor = self.view.textCursor()
        cursor.clearSelection()  # let the new highlight show instead of the selection
        self.view.setTextCursor(cursor)
        self.inspector.focus_statement()

    def _show_suggestions(self) -> None:
        self.view.set_suggestions(self.suggestions.marks(), self.suggestions.tooltip)
        self._update_actions()

    def _unsaved(self, count: int) -> None:
        self.unsaved_label.setText(self.tr("⚠ %n edit(s) not saved — Retry", "", count))
        self.unsaved_label.setVisible(bool(count))
        self.registry["actionRetrySave"].setEnabled(bool(count))

    def _update_actions(self) -> None:
        if not isValid(self.view) or not isValid(self.context.undo_stack):
            return  # the window is being taken apart; its undo stack says goodbye
        a = self.registry
        writable = not self.context.db.readonly
        selected = self.view.textCursor().hasSelection()
        article, claim = self.articles.article_id is not None, self.claims.claim_id is not None
        suggested = self.suggestions.at(self.view.caret()) is not None  # Ctrl+Enter takes it
        a["actionNewClaim"].setEnabled(writable and article and (selected or suggested))
        a["actionDismissSuggestion"].setVisible(suggested)
        a["actionDismissSuggestion"].setEnabled(writable and suggested)
        a["actionLinkClaim"].setEnabled(writable and selected and claim)
        a["actionLinkToClaim"].setEnabled(writable and selected and article)
        a["actionDeleteClaim"].setEnabled(writable and claim)
        a["actionAddEvidence"].setEnabled(writable and claim)
        a["actionImport"].setEnabled(writable)
        a["actionPasteArticle"].setEnabled(writable)
        stack, busy = self.context.undo_stack, self.edits.is_busy()
        a["actionUndo"].setEnabled(stack.canUndo() and not busy)
        a["actionRedo"].setEnabled(stack.canRedo() and not busy)
        undo, redo = stack.undoText(), stack.redoText()
        a["actionUndo"].setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        a["actionRedo"].setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    # -- commands of the window -------------------------------------------------------------

    def show_claim(self, claim_id: int) -> None:
        """Show a claim in its article, its highlight selected and scrolled into view."""
        claim = self.context.services.claims.get(claim_id)
        placed = [h for h in claim.highlights if h.state != "orphaned"] or claim.highlights
        here = [h for h in placed if h.article_id == self.articles.article_id]
        target = (here or placed)[0]
        if target.article_id != self.articles.article_id:
            self.articles.open(target.article_id)
        self.tabs.setCurrentIndex(ARTICLE_TAB)
        self.claims.select(claim_id, scroll=False)
        if target.state != "orphaned":
            self.view.select_range(target.start, target.end)
        else:
            self.statusBar().showMessage(
                self.tr("This claim's quote is no longer found in the article."), 8000
            )
        self.view.setFocus()

    def _same_claim(self, existing_id: int) -> None:
        self.inspector.flush()  # typed text is saved first, so the version is the one stored
        self.similar.same_claim(existing_id)

    def _group_similar(self) -> None:
        """Group the selected claims of the review list, or else the listed ones."""
        self.tabs.setCurrentIndex(REVIEW_TAB)  # what is grouped is in sight (and queried)
        panel = self.review_panel
        selected = panel.selected_ids()
        if len(selected) > 1:
            self.groups.group(selected, selected=True)
        else:
            self.groups.group(panel.model.claim_ids(), selected=False)

    def _undo(self) -> None:
        self.inspector.flush()  # typed text is saved (and undoable) before the undo
        self.edits.undo()

    def _export(self) -> None:
        panel = self.review_panel
        self.transfer.export_dialog(
            panel.model.claim_filter, panel.model.sort_key(), panel.selected_ids()
        )

    def _restore(self) -> None:
        self.inspector.flush()
        self.database.restore_dialog()

    def _find(self) -> None:
        if self.tabs.currentIndex() == REVIEW_TAB:
            self.review_panel.focus_search()
            return
        if self.articles.info is not None and not self.library.isAncestorOf(self.focusWidget()):
            self.article_panel.find_bar.open()
            return
        self.library_dock.show()
        self.library.filter.setFocus()
        self.library.filter.selectAll()

    def _colour_by(self, value: str) -> None:
        self.context.settings.colour_by = value
        self.article_panel.refresh_colours()
        self.claims_list.viewport().update()

    def _preferences(self) -> None:
        from claimtracker.ui.preferences import PreferencesDialog

        settings = self.context.settings
        dialog = PreferencesDialog(
            settings.analyst,
            settings.organisation,
            settings.organisation_url,
            settings.backups_to_keep,
            settings.language,
            self,
        )
        if ask.run_dialog(dialog):
            settings.language = dialog.language.currentData()
            settings.organisation = dialog.organisation.text()
            settings.organisation_url = dialog.organisation_url.text()
            settings.backups_to_keep = dialog.backups.value()
            self.context.set_analyst(dialog.analyst.text())  # the undo history stays

    def _shortcuts(self) -> None:
        from claimtracker.ui.help.shortcuts import ShortcutsDialog

        ask.run_dialog(ShortcutsDialog(self.registry, self))

    def _about(self) -> None:
        from claimtracker import __version__

        ask.information(
            self,
            self.tr("About ClaimTracker"),
            self.tr("ClaimTracker %1\nTrack factual claims in news articles.").replace(
                "%1", __version__
            ),
        )

    # -- size and closing -------------------------------------------------------------------

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 820
        if screen is not None:
            width, height = (
                min(width, int(screen.width() * 0.95)),
                min(height, int(screen.height() * 0.92)),
            )
        self.resize(width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        style = Qt.ToolButtonStyle
        self.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if narrow else style.ToolButtonTextBesideIcon
        )
        if self.isVisible() and self._central_width() < 360:
            self._balance_docks()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._central_width() < 360:
            QTimer.singleShot(0, self._balance_docks)

    def _central_width(self) -> int:
        central = self.centralWidget()
        return central.width() if central is not None else self.width()

    def _balance_docks(self) -> None:
        """Docks keep their width when the window shrinks; give the article its share back."""
        width = self.width()
        self.resizeDocks(
            [self.library_dock, self.inspector_dock],
            [int(width * 0.24), int(width * 0.34)],
            Qt.Orientation.Horizontal,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Typed text saved, running work finished (or cancelled whole), nothing left behind."""
        self.inspector.flush()
        if self.edits.unsaved() and not ask.confirm(
            self,
            self.tr("Edits Not Saved"),
            self.tr(
                "%n edit(s) could not be saved yet (the database is busy or cannot be written). "
                "Close anyway and lose them?",
                "",
                len(self.edits.unsaved()),
            ),
        ):
            event.ignore()
            return
        self.statusBar().showMessage(self.tr("Finishing the work in progress…"))
        self.context.jobs.shutdown()
        self.database.stop_watching()
        self.articles.remember()
        settings = self.context.settings
        # The window opens on the article tab: its arrangement is the one restored first.
        settings.save_window_state(self.saveGeometry(), self.layouts.state("article"))
        self.layouts.remember()
        self.review.remember()
        settings.sync()
        self.context.db.close()
        super().closeEvent(event)
