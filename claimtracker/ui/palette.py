"""Colours for statuses and verdicts, adapted to a light or a dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimtracker.core.taxonomy import Term
from claimtracker.ui.terms import label

NO_VERDICT_COLOUR = "#A0A0A0"


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


def highlight_background(colour: str, *, strong: bool = False) -> QColor:
    """A translucent background for highlighted text that keeps the text readable.

    Translucency also makes overlapping highlights visibly darker where they overlap.
    """
    c = QColor(colour)
    if is_dark_theme():
        c = c.darker(170)
        c.setAlpha(170 if strong else 120)
    else:
        c.setAlpha(140 if strong else 90)
    return c


def claim_colour(claim, taxonomy: Taxonomy, colour_by: str) -> str:
    """The colour of a claim (anything with ``status`` and ``verdict``): by verdict or status."""
    if colour_by == "status":
        return taxonomy.status_colour(claim.status)
    return taxonomy.verdict_colour(claim.verdict)
