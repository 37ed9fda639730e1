"""The review list's columns: chosen from the header's right-click menu, fitted to the room.

Which columns show, their order and widths are part of the header's state, which the window
saves when it closes and restores when it opens. Until the analyst drags a column's border,
the leading columns (statement, claimant, status, verdict) are fitted to a narrow list, so
status and verdict stay in view without scrolling sideways; dragging a border keeps the
analyst's widths from then on ("Default Columns" fits them again).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtWidgets import QMenu, QTableView

from claimtracker.ui.review.model import COLUMN_WIDTHS, COLUMNS, ReviewModel

LEADING = ("statement", "claimant", "status", "verdict")
NARROWEST = {"statement": 150, "claimant": 70, "status": 90, "verdict": 90}
# What gives way first in a narrow list: the long texts (which elide), then the terms.
YIELDING = (("statement", "claimant"), ("status", "verdict"))
INDEX = {key: i for i, (key, _t) in enumerate(COLUMNS)}


def fitted_widths(shown: list[str], room: int) -> dict[str, int]:
    """Widths of the leading columns shown: their defaults where ``room`` allows, else
    narrowed, the statement and claimant before status and verdict, none below its floor."""
    widths = {key: COLUMN_WIDTHS[INDEX[key]] for key in shown}
    excess = sum(widths.values()) - max(0, room)
    for group in YIELDING:
        keys = [k for k in group if k in widths]
        slack = {k: widths[k] - NARROWEST[k] for k in keys}
        total = sum(slack.values())
        if excess <= 0 or total <= 0:
            continue
        take = min(excess, total)
        for k in keys:
            widths[k] -= round(take * slack[k] / total)
        excess -= take
    return widths


class ColumnFitter(QObject):
    """Keeps the leading columns within the table's width while ``fitting`` is on
    (:meth:`fit` when the table changes size)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._busy = False
        self.fitting = True
        table.horizontalHeader().sectionResized.connect(self._resized)

    def set_fitting(self, fitting: bool) -> None:
        self.fitting = fitting
        self.fit()

    def fit(self) -> None:
        """The leading columns at :func:`fitted_widths` for the table's width now."""
        if not self.fitting:
            return
        header = self._table.horizontalHeader()
        shown = [key for key, _t in COLUMNS if key in LEADING]
        shown = [k for k in shown if not header.isSectionHidden(INDEX[k])]
        widths = fitted_widths(shown, self._table.viewport().width() - 2)
        self._busy = True
        try:
            for key, width in widths.items():
                if header.sectionSize(INDEX[key]) != width:
                    self._table.setColumnWidth(INDEX[key], width)
        finally:
            self._busy = False

    def _resized(self, *_args) -> None:
        if not self._busy and self._table.isVisible():
            self.fitting = False  # the analyst chose a width


def column_menu(table: QTableView, fitter: ColumnFitter) -> QMenu:
    """A menu with a check box per column (the last one shown cannot be hidden) and a way
    back to the default columns."""
    header = table.horizontalHeader()
    menu = QMenu(table)
    menu.setObjectName("columnChooser")
    shown = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
    for column, (key, title) in enumerate(COLUMNS):
        action = menu.addAction(QCoreApplication.translate("ReviewModel", title))
        action.setObjectName(f"column_{key}")
        action.setCheckable(True)
        action.setChecked(column in shown)
        action.setEnabled(shown != [column])

        def toggle(on: bool, c: int = column) -> None:
            header.setSectionHidden(c, not on)
            fitter.fit()

        action.toggled.connect(toggle)
    menu.addSeparator()
    reset = menu.addAction(QCoreApplication.translate("ReviewPanel", "Default Columns"))
    reset.setObjectName("defaultColumns")
    reset.triggered.connect(lambda: default_columns(table, fitter))
    return menu


def default_columns(table: QTableView, fitter: ColumnFitter) -> None:
    """Every column shown, in the first order, at its default width (fitted to the room)."""
    header = table.horizontalHeader()
    fitter._busy = True
    try:
        for column, width in enumerate(COLUMN_WIDTHS):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
            table.setColumnWidth(column, width)
    finally:
        fitter._busy = False
    fitter.set_fitting(True)


def show_column_menu(table: QTableView, fitter: ColumnFitter, pos: QPoint) -> None:
    menu = column_menu(table, fitter)
    menu.exec(table.horizontalHeader().mapToGlobal(pos))
    menu.deleteLater()


def restore_columns(
    table: QTableView, model: ReviewModel, fitter: ColumnFitter, state, fitted: bool
) -> None:
    """Columns shown, widths, order and sort from a saved header state; the model takes
    the sort without querying. ``fitted``: the widths were never chosen by hand (they
    follow the room)."""
    table.setSortingEnabled(False)
    header = table.horizontalHeader()
    fitter.fitting = False
    if header.restoreState(state):
        model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder(), run=False)
    fitter.set_fitting(fitted)
    column, order = model.sort_column()
    header.setSortIndicator(column, order)
    table.setSortingEnabled(True)
