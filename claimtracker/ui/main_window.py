"""The annotation workspace: library, article reader, claims of the article, inspector."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core import commands
from claimtracker.core.db import Database
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.services import Services
from claimtracker.core.services.dto import ClaimInfo
from claimtracker.ui import icons
from claimtracker.ui.actions import ActionRegistry
from claimtracker.ui.background import BackgroundJob
from claimtracker.ui.backing_up import BackupRunner
from claimtracker.ui.dialogs import ask
from claimtracker.ui.dialogs.evidence_dialog import EvidenceDialog
from claimtracker.ui.dialogs.text_dialogs import PreferencesDialog
from claimtracker.ui.importing import ImportJob
from claimtracker.ui.models.article_models import article_claims_model, claim_summary
from claimtracker.ui.models.records import ID_ROLE
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.settings import AppSettings
from claimtracker.ui.widgets.article_library import ArticleLibrary
from claimtracker.ui.widgets.article_view import ArticleView
from claimtracker.ui.widgets.claim_inspector import ClaimInspector
from claimtracker.ui.widgets.review_panel import ReviewPanel
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate
from claimtracker.ui.window_database import DatabaseMixin
from claimtracker.ui.window_review import ReviewMixin
from claimtracker.ui.window_saving import SavingMixin
from claimtracker.ui.window_transfer import TransferMixin

CHANGES_CLAIM_COUNTS = (
    commands.CreateClaim,
    commands.DeleteClaim,
    commands.LinkSelection,
    commands.BulkDelete,
)
"""Commands after which the library's claim counts must be read again."""

WATCH_INTERVAL_MS = 1500
"""How often the window looks for changes saved by other windows or processes."""


