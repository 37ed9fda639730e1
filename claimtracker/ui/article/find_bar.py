"""Find in the open article: a bar under the reader, accents and case ignored, "n of m"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from claimtracker.core.textfind import FoldedText
from claimtracker.ui.article.marks import Mark
from claimtracker.ui.article.reader import ArticleView
from claimtracker.ui.formatting import number
from claimtracker.ui.widgets.naming import named


class FindBar(QWidget):
    """Finds words in the reader's text (``inflacion`` finds *INFLACIÓN*); every hit is
    outlined, the current one filled. Enter and F3 go to the next, Shift with them to the
    previous; Esc closes the bar and takes the marks away."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find in the article"))
        self._view = view
        self._folded: FoldedText | None = None
        self._hits: list[tuple[int, int]] = []
        self._current = -1
        self._anchor = 0  # hits are looked for from here (the caret, then the current hit)
        self.edit = named(QLineEdit(), "findEdit")
        self.edit.setPlaceholderText(self.tr("Find in the article"))
        self.edit.setAccessibleName(self.tr("Find in the article"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count = named(QLabel(), "findCount")
        self.count.setAccessibleName(self.tr("Matches"))
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 of 000") + 8)
        self.previous = self._button("findPreviousButton", "↑", self.tr("Previous match"))
        self.next = self._button("findNextButton", "↓", self.tr("Next match"))
        self.close_button = self._button("findCloseButton", "✕", self.tr("Close the find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(lambda _t: self._search())
        self.edit.returnPressed.connect(self.find_next)
        self.previous.clicked.connect(self.find_previous)
        self.next.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()
        self._update_count()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = named(QToolButton(), name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # -- opening and closing ----------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the focus in its box; a selection in the text is looked for."""
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 200:
            self.edit.setText(selected)
        self._anchor = self._view.caret()
        if self._view.textCursor().hasSelection():
            self._anchor = min(self._view.selected_range() or (self._anchor, 0))
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._hits, self._current = [], -1
        self._view.set_found([])
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def text_replaced(self) -> None:
        """The reader shows another text (another article, or a new version of this one)."""
        self._folded = None
        self._anchor = 0
        if self.isVisible():
            self._search()
        else:
            self._hits, self._current = [], -1

    # -- finding ----------------------------------------------------------------------------

    def hits(self) -> list[tuple[int, int]]:
        """Every match, as code-point ranges of the article text."""
        return list(self._hits)

    def current(self) -> tuple[int, int] | None:
        return self._hits[self._current] if self._current >= 0 else None

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if not self._hits:
            return
        self._current = (self._current + direction) % len(self._hits)
        self._anchor = self._hits[self._current][0]
        self._show()

    def _search(self) -> None:
        query = self.edit.text()
        if not query.strip():
            self._hits, self._current = [], -1
        else:
            if self._folded is None:
                self._folded = FoldedText(self._view.article_text())
            self._hits = self._folded.find_all(query)
            after = [i for i, (start, _end) in enumerate(self._hits) if start >= self._anchor]
            self._current = after[0] if after else (0 if self._hits else -1)
        self._show()

    def _show(self) -> None:
        marks = [Mark(start, end, i) for i, (start, end) in enumerate(self._hits)]
        self._view.set_found(marks, self._current if self._current >= 0 else None)
        current = self.current()
        if current is not None:
            self._view.reveal_range(*current)
        self._update_count()

    def _update_count(self) -> None:
        found = bool(self._hits)
        if not self.edit.text().strip():
            text = ""
        elif not found:
            text = self.tr("No matches")
        else:
            text = (
                self.tr("%1 of %2")
                .replace("%1", number(self._current + 1))
                .replace("%2", number(len(self._hits)))
            )
        self.count.setText(text)
        self.previous.setEnabled(found)
        self.next.setEnabled(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Enter in the box goes back to the previous match."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if (
                key is not None
                and key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and key.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)
