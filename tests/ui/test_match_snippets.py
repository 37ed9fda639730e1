"""Search results say why they matched: the words found, in the claim or in its article."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics

from bench.generate import generate
from claimtracker.core.services.matches import MARK_END, MARK_START
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.review.match_delegate import elide_runs, snippet_runs
from claimtracker.ui.review.model import MATCH_ROLE
from tests.ui.test_review import column, review_window

ARTICLE = (
    "El ministro habló de la frontera.\n"
    "Según fuentes locales, el puerto de Rajin recibe buques rusos cada semana.\n"
)


def why(model, row):
    return model.index(row, column("statement")).data(MATCH_ROLE)


def test_each_result_shows_the_matched_words_and_where(
    services, open_window, db_path, add_article, qtbot, qtmodeltester
):
    article = add_article(ARTICLE, "Nota")
    in_claim = services.claims.create_from_quote(article, "El ministro habló de la frontera")
    in_article = services.claims.create_from_quote(article, "Según fuentes locales")
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.set_filter(ClaimFilter(search="frontera"))
    model = review.model
    assert sorted(model.claim_ids()) == sorted([in_claim.id, in_article.id])
    # Read after the page has painted, not with it.
    qtbot.waitUntil(lambda: all(why(model, r) is not None for r in range(model.rowCount())))
    found = {model.claim_id(r): why(model, r) for r in range(model.rowCount())}
    assert found[in_claim.id].where == "both"  # its statement, and its article's text
    assert found[in_article.id].where == "article"
    assert f"{MARK_START}frontera{MARK_END}" in found[in_article.id].snippet
    row = model.row_of(in_article.id)
    statement = model.index(row, column("statement"))
    tip = statement.data(Qt.ItemDataRole.ToolTipRole)
    assert "Found in the article's text" in tip
    assert "frontera" in tip and MARK_START not in tip
    spoken = statement.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Según fuentes locales — in article: ")
    assert "frontera" in spoken
    # Two lines per row while searching, one without.
    line = review.fontMetrics().height()
    assert review.table.rowHeight(0) >= 2 * line
    qtmodeltester.check(model)
    review.set_filter(ClaimFilter())
    assert review.table.rowHeight(0) < 2 * line
    assert why(model, 0) is None


def test_only_the_pages_on_screen_are_explained(open_window, tmp_path, qtbot):
    path = tmp_path / "large.db"
    generate(path, articles=60, claims=600)
    window = review_window(open_window, path)
    review = window.review_panel
    review.set_filter(ClaimFilter(search="Pyongyang"))
    model = review.model
    assert model.explained_pages() == 0  # nothing read before the list painted
    qtbot.waitUntil(lambda: model.explained_pages() >= 1 and model.is_counted)
    assert model.rowCount() > 300
    QCoreApplication.processEvents()
    assert model.explained_pages() <= model.cached_pages() <= 2


def test_snippets_are_text_and_only_the_markers_turn_bold():
    snippet = f"a <b>x</b> {MARK_START}&amp;{MARK_END} <img src=x>\nend {MARK_START}cut"
    assert snippet_runs(snippet) == [
        ("a <b>x</b> ", False),
        ("&amp;", True),
        (" <img src=x> end ", False),
        ("cut", True),  # a marker left open by the snippet's cut is closed
    ]


def test_a_match_far_into_a_long_snippet_stays_in_view():
    font = QFont()
    normal, bold = QFontMetrics(font), QFontMetrics(QFont(font.family(), -1, QFont.Weight.Bold))
    runs = [("word " * 40, False), ("Rajin", True), (" after", False)]
    shown = elide_runs(runs, 200, normal, bold)
    assert ("Rajin", True) in shown
    assert shown[0][0].startswith("…")
    assert sum(normal.horizontalAdvance(t) for t, _b in shown) <= 200 + 10
