"""The review list's model: claims in SQL order, read a page at a time as they show.

A query reads its first page only; how many claims match is counted once that page has
painted, and the ids of further pages are read as they scroll into view (a search for a word
in most claims never lists every match first). With a search, each page also learns why its
rows matched (the matched words and whether they are in the claim or in its article's
text), read after the page has painted.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from claimtracker.core.services.matches import Match, MatchService, snippet_text
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewRow, ReviewService
from claimtracker.ui.formatting import local_time, number
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.palette import Taxonomy, swatch, verdict_pattern
from claimtracker.ui.plain import tooltip
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.terms import reliability_label

Index = QModelIndex | QPersistentModelIndex

# Status and verdict come right after who claims what: the columns an editor reads first
# stay in view in a window shared with the inspector.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("statement", QT_TRANSLATE_NOOP("ReviewModel", "Statement")),
    ("claimant", QT_TRANSLATE_NOOP("ReviewModel", "Claimant")),
    ("status", QT_TRANSLATE_NOOP("ReviewModel", "Status")),
    ("verdict", QT_TRANSLATE_NOOP("ReviewModel", "Verdict")),
    ("article", QT_TRANSLATE_NOOP("ReviewModel", "Article")),
    ("outlet", QT_TRANSLATE_NOOP("ReviewModel", "Outlet")),
    ("tags", QT_TRANSLATE_NOOP("ReviewModel", "Tags")),
    ("sources", QT_TRANSLATE_NOOP("ReviewModel", "Sources")),
    ("reliability", QT_TRANSLATE_NOOP("ReviewModel", "Best source")),
    ("updated_at", QT_TRANSLATE_NOOP("ReviewModel", "Last update")),
    ("updated_by", QT_TRANSLATE_NOOP("ReviewModel", "Analyst")),
)
COLUMN_WIDTHS = (340, 160, 120, 120, 220, 130, 160, 70, 90, 130, 90)
PAGE_SIZE = 100
MAX_PAGES = 80  # pages kept in memory; older ones are fetched again when scrolled back to
BLOCK = 25
"""Rows whose fields are read together: those in sight (a page of ids is read at once, the
rows' fields only for the blocks shown)."""
MAX_BLOCKS = MAX_PAGES * PAGE_SIZE // BLOCK

MATCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Data role of the statement column: why a row matched the search (a ``Match``), or None."""

# Roles as plain numbers: a table asks each painted cell for a dozen roles, and comparing
# with the enum's members costs more than the rest of an unanswered call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _DECORATION, _ALIGNMENT, _ACCESSIBLE))
_ASKED = _ANSWERED | {int(ID_ROLE), int(MATCH_ROLE)}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

WHERE = {
    "claim": QT_TRANSLATE_NOOP("ReviewModel", "in claim"),
    "article": QT_TRANSLATE_NOOP("ReviewModel", "in article"),
    "both": QT_TRANSLATE_NOOP("ReviewModel", "in claim and article"),
}
FIELDS = {
    "statement": QT_TRANSLATE_NOOP("ReviewModel", "Found in the statement"),
    "claimant": QT_TRANSLATE_NOOP("ReviewModel", "Found in the claimant"),
    "rationale": QT_TRANSLATE_NOOP("ReviewModel", "Found in the rationale"),
    "quotes": QT_TRANSLATE_NOOP("ReviewModel", "Found in a quote"),
    "tags": QT_TRANSLATE_NOOP("ReviewModel", "Found in the tags"),
    "title": QT_TRANSLATE_NOOP("ReviewModel", "Found in the article's title"),
    "body": QT_TRANSLATE_NOOP("ReviewModel", "Found in the article's text"),
}


def spans(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers, as (first, last) pairs in order."""
    ranges: list[tuple[int, int]] = []
    for row in sorted(rows):
        if ranges and ranges[-1][1] == row - 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    return ranges


def where_text(match: Match) -> str:
    """ "in claim", "in article" or "in claim and article", translated."""
    return QCoreApplication.translate("ReviewModel", WHERE.get(match.where, WHERE["claim"]))


def field_text(match: Match) -> str:
    """Which field held the words, as a sentence ("Found in the article's text")."""
    return QCoreApplication.translate("ReviewModel", FIELDS.get(match.field, FIELDS["statement"]))


class ReviewModel(QAbstractTableModel):
    """The matching claims; sorting and filtering re-run the SQL, never touch Python rows."""

    counted = Signal(int)
    """How many claims the query matches, once counted (after its first page has painted)."""

    def __init__(
        self,
        review: ReviewService,
        taxonomy: Taxonomy,
        parent=None,
        matches: MatchService | None = None,
    ) -> None:
        super().__init__(parent)
        self._review = review
        self._taxonomy = taxonomy
        self._explainer = matches
        self._count = 0  # rows: the first page's until counted, then every match
        self._counted = True
        self._id_pages: dict[int, list[int]] = {}  # page -> ids of its rows, read as shown
        self._index: dict[int, int] | None = None
        self._blocks: OrderedDict[int, dict[int, ReviewRow]] = OrderedDict()  # the rows read
        self._matches: dict[int, dict[int, Match]] = {}  # page -> claim id -> why it matched
        self._unexplained: set[int] = set()  # pages whose matches are to be read
        self._explain_timer = QTimer(self)
        self._explain_timer.setSingleShot(True)
        self._explain_timer.setInterval(0)  # after the page has painted
        self._explain_timer.timeout.connect(self._explain_pages)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)  # after the first page has painted
        self._count_timer.timeout.connect(self.count_matches)
        self._filter = ClaimFilter()
        self._sort = ("updated_at", True)

    # -- state ------------------------------------------------------------------------------

    def set_service(
        self, review: ReviewService, taxonomy: Taxonomy, matches: MatchService | None = None
    ) -> None:
        """Another database: the list empties until :meth:`refresh` runs the query."""
        self.beginResetModel()
        self._review = review
        self._taxonomy = taxonomy
        self._explainer = matches
        self._count, self._counted = 0, True
        self._id_pages = {}
        self._index = None
        self._forget_pages()
        self.endResetModel()

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """The scales changed: every row shows its terms anew."""
        if taxonomy is self._taxonomy:
            return
        self._taxonomy = taxonomy
        if self._count:
            last = self.index(self._count - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def explaining(self) -> bool:
        """Whether rows show why they matched (a search is in the filter)."""
        return self._explainer is not None and bool(self._filter.search)

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
        """Run the query again (after edits elsewhere); the filter and order stay.

        Only the first page is read now; the count follows once it has painted."""
        self.beginResetModel()
        self._id_pages = {}
        self._index = None
        self._forget_pages()
        first = self._read_ids(0, PAGE_SIZE)
        self._id_pages[0] = first
        self._count = len(first)
        self._counted = len(first) < PAGE_SIZE  # a short first page is every match
        self.endResetModel()
        if self._counted:
            self._count_timer.stop()
            self.counted.emit(self._count)
        else:
            self._count_timer.start()

    @property
    def is_counted(self) -> bool:
        return self._counted

    def count_matches(self) -> None:
        """Count the matches of the query (if not counted yet): the rows after the first page
        are added, and :attr:`counted` tells the count."""
        self._count_timer.stop()
        if self._counted:
            return
        total = self._review.count(self._filter)
        self._counted = True
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:  # claims deleted since the first page was read
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
        self.counted.emit(total)

    def _read_ids(self, offset: int, limit: int) -> list[int]:
        return self._review.page(self._filter, *self._sort, offset=offset, limit=limit)

    def _forget_pages(self) -> None:
        self._blocks.clear()
        self._matches.clear()
        self._unexplained.clear()

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

    def claim_id(self, row: int) -> int | None:
        """The claim of a row (None past the claims that are still there)."""
        if not 0 <= row < self._count:
            return None
        ids = self._page_ids(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return ids[offset] if offset < len(ids) else None

    def claim_ids_at(self, rows: Iterable[int]) -> list[int]:
        """The claims of these rows, in the rows' order: pages not read yet are read
        together, each run of them in one statement (a whole list selected at once)."""
        wanted = sorted({r for r in rows if 0 <= r < self._count})
        missing = sorted({r // PAGE_SIZE for r in wanted} - self._id_pages.keys())
        for first, last in spans(missing):
            ids = self._read_ids(first * PAGE_SIZE, (last - first + 1) * PAGE_SIZE)
            for page in range(first, last + 1):
                start = (page - first) * PAGE_SIZE
                self._id_pages[page] = ids[start : start + PAGE_SIZE]
            self._index = None
        found = (self.claim_id(r) for r in wanted)
        return [cid for cid in found if cid is not None]

    def claim_ids(self) -> list[int]:
        """Every claim the query matches, in order (read at once: for actions on the whole
        list, not for showing it)."""
        return self._review.ids(self._filter, *self._sort)

    def row_of(self, claim_id: int) -> int | None:
        """The row of a claim among the rows read so far (None: not listed, or not yet)."""
        return self._rows().get(claim_id)

    def rows_of(self, claim_ids: list[int]) -> list[int]:
        """Rows of the claims that are listed (among the rows read so far), in order."""
        index = self._rows()
        return sorted(index[c] for c in set(claim_ids) if c in index)

    def _rows(self) -> dict[int, int]:
        """Row of each claim read so far, built again when a page is read."""
        if self._index is None:
            self._index = {
                cid: page * PAGE_SIZE + offset
                for page, ids in self._id_pages.items()
                for offset, cid in enumerate(ids)
            }
        return self._index

    def _page_ids(self, page: int) -> list[int]:
        ids = self._id_pages.get(page)
        if ids is None:
            ids = self._id_pages[page] = self._read_ids(page * PAGE_SIZE, PAGE_SIZE)
            self._index = None
        return ids

    def record(self, row: int) -> ReviewRow | None:
        claim_id = self.claim_id(row)
        if claim_id is None:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            first = block * BLOCK % PAGE_SIZE
            rows = self._review.rows(self._page_ids(row // PAGE_SIZE)[first : first + BLOCK])
            self._blocks[block] = rows
            while len(self._blocks) > MAX_BLOCKS:
                old, _rows = self._blocks.popitem(last=False)
                page = old * BLOCK // PAGE_SIZE
                if not self._page_in_memory(page):
                    self._matches.pop(page, None)
        else:
            self._blocks.move_to_end(block)
        return rows.get(claim_id)

    def _page_in_memory(self, page: int) -> bool:
        """Whether rows of this page are held (read, and not let go since)."""
        first = page * PAGE_SIZE // BLOCK
        return any(block in self._blocks for block in range(first, first + PAGE_SIZE // BLOCK))

    def refresh_rows(self, claim_ids: set[int]) -> None:
        """Read again the rows of these claims that are in memory; only they repaint.

        A row that no longer matches the filter stays until the list is queried again, as in
        a spreadsheet: the analyst's place in the list does not jump after an edit.
        """
        wanted = [
            (block, cid) for block, rows in self._blocks.items() for cid in rows if cid in claim_ids
        ]
        if not wanted:
            return
        fresh = self._review.rows([cid for _b, cid in wanted])
        for block, cid in wanted:
            if cid in fresh:
                self._blocks[block][cid] = fresh[cid]
            else:
                self._blocks[block].pop(cid, None)  # deleted: shown empty until the next query
        for row in self.rows_of(list(claim_ids)):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def cached_pages(self) -> int:
        """How many pages have rows held in memory."""
        return len({block * BLOCK // PAGE_SIZE for block in self._blocks})

    # -- why rows matched -------------------------------------------------------------------

    def match_of(self, row: int) -> Match | None:
        """Why a row matched the search; None without a search, or until its page's answer
        has been read (asked for here, read when the event loop next runs)."""
        claim_id = self.claim_id(row) if self.explaining else None
        if claim_id is None:
            return None
        page = row // PAGE_SIZE
        found = self._matches.get(page)
        if found is None:
            if page not in self._unexplained:
                self._unexplained.add(page)
                self._explain_timer.start()
            return None
        return found.get(claim_id)

    def explained_pages(self) -> int:
        return len(self._matches)

    def _explain_pages(self) -> None:
        """Read why the rows of the pages asked for matched; those rows repaint."""
        pages = sorted(self._unexplained)
        self._unexplained.clear()
        if self._explainer is None or not self._filter.search:
            return
        for page in pages:
            if not self._page_in_memory(page):  # let go, or queried again meanwhile
                continue
            first = page * PAGE_SIZE
            ids = self._page_ids(page)
            self._matches[page] = self._explainer.explain(
                self._filter.search, ids, articles=self._filter.search_articles
            )
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(ids) - 1, 0))

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ASKED or not index.isValid():
            return None
        if role == ID_ROLE:
            return self.claim_id(index.row())
        key = COLUMNS[index.column()][0]
        if role == MATCH_ROLE:
            return self.match_of(index.row()) if key == "statement" else None
        if role not in _ANSWERED:
            return None
        if role == _ALIGNMENT:
            return _RIGHT if key == "sources" else None
        row = self.record(index.row())
        if row is None:  # deleted since the ids were read
            return None
        if role == _DECORATION:
            if key == "status":
                return QColor(self._taxonomy.status_colour(row.status))
            if key == "verdict" and row.verdict:
                colour = self._taxonomy.verdict_colour(row.verdict)
                pattern = verdict_pattern(row.verdict)
                if pattern != Qt.BrushStyle.SolidPattern:  # told apart from other greys
                    return swatch(colour, pattern)
                return QColor(colour)
            return None
        if role == _ACCESSIBLE:
            match = self.match_of(index.row()) if key == "statement" else None
            text = self._display(row, key)
            if match is None:
                return text
            return f"{text} — {where_text(match)}: {snippet_text(match.snippet)}".rstrip(": ")
        if role == _TOOLTIP:
            if key == "statement":
                return tooltip(self._statement_tip(row, index.row()))
            if key == "reliability" and row.reliability:
                return tooltip(reliability_label(row.reliability))
            if key in ("article", "tags", "claimant", "outlet"):
                return tooltip(getattr(row, key))
            return None
        return self._display(row, key)

    def _statement_tip(self, row: ReviewRow, position: int) -> str:
        match = self.match_of(position)
        if match is None:
            return row.statement
        found = field_text(match)
        snippet = snippet_text(match.snippet)
        found = f"{found}: {snippet}" if snippet else found
        return f"{row.statement}\n\n{found}"

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
