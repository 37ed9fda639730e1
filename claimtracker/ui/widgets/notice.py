"""A coloured bar across the top of the window with one line of news and a way to close it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from claimtracker.ui.widgets.naming import named


class NoticeBar(QFrame):
    """Plain text on a yellow (warning) or orange (problem) background."""

    def __init__(
        self, name: str, colour: str, closable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: {colour}; }} #{name} QLabel {{ color: #000000; "
            "font-weight: 600; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        if closable:
            close = named(QToolButton(), f"{name}Close")
            close.setText("✕")
            close.setToolTip(self.tr("Dismiss"))
            close.setAccessibleName(self.tr("Dismiss"))
            close.setAutoRaise(True)
            close.clicked.connect(self.hide)
            layout.addWidget(close)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def text(self) -> str:
        return self.label.text()
