"""Two small charts beside the status and verdict bars: claims by tag, claims per week.

Both show the review list's current filter. They are filled after the list has painted and
kept small: a handful of tags as bars, and the last weeks as columns stacked by status in
the colours of the scale. The full figures are in their tooltips.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimtracker.core.services.charts import TagCount, WeeklyCounts
from claimtracker.ui.formatting import local_date, number
from claimtracker.ui.palette import NO_VERDICT_COLOUR
from claimtracker.ui.plain import tooltip
from claimtracker.ui.terms import label

TAG_COLOUR = "#0072B2"
TAGS_SHOWN = 4
WEEKS_SHOWN = 26
WEEK_WIDTH = 14  # at most, so that a few weeks do not look like a wall
CHART_LINES = 5  # heading and four rows: as tall as the status and verdict bars


def chart_height(widget: QWidget) -> int:
    return CHART_LINES * (widget.fontMetrics().height() + 1) + 2


class TagChart(QWidget):
    """The most used tags of the listed claims, one bar each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChart")
        self.setAccessibleName(self.tr("Claims by tag"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._tags: list[TagCount] = []
        self._untagged = 0

    def set_counts(self, tags: list[TagCount], untagged: int) -> None:
        self._tags = tags
        self._untagged = untagged
        lines = [f"{t.name}: {number(t.claims)}" for t in tags]
        if untagged:
            lines.append(self.tr("No tag: %1").replace("%1", number(untagged)))
        self.setToolTip(tooltip("\n".join(lines)))
        self.update()

    def legend(self) -> list[str]:
        """The rows as shown: "name count", for tests and screen readers."""
        return [f"{t.name} {number(t.claims)}" for t in self._tags[:TAGS_SHOWN]]

    def sizeHint(self) -> QSize:
        return QSize(220, chart_height(self))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height() + 1
        text = self.palette().color(QPalette.ColorRole.Text)
        dim = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.tr("Tags")
        )
        shown = self._tags[:TAGS_SHOWN]
        if not shown:
            painter.setPen(dim)
            painter.drawText(QRectF(0, line, self.width(), line), Qt.AlignmentFlag.AlignLeft, "—")
            painter.end()
            return
        most = max(t.claims for t in shown) or 1
        name_width = min(int(self.width() * 0.45), 140)
        bar_room = max(10, self.width() - name_width - 8)
        count_width = metrics.horizontalAdvance(number(most)) + 6
        for i, tag in enumerate(shown):
            y = line * (i + 1) + 1
            painter.setPen(text)
            name = metrics.elidedText(tag.name, Qt.TextElideMode.ElideRight, name_width - 4)
            painter.drawText(QRectF(0, y, name_width, line), Qt.AlignmentFlag.AlignVCenter, name)
            width = max(2.0, (bar_room - count_width) * tag.claims / most)
            colour = QColor(TAG_COLOUR)
            colour.setAlpha(170)
            painter.fillRect(QRectF(name_width, y + 3, width, line - 6), colour)
            painter.setPen(dim)
            painter.drawText(
                QRectF(name_width + width + 4, y, count_width, line),
                Qt.AlignmentFlag.AlignVCenter,
                number(tag.claims),
            )
        painter.end()


class WeeklyChart(QWidget):
    """Claims per week of their creation, each week a column split by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weeklyChart")
        self.setAccessibleName(self.tr("Claims per week by status"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._counts = WeeklyCounts()
        self._first = 0  # index of the first week shown

    def set_counts(self, counts: WeeklyCounts) -> None:
        self._counts = counts
        self._first = max(0, len(counts.weeks) - WEEKS_SHOWN)
        self.setToolTip(self.tr("Claims recorded per week, by their status now"))
        self.update()

    def weeks(self) -> list[tuple[date, int]]:
        """The weeks shown with their number of claims, for tests and screen readers."""
        totals = self._counts.totals
        return list(zip(self._counts.weeks, totals, strict=True))[self._first :]

    def week_text(self, i: int) -> str:
        """One week's figures: "Week of DATE: N claims (Status n, ...)"."""
        counts = self._counts
        parts = [
            f"{label(counts.labels.get(k, k))} {number(counts.by_status[k][i])}"
            for k in counts.statuses
            if counts.by_status.get(k) and counts.by_status[k][i]
        ]
        total = counts.totals[i]
        head = self.tr("Week of %1: %Ln claim(s)", "", total).replace(
            "%1", local_date(counts.weeks[i])
        )
        return f"{head} ({', '.join(parts)})" if parts else head

    def sizeHint(self) -> QSize:
        return QSize(220, chart_height(self))

    def _columns(self) -> tuple[float, float, float]:
        """(left, width of a week, bottom) of the plotting area; the newest week at the
        right edge."""
        line = self.fontMetrics().height() + 1
        shown = max(1, len(self._counts.weeks) - self._first)
        step = min(float(WEEK_WIDTH), self.width() / shown)
        return self.width() - step * shown, step, float(self.height() - line)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height() + 1
        text = self.palette().color(QPalette.ColorRole.Text)
        dim = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Claims per week"),
        )
        counts = self._counts
        weeks = counts.weeks[self._first :]
        if not weeks:
            painter.setPen(dim)
            painter.drawText(QRectF(0, line, self.width(), line), Qt.AlignmentFlag.AlignLeft, "—")
            painter.end()
            return
        totals = counts.totals[self._first :]
        most = max(totals) or 1
        left, step, bottom = self._columns()
        height = bottom - line - 2
        gap = 1.0 if step > 4 else 0.0
        for i in range(len(weeks)):
            y = bottom
            for key in counts.statuses:
                n = counts.by_status.get(key, [0] * len(counts.weeks))[self._first + i]
                if not n:
                    continue
                h = height * n / most
                colour = QColor(counts.colours.get(key, NO_VERDICT_COLOUR))
                painter.fillRect(QRectF(left + i * step, y - h, max(1.0, step - gap), h), colour)
                y -= h
        painter.setPen(dim)
        first, last = local_date(weeks[0]), local_date(weeks[-1])
        if len(weeks) == 1 or metrics.horizontalAdvance(first + last) + 16 > self.width():
            painter.drawText(
                QRectF(0, bottom, self.width(), line), Qt.AlignmentFlag.AlignRight, last
            )
        else:
            start = min(left, self.width() - metrics.horizontalAdvance(first + last) - 16)
            painter.drawText(
                QRectF(start, bottom, self.width() - start, line), Qt.AlignmentFlag.AlignLeft, first
            )
            painter.drawText(
                QRectF(0, bottom, self.width(), line), Qt.AlignmentFlag.AlignRight, last
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self.week_at(event.pos())
            if i is not None:
                QToolTip.showText(event.globalPos(), tooltip(self.week_text(i)), self)
                return True
        return super().event(event)

    def week_at(self, pos: QPoint) -> int | None:
        """Index (into all weeks) of the column under ``pos``, if any."""
        if not self._counts.weeks:
            return None
        left, step, _bottom = self._columns()
        i = int((pos.x() - left) // step) if step else -1
        shown = len(self._counts.weeks) - self._first
        return self._first + i if 0 <= i < shown else None
