"""The inspector's "Similar claims" section: a short list, Open and Same Claim."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
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

from claimtracker.core.services.similar import SimilarClaim
from claimtracker.ui.intel.similar import LIMIT
from claimtracker.ui.records import ID_ROLE, Column, RecordTableModel
from claimtracker.ui.widgets.naming import named
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate

VerdictLabel = Callable[[str | None], str]


def score_text(score: float) -> str:
    return QCoreApplication.translate("SimilarClaims", "score %1").replace(
        "%1", QLocale().toString(score, "f", 2)
    )


def details(claim: SimilarClaim, verdict_label: VerdictLabel) -> str:
    """The second line of an entry: score, verdict and the article it appears in."""
    parts = [score_text(claim.score), verdict_label(claim.verdict), claim.article_title or ""]
    return " · ".join(p for p in parts if p)


def similar_tooltip(claim: SimilarClaim, verdict_label: VerdictLabel) -> str:
    """Everything about an entry (plain text): the whole statement and why it is similar."""
    translate = QCoreApplication.translate
    lines = [claim.statement, details(claim, verdict_label)]
    if claim.shared:
        shared = ", ".join(claim.shared)
        lines.append(translate("SimilarClaims", "In common: %1").replace("%1", shared))
    lines.append(translate("SimilarClaims", "Claim %1").replace("%1", str(claim.id)))
    return "\n".join(lines)


def similar_model(verdict_label: VerdictLabel, parent=None) -> RecordTableModel[SimilarClaim]:
    return RecordTableModel[SimilarClaim](
        [
            Column(
                QCoreApplication.translate("SimilarClaims", "Similar claim"),
                lambda c: c.statement,
                tooltip=lambda c: similar_tooltip(c, verdict_label),
            )
        ],
        parent,
    )


class SimilarClaimsPanel(QWidget):
    """Shows :class:`SimilarClaim` entries; asks to open one or to make the claim the same."""

    openRequested = Signal(int)  # claim id
    sameClaimRequested = Signal(int)  # claim id of the existing claim

    def __init__(
        self,
        verdict_label: VerdictLabel,
        colour: Callable[[SimilarClaim], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("similarClaims")
        self.setAccessibleName(self.tr("Similar claims"))
        self._read_only = False
        self._has_claim = False
        self._searching = False
        self.model = similar_model(verdict_label, self)
        self.title = QLabel(self.tr("Similar claims"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.state = named(QLabel(), "similarClaimsState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName(self.tr("Similar claims search"))
        self.state.setStyleSheet("color: palette(placeholder-text);")
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = self._button("openSimilarButton", self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the chosen claim in its article"))
        self.same_button = self._button("sameClaimButton", self.tr("Same Claim…"))
        self.same_button.setToolTip(
            self.tr("This claim states the same: make its passages appearances of the chosen one")
        )
        self.list = named(QListView(), "similarClaimsList")
        self.list.setAccessibleName(self.tr("Similar claims"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(
            TwoLineDelegate(
                lambda c: c.statement, lambda c: details(c, verdict_label), colour, self
            )
        )
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A double click or Enter (one signal: a double click that also emits ``doubleClicked``
        # must not open twice, the second time on a list the first one emptied).
        self.list.activated.connect(self._activated)
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.open_button.clicked.connect(lambda: self._emit(self.openRequested))
        self.same_button.clicked.connect(lambda: self._emit(self.sameClaimRequested))
        row_height = self.fontMetrics().height() * 2 + 12
        self.list.setMinimumHeight(row_height * 2 + 4)
        self.list.setMaximumHeight(row_height * LIMIT + 4)
        # Takes the room left below the evidence, not more: a list's own preferred height
        # would make the inspector scroll in a window of ordinary height.
        policy = self.list.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.list.setSizePolicy(policy)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.state, 1)
        buttons = QHBoxLayout()  # below the list: the inspector stays narrow
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.same_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_results([])

    def _button(self, name: str, text: str) -> QToolButton:
        button = named(QToolButton(), name)
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- showing ----------------------------------------------------------------------------

    def show_results(self, results: list[SimilarClaim]) -> None:
        self.model.set_rows(results)
        if results:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._update_state()

    def set_searching(self, searching: bool) -> None:
        self._searching = searching
        self._update_state()

    def set_claim_shown(self, shown: bool, read_only: bool) -> None:
        """Whether a claim is in the inspector, and whether it may be changed."""
        self._has_claim = shown
        self._read_only = read_only
        self._update_state()

    def chosen(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _update_state(self) -> None:
        count = self.model.rowCount()
        if not self._has_claim:
            text = ""
        elif self._searching:
            text = self.tr("searching…")
        elif count == 0:
            text = self.tr("none found")
        else:
            text = ""
        self.state.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.chosen() is not None and self._has_claim
        self.open_button.setEnabled(chosen)
        self.same_button.setEnabled(chosen and not self._read_only)

    def _activated(self, index) -> None:
        claim_id = index.data(ID_ROLE) if index.isValid() else None
        if claim_id is not None:
            self.openRequested.emit(claim_id)

    def _emit(self, signal) -> None:
        claim_id = self.chosen()
        if claim_id is not None:
            signal.emit(claim_id)
