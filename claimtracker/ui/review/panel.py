"""The claim review list: filter bar, search, summary, bulk actions and the claim table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.charts import ChartService
from claimtracker.core.services.matches import MatchService
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewService
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.review.columns import ColumnFitter, restore_columns, show_column_menu
from claimtracker.ui.review.empty_result import EmptyResult
from claimtracker.ui.review.filter_widgets import (
    ClaimTableView,
    active_filters,
    date_box,
    line_of,
    selected_day,
    show_day,
)
from claimtracker.ui.review.match_delegate import MatchDelegate
from claimtracker.ui.review.model import COLUMN_WIDTHS, ReviewModel, spans
from claimtracker.ui.review.summary_row import Runner, SummaryRow
from claimtracker.ui.terms import label
from claimtracker.ui.widgets.flow_layout import FlowLayout
from claimtracker.ui.widgets.naming import named

SEARCH_PAUSE_MS = 250
SHORT = 560
"""Below this height the filters fold away (the Filters button brings them back)."""


class ReviewPanel(QWidget):
    """Emits requests; the window turns them into undoable commands."""

    openRequested = Signal(int)  # claim id
    claimSelected = Signal(object)  # claim id of the current row, or None: no row chosen
    statusRequested = Signal(list, str)  # claim ids, status key
    verdictRequested = Signal(list, object)  # claim ids, verdict key or None
    tagRequested = Signal(list, bool)  # claim ids, add (True) or remove (False)
    deleteRequested = Signal(list)  # claim ids
    manageTagsRequested = Signal()
    exportRequested = Signal()
    filterChanged = Signal(object)  # ClaimFilter
    saveFilterRequested = Signal()
    deleteFilterRequested = Signal(str)
    savedFilterChosen = Signal(str)

    def __init__(
        self,
        review: ReviewService,
        taxonomy: Taxonomy,
        parent: QWidget | None = None,
        *,
        matches: MatchService | None = None,
        charts: ChartService | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self._taxonomy = taxonomy
        self._terms_of: Taxonomy | None = None  # the scales the choices and menus show
        self._loading = False
        self._filters_chosen = False  # the analyst folded or unfolded the filters
        self._following: int | None = None  # the claim the inspector was last told of
        self.model = ReviewModel(review, taxonomy, self, matches)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._review = review
        self._build_filter_bar()
        self._build_actions()
        self.count = named(QLabel(), "claimCount")
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("000,000 claims") + 12)
        self.summary_row = SummaryRow(review)
        self.summary_row.set_sources(review, charts)
        self.summary = self.summary_row.summary
        self.table = named(ClaimTableView(), "claimTable")
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegateForColumn(0, MatchDelegate(self.table))  # the statement
        self.empty = EmptyResult(self.table.viewport())
        self.empty.clearRequested.connect(lambda: self.set_filter(ClaimFilter()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.columns = ColumnFitter(self.table)
        self.table.resized.connect(self.columns.fit)
        self.table.resized.connect(self.empty.fit)
        header.customContextMenuRequested.connect(
            lambda pos: show_column_menu(self.table, self.columns, pos)
        )
        header.setToolTip(self.tr("Right-click to choose the columns"))
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)  # from a sample, never from 100k rows
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.openRequested.connect(self.openRequested)
        self.table.doubleClicked.connect(lambda i: self._open_row(i.row()))
        self.table.deleteRequested.connect(lambda: self.deleteRequested.emit(self.selected_ids()))
        self._kept: tuple[list[int], int | None] = ([], None)
        # Chosen claims beyond the first page of a new query: chosen again once it is counted.
        self._kept_beyond: tuple[list[int], int | None] = ([], None)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.counted.connect(self._show_count)

        top = FlowLayout()
        top.addWidget(self.count)
        for button in (*self.bulk_buttons, self.actions_button):
            top.addWidget(button)
        self.filters_button.toggled.connect(self._show_details)
        self.filters_button.clicked.connect(self._filters_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.summary_row)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._connect_selection()

    # -- building ---------------------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        bar = self.filter_bar = named(QWidget(), "claimFilterBar")
        bar.setAccessibleName(self.tr("Claim filters"))
        self.search = named(QLineEdit(), "claimSearch")
        self.search.setPlaceholderText(self.tr("Search claims and article text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search claims"))
        self.search_articles = named(QCheckBox(self.tr("Article text")), "searchArticlesCheck")
        self.search_articles.setChecked(True)
        self.search_articles.setToolTip(
            self.tr("Also find claims whose article title or text matches")
        )
        self.status = named(QComboBox(), "filterStatus")
        self.verdict = named(QComboBox(), "filterVerdict")
        self.tag = named(QComboBox(), "filterTag")
        self.tag.setEditable(True)
        self.outlet = named(QComboBox(), "filterOutlet")
        self.outlet.setEditable(True)
        self.claimant = named(QLineEdit(), "filterClaimant")
        self.claimant.setPlaceholderText(self.tr("Claimant"))
        self.date_from = date_box("filterFrom", self.tr("any day"))
        self.date_to = date_box("filterTo", self.tr("any day"))
        for box, tip in (
            (self.date_from, self.tr("Updated on or after")),
            (self.date_to, self.tr("Updated on or before")),
        ):
            box.setToolTip(tip)
            box.setAccessibleName(tip)
        self.orphaned = named(QCheckBox(self.tr("Orphaned only")), "filterOrphaned")
        self.orphaned.setToolTip(self.tr("Claims with a highlight no longer found in its article"))
        self.saved = named(QComboBox(), "savedFilters")
        self.saved.setToolTip(self.tr("Saved filters"))
        self.save_button = named(QPushButton(self.tr("Save…")), "saveFilterButton")
        self.delete_saved_button = named(QPushButton(self.tr("Forget")), "deleteFilterButton")
        self.clear_button = named(QPushButton(self.tr("Clear")), "clearFilterButton")
        for combo, name, tip in (
            (self.status, self.tr("Filter by status"), self.tr("Status")),
            (self.verdict, self.tr("Filter by verdict"), self.tr("Verdict")),
            (self.tag, self.tr("Filter by tag"), self.tr("Tag")),
            (self.outlet, self.tr("Filter by outlet"), self.tr("Outlet")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(tip)
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )

        outer = QVBoxLayout(bar)
        outer.setContentsMargins(0, 0, 0, 0)
        self.filters_button = named(QToolButton(), "toggleFiltersButton")
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.filters_button.setToolTip(self.tr("Show or hide the filters and the summary"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_articles)
        search_row.addWidget(self.filters_button)
        outer.addLayout(search_row)
        self.filter_details = named(QWidget(), "filterDetails")
        flow = FlowLayout(self.filter_details)
        for w in (self.status, self.verdict, self.tag, self.outlet, self.claimant):
            w.setMinimumWidth(120)
            flow.addWidget(w)
        dates = QWidget()
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(QLabel(self.tr("Updated")))
        dates_layout.addWidget(self.date_from)
        dates_layout.addWidget(QLabel(self.tr("–")))
        dates_layout.addWidget(self.date_to)
        for part in (
            dates,
            self.orphaned,
            self.clear_button,
            self.saved,
            self.save_button,
            self.delete_saved_button,
        ):
            flow.addWidget(part)
        outer.addWidget(self.filter_details)

        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.verdict):
            combo.activated.connect(lambda _i: self.apply_filter())
        for combo in (self.tag, self.outlet):
            combo.activated.connect(lambda _i: self.apply_filter())
            line_of(combo).editingFinished.connect(self.apply_filter)
        self.claimant.editingFinished.connect(self.apply_filter)
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(lambda _d: self.apply_filter())
        self.search_articles.toggled.connect(lambda _c: self.apply_filter())
        self.orphaned.toggled.connect(lambda _c: self.apply_filter())
        self.clear_button.clicked.connect(lambda: self.set_filter(ClaimFilter()))
        self.save_button.clicked.connect(self.saveFilterRequested)
        self.delete_saved_button.clicked.connect(
            lambda: self._saved_filter(self.deleteFilterRequested)
        )
        self.saved.activated.connect(lambda _i: self._saved_filter(self.savedFilterChosen))

    def _saved_filter(self, signal) -> None:
        name = self.saved.currentData()
        if name:
            signal.emit(name)

    def _build_actions(self) -> None:
        self.status_menu = QMenu(self)
        self.verdict_menu = QMenu(self)
        self.status_button = self._bulk_button(
            "bulkStatusButton", self.tr("Set Status"), self.status_menu
        )
        self.verdict_button = self._bulk_button(
            "bulkVerdictButton", self.tr("Set Verdict"), self.verdict_menu
        )
        self.add_tag_button = self._bulk_button("bulkAddTagButton", self.tr("Add Tag…"))
        self.remove_tag_button = self._bulk_button("bulkRemoveTagButton", self.tr("Remove Tag…"))
        self.delete_button = self._bulk_button("bulkDeleteButton", self.tr("Delete…"))
        self.tags_button = self._bulk_button("manageTagsButton", self.tr("Tags…"))
        self.open_button = self._bulk_button("openClaimButton", self.tr("Open in Article"))
        self.export_button = self._bulk_button("exportButton", self.tr("Export…"))
        self.export_button.clicked.connect(self.exportRequested)
        self.add_tag_button.clicked.connect(
            lambda: self.tagRequested.emit(self.selected_ids(), True)
        )
        self.remove_tag_button.clicked.connect(
            lambda: self.tagRequested.emit(self.selected_ids(), False)
        )
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.selected_ids()))
        self.tags_button.clicked.connect(self.manageTagsRequested)
        self.open_button.clicked.connect(self._open_current)
        self.bulk_buttons = [
            self.open_button,
            self.status_button,
            self.verdict_button,
            self.add_tag_button,
            self.remove_tag_button,
            self.delete_button,
            self.tags_button,
            self.export_button,
        ]
        # In a narrow window the same actions sit in one menu instead of a row of buttons.
        self.actions_menu = QMenu(self)
        self.actions_menu.addAction(self.tr("Open in Article"), self._open_current)
        self.actions_menu.addMenu(self.status_menu).setText(self.tr("Set Status"))
        self.actions_menu.addMenu(self.verdict_menu).setText(self.tr("Set Verdict"))
        self.actions_menu.addAction(
            self.tr("Add Tag…"), lambda: self.tagRequested.emit(self.selected_ids(), True)
        )
        self.actions_menu.addAction(
            self.tr("Remove Tag…"), lambda: self.tagRequested.emit(self.selected_ids(), False)
        )
        self.actions_menu.addAction(
            self.tr("Delete…"), lambda: self.deleteRequested.emit(self.selected_ids())
        )
        self.actions_menu.addSeparator()
        self.actions_menu.addAction(self.tr("Tags…"), lambda: self.manageTagsRequested.emit())
        self.actions_menu.addAction(self.tr("Export…"), lambda: self.exportRequested.emit())
        self.actions_button = self._bulk_button(
            "bulkActionsButton", self.tr("Actions"), self.actions_menu
        )
        self.actions_button.hide()

    def _bulk_button(self, name: str, text: str, menu: QMenu | None = None) -> QToolButton:
        button = named(QToolButton(), name)
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if menu is not None:
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def _show_details(self, shown: bool) -> None:
        self.filter_details.setVisible(shown)
        self.summary_row.setVisible(shown)
        self._update_filters_button()

    def _filters_clicked(self) -> None:
        self._filters_chosen = True

    def _update_filters_button(self) -> None:
        """Folded filters still say how many are in force."""
        active = active_filters(self.model.claim_filter)
        folded = not self.filters_button.isChecked()
        self.filters_button.setText(
            self.tr("Filters (%n)", "", active) if folded and active else self.tr("Filters")
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < 760
        for button in self.bulk_buttons:
            button.setVisible(not narrow)
        self.actions_button.setVisible(narrow)
        if not self._filters_chosen:  # a short window gives the list the room
            self.filters_button.setChecked(self.height() >= SHORT)

    def _connect_selection(self) -> None:
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_a: self._update_buttons())
        # The analyst chose other rows: what was chosen before the query is forgotten.
        selection.selectionChanged.connect(lambda *_a: self._forget_kept())
        selection.selectionChanged.connect(lambda *_a: self.follow_selection())
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------

    def set_service(
        self,
        review: ReviewService,
        taxonomy: Taxonomy,
        matches: MatchService | None = None,
        charts: ChartService | None = None,
        runner: Runner | None = None,
    ) -> None:
        """Another database; ``runner`` counts the figures off the window's thread."""
        self._review = review
        self._taxonomy = taxonomy
        self.set_terms(taxonomy)
        self.set_choices([], [])
        self.summary_row.set_sources(review, charts, runner)
        self.table.selectionModel().clear()  # ids of another database
        self.model.set_service(review, taxonomy, matches)

    def set_taxonomy(self, taxonomy: Taxonomy, tags: list[str], outlets: list[str]) -> None:
        """The scales changed: filter choices, bulk menus, rows and counts show them."""
        self.set_terms(taxonomy)
        self.set_choices(tags, outlets)
        self.model.set_taxonomy(taxonomy)
        self.summary_row.follow(self.model.claim_filter, taxonomy)

    def set_terms(self, taxonomy: Taxonomy) -> None:
        """Fill the status and verdict choices and the bulk menus (again only for other
        scales: a menu filled anew costs more than the list's page)."""
        self._taxonomy = taxonomy
        if taxonomy is self._terms_of:
            return
        self._terms_of = taxonomy
        current = self.current_filter()
        self._loading = True
        self.status.clear()
        self.status.addItem(self.tr("Any status"), None)
        self.verdict.clear()
        self.verdict.addItem(self.tr("Any verdict"), None)
        self.status_menu.clear()
        self.verdict_menu.clear()
        for term in taxonomy.statuses:  # retired terms still find their claims
            self.status.addItem(label(term.label), term.key)
            if term.retired:
                continue  # but are no longer set
            action = self.status_menu.addAction(label(term.label))
            action.triggered.connect(
                lambda _c=False, k=term.key: self.statusRequested.emit(self.selected_ids(), k)
            )
        for term in taxonomy.verdicts:
            self.verdict.addItem(label(term.label), term.key)
            if term.retired:
                continue
            action = self.verdict_menu.addAction(label(term.label))
            action.triggered.connect(
                lambda _c=False, k=term.key: self.verdictRequested.emit(self.selected_ids(), k)
            )
        action = self.verdict_menu.addAction(self.tr("No verdict"))
        action.triggered.connect(lambda: self.verdictRequested.emit(self.selected_ids(), None))
        self._show_filter(current)
        self._loading = False

    def set_choices(self, tags: list[str], outlets: list[str]) -> None:
        """Fill the tag and outlet choices (the words typed in them stay)."""
        self._loading = True
        for combo, values, any_text in (
            (self.tag, tags, self.tr("Any tag")),
            (self.outlet, outlets, self.tr("Any outlet")),
        ):
            typed = combo.currentText()
            combo.clear()
            combo.addItem("", None)
            line_of(combo).setPlaceholderText(any_text)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentText(typed)
        self._loading = False

    def set_saved_filters(self, names: list[str]) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters"), None)
        for name in names:
            self.saved.addItem(name, name)
        self.delete_saved_button.setEnabled(bool(names))

    def refresh(self) -> None:
        """Query again with the same filter and order; the selection stays where it can."""
        self.model.refresh()

    def _remember_selection(self) -> None:
        self._kept = (self.selected_ids(), self.current_claim_id())

    def select_claims(self, claim_ids: list[int], current: int | None = None) -> None:
        """Select these claims (those still listed), as contiguous row ranges."""
        rows = self.model.rows_of(claim_ids)
        selection = QItemSelection()
        for first, last in spans(rows):
            selection.select(
                self.model.index(first, 0), self.model.index(last, self.model.columnCount() - 1)
            )
        model_selection = self.table.selectionModel()
        blocked = model_selection.blockSignals(True)
        model_selection.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            model_selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        model_selection.blockSignals(blocked)
        self._update_buttons()

    # -- filter -----------------------------------------------------------------------------

    def current_filter(self) -> ClaimFilter:
        """The filter the bar shows (dates that do not parse are left out and marked)."""
        return ClaimFilter(
            status=self.status.currentData(),
            verdict=self.verdict.currentData(),
            tag=self.tag.currentText().strip() or None,
            outlet=self.outlet.currentText().strip() or None,
            claimant=self.claimant.text().strip() or None,
            search=self.search.text().strip() or None,
            search_articles=self.search_articles.isChecked(),
            updated_from=selected_day(self.date_from),
            updated_to=selected_day(self.date_to),
            orphaned_only=self.orphaned.isChecked(),
        )

    def apply_filter(self) -> None:
        if self._loading:
            return
        self._search_timer.stop()
        claim_filter = self.current_filter()
        if claim_filter != self.model.claim_filter:
            self.model.set_filter(claim_filter)
            self.filterChanged.emit(claim_filter)

    def set_filter(self, claim_filter: ClaimFilter, run: bool = True) -> None:
        """Show a filter in the bar and (with ``run``) list what it matches."""
        self._loading = True
        self._show_filter(claim_filter)
        self._loading = False
        self.model.set_filter(claim_filter, run)
        self.filterChanged.emit(claim_filter)

    def _show_filter(self, f: ClaimFilter) -> None:
        self.search.setText(f.search or "")
        self.search_articles.setChecked(f.search_articles)
        self.status.setCurrentIndex(max(0, self.status.findData(f.status)))
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(f.verdict)))
        self.tag.setCurrentText(f.tag or "")
        self.outlet.setCurrentText(f.outlet or "")
        self.claimant.setText(f.claimant or "")
        show_day(self.date_from, f.updated_from)
        show_day(self.date_to, f.updated_to)
        self.orphaned.setChecked(f.orphaned_only)

    # -- selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self._selected_rows()
        if rows and self.model.is_counted and len(rows) == self.model.rowCount():
            # The whole list: the claims that match now, in one statement. Pages read one
            # after another by position would skip a claim if another analyst deleted one
            # listed before it in the meantime.
            return self.model.claim_ids()
        return self.model.claim_ids_at(rows)

    def _selected_rows(self) -> list[int]:
        """Rows of the selection, from its ranges (a whole list selected is one range)."""
        selection = self.table.selectionModel().selection()
        parts = (selection.at(i) for i in range(selection.count()))
        return sorted({r for part in parts for r in range(part.top(), part.bottom() + 1)})

    def current_claim_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.claim_id(index.row()) if index.isValid() else None

    def select_claim(self, claim_id: int) -> None:
        row = self.model.row_of(claim_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(blocked)
        self.table.scrollTo(index)
        self._update_buttons()

    def restore_header(self, state, fitted: bool = True) -> None:
        """Columns from a saved state, without running the query (see ``restore_columns``)."""
        restore_columns(self.table, self.model, self.columns, state, fitted)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _current_changed(self, _current, _previous) -> None:
        self.follow_selection()

    def chosen_claim_id(self) -> int | None:
        """The claim the inspector shows: the current row when it is selected, else the first
        selected row; None when no row is selected."""
        selection = self.table.selectionModel()
        current = self.table.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return self.model.claim_id(current.row())
        ranges = selection.selection()
        rows = [ranges.at(i).top() for i in range(ranges.count())]
        return self.model.claim_id(min(rows)) if rows else None

    def follow_selection(self, force: bool = False) -> None:
        """Tell the inspector which claim the list has chosen (None: none), when it changed
        and the list is on screen: a claim filtered away or unselected is not left shown."""
        if not self.isVisible() and not force:
            return
        chosen = self.chosen_claim_id()
        if chosen != self._following or force:
            self._following = chosen
            self.claimSelected.emit(chosen)

    def choose(self, claim_id: int | None) -> None:
        """Make this claim the list's choice when it is listed (the claim shown elsewhere),
        then tell the inspector what the list has chosen."""
        if claim_id is not None and self.model.row_of(claim_id) is not None:
            self.select_claim(claim_id)
        self.follow_selection(force=True)

    def _open_current(self) -> None:
        claim_id = self.current_claim_id()
        if claim_id is not None:
            self.openRequested.emit(claim_id)

    def _open_row(self, row: int) -> None:
        claim_id = self.model.claim_id(row)
        if claim_id is not None:
            self.openRequested.emit(claim_id)

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        for button in self.bulk_buttons:
            if button not in (self.tags_button, self.export_button):
                button.setEnabled(selected)

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("%Ln claim(s)", "", n))
        selected, current = self._kept_beyond
        if selected:
            # The rows are all there now: read their claims (the whole list was perhaps
            # chosen) and choose again those that are still listed.
            self._kept_beyond = ([], None)
            self.model.claim_ids_at(range(self.model.rowCount()))
            self.select_claims(selected, current)
            self.follow_selection()

    def _forget_kept(self) -> None:
        self._kept_beyond = ([], None)

    def _after_reset(self) -> None:
        n = self.model.rowCount()
        if not self.model.is_counted:  # counted once the first page has painted
            self.count.setText(self.tr("%Ln+ claim(s)", "", n))
        claim_filter = self.model.claim_filter
        line = self.fontMetrics().height()
        # A search shows why each row matched on a second line.
        rows = 2 * line + 8 if self.model.explaining else line + 8
        self.table.verticalHeader().setDefaultSectionSize(rows)
        self.empty.show_for(n, claim_filter != ClaimFilter())
        self._update_filters_button()
        # Each query (refresh, filter, order) keeps the chosen claims that are still listed.
        selected, current = self._kept
        self._kept = ([], None)
        if selected or current is not None:
            self.select_claims(selected, current)
        listed = len(self.model.rows_of(selected))
        self._kept_beyond = (
            (selected, current)
            if listed < len(selected) and not self.model.is_counted
            else ([], None)
        )
        self._update_buttons()
        self.follow_selection()
        self.summary_row.follow(claim_filter, self._taxonomy)  # after the list has painted

    def _context_menu(self, pos) -> None:
        if self.table.selectionModel().hasSelection():
            self.actions_menu.exec(self.table.viewport().mapToGlobal(pos))
