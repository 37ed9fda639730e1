"""The preferences: who the analyst is, the organisation of ClaimReviews, backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.i18n import LANGUAGES
from claimtracker.ui.widgets.buttons import ok_cancel
from claimtracker.ui.widgets.naming import named


class PreferencesDialog(QDialog):
    """The analyst name recorded in the change log, and the organisation of ClaimReviews."""

    def __init__(
        self,
        analyst: str,
        organisation: str = "",
        organisation_url: str = "",
        backups: int = 10,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.analyst = named(QLineEdit(analyst), "analystEdit")
        self.analyst.setToolTip(self.tr("Recorded with every change in the change log"))
        self.organisation = named(QLineEdit(organisation), "organisationEdit")
        self.organisation.setToolTip(self.tr("Author of ClaimReview exports"))
        self.organisation_url = named(QLineEdit(organisation_url), "organisationUrlEdit")
        self.organisation_url.setPlaceholderText("https://")
        form = QFormLayout()
        form.addRow(self.tr("&Analyst name"), self.analyst)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Organisation &web site"), self.organisation_url)
        self.backups = named(QSpinBox(), "backupsKeepSpin")
        self.backups.setRange(1, 999)
        self.backups.setValue(backups)
        self.backups.setToolTip(
            self.tr("Automatic backups kept for each database; the oldest go first")
        )
        form.addRow(self.tr("&Backups to keep"), self.backups)
        self.language = named(QComboBox(), "languageCombo")
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("&Language"), self.language)
        note = QLabel(self.tr("A new language applies when ClaimTracker next starts."))
        note.setWordWrap(True)
        form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
