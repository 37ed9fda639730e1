"""A new article from pasted text: title, outlet, URL and the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.widgets.buttons import ok_cancel
from claimtracker.ui.widgets.naming import named


class PasteArticleDialog(QDialog):
    """Title, outlet, URL and the pasted article text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteArticleDialog")
        self.setWindowTitle(self.tr("New Article from Text"))
        self.title = named(QLineEdit(), "pasteTitleEdit")
        self.title.setPlaceholderText(self.tr("Leave empty to use the first line"))
        self.outlet = named(QLineEdit(), "pasteOutletEdit")
        self.url = named(QLineEdit(), "pasteUrlEdit")
        self.url.setPlaceholderText("https://")
        self.text = named(QPlainTextEdit(), "pasteTextEdit")
        self.text.setPlaceholderText(self.tr("Paste the article text here"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Outlet"), self.outlet)
        form.addRow(self.tr("&URL"), self.url)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.resize(640, 480)
