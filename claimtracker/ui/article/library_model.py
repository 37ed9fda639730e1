"""The article library's model: articles newest first, read a page at a time as the list
scrolls (Qt's ``canFetchMore``/``fetchMore``) and narrowed by the filter in the database.

After articles came, went or changed elsewhere, the rows read so far are read again and the
difference applied row by row (rows removed, inserted, changed), so that the rows that stay
keep their place, their selection and the list's scroll position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject

from claimtracker.core.services.articles import PAGE_SIZE
from claimtracker.core.services.dto import ArticleInfo
from claimtracker.ui.article.models import article_tip
from claimtracker.ui.formatting import local_date
from claimtracker.ui.records import Column, Index, RecordTableModel


class PageReader(Protocol):
    """Reads a page of the library (``ArticleService.page``)."""

    def __call__(
        self,
        limit: int | None,
        *,
        after: int | None = None,
        through: int | None = None,
        words: str = "",
        text: bool = False,
    ) -> list[ArticleInfo]: ...


class ArticleLibraryModel(RecordTableModel[ArticleInfo]):
    """The articles read so far, in the library's order; the next page when the view asks.

    The filter (:meth:`set_filter`) narrows them by title, outlet, author or address, and
    with ``text`` adds those whose text has the words (full-text search).
    """

    def __init__(self, read: PageReader, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ArticleModels", "Title"),
                    lambda a: a.title,
                    tooltip=article_tip,
                ),
                Column(QCoreApplication.translate("ArticleModels", "Outlet"), lambda a: a.outlet),
                Column(
                    QCoreApplication.translate("ArticleModels", "Date"),
                    lambda a: local_date(a.published_at),
                ),
                Column(
                    QCoreApplication.translate("ArticleModels", "Claims"),
                    lambda a: a.claim_count,
                    align_right=True,
                ),
            ],
            parent,
        )
        self._read = read
        self._words = ""
        self._text = False
        self._complete = True  # nothing to fetch before the first listing

    def list_anew(self) -> None:
        """The first page alone (another database, another filter)."""
        rows = self._page(PAGE_SIZE)
        self._complete = len(rows) < PAGE_SIZE
        self.set_rows(rows)

    def set_filter(self, words: str, text: bool = False) -> None:
        """List the articles whose title, outlet, author or address contain every word of
        ``words`` (case ignored), and with ``text`` those whose text has them; first page."""
        self._words, self._text = words.strip(), text
        self.list_anew()

    def reload(self) -> None:
        """Read the rows listed so far again (at least a page): articles that came or went
        are inserted or removed in place, changed ones repainted."""
        limit = max(len(self._rows), PAGE_SIZE)
        rows = self._page(limit)
        self._complete = len(rows) < limit
        self._replace_rows(rows)

    def fetch_through(self, article_id: int) -> int | None:
        """The row of an article, the pages up to it read first when they are not yet;
        None when the filter leaves it out (or it is gone)."""
        row = self.row_of(article_id)
        if row is None and not self._complete:
            self._append(self._page(None, after=self._last(), through=article_id))
            row = self.row_of(article_id)
        return row

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._complete:
            return
        # An article listed last and deleted elsewhere ends the list here, until the
        # change is heard and the rows are read again (reload).
        rows = self._page(PAGE_SIZE, after=self._last())
        self._complete = len(rows) < PAGE_SIZE
        self._append(rows)

    def set_counts(self, counts: dict[int, int]) -> None:
        """New claim counts of some articles; only their rows change."""
        self.update_records(
            [
                replace(self._rows[row], claim_count=count)
                for article_id, count in counts.items()
                if (row := self.row_of(article_id)) is not None
            ]
        )

    def update_article(self, article: ArticleInfo) -> None:
        """An article as now stored (corrected metadata, another text); its row alone."""
        self.update_records([article])

    def _page(self, limit: int | None, after: int | None = None, through: int | None = None):
        return self._read(limit, after=after, through=through, words=self._words, text=self._text)

    def _last(self) -> int | None:
        return self._rows[-1].id if self._rows else None

    def _append(self, rows: Sequence[ArticleInfo]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._row_of.update((a.id, first + i) for i, a in enumerate(rows))
        self.endInsertRows()

    def _replace_rows(self, rows: Sequence[ArticleInfo]) -> None:
        """Make the rows ``rows`` by removing and inserting only those that differ."""
        ours = [a.id for a in self._rows]
        theirs = [a.id for a in rows]
        opcodes = SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes()
        root = QModelIndex()
        for tag, i1, i2, j1, j2 in reversed(opcodes):  # from the end: earlier rows stay put
            if tag in ("delete", "replace"):
                self.beginRemoveRows(root, i1, i2 - 1)
                del self._rows[i1:i2]
                self._index()
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(root, i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = rows[j1:j2]
                self._index()
                self.endInsertRows()
        pairs = enumerate(zip(self._rows, rows, strict=True))
        changed = [i for i, (old, new) in pairs if old != new]
        self._rows = list(rows)
        last = len(self._columns) - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _index(self) -> None:
        self._row_of = {a.id: i for i, a in enumerate(self._rows)}
