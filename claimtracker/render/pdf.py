"""HTML laid out by the core, printed to PDF with ``QTextDocument`` and ``QPdfWriter``.

Works without a display: when no Qt application exists yet (the command line), one is made
on the offscreen platform. Fonts come from the system through fontconfig; Qt falls back per
character, so Spanish accents, emoji (Noto Color Emoji) and CJK (WenQuanYi Micro Hei or
Noto CJK) render when those fonts are installed (``.ci/setup`` installs them).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app: QGuiApplication | None = None  # kept alive for the process when made here
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGINS_MM = QMarginsF(18, 16, 18, 16)
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Noto Color Emoji"]


def ensure_application() -> None:
    """A Qt application for fonts and painting; offscreen when there is no display."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A widgets application, not a bare GUI one: a process that later opens a window (a
    # test run, a script) needs that kind, and only one can ever be made.
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["claimtracker"])


def render_pdf(html: str, path: Path | str, *, title: str = "", author: str = "") -> int:
    """Print ``html`` to an A4 PDF at ``path``; returns the number of pages.

    Qt numbers the pages at the foot of each one.
    """
    ensure_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator(author or "ClaimTracker")
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF stays the words typed.
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    # Lay out on the printable area, in the writer's points, so that print() paginates it.
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.print_(writer)
    pages = document.pageCount()
    del writer  # closes the file
    return pages
