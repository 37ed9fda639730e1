"""Word-level differences shown as text: removed words struck through, added words underlined
and bold, each on a tint as well, so that neither colour nor its absence carries the meaning.

The article's words are inserted as plain text with a character format; nothing from an
article is ever read as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QWidget

from claimtracker.core.diffing import DiffSegment
from claimtracker.ui.widgets.naming import named

REMOVED_TINT = QColor(213, 94, 0, 60)  # vermillion (Okabe–Ito), translucent: any theme
ADDED_TINT = QColor(0, 114, 178, 60)  # blue (Okabe–Ito)


def removed_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    fmt.setBackground(REMOVED_TINT)
    return fmt


def added_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setBackground(ADDED_TINT)
    return fmt


def gap_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(True)
    fmt.setForeground(QColor(128, 128, 128))
    return fmt


class DiffView(QTextEdit):
    """Read-only differences between two texts of an article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.setAccessibleName(self.tr("Differences"))
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.document().setDocumentMargin(12)

    def show_segments(self, segments: list[DiffSegment]) -> None:
        """Show ``segments`` as plain text with the marks of each kind."""
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        formats = {"equal": QTextCharFormat(), "delete": removed_format(), "insert": added_format()}
        for segment in segments:
            if segment.op == "gap":
                lines = segment.text.count("\n") + 1
                cursor.insertText(self.tr("[… %n unchanged line(s) …]", "", lines), gap_format())
            else:
                cursor.insertText(segment.text, formats[segment.op])
        first = next((i for i, s in enumerate(segments) if s.op in ("insert", "delete")), 0)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if first:  # the first change in sight
            position = sum(len(s.text) for s in segments[:first])
            cursor = self.textCursor()
            cursor.setPosition(min(position, self.document().characterCount() - 1))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def marked_runs(self, kind: str) -> list[str]:
        """The runs of text shown with the marks of ``"delete"`` or ``"insert"`` (as painted:
        read back from the document's character formats)."""
        runs: list[str] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                struck, underlined = fmt.fontStrikeOut(), fmt.fontUnderline()
                bold = fmt.fontWeight() >= QFont.Weight.Bold
                if (kind == "delete" and struck) or (kind == "insert" and underlined and bold):
                    runs.append(fragment.text())
                it += 1
            block = block.next()
        return runs


class DiffLegend(QWidget):
    """What the marks mean, drawn with the marks themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffLegend")
        self.setAccessibleName(
            self.tr("Legend: removed text is struck through, added text is underlined and bold")
        )
        intro = QLabel(self.tr("Legend:"))
        removed = self._sample("diffLegendRemoved", self.tr("removed text"), REMOVED_TINT)
        font = QFont(removed.font())
        font.setStrikeOut(True)
        removed.setFont(font)
        added = self._sample("diffLegendAdded", self.tr("added text"), ADDED_TINT)
        font = QFont(added.font())
        font.setUnderline(True)
        font.setBold(True)
        added.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(removed)
        layout.addWidget(added)
        layout.addStretch(1)

    def _sample(self, name: str, text: str, tint: QColor) -> QLabel:
        label = named(QLabel(text), name)
        label.setAccessibleName(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        rgba = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
        label.setStyleSheet(f"background: {rgba}; padding: 1px 4px;")
        return label
