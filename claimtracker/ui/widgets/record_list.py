"""A list of records, one row each, drawn by a delegate (two lines for instance).

It is a table view with one column shown and no headers rather than a ``QListView``: a list
view lays every row out again after any change of any row (``dataChanged``), which on an
article with 2,000 claims costs 4,000 calls into the Python model after each edit; a table
view of fixed row height repaints the changed row only.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class RecordList(QTableView):
    """Rows of column 0 of the model, each as tall as the delegate asks, selected whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in a list view
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def moveCursor(  # noqa: N802 - Qt's name
        self,
        action: QAbstractItemView.CursorAction,
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        """Home and End go to the first and the last record, as in a list (a table would go
        to the first and last column of the row); End reads first what is left to list."""
        model = self.model()
        Move = QAbstractItemView.CursorAction
        if model is None or action not in (Move.MoveHome, Move.MoveEnd):
            return super().moveCursor(action, modifiers)
        root = self.rootIndex()
        if action == Move.MoveEnd:
            while model.canFetchMore(root):
                model.fetchMore(root)
        rows = model.rowCount(root)
        if not rows:
            return QModelIndex()
        row = 0 if action == Move.MoveHome else rows - 1
        return model.index(row, 0, root)  # the one column shown

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._show_first_column)
            model.columnsInserted.connect(self._show_first_column)
            self._show_first_column()

    def setItemDelegate(self, delegate) -> None:  # noqa: N802 - Qt's name
        super().setItemDelegate(delegate)
        option = QStyleOptionViewItem()
        option.initFrom(self)
        model = self.model()
        index = model.index(0, 0) if model is not None else None
        height = delegate.sizeHint(option, index) if index is not None else None
        if height is not None:
            self.verticalHeader().setDefaultSectionSize(height.height())

    def _show_first_column(self, *_args) -> None:
        model = self.model()
        for column in range(1, model.columnCount() if model is not None else 0):
            self.setColumnHidden(column, True)
