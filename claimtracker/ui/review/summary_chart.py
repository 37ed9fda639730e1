"""Counts of the filtered claims per status and per verdict, as two stacked bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from claimtracker.core.services.review import Summary
from claimtracker.ui.formatting import number
from claimtracker.ui.palette import (
    NO_VERDICT_COLOUR,
    Taxonomy,
    pattern_brush,
    verdict_pattern,
)
from claimtracker.ui.terms import label

BAR_HEIGHT = 12
LABEL_WIDTH = 70


class SummaryChart(QWidget):
    """Two bars (status, verdict) split by count; the legend under each names the parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimSummary")
        self.setAccessibleName(self.tr("Summary of the listed claims"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._parts: list[tuple[str, list[tuple[str, str, int]]]] = []
        self._patterns: dict[tuple[int, int], Qt.BrushStyle] = {}  # (bar, part): pattern
        self._total = 0

    def set_summary(self, summary: Summary, taxonomy: Taxonomy) -> None:
        statuses = [
            (label(t.label), t.colour, summary.by_status.get(t.key, 0)) for t in taxonomy.statuses
        ]
        verdicts = [
            (label(t.label), t.colour, summary.by_verdict.get(t.key, 0)) for t in taxonomy.verdicts
        ]
        verdicts.append((self.tr("No verdict"), NO_VERDICT_COLOUR, summary.by_verdict.get(None, 0)))
        keys = [t.key for t in taxonomy.verdicts] + [None]
        shown = [i for i, p in enumerate(verdicts) if p[2]]
        self._patterns = {
            (1, n): verdict_pattern(keys[i])
            for n, i in enumerate(shown)
            if verdict_pattern(keys[i]) != Qt.BrushStyle.SolidPattern
        }
        self._parts = [
            (self.tr("Status"), [p for p in statuses if p[2]]),
            (self.tr("Verdict"), [verdicts[i] for i in shown]),
        ]
        self._total = summary.total
        self.setToolTip(
            "\n".join(
                f"{name}: " + ", ".join(f"{part} {number(n)}" for part, _c, n in parts)
                for name, parts in self._parts
            )
        )
        self.updateGeometry()
        self.update()

    def legend(self) -> list[str]:
        """The legend lines as shown, for tests and screen readers."""
        return [
            f"{name}: " + " · ".join(f"{part} {number(n)}" for part, _c, n in parts)
            for name, parts in self._parts
        ]

    def pattern_of(self, bar: int, part: int) -> Qt.BrushStyle:
        """The pattern over one part of a bar (solid: none)."""
        return self._patterns.get((bar, part), Qt.BrushStyle.SolidPattern)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(400, 2 * (BAR_HEIGHT + line + 8) + 4)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        dim = self.palette().color(QPalette.ColorRole.PlaceholderText)
        line = self.fontMetrics().height()
        width = max(10, self.width() - LABEL_WIDTH - 8)
        y = 2
        for bar, (name, parts) in enumerate(self._parts):
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, LABEL_WIDTH, BAR_HEIGHT + 2), Qt.AlignmentFlag.AlignVCenter, name
            )
            x = float(LABEL_WIDTH)
            for part, (_label, colour, count) in enumerate(parts):
                w = width * count / self._total if self._total else 0
                painter.fillRect(QRectF(x, y, w, BAR_HEIGHT), QColor(colour))
                pattern = self._patterns.get((bar, part))
                if pattern is not None:
                    painter.fillRect(QRectF(x, y, w, BAR_HEIGHT), pattern_brush(pattern, text))
                x += w
            painter.setPen(dim)
            legend = " · ".join(f"{part} {number(n)}" for part, _c, n in parts) or "—"
            legend = self.fontMetrics().elidedText(legend, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRectF(LABEL_WIDTH, y + BAR_HEIGHT + 2, width, line),
                Qt.AlignmentFlag.AlignLeft,
                legend,
            )
            y += BAR_HEIGHT + line + 8
        painter.end()
