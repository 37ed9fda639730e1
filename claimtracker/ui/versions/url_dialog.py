"""File › Import from URL: one or more web addresses, one per line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.importers.fetch import is_web_address
from claimtracker.ui.widgets.buttons import ok_cancel
from claimtracker.ui.widgets.naming import named


def addresses(text: str) -> list[str]:
    """The addresses in pasted text (one per line or separated by spaces), each once."""
    return list(dict.fromkeys(text.split()))


class UrlImportDialog(QDialog):
    """A box for web addresses; OK once it holds at least one http:// or https:// address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urlImportDialog")
        self.setWindowTitle(self.tr("Import from URL"))
        intro = QLabel(
            self.tr(
                "Web addresses of articles, one per line. Each page is fetched as it is, "
                "without running its scripts; its bytes, their SHA-256, the final address and "
                "the time are kept."
            )
        )
        intro.setWordWrap(True)
        self.edit = named(QPlainTextEdit(), "urlEdit")
        self.edit.setAccessibleName(self.tr("Web addresses"))
        self.edit.setPlaceholderText("https://")
        self.edit.setTabChangesFocus(True)
        clipboard = QGuiApplication.clipboard().text() if QGuiApplication.clipboard() else ""
        if clipboard and all(is_web_address(a) for a in addresses(clipboard)):
            self.edit.setPlainText(clipboard.strip() + "\n")  # a copied address, ready
        self.buttons = ok_cancel(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 260)

    def urls(self) -> list[str]:
        return addresses(self.edit.toPlainText())

    def _update(self) -> None:
        self.ok.setEnabled(any(is_web_address(a) for a in self.urls()))
