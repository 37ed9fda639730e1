"""The parts of the main window, built into it on one application context.

:func:`assemble` makes the controllers (one concern each, no widgets), the views that show
them, and the docks and tabs they sit in; then the menus (:mod:`claimtracker.ui.menus`), what
the window's commands do (:mod:`claimtracker.ui.window_commands`), and the features that add
parts of their own (:mod:`claimtracker.ui.versions.feature`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.actions import ActionRegistry
from claimtracker.ui.article.claims_list import ArticleClaimsList
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.library import ArticleLibrary
from claimtracker.ui.article.panel import ArticlePanel
from claimtracker.ui.claim.controller import ClaimController
from claimtracker.ui.claim.inspector import ClaimInspector
from claimtracker.ui.database.controller import DatabaseController
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.intel.groups import GroupController
from claimtracker.ui.intel.similar import SimilarClaimsController
from claimtracker.ui.intel.similar_panel import SimilarClaimsPanel
from claimtracker.ui.intel.suggestions import SuggestionController
from claimtracker.ui.menus import build_menus
from claimtracker.ui.palette import claim_colour
from claimtracker.ui.review.controller import ReviewController
from claimtracker.ui.review.panel import ReviewPanel
from claimtracker.ui.scales.controller import ScalesController
from claimtracker.ui.tab_layouts import TabLayouts
from claimtracker.ui.transfer.controller import TransferController
from claimtracker.ui.versions.feature import ArticleChanges
from claimtracker.ui.widgets.naming import named
from claimtracker.ui.widgets.notice import NoticeBar
from claimtracker.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from claimtracker.ui.context import AppContext
    from claimtracker.ui.main_window import MainWindow


def assemble(window: MainWindow, context: AppContext) -> None:
    """Build every part into ``window`` (which is still showing its frame)."""
    # The context is the window's first child, so it goes first when the window is deleted:
    # its undo stack's last signals still find every widget alive.
    context.setParent(window)
    window.context = context
    window.registry = ActionRegistry(window)
    window.edits = EditController(context, window)
    window.articles = ArticleController(context, window)
    window.claims = ClaimController(context, window.edits, window)
    window.database = DatabaseController(context, window)
    window.transfer = TransferController(context, window)
    _views(window, context)
    window.review = ReviewController(context, window.edits, window.review_panel, window)
    window.suggestions = SuggestionController(context, window.articles, window.edits, window)
    window.similar = SimilarClaimsController(context, window.edits, window.claims, window)
    window.groups = GroupController(context, window, window.show_claim)
    window.scales = ScalesController(context, window.edits, window)
    window.layouts = TabLayouts(
        window,
        context.settings,
        ("article", "review"),
        {"review": [window.library_dock, window.claims_dock]},
    )
    build_menus(window)
    window.commands = WindowCommands(window)
    window.article_changes = ArticleChanges(window)  # import from URL, versions, history, find


def _views(window: MainWindow, context: AppContext) -> None:
    """The article and review tabs, the banners above them, the docks and the status bar."""
    window.article_panel = ArticlePanel(context, window.articles, window.claims)
    window.view = window.article_panel.view
    window.review_panel = ReviewPanel(context.services.review, context.taxonomy)
    tabs = window.tabs = named(QTabWidget(), "centralTabs")
    tabs.setDocumentMode(True)
    tabs.addTab(window.article_panel, QCoreApplication.translate("MainWindow", "Article"))
    tabs.addTab(window.review_panel, QCoreApplication.translate("MainWindow", "Review Claims"))
    window.read_only_banner = NoticeBar("readOnlyBanner", "#F0E442", closable=False)
    window.warning_bar = NoticeBar("warningBar", "#E69F00")
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(window.read_only_banner)
    layout.addWidget(window.warning_bar)
    layout.addWidget(tabs, 1)
    window.setCentralWidget(central)  # in place of the frame's "Opening…"

    window.library = ArticleLibrary(window.articles)
    window.claims_list = ArticleClaimsList(context, window.articles, window.claims)
    window.inspector = inspector = ClaimInspector()
    window.similar_panel = SimilarClaimsPanel(
        lambda verdict: context.taxonomy.verdict_label(verdict),
        lambda c: claim_colour(c, context.taxonomy, context.settings.colour_by),
    )
    inspector.add_section(window.similar_panel, 1)
    area = Qt.DockWidgetArea
    window.library_dock = window.dock(
        "libraryDock",
        QCoreApplication.translate("MainWindow", "Library"),
        window.library,
        area.LeftDockWidgetArea,
    )
    window.claims_dock = window.dock(
        "articleClaimsDock",
        QCoreApplication.translate("MainWindow", "Claims in This Article"),
        window.claims_list,
        area.LeftDockWidgetArea,
    )
    # Scrolls in a short window rather than making the window taller than the screen.
    scroll = named(QScrollArea(), "inspectorScroll")
    scroll.setWidget(inspector)
    scroll.setAccessibleName(QCoreApplication.translate("MainWindow", "Claim"))
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(
        inspector.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
    )
    window.inspector_dock = window.dock(
        "inspectorDock",
        QCoreApplication.translate("MainWindow", "Claim"),
        scroll,
        area.RightDockWidgetArea,
    )
    window.resizeDocks(
        [window.library_dock, window.inspector_dock], [340, 380], Qt.Orientation.Horizontal
    )
    status = window.statusBar()
    window.unsaved_label = named(QToolButton(), "unsavedLabel")
    window.unsaved_label.setStyleSheet("color: #D55E00; font-weight: 600;")
    window.unsaved_label.setAutoRaise(True)
    window.unsaved_label.hide()
    status.addPermanentWidget(window.unsaved_label)
    window.db_label = named(QLabel(), "databaseLabel")
    window.db_label.setTextFormat(Qt.TextFormat.PlainText)
    status.addPermanentWidget(window.db_label)
