"""The claims of the open article (its model), and how an article is described in lists."""

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
