"""Review: a whole list selected stays whole across the list's re-query (bulk edit, sort)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bench.generate import generate
from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.core.services.query import ClaimFilter


def summary(path):
    db = open_database(path)
    try:
        return Services(db, "t").review.summary(ClaimFilter())
    finally:
        db.close()


def test_select_all_then_two_bulk_edits_reach_every_claim(open_window, tmp_path, qtbot):
    path = tmp_path / "many.db"
    generate(path, articles=30, claims=300)
    window = open_window(path)
    window.registry["actionShowReview"].trigger()
    review = window.review_panel
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(review.selected_ids()) == 300
    done = next(a for a in review.status_menu.actions() if a.text() == "Done")
    done.trigger()
    qtbot.waitUntil(lambda: review.model.is_counted)
    assert summary(path).by_status == {"done": 300}
    # The user goes on with a second bulk edit on what is still shown as "all selected".
    misleading = next(a for a in review.verdict_menu.actions() if a.text() == "Misleading")
    misleading.trigger()
    by_verdict = summary(path).by_verdict
    assert by_verdict.get("misleading", 0) == 300, f"second bulk edit reached {by_verdict}"


def test_select_all_then_sort_keeps_every_claim_selected(open_window, tmp_path, qtbot):
    path = tmp_path / "many.db"
    generate(path, articles=30, claims=300)
    window = open_window(path)
    window.registry["actionShowReview"].trigger()
    review = window.review_panel
    review.table.selectAll()
    assert len(review.selected_ids()) == 300
    review.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: review.model.is_counted)
    assert len(review.selected_ids()) == 300, "selection shrank after a sort"
