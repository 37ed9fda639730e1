"""The article library: a filter box over a list of articles, two lines each."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from claimtracker.core.services.dto import ArticleInfo
from claimtracker.ui.models.article_models import ArticleLibraryModel
from claimtracker.ui.models.records import ID_ROLE
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate


def article_details(a: ArticleInfo) -> str:
    """Second line of an article entry: outlet, date, number of claims."""
    claims = f"{a.claim_count} claim" + ("" if a.claim_count == 1 else "s")
    date = a.published_at.isoformat() if a.published_at else None
    return " · ".join(filter(None, (a.outlet, date, claims)))


class ArticleLibrary(QWidget):
    """Emits ``articleChosen(article_id)`` when the analyst picks an article."""

    articleChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(objectName="articleFilter")
        self.filter.setPlaceholderText("Filter by title, outlet or author")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter articles")
        self.model = ArticleLibraryModel(self)
        self.list = QListView(objectName="articleList")
        self.list.setAccessibleName("Article library")
        self.list.setModel(self.model)
        self.list.setItemDelegate(
            TwoLineDelegate(lambda a: a.title, article_details, parent=self.list)
        )
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter_changed)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self._current: int | None = None

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.model.set_articles(articles)
        self._reselect()

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

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            article_id = current.data(ID_ROLE)
            if article_id != self._current:
                self._current = article_id
                self.articleChosen.emit(article_id)
