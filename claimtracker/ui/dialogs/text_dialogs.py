"""Small forms: a new article from pasted text, and the preferences."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PasteArticleDialog(QDialog):
    """Title, outlet, URL and the pasted article text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteArticleDialog")
        self.setWindowTitle("New Article from Text")
        self.title = QLineEdit(objectName="pasteTitleEdit")
        self.title.setPlaceholderText("Leave empty to use the first line")
        self.outlet = QLineEdit(objectName="pasteOutletEdit")
        self.url = QLineEdit(objectName="pasteUrlEdit")
        self.url.setPlaceholderText("https://")
        self.text = QPlainTextEdit(objectName="pasteTextEdit")
        self.text.setPlaceholderText("Paste the article text here")
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Outlet", self.outlet)
        form.addRow("&URL", self.url)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.resize(640, 480)


class PreferencesDialog(QDialog):
    """The analyst name recorded in the change log, and the organisation of ClaimReviews."""

    def __init__(
        self,
        analyst: str,
        organisation: str = "",
        organisation_url: str = "",
        backups: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self.analyst = QLineEdit(analyst, objectName="analystEdit")
        self.analyst.setToolTip("Recorded with every change in the change log")
        self.organisation = QLineEdit(organisation, objectName="organisationEdit")
        self.organisation.setToolTip("Author of ClaimReview exports")
        self.organisation_url = QLineEdit(organisation_url, objectName="organisationUrlEdit")
        self.organisation_url.setPlaceholderText("https://")
        form = QFormLayout()
        form.addRow("&Analyst name", self.analyst)
        form.addRow("&Organisation", self.organisation)
        form.addRow("Organisation &web site", self.organisation_url)
        self.backups = QSpinBox(objectName="backupsKeepSpin")
        self.backups.setRange(1, 999)
        self.backups.setValue(backups)
        self.backups.setToolTip("Automatic backups kept for each database; the oldest go first")
        form.addRow("&Backups to keep", self.backups)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
