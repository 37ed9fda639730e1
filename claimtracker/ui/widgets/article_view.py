"""The article reader: read-only text with coloured, clickable highlights.

The article text is never modified: highlights are drawn as extra selections. Database offsets
(code points) are converted to Qt positions (UTF-16 units) here and nowhere else, through
:class:`claimtracker.core.anchoring.Utf16Map`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from claimtracker.core.anchoring import Utf16Map
from claimtracker.core.services.dto import HighlightInfo
from claimtracker.ui.palette import highlight_background

Selection = QTextEdit.ExtraSelection


class ArticleView(QPlainTextEdit):
    """Shows one article; emits ``highlightClicked(claim_id)`` when a highlight is clicked."""

    highlightClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article text")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self._text = ""
        self._map = Utf16Map("")
        self._highlights: list[HighlightInfo] = []
        self._tooltip: Callable[[int], str] = lambda claim_id: ""
        self._context_actions: list[QAction] = []
        self.setPlaceholderText("Choose an article in the library, or import one (Ctrl+I).")

    # -- content ----------------------------------------------------------------------------

    def set_article(self, text: str) -> None:
        """Show ``text`` (the exact stored article text) with no highlights."""
        self._text = text
        self._map = Utf16Map(text)
        self._highlights = []
        self.setPlainText(text)
        self.setExtraSelections([])
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def clear_article(self) -> None:
        self.set_article("")

    def article_text(self) -> str:
        return self._text

    def set_highlights(
        self,
        highlights: list[HighlightInfo],
        colour_of: Callable[[int], str],
        current_claim: int | None = None,
    ) -> None:
        """Draw highlights (orphaned ones have no place in the text and are skipped)."""
        self._highlights = [h for h in highlights if h.state != "orphaned"]
        selections = []
        for h in sorted(self._highlights, key=lambda h: (h.start, -h.end)):
            fmt = QTextCharFormat()
            strong = h.claim_id == current_claim
            fmt.setBackground(highlight_background(colour_of(h.claim_id), strong=strong))
            if strong:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            elif h.state == "fuzzy":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor("#D55E00"))
            selections.append(self._selection(h.start, h.end, fmt))
        for start, end in overlaps(self._highlights):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(self.palette().text().color())
            selections.append(self._selection(start, end, fmt))
        self.setExtraSelections(selections)

    def set_tooltip_provider(self, provider: Callable[[int], str]) -> None:
        """``provider(claim_id)`` gives the tooltip text for a claim's highlight."""
        self._tooltip = provider

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = actions

    # -- offsets ----------------------------------------------------------------------------

    def to_qt(self, codepoint: int) -> int:
        return self._map.to_utf16(codepoint)

    def to_codepoint(self, position: int) -> int:
        return self._map.to_codepoint(min(position, self._map.utf16_length))

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.to_codepoint(cursor.selectionStart()), self.to_codepoint(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select ``start..end`` (code points) and scroll it into the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def reveal_range(self, start: int, end: int) -> None:
        """Scroll ``start..end`` into the middle of the view, with the caret at its start.

        Nothing is selected, so the highlight's own colour and underline stay visible.
        """
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def highlights_at(self, codepoint: int) -> list[HighlightInfo]:
        """Highlights covering a position, shortest first."""
        found = [h for h in self._highlights if h.start <= codepoint < h.end]
        return sorted(found, key=lambda h: h.end - h.start)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> Selection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection = Selection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _codepoint_at(self, pos: QPoint) -> int:
        return self.to_codepoint(self.cursorForPosition(pos).position())

    # -- events -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            hits = self.highlights_at(self._codepoint_at(event.position().toPoint()))
            if hits:
                self.highlightClicked.emit(hits[0].claim_id)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hits = self.highlights_at(self._codepoint_at(event.pos()))
            text = "\n\n".join(dict.fromkeys(self._tooltip(h.claim_id) for h in hits))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self._context_actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


def overlaps(highlights: list[HighlightInfo]) -> list[tuple[int, int]]:
    """Ranges (code points) covered by two or more highlights."""
    events = sorted([(h.start, 1) for h in highlights] + [(h.end, -1) for h in highlights])
    ranges: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    for position, step in events:
        if depth >= 2 and position > opened:
            if ranges and ranges[-1][1] == opened:
                ranges[-1] = (ranges[-1][0], position)
            else:
                ranges.append((opened, position))
        depth += step
        opened = position
    return ranges
