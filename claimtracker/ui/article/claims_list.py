"""The claims of the open article, in the order they appear, two lines each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QWidget

from claimtracker.core.services.dto import ArticleClaim, ClaimInfo
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.models import ArticleClaimsModel
from claimtracker.ui.claim.controller import ClaimController
from claimtracker.ui.context import AppContext
from claimtracker.ui.palette import claim_colour
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.widgets.record_list import RecordList
from claimtracker.ui.widgets.two_line_delegate import TwoLineDelegate


class ArticleClaimsList(RecordList):
    """Follows the article's claims; choosing a row makes its claim current."""

    def __init__(
        self,
        context: AppContext,
        articles: ArticleController,
        claims: ClaimController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleClaims")
        self.setAccessibleName(self.tr("Claims in this article"))
        self._context = context
        self._articles = articles
        self._claims = claims
        self.claims_model = ArticleClaimsModel(context.taxonomy, self)
        self.setModel(self.claims_model)
        self.setItemDelegate(
            TwoLineDelegate(
                lambda c: c.statement,
                self._details,
                lambda c: claim_colour(c, context.taxonomy, context.settings.colour_by),
                self,
            )
        )
        articles.rowsReset.connect(self._reset)
        articles.rowsChanged.connect(
            lambda ids: self.claims_model.update_records([r for i in ids if (r := articles.row(i))])
        )
        claims.currentChanged.connect(lambda claim, _scroll: self._select(claim))
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.activated.connect(lambda index: claims.select(index.data(ID_ROLE)))
        context.databaseChanged.connect(self._retaxonomy)
        context.taxonomyChanged.connect(lambda _t: self._retaxonomy())

    def _reset(self) -> None:
        self.claims_model.set_rows(self._articles.rows())
        self._select(self._claims.claim)

    def _retaxonomy(self) -> None:
        self.claims_model.taxonomy = self._context.taxonomy
        self.viewport().update()

    def _details(self, claim: ArticleClaim) -> str:
        taxonomy = self._context.taxonomy
        parts = [
            taxonomy.status_label(claim.status),
            taxonomy.verdict_label(claim.verdict),
            claim.claimant,
        ]
        if any(h.state == "orphaned" for h in claim.highlights):
            parts.insert(
                0, QCoreApplication.translate("ArticleClaimsList", "⚠ not found in the text")
            )
        return " · ".join(p for p in parts if p)

    def _select(self, claim: ClaimInfo | None) -> None:
        """Make ``claim``'s row the current one (an edit of the current claim changes
        nothing here: no layout is forced, nothing scrolls)."""
        selection = self.selectionModel()
        row = self.claims_model.row_of(claim.id) if claim is not None else None
        current = selection.currentIndex()
        if row is not None and current.row() == row and selection.isSelected(current):
            return
        blocked = selection.blockSignals(True)
        if row is None:
            selection.clear()
        else:
            index = self.claims_model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)
        selection.blockSignals(blocked)
        self.viewport().update()  # the signals were blocked: the old row is painted anew

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._claims.select(current.data(ID_ROLE))
