"""The article library: a filter box over a list of articles, two lines each.

The filter narrows the list at once by title, outlet, author and address, and a moment later
adds what the full-text search finds in the articles' text (an article without claims too).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from claimtracker.core.services.dto import ArticleInfo
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.models import ArticleLibraryModel, article_details
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.widgets.naming import named
from claimtracker.ui.widgets.record_list import RecordList
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate

SEARCH_PAUSE_MS = 250
"""The text of the articles is searched after this pause in typing."""


class ArticleLibrary(QWidget):
    """The articles of the database; choosing one opens it."""

    articleChosen = Signal(int)

    def __init__(self, articles: ArticleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleLibrary")
        self.filter = named(QLineEdit(), "articleFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, outlet, author or text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter articles"))
        self.model = ArticleLibraryModel(self)
        self.list = named(RecordList(), "articleList")
        self.list.setAccessibleName(self.tr("Article library"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(
            TwoLineDelegate(lambda a: a.title, article_details, parent=self.list)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._current: int | None = None
        self._articles = articles
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_text)
        self.filter.textChanged.connect(self._filter_changed)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        articles.libraryReset.connect(self.set_articles)
        articles.libraryCountsChanged.connect(self.model.set_counts)
        articles.libraryArticleChanged.connect(self.model.update_article)
        articles.opened.connect(lambda info, _text: self.select(info.id if info else None))
        self.articleChosen.connect(articles.open)

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.model.set_articles(articles)
        self._reselect()
        if self.filter.text().strip():
            self._search_text()  # the new list's text matches

    def select(self, article_id: int | None) -> None:
        """Mark an article as the open one without emitting ``articleChosen``."""
        self._current = article_id
        self._reselect()

    def _reselect(self) -> None:
        row = self.model.row_of(self._current) if self._current is not None else None
        selection = self.list.selectionModel()
        blocked = selection.blockSignals(True)
        if row is None:
            selection.clear()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)
        selection.blockSignals(blocked)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._reselect()
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()

    def _search_text(self) -> None:
        self._search_timer.stop()
        words = self.filter.text()
        if words.strip():
            self.model.set_matches(self._articles.search(words))
            self._reselect()

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            article_id = current.data(ID_ROLE)
            if article_id != self._current:
                self._current = article_id
                self.articleChosen.emit(article_id)
