"""Models of the article library and of the claims of the open article."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from claimtracker.core.services.dto import ArticleClaim, ArticleInfo
from claimtracker.ui.formatting import local_date
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.records import Column, RecordTableModel


class ArticleModels(QObject):
    """The translation context of this module's texts. Its ``tr``, called on the class, counts
    plurals: lupdate takes "%n claim(s)" as a plural from ``tr``, not from
    ``QCoreApplication.translate`` (the stubs know ``tr`` only on instances)."""


class ArticleLibraryModel(RecordTableModel[ArticleInfo]):
    """All articles; ``set_filter`` narrows them by title, outlet, author or address, and
    ``set_matches`` adds those the full-text search found (words of the text too)."""

    def __init__(self, parent=None) -> None:
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
        self._all: list[ArticleInfo] = []
        self._filter = ""
        self._matches: set[int] = set()

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self._all = list(articles)
        self._apply()

    def set_counts(self, counts: dict[int, int]) -> None:
        """New claim counts of some articles; only their rows change."""
        self._all = [a if a.id not in counts else _with_count(a, counts[a.id]) for a in self._all]
        self.update_records([a for a in self._all if a.id in counts])

    def update_article(self, article: ArticleInfo) -> None:
        """An article as now stored (corrected metadata, another text); its row alone."""
        self._all = [article if a.id == article.id else a for a in self._all]
        self.update_records([article])

    def set_filter(self, text: str) -> None:
        """Narrow the list at once by the words in titles, outlets, authors and addresses;
        the matches of the text search (:meth:`set_matches`) for these words are forgotten."""
        self._filter = text.strip().casefold()
        self._matches = set()
        self._apply()

    def set_matches(self, article_ids: set[int]) -> None:
        """Articles the full-text search found for the filter: listed too."""
        self._matches = set(article_ids)
        self._apply()

    def _apply(self) -> None:
        words = self._filter.split()
        self.set_rows(
            [a for a in self._all if a.id in self._matches or all(w in _haystack(a) for w in words)]
        )


def _with_count(article: ArticleInfo, count: int) -> ArticleInfo:
    from dataclasses import replace

    return replace(article, claim_count=count)


def _haystack(a: ArticleInfo) -> str:
    return " ".join(filter(None, (a.title, a.outlet, a.author, a.url))).casefold()


def article_tip(a: ArticleInfo) -> str:
    parts = [a.title]
    if a.author:
        parts.append(QCoreApplication.translate("ArticleModels", "by %1").replace("%1", a.author))
    if a.url:
        parts.append(a.url)
    return "\n".join(parts)


def article_details(a: ArticleInfo) -> str:
    """Second line of an article entry: outlet, date, number of claims."""
    claims = ArticleModels.tr("%n claim(s)", "", a.claim_count)  # type: ignore[arg-type]
    return " · ".join(filter(None, (a.outlet, local_date(a.published_at), claims)))


class ArticleClaimsModel(RecordTableModel[ArticleClaim]):
    """Claims of the open article, in the order they first appear."""

    def __init__(self, taxonomy: Taxonomy, parent=None) -> None:
        self.taxonomy = taxonomy
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ArticleModels", "Claim"),
                    lambda c: c.statement,
                    tooltip=lambda c: claim_summary(c, self.taxonomy),
                ),
                Column(
                    QCoreApplication.translate("ArticleModels", "Status"),
                    lambda c: self.taxonomy.status_label(c.status),
                ),
                Column(
                    QCoreApplication.translate("ArticleModels", "Verdict"),
                    lambda c: self.taxonomy.verdict_label(c.verdict),
                ),
            ],
            parent,
        )


def claim_summary(c: ArticleClaim, taxonomy: Taxonomy) -> str:
    """The short description shown in tooltips (plain text)."""
    lines = [c.statement]
    if c.claimant:
        lines.append(
            QCoreApplication.translate("ArticleModels", "Claimant: %1").replace("%1", c.claimant)
        )
    status = QCoreApplication.translate("ArticleModels", "Status: %1").replace(
        "%1", taxonomy.status_label(c.status)
    )
    if c.verdict:
        status += " · " + QCoreApplication.translate("ArticleModels", "Verdict: %1").replace(
            "%1", taxonomy.verdict_label(c.verdict)
        )
    lines.append(status)
    if c.tags:
        lines.append(
            QCoreApplication.translate("ArticleModels", "Tags: %1").replace("%1", ", ".join(c.tags))
        )
    if c.sources:
        lines.append(ArticleModels.tr("%n source(s)", "", c.sources))  # type: ignore[arg-type]
    return "\n".join(lines)
