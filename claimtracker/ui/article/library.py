"""The article library: a filter box over a list of articles, two lines each.

The list reads its first page at once and the next ones as it scrolls. The filter narrows it
at once by title, outlet, author and address, and a moment later adds what the full-text
search finds in the articles' text (an article without claims too); both are queries of the
database, read a page at a time too.

The open article is selected: opening one reads the pages up to it if they are not read yet;
while the filter is in force it is selected when its page arrives, without reading ahead.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.library_model import ArticleLibraryModel
from claimtracker.ui.article.models import article_details
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
        self.model = ArticleLibraryModel(articles.library_page, self)
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
        self._quiet = False  # the selection follows the open article: nothing is chosen
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_text)
        self.filter.textChanged.connect(self._filter_changed)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.rowsInserted.connect(self._rows_inserted)
        articles.libraryReset.connect(self.list_anew)
        articles.libraryChanged.connect(self.reload)
        articles.libraryCountsChanged.connect(self.model.set_counts)
        articles.libraryArticleChanged.connect(self.model.update_article)
        articles.opened.connect(lambda info, _text: self.select(info.id if info else None))
        self.articleChosen.connect(articles.open)

    def list_anew(self) -> None:
        """The first page of another database (the filter, with its text search, kept)."""
        self._search_timer.stop()
        self.model.set_filter(self.filter.text(), text=True)
        self._reselect()

    def reload(self) -> None:
        """The rows read so far read again: articles came, went or changed elsewhere."""
        self._quiet = True  # a removed current row makes the view choose its neighbour
        try:
            self.model.reload()
        finally:
            self._quiet = False
        self._reselect(scroll=False)

    def select(self, article_id: int | None) -> None:
        """Mark an article as the open one without emitting ``articleChosen``."""
        self._current = article_id
        self._reselect(load=True)

    def _reselect(self, *, load: bool = False, scroll: bool = True) -> None:
        """Select the open article's row; ``load``: read the pages up to it first."""
        row = None
        if self._current is not None:
            if load:
                row = self.model.fetch_through(self._current)
            else:
                row = self.model.row_of(self._current)
        self._quiet = True
        try:
            selection = self.list.selectionModel()
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                if scroll:
                    self.list.scrollTo(index)
        finally:
            self._quiet = False

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """A page scrolled into the list holds the open article: it shows as open."""
        row = self.model.row_of(self._current) if self._current is not None else None
        if self._quiet or row is None or not first <= row <= last:
            return
        if self.list.selectionModel().currentIndex().row() != row:
            self._reselect(scroll=False)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        if text.strip():
            self._reselect()
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._reselect(load=True)  # the whole list again, at the open article

    def _search_text(self) -> None:
        self._search_timer.stop()
        words = self.filter.text()
        if words.strip():
            self.model.set_filter(words, text=True)
            self._reselect()

    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and not self._quiet:
            article_id = current.data(ID_ROLE)
            if article_id != self._current:
                self._current = article_id
                self.articleChosen.emit(article_id)
