"""The review list's model: ids in SQL order, rows fetched a page at a time as they show."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewRow, ReviewService
from claimtracker.ui.formatting import local_time, number
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.plain import tooltip
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.terms import reliability_label

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("statement", QT_TRANSLATE_NOOP("ReviewModel", "Statement")),
    ("claimant", QT_TRANSLATE_NOOP("ReviewModel", "Claimant")),
    ("article", QT_TRANSLATE_NOOP("ReviewModel", "Article")),
    ("outlet", QT_TRANSLATE_NOOP("ReviewModel", "Outlet")),
    ("status", QT_TRANSLATE_NOOP("ReviewModel", "Status")),
    ("verdict", QT_TRANSLATE_NOOP("ReviewModel", "Verdict")),
    ("tags", QT_TRANSLATE_NOOP("ReviewModel", "Tags")),
    ("sources", QT_TRANSLATE_NOOP("ReviewModel", "Sources")),
    ("reliability", QT_TRANSLATE_NOOP("ReviewModel", "Best source")),
    ("updated_at", QT_TRANSLATE_NOOP("ReviewModel", "Last update")),
    ("updated_by", QT_TRANSLATE_NOOP("ReviewModel", "Analyst")),
)
COLUMN_WIDTHS = (380, 170, 220, 130, 110, 110, 160, 70, 90, 130, 90)
PAGE_SIZE = 100
MAX_PAGES = 80  # pages kept in memory; older ones are fetched again when scrolled back to


class ReviewModel(QAbstractTableModel):
    """All matching claims; sorting and filtering re-run the SQL, never touch Python rows."""

    def __init__(self, review: ReviewService, taxonomy: Taxonomy, parent=None) -> None:
        super().__init__(parent)
        self._review = review
        self._taxonomy = taxonomy
        self._ids: list[int] = []
        self._index: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, ReviewRow]] = OrderedDict()
        self._filter = ClaimFilter()
        self._sort = ("updated_at", True)

    # -- state ------------------------------------------------------------------------------

    def set_service(self, review: ReviewService, taxonomy: Taxonomy) -> None:
        """Another database: the list empties until :meth:`refresh` runs the query."""
        self.beginResetModel()
        self._review = review
        self._taxonomy = taxonomy
        self._ids = []
        self._index = None
        self._pages.clear()
        self.endResetModel()

    @property
    def claim_filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, claim_filter: ClaimFilter, run: bool = True) -> None:
        self._filter = claim_filter
        if run:
            self.refresh()

    def sort_key(self) -> tuple[str, bool]:
        return self._sort

    def refresh(self) -> None:
        """Run the query again (after edits elsewhere); the filter and order stay."""
        self.beginResetModel()
        self._ids = self._review.ids(self._filter, *self._sort)
        self._index = None
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_sort(column, order)

    def set_sort(self, column: int, order: Qt.SortOrder, run: bool = True) -> None:
        """Order by a column; the query runs again only when the order changed."""
        if 0 <= column < len(COLUMNS):
            wanted = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
            if wanted != self._sort:
                self._sort = wanted
                if run:
                    self.refresh()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        column = next(i for i, (key, _t) in enumerate(COLUMNS) if key == self._sort[0])
        order = Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
        return column, order

    # -- rows -------------------------------------------------------------------------------

    def claim_id(self, row: int) -> int:
        return self._ids[row]

    def claim_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, claim_id: int) -> int | None:
        return self._rows().get(claim_id)

    def rows_of(self, claim_ids: list[int]) -> list[int]:
        """Rows of the claims that are listed, in order."""
        index = self._rows()
        return sorted(index[c] for c in set(claim_ids) if c in index)

    def _rows(self) -> dict[int, int]:
        """Row of each listed claim, built once per query when first needed."""
        if self._index is None:
            self._index = {cid: row for row, cid in enumerate(self._ids)}
        return self._index

    def record(self, row: int) -> ReviewRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._review.rows(self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def refresh_rows(self, claim_ids: set[int]) -> None:
        """Read again the rows of these claims that are in memory; only they repaint.

        A row that no longer matches the filter stays until the list is queried again, as in
        a spreadsheet: the analyst's place in the list does not jump after an edit.
        """
        wanted = [
            (page, cid) for page, rows in self._pages.items() for cid in rows if cid in claim_ids
        ]
        if not wanted:
            return
        fresh = self._review.rows([cid for _p, cid in wanted])
        for page, cid in wanted:
            if cid in fresh:
                self._pages[page][cid] = fresh[cid]
            else:
                self._pages[page].pop(cid, None)  # deleted: shown empty until the next query
        for row in self.rows_of(list(claim_ids)):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "sources":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.record(index.row())
        if row is None:  # deleted since the ids were read
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "status":
                return QColor(self._taxonomy.status_colour(row.status))
            if key == "verdict" and row.verdict:
                return QColor(self._taxonomy.verdict_colour(row.verdict))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "statement":
                return tooltip(row.statement)
            if key == "reliability" and row.reliability:
                return tooltip(reliability_label(row.reliability))
            if key in ("article", "tags", "claimant", "outlet"):
                return tooltip(getattr(row, key))
            return None
        return self._display(row, key)

    def _display(self, row: ReviewRow, key: str) -> str:
        if key == "statement":
            return " ".join(row.statement.split())
        if key == "status":
            return self._taxonomy.status_label(row.status)
        if key == "verdict":
            return self._taxonomy.verdict_label(row.verdict)
        if key == "updated_at":
            return local_time(row.updated_at)
        if key == "sources":
            return number(row.sources)
        value = getattr(row, key)
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ReviewModel", COLUMNS[section][1])
        return None
