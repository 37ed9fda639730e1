"""The main window: a frame on screen at once, then the workspace built into it.

Starting takes two steps so that the window is painted before the heavy modules (the database
layer, the services, the views) are imported: a :class:`MainWindow` needs only Qt and the
settings, and shows which database it is opening; :meth:`MainWindow.open_workspace` then
builds the parts into it (:mod:`claimtracker.ui.workspace`), their menus
(:mod:`claimtracker.ui.menus`) and what the menus do (:mod:`claimtracker.ui.window_commands`).
Behaviour lives in the controllers; this module keeps the window's size, its saved state and
closing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from claimtracker.ui import icons
from claimtracker.ui.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QMenu, QTabWidget, QToolBar, QToolButton

    from claimtracker.ui.actions import ActionRegistry
    from claimtracker.ui.article.claims_list import ArticleClaimsList
    from claimtracker.ui.article.controller import ArticleController
    from claimtracker.ui.article.library import ArticleLibrary
    from claimtracker.ui.article.panel import ArticlePanel
    from claimtracker.ui.article.reader import ArticleView
    from claimtracker.ui.claim.controller import ClaimController
    from claimtracker.ui.claim.inspector import ClaimInspector
    from claimtracker.ui.context import AppContext
    from claimtracker.ui.database.controller import DatabaseController
    from claimtracker.ui.editing.controller import EditController
    from claimtracker.ui.intel.groups import GroupController
    from claimtracker.ui.intel.similar import SimilarClaimsController
    from claimtracker.ui.intel.similar_panel import SimilarClaimsPanel
    from claimtracker.ui.intel.suggestions import SuggestionController
    from claimtracker.ui.review.controller import ReviewController
    from claimtracker.ui.review.panel import ReviewPanel
    from claimtracker.ui.scales.controller import ScalesController
    from claimtracker.ui.tab_layouts import TabLayouts
    from claimtracker.ui.transfer.controller import TransferController
    from claimtracker.ui.versions.feature import ArticleChanges
    from claimtracker.ui.widgets.notice import NoticeBar
    from claimtracker.ui.window_commands import WindowCommands

NARROW = 1100  # below this width the toolbar shows icons only


class _Opening(QLabel):
    """What the frame shows until the workspace is built; says when it was first painted."""

    painted = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setObjectName("openingLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the name of a file: data, not markup
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            self.painted.emit()


class MainWindow(QMainWindow):
    """One window on one database."""

    framePainted = Signal()  # the frame is on screen: the workspace can be built now

    # The parts, built into the window by :meth:`open_workspace`.
    context: AppContext
    registry: ActionRegistry
    edits: EditController
    articles: ArticleController
    claims: ClaimController
    database: DatabaseController
    transfer: TransferController
    review: ReviewController
    suggestions: SuggestionController
    similar: SimilarClaimsController
    groups: GroupController
    scales: ScalesController
    layouts: TabLayouts
    commands: WindowCommands
    article_changes: ArticleChanges
    tabs: QTabWidget
    article_panel: ArticlePanel
    view: ArticleView
    review_panel: ReviewPanel
    library: ArticleLibrary
    claims_list: ArticleClaimsList
    inspector: ClaimInspector
    similar_panel: SimilarClaimsPanel
    library_dock: QDockWidget
    claims_dock: QDockWidget
    inspector_dock: QDockWidget
    read_only_banner: NoticeBar
    warning_bar: NoticeBar
    unsaved_label: QToolButton
    db_label: QLabel
    recent_menu: QMenu
    article_menu: QMenu
    view_menu: QMenu
    toolbar: QToolBar

    def __init__(self, settings: AppSettings, database_name: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        self.settings = settings
        self._built = False
        self.setWindowTitle(
            self.tr("%1 — ClaimTracker").replace("%1", database_name)
            if database_name
            else "ClaimTracker"
        )
        opening = _Opening(
            self.tr("Opening %1…").replace("%1", database_name)
            if database_name
            else self.tr("Opening…")
        )
        opening.painted.connect(self.framePainted, Qt.ConnectionType.QueuedConnection)
        self.setCentralWidget(opening)
        self.statusBar().setObjectName("statusBar")
        geometry, _state = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()

    def open_workspace(self, context: AppContext) -> None:
        """Build the parts into the window, on ``context``'s database, as they were left."""
        from claimtracker.ui.workspace import assemble

        assemble(self, context)
        self._built = True
        _geometry, state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.commands.database_opened()
        self.database.startup()
        QTimer.singleShot(0, self.database.check_later)  # once the window is on screen
        if self.isVisible() and self._central_width() < 360:
            QTimer.singleShot(0, self._balance_docks)

    @property
    def built(self) -> bool:
        """Whether the workspace is in the window (not only the frame)."""
        return self._built

    def show_claim(self, claim_id: int) -> None:
        """Show a claim in its article, its highlight selected and scrolled into view."""
        self.commands.show_claim(claim_id)

    def dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock of the window (moved, floated and closed by the analyst) holding ``widget``."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(
            features.DockWidgetMovable | features.DockWidgetFloatable | features.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    # -- size -------------------------------------------------------------------------------

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
        if not self._built:
            return
        narrow = self.width() < NARROW
        style = Qt.ToolButtonStyle
        self.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if narrow else style.ToolButtonTextBesideIcon
        )
        if self.isVisible() and self._central_width() < 360:
            self._balance_docks()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._built and self._central_width() < 360:
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

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Typed text saved, running work finished (or cancelled whole), nothing left behind."""
        if not self._built:  # only the frame: nothing was opened yet
            super().closeEvent(event)
            return
        from claimtracker.ui.dialogs import ask

        self.inspector.flush()
        unsaved = len(self.edits.unsaved())
        if unsaved and not ask.confirm(
            self,
            self.tr("Edits Not Saved"),
            self.tr(
                "%n edit(s) could not be saved yet (the database is busy or cannot be written). "
                "Close anyway and lose them?",
                "",
                unsaved,
            ),
        ):
            event.ignore()
            return
        self.statusBar().showMessage(self.tr("Finishing the work in progress…"))
        self.context.jobs.shutdown()
        self.database.stop_watching()
        self.articles.remember()
        # The window opens on the article tab: its arrangement is the one restored first.
        self.settings.save_window_state(self.saveGeometry(), self.layouts.state("article"))
        self.layouts.remember()
        self.review.remember()
        self.settings.sync()
        self.context.db.close()
        super().closeEvent(event)
