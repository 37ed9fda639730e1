"""The main window's menus, toolbar and context menus, from the one action registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QToolBar

    from claimtracker.ui.actions import ActionRegistry
    from claimtracker.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Menus in the usual order (File, Edit, Article, Claim, View, Help) and the toolbar."""
    a = window.registry
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _add(a, file_menu, "actionNewDatabase", "actionOpenDatabase")
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.recent_menu.setObjectName("recentMenu")
    file_menu.addSeparator()
    _add(a, file_menu, "actionImport", "actionImportUrl", "actionPasteArticle", "actionExport")
    file_menu.addSeparator()
    _add(a, file_menu, "actionRetrySave", "actionBackup", "actionRestore")
    file_menu.addSeparator()
    _add(a, file_menu, "actionPreferences")
    file_menu.addSeparator()
    _add(a, file_menu, "actionQuit")

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _add(a, edit_menu, "actionUndo", "actionRedo")
    edit_menu.addSeparator()
    _add(a, edit_menu, "actionFind", "actionFindNext", "actionFindPrevious")

    window.article_menu = bar.addMenu(
        QCoreApplication.translate("MainWindow", "&Article")
    )  # filled by its feature

    claim_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Claim"))
    _add(
        a,
        claim_menu,
        "actionNewClaim",
        "actionDismissSuggestion",
        "actionLinkClaim",
        "actionLinkToClaim",
        "actionAddEvidence",
    )
    claim_menu.addSeparator()
    _add(a, claim_menu, "actionDeleteClaim")
    claim_menu.addSeparator()
    _add(a, claim_menu, "actionGroupSimilar", "actionManageTags", "actionScales")

    view_menu = window.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    _add(a, view_menu, "actionShowArticle", "actionShowReview")
    view_menu.addSeparator()
    colour = QActionGroup(window)
    for name in ("actionColourByVerdict", "actionColourByStatus"):
        colour.addAction(a[name])
        view_menu.addAction(a[name])
    a[f"actionColourBy{window.context.settings.colour_by.title()}"].setChecked(True)
    view_menu.addSeparator()
    _add(a, view_menu, "actionSuggestClaims")
    a["actionSuggestClaims"].setChecked(window.suggestions.enabled)
    view_menu.addSeparator()
    for dock in (window.library_dock, window.claims_dock, window.inspector_dock):
        view_menu.addAction(dock.toggleViewAction())

    _add(
        a,
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")),
        "actionShortcuts",
        "actionAbout",
    )

    toolbar = window.toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _add(
        a,
        toolbar,
        "actionImport",
        "actionNewClaim",
        "actionLinkClaim",
        "actionAddEvidence",
        "actionDeleteClaim",
    )
    toolbar.addSeparator()
    _add(a, toolbar, "actionUndo", "actionRedo")

    for widget in (window.view, window.claims_list):  # Delete acts where a claim has the focus
        widget.addActions(a.view_scoped())
    window.view.set_context_actions(
        [
            a["actionNewClaim"],
            a["actionLinkClaim"],
            a["actionLinkToClaim"],
            a["actionDismissSuggestion"],
        ]
    )
    window.review_panel.actions_menu.addSeparator()
    window.review_panel.actions_menu.addAction(a["actionGroupSimilar"])


def _add(registry: ActionRegistry, menu: QMenu | QToolBar, *names: str) -> None:
    for name in names:
        menu.addAction(registry[name])
