"""One scale (the statuses or the verdicts) as a table: name, claims holding it, rating."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from claimtracker.core.services.scales import ScaleEntry
from claimtracker.ui.formatting import number
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.palette import swatch, verdict_pattern
from claimtracker.ui.records import ID_ROLE, RECORD_ROLE
from claimtracker.ui.terms import label

Index = QModelIndex | QPersistentModelIndex

RATINGS = {
    1: QT_TRANSLATE_NOOP("ScaleModel", "1 (false)"),
    2: QT_TRANSLATE_NOOP("ScaleModel", "2"),
    3: QT_TRANSLATE_NOOP("ScaleModel", "3 (mixed)"),
    4: QT_TRANSLATE_NOOP("ScaleModel", "4"),
    5: QT_TRANSLATE_NOOP("ScaleModel", "5 (true)"),
}


def rating_text(rating: int | None) -> str:
    """A verdict's place on ClaimReview's rating, as shown ("—": none)."""
    return QCoreApplication.translate("ScaleModel", RATINGS[rating]) if rating in RATINGS else "—"


class ScaleModel(QAbstractTableModel):
    """The terms of one scale in order, retired ones greyed; ``ID_ROLE`` is the term's key."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._entries: list[ScaleEntry] = []

    def set_entries(self, entries: list[ScaleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[ScaleEntry]:
        return list(self._entries)

    def entry(self, row: int) -> ScaleEntry:
        return self._entries[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 3 if self.kind == "verdict" else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return entry.key
        if role == RECORD_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._name(entry)
            if column == 1:
                return number(entry.claims)
            return rating_text(entry.rating)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            pattern = verdict_pattern(entry.key) if self.kind == "verdict" else None
            if pattern is not None and pattern != Qt.BrushStyle.SolidPattern:
                return swatch(entry.colour, pattern)
            return QColor(entry.colour)
        if role == Qt.ItemDataRole.ForegroundRole and entry.retired:
            app = QApplication.instance()
            palette = app.palette() if isinstance(app, QApplication) else QPalette()
            return palette.color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and entry.default and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._tip(entry)
        return None

    def _name(self, entry: ScaleEntry) -> str:
        name = label(entry.label)
        if entry.default:
            return QCoreApplication.translate("ScaleModel", "%1 (default)").replace("%1", name)
        if entry.retired:
            return QCoreApplication.translate("ScaleModel", "%1 (retired)").replace("%1", name)
        return name

    def _tip(self, entry: ScaleEntry) -> str:
        if entry.default:
            return QCoreApplication.translate("ScaleModel", "New claims start in this status")
        if entry.retired:
            return QCoreApplication.translate(
                "ScaleModel", "Kept on the claims that hold it; no longer offered"
            )
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return QCoreApplication.translate(
                "ScaleModel", "ClaimReview rating: 1 false … 5 true; none for the others"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ScaleModel", "Name"),
            QCoreApplication.translate("ScaleModel", "Claims"),
            QCoreApplication.translate("ScaleModel", "Rating"),
        )
        return titles[section]
