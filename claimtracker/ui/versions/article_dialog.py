"""Article › Edit Article: title, outlet, author, publication date, URL and language."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.errors import UserError
from claimtracker.core.services.articles import validated_fields
from claimtracker.core.services.dto import ArticleInfo
from claimtracker.ui.formatting import date_pattern
from claimtracker.ui.messages import message
from claimtracker.ui.widgets.buttons import ok_cancel
from claimtracker.ui.widgets.naming import named

NO_DATE = QDate(1800, 1, 1)
"""The date box's minimum, shown as empty: no publication date."""


class ArticleDialog(QDialog):
    """The article's metadata; a bad value is said under the form and the dialog stays."""

    def __init__(self, article: ArticleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setWindowTitle(self.tr("Edit Article"))
        self._article = article
        self.title = self._line("articleTitleEdit", self.tr("Title"), article.title)
        self.outlet = self._line("articleOutletEdit", self.tr("Outlet"), article.outlet)
        self.author = self._line("articleAuthorEdit", self.tr("Author"), article.author)
        self.url = self._line("articleUrlEdit", self.tr("URL"), article.url)
        self.url.setPlaceholderText("https://")
        self.language = self._line("articleLanguageEdit", self.tr("Language"), article.language)
        self.language.setPlaceholderText(self.tr("es, en, pt-BR…"))
        self.published = named(QDateEdit(), "articleDateEdit")
        self.published.setAccessibleName(self.tr("Publication date"))
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat(date_pattern())
        self.published.setMinimumDate(NO_DATE)
        self.published.setSpecialValueText(self.tr("no date"))
        day = article.published_at
        self.published.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.error = named(QLabel(), "articleDialogError")
        self.error.setAccessibleName(self.tr("Problem with the values"))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #D55E00; font-weight: 600;")
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Outlet"), self.outlet)
        form.addRow(self.tr("&Author"), self.author)
        form.addRow(self.tr("&Published"), self.published)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("&Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.resize(520, self.sizeHint().height())

    def _line(self, name: str, label: str, value: str | None) -> QLineEdit:
        line = named(QLineEdit(), name)
        line.setAccessibleName(label)
        line.setText(value or "")
        return line

    def values(self) -> dict[str, Any]:
        """Every field as entered (text trimmed; empty is None)."""
        chosen = self.published.date()
        published = None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
        return {
            "title": self.title.text(),
            "outlet": self.outlet.text(),
            "author": self.author.text(),
            "published_at": published,
            "url": self.url.text(),
            "language": self.language.text(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the article's, as they will be stored."""
        values = validated_fields(self.values())
        return {k: v for k, v in values.items() if getattr(self._article, k) != v}

    def accept(self) -> None:
        try:
            self.changes()
        except UserError as exc:
            self.error.setText(message(exc))
            self.error.show()
            return
        super().accept()
