"""What the claim table shows when it lists nothing: why, and the way out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from claimtracker.ui.widgets.naming import named


class EmptyResult(QWidget):
    """A message over the middle of a table's viewport; ``clearRequested`` from its button.

    With filters in force it says that nothing matches and offers to clear them; on a
    database without claims it says how to make the first one.
    """

    clearRequested = Signal()

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("emptyResult")
        self.message = named(QLabel(), "emptyResultMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = named(QPushButton(self.tr("Clear Filters")), "clearFiltersButton")
        self.clear_button.clicked.connect(self.clearRequested)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.hide()

    def show_for(self, count: int, filtered: bool) -> None:
        """Shown when ``count`` is 0: "no match" with filters in force, "no claims" without."""
        if count:
            self.hide()
            return
        if filtered:
            self.message.setText(self.tr("No claims match these filters."))
        else:
            self.message.setText(
                self.tr(
                    "No claims yet. Select a sentence in an article and press Ctrl+Enter to "
                    "make it a claim."
                )
            )
        self.clear_button.setVisible(filtered)
        self.fit()
        self.show()
        self.raise_()

    def fit(self) -> None:
        """Cover the viewport (call when the table changes size)."""
        viewport = self.parentWidget()
        if viewport is not None:
            self.setGeometry(viewport.rect())
