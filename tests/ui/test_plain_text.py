"""Data is text, never markup: HTML written in an article, a claim or a name shows as written.

Qt reads text that looks like HTML as rich text in labels, tooltips and message boxes unless
told otherwise, and then loads what it names: ``<img src="file:///...">`` makes it open the
file. Every field here holds such text; every label and tooltip of the window must show the
characters themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel

from claimtracker.core.services.articles import ArticleMetadata

HOSTILE = '<img src="file:///nonexistent/probe.png"><b>negrita</b>'


def shown_as_written(text: str, rich_or_plain: str) -> bool:
    """Whether ``rich_or_plain`` (as Qt would display it) shows ``text`` literally."""
    if not Qt.mightBeRichText(rich_or_plain):
        return text in rich_or_plain
    document = QTextDocument()
    document.setHtml(rich_or_plain)
    return text in document.toPlainText()


def test_html_in_every_field_is_shown_as_text(services, open_window, db_path, qtbot, dialogs):
    body = f"Primera frase con {HOSTILE} dentro. Segunda frase sin nada."
    article = services.articles.add_text(
        body,
        f"Título {HOSTILE}",
        ArticleMetadata(outlet=f"Medio {HOSTILE}", url=f"https://x.example/{HOSTILE}"),
    )
    claim = services.claims.create_from_quote(
        article.id,
        f"Primera frase con {HOSTILE} dentro.",
        claimant=f"Portavoz {HOSTILE}",
        tags=[f"etiqueta {HOSTILE}"],
    )
    services.claims.update(claim.id, rationale=f"Porque {HOSTILE}")
    source = services.sources.create(f"Fuente {HOSTILE}", "https://s.example", "document", "B")
    services.claims.add_evidence(claim.id, source.id, excerpt=f"Extracto {HOSTILE}")
    services.db.close()

    window = open_window(db_path)
    window.articles.open(article.id)
    window.claims.select(claim.id)
    window.registry["actionShowReview"].trigger()
    window.review_panel.table.selectRow(0)
    window.registry["actionShowArticle"].trigger()

    labels = [label for label in window.findChildren(QLabel) if HOSTILE in label.text()]
    assert {label.objectName() for label in labels} >= {
        "articleTitle",
        "articleMeta",
        "articleUrl",
        "claimQuote",
    }
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()

    views = window.findChildren(QAbstractItemView)
    tooltips = []
    for view in views:
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 20)):
            for column in range(model.columnCount()):
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                if tip and "negrita" in str(tip):
                    tooltips.append((view.objectName(), str(tip)))
    assert {name for name, _tip in tooltips} >= {"articleClaims", "claimTable", "evidenceList"}
    for name, tip in tooltips:
        assert shown_as_written(HOSTILE, tip), (name, tip)

    highlight_tip = window.article_panel._tooltip(claim.id)
    assert HOSTILE in highlight_tip  # plain text, escaped when the view shows it
    from claimtracker.ui.plain import tooltip

    assert shown_as_written(HOSTILE, tooltip(highlight_tip))
