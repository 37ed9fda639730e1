"""The article reader: read-only text with coloured, clickable highlights painted on demand.

The article text is never modified and never formatted: highlights are painted under the text
of the lines on screen only (:class:`~claimtracker.ui.article.marks.MarkIndex` finds them), so
opening a long article costs about what showing its bare text costs, and recolouring or
selecting a claim repaints only that claim's lines. Database offsets (code points) become Qt
positions (UTF-16 units) here and nowhere else, through
:class:`claimtracker.core.anchoring.Utf16Map`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QRegion,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QToolTip, QWidget

from claimtracker.core.anchoring import Utf16Map
from claimtracker.ui.article.marks import Mark, MarkIndex, overlaps
from claimtracker.ui.palette import highlight_background, is_dark_theme
from claimtracker.ui.plain import tooltip

FUZZY_COLOUR = "#D55E00"
SUGGESTION_COLOUR = "#0072B2"
FOUND_COLOUR = "#E69F00"


@dataclass(frozen=True)
class MarkStyle:
    """How a claim's highlight looks: its colour and, for look-alike colours, a pattern."""

    colour: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern


class ArticleView(QPlainTextEdit):
    """Shows one article; ``highlightClicked(claim_id)`` when a highlight is clicked."""

    highlightClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self._text = ""
        self._map = Utf16Map("")
        self._claims = MarkIndex()
        self._overlaps: MarkIndex | None = None  # read when asked for
        self._suggestions = MarkIndex()
        self._found = MarkIndex()
        self._found_current: int | None = None
        self._current: int | None = None
        self._style: Callable[[int], MarkStyle] = lambda _claim: MarkStyle("#A0A0A0")
        self._tooltip: Callable[[int], str] = lambda _claim: ""
        self._suggestion_tip: Callable[[int], str] = lambda _index: ""
        self._context_actions: list[QAction] = []
        self.set_article("")
        self.setPlaceholderText(
            self.tr("Choose an article in the library, or import one (Ctrl+I).")
        )

    # -- content ----------------------------------------------------------------------------

    def set_article(self, text: str) -> None:
        """Show ``text`` (the exact stored article text), in a fresh document, unmarked."""
        document = QTextDocument(self)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self.font())
        document.setDocumentMargin(14)
        document.setPlainText(text)
        old = self.document()
        ours = old is not None and old.parent() is self  # the editor deletes its own first one
        self.setDocument(document)
        if ours:
            old.deleteLater()
        self._text = text
        self._map = Utf16Map(text)
        self._claims = MarkIndex()
        self._overlaps = None
        self._suggestions = MarkIndex()
        self._found = MarkIndex()
        self._current = None
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def clear_article(self) -> None:
        self.set_article("")

    def article_text(self) -> str:
        return self._text

    def set_highlights(self, marks: Iterable[Mark], current: int | None = None) -> None:
        """The claims' highlights (orphaned ones have no place in the text and are left out)."""
        placed = [m for m in marks if m.state != "orphaned"]
        self._claims = MarkIndex(placed)
        self._overlaps = None  # painted from the marks in sight; found whole when asked for
        self._current = current
        self.viewport().update()

    def highlights(self) -> list[Mark]:
        """The highlights placed in the text (code points)."""
        return list(self._claims)

    def overlap_marks(self) -> list[Mark]:
        """Ranges where two or more highlights overlap (marked with a dashed underline)."""
        if self._overlaps is None:
            self._overlaps = MarkIndex(overlaps(self._claims))
        return list(self._overlaps)

    def visible_highlights(self) -> list[tuple[Mark, QRectF]]:
        """The highlights painted on screen now, one rectangle per line."""
        return self._visible(self._claims, self.viewport().rect())

    def set_style_provider(self, style: Callable[[int], MarkStyle]) -> None:
        """``style(claim_id)``: the colour (and pattern) of a claim's highlights."""
        self._style = style

    def set_tooltip_provider(self, provider: Callable[[int], str]) -> None:
        """``provider(claim_id)`` gives the tooltip text (plain) for a claim's highlight."""
        self._tooltip = provider

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = actions

    def set_current(self, claim_id: int | None) -> None:
        """Mark a claim as the current one; only its highlights and the old ones repaint."""
        if claim_id == self._current:
            return
        changed = {c for c in (self._current, claim_id) if c is not None}
        self._current = claim_id
        self.repaint_claims(changed)

    def repaint_claims(self, claim_ids: Iterable[int]) -> None:
        """Repaint the lines on screen that show these claims' highlights."""
        marks = [m for claim in set(claim_ids) for m in self._claims.of(claim)]
        region = QRegion()
        for rect in self._rects(marks, widen=3):
            region = region.united(rect.toAlignedRect())
        if not region.isEmpty():
            self.viewport().update(region)

    def set_suggestions(self, marks: Iterable[Mark], tooltip: Callable[[int], str]) -> None:
        """Suggested sentences, dotted-underlined; ``tooltip(key)`` explains each."""
        self._suggestions = MarkIndex(marks)
        self._suggestion_tip = tooltip
        self.viewport().update()

    def suggestion_at(self, position: int) -> Mark | None:
        found = self._suggestions.at(position)
        return found[0] if found else None

    def set_found(self, marks: Iterable[Mark], current: int | None = None) -> None:
        """Search hits in the text, outlined; ``current`` (a mark key) filled."""
        self._found = MarkIndex(marks)
        self._found_current = current
        self.viewport().update()

    def found(self) -> tuple[list[Mark], int | None]:
        """The search hits outlined, and the key of the one filled."""
        return list(self._found), self._found_current

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

    def caret(self) -> int:
        """The caret's position in code points."""
        return self.to_codepoint(self.textCursor().position())

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

    def highlights_at(self, codepoint: int) -> list[Mark]:
        """Highlights covering a position, shortest first."""
        return self._claims.at(codepoint)

    def _codepoint_at(self, pos: QPoint) -> int:
        return self.to_codepoint(self.cursorForPosition(pos).position())

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        # The highlights' rectangles are found once and serve the backgrounds (under the
        # text) and the lines (over it).
        claims = self._visible(self._claims, event.rect())
        if claims or self._found:
            painter = QPainter(self.viewport())
            self._paint_backgrounds(painter, event.rect(), claims)
            painter.end()
        super().paintEvent(event)
        if claims or self._suggestions or self._found:
            painter = QPainter(self.viewport())
            self._paint_lines(painter, event.rect(), claims)
            painter.end()

    def _paint_backgrounds(
        self, painter: QPainter, area: QRect, claims: list[tuple[Mark, QRectF]]
    ) -> None:
        dark = is_dark_theme()
        fills: dict[tuple[str, bool], QColor] = {}  # a few colours for many highlights
        for mark, rect in claims:
            style = self._style(mark.key)
            strong = mark.key == self._current
            fill = fills.get((style.colour, strong))
            if fill is None:
                fill = highlight_background(style.colour, strong=strong, dark=dark)
                fills[(style.colour, strong)] = fill
            painter.fillRect(rect, fill)
            if style.pattern != Qt.BrushStyle.SolidPattern:
                pattern = QColor(self.palette().text().color())
                pattern.setAlpha(90)
                painter.fillRect(rect, QBrush(pattern, style.pattern))
        for mark, rect in self._visible(self._found, area):
            if mark.key == self._found_current:
                colour = QColor(FOUND_COLOUR)
                colour.setAlpha(150)
                painter.fillRect(rect, colour)

    def _paint_lines(
        self, painter: QPainter, area: QRect, claims: list[tuple[Mark, QRectF]]
    ) -> None:
        text = self.palette().text().color()
        for mark, rect in claims:
            if mark.key == self._current:
                painter.fillRect(QRectF(rect.left(), rect.bottom() - 2, rect.width(), 2), text)
            elif mark.state == "fuzzy":
                _wave(painter, rect, QColor(FUZZY_COLOUR))
        # Overlaps among the marks in sight are the overlaps in sight.
        in_sight = MarkIndex(overlaps({mark for mark, _rect in claims}))
        for _mark, rect in self._visible(in_sight, area):
            _underline(painter, rect, text, Qt.PenStyle.DashLine, 3)
        for _mark, rect in self._visible(self._suggestions, area):
            _underline(painter, rect, QColor(SUGGESTION_COLOUR), Qt.PenStyle.DotLine, 1)
        for _mark, rect in self._visible(self._found, area):
            painter.setPen(QPen(QColor(FOUND_COLOUR), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))

    def _visible(self, index: MarkIndex, area: QRect) -> list[tuple[Mark, QRectF]]:
        """The rectangles (one per line) of the marks shown in ``area`` of the viewport."""
        if not index:
            return []
        found: list[tuple[Mark, QRectF]] = []
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > area.bottom():
                break
            if block.isVisible() and geometry.bottom() >= area.top():
                first = block.position()
                last = first + block.length()
                start, end = self.to_codepoint(first), self.to_codepoint(last)
                for mark in index.touching(start, end):
                    for rect in self._line_rects(block, geometry, mark, first, last):
                        found.append((mark, rect))
            block = block.next()
        return found

    def _rects(self, marks: list[Mark], widen: int = 0) -> list[QRectF]:
        """Rectangles of these marks on the lines now on screen."""
        index = MarkIndex(marks)
        return [
            rect.adjusted(0, -widen, 0, widen)
            for _m, rect in self._visible(index, self.viewport().rect())
        ]

    def _line_rects(self, block, geometry: QRectF, mark: Mark, first: int, last: int):
        begin = max(self.to_qt(mark.start), first) - first
        finish = min(self.to_qt(mark.end), last) - first
        layout = block.layout()
        origin = geometry.topLeft() + layout.position()
        starting = layout.lineForTextPosition(begin)  # lines before the mark are skipped
        for i in range(starting.lineNumber() if starting.isValid() else 0, layout.lineCount()):
            line = layout.lineAt(i)
            line_start = line.textStart()
            if line_start >= finish:
                break
            line_end = line_start + line.textLength()
            s, e = max(begin, line_start), min(finish, line_end)
            if s >= e:
                continue
            x1 = line.cursorToX(s)[0]
            x2 = line.cursorToX(e)[0]
            yield QRectF(
                origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()
            )

    # -- events -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            hits = self.highlights_at(self._codepoint_at(event.position().toPoint()))
            if hits:
                self.highlightClicked.emit(hits[0].key)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self._codepoint_at(event.pos())
            tips = [self._tooltip(h.key) for h in self.highlights_at(position)]
            tips += [self._suggestion_tip(s.key) for s in self._suggestions.at(position)]
            text = "\n\n".join(dict.fromkeys(t for t in tips if t))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        if mouse and not self.textCursor().hasSelection():
            # The menu acts where it was opened: on the sentence under the mouse.
            self.setTextCursor(self.cursorForPosition(event.pos()))
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            standard = menu.actions()
            if standard:
                menu.insertActions(standard[0], self._context_actions)
                menu.insertSeparator(standard[0])
            else:
                menu.addActions(self._context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _underline(painter: QPainter, rect: QRectF, colour: QColor, style, width: float) -> None:
    pen = QPen(colour, width, style)
    painter.setPen(pen)
    y = rect.bottom() - width
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


def _wave(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    path = QPainterPath()
    y = rect.bottom() - 2
    x = rect.left()
    path.moveTo(x, y)
    up = True
    while x < rect.right():
        x = min(x + 3, rect.right())
        path.lineTo(x, y - 2 if up else y)
        up = not up
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