class MainWindow(SavingMixin, DatabaseMixin, ReviewMixin, TransferMixin, QMainWindow):
    """One window on one database; every edit goes through the undo stack."""

    importFinished = Signal(list, list, bool)  # article ids, [(file, reason)], cancelled
    exportFinished = Signal(int, str, bool)  # rows written, error, cancelled
    backupFinished = Signal(str, str)  # backup path, error
    backgroundFinished = Signal(str)  # error message ("" when the edit was saved)

    def __init__(self, db: Database, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        self.settings = settings or AppSettings()
        self.undo_stack = QUndoStack(self)
        self.backup_runner = BackupRunner(self)
        self._unsaved: list = []
        self.actions = ActionRegistry(self)
        self.db: Database = db
        self.services = Services(db, self.settings.analyst)
        self.taxonomy = Taxonomy([], [])
        self.article_id: int | None = None
        self.claim_id: int | None = None
        self._claims: dict[int, ClaimInfo] = {}
        self._import_job: ImportJob | None = None
        self._import_job_merges: list = []
        self._export_job: BackgroundJob | None = None
        self._background_job: BackgroundJob | None = None

        self._build_widgets()
        self._build_menus()
        self._connect()
        self.setAcceptDrops(True)
        geometry, state = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        if state is not None:
            self.restoreState(state)
        self._seen_version = 0
        self.load_database(db)
        self._watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self._poll_changes)
        self._watch_timer.start()
        self._daily_timer = QTimer(self, interval=3_600_000)  # hourly look for a due daily backup
        self._daily_timer.timeout.connect(self._daily_backup)
        self._daily_timer.start()

    # -- building ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = ArticleView()
        self.header = QLabel(objectName="articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(False)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setContentsMargins(8, 6, 8, 2)
        reader = QWidget(objectName="readerPage")
        layout = QVBoxLayout(reader)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.review = ReviewPanel(self.services.review, self.taxonomy)
        self.tabs = QTabWidget(objectName="centralTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(reader, "Article")
        self.tabs.addTab(self.review, "Review Claims")
        self.read_only_banner = QLabel(
            "This database is open read-only: you can read and export, but changes cannot be "
            "saved.",
            objectName="readOnlyBanner",
        )
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #F0E442; color: #000000; padding: 6px; font-weight: 600;"
        )
        self.read_only_banner.setAccessibleName("Read-only database")
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._review_stale = True

        self.library = ArticleLibrary()
        self.articles = self.library.list
        self.inspector = ClaimInspector()
        self.claims_model = article_claims_model(self.taxonomy)
        self.claims_list = QListView(objectName="articleClaims")
        self.claims_list.setAccessibleName("Claims in this article")
        self.claims_list.setModel(self.claims_model)
        self.claims_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.claims_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claims_list.setItemDelegate(
            TwoLineDelegate(
                lambda c: c.statement,
                self._claim_details,
                lambda c: self._colour_of(c.id),
                self.claims_list,
            )
        )

        self.library_dock = self._dock(
            "libraryDock", "Library", self.library, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.claims_dock = self._dock(
            "articleClaimsDock",
            "Claims in This Article",
            self.claims_list,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.inspector_dock = self._dock(
            "inspectorDock", "Claim", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.resizeDocks(
            [self.library_dock, self.inspector_dock], [340, 380], Qt.Orientation.Horizontal
        )
        self.statusBar().setObjectName("statusBar")
        self.unsaved_label = QLabel(objectName="unsavedLabel")
        self.unsaved_label.setStyleSheet("color: #D55E00; font-weight: 600;")
        self.unsaved_label.hide()
        self.statusBar().addPermanentWidget(self.unsaved_label)
        self.db_label = QLabel(objectName="databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < 1100
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if narrow
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        if self.isVisible() and self.centralWidget().width() < 360:
            self._balance_docks()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.centralWidget().width() < 360:
            QTimer.singleShot(0, self._balance_docks)

    def _balance_docks(self) -> None:
        """Docks keep their width when the window shrinks; give the article its share back."""
        width = self.width()
        self.resizeDocks(
            [self.library_dock, self.inspector_dock],
            [int(width * 0.24), int(width * 0.34)],
            Qt.Orientation.Horizontal,
        )

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 820
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for name in ("actionNewDatabase", "actionOpenDatabase"):
            file_menu.addAction(a[name])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addSeparator()
        file_menu.addAction(a["actionImport"])
        file_menu.addAction(a["actionPasteArticle"])
        file_menu.addAction(a["actionExport"])
        file_menu.addSeparator()
        file_menu.addAction(a["actionRetrySave"])
        file_menu.addAction(a["actionBackup"])
        file_menu.addAction(a["actionRestore"])
        file_menu.addSeparator()
        file_menu.addAction(a["actionPreferences"])
        file_menu.addSeparator()
        file_menu.addAction(a["actionQuit"])

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(a["actionUndo"])
        edit_menu.addAction(a["actionRedo"])
        edit_menu.addSeparator()
        claim_menu = bar.addMenu("&Claim")
        for name in ("actionNewClaim", "actionLinkClaim", "actionAddEvidence"):
            claim_menu.addAction(a[name])
        claim_menu.addSeparator()
        claim_menu.addAction(a["actionDeleteClaim"])
        claim_menu.addSeparator()
        claim_menu.addAction(a["actionManageTags"])
        edit_menu.addAction(a["actionFind"])

        view_menu = bar.addMenu("&View")
        view_menu.addAction(a["actionShowArticle"])
        view_menu.addAction(a["actionShowReview"])
        view_menu.addSeparator()
        colour = QActionGroup(self)
        for name in ("actionColourByVerdict", "actionColourByStatus"):
            colour.addAction(a[name])
            view_menu.addAction(a[name])
        a[f"actionColourBy{self.settings.colour_by.title()}"].setChecked(True)
        view_menu.addSeparator()
        for dock in (self.library_dock, self.claims_dock, self.inspector_dock):
            view_menu.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(a["actionAbout"])

        toolbar = self.toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in (
            "actionImport",
            "actionNewClaim",
            "actionLinkClaim",
            "actionAddEvidence",
            "actionDeleteClaim",
        ):
            toolbar.addAction(a[name])
        toolbar.addSeparator()
        toolbar.addAction(a["actionUndo"])
        toolbar.addAction(a["actionRedo"])

        # Delete acts only where a claim, not text, has the focus.
        for widget in (self.view, self.claims_list):
            widget.addActions(self.actions.view_scoped())
        self.view.set_context_actions([a["actionNewClaim"], a["actionLinkClaim"]])

    def _connect(self) -> None:
        a = self.actions
        a["actionNewDatabase"].triggered.connect(self.new_database)
        a["actionOpenDatabase"].triggered.connect(self.open_database_dialog)
        a["actionImport"].triggered.connect(self.import_dialog)
        a["actionPasteArticle"].triggered.connect(self.paste_article)
        a["actionExport"].triggered.connect(self.export_dialog)
        a["actionBackup"].triggered.connect(self.back_up_now)
        a["actionRetrySave"].triggered.connect(self.retry_unsaved)
        a["actionRestore"].triggered.connect(self.restore_from_backup)
        self.backup_runner.finished.connect(self._backup_done)
        a["actionPreferences"].triggered.connect(self.edit_preferences)
        a["actionQuit"].triggered.connect(self.close)
        a["actionUndo"].triggered.connect(self.undo_stack.undo)
        a["actionRedo"].triggered.connect(self.undo_stack.redo)
        a["actionNewClaim"].triggered.connect(self.new_claim_from_selection)
        a["actionLinkClaim"].triggered.connect(self.link_selection)
        a["actionDeleteClaim"].triggered.connect(self.delete_claim)
        a["actionAddEvidence"].triggered.connect(self.add_evidence)
        a["actionFind"].triggered.connect(self._find)
        a["actionShowArticle"].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a["actionShowReview"].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a["actionManageTags"].triggered.connect(self.manage_tags)
        self.tabs.currentChanged.connect(self._tab_changed)
        r = self.review
        r.openRequested.connect(self.open_claim)
        r.claimSelected.connect(self._review_claim_selected)
        r.statusRequested.connect(self._bulk_status)
        r.verdictRequested.connect(self._bulk_verdict)
        r.tagRequested.connect(self._bulk_tag)
        r.deleteRequested.connect(self._bulk_delete)
        r.manageTagsRequested.connect(self.manage_tags)
        r.exportRequested.connect(self.export_dialog)
        r.filterChanged.connect(lambda f: self.settings.set_last_filter(f.to_dict()))
        r.saveFilterRequested.connect(self._save_filter)
        r.deleteFilterRequested.connect(self._forget_filter)
        r.savedFilterChosen.connect(self._use_saved_filter)
        a["actionColourByVerdict"].triggered.connect(lambda: self._set_colour_by("verdict"))
        a["actionColourByStatus"].triggered.connect(lambda: self._set_colour_by("status"))
        a["actionAbout"].triggered.connect(self._about)
        self.undo_stack.canUndoChanged.connect(a["actionUndo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["actionRedo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: a["actionUndo"].setText(f"&Undo {t}" if t else "&Undo")
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: a["actionRedo"].setText(f"&Redo {t}" if t else "&Redo")
        )
        self.view.selectionChanged.connect(self._update_actions)
        self.view.highlightClicked.connect(lambda cid: self.select_claim(cid, scroll=False))
        self.view.set_tooltip_provider(self._tooltip)
        self.library.articleChosen.connect(self.open_article)
        self.claims_list.selectionModel().currentRowChanged.connect(self._claim_row_changed)
        self.claims_list.activated.connect(lambda i: self.select_claim(i.data(ID_ROLE)))
        self.inspector.editRequested.connect(self._edit_claim)
        self.inspector.tagsRequested.connect(self._set_tags)
        self.inspector.addEvidenceRequested.connect(self.add_evidence)
        self.inspector.editEvidenceRequested.connect(self.edit_evidence)
        self.inspector.removeEvidenceRequested.connect(self.remove_evidence)

    # -- database ---------------------------------------------------------------------------

    def load_database(self, db: Database) -> None:
        """Show another database; the undo history belongs to the previous one and is cleared."""
        self.inspector.flush()
        if db is not self.db:
            self.db.close()
        self.db = db
        self.services = Services(db, self.settings.analyst)
        self.undo_stack.clear()
        self._unsaved = []
        self._update_unsaved()
        self.taxonomy = Taxonomy(self.services.terms.statuses(), self.services.terms.verdicts())
        self.inspector.set_taxonomy(self.taxonomy)
        self.inspector.set_tag_names(self.services.claims.tag_names())
        self._rebuild_claims_model()
        self.article_id = None
        self.claim_id = None
        if db.path is not None:
            self.settings.add_recent_database(str(db.path))
        self._update_recent_menu()
        self._update_title()
        self.db_label.setText(f"{db.name}{' (read-only)' if db.readonly else ''}")
        self.read_only_banner.setVisible(db.readonly)
        self.inspector.set_read_only(db.readonly)
        self._setup_review()
        self._seen_version = db.data_version()
        if self._can_back_up():
            self.backup_runner.start(db.path, "open", self.settings.backups_to_keep)
        self.reload_library()
        articles = self.library.model.rows()
        last = self.settings.last_article(self._db_key())
        if any(a.id == last for a in articles):
            self.open_article(last)
        elif articles:
            self.open_article(articles[0].id)
        else:
            self._show_article_none()
        self._update_actions()

    def _db_key(self) -> str:
        return str(self.db.path) if self.db.path else self.db.name

    # -- articles ---------------------------------------------------------------------------

    def reload_library(self) -> None:
        self.library.set_articles(self.services.articles.all())
        self.library.select(self.article_id)

    def open_article(self, article_id: int) -> None:
        self.inspector.flush()
        try:
            info = self.services.articles.get(article_id)
            text = self.services.articles.text(article_id)
        except ClaimTrackerError as exc:
            ask.error(self, "Cannot Open Article", str(exc))
            return
        self.article_id = article_id
        self.claim_id = None
        self.library.select(article_id)
        self.view.set_article(text)
        meta = " · ".join(
            filter(
                None,
                (
                    info.outlet,
                    info.author,
                    info.published_at.isoformat() if info.published_at else None,
                ),
            )
        )
        link = (
            f'<br><span style="color: palette(placeholder-text)">{_html(info.url)}</span>'
            if info.url
            else ""
        )
        self.header.setText(
            f'<span style="font-size: 14pt; font-weight: 600">{_html(info.title)}</span>'
            f"<br>{_html(meta)}{link}"
        )
        self.settings.set_last_article(self._db_key(), article_id)
        self.refresh_article()
        self.inspector.show_claim(None)

    def _show_article_none(self) -> None:
        self.view.clear_article()
        self.header.setText(
            "<i>No articles yet — import one with File › Import Articles (Ctrl+I) "
            "or drop files on this window.</i>"
        )
        self.claims_model.set_rows([])
        self.inspector.show_claim(None)

    def refresh_article(self) -> None:
        """Reload the open article's claims and highlights (after any change)."""
        if self.article_id is None:
            return
        claims = self.services.claims.find(_article_filter(self.article_id))
        self._claims = {c.id: c for c in claims}
        if self.claim_id is not None and self._current_claim() is None:
            self.claim_id = None  # deleted
        highlights = [h for c in claims for h in c.highlights if h.article_id == self.article_id]
        first = {
            c.id: min((h.start for h in c.highlights if h.article_id == self.article_id), default=0)
            for c in claims
        }
        self.claims_model.set_rows(sorted(claims, key=lambda c: (first[c.id], c.id)))
        self.view.set_highlights(highlights, self._colour_of, self.claim_id)
        self._select_claim_row(self.claim_id)
        self.inspector.show_claim(self._current_claim())
        self._update_actions()

    def _colour_of(self, claim_id: int) -> str:
        claim = self._claims.get(claim_id)
        if claim is None:
            return "#A0A0A0"
        if self.settings.colour_by == "status":
            return self.taxonomy.status_colour(claim.status)
        return self.taxonomy.verdict_colour(claim.verdict)

    def _claim_details(self, claim: ClaimInfo) -> str:
        parts = [
            self.taxonomy.status_label(claim.status),
            self.taxonomy.verdict_label(claim.verdict),
            claim.claimant,
        ]
        if any(h.state == "orphaned" for h in claim.highlights if h.article_id == self.article_id):
            parts.insert(0, "⚠ not found in the text")
        return " · ".join(p for p in parts if p)

    def _tooltip(self, claim_id: int) -> str:
        claim = self._claims.get(claim_id)
        return claim_summary(claim, self.taxonomy) if claim else ""

    def _rebuild_claims_model(self) -> None:
        old = self.claims_model
        self.claims_model = article_claims_model(self.taxonomy, self.settings.colour_by, self)
        self.claims_list.setModel(self.claims_model)
        self.claims_list.selectionModel().currentRowChanged.connect(self._claim_row_changed)
        old.deleteLater()

    def _set_colour_by(self, value: str) -> None:
        self.settings.colour_by = value
        self._rebuild_claims_model()
        self.refresh_article()

    # -- claims -----------------------------------------------------------------------------

    def _current_claim(self) -> ClaimInfo | None:
        """The current claim, from the open article or (chosen in the review list) any other."""
        if self.claim_id is None:
            return None
        if self.claim_id in self._claims:
            return self._claims[self.claim_id]
        try:
            return self.services.claims.get(self.claim_id)
        except ClaimTrackerError:
            return None

    def select_claim(self, claim_id: int | None, scroll: bool = True) -> None:
        """Make a claim current: inspector, list row, strong highlight, scrolled into view."""
        self.inspector.flush()
        self.claim_id = claim_id
        claim = self._current_claim()
        if claim is None:
            self.claim_id = None
        self.inspector.show_claim(claim)
        self._select_claim_row(self.claim_id)
        self.view.set_highlights(
            [
                h
                for c in self._claims.values()
                for h in c.highlights
                if h.article_id == self.article_id
            ],
            self._colour_of,
            self.claim_id,
        )
        if claim and scroll:
            here = [
                h
                for h in claim.highlights
                if h.article_id == self.article_id and h.state != "orphaned"
            ]
            if here:
                self.view.reveal_range(here[0].start, here[0].end)
        self._update_actions()

    def _select_claim_row(self, claim_id: int | None) -> None:
        selection = self.claims_list.selectionModel()
        blocked = selection.blockSignals(True)
        row = self.claims_model.row_of(claim_id) if claim_id is not None else None
        if row is None:
            selection.clear()
        else:
            index = self.claims_model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.claims_list.scrollTo(index)
        selection.blockSignals(blocked)

    def _claim_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.select_claim(current.data(ID_ROLE))

    def new_claim_from_selection(self) -> None:
        """Turn the selected text into a claim at once and put the cursor on its statement."""
        selected = self.view.selected_range()
        if self.article_id is None or selected is None:
            self.statusBar().showMessage("Select the sentence to turn into a claim first.", 5000)
            return
        command = commands.CreateClaim(self.article_id, *selected)
        if self._run(command):
            cursor = self.view.textCursor()
            cursor.clearSelection()  # let the new highlight show instead of the selection
            self.view.setTextCursor(cursor)
            self.select_claim(command.claim_id, scroll=False)
            self.inspector.focus_statement()
            self.statusBar().showMessage("Claim created.", 3000)

    def link_selection(self) -> None:
        selected = self.view.selected_range()
        if self.article_id is None or selected is None or self.claim_id is None:
            self.statusBar().showMessage(
                "Choose a claim, then select its other appearance in the text.", 5000
            )
            return
        claim_id = self.claim_id
        if self._run(commands.LinkSelection(claim_id, self.article_id, *selected)):
            self.select_claim(claim_id, scroll=False)

    def delete_claim(self) -> None:
        if self.claim_id is None:
            return
        if self._run(commands.DeleteClaim(self.claim_id, None)):
            self.statusBar().showMessage("Claim deleted. Undo with Ctrl+Z.", 5000)

    def _edit_claim(self, claim_id: int, field: str, value: object) -> None:
        shown = self.inspector.claim()
        claim = shown if shown is not None and shown.id == claim_id else self._current_claim()
        if claim is None or claim.id != claim_id:
            claim = self.services.claims.get(claim_id)
        self._run(
            commands.EditClaim(
                claim_id,
                {field: value},
                {field: getattr(claim, field)},
                claim.version,  # what the analyst saw when editing
                text=f"Edit {field.replace('_', ' ')}",
            )
        )

    def _set_tags(self, claim_id: int, names: list[str]) -> None:
        claim = self._claims.get(claim_id) or self.services.claims.get(claim_id)
        self._run(commands.SetTags(claim_id, names, list(claim.tags), claim.version))

    # -- evidence ---------------------------------------------------------------------------

    def add_evidence(self) -> None:
        if self.claim_id is None:
            self.statusBar().showMessage("Choose a claim first.", 5000)
            return
        claim_id = self.claim_id
        dialog = EvidenceDialog(self.services.sources.find(), parent=self)
        if not ask.run_dialog(dialog):
            return
        draft = dialog.draft()
        claim = self._current_claim()
        self._run(
            commands.AddEvidence(
                claim_id,
                claim.version if claim else None,
                draft.source_id,
                draft.evidence,
                {} if draft.source_id else draft.source,
            )
        )

    def edit_evidence(self, evidence_id: int) -> None:
        claim = self._claims.get(self.claim_id) if self.claim_id else None
        existing = next((e for e in claim.evidence if e.id == evidence_id), None) if claim else None
        if existing is None:
            return
        dialog = EvidenceDialog(self.services.sources.find(), existing, parent=self)
        if not ask.run_dialog(dialog):
            return
        draft = dialog.draft()
        after = {k: v for k, v in draft.evidence.items() if getattr(existing, k) != v}
        before = {k: getattr(existing, k) for k in after}
        source_before = {k: getattr(existing.source, k) for k in draft.source}
        if after or draft.source:
            self._run(
                commands.EditEvidence(
                    evidence_id,
                    claim.version,
                    after,
                    before,
                    draft.source,
                    source_before,
                )
            )

    def remove_evidence(self, evidence_id: int) -> None:
        claim = self._current_claim()
        self._run(commands.RemoveEvidence(evidence_id, claim.version if claim else None))

    # -- after each change ---------------------------------------------------------------

    def _after_command(self, command) -> None:
        self.refresh_article()
        if isinstance(command, CHANGES_CLAIM_COUNTS):
            # Listing every article costs ~0.3 s at 10,000 of them: not after each field edit.
            self.reload_library()
        self.inspector.set_tag_names(self.services.claims.tag_names())
        self._review_stale = True
        if self.tabs.currentIndex() == 1:
            self._refresh_review()
        self._seen_version = self.db.data_version()  # our own change, already shown

    def _update_actions(self) -> None:
        has_selection = self.view.textCursor().hasSelection()
        writable = not self.db.readonly
        a = self.actions
        a["actionNewClaim"].setEnabled(writable and self.article_id is not None and has_selection)
        a["actionLinkClaim"].setEnabled(writable and has_selection and self.claim_id is not None)
        a["actionDeleteClaim"].setEnabled(writable and self.claim_id is not None)
        a["actionAddEvidence"].setEnabled(writable and self.claim_id is not None)
        a["actionImport"].setEnabled(writable)
        a["actionPasteArticle"].setEnabled(writable)
        a["actionUndo"].setEnabled(self.undo_stack.canUndo())
        a["actionRedo"].setEnabled(self.undo_stack.canRedo())

    # -- other ------------------------------------------------------------------------------

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(
            self.settings.analyst,
            self.settings.organisation,
            self.settings.organisation_url,
            self.settings.backups_to_keep,
            self,
        )
        if ask.run_dialog(dialog):
            self.settings.analyst = dialog.analyst.text()
            self.settings.organisation = dialog.organisation.text()
            self.settings.organisation_url = dialog.organisation_url.text()
            self.settings.backups_to_keep = dialog.backups.value()
            self.services = Services(self.db, self.settings.analyst)
            self.undo_stack.clear()  # commands hold the services of the previous name

    def _find(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.review.focus_search()
            return
        self.library_dock.show()
        self.library.filter.setFocus()
        self.library.filter.selectAll()

    def _about(self) -> None:
        from claimtracker import __version__

        ask.information(
            self,
            "About ClaimTracker",
            f"ClaimTracker {__version__}\nTrack factual claims in news articles.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inspector.flush()
        if self._import_job is not None and self._import_job.is_running():
            self._import_job.cancel()
            self._import_job.thread.wait()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.save_review_header(self.review.table.horizontalHeader().saveState())
        self.settings.sync()
        self.db.close()
        super().closeEvent(event)


def _article_filter(article_id: int):
    from claimtracker.core.services.query import ClaimFilter

    return ClaimFilter(article_id=article_id)


def _html(text: str | None) -> str:
    from html import escape

    return escape(text or "")
