"""Pieces of the review list: its table view, date boxes without a bound, filter helpers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QTableView

from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.formatting import date_pattern
from claimtracker.ui.review.model import ReviewModel
from claimtracker.ui.widgets.naming import named


class ClaimTableView(QTableView):
    """Enter opens the current claim, Delete asks to delete the selected ones; ``resized``
    lets what is laid over the table follow its size."""

    openRequested = Signal(int)
    deleteRequested = Signal()
    resized = Signal()  # the table (and its viewport) changed size

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def selectAll(self) -> None:
        """Every matching claim, counted first when the list has not been counted yet."""
        model = self.model()
        if isinstance(model, ReviewModel):
            model.count_matches()
        super().selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            model = self.model()
            assert isinstance(model, ReviewModel)
            claim_id = model.claim_id(self.currentIndex().row())
            if claim_id is not None:
                self.openRequested.emit(claim_id)
            return
        if event.key() == Qt.Key.Key_Delete and self.selectionModel().hasSelection():
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


def active_filters(f: ClaimFilter) -> int:
    """How many filters are in force (the search not counted: it stays in view)."""
    values = (f.status, f.verdict, f.tag, f.outlet, f.claimant, f.updated_from, f.updated_to)
    return sum(v is not None for v in values) + int(f.orphaned_only)


def line_of(combo: QComboBox) -> QLineEdit:
    """The typing line of an editable combo box."""
    line = combo.lineEdit()
    assert line is not None
    return line


NO_DATE = QDate(1900, 1, 1)
"""A date box at its minimum shows its special text: no bound."""


def date_box(name: str, empty: str) -> QDateEdit:
    box = named(QDateEdit(), name)
    box.setCalendarPopup(True)
    box.setDisplayFormat(date_pattern())
    box.setMinimumDate(NO_DATE)
    box.setSpecialValueText(empty)
    box.setDate(NO_DATE)
    return box


def selected_day(box: QDateEdit) -> date | None:
    chosen = box.date()
    return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


def show_day(box: QDateEdit, day: date | None) -> None:
    box.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
