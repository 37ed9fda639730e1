"""List entries drawn as a bold first line and a dimmer second line, with a colour mark."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from claimtracker.ui.records import RECORD_ROLE

PADDING = 6
MARK_WIDTH = 5


class TwoLineDelegate(QStyledItemDelegate):
    """Draws a record (from ``RECORD_ROLE``) as ``first(record)`` over ``second(record)``.

    Both lines are elided to the width, so the list reads well in a narrow dock.
    """

    def __init__(
        self,
        first: Callable[[Any], str],
        second: Callable[[Any], str],
        colour: Callable[[Any], str | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._first = first
        self._second = second
        self._colour = colour

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        record = index.data(RECORD_ROLE)
        if record is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.icon = option.icon.__class__()
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        dim_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        painter.save()
        colour = self._colour(record) if self._colour else None
        if colour:
            painter.fillRect(
                QRect(rect.left(), rect.top(), MARK_WIDTH, rect.height()), QColor(colour)
            )
            rect.setLeft(rect.left() + MARK_WIDTH + PADDING)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        text = painter.fontMetrics().elidedText(
            self._first(record), Qt.TextElideMode.ElideRight, rect.width()
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), align, text)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(dim_role))
        text = option.fontMetrics.elidedText(
            self._second(record), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), align, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(60, option.fontMetrics.height() * 2 + PADDING * 2)
