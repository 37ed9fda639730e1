"""A read-only table model over a list of plain records, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from claimtracker.ui.plain import tooltip

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role holding the record's database id."""

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""Data role holding the whole record (for delegates that draw several fields)."""

# Roles as plain numbers: a view asks each painted item for a dozen roles, and comparing
# with the enum's members costs more than the rest of an unanswered call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID, _RECORD = int(ID_ROLE), int(RECORD_ROLE)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _DECORATION, _ALIGNMENT, _ID, _RECORD))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    tooltip: Callable[[R], str] | None = None
    colour: Callable[[R], str | None] | None = None  # a swatch shown before the text
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records (dataclasses with an ``id``); columns say what to show of them."""

    def __init__(self, columns: Sequence[Column[R]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}  # type: ignore[attr-defined]
        self.endResetModel()

    def update_records(self, records: Sequence[R]) -> None:
        """Replace listed records by newer ones with the same ids; only their rows repaint."""
        for record in records:
            row = self._row_of.get(record.id)  # type: ignore[attr-defined]
            if row is not None:
                self._rows[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            value = column.value(record)
            return "" if value is None else str(value)
        if role == _ID:
            return record.id  # type: ignore[attr-defined]
        if role == _RECORD:
            return record
        if role == _TOOLTIP and column.tooltip:
            return tooltip(column.tooltip(record))
        if role == _DECORATION and column.colour:
            colour = column.colour(record)
            return QColor(colour) if colour else None
        if role == _ALIGNMENT and column.align_right:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None
