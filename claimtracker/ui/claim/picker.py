"""Choosing an existing claim from a searchable list (to link a passage to it).

The list comes from the review service: the same search as the review list (statement,
claimant, quotes, tags), most recently updated first, at most :data:`SHOWN` claims.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewRow, ReviewService
from claimtracker.ui.formatting import number
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.widgets.naming import named

Index = QModelIndex | QPersistentModelIndex
SHOWN = 200
SEARCH_PAUSE_MS = 200


class ClaimChoiceModel(QAbstractListModel):
    """Claims as "statement — claimant" lines; ``ID_ROLE`` is the claim id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            statement = " ".join(row.statement.split())
            return f"{statement} — {row.claimant}" if row.claimant else statement
        return None


class ClaimPickerDialog(QDialog):
    """A search box over the claims; Enter or a double click chooses the one under it."""

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimPicker")
        self.setWindowTitle(self.tr("Link Selection to Claim"))
        self._review = review
        self.search = named(QLineEdit(), "claimPickerSearch")
        self.search.setPlaceholderText(self.tr("Search statements, claimants, quotes and tags"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search claims"))
        self.model = ClaimChoiceModel(self)
        self.list = named(QListView(), "claimPickerList")
        self.list.setAccessibleName(self.tr("Claims"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.count = named(QLabel(), "claimPickerCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._update())
        self.reload()
        self.resize(620, 440)

    def reload(self) -> None:
        """List the claims the search finds (all without one), first ones chosen."""
        self._timer.stop()
        words = self.search.text().strip() or None
        ids = self._review.ids(ClaimFilter(search=words, search_articles=False))
        rows = self._review.rows(ids[:SHOWN])
        self.model.set_rows([rows[i] for i in ids[:SHOWN] if i in rows])
        if len(ids) > SHOWN:
            shown = self.tr(
                "The %1 most recently updated of %Ln claim(s); search to narrow them.",
                "",
                len(ids),
            )
            self.count.setText(shown.replace("%1", number(SHOWN)))
        else:
            self.count.setText(self.tr("%Ln claim(s)", "", len(ids)))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._update()

    def claim_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _enter(self) -> None:
        if self._timer.isActive():
            self.reload()
        if self.claim_id() is not None:
            self.accept()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.claim_id() is not None)
