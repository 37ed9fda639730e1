"""The window on a PostgreSQL database: editing, conflicts with another analyst, undo."""

from __future__ import annotations

import os
import time

import pytest

from claimtracker.app import create_main_window
from claimtracker.core.services import Services

URL = os.environ.get("CLAIMTRACKER_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(not URL, reason="CLAIMTRACKER_TEST_POSTGRES is not set")


@pytest.fixture
def pg_claim(pg):
    db = pg
    services = Services(db, "setup")
    run = time.time_ns()
    article = services.articles.add_text(
        f"El ministro dijo que la inflación bajó ({run}).", f"Nota {run}"
    )
    claim = services.claims.create_from_quote(article.id, "la inflación bajó")
    return db, article, claim


def test_the_window_edits_and_meets_another_analysts_change_on_postgresql(
    pg_claim, qtbot, settings, dialogs
):
    db, article, claim = pg_claim
    other = Services(db, "otra analista")
    window = create_main_window(URL, settings)
    qtbot.addWidget(window)
    window.articles.open(article.id)
    window.claims.select(claim.id)
    assert [r.id for r in window.articles.rows()] == [claim.id]

    window.inspector.claimant.setText("El ministro")
    window.inspector.claimant.editingFinished.emit()
    assert other.claims.get(claim.id).claimant == "El ministro"

    other.claims.update(claim.id, verdict="misleading")  # the window still shows no verdict
    asked = []
    dialogs.answer("resolve_conflict", lambda *args: asked.append(args) or "theirs")
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findData("false"))
    combo.activated.emit(combo.currentIndex())
    assert asked and asked[0][2] == {"verdict": "misleading"}
    assert other.claims.get(claim.id).verdict == "misleading"
    assert window.inspector.verdict.currentData() == "misleading"

    other.claims.update(claim.id, claimant="La portavoz")
    window.registry["actionUndo"].trigger()  # would put back the empty claimant: theirs wins
    assert len(asked) == 2
    assert other.claims.get(claim.id).claimant == "La portavoz"
    window.close()


def test_search_results_and_charts_on_postgresql(pg_claim, qtbot, settings):
    from claimtracker.core.services.query import ClaimFilter
    from claimtracker.ui.review.model import MATCH_ROLE

    db, _article, claim = pg_claim
    Services(db, "setup").claims.set_tags(claim.id, ["economía"])
    window = create_main_window(URL, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.registry["actionShowReview"].trigger()
    review = window.review_panel
    review.set_filter(ClaimFilter(search="inflación"))
    row = review.model.row_of(claim.id)
    index = review.model.index(row, 0)
    qtbot.waitUntil(lambda: index.data(MATCH_ROLE) is not None)
    assert index.data(MATCH_ROLE).where in ("claim", "both")  # no snippet here, still why
    charts = review.summary_row
    qtbot.waitUntil(lambda: charts.tags.legend() != [])
    assert "economía 1" in charts.tags.legend()
    qtbot.waitUntil(lambda: sum(n for _w, n in charts.weekly.weeks()) >= 1)  # counted apart
    window.close()
