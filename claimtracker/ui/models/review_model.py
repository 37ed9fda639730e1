"""The review list's model: ids in SQL order, rows fetched a page at a time as they show."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewRow, ReviewService
from claimtracker.core.taxonomy import RELIABILITY
from claimtracker.ui.models.records import ID_ROLE
from claimtracker.ui.palette import Taxonomy

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("statement", "Statement"),
    ("claimant", "Claimant"),
    ("article", "Article"),
    ("outlet", "Outlet"),
    ("status", "Status"),
    ("verdict", "Verdict"),
    ("tags", "Tags"),
    ("sources", "Sources"),
    ("reliability", "Best source"),
    ("updated_at", "Last update"),
    ("updated_by", "Analyst"),
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
        try:
            return self._ids.index(claim_id)
        except ValueError:
            return None

    def rows_of(self, claim_ids: list[int]) -> list[int]:
        """Rows of the claims that are listed (one pass over the ids)."""
        wanted = set(claim_ids)
        return [row for row, cid in enumerate(self._ids) if cid in wanted]

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
                return row.statement
            if key == "reliability" and row.reliability:
                return RELIABILITY.get(row.reliability, "")
            if key in ("article", "tags"):
                return getattr(row, key)
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
            return f"{row.updated_at:%Y-%m-%d %H:%M}"
        if key == "sources":
            return str(row.sources)
        value = getattr(row, key)
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        return None
