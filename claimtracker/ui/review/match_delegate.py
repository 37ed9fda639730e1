"""The statement cell of a search result: the statement, and under it why the row matched.

The second line names where the words were found ("in claim", "in article") and shows the
snippet around them with the matched words in bold. The snippet is data: it is drawn as
text, run by run, never read as markup; only the markers the full-text index put around
the matched words turn into bold.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from claimtracker.core.services.matches import MARK_END, MARK_START, Match, snippet_text_safe
from claimtracker.ui.review.model import MATCH_ROLE, where_text

PADDING = 4
BADGE_COLOURS = {"claim": "#0072B2", "article": "#E69F00", "both": "#009E73"}

Run = tuple[str, bool]  # text, matched (bold)


def snippet_runs(snippet: str) -> list[Run]:
    """The snippet as runs of plain text, the matched words marked; line breaks as spaces."""
    runs: list[Run] = []
    bold = False
    part = ""
    for ch in snippet_text_safe(snippet):
        if ch in (MARK_START, MARK_END):
            if part:
                runs.append((part, bold))
            part, bold = "", ch == MARK_START
        else:
            part += " " if ch in "\n\r\t" else ch
    if part:
        runs.append((part, bold))
    return runs


LEAD = 0.3  # at most this share of the width goes to the words before the first match


def elide_runs(runs: list[Run], width: int, normal: QFontMetrics, bold: QFontMetrics) -> list[Run]:
    """The runs that fit in ``width`` pixels, the last one cut with an ellipsis.

    Words before the first match that would push it out of view are cut from the left, so
    the matched word always shows.
    """
    first = next((i for i, (_t, strong) in enumerate(runs) if strong), None)
    if first:
        before = "".join(text for text, _s in runs[:first])
        room = int(width * LEAD)
        if normal.horizontalAdvance(before) > room:
            cut = normal.elidedText(before, Qt.TextElideMode.ElideLeft, room)
            runs = [(cut, False), *runs[first:]]
    kept: list[Run] = []
    left = width
    for text, strong in runs:
        metrics = bold if strong else normal
        needed = metrics.horizontalAdvance(text)
        if needed <= left:
            kept.append((text, strong))
            left -= needed
            continue
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, left)
        if cut:
            kept.append((cut, strong))
        break
    return kept


class MatchDelegate(QStyledItemDelegate):
    """Two lines when the rows are tall enough (a search is shown), else the plain cell."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        line = option.fontMetrics.height()
        if option.rect.height() < 2 * line + PADDING:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        statement = option.text
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        dim_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(text_role))
        first = option.fontMetrics.elidedText(statement, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), align, first)
        match = index.data(MATCH_ROLE)
        if isinstance(match, Match):
            second = QRect(rect.left(), rect.top() + line + 1, rect.width(), line)
            self._paint_match(painter, option, second, match, option.palette.color(dim_role))
        painter.restore()

    def _paint_match(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, match: Match, dim
    ) -> None:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        small_metrics = QFontMetrics(small)
        badge = where_text(match)
        badge_width = small_metrics.horizontalAdvance(badge) + 8
        badge_rect = QRectF(rect.left(), rect.top() + 1, badge_width, rect.height() - 2)
        colour = QColor(BADGE_COLOURS.get(match.where, BADGE_COLOURS["claim"]))
        painter.setPen(colour)
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge_rect, 3, 3)
        painter.setFont(small)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        x = rect.left() + badge_width + 6
        width = rect.right() - x
        bold = QFont(option.font)
        bold.setBold(True)
        runs = elide_runs(
            snippet_runs(match.snippet), width, option.fontMetrics, QFontMetrics(bold)
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for text, strong in runs:
            font = bold if strong else option.font
            painter.setFont(font)
            painter.setPen(
                option.palette.color(QPalette.ColorRole.Text)
                if strong and not option.state & QStyle.StateFlag.State_Selected
                else dim
            )
            advance = QFontMetrics(font).horizontalAdvance(text)
            painter.drawText(QRect(x, rect.top(), advance + 1, rect.height()), align, text)
            x += advance
