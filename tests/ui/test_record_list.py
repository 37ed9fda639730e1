"""Lists of records repaint the row that changed; they do not lay out every row again."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from claimtracker.ui.widgets.record_list import RecordList
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate


class CountingModel(QAbstractTableModel):
    """2,000 rows of three columns; counts how often a view asks for the row count."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        self.asked += 1
        return 0 if parent.isValid() else 2000

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"row {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None


def test_a_changed_row_costs_the_same_in_a_list_of_any_length(qtbot):
    model = CountingModel()
    view = RecordList()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(TwoLineDelegate(str, str, parent=view))
    view.resize(300, 400)
    view.show()
    QCoreApplication.processEvents()
    model.asked = 0
    model.dataChanged.emit(model.index(5, 0), model.index(5, 2))
    QCoreApplication.processEvents()
    view.viewport().repaint()
    assert model.asked < 100  # a QListView lays out all 2,000 rows again: 4,000 calls
    assert [view.isColumnHidden(c) for c in range(3)] == [False, True, True]
    model.beginResetModel()
    model.endResetModel()
    assert [view.isColumnHidden(c) for c in range(3)] == [False, True, True]
    assert view.rowHeight(0) == view.fontMetrics().height() * 2 + 12  # two lines and padding
