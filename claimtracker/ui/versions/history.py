"""The current claim's history, newest first: when, who, what, old → new.

Read once when a claim becomes current; when that claim changes, only the entries logged
since the newest one shown are read and put on top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.dto import ChangeInfo, ClaimInfo
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.plain import tooltip
from claimtracker.ui.records import RECORD_ROLE, Index
from claimtracker.ui.versions.history_text import change, full_text, heading, what
from claimtracker.ui.widgets.naming import named

PADDING = 6

LoadHistory = Callable[[int, "int | None"], list[ChangeInfo]]


def _newest_first(entry: ChangeInfo) -> tuple:
    return (entry.at, entry.id)


class HistoryModel(QAbstractTableModel):
    """Change-log entries, newest first; :meth:`add` puts later ones in their place."""

    def __init__(self, taxonomy: Callable[[], Taxonomy], parent=None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._entries: list[ChangeInfo] = []

    def set_entries(self, entries: list[ChangeInfo]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=_newest_first, reverse=True)
        self.endResetModel()

    def add(self, entries: list[ChangeInfo]) -> None:
        """Entries logged since those shown: each inserted where its time puts it (on top,
        unless it came with an earlier time, as merged entries do)."""
        for entry in sorted(entries, key=_newest_first):
            key = _newest_first(entry)
            row = next(
                (i for i, e in enumerate(self._entries) if _newest_first(e) < key),
                len(self._entries),
            )
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.insert(row, entry)
            self.endInsertRows()

    def entries(self) -> list[ChangeInfo]:
        return list(self._entries)

    def last_id(self) -> int | None:
        """The highest entry id shown (entries after it are new)."""
        return max((e.id for e in self._entries), default=None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return what(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(full_text(entry, self._taxonomy()))
        if role == RECORD_ROLE:
            return entry
        return None


class EntryDelegate(QStyledItemDelegate):
    """An entry in three lines, each elided to the width of a narrow dock: what changed
    (bold), the values, and when and who (dimmer)."""

    def __init__(self, lines: Callable[[ChangeInfo], tuple[str, str, str]], parent=None) -> None:
        super().__init__(parent)
        self._lines = lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        entry = index.data(RECORD_ROLE)
        if entry is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        dim_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        height = option.fontMetrics.height()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        for row, (text, font, role) in enumerate(
            zip(
                self._lines(entry),
                (bold, option.font, option.font),
                (text_role, text_role, dim_role),
                strict=True,
            )
        ):
            painter.setFont(font)
            painter.setPen(option.palette.color(role))
            shown = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, rect.width()
            )
            line = QRect(rect.left(), rect.top() + row * height, rect.width(), height)
            painter.drawText(line, align, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(60, option.fontMetrics.height() * 3 + PADDING * 2)


class HistoryPanel(QWidget):
    """Shows the history of the claim it is given; ``load(claim_id, after)`` reads entries."""

    def __init__(
        self, load: LoadHistory, taxonomy: Callable[[], Taxonomy], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claimHistory")
        self.setAccessibleName(self.tr("Claim history"))
        self._load = load
        self._taxonomy = taxonomy
        self._claim_id: int | None = None
        self._waiting: tuple[ClaimInfo | None] | None = None  # to show once the panel shows
        self.heading = named(QLabel(), "claimHistoryHeading")
        self.heading.setAccessibleName(self.tr("Claim and number of changes"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.model = HistoryModel(taxonomy, self)
        self.list = named(QListView(), "claimHistoryList")
        self.list.setAccessibleName(self.tr("Changes of the claim"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.lines, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.show_claim(None)

    def in_sight(self, shown: bool) -> None:
        """The panel came into sight (its dock shown, its tab chosen): show what waited."""
        if shown and self._waiting is not None:
            self.show_claim(self._waiting[0])

    def lines(self, entry: ChangeInfo) -> tuple[str, str, str]:
        """An entry's lines: what changed; the values; when and who."""
        return what(entry), change(entry, self._taxonomy()), heading(entry)

    def shown(self) -> list[tuple[str, str, str]]:
        """The lines of every entry listed, top first."""
        return [self.lines(e) for e in self.model.entries()]

    def show_claim(self, claim: ClaimInfo | None) -> None:
        """The history of ``claim``: all of it for another claim, what is new for the same.

        While the panel is out of sight (behind the inspector's tab) it is read when it
        comes into sight (:meth:`in_sight`)."""
        if self.visibleRegion().isEmpty():
            self._waiting = (claim,)
            return
        self._waiting = None
        if claim is None:
            self._claim_id = None
            self.model.set_entries([])
            self.heading.setText(self.tr("No claim selected"))
            return
        if claim.id != self._claim_id:
            self._claim_id = claim.id
            self.model.set_entries(self._load(claim.id, None))
            self.list.scrollToTop()
        else:
            newer = self._load(claim.id, self.model.last_id())
            if newer:
                self.model.add(newer)
        self.heading.setText(
            self.tr("Claim %1: %n change(s), newest first", "", self.model.rowCount()).replace(
                "%1", str(claim.id)
            )
        )

    def clear(self) -> None:
        self.show_claim(None)
