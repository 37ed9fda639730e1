"""Review list read by position: a claim deleted elsewhere between two page reads must not make
the whole list chosen skip a claim that still matches."""

from __future__ import annotations

from bench.generate import generate
from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.core.services.query import ClaimFilter


def test_select_all_after_a_deletion_elsewhere_reaches_every_claim(open_window, tmp_path, qtbot):
    path = tmp_path / "many.db"
    generate(path, articles=30, claims=300)
    window = open_window(path)
    window.database._watch_timer.stop()  # the next look for changes has not come yet
    window.registry["actionShowReview"].trigger()
    review = window.review_panel
    model = review.model
    first_page = [model.claim_id(r) for r in range(100)]

    db = open_database(path)  # another analyst deletes one claim of the first page
    services = Services(db, "elsewhere")
    services.claims.delete(first_page[5])
    remaining = services.review.ids(ClaimFilter(), *model.sort_key())
    db.close()

    review.table.selectAll()  # counts, then the pages after the first read by offset
    chosen = review.selected_ids()
    missing = set(remaining) - set(chosen)
    assert not missing, f"claims still matching but never listed/selected: {sorted(missing)}"
