"""The quotes of the open article to review after a new version: fuzzy matches (the words
there now: accept or reject them) and quotes no longer found (orphans). Choosing one makes its
claim current, so the inspector shows the quote as recorded beside the words there now."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.dto import HighlightInfo
from claimtracker.ui.records import RECORD_ROLE, Column, RecordTableModel
from claimtracker.ui.widgets.naming import named
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate

FUZZY_MARK = "#D55E00"
ORPHAN_MARK = "#999999"


@dataclass(frozen=True)
class QuoteToReview:
    """A highlight awaiting the analyst, with its claim's statement."""

    highlight: HighlightInfo
    statement: str

    @property
    def id(self) -> int:
        """The highlight's (the list's rows are highlights)."""
        return self.highlight.id

    @property
    def fuzzy(self) -> bool:
        return self.highlight.state == "fuzzy"


def state_text(row: QuoteToReview) -> str:
    if row.fuzzy:
        return QCoreApplication.translate("ChangedQuotes", "Wording changed")
    return QCoreApplication.translate("ChangedQuotes", "No longer found")


def details(row: QuoteToReview) -> str:
    """Second line of an entry: what happened, and the words (new ones for a fuzzy match)."""
    words = row.highlight.current_exact if row.fuzzy else row.highlight.exact
    return f"{state_text(row)} · {' '.join((words or '').split())}"


def quotes_model(parent=None) -> RecordTableModel[QuoteToReview]:
    return RecordTableModel[QuoteToReview](
        [
            Column(
                QCoreApplication.translate("ChangedQuotes", "Changed quote"),
                lambda r: r.statement,
                tooltip=lambda r: "\n".join((r.statement, details(r))),
            )
        ],
        parent,
    )


class ChangedQuotesPanel(QWidget):
    """The list, the selected quote as recorded and as it now reads, and the decisions."""

    decided = Signal(list)  # [(HighlightInfo, accept: bool)]
    chosen = Signal(int)  # claim id of the quote that became current (the inspector follows)
    showRequested = Signal(int)  # claim id: show it in the article (Enter, double click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedQuotes")
        self.setAccessibleName(self.tr("Changed quotes"))
        self._read_only = False
        self._filling = False
        self.summary = self._label("changedQuotesSummary")
        self.summary.setAccessibleName(self.tr("What the new version did"))
        self.model = quotes_model(self)
        self.list = named(QListView(), "changedQuotesList")
        self.list.setAccessibleName(self.tr("Quotes to review"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(
            TwoLineDelegate(
                lambda r: r.statement,
                details,
                lambda r: FUZZY_MARK if r.fuzzy else ORPHAN_MARK,
                self,
            )
        )
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accept_button = self._button(
            "acceptWordingButton",
            self.tr("Accept"),
            self.tr("The new wording becomes the quote of the selected claims"),
        )
        self.reject_button = self._button(
            "rejectWordingButton",
            self.tr("Reject"),
            self.tr("The new wording is not the quote: the highlight is marked not found"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list.activated.connect(lambda index: self._show_claim(index.data(RECORD_ROLE)))
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.set_rows([])

    def _label(self, name: str) -> QLabel:
        label = named(QLabel(), name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # quotes are data, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = named(QToolButton(), name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- showing ----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._selected()

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def set_rows(self, rows: list[QuoteToReview]) -> None:
        """The quotes to review (fuzzy matches first); the selection is kept where it can be."""
        kept = {r.id for r in self.selected()}
        self._filling = True  # the list is filled, not chosen from: the inspector stays
        self.model.set_rows(rows)
        selection = self.list.selectionModel()
        for row, record in enumerate(rows):
            if record.id in kept:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select)
        if not selection.hasSelection() and rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._filling = False
        self._selected()

    def rows(self) -> list[QuoteToReview]:
        return self.model.rows()

    def selected(self) -> list[QuoteToReview]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.record(r) for r in rows if r < self.model.rowCount()]

    def _selected(self) -> None:
        chosen = self.selected()
        fuzzy = any(r.fuzzy for r in chosen)
        self.accept_button.setEnabled(fuzzy and not self._read_only)
        self.reject_button.setEnabled(fuzzy and not self._read_only)

    def _decide(self, accept: bool) -> None:
        decisions = [(r.highlight, accept) for r in self.selected() if r.fuzzy]
        if decisions:
            self.decided.emit(decisions)

    def _current_changed(self, current, _previous) -> None:
        row = current.data(RECORD_ROLE) if current.isValid() else None
        if row is not None and not self._filling:
            self.chosen.emit(row.highlight.claim_id)

    def _show_claim(self, row: QuoteToReview | None) -> None:
        if row is not None:
            self.showRequested.emit(row.highlight.claim_id)
