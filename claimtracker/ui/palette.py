"""Colours for statuses and verdicts, adapted to a light or a dark theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimtracker.core.taxonomy import Term
from claimtracker.ui.terms import label

NO_VERDICT_COLOUR = "#A0A0A0"

# The greys of "no verdict", Unproven and Not checkable are told apart by a second cue, so
# that neither a colour-blind reader nor a grey-scale print confuses them: no verdict is
# plain, Unproven hatched, Not checkable cross-hatched.
VERDICT_PATTERNS: dict[str, Qt.BrushStyle] = {
    "unproven": Qt.BrushStyle.BDiagPattern,
    "not_checkable": Qt.BrushStyle.DiagCrossPattern,
}


def verdict_pattern(key: str | None) -> Qt.BrushStyle:
    """The pattern laid over a verdict's colour (solid: none)."""
    return VERDICT_PATTERNS.get(key or "", Qt.BrushStyle.SolidPattern)


class Taxonomy:
    """Labels and colours of the workflow statuses and verdicts of one database."""

    def __init__(self, statuses: list[Term], verdicts: list[Term]) -> None:
        self.statuses = statuses
        self.verdicts = verdicts
        self._status = {t.key: t for t in statuses}
        self._verdict = {t.key: t for t in verdicts}

    def status_label(self, key: str) -> str:
        term = self._status.get(key)
        return label(term.label) if term else key

    def verdict_label(self, key: str | None) -> str:
        if not key:
            return ""
        term = self._verdict.get(key)
        return label(term.label) if term else key

    def status_colour(self, key: str) -> str:
        term = self._status.get(key)
        return term.colour if term else NO_VERDICT_COLOUR

    def verdict_colour(self, key: str | None) -> str:
        term = self._verdict.get(key or "")
        return term.colour if term else NO_VERDICT_COLOUR


def is_dark_theme() -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    palette = app.palette()  # type: ignore[attr-defined]
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_background(colour: str, *, strong: bool = False, dark: bool | None = None) -> QColor:
    """A translucent background for highlighted text that keeps the text readable
    (``dark``: whether the theme is dark, when the caller already knows).

    Translucency also makes overlapping highlights visibly darker where they overlap.
    """
    c = QColor(colour)
    if is_dark_theme() if dark is None else dark:
        c = c.darker(170)
        c.setAlpha(170 if strong else 120)
    else:
        c.setAlpha(140 if strong else 90)
    return c


def pattern_brush(pattern: Qt.BrushStyle, text: QColor):
    """The brush that draws a pattern over a colour, in the text's colour, half seen."""
    from PySide6.QtGui import QBrush

    ink = QColor(text)
    ink.setAlpha(110)
    return QBrush(ink, pattern)


def swatch(colour: str, pattern: Qt.BrushStyle, size: int = 16):
    """A square of a colour with its pattern over it (a list's decoration)."""
    from PySide6.QtGui import QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    if pattern != Qt.BrushStyle.SolidPattern:
        painter = QPainter(pixmap)
        painter.fillRect(pixmap.rect(), pattern_brush(pattern, QColor("#000000")))
        painter.end()
    return pixmap


def claim_colour(claim, taxonomy: Taxonomy, colour_by: str) -> str:
    """The colour of a claim (anything with ``status`` and ``verdict``): by verdict or status."""
    if colour_by == "status":
        return taxonomy.status_colour(claim.status)
    return taxonomy.verdict_colour(claim.verdict)
