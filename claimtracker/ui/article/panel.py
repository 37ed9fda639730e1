"""The article tab: the open article's title, outlet and link above its text, a find bar
below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from claimtracker.core.services.dto import ArticleInfo, ClaimInfo
from claimtracker.ui.article.controller import ArticleController
from claimtracker.ui.article.find_bar import FindBar
from claimtracker.ui.article.marks import Mark
from claimtracker.ui.article.models import claim_summary
from claimtracker.ui.article.reader import ArticleView, MarkStyle
from claimtracker.ui.claim.controller import ClaimController
from claimtracker.ui.context import AppContext
from claimtracker.ui.formatting import local_date
from claimtracker.ui.palette import claim_colour, verdict_pattern
from claimtracker.ui.widgets.naming import named


def _plain_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # article data is text, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ArticlePanel(QWidget):
    """Header and reader of the open article, following both controllers."""

    def __init__(
        self,
        context: AppContext,
        articles: ArticleController,
        claims: ClaimController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readerPage")
        self._context = context
        self._articles = articles
        self._claims = claims
        self.title = _plain_label("articleTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = _plain_label("articleMeta")
        self.link = _plain_label("articleUrl")
        self.link.setForegroundRole(self.link.foregroundRole())
        header = named(QWidget(), "articleHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(8, 6, 8, 2)
        header_layout.setSpacing(1)
        for label in (self.title, self.meta, self.link):
            header_layout.addWidget(label)
        self.view = ArticleView()
        self.view.set_style_provider(self._style)
        self.view.set_tooltip_provider(self._tooltip)
        self.find_bar = FindBar(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)

        articles.opened.connect(self._show)
        articles.infoChanged.connect(self._header)
        articles.textReplaced.connect(self._replace_text)
        articles.rowsReset.connect(self._marks)
        articles.rowsChanged.connect(self.view.repaint_claims)
        claims.currentChanged.connect(self._current)
        context.taxonomyChanged.connect(lambda _t: self.refresh_colours())
        self.view.highlightClicked.connect(lambda claim: claims.select(claim, scroll=False))
        self._show(None, "")

    def _show(self, info: ArticleInfo | None, text: str) -> None:
        self.view.set_article(text)
        self.find_bar.text_replaced()
        self._header(info)

    def _replace_text(self, text: str) -> None:
        """Another text of the open article: shown at about the same place."""
        bar = self.view.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.view.set_article(text)
        bar.setValue(round(share * bar.maximum()))
        self.find_bar.text_replaced()

    def _header(self, info: ArticleInfo | None) -> None:
        if info is None:
            self.title.setText(self.tr("No articles yet"))
            self.meta.setText(
                self.tr(
                    "Import one with File › Import Articles (Ctrl+I) or drop files on this window."
                )
            )
            self.link.setText("")
            self.link.hide()
            return
        self.title.setText(info.title)
        self.meta.setText(
            " · ".join(filter(None, (info.outlet, info.author, local_date(info.published_at))))
        )
        self.link.setText(info.url or "")
        self.link.setVisible(bool(info.url))

    def _marks(self) -> None:
        new = tuple.__new__  # 2,000 marks each time an article with as many highlights opens
        marks = [
            new(Mark, (h.start, h.end, h.claim_id, h.state)) for h in self._articles.highlights()
        ]
        self.view.set_highlights(marks, self._claims.claim_id)

    def _current(self, claim: ClaimInfo | None, scroll: bool) -> None:
        self.view.set_current(claim.id if claim else None)
        if claim is None or not scroll:
            return
        here = [
            h
            for h in claim.highlights
            if h.article_id == self._articles.article_id and h.state != "orphaned"
        ]
        if here:
            self.view.reveal_range(here[0].start, here[0].end)

    def refresh_colours(self) -> None:
        self.view.viewport().update()

    def _style(self, claim_id: int) -> MarkStyle:
        row = self._articles.row(claim_id)
        if row is None:
            return MarkStyle("#A0A0A0")
        taxonomy = self._context.taxonomy
        colour_by = self._context.settings.colour_by
        colour = claim_colour(row, taxonomy, colour_by)
        if colour_by == "verdict":
            return MarkStyle(colour, verdict_pattern(row.verdict))
        return MarkStyle(colour)

    def _tooltip(self, claim_id: int) -> str:
        row = self._articles.row(claim_id)
        return claim_summary(row, self._context.taxonomy) if row else ""
