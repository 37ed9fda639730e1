"""Highlight colours keep text readable in light and dark themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimtracker.core.db import create_database
from claimtracker.core.services import Services
from claimtracker.ui.palette import highlight_background


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(top: QColor, base: QColor) -> QColor:
    alpha = top.alphaF()
    return QColor.fromRgbF(
        *(
            alpha * t + (1 - alpha) * b
            for t, b in zip(
                (top.redF(), top.greenF(), top.blueF()),
                (base.redF(), base.greenF(), base.blueF()),
                strict=True,
            )
        )
    )


def colours(tmp_path) -> list[str]:
    db = create_database(tmp_path / "c.db")
    services = Services(db, "t")
    found = [t.colour for t in services.terms.verdicts() + services.terms.statuses()]
    db.close()
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_highlighted_text_keeps_a_readable_contrast(qapp, tmp_path, theme):
    palette = QPalette(qapp.palette())
    base, text = (
        (QColor("#ffffff"), QColor("#000000"))
        if theme == "light"
        else (QColor("#1e1e1e"), QColor("#e6e6e6"))
    )
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.Text, text)
    old = qapp.palette()
    qapp.setPalette(palette)
    try:
        for colour in colours(tmp_path):
            for strong in (False, True):
                shown = over(highlight_background(colour, strong=strong), base)
                assert contrast(shown, text) >= 4.5, (colour, strong)
    finally:
        QApplication.setPalette(old)
